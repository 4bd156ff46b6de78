// graphql-js on the benchmark catalogue: the same schema (SDL printed by our engine, default property
// resolvers), the same data (same formulas as CatalogueModel.cs) and the same queries, warmed up.
// Usage: node bench.mjs <schema.graphql> <introspection.graphql>   → one JSON object on stdout (ops/s, medians).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// graphql-js 17.1.0 from the conformance harness (npm ci in tests/conformance).
const require = createRequire(join(here, '..', '..', 'conformance', 'package.json'));
const { buildSchema, execute, parse, validate, version } = require('graphql');

const [sdlFile, introspectionFile] = process.argv.slice(2);
const schema = buildSchema(readFileSync(sdlFile, 'utf8'));
const introspectionQuery = readFileSync(introspectionFile, 'utf8');
const nestedQuery = '{ roles { id title description requirements { level skill { id name category } } } }';

const skills = Array.from({ length: 50 }, (_, i) => ({ id: `skill-${i}`, name: `Skill ${i}`, category: `Category ${i % 5}` }));
const roles = Array.from({ length: 100 }, (_, r) => ({
  id: `role-${r}`,
  title: `Role ${r}`,
  description: r % 3 === 0 ? null : `Description of role ${r}`,
  requirements: Array.from({ length: 10 }, (_, q) => ({ level: 1 + ((r + q) % 5), skill: skills[(r * 7 + q) % 50] })),
}));
const rootValue = { roles: () => roles };

function check(document) {
  const errors = validate(schema, document);
  if (errors.length) throw new Error(errors[0].message);
  const result = execute({ schema, document, rootValue });
  if (result.errors || typeof result.then === 'function') throw new Error('unexpected result');
  return document;
}

const nested = check(parse(nestedQuery));
const introspection = check(parse(introspectionQuery));

// ops/s of fn over ~`ms` milliseconds.
function measure(fn, ms) {
  let ops = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 10; i++) fn();
    ops += 10;
    now = process.hrtime.bigint();
  }
  return ops / (Number(now - start) / 1e9);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const cases = {
  NestedQuery: () => execute({ schema, document: nested, rootValue }),
  IntrospectionQuery: () => execute({ schema, document: introspection, rootValue }),
  NestedQueryToJson: () => JSON.stringify(execute({ schema, document: nested, rootValue })),
  IntrospectionToJson: () => JSON.stringify(execute({ schema, document: introspection, rootValue })),
  ParseAndValidateIntrospection: () => validate(schema, parse(introspectionQuery)),
};

const runs = Number(process.env.BENCH_RUNS ?? 7);
const report = { engine: `graphql-js ${version}`, node: process.version, runs, opsPerSecond: {}, allRuns: {} };
for (const [name, fn] of Object.entries(cases)) {
  measure(fn, 1500); // warm-up: let V8 optimise
  const samples = Array.from({ length: runs }, () => measure(fn, 700));
  report.opsPerSecond[name] = Math.round(median(samples));
  report.allRuns[name] = samples.map(Math.round);
}
console.log(JSON.stringify(report));
