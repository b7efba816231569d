// The closed vocabularies of the GraphQL schema (schema/schema.graphql: enum EntityKind, enum RelationType,
// enum ImpactPolarity), in schema order.

export const ENTITY_KINDS = [
  'COMPANY', 'ORGANIZATION', 'PERSON', 'PLACE', 'POLICY', 'EVENT',
  'INDICATOR', 'PROJECT', 'PRODUCT', 'INDUSTRY', 'ARTICLE', 'SOURCE',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'LOCATED_IN', 'PART_OF', 'WORKS_FOR', 'ISSUED_BY', 'PARTICIPATED_IN', 'HELD_IN',
  'PRODUCES', 'PUBLISHED_BY', 'MENTIONS', 'AFFECTS', 'TARGETS', 'IMPLEMENTS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type ImpactPolarity = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';

/**
 * Every relation type but MENTIONS: the links a document states between two things, as opposed to "an article names
 * this". Paths and neighbourhoods follow only these unless the reader asks for co-mention too, so hubs of co-mention
 * do not hide the real links.
 */
export const SEMANTIC_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => t !== 'MENTIONS');

/** Hidden in a fresh drawing: articles and the MENTIONS edges that lead to them. */
export const DEFAULT_HIDDEN_KINDS: readonly EntityKind[] = ['ARTICLE'];
export const DEFAULT_HIDDEN_TYPES: readonly RelationType[] = ['MENTIONS'];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
