// audit.mjs and introspection-roundtrip.mjs against servers we start here on 127.0.0.1:
// graphql-http's reference handler must pass everything; a server that answers 200 to everything and a
// server with another schema must fail.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES_DIR } from '../lib/corpus.mjs';
import { startReferenceServer, startAlways200Server } from '../lib/reference-server.mjs';
import { runAudits } from '../audit.mjs';
import { roundTrip } from '../introspection-roundtrip.mjs';

const quiet = () => {};
const sdl = readFileSync(join(CASES_DIR, 'validation', 'schema.graphql'), 'utf8');
let reference;
let always200;

before(async () => {
  reference = await startReferenceServer(sdl);
  always200 = await startAlways200Server();
});
after(async () => {
  await reference.close();
  await always200.close();
});

test('the graphql-http reference handler passes every audit (61 of 61 in graphql-http 1.23.1)', async () => {
  const { results, counts } = await runAudits(reference.url, quiet);
  assert.deepEqual(results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}`), []);
  assert.deepEqual(counts, { passed: 61, failed: 0, skipped: 0 });
});

test('a server that answers 200 to everything has no audit "error" but fails audits', async () => {
  const { results, counts } = await runAudits(always200.url, quiet);
  assert.equal(results.filter((r) => r.status === 'error').length, 0, 'the point: no "error" status at all');
  assert.ok(counts.failed > 0);
});

test('the introspection round trip passes against the reference server', async () => {
  const { counts } = await roundTrip(reference.url, sdl, quiet);
  assert.deepEqual(counts, { passed: 3, failed: 0, skipped: 0 });
});

test('the introspection round trip fails for another schema and for a broken server', async () => {
  const other = readFileSync(join(CASES_DIR, 'execution', 'schemas', 'zoo.graphql'), 'utf8');
  assert.deepEqual((await roundTrip(reference.url, other, quiet)).counts, { passed: 2, failed: 1, skipped: 0 });
  assert.deepEqual((await roundTrip(always200.url, sdl, quiet)).counts, { passed: 0, failed: 3, skipped: 0 });
});
