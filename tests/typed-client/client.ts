// A typed client for the README tour: the generated types make every field access and variable checked by tsc --strict.
import type {
  ConnectionQuery,
  ConnectionQueryVariables,
  FindPersonAndPlaceQuery,
  LiveFiguresSubscription,
  OutsourcingFiguresQuery,
} from './generated/graphql';

/** A GraphQL-over-HTTP answer (spec section "Response"). */
export interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

/** POSTs an operation and returns its data, or throws with the first error's code and message. */
export async function execute<TData, TVariables extends Record<string, unknown> = Record<string, never>>(
  url: string,
  query: string,
  variables?: TVariables,
): Promise<TData> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<TData>;
  const error = body.errors?.[0];
  if (error !== undefined || body.data == null) {
    throw new Error(`${error?.extensions?.code ?? response.status}: ${error?.message ?? 'no data'}`);
  }
  return body.data;
}

/** The tour's two steps: find the IDs, then the shortest path between them, as "name (KIND)". */
export async function pathBetween(url: string, findIds: string, connection: string): Promise<string[]> {
  const ids = await execute<FindPersonAndPlaceQuery>(url, findIds);
  const from = ids.people.nodes[0]?.id;
  const to = ids.places.nodes[0]?.id;
  if (from === undefined || to === undefined) {
    return [];
  }
  const path = await execute<ConnectionQuery, ConnectionQueryVariables>(url, connection, { from, to });
  return path.shortestPath?.nodes.map((node) => `${node.name} (${node.kind})`) ?? [];
}

/** Each figure of the outsourcing query in base units; figures without a base unit are left out. */
export function baseUnitFigures(data: OutsourcingFiguresQuery): Array<{ indicator: string; value: number; unit: string; until: string }> {
  return data.places.nodes.flatMap((place) =>
    place.observations.nodes.flatMap((figure) =>
      figure.normalizedValue === null || figure.baseUnit === null
        ? []
        : [{ indicator: figure.indicator.name, value: figure.normalizedValue, unit: figure.baseUnit, until: figure.periodEnd }],
    ),
  );
}

/** One line per event of the tour's subscription. */
export function describeFigure(event: LiveFiguresSubscription): string {
  const figure = event.observationAdded;
  return `${figure.subject.name} ${figure.indicator.name} ${figure.value} ${figure.unit} (to ${figure.periodEnd})`;
}
