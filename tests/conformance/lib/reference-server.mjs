#!/usr/bin/env node
// A GraphQL-over-HTTP server built from graphql-http's own reference handler, to prove audit.mjs and
// introspection-roundtrip.mjs against a server known to be right (and a deliberately wrong one).
// It binds 127.0.0.1 on a free port only.
//   node lib/reference-server.mjs [sdl-file]   serves until killed and prints its URL
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { pathToFileURL } from 'node:url';

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/graphql`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** graphql-http's handler on /graphql over the schema of `sdl` (default resolvers, empty root). */
export function startReferenceServer(sdl) {
  const handler = createHandler({ schema: buildSchema(sdl) });
  return listen((req, res) => {
    if (new URL(req.url, 'http://127.0.0.1').pathname !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    handler(req, res);
  });
}

/** A server that answers every request with 200 and an empty JSON object: it has no "errors" and fails audits. */
export function startAlways200Server() {
  return listen((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sdlFile = process.argv[2] ?? new URL('../cases/validation/schema.graphql', import.meta.url);
  const { url } = await startReferenceServer(readFileSync(sdlFile, 'utf8'));
  console.log(url);
}
