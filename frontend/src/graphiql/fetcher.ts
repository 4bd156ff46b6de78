import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];

/**
 * Posts to the endpoint that served this page (same origin, whatever path MapGraphQL was given), asking for
 * application/graphql-response+json so that request errors come back as 4xx with a GraphQL body, which
 * GraphiQL shows like any other result.
 */
export function sameOriginFetcher(endpoint: string = window.location.pathname): Fetcher {
  return async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) return response.json();
    throw new Error(`${response.status} ${response.statusText}: ${await response.text()}`);
  };
}
