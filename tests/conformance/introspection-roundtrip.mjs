#!/usr/bin/env node
// Introspection round trip: the schema a server describes through introspection must be the schema of
// its SDL, as graphql-js sees both.
//   node introspection-roundtrip.mjs <url> <sdl-file> [counts.json]
// Three checks (three tests in the counts): the introspection query succeeds; the schema rebuilt from it
// (buildClientSchema) passes validateSchema; printSchema(lexicographicSortSchema(...)) of the rebuilt
// schema equals that of buildSchema(sdl).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  validateSchema,
} from 'graphql';
import { devToken } from './lib/sign-in.mjs';

const TIMEOUT_MS = 30_000;

// Every optional part of introspection the September 2025 spec has, so that nothing is lost on the way.
const QUERY = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

const canonical = (schema) => printSchema(lexicographicSortSchema(schema));

/** The first differing lines of two texts, for a readable failure. */
function lineDiff(expected, actual, max = 20) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(e.length, a.length) && out.length < max; i++) {
    if (e[i] !== a[i]) out.push(`  line ${i + 1}:\n    expected ${JSON.stringify(e[i] ?? '<end>')}\n    actual   ${JSON.stringify(a[i] ?? '<end>')}`);
  }
  return out.join('\n');
}

export async function roundTrip(url, sdl, log = console.log) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const check = (ok, what, detail) => {
    counts[ok ? 'passed' : 'failed']++;
    log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n${detail}` : ''}`);
    return ok;
  };

  let body;
  try {
    const token = await devToken(url);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: QUERY, operationName: 'IntrospectionQuery' }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    body = await response.json();
    if (!check(response.ok && body?.data && !body.errors, 'the introspection query answers data without errors', `    HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`))
      return { counts: { ...counts, failed: counts.failed + 2 } };
  } catch (error) {
    check(false, 'the introspection query answers data without errors', `    ${error.message}`);
    return { counts: { ...counts, failed: counts.failed + 2 } };
  }

  let client;
  try {
    client = buildClientSchema(body.data);
  } catch (error) {
    check(false, 'the introspected schema can be rebuilt (buildClientSchema)', `    ${error.message}`);
    return { counts: { ...counts, failed: counts.failed + 1 } };
  }
  const problems = validateSchema(client);
  check(problems.length === 0, 'validateSchema reports nothing for the introspected schema', problems.map((p) => `    ${p.message}`).join('\n'));

  const expected = canonical(buildSchema(sdl));
  const actual = canonical(client);
  check(expected === actual, 'the introspected schema prints exactly as the SDL (sorted)', lineDiff(expected, actual));
  return { counts };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, sdlFile, countsFile] = process.argv.slice(2);
  if (!url || !sdlFile) {
    console.error('usage: node introspection-roundtrip.mjs <url> <sdl-file> [counts.json]');
    process.exit(2);
  }
  const { counts } = await roundTrip(url, readFileSync(sdlFile, 'utf8'));
  console.log(`introspection round trip: ${counts.passed} passed, ${counts.failed} failed`);
  if (countsFile) writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  process.exit(counts.failed > 0 ? 1 : 0);
}
