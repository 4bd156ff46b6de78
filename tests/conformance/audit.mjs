#!/usr/bin/env node
// Runs graphql-http's GraphQL-over-HTTP server audits against a running server and counts them.
//   node audit.mjs <url> [counts.json]
// The gate is every audit "ok": "warn", "notice" and "error" all count as failures, because a server that
// answers 200 to everything raises no "error" yet fails the SHOULD audits that make clients work.
// Every request has a time limit, and so has the whole audit. Requests are signed in as a seeded employee when
// the server offers /dev/token (lib/sign-in.mjs): the audits are about the protocol, not about sign-in.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { auditServer } from 'graphql-http';
import { devToken, withBearer } from './lib/sign-in.mjs';

const REQUEST_TIMEOUT_MS = 10_000;
const TOTAL_TIMEOUT_MS = 120_000;

const fetchWithTimeout = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

/** Runs every audit; resolves to { results, counts } and never rejects. */
export async function runAudits(url, log = console.log) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), TOTAL_TIMEOUT_MS);
  });
  let results;
  try {
    const fetchFn = withBearer(fetchWithTimeout, await devToken(url));
    results = await Promise.race([auditServer({ url, fetchFn }), timeout]);
  } catch (error) {
    log(`audit: could not run the audits against ${url}: ${error.message}`);
    return { results: [], counts: { passed: 0, failed: 1, skipped: 0 } };
  } finally {
    clearTimeout(timer);
  }
  if (!results) {
    log(`audit: no answer within ${TOTAL_TIMEOUT_MS / 1000}s from ${url}`);
    return { results: [], counts: { passed: 0, failed: 1, skipped: 0 } };
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) {
    if (result.status === 'ok') {
      counts.passed++;
      log(`  ok     ${result.id} ${result.name}`);
    } else {
      counts.failed++;
      log(`  ${result.status.padEnd(6)} ${result.id} ${result.name}\n         ${result.reason}`);
    }
  }
  log(`audit: ${counts.passed} of ${results.length} audits ok against ${url}`);
  return { results, counts };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, countsFile] = process.argv.slice(2);
  if (!url) {
    console.error('usage: node audit.mjs <url> [counts.json]');
    process.exit(2);
  }
  const { counts } = await runAudits(url);
  if (countsFile) writeFileSync(countsFile, `${JSON.stringify(counts)}\n`);
  process.exit(counts.failed > 0 ? 1 : 0);
}
