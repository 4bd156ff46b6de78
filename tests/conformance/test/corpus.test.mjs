// The corpora: graphql-js agrees with every tag, the generated part is reproducible, and the sizes and
// rule coverage promised in README.md hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll, CASES_DIR } from '../lib/corpus.mjs';
import { handle } from '../lib/reference.mjs';
import { checkCase } from '../lib/corpus-check.mjs';
import { RULE_NAMES } from '../lib/rules.mjs';
import { generate } from '../generate.mjs';

const corpora = loadAll();

test('every validation and execution case agrees with graphql-js', async () => {
  const problems = [];
  for (const c of [...corpora.validation, ...corpora.execution]) {
    const problem = checkCase(c, await handle({ id: c.id, op: c.op, ...c.request }));
    if (problem) problems.push(`${c.source} ${c.id}: ${problem}`);
  }
  assert.deepEqual(problems, []);
});

test('case ids are unique within each corpus', () => {
  for (const [name, cases] of Object.entries(corpora)) {
    const seen = new Set();
    const repeated = cases.filter((c) => seen.size === seen.add(c.id).size).map((c) => c.id);
    assert.deepEqual(repeated, [], `${name} repeats ids`);
  }
});

test('the generated cases are exactly what the generator produces', () => {
  const { files, notes } = generate();
  assert.deepEqual(notes, []);
  for (const [name, text] of Object.entries(files))
    assert.equal(readFileSync(join(CASES_DIR, 'validation', 'generated', name), 'utf8'), text, `${name} is stale: run node generate.mjs`);
});

test('corpus sizes: validation >= 500 documents (>= 350 hand-written), execution >= 200', () => {
  const hand = corpora.validation.filter((c) => c.origin === 'hand-written');
  assert.ok(corpora.validation.length >= 500, `${corpora.validation.length} validation documents`);
  assert.ok(hand.length >= 350, `${hand.length} hand-written validation cases`);
  assert.ok(corpora.execution.length >= 200, `${corpora.execution.length} execution cases`);
});

test('every spec rule has hand-written valid and invalid cases', () => {
  const missing = [];
  for (const rule of RULE_NAMES) {
    for (const valid of [true, false]) {
      const n = corpora.validation.filter((c) => c.origin === 'hand-written' && c.meta.rule === rule && c.meta.valid === valid).length;
      if (n === 0) missing.push(`${rule} ${valid ? 'valid' : 'invalid'}`);
    }
  }
  assert.deepEqual(missing, []);
});
