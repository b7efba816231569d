import { CONNECTION_QUERY, ENTITIES_QUERY, PATHS_QUERY } from '../api/queries';
import type { ConnectionExplanation, EntityRef, PathSet } from '../api/types';
import { replaceChildren } from '../view/dom';
import { pathPanel } from '../view/pathPanel';
import type { ExplorerContext } from './context';
import type { Overlay } from './drawing';

/** Paths between two entities: semantic relations unless the reader includes co-mention; otherwise how they connect. */
export class PathView {
  private found: { result: PathSet; connection: ConnectionExplanation | null } | null = null;

  constructor(private readonly context: ExplorerContext) {}

  reset(): void {
    this.found = null;
  }

  setEndpoint(end: 'from' | 'to', id: string): void {
    this.context.change({ [end]: id, view: 'path' }, 'push');
    this.found = null;
    this.context.showView();
    const { from, to } = this.context.state();
    if (from && to) void this.load(true);
    else this.render();
  }

  /** The names of the path's ends, when they came from a URL rather than from a list. */
  async loadEndpoints(): Promise<void> {
    const { from, to } = this.context.state();
    const ids = [from, to].filter((id): id is string => id !== null && !this.context.known.has(id));
    if (ids.length === 0) return;
    const data = await this.context.ask<{ nodes: (EntityRef | null)[] }>('endpoints', ENTITIES_QUERY, { ids });
    if (data) this.context.remember(...data.nodes.filter((n): n is EntityRef => n !== null && 'kind' in n));
  }

  async load(redraw: boolean): Promise<void> {
    const { from, to, maxLength, mentions } = this.context.state();
    if (!from || !to) return;
    await this.loadEndpoints();
    const { page, i18n } = this.context;
    page.status(i18n.t('loading'));
    // The service follows semantic relations unless asked for articles' (MENTIONS, PUBLISHED_BY) too.
    const data = await this.context.ask<{ paths: PathSet }>('paths', PATHS_QUERY, { from, to, maxLength, includeMentions: mentions });
    if (!data) return;
    for (const p of data.paths.paths) this.context.remember(...p.nodes);
    let connection: ConnectionExplanation | null = null;
    if (data.paths.paths.length === 0) {
      const explained = await this.context.ask<{ connection: ConnectionExplanation | null }>('connection', CONNECTION_QUERY, { a: from, b: to });
      connection = explained?.connection ?? null;
    }
    this.found = { result: data.paths, connection };
    page.status('');
    this.render();
    if (redraw) await this.context.redraw();
  }

  overlay(): Overlay | null {
    return this.found ? { chains: this.found.result.paths.map((p) => ({ nodes: p.nodes, relations: p.edges })), root: null } : null;
  }

  render(): void {
    const { from, to, maxLength, mentions } = this.context.state();
    const { known, i18n, page } = this.context;
    replaceChildren(page.view('path'), pathPanel({
      from: from ? known.get(from) ?? null : null,
      to: to ? known.get(to) ?? null : null,
      maxLength, mentions, result: this.found?.result ?? null, connection: this.found?.connection ?? null,
    }, i18n, {
      open: (id) => this.context.open(id),
      find: () => void this.load(true),
      swap: () => { this.context.change({ from: to, to: from }, 'push'); void this.load(true); },
      setMaxLength: (value) => { this.context.change({ maxLength: value }, 'replace'); void this.load(true); },
      setMentions: (value) => { this.context.change({ mentions: value }, 'replace'); void this.load(true); },
    }));
  }
}
