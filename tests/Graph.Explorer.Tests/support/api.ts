import type { APIRequestContext } from '@playwright/test';

/**
 * Asks the running service, over its real GraphQL endpoint, for what a test needs to look for in the explorer. The
 * tests find their subjects this way rather than naming entities of one document.
 */
export async function graphql<T>(request: APIRequestContext, baseURL: string, query: string, variables: object = {}): Promise<T> {
  const response = await request.post(new URL('/graphql', baseURL).toString(), {
    data: { query, variables },
    headers: { Accept: 'application/json' },
  });
  const body = await response.json() as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

interface Named { id: string; name: string }

export interface SemanticPathCase {
  readonly person: Named;
  readonly organization: Named;
  readonly place: Named;
}

const PEOPLE = /* GraphQL */ `{
  people(first: 100) {
    nodes {
      id name
      positions { organization { id name ... on Organization { location { id name observations(first: 1) { nodes { id } } } }
                                          ... on Company { location { id name observations(first: 1) { nodes { id } } } } } }
    }
  }
}`;

type Location = { id: string; name: string; observations: { nodes: { id: string }[] } } | null;

/** A person who works for a body located in a place: a path of two semantic links. Places with figures come first. */
export async function semanticPathCase(request: APIRequestContext, baseURL: string): Promise<SemanticPathCase> {
  const data = await graphql<{ people: { nodes: (Named & { positions: { organization: Named & { location?: Location } }[] })[] } }>(
    request, baseURL, PEOPLE);
  const cases = data.people.nodes.flatMap((person) => person.positions
    .filter((p) => p.organization.location)
    .map((p) => ({ person, organization: p.organization, location: p.organization.location! })));
  cases.sort((a, b) => b.location.observations.nodes.length - a.location.observations.nodes.length);
  const chosen = cases[0];
  if (!chosen) throw new Error('The graph has no person working for a located body.');
  return {
    person: { id: chosen.person.id, name: chosen.person.name },
    organization: { id: chosen.organization.id, name: chosen.organization.name },
    place: { id: chosen.location.id, name: chosen.location.name },
  };
}

const POLICIES = /* GraphQL */ `{ policies(first: 100) { nodes { id name } } }`;
const IMPACT = /* GraphQL */ `query($p: ID!) { policyImpact(policy: $p, maxDepth: 3) { chainCount } }`;

/** The policy with the most impact chains. */
export async function policyWithChains(request: APIRequestContext, baseURL: string): Promise<Named & { chainCount: number }> {
  const { policies } = await graphql<{ policies: { nodes: Named[] } }>(request, baseURL, POLICIES);
  let best: (Named & { chainCount: number }) | null = null;
  for (const policy of policies.nodes) {
    const { policyImpact } = await graphql<{ policyImpact: { chainCount: number } }>(request, baseURL, IMPACT, { p: policy.id });
    if (!best || policyImpact.chainCount > best.chainCount) best = { ...policy, chainCount: policyImpact.chainCount };
  }
  if (!best || best.chainCount === 0) throw new Error('No policy of the graph has an impact chain.');
  return best;
}

/** The best hit of a search among entities of one kind (the synthetic graph's hubs are found by name). */
export async function hub(request: APIRequestContext, baseURL: string, text: string, kind: string): Promise<Named> {
  const { search } = await graphql<{ search: { nodes: Named[] } }>(request, baseURL,
    `query($t: String!, $k: [EntityKind!]) { search(text: $t, kinds: $k, first: 1) { nodes { id name } } }`, { t: text, k: [kind] });
  if (!search.nodes[0]) throw new Error(`Nothing matches ${text}.`);
  return search.nodes[0];
}

const RELATION_TYPES = /* GraphQL */ `{ __type(name: "RelationType") { enumValues { name } } }`;
const NEIGHBOURHOOD = /* GraphQL */ `
query($id: ID!, $depth: Int!, $types: [RelationType!], $limit: Int!) {
  neighborhood(id: $id, depth: $depth, relationTypes: $types, limit: $limit, includeMentions: true) {
    nodes { entity { id kind } }
    edges { type from { id } to { id } }
  }
}`;

/**
 * What the explorer should draw of a neighbourhood with its default filters (articles and MENTIONS hidden), worked out
 * from the API alone: the relation types come from the schema, the counts from the service's own answer.
 */
export async function expectedDrawing(
  request: APIRequestContext, baseURL: string, id: string, depth: number, limit: number,
): Promise<{ nodes: number; edges: number }> {
  const { __type } = await graphql<{ __type: { enumValues: { name: string }[] } }>(request, baseURL, RELATION_TYPES);
  const types = __type.enumValues.map((v) => v.name).filter((t) => t !== 'MENTIONS');
  const { neighborhood } = await graphql<{
    neighborhood: { nodes: { entity: { id: string; kind: string } }[]; edges: { type: string; from: { id: string }; to: { id: string } }[] };
  }>(request, baseURL, NEIGHBOURHOOD, { id, depth, types, limit });
  const shown = new Set(neighborhood.nodes.filter((n) => n.entity.kind !== 'ARTICLE').map((n) => n.entity.id));
  const edges = neighborhood.edges.filter((e) => e.type !== 'MENTIONS' && shown.has(e.from.id) && shown.has(e.to.id));
  return { nodes: shown.size, edges: edges.length };
}
