import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/** Where the fetcher gets the bearer token of each request from (null: none, e.g. outside Development). */
export type TokenSource = () => Promise<string | null>;

/**
 * Posts to the endpoint that served this page (same origin, whatever path MapGraphQL was given), asking for
 * application/graphql-response+json so that request errors come back as 4xx with a GraphQL body, which
 * GraphiQL shows like any other result. With a token source, every request carries `Authorization: Bearer …`
 * (a header typed into GraphiQL's headers editor wins).
 */
export function sameOriginFetcher(token: TokenSource = async () => null, endpoint: string = window.location.pathname): Fetcher {
  return async (params, options) => {
    const bearer = await token();
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) return response.json();
    throw new Error(`${response.status} ${response.statusText}: ${await response.text()}`);
  };
}
