// Tokens for the tests' own requests to the API, from its Development-only /dev/token (docs/security.md).

/** A bearer token for a persona ("employee", "hr", …) from the API behind GRAPHQL_API_URL. */
export async function devToken(graphqlUrl, persona = 'employee') {
  const response = await fetch(new URL('/dev/token', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status}: is the API running in Development?`);
  return (await response.json()).accessToken;
}

/** The claims of a JWT (no validation: only to see whom a request was signed in as). */
export function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
