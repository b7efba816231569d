// Every GraphQL operation the explorer sends, in one place. The fragments name what each view reads, so a field the API
// gains (a mention's `snippet`, a document's text) is added here once and reaches every view that shows it.

const ENTITY_REF = /* GraphQL */ `
fragment EntityRef on Entity { id name kind subtype }`;

// A span of a document, with its text as a snippet where the store keeps the document's text (null on the bundled sample
// graph): every view that shows evidence renders it, or a note that the text is not stored (view/evidence.ts). Kept lean
// (the end is start + length; the snippet's marked form only): policy impact asks for many of these, within the cost bound.
const MENTION_FIELDS = /* GraphQL */ `
fragment MentionFields on Mention {
  start length
  article { id title publishedAt }
  document { hash name title publishedAt }
  snippet(context: 40) { marked }
}`;

const RELATION_REF = /* GraphQL */ `
fragment RelationRef on Relation { id type role polarity from { id } to { id } }`;

const RELATION_WITH_EVIDENCE = /* GraphQL */ `
fragment RelationWithEvidence on Relation { ...RelationRef evidence { ...MentionFields } }`;

const OBSERVATION_FIELDS = /* GraphQL */ `
fragment ObservationFields on Observation {
  id value unit normalizedValue baseUnit periodStart periodEnd yoyPct isTarget
  indicator { id name }
  subject { ...EntityRef }
  evidence { ...MentionFields }
}`;

// Four levels up from a place: district → city → province → country.
const PLACE_CHAIN = /* GraphQL */ `
fragment PlaceChain on Place {
  id name subtype
  parent { id name subtype parent { id name subtype parent { id name subtype parent { id name subtype } } } }
}`;

export const START_QUERY = /* GraphQL */ `
query ExplorerStart {
  statistics { entities relations observations documents }
}`;

export const SEARCH_QUERY = /* GraphQL */ `
query ExplorerSearch($text: String!, $kinds: [EntityKind!], $first: Int!) {
  search(text: $text, kinds: $kinds, first: $first) {
    nodes { ...EntityRef aliases }
    pageInfo { hasNextPage endCursor }
  }
}
${ENTITY_REF}`;

export const ENTITIES_QUERY = /* GraphQL */ `
query ExplorerEntities($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Entity { ...EntityRef } }
}
${ENTITY_REF}`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $limit: Int!) {
  neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit, includeMentions: true) {
    truncated
    nodes { distance entity { ...EntityRef } }
    edges { ...RelationRef }
  }
}
${ENTITY_REF}
${RELATION_REF}`;

export const ENTITY_CARD_QUERY = /* GraphQL */ `
query ExplorerEntityCard($id: ID!, $relationTypes: [RelationType!], $after: String) {
  node(id: $id) {
    ... on Entity {
      ...EntityRef
      aliases
      relations(types: $relationTypes, first: 100, after: $after) {
        edges { direction other { ...EntityRef } node { ...RelationWithEvidence } }
        pageInfo { hasNextPage endCursor }
      }
      mentions(first: 20) { ...MentionFields }
    }
    ... on Place { parent { ...PlaceChain } }
    ... on Company { location { ...PlaceChain } }
    ... on Organization { location { ...PlaceChain } }
    ... on Project { location { ...PlaceChain } }
    ... on Event { startDate endDate place { ...PlaceChain } }
    ... on Policy { startDate }
    ... on Article { publishedAt }
    ... on Indicator { indicatorObservations: observations(first: 100) { nodes { ...ObservationFields } } }
  }
  subjectObservations: observations(subject: $id, first: 100) {
    nodes { ...ObservationFields }
    pageInfo { hasNextPage }
  }
}
${ENTITY_REF}
${MENTION_FIELDS}
${RELATION_REF}
${RELATION_WITH_EVIDENCE}
${OBSERVATION_FIELDS}
${PLACE_CHAIN}`;

export const PATHS_QUERY = /* GraphQL */ `
query ExplorerPaths($from: ID!, $to: ID!, $maxLength: Int!, $includeMentions: Boolean!) {
  paths(from: $from, to: $to, maxLength: $maxLength, includeMentions: $includeMentions, first: 5) {
    shortestLength
    truncated
    paths { length nodes { ...EntityRef } edges { ...RelationWithEvidence } }
  }
}
${ENTITY_REF}
${MENTION_FIELDS}
${RELATION_REF}
${RELATION_WITH_EVIDENCE}`;

export const CONNECTION_QUERY = /* GraphQL */ `
query ExplorerConnection($a: ID!, $b: ID!) {
  connection(a: $a, b: $b, first: 20) {
    direct { ...RelationWithEvidence }
    sharedNeighbors { ...Shared }
    sharedEvents { ...Shared }
    sharedArticles { ...Shared }
    coMentioned { entity { ...EntityRef } articleWithA { id title } articleWithB { id title } }
    truncated
  }
}
fragment Shared on SharedNeighbor { entity { ...EntityRef } viaA { ...RelationRef } viaB { ...RelationRef } }
${ENTITY_REF}
${MENTION_FIELDS}
${RELATION_REF}
${RELATION_WITH_EVIDENCE}`;

export const IMPACT_QUERY = /* GraphQL */ `
query ExplorerImpact($policy: ID!, $maxDepth: Int!) {
  policyImpact(policy: $policy, maxDepth: $maxDepth, first: 20, observationsPerEntity: 5) {
    policy { ...EntityRef startDate }
    chainCount
    truncated
    chains {
      length polarity support
      nodes { ...EntityRef }
      links { relation { ...RelationRef } evidence { ...MentionFields } }
    }
    reached { entity { ...EntityRef } depth polarity observations { ...ObservationFields } }
  }
}
${ENTITY_REF}
${MENTION_FIELDS}
${RELATION_REF}
${OBSERVATION_FIELDS}`;
