import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, GraphQLRequestError } from '../src/api/client';

// A real HTTP server on loopback answering as a proxy or a failing service might.
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const reply = (status: number, type: string, body: string) => {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    };
    if (request.url === '/ok') reply(200, 'application/json', JSON.stringify({ data: { statistics: { entities: 3 } } }));
    else if (request.url === '/errors') {
      reply(400, 'application/graphql-response+json', JSON.stringify({ errors: [{ message: "'x' is not a valid ID.", extensions: { code: 'BAD_USER_INPUT' } }] }));
    } else if (request.url === '/proxy') reply(502, 'text/html', '<html><body>Bad Gateway</body></html>');
    else reply(200, 'application/json', JSON.stringify({ data: null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the GraphQL client', () => {
  it('returns the data of a good answer', async () => {
    await expect(new GraphQLClient(`${base}/ok`).request('{ statistics { entities } }')).resolves.toEqual({ statistics: { entities: 3 } });
  });

  it('fails with the API’s codes and messages', async () => {
    const error = await new GraphQLClient(`${base}/errors`).request('{ node(id: "x") { id } }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors).toEqual([{ message: "'x' is not a valid ID.", code: 'BAD_USER_INPUT' }]);
    expect((error as GraphQLRequestError).message).toBe("BAD_USER_INPUT: 'x' is not a valid ID.");
  });

  it('reports a page that is not JSON with its status instead of a parse error', async () => {
    const error = await new GraphQLClient(`${base}/proxy`).request('{ __typename }').catch((e: unknown) => e) as GraphQLRequestError;
    expect(error.status).toBe(502);
    expect(error.message).toContain('HTTP 502');
  });

  it('treats an answer without data as a failure', async () => {
    await expect(new GraphQLClient(`${base}/empty`).request('{ __typename }')).rejects.toThrow('holds no data');
  });

  it('reports an unreachable service as NETWORK', async () => {
    const error = await new GraphQLClient('http://127.0.0.1:9/graphql').request('{ __typename }').catch((e: unknown) => e) as GraphQLRequestError;
    expect(error.errors[0]!.code).toBe('NETWORK');
  });
});
