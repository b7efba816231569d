import type { GraphQLClient } from '../api/client';
import { NEIGHBORHOOD_QUERY } from '../api/queries';
import type { EntityRef, Neighborhood, RelationRef } from '../api/types';
import type { I18n } from '../i18n/i18n';
import { GraphModel, type VisibleGraph } from '../model/graphModel';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary';
import type { ExplorerState } from '../state/explorerState';
import { GraphCanvas, type Emphasis } from '../view/canvas';

/** Entities and relations drawn beside the neighbourhoods: the paths found or a policy's impact chains. */
export interface Overlay {
  readonly chains: readonly { readonly nodes: readonly EntityRef[]; readonly relations: readonly RelationRef[] }[];
  /** Draw the overlay as a tree from this entity (a policy's impact). */
  readonly root: string | null;
}

export interface DrawResult {
  readonly nodes: number;
  readonly edges: number;
  readonly truncated: boolean;
  readonly milliseconds: number;
}

const DRAW_MEASURE = 'explorer:draw';
/** Neighbourhoods kept for redrawing; the oldest go first (a long session must not grow without bound). */
const CACHE_ENTRIES = 64;

/**
 * The drawing's data: the neighbourhoods of the drawn entities (fetched once per depth, types and limit), merged with
 * the overlay into one model, of which the canvas shows what the filters let through.
 */
export class Drawing {
  private readonly cache = new Map<string, Neighborhood>();
  private readonly model = new GraphModel();
  private generation = 0;
  readonly canvas: GraphCanvas;

  constructor(container: HTMLElement, i18n: I18n, private readonly client: GraphQLClient, onActivate: (id: string) => void) {
    this.canvas = new GraphCanvas(container, i18n, onActivate);
  }

  visible(state: ExplorerState): VisibleGraph {
    return this.model.visible(state.hiddenKinds, state.hiddenTypes);
  }

  counts(): ReturnType<GraphModel['counts']> {
    return this.model.counts();
  }

  /**
   * Fetches what is missing and redraws. Null when a later call overtook this one. The time measured runs from the
   * call to the first frame that shows the drawing, fetches included (performance measure `explorer:draw`).
   */
  async draw(state: ExplorerState, overlay: Overlay): Promise<DrawResult | null> {
    const generation = ++this.generation;
    const start = performance.now();
    const types = fetchedTypes(state.hiddenTypes);
    const neighborhoods = await Promise.all(state.seeds.map((seed, index) =>
      this.neighborhood(seed, index === 0 ? state.depth : 1, types, state.limit)));
    if (generation !== this.generation) return null;
    performance.mark('explorer:draw:fetched');

    this.model.clear();
    state.seeds.forEach((seed, index) => {
      const offset = index === 0 ? 0 : this.model.node(seed)?.distance ?? 0;
      this.model.addNeighborhood(neighborhoods[index]!, offset);
    });
    for (const chain of overlay.chains) this.model.addChain(chain.nodes, chain.relations);

    const visible = this.visible(state);
    await this.canvas.render(visible, emphasis(state, overlay), state.layout);
    if (generation !== this.generation) return null;

    const measure = performance.measure(DRAW_MEASURE, { start, end: performance.now() });
    return {
      nodes: visible.nodes.length,
      edges: visible.edges.length,
      truncated: neighborhoods.some((n) => n.truncated),
      milliseconds: Math.round(measure.duration),
    };
  }

  /** Marks the drawn, focused and overlaid entities again without fetching or laying out. */
  emphasize(state: ExplorerState, overlay: Overlay): void {
    this.canvas.emphasize(emphasis(state, overlay));
  }

  private async neighborhood(id: string, depth: number, types: readonly RelationType[] | null, limit: number): Promise<Neighborhood> {
    const key = `${id}|${depth}|${types?.join(',') ?? '*'}|${limit}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const data = await this.client.request<{ neighborhood: Neighborhood | null }>(NEIGHBORHOOD_QUERY, { id, depth, types, limit });
    const neighborhood = data.neighborhood ?? { truncated: false, nodes: [], edges: [] };
    this.cache.set(key, neighborhood);
    if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    return neighborhood;
  }
}

function emphasis(state: ExplorerState, overlay: Overlay): Emphasis {
  const highlighted = new Set(overlay.chains.flatMap((c) => [...c.nodes.map((n) => n.id), ...c.relations.map((r) => r.id)]));
  return { seeds: new Set(state.seeds), focus: state.focus, highlighted, root: overlay.root };
}

/**
 * Neighbourhoods follow only the relation types that are shown: a hidden MENTIONS would otherwise fill the node limit
 * with articles nobody sees. Null (every type) when none is hidden.
 */
function fetchedTypes(hidden: readonly RelationType[]): RelationType[] | null {
  return hidden.length === 0 ? null : RELATION_TYPES.filter((t) => !hidden.includes(t));
}
