import type { I18n } from '../i18n/i18n';
import type { EntityKind } from '../model/vocabulary';
import type { DetailView, ExplorerState, LayoutName } from '../state/explorerState';
import { DETAIL_VIEWS } from '../state/explorerState';
import { h, replaceChildren } from '../view/dom';

export interface PageHandlers {
  search(text: string, kind: string): void;
  depth(value: number): void;
  limit(value: number): void;
  layout(value: LayoutName): void;
  relayout(): void;
  fit(): void;
  clear(): void;
  exportPng(): void;
  exportJson(): void;
  exportGraphml(): void;
  language(): void;
  view(view: DetailView): void;
}

const LAYOUT_LABELS = {
  auto: 'layoutAuto', cose: 'layoutCose', concentric: 'layoutConcentric',
  breadthfirst: 'layoutBreadthfirst', circle: 'layoutCircle', grid: 'layoutGrid',
} as const;

function element<T extends HTMLElement>(root: Document, id: string): T {
  const found = root.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found as T;
}

/** The static page of index.html: its controls, its panels, and the status lines. */
export class Page {
  readonly canvas: HTMLElement;
  readonly legend: HTMLElement;
  readonly filters: HTMLElement;
  readonly nodeList: HTMLElement;
  readonly searchResults: HTMLElement;
  private readonly searchText: HTMLInputElement;
  private readonly searchKind: HTMLSelectElement;
  private readonly depth: HTMLSelectElement;
  private readonly limit: HTMLSelectElement;
  private readonly layout: HTMLSelectElement;
  private readonly statusLine: HTMLElement;
  private readonly alertLine: HTMLElement;

  constructor(private readonly root: Document) {
    this.canvas = element(root, 'canvas');
    this.legend = element(root, 'legend');
    this.filters = element(root, 'filters');
    this.nodeList = element(root, 'node-list');
    this.searchResults = element(root, 'search-results');
    this.searchText = element(root, 'search-text');
    this.searchKind = element(root, 'search-kind');
    this.depth = element(root, 'depth');
    this.limit = element(root, 'limit');
    this.layout = element(root, 'layout');
    this.statusLine = element(root, 'status');
    this.alertLine = element(root, 'alert');
  }

  view(view: DetailView): HTMLElement {
    return element(this.root, `view-${view}`);
  }

  bind(handlers: PageHandlers): void {
    element<HTMLFormElement>(this.root, 'search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.searchText.value.trim()) handlers.search(this.searchText.value, this.searchKind.value);
    });
    this.depth.addEventListener('change', () => handlers.depth(Number(this.depth.value)));
    this.limit.addEventListener('change', () => handlers.limit(Number(this.limit.value)));
    this.layout.addEventListener('change', () => handlers.layout(this.layout.value as LayoutName));
    const buttons: [string, () => void][] = [
      ['relayout', handlers.relayout], ['fit', handlers.fit], ['clear', handlers.clear], ['export-png', handlers.exportPng],
      ['export-json', handlers.exportJson], ['export-graphml', handlers.exportGraphml], ['language-switch', handlers.language],
    ];
    for (const [id, handler] of buttons) element(this.root, id).addEventListener('click', () => handler());
    for (const view of DETAIL_VIEWS) element(this.root, `tab-${view}`).addEventListener('click', () => handlers.view(view));
  }

  /** The choices whose labels depend on the language. */
  fillChoices(i18n: I18n, layouts: readonly LayoutName[], limits: readonly number[]): void {
    replaceChildren(this.layout, layouts.map((l) => h('option', { value: l }, i18n.t(LAYOUT_LABELS[l]))));
    replaceChildren(this.limit, limits.map((l) => h('option', { value: l }, String(l))));
  }

  localize(i18n: I18n, kinds: readonly EntityKind[]): void {
    this.root.documentElement.lang = i18n.tag;
    this.root.title = i18n.t('appTitle');
    i18n.apply(this.root);
    this.searchText.placeholder = i18n.t('searchPlaceholder');
    const switcher = element(this.root, 'language-switch');
    switcher.textContent = i18n.t('languageSwitch');
    switcher.lang = i18n.language === 'zh' ? 'en' : 'zh-Hans';
    const chosen = this.searchKind.value;
    replaceChildren(this.searchKind, h('option', { value: '' }, i18n.t('allKinds')),
      kinds.map((k) => h('option', { value: k }, i18n.kind(k))));
    this.searchKind.value = chosen;
  }

  syncControls(state: ExplorerState): void {
    this.searchText.value = state.q;
    this.searchKind.value = state.kind ?? '';
    this.depth.value = String(state.depth);
    this.limit.value = String(state.limit);
    this.layout.value = state.layout;
  }

  showView(view: DetailView): void {
    for (const v of DETAIL_VIEWS) {
      this.view(v).hidden = v !== view;
      element(this.root, `tab-${v}`).setAttribute('aria-pressed', String(v === view));
    }
  }

  /** Labels the drawing for screen readers, and counts finished draws and their size (automation waits on these). */
  describeCanvas(text: string, nodes: number, edges: number): void {
    this.canvas.setAttribute('aria-label', text);
    this.canvas.dataset.nodes = String(nodes);
    this.canvas.dataset.edges = String(edges);
    this.canvas.dataset.draws = String(Number(this.canvas.dataset.draws ?? '0') + 1);
  }

  status(text: string): void {
    this.statusLine.textContent = text;
  }

  /** An error stays until the reader does something else (see Explorer.change). */
  alert(text: string): void {
    this.alertLine.textContent = text;
  }

  /** Re-renders a panel and puts the keyboard focus back on the control that had it (by id or entity). */
  keepFocus(container: HTMLElement, render: () => void): void {
    const active = this.root.activeElement;
    const inside = active instanceof HTMLElement && container.contains(active);
    const id = inside ? active.id : '';
    const entity = inside ? active.dataset.entityId : undefined;
    const className = inside ? active.className : '';
    render();
    if (!inside) return;
    const again = id ? this.root.getElementById(id)
      : entity ? container.querySelector<HTMLElement>(`.${CSS.escape(className.split(' ')[0] ?? '')}[data-entity-id="${CSS.escape(entity)}"]`) : null;
    again?.focus();
  }
}
