import type { EntityKind, ImpactPolarity, RelationType } from '../model/vocabulary';

// The shapes of the answers to the operations in queries.ts: only the fields they select.

export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly subtype: string | null;
}

export interface DocumentRef {
  readonly hash: string;
  readonly name: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
}

/** A span of a source document, with its snippet where the store keeps the document's text. */
export interface Mention {
  readonly start: number;
  readonly length: number;
  readonly article: { readonly id: string; readonly title: string; readonly publishedAt: string | null };
  readonly document: DocumentRef;
  readonly snippet: Snippet | null;
}

/** The span's text with context, as `…before⟦match⟧after…` (null when the store keeps no text). */
export interface Snippet {
  readonly marked: string;
}

export interface RelationRef {
  readonly id: string;
  readonly type: RelationType;
  readonly role: string | null;
  readonly polarity: string | null;
  readonly from: { readonly id: string };
  readonly to: { readonly id: string };
}

export interface RelationWithEvidence extends RelationRef {
  readonly evidence: readonly Mention[];
}

export interface Observation {
  readonly id: string;
  readonly value: number;
  readonly unit: string;
  readonly normalizedValue: number | null;
  readonly baseUnit: string | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly yoyPct: number | null;
  readonly isTarget: boolean;
  readonly indicator: { readonly id: string; readonly name: string };
  readonly subject: EntityRef;
  readonly evidence: readonly Mention[];
}

export interface PlaceLink {
  readonly id: string;
  readonly name: string;
  readonly subtype: string | null;
  readonly parent?: PlaceLink | null;
}

export interface Statistics {
  readonly entities: number;
  readonly relations: number;
  readonly observations: number;
  readonly documents: number;
}

export interface SearchResult {
  readonly nodes: readonly (EntityRef & { readonly aliases: readonly string[] })[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

export interface Neighborhood {
  readonly truncated: boolean;
  readonly nodes: readonly { readonly distance: number; readonly entity: EntityRef }[];
  readonly edges: readonly RelationRef[];
}

export interface CardRelationEdge {
  readonly direction: 'OUTGOING' | 'INCOMING';
  readonly other: EntityRef;
  readonly node: RelationWithEvidence;
}

export interface EntityCardData extends EntityRef {
  readonly aliases: readonly string[];
  readonly relations: {
    readonly edges: readonly CardRelationEdge[];
    readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  };
  readonly mentions: readonly Mention[];
  /** Place.parent, or the location of a company, organization or project, or the place of an event. */
  readonly parent?: PlaceLink | null;
  readonly location?: PlaceLink | null;
  readonly place?: PlaceLink | null;
  readonly startDate?: string | null;
  readonly endDate?: string | null;
  readonly publishedAt?: string | null;
  readonly indicatorObservations?: { readonly nodes: readonly Observation[] };
}

export interface EntityCardAnswer {
  readonly node: EntityCardData | null;
  readonly subjectObservations: { readonly nodes: readonly Observation[]; readonly pageInfo: { readonly hasNextPage: boolean } };
}

export interface Path {
  readonly length: number;
  readonly nodes: readonly EntityRef[];
  readonly edges: readonly RelationWithEvidence[];
}

export interface PathSet {
  readonly shortestLength: number | null;
  readonly truncated: boolean;
  readonly paths: readonly Path[];
}

export interface SharedNeighbor {
  readonly entity: EntityRef;
  readonly viaA: RelationRef;
  readonly viaB: RelationRef;
}

export interface ConnectionExplanation {
  readonly direct: readonly RelationWithEvidence[];
  readonly sharedNeighbors: readonly SharedNeighbor[];
  readonly sharedEvents: readonly SharedNeighbor[];
  readonly sharedArticles: readonly SharedNeighbor[];
  readonly coMentioned: readonly CoMention[];
  readonly truncated: boolean;
}

/** An entity named beside each end of a connection, in an article each. */
export interface CoMention {
  readonly entity: EntityRef;
  readonly articleWithA: { readonly id: string; readonly title: string };
  readonly articleWithB: { readonly id: string; readonly title: string };
}

export interface ImpactLink {
  readonly relation: RelationRef;
  readonly evidence: readonly Mention[];
}

export interface ImpactChain {
  readonly length: number;
  readonly polarity: ImpactPolarity;
  readonly support: number;
  readonly nodes: readonly EntityRef[];
  readonly links: readonly ImpactLink[];
}

export interface ImpactedEntity {
  readonly entity: EntityRef;
  readonly depth: number;
  readonly polarity: ImpactPolarity;
  readonly observations: readonly Observation[];
}

export interface PolicyImpact {
  readonly policy: EntityRef & { readonly startDate: string | null };
  readonly chains: readonly ImpactChain[];
  readonly reached: readonly ImpactedEntity[];
  readonly chainCount: number;
  readonly truncated: boolean;
}
