// Launching Debian's Chromium for the browser tests (Playwright cannot download a browser on our machines).
// Flags from ../shared/docs/environment.md; every launch gets an empty profile of its own, removed on close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts Chromium with a fresh profile; resolves to { context, close }. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'careerpaths-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: FLAGS,
      timeout: 60_000,
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The API's GraphQL endpoint, which `make test` exports after starting the API. */
export function graphqlUrl() {
  const url = process.env.GRAPHQL_API_URL;
  if (!url) throw new Error('GRAPHQL_API_URL is not set: start the API (make test does) and point this at its /graphql');
  return url;
}

/** Every request the pages of a context make, with the headers they sent. */
export function recordRequests(context) {
  const requests = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), headers: request.headers() }));
  return requests;
}

/** Whether a URL stays on this machine: the API on 127.0.0.1, or data:/blob: URLs the page made itself. */
export function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}
