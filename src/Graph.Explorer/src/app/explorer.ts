import { GraphQLRequestError, type GraphQLClient } from '../api/client';
import {
  CONNECTION_QUERY, ENTITIES_QUERY, ENTITY_CARD_QUERY, IMPACT_QUERY, PATHS_QUERY, SEARCH_QUERY, START_QUERY,
} from '../api/queries';
import type {
  CardRelationEdge, ConnectionExplanation, EntityCardAnswer, EntityRef, PathSet, PolicyImpact, SearchResult, Statistics,
} from '../api/types';
import { download } from '../export/download';
import { toGraphMl, toJson } from '../export/subgraphExport';
import { I18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import { buildImpactTree } from '../model/impactTree';
import { ENTITY_KINDS, SEMANTIC_RELATION_TYPES, isEntityKind, type EntityKind, type RelationType } from '../model/vocabulary';
import {
  LAYOUTS, NODE_LIMITS, parseState, serializeState, type ExplorerState,
} from '../state/explorerState';
import { h, replaceChildren } from '../view/dom';
import { entityCard } from '../view/entityCard';
import { impactPanel } from '../view/impactPanel';
import { legend } from '../view/legend';
import { pathPanel } from '../view/pathPanel';
import { filters, nodeList, searchResults } from '../view/sidebar';
import { Drawing, type Overlay } from './drawing';
import { Page } from './page';

const SEARCH_PAGE = 20;
const IMPACT_DEPTH = 3;

interface CardData {
  readonly answer: EntityCardAnswer;
  readonly extra: CardRelationEdge[];
  cursor: string | null;
}

/**
 * The explorer's controller: holds the state (mirrored in the URL), asks the API, and renders the panels and the
 * drawing from what it got. Each view keeps its last answer, so a language switch re-renders without asking again.
 */
export class Explorer {
  private state: ExplorerState;
  private readonly i18n: I18n;
  private readonly page: Page;
  private readonly drawing: Drawing;
  private readonly known = new Map<string, EntityRef>();
  private statistics: Statistics | null = null;
  private search: { text: string; result: SearchResult } | null = null;
  private card: CardData | null = null;
  private paths: { result: PathSet; connection: ConnectionExplanation | null } | null = null;
  private impact: PolicyImpact | null = null;
  private readonly latest = new Map<string, number>();

  constructor(private readonly client: GraphQLClient, fallbackLanguage: Language) {
    this.state = parseState(location.search, fallbackLanguage);
    this.i18n = new I18n(this.state.lang);
    this.page = new Page(document);
    this.drawing = new Drawing(this.page.canvas, this.i18n, client, (id) => this.activateNode(id));
  }

  async start(): Promise<void> {
    this.page.fillChoices(this.i18n, LAYOUTS, NODE_LIMITS);
    this.page.bind({
      search: (text, kind) => this.submitSearch(text, kind),
      depth: (depth) => this.change({ depth }, 'push', true),
      limit: (limit) => this.change({ limit }, 'push', true),
      layout: (layout) => { this.change({ layout }, 'replace'); void this.drawing.canvas.layout(layout, this.overlay().root); },
      relayout: () => void this.drawing.canvas.layout(this.state.layout, this.overlay().root),
      fit: () => this.drawing.canvas.fit(),
      clear: () => this.clear(),
      exportPng: () => this.exportPng(),
      exportJson: () => this.exportText('graph.json', 'application/json', toJson),
      exportGraphml: () => this.exportText('graph.graphml', 'application/graphml+xml', toGraphMl),
      language: () => this.switchLanguage(),
      view: (view) => { this.change({ view }, 'push'); this.showView(); void this.redraw(); },
    });
    window.addEventListener('popstate', () => void this.apply(parseState(location.search, this.state.lang)));
    const statistics = this.ask<{ statistics: Statistics }>('start', START_QUERY).then((data) => {
      if (data) this.statistics = data.statistics;
    });
    await Promise.all([statistics, this.apply(this.state)]);
    this.renderCard();
    performance.mark('explorer:ready');
  }

  /** For automation and tests: where an entity is drawn on the canvas, to point at it as a reader would. */
  renderedPositionOf(id: string): { x: number; y: number } | null {
    return this.drawing.canvas.renderedPosition(id);
  }

  /** Shows a state: from the URL at start, or from the history when the reader goes back or forward. */
  private async apply(state: ExplorerState): Promise<void> {
    const previous = this.state;
    this.state = state;
    this.i18n.language = state.lang;
    this.renderStatic();
    this.page.syncControls(state);
    this.showView();
    const work: Promise<unknown>[] = [];
    if (state.q) work.push(this.runSearch());
    else replaceChildren(this.page.searchResults);
    if (state.focus && (state.focus !== previous.focus || !this.card)) work.push(this.loadCard());
    if (!state.focus) this.card = null;
    if (state.from && state.to) work.push(this.loadPaths(false));
    else { this.paths = null; work.push(this.loadEndpoints()); }
    if (state.policy) work.push(this.loadImpact(false));
    else this.impact = null;
    await Promise.all(work);
    this.renderPanels();
    await this.redraw();
  }

  // ---- state and URL ----

  /** Every action of the reader goes through here: it updates the state and the URL, and clears the last error. */
  private change(patch: Partial<ExplorerState>, history: 'push' | 'replace', redraw = false): void {
    this.state = { ...this.state, ...patch };
    this.page.alert('');
    const url = `${location.pathname}${serializeState(this.state)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    if (redraw) void this.redraw();
  }

  /** Runs a query and drops its answer when a newer one of the same kind was asked meanwhile; shows errors. */
  private async ask<T>(slot: string, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
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

  private remember(...entities: readonly EntityRef[]): void {
    for (const e of entities) this.known.set(e.id, e);
  }

  // ---- search ----

  private submitSearch(text: string, kind: string): void {
    this.change({ q: text.trim(), kind: isEntityKind(kind) ? kind : null }, 'push');
    void this.runSearch();
  }

  private async runSearch(): Promise<void> {
    const { q, kind } = this.state;
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
    void this.loadCard();
    void this.redraw();
  }

  /** From a list or a card: show the entity's card, keep the drawing. */
  private open(id: string): void {
    this.change({ focus: id, view: 'entity' }, 'push');
    this.showView();
    void this.loadCard();
    this.drawing.canvas.emphasize({ seeds: new Set(this.state.seeds), focus: id, highlighted: new Set(), root: null });
  }

  /** A click on a drawn entity opens its card and expands it. */
  private activateNode(id: string): void {
    this.change({ focus: id, view: 'entity', seeds: this.withSeed(id) }, 'push');
    this.showView();
    void this.loadCard();
    void this.redraw();
  }

  private expand(id: string): void {
    this.change({ seeds: this.withSeed(id) }, 'push');
    void this.redraw();
  }

  private withSeed(id: string): string[] {
    return this.state.seeds.includes(id) ? [...this.state.seeds] : [...this.state.seeds, id];
  }

  private async loadCard(after: string | null = null): Promise<void> {
    const id = this.state.focus;
    if (!id) return;
    if (!after) replaceChildren(this.page.view('entity'), h('p', { class: 'muted' }, this.i18n.t('loading')));
    // An article's links are what it mentions; every other entity's card lists the semantic relations.
    const types = this.known.get(id)?.kind === 'ARTICLE' ? null : SEMANTIC_RELATION_TYPES;
    const data = await this.ask<EntityCardAnswer>('card', ENTITY_CARD_QUERY, { id, relationTypes: types, after });
    if (!data) return;
    if (data.node) this.remember(data.node, ...data.node.relations.edges.map((e) => e.other));
    if (after && this.card) {
      this.card.extra.push(...(data.node?.relations.edges ?? []));
      this.card.cursor = data.node?.relations.pageInfo.hasNextPage ? data.node.relations.pageInfo.endCursor : null;
    } else {
      this.card = { answer: data, extra: [], cursor: data.node?.relations.pageInfo.endCursor ?? null };
    }
    this.renderCard();
  }

  // ---- paths ----

  private setEndpoint(end: 'from' | 'to', id: string): void {
    this.change({ [end]: id, view: 'path' }, 'push');
    this.paths = null;
    this.showView();
    if (this.state.from && this.state.to) void this.loadPaths(true);
    else this.renderPath();
  }

  /** The names of the path's ends, when they came from a URL rather than from a list. */
  private async loadEndpoints(): Promise<void> {
    const ids = [this.state.from, this.state.to].filter((id): id is string => id !== null && !this.known.has(id));
    if (ids.length === 0) return;
    const data = await this.ask<{ nodes: (EntityRef | null)[] }>('endpoints', ENTITIES_QUERY, { ids });
    if (data) this.remember(...data.nodes.filter((n): n is EntityRef => n !== null && 'kind' in n));
  }

  private async loadPaths(redraw: boolean): Promise<void> {
    const { from, to, maxLength, mentions } = this.state;
    if (!from || !to) return;
    await this.loadEndpoints();
    this.page.status(this.i18n.t('loading'));
    const types = mentions ? null : SEMANTIC_RELATION_TYPES;
    const data = await this.ask<{ paths: PathSet }>('paths', PATHS_QUERY, { from, to, maxLength, types });
    if (!data) return;
    for (const p of data.paths.paths) this.remember(...p.nodes);
    let connection: ConnectionExplanation | null = null;
    if (data.paths.paths.length === 0) {
      const explained = await this.ask<{ connection: ConnectionExplanation | null }>('connection', CONNECTION_QUERY, { a: from, b: to });
      connection = explained?.connection ?? null;
    }
    this.paths = { result: data.paths, connection };
    this.page.status('');
    this.renderPath();
    if (redraw) await this.redraw();
  }

  // ---- impact ----

  private showImpact(id: string): void {
    this.change({ policy: id, view: 'impact' }, 'push');
    this.showView();
    void this.loadImpact(true);
  }

  private async loadImpact(redraw: boolean): Promise<void> {
    const policy = this.state.policy;
    if (!policy) return;
    replaceChildren(this.page.view('impact'), h('p', { class: 'muted' }, this.i18n.t('loading')));
    const data = await this.ask<{ policyImpact: PolicyImpact | null }>('impact', IMPACT_QUERY, { policy, maxDepth: IMPACT_DEPTH });
    if (!data) return;
    this.impact = data.policyImpact;
    this.renderImpact();
    if (redraw) await this.redraw();
  }

  // ---- drawing ----

  private overlay(): Overlay {
    if (this.state.view === 'path' && this.paths) {
      return { chains: this.paths.result.paths.map((p) => ({ nodes: p.nodes, relations: p.edges })), root: null };
    }
    if (this.state.view === 'impact' && this.impact) {
      const root = this.state.layout === 'auto' ? this.impact.policy.id : null;
      return { chains: this.impact.chains.map((c) => ({ nodes: c.nodes, relations: c.links.map((l) => l.relation) })), root };
    }
    return { chains: [], root: null };
  }

  private async redraw(): Promise<void> {
    this.page.status(this.i18n.t('loading'));
    try {
      const result = await this.drawing.draw(this.state, this.overlay());
      if (!result) return;
      const truncated = result.truncated ? ` ${this.i18n.t('truncated', { limit: this.state.limit })}` : '';
      const drawn = this.i18n.t('drawn', { nodes: result.nodes, edges: result.edges, ms: result.milliseconds });
      this.page.status(result.nodes > 0 ? drawn + truncated : '');
      this.page.describeCanvas(this.i18n.t('canvasLabel', { nodes: result.nodes, edges: result.edges }), result.nodes, result.edges);
    } catch (error) {
      this.page.status('');
      this.fail(error);
    }
    this.renderDrawingLists();
  }

  private toggle<T extends EntityKind | RelationType>(hidden: readonly T[], item: T, shown: boolean): T[] {
    return shown ? hidden.filter((x) => x !== item) : [...new Set([...hidden, item])];
  }

  private clear(): void {
    this.change({ seeds: [], focus: null, from: null, to: null, policy: null, view: 'entity' }, 'push');
    this.card = null;
    this.paths = null;
    this.impact = null;
    this.renderPanels();
    void this.redraw();
  }

  private exportPng(): void {
    if (this.drawing.canvas.nodeCount === 0) return this.page.status(this.i18n.t('nothingToExport'));
    download('graph.png', this.drawing.canvas.png());
    this.page.status(this.i18n.t('exportDone', { file: 'graph.png' }));
  }

  private exportText(file: string, type: string, format: (graph: ReturnType<Drawing['visible']>) => string): void {
    const graph = this.drawing.visible(this.state);
    if (graph.nodes.length === 0) return this.page.status(this.i18n.t('nothingToExport'));
    download(file, new Blob([format(graph)], { type }));
    this.page.status(this.i18n.t('exportDone', { file }));
  }

  // ---- rendering ----

  private switchLanguage(): void {
    this.change({ lang: this.state.lang === 'zh' ? 'en' : 'zh' }, 'replace');
    this.i18n.language = this.state.lang;
    this.renderStatic();
    this.page.fillChoices(this.i18n, LAYOUTS, NODE_LIMITS);
    this.page.syncControls(this.state);
    this.renderPanels();
    this.drawing.canvas.relabel();
  }

  private renderStatic(): void {
    this.page.localize(this.i18n, ENTITY_KINDS);
    replaceChildren(this.page.legend, legend(this.i18n));
  }

  private showView(): void {
    this.page.showView(this.state.view);
  }

  private renderPanels(): void {
    this.renderSearch();
    this.renderCard();
    this.renderPath();
    this.renderImpact();
    this.renderDrawingLists();
  }

  private renderSearch(): void {
    if (!this.search || this.search.text !== this.state.q) return replaceChildren(this.page.searchResults);
    replaceChildren(this.page.searchResults, searchResults(this.search.text, this.search.result, this.i18n, (id) => this.openFresh(id)));
  }

  private renderCard(): void {
    const target = this.page.view('entity');
    if (!this.card || !this.state.focus) {
      const s = this.statistics;
      return replaceChildren(target,
        s ? h('p', { class: 'welcome' }, this.i18n.t('welcome', { ...s })) : null,
        h('p', { class: 'muted' }, this.i18n.t('cardEmpty')));
    }
    replaceChildren(target, entityCard(this.card.answer, this.card.extra, this.i18n, {
      open: (id) => this.open(id),
      draw: (id) => this.expand(id),
      pathFrom: (id) => this.setEndpoint('from', id),
      pathTo: (id) => this.setEndpoint('to', id),
      impact: (id) => this.showImpact(id),
      moreRelations: () => void this.loadCard(this.card?.cursor ?? null),
    }));
  }

  private renderPath(): void {
    const { from, to, maxLength, mentions } = this.state;
    replaceChildren(this.page.view('path'), pathPanel({
      from: from ? this.known.get(from) ?? null : null,
      to: to ? this.known.get(to) ?? null : null,
      maxLength, mentions, result: this.paths?.result ?? null, connection: this.paths?.connection ?? null,
    }, this.i18n, {
      open: (id) => this.open(id),
      find: () => void this.loadPaths(true),
      swap: () => { this.change({ from: to, to: from }, 'push'); void this.loadPaths(true); },
      setMaxLength: (value) => { this.change({ maxLength: value }, 'replace'); void this.loadPaths(true); },
      setMentions: (value) => { this.change({ mentions: value }, 'replace'); void this.loadPaths(true); },
    }));
  }

  private renderImpact(): void {
    const target = this.page.view('impact');
    if (!this.state.policy) return replaceChildren(target, h('p', { class: 'muted' }, this.i18n.t('impactEmpty')));
    if (!this.impact) return replaceChildren(target, h('p', { class: 'muted' }, this.i18n.t('notFound')));
    replaceChildren(target, impactPanel(this.impact, buildImpactTree(this.impact), this.i18n, (id) => this.open(id)));
  }

  private renderDrawingLists(): void {
    const visible = this.drawing.visible(this.state);
    this.page.keepFocus(this.page.filters, () => replaceChildren(this.page.filters, filters(this.state.hiddenKinds, this.state.hiddenTypes, this.drawing.counts(), this.i18n, {
      toggleKind: (kind, shown) => this.change({ hiddenKinds: this.toggle(this.state.hiddenKinds, kind, shown) }, 'replace', true),
      toggleType: (type, shown) => this.change({ hiddenTypes: this.toggle(this.state.hiddenTypes, type, shown) }, 'replace', true),
    })));
    this.page.keepFocus(this.page.nodeList, () =>
      replaceChildren(this.page.nodeList, nodeList(visible.nodes, this.i18n, (id) => this.open(id), (id) => this.expand(id))));
  }
}

