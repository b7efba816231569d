import { GraphQLRequestError, type GraphQLClient } from '../api/client';
import { SEARCH_QUERY, START_QUERY } from '../api/queries';
import type { EntityRef, SearchResult, Statistics } from '../api/types';
import { download } from '../export/download';
import { toGraphMl, toJson } from '../export/subgraphExport';
import { I18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { ENTITY_KINDS, isEntityKind, type EntityKind, type RelationType } from '../model/vocabulary';
import {
  LAYOUTS, MAX_SEEDS, NODE_LIMITS, parseState, serializeState, type ExplorerState,
} from '../state/explorerState';
import { replaceChildren } from '../view/dom';
import { legend } from '../view/legend';
import { filters, nodeList, searchResults } from '../view/sidebar';
import { CardView } from './cardView';
import type { ExplorerContext } from './context';
import { Drawing, type DrawResult, type Overlay } from './drawing';
import { ImpactView } from './impactView';
import { Page } from './page';
import { PathView } from './pathView';

const SEARCH_PAGE = 20;

/**
 * The explorer's controller: holds the state (mirrored in the URL), asks the API, and renders the panels and the
 * drawing from what it got. Each view keeps its last answer, so a language switch re-renders without asking again.
 */
export class Explorer implements ExplorerContext {
  private current: ExplorerState;
  readonly i18n: I18n;
  readonly page: Page;
  private readonly drawing: Drawing;
  readonly known = new Map<string, EntityRef>();
  private search: { text: string; result: SearchResult } | null = null;
  private readonly cardView: CardView;
  private readonly pathView: PathView;
  private readonly impactView: ImpactView;
  private readonly latest = new Map<string, number>();
  private lastDraw: DrawResult | null = null;

  constructor(private readonly client: GraphQLClient, fallbackLanguage: Language) {
    this.current = parseState(location.search, fallbackLanguage);
    this.i18n = new I18n(this.current.lang);
    this.page = new Page(document);
    this.drawing = new Drawing(this.page.canvas, this.i18n, client, (id) => this.activateNode(id));
    this.pathView = new PathView(this);
    this.impactView = new ImpactView(this);
    this.cardView = new CardView(this, {
      draw: (id) => this.expand(id),
      pathFrom: (id) => this.pathView.setEndpoint('from', id),
      pathTo: (id) => this.pathView.setEndpoint('to', id),
      impact: (id) => this.impactView.show(id),
    });
  }

  async start(): Promise<void> {
    this.page.fillChoices(this.i18n, LAYOUTS, NODE_LIMITS);
    this.page.bind({
      search: (text, kind) => this.submitSearch(text, kind),
      depth: (depth) => this.change({ depth }, 'push', true),
      limit: (limit) => this.change({ limit }, 'push', true),
      layout: (layout) => { this.change({ layout }, 'replace'); void this.drawing.canvas.layout(layout, this.overlay().root); },
      relayout: () => void this.drawing.canvas.layout(this.current.layout, this.overlay().root),
      fit: () => this.drawing.canvas.fit(),
      clear: () => this.clear(),
      exportPng: () => this.exportPng(),
      exportJson: () => this.exportText('graph.json', 'application/json', toJson),
      exportGraphml: () => this.exportText('graph.graphml', 'application/graphml+xml', toGraphMl),
      language: () => this.switchLanguage(),
      view: (view) => { this.change({ view }, 'push'); this.showView(); void this.redraw(); },
    });
    window.addEventListener('popstate', () => void this.apply(parseState(location.search, this.current.lang)));
    const statistics = this.ask<{ statistics: Statistics }>('start', START_QUERY).then((data) => {
      if (data) this.cardView.statistics = data.statistics;
    });
    await Promise.all([statistics, this.apply(this.current)]);
    this.cardView.render();
    performance.mark('explorer:ready');
  }

  state(): ExplorerState {
    return this.current;
  }

  /** For automation and tests: where an entity is drawn on the canvas, to point at it as a reader would. */
  renderedPositionOf(id: string): { x: number; y: number } | null {
    return this.drawing.canvas.renderedPosition(id);
  }

  /** For automation and tests: how many entities and relations the canvas itself holds (not what the model meant to draw). */
  drawnCounts(): { nodes: number; edges: number } {
    return { nodes: this.drawing.canvas.nodeCount, edges: this.drawing.canvas.edgeCount };
  }

  /** Shows a state: from the URL at start, or from the history when the reader goes back or forward. */
  private async apply(state: ExplorerState): Promise<void> {
    const previous = this.current;
    this.current = state;
    this.i18n.language = state.lang;
    this.renderStatic();
    this.page.syncControls(state);
    this.showView();
    const work: Promise<unknown>[] = [];
    if (state.q) work.push(this.runSearch());
    else replaceChildren(this.page.searchResults);
    if (state.focus && (state.focus !== previous.focus || !this.cardView.loaded)) work.push(this.cardView.load());
    if (!state.focus) this.cardView.reset();
    if (state.from && state.to) work.push(this.pathView.load(false));
    else { this.pathView.reset(); work.push(this.pathView.loadEndpoints()); }
    if (state.policy) work.push(this.impactView.load(false));
    else this.impactView.reset();
    await Promise.all(work);
    this.renderPanels();
    await this.redraw();
  }

  // ---- state and URL ----

  /** Every action of the reader goes through here: it updates the state and the URL, and clears the last error. */
  change(patch: Partial<ExplorerState>, history: 'push' | 'replace', redraw = false): void {
    this.current = { ...this.current, ...patch };
    this.page.alert('');
    const url = `${location.pathname}${serializeState(this.current)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    if (redraw) void this.redraw();
  }

  /** Runs a query and drops its answer when a newer one of the same kind was asked meanwhile; shows errors. */
  async ask<T>(slot: string, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
    const ticket = (this.latest.get(slot) ?? 0) + 1;
    this.latest.set(slot, ticket);
    try {
      const data = await this.client.request<T>(query, variables);
      return this.latest.get(slot) === ticket ? data : null;
    } catch (error) {
      if (this.latest.get(slot) === ticket) this.fail(error);
      return null;
    }
  }

  private fail(error: unknown): void {
    const message = error instanceof GraphQLRequestError || error instanceof Error ? error.message : String(error);
    this.page.alert(`${this.i18n.t('errorPrefix')} ${message}`);
  }

  remember(...entities: readonly EntityRef[]): void {
    for (const e of entities) this.known.set(e.id, e);
  }

  // ---- search ----

  private submitSearch(text: string, kind: string): void {
    this.change({ q: text.trim(), kind: isEntityKind(kind) ? kind : null }, 'push');
    void this.runSearch();
  }

  private async runSearch(): Promise<void> {
    const { q, kind } = this.current;
    if (!q) return;
    this.page.status(this.i18n.t('loading'));
    const data = await this.ask<{ search: SearchResult }>('search', SEARCH_QUERY, { text: q, kinds: kind ? [kind] : null, first: SEARCH_PAGE });
    if (!data) return;
    this.remember(...data.search.nodes);
    this.search = { text: q, result: data.search };
    this.renderSearch();
    this.page.status('');
  }

  // ---- entity card ----

  /** From a search result: a new exploration around this entity. */
  private openFresh(id: string): void {
    this.change({ focus: id, seeds: [id], view: 'entity' }, 'push');
    this.showView();
    void this.cardView.load();
    void this.redraw();
  }

  /** From a list or a card: show the entity's card, keep the drawing. */
  open(id: string): void {
    this.change({ focus: id, view: 'entity' }, 'push');
    this.showView();
    void this.cardView.load();
    this.drawing.emphasize(this.current, this.overlay());
  }

  /** A click on a drawn entity opens its card and expands it. */
  private activateNode(id: string): void {
    this.change({ focus: id, view: 'entity', seeds: this.withSeed(id) }, 'push');
    this.showView();
    void this.cardView.load();
    void this.redraw();
  }

  private expand(id: string): void {
    this.change({ seeds: this.withSeed(id) }, 'push');
    void this.redraw();
  }

  /** The drawn neighbourhoods with this one added; past MAX_SEEDS the oldest expansion gives way (the first stays). */
  private withSeed(id: string): string[] {
    const seeds = this.current.seeds;
    if (seeds.includes(id)) return [...seeds];
    return seeds.length < MAX_SEEDS ? [...seeds, id] : [seeds[0]!, ...seeds.slice(2), id];
  }

  // ---- drawing ----

  private overlay(): Overlay {
    const view = this.current.view === 'path' ? this.pathView.overlay() : this.current.view === 'impact' ? this.impactView.overlay() : null;
    return view ?? { chains: [], root: null };
  }

  async redraw(): Promise<void> {
    this.page.status(this.i18n.t('loading'));
    try {
      const result = await this.drawing.draw(this.current, this.overlay());
      if (!result) return;
      this.lastDraw = result;
      this.describeDrawing();
    } catch (error) {
      this.page.status('');
      this.fail(error);
    }
    this.renderDrawingLists();
  }

  /** The status line and the canvas' label for the last drawing, in the current language. */
  private describeDrawing(): void {
    const result = this.lastDraw;
    if (!result) return;
    const truncated = result.truncated ? ` ${this.i18n.t('truncated', { limit: this.current.limit })}` : '';
    const drawn = this.i18n.t('drawn', { nodes: result.nodes, edges: result.edges, ms: result.milliseconds });
    this.page.status(result.nodes > 0 ? drawn + truncated : '');
    this.page.describeCanvas(this.i18n.t('canvasLabel', { nodes: result.nodes, edges: result.edges }), result.nodes, result.edges);
  }

  private toggle<T extends EntityKind | RelationType>(hidden: readonly T[], item: T, shown: boolean): T[] {
    return shown ? hidden.filter((x) => x !== item) : [...new Set([...hidden, item])];
  }

  private clear(): void {
    this.change({ seeds: [], focus: null, from: null, to: null, policy: null, view: 'entity' }, 'push');
    this.cardView.reset();
    this.pathView.reset();
    this.impactView.reset();
    this.renderPanels();
    void this.redraw();
  }

  private exportPng(): void {
    if (this.drawing.canvas.nodeCount === 0) return this.page.status(this.i18n.t('nothingToExport'));
    download('graph.png', this.drawing.canvas.png());
    this.page.status(this.i18n.t('exportDone', { file: 'graph.png' }));
  }

  private exportText(file: string, type: string, format: (graph: ReturnType<Drawing['visible']>) => string): void {
    const graph = this.drawing.visible(this.current);
    if (graph.nodes.length === 0) return this.page.status(this.i18n.t('nothingToExport'));
    download(file, new Blob([format(graph)], { type }));
    this.page.status(this.i18n.t('exportDone', { file }));
  }

  // ---- rendering ----

  private switchLanguage(): void {
    this.change({ lang: this.current.lang === 'zh' ? 'en' : 'zh' }, 'replace');
    this.i18n.language = this.current.lang;
    this.renderStatic();
    this.page.fillChoices(this.i18n, LAYOUTS, NODE_LIMITS);
    this.page.syncControls(this.current);
    this.renderPanels();
    this.drawing.canvas.relabel();
    this.describeDrawing();
  }

  private renderStatic(): void {
    this.page.localize(this.i18n, ENTITY_KINDS);
    replaceChildren(this.page.legend, legend(this.i18n));
  }

  showView(): void {
    this.page.showView(this.current.view);
  }

  private renderPanels(): void {
    this.renderSearch();
    this.cardView.render();
    this.pathView.render();
    this.impactView.render();
    this.renderDrawingLists();
  }

  private renderSearch(): void {
    if (!this.search || this.search.text !== this.current.q) return replaceChildren(this.page.searchResults);
    replaceChildren(this.page.searchResults, searchResults(this.search.text, this.search.result, this.i18n, (id) => this.openFresh(id)));
  }

  private renderDrawingLists(): void {
    const visible = this.drawing.visible(this.current);
    this.page.keepFocus(this.page.filters, () => replaceChildren(this.page.filters, filters(this.current.hiddenKinds, this.current.hiddenTypes, this.drawing.counts(), this.i18n, {
      toggleKind: (kind, shown) => this.change({ hiddenKinds: this.toggle(this.current.hiddenKinds, kind, shown) }, 'replace', true),
      toggleType: (type, shown) => this.change({ hiddenTypes: this.toggle(this.current.hiddenTypes, type, shown) }, 'replace', true),
    })));
    this.page.keepFocus(this.page.nodeList, () =>
      replaceChildren(this.page.nodeList, nodeList(visible.nodes, this.i18n, (id) => this.open(id), (id) => this.expand(id))));
  }
}

