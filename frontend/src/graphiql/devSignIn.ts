// Development sign-in for GraphiQL: the API's /dev/token lists seeded personas and mints tokens for them
// (docs/security.md, "Personas"). It exists only in Development; elsewhere GraphiQL sends whatever the
// headers editor holds.

/** A persona as GET /dev/token lists it. */
export interface Persona {
  key: string;
  description: string;
  employeeNumber: string | null;
  name: string;
  roles: string[];
}

/** A minted token and when to mint the next one. */
export interface DevToken {
  persona: string;
  accessToken: string;
  renewAt: number;
}

const endpoint = '/dev/token';

/** The personas, or null when this server has no /dev/token (not Development, or sign-in goes to Entra ID). */
export async function loadPersonas(): Promise<Persona[] | null> {
  try {
    const response = await fetch(endpoint, { credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    return ((await response.json()) as { personas: Persona[] }).personas;
  } catch {
    return null;
  }
}

/** Mints a token for a persona; renewed a minute before it expires. */
export async function mintToken(persona: string): Promise<DevToken> {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!response.ok) throw new Error(`${endpoint} answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string; expiresIn: number };
  return { persona, accessToken: body.accessToken, renewAt: Date.now() + (body.expiresIn - 60) * 1000 };
}
