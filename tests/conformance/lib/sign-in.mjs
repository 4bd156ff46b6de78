// Signing the harness's requests in to the running API. Outside the health endpoints and GraphiQL's page the
// API answers 401 to anonymous requests (docs/security.md), so the audits and the introspection round trip
// carry a bearer token minted by its Development-only /dev/token for a seeded persona.

const TIMEOUT_MS = 10_000;

/**
 * A bearer token for PERSONA from the API behind GRAPHQL_URL, or null when the server mints none (a server
 * without sign-in, such as the self-tests' reference servers): its requests then go out anonymous, and a
 * server that wanted a token fails the audits with its 401s.
 */
export async function devToken(graphqlUrl, persona = 'employee') {
  const response = await fetch(new URL('/dev/token', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) return null;
  const body = await response.json().catch(() => null);
  return typeof body?.accessToken === 'string' ? body.accessToken : null;
}

/** FETCH with `Authorization: Bearer TOKEN` added to every request (unchanged when TOKEN is null). */
export function withBearer(fetchFn, token) {
  if (!token) return fetchFn;
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetchFn(input, { ...init, headers });
  };
}
