#!/usr/bin/env node
// Differential conformance run: every case of every corpus through the engine runner (one process,
// streamed) and through graphql-js, compared case by case. Each case is one test.
//
//   node run.mjs [counts.json] [options] [-- runner command...]
//     counts.json        where to write {passed, failed, skipped} (the `make test` suite report)
//     --only c1,c2       corpora to run: validation, execution, print (default: all)
//     --filter TEXT      only cases whose id contains TEXT
//     --report FILE      write every disagreement as a JSON line (id, reason, request, both answers)
//     --max-details N    disagreements printed in full per corpus (default 25; the rest one line each)
//     -- command...      the engine runner; default $CONFORMANCE_RUNNER (split on spaces), else
//                        dotnet tests/CareerPaths.Conformance.Runner/bin/Release/net10.0/CareerPaths.Conformance.Runner.dll
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HARNESS_DIR, loadAll } from './lib/corpus.mjs';
import { handle } from './lib/reference.mjs';
import { checkCase } from './lib/corpus-check.mjs';
import { compareResponses } from './lib/compare.mjs';
import { runEngine } from './lib/engine.mjs';

const REPO_ROOT = resolve(HARNESS_DIR, '..', '..');
export const DEFAULT_RUNNER_DLL = 'tests/CareerPaths.Conformance.Runner/bin/Release/net10.0/CareerPaths.Conformance.Runner.dll';

function parseArgs(argv) {
  const options = { only: null, filter: null, report: null, maxDetails: 25, counts: null, runner: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      options.runner = argv.slice(i + 1);
      break;
    } else if (a === '--only') options.only = argv[++i].split(',');
    else if (a === '--filter') options.filter = argv[++i];
    else if (a === '--report') options.report = argv[++i];
    else if (a === '--max-details') options.maxDetails = Number(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else options.counts = a;
  }
  return options;
}

function runnerCommand(options) {
  if (options.runner?.length) return { command: options.runner };
  if (process.env.CONFORMANCE_RUNNER) return { command: process.env.CONFORMANCE_RUNNER.trim().split(/\s+/) };
  const dll = options.dll ?? join(REPO_ROOT, DEFAULT_RUNNER_DLL);
  if (!existsSync(dll)) return { missing: dll };
  return { command: ['dotnet', dll] };
}

const clip = (text, max = 1500) => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

function details(c, reason, reference, engine) {
  const lines = [`  ✗ ${c.id}  (${c.source})`, `    ${reason}`];
  const doc = c.request.query ?? c.request.source;
  lines.push(`    document:\n${clip(doc).replace(/^/gm, '      | ')}`);
  if (c.request.variables !== undefined) lines.push(`    variables: ${clip(JSON.stringify(c.request.variables), 400)}`);
  if (c.request.operationName !== undefined) lines.push(`    operationName: ${c.request.operationName}`);
  if (c.request.rootValue !== undefined) lines.push(`    rootValue: ${clip(JSON.stringify(c.request.rootValue), 400)}`);
  const strip = (r) => (r && typeof r === 'object' ? { ...r, id: undefined } : r);
  lines.push(`    graphql-js: ${clip(JSON.stringify(strip(reference)) ?? 'undefined')}`);
  lines.push(`    engine:     ${clip(JSON.stringify(strip(engine)) ?? 'no answer')}`);
  return lines.join('\n');
}

/** Runs the corpora against a runner command; returns the counts and prints the report. */
export async function runConformance(options, log = console.log) {
  const corpora = loadAll();
  const selected = Object.entries(corpora).filter(([name]) => !options.only || options.only.includes(name));
  const cases = selected.flatMap(([name, list]) =>
    list.map((c) => ({ ...c, corpus: name, wireId: `${name}/${c.id}` })),
  ).filter((c) => !options.filter || c.wireId.includes(options.filter));

  // Duplicate ids would make answers ambiguous: every copy fails.
  const seen = new Map();
  for (const c of cases) seen.set(c.wireId, (seen.get(c.wireId) ?? 0) + 1);

  const toRun = cases.filter((c) => !c.meta.skip && seen.get(c.wireId) === 1);
  const requests = toRun.map((c) => ({ id: c.wireId, op: c.op, ...c.request }));

  const runner = runnerCommand(options);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (runner.missing) {
    log(`conformance: the engine runner is missing (${runner.missing}); build it with dotnet build -c Release`);
    counts.failed = 1;
    return { counts, failures: [] };
  }

  const started = Date.now();
  const enginePromise = runEngine(runner.command, requests);
  const reference = new Map();
  for (const request of requests) reference.set(request.id, await handle(request));
  const engine = await enginePromise;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const p of engine.problems) log(`conformance: ${p}`);

  const failures = [];
  const perCorpus = new Map();
  for (const c of cases) {
    const stats = perCorpus.get(c.corpus) ?? { total: 0, passed: 0, failed: 0, skipped: 0, origins: new Map(), failures: [] };
    perCorpus.set(c.corpus, stats);
    stats.total++;
    stats.origins.set(c.origin, (stats.origins.get(c.origin) ?? 0) + 1);
    let reason;
    if (c.meta.skip) {
      stats.skipped++;
      counts.skipped++;
      continue;
    }
    if (seen.get(c.wireId) > 1) reason = `duplicate case id ${c.wireId}`;
    else {
      const ref = reference.get(c.wireId);
      const corpusProblem = checkCase(c, ref);
      reason = corpusProblem
        ? `corpus case contradicted by graphql-js: ${corpusProblem}`
        : compareResponses(c.op, ref, engine.answers.get(c.wireId));
    }
    if (reason) {
      const failure = { case: c, reason, reference: reference.get(c.wireId), engine: engine.answers.get(c.wireId) };
      failures.push(failure);
      stats.failures.push(failure);
      stats.failed++;
      counts.failed++;
    } else {
      stats.passed++;
      counts.passed++;
    }
  }

  for (const [name, stats] of perCorpus) {
    const origins = [...stats.origins].map(([o, n]) => `${o} ${n}`).join(', ');
    log(`${name}: ${stats.total} cases (${origins}): ${stats.passed} agree, ${stats.failed} disagree, ${stats.skipped} skipped`);
    stats.failures.forEach((f, i) => {
      log(i < options.maxDetails ? details(f.case, f.reason, f.reference, f.engine) : `  ✗ ${f.case.id}: ${f.reason}`);
    });
  }
  if (engine.stderr.trim() && failures.length > 0) log(`engine runner stderr (tail):\n${clip(engine.stderr.trim(), 4000)}`);
  log(`conformance: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds}s`);

  if (options.report) {
    writeFileSync(
      options.report,
      failures
        .map((f) => JSON.stringify({ id: f.case.wireId, source: f.case.source, reason: f.reason, request: f.case.request, graphqlJs: f.reference, engine: f.engine ?? null }))
        .join('\n') + (failures.length ? '\n' : ''),
    );
  }
  return { counts, failures };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = parseArgs(process.argv.slice(2));
  const { counts } = await runConformance(options);
  if (options.counts) writeFileSync(options.counts, `${JSON.stringify(counts)}\n`);
  process.exit(counts.failed > 0 ? 1 : 0);
}
