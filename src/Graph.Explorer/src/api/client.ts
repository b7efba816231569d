/** One error of a GraphQL response (https://spec.graphql.org/October2021/#sec-Errors), with the server's code. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly code: string | undefined;
}

/** A request the API refused or could not answer: the errors it gave, or the HTTP status and text it sent instead. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly errors: readonly GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((e) => (e.code ? `${e.code}: ${e.message}` : e.message)).join('; '));
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: { readonly code?: string } }[];
}

/**
 * Posts operations to the service's GraphQL endpoint, the way the GraphQL-over-HTTP spec describes
 * (https://graphql.github.io/graphql-over-http/draft/#sec-POST): a JSON body, preferring the graphql-response media type.
 * Any error in the answer fails the call: the explorer shows partial data nowhere.
 */
export class GraphQLClient {
  constructor(private readonly endpoint: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query, variables }),
        signal: signal ?? null,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new GraphQLRequestError([{ message: `The service cannot be reached (${String(error)}).`, code: 'NETWORK' }], 0);
    }

    const text = await response.text();
    let body: GraphQLResponse<T>;
    try {
      body = JSON.parse(text) as GraphQLResponse<T>;
    } catch {
      throw new GraphQLRequestError([{ message: `HTTP ${response.status}: ${text.slice(0, 200)}`, code: undefined }], response.status);
    }

    if (body.errors && body.errors.length > 0) {
      throw new GraphQLRequestError(
        body.errors.map((e) => ({ message: e.message, code: e.extensions?.code })),
        response.status,
      );
    }

    if (body.data === undefined || body.data === null) {
      throw new GraphQLRequestError([{ message: `HTTP ${response.status}: the answer holds no data.`, code: undefined }], response.status);
    }

    return body.data;
  }
}
