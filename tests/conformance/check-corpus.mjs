#!/usr/bin/env node
// Checks the corpora against graphql-js alone (no engine needed) and prints their coverage:
// validation cases per rule (valid/invalid, hand-written/generated), execution cases per feature.
//   node check-corpus.mjs            exit 1 when a case is contradicted by graphql-js or an id repeats
//   node check-corpus.mjs --show X   also print graphql-js's answer for cases whose id contains X
import { loadAll } from './lib/corpus.mjs';
import { handle } from './lib/reference.mjs';
import { checkCase } from './lib/corpus-check.mjs';
import { RULES, RULE_NAMES } from './lib/rules.mjs';

const showIndex = process.argv.indexOf('--show');
const show = showIndex > 0 ? process.argv[showIndex + 1] : null;

const { validation, execution, print } = loadAll();
let problems = 0;

for (const [name, cases] of [['validation', validation], ['execution', execution]]) {
  const ids = new Set();
  for (const c of cases) {
    if (ids.has(c.id)) {
      problems++;
      console.log(`✗ ${name}/${c.id} (${c.source}): duplicate id`);
    }
    ids.add(c.id);
    const answer = await handle({ id: c.id, op: c.op, ...c.request });
    const problem = checkCase(c, answer);
    if (problem) {
      problems++;
      console.log(`✗ ${name}/${c.id} (${c.source}): ${problem}`);
    }
    if (show && c.id.includes(show)) console.log(`  ${c.id}: ${JSON.stringify(answer)}`);
  }
}

// Coverage of the validation corpus per rule.
const table = new Map(['*', ...RULE_NAMES].map((r) => [r, { hv: 0, hi: 0, gv: 0, gi: 0 }]));
for (const c of validation) {
  const row = table.get(c.meta.rule);
  if (!row) continue;
  const key = `${c.origin === 'generated' ? 'g' : 'h'}${c.meta.valid ? 'v' : 'i'}`;
  row[key]++;
}
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
console.log(`\nvalidation cases per rule         hand valid/invalid   generated valid/invalid   spec`);
const sum = { hv: 0, hi: 0, gv: 0, gi: 0 };
for (const [rule, row] of table) {
  for (const k of Object.keys(sum)) sum[k] += row[k];
  const spec = rule === '*' ? 'whole documents, every rule (generated)' : RULES[rule].join('; ');
  console.log(`  ${pad(rule, 36)} ${padL(row.hv, 4)} / ${pad(row.hi, 12)} ${padL(row.gv, 4)} / ${pad(row.gi, 16)} ${spec}`);
  if (row.hv + row.hi > 0 && (row.hv === 0 || row.hi === 0)) console.log(`    (no ${row.hv === 0 ? 'valid' : 'invalid'} hand-written case)`);
}
console.log(`  ${pad('total', 36)} ${padL(sum.hv, 4)} / ${pad(sum.hi, 12)} ${padL(sum.gv, 4)} / ${pad(sum.gi, 16)}`);
console.log(`  hand-written ${sum.hv + sum.hi}, generated ${sum.gv + sum.gi}, documents ${validation.length}`);

const features = new Map();
for (const c of execution) features.set(c.meta.feature, (features.get(c.meta.feature) ?? 0) + 1);
console.log(`\nexecution cases per feature (${execution.length})`);
for (const [f, n] of [...features].sort()) console.log(`  ${pad(f, 36)} ${padL(n, 4)}`);
console.log(`\nprint cases ${print.length} (parser corpus ${print.filter((c) => c.origin === 'parser corpus').length})`);

console.log(problems ? `\n${problems} problems` : '\nthe corpus agrees with graphql-js');
process.exit(problems ? 1 : 0);
