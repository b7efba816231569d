import type { Language } from '../i18n/messages';
import {
  DEFAULT_HIDDEN_KINDS, DEFAULT_HIDDEN_TYPES, ENTITY_KINDS, RELATION_TYPES, isEntityKind, isRelationType,
  type EntityKind, type RelationType,
} from '../model/vocabulary';

export const LAYOUTS = ['auto', 'cose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const DETAIL_VIEWS = ['entity', 'path', 'impact'] as const;
export type DetailView = (typeof DETAIL_VIEWS)[number];

/** Node limits offered for a neighbourhood; the service's own bound is Graph:Limits:MaxNeighborhoodNodes (500). */
export const NODE_LIMITS = [50, 100, 200, 500] as const;
export const MAX_SEEDS = 20;
export const MAX_PATH_LENGTH = 6;

/**
 * Everything a view shows, so a URL reproduces it: the search, the entity whose card is open, which neighbourhoods are
 * drawn and how, the path and impact views, and the language.
 */
export interface ExplorerState {
  readonly lang: Language;
  readonly q: string;
  readonly kind: EntityKind | null;
  readonly focus: string | null;
  /** Drawn neighbourhoods: the first at `depth`, each later one an expansion at depth 1. */
  readonly seeds: readonly string[];
  readonly depth: number;
  readonly limit: number;
  readonly hiddenKinds: readonly EntityKind[];
  readonly hiddenTypes: readonly RelationType[];
  readonly layout: LayoutName;
  readonly from: string | null;
  readonly to: string | null;
  readonly maxLength: number;
  /** Paths may run through co-mention (MENTIONS) too. */
  readonly mentions: boolean;
  readonly policy: string | null;
  readonly view: DetailView;
}

export function defaultState(lang: Language): ExplorerState {
  return {
    lang, q: '', kind: null, focus: null, seeds: [], depth: 1, limit: 50,
    hiddenKinds: [...DEFAULT_HIDDEN_KINDS], hiddenTypes: [...DEFAULT_HIDDEN_TYPES], layout: 'auto',
    from: null, to: null, maxLength: 4, mentions: false, policy: null, view: 'entity',
  };
}

// Global IDs are opaque base64url strings; anything else in a URL is dropped rather than sent.
const ID_PATTERN = /^[A-Za-z0-9_\-+/=]{1,200}$/;
const MAX_QUERY_TEXT = 100;

function id(value: string | null): string | null {
  return value !== null && ID_PATTERN.test(value) ? value : null;
}

function integer(value: string | null, min: number, max: number, fallback: number): number {
  const parsed = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

function list<T extends string>(value: string | null, accept: (v: string) => v is T, fallback: readonly T[]): T[] {
  if (value === null) return [...fallback];
  return [...new Set(value.split(',').filter(accept))];
}

function oneOf<T extends string>(value: string | null, options: readonly T[], fallback: T): T {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads a state from a query string; whatever is missing or malformed takes its default. */
export function parseState(search: string, fallbackLanguage: Language): ExplorerState {
  const p = new URLSearchParams(search);
  const base = defaultState(oneOf(p.get('lang'), ['zh', 'en'] as const, fallbackLanguage));
  const limit = integer(p.get('limit'), NODE_LIMITS[0], NODE_LIMITS[NODE_LIMITS.length - 1]!, base.limit);
  const kind = p.get('kind');
  return {
    ...base,
    q: (p.get('q') ?? '').slice(0, MAX_QUERY_TEXT),
    kind: kind !== null && isEntityKind(kind) ? kind : null,
    focus: id(p.get('focus')),
    seeds: [...new Set((p.get('seeds') ?? '').split(',').map(id).filter((s): s is string => s !== null))].slice(0, MAX_SEEDS),
    depth: integer(p.get('depth'), 1, 3, base.depth),
    limit: NODE_LIMITS.find((l) => l >= limit) ?? base.limit,
    hiddenKinds: list(p.get('hideKinds'), isEntityKind, base.hiddenKinds),
    hiddenTypes: list(p.get('hideTypes'), isRelationType, base.hiddenTypes),
    layout: oneOf(p.get('layout'), LAYOUTS, base.layout),
    from: id(p.get('from')),
    to: id(p.get('to')),
    maxLength: integer(p.get('maxLength'), 1, MAX_PATH_LENGTH, base.maxLength),
    mentions: p.get('mentions') === '1',
    policy: id(p.get('policy')),
    view: oneOf(p.get('view'), DETAIL_VIEWS, base.view),
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Writes a state as a query string, leaving out what equals the default so shared links stay short. */
export function serializeState(state: ExplorerState): string {
  const d = defaultState(state.lang);
  const p = new URLSearchParams();
  p.set('lang', state.lang);
  if (state.q) p.set('q', state.q);
  if (state.kind) p.set('kind', state.kind);
  if (state.focus) p.set('focus', state.focus);
  if (state.seeds.length > 0) p.set('seeds', state.seeds.join(','));
  if (state.depth !== d.depth) p.set('depth', String(state.depth));
  if (state.limit !== d.limit) p.set('limit', String(state.limit));
  // Lists keep schema order so one view has one URL.
  if (!sameSet(state.hiddenKinds, d.hiddenKinds)) p.set('hideKinds', ENTITY_KINDS.filter((k) => state.hiddenKinds.includes(k)).join(','));
  if (!sameSet(state.hiddenTypes, d.hiddenTypes)) p.set('hideTypes', RELATION_TYPES.filter((t) => state.hiddenTypes.includes(t)).join(','));
  if (state.layout !== d.layout) p.set('layout', state.layout);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.maxLength !== d.maxLength) p.set('maxLength', String(state.maxLength));
  if (state.mentions) p.set('mentions', '1');
  if (state.policy) p.set('policy', state.policy);
  if (state.view !== d.view) p.set('view', state.view);
  return `?${p.toString()}`;
}
