#!/usr/bin/env node
// A stand-in "engine runner" built on graphql-js itself: it speaks the protocol of README.md over
// stdin/stdout exactly as the C# runner must. graphql-js against itself must agree on every case,
// which proves the harness (streaming, matching, comparing) before our engine exists.
//   node lib/reference-runner.mjs            the faithful stand-in
//   node lib/reference-runner.mjs --broken   answers with deliberate mistakes (lib/breakage.mjs)
import { createInterface } from 'node:readline';
import { handle } from './reference.mjs';
import { breakResponse } from './breakage.mjs';

const broken = process.argv.includes('--broken');

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ id: null, crash: `bad request line: ${error.message}` })}\n`);
    continue;
  }
  let response = await handle(request);
  if (broken) response = breakResponse(request, response);
  if (response === null) continue; // a broken runner that never answers this case
  // One request, one line, in request order.
  if (!process.stdout.write(`${JSON.stringify(response)}\n`)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
