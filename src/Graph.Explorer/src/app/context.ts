import type { EntityRef } from '../api/types';
import type { I18n } from '../i18n/i18n';
import type { ExplorerState } from '../state/explorerState';
import type { Page } from './page';

/** What the explorer's views share: the state and its URL, the API, the entities met so far, the page. */
export interface ExplorerContext {
  readonly i18n: I18n;
  readonly page: Page;
  readonly known: ReadonlyMap<string, EntityRef>;
  state(): ExplorerState;
  /** Applies a reader's action to the state and the URL (pushing a history entry or replacing it). */
  change(patch: Partial<ExplorerState>, history: 'push' | 'replace', redraw?: boolean): void;
  /** Runs a query; null when it failed (the error is shown) or a newer query of the same slot overtook it. */
  ask<T>(slot: string, query: string, variables?: Record<string, unknown>): Promise<T | null>;
  remember(...entities: readonly EntityRef[]): void;
  open(id: string): void;
  showView(): void;
  redraw(): Promise<void>;
}
