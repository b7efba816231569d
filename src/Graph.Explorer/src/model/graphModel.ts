import type { EntityRef, Neighborhood, RelationRef } from '../api/types';
import type { EntityKind, RelationType } from './vocabulary';

export interface GraphNode {
  readonly entity: EntityRef;
  /** Hops from the first drawn entity; expansions add their own distance to the expanded node's. */
  readonly distance: number;
}

export interface VisibleGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly RelationRef[];
}

/**
 * What has been fetched for the drawing: entities and relations by ID, merged from neighbourhoods, paths and impact
 * chains. Hiding a kind or a relation type filters this model; it never forgets what it has.
 */
export class GraphModel {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, RelationRef>();

  get nodeCount(): number {
    return this.nodes.size;
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }

  node(id: string): GraphNode | undefined {
    return this.nodes.get(id);
  }

  addEntity(entity: EntityRef, distance: number): void {
    const known = this.nodes.get(entity.id);
    if (!known || known.distance > distance) this.nodes.set(entity.id, { entity, distance });
  }

  /** Adds a relation whose two ends are both known; one to an entity never fetched would dangle. */
  addRelation(relation: RelationRef): void {
    if (this.nodes.has(relation.from.id) && this.nodes.has(relation.to.id)) this.edges.set(relation.id, relation);
  }

  /** Merges a neighbourhood drawn around a node that lies `offset` hops from the first drawn entity. */
  addNeighborhood(neighborhood: Neighborhood, offset: number): void {
    for (const n of neighborhood.nodes) this.addEntity(n.entity, offset + n.distance);
    for (const e of neighborhood.edges) this.addRelation(e);
  }

  /** Adds a chain of entities and the relations joining them (a path or an impact chain). */
  addChain(entities: readonly EntityRef[], relations: readonly RelationRef[]): void {
    const start = this.nodes.get(entities[0]?.id ?? '')?.distance ?? 0;
    entities.forEach((entity, index) => this.addEntity(entity, start + index));
    for (const r of relations) this.addRelation(r);
  }

  visible(hiddenKinds: readonly EntityKind[], hiddenTypes: readonly RelationType[]): VisibleGraph {
    const nodes = [...this.nodes.values()].filter((n) => !hiddenKinds.includes(n.entity.kind));
    const shown = new Set(nodes.map((n) => n.entity.id));
    const edges = [...this.edges.values()].filter(
      (e) => !hiddenTypes.includes(e.type) && shown.has(e.from.id) && shown.has(e.to.id));
    return { nodes, edges };
  }

  /** How many fetched entities and relations there are of each kind and type, hidden ones included. */
  counts(): { kinds: Map<EntityKind, number>; types: Map<RelationType, number> } {
    const kinds = new Map<EntityKind, number>();
    const types = new Map<RelationType, number>();
    for (const n of this.nodes.values()) kinds.set(n.entity.kind, (kinds.get(n.entity.kind) ?? 0) + 1);
    for (const e of this.edges.values()) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    return { kinds, types };
  }
}
