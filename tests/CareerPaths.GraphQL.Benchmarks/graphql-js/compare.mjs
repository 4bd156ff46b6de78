// Prints the comparison table of `make bench-graphql`: our BenchmarkDotNet medians against graphql-js's.
// Usage: node compare.mjs <graphql-js.json> <BenchmarkDotNet *-report-full.json>
import { readFileSync } from 'node:fs';

const [jsFile, dotnetFile] = process.argv.slice(2);
const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const dotnet = JSON.parse(readFileSync(dotnetFile, 'utf8'));

const ours = new Map(
  dotnet.Benchmarks.map((b) => [
    b.Method.replace(/_$/, ''),
    { opsPerSecond: 1e9 / b.Statistics.Median, bytes: b.Memory?.BytesAllocatedPerOperation ?? null },
  ]),
);

const rows = [
  ['Nested query (100 roles × 10 requirements × skill), execute', 'NestedQuery', 'NestedQuery'],
  ['Full introspection query, execute', 'IntrospectionQuery', 'IntrospectionQuery'],
  ['Nested query, execute + JSON response', 'NestedQueryToJson', 'NestedQueryToJson'],
  ['Introspection, execute + JSON response', 'IntrospectionToJson', 'IntrospectionToJson'],
  ['Parse + validate introspection query, no cache', 'ParseAndValidateIntrospection', 'ParseAndValidateIntrospection'],
  ['Parse + validate introspection query, document cache hit', 'ParseAndValidateIntrospectionCached', null],
];

const format = (n) => Math.round(n).toLocaleString('en-US');
console.log(`${js.engine} on Node ${js.node} vs our engine (${dotnet.HostEnvironmentInfo?.RuntimeVersion ?? '.NET'})`);
console.log('| case | ours ops/s | graphql-js ops/s | ratio | ours allocated/op |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, ourName, jsName] of rows) {
  const o = ours.get(ourName);
  if (!o) continue;
  const j = jsName ? js.opsPerSecond[jsName] : null;
  const ratio = j ? `${(o.opsPerSecond / j).toFixed(1)}×` : '–';
  const bytes = o.bytes == null ? '–' : `${(o.bytes / 1024).toFixed(1)} KB`;
  console.log(`| ${label} | ${format(o.opsPerSecond)} | ${j ? format(j) : '–'} | ${ratio} | ${bytes} |`);
}
