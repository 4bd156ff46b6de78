// The whole harness end to end, with stand-in engine runners made of graphql-js itself:
// the faithful one must agree on every case; the broken one must be caught on exactly the cases it broke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { runConformance } from '../run.mjs';
import { loadAll } from '../lib/corpus.mjs';
import { handle } from '../lib/reference.mjs';
import { breakResponse } from '../lib/breakage.mjs';

const runner = fileURLToPath(new URL('../lib/reference-runner.mjs', import.meta.url));
const quiet = () => {};
const options = (broken) => ({ only: null, filter: null, report: null, maxDetails: 0, runner: ['node', runner, ...(broken ? ['--broken'] : [])] });

test('graphql-js against itself agrees on every case', async () => {
  const { counts, failures } = await runConformance(options(false), quiet);
  assert.deepEqual(failures.map((f) => `${f.case.wireId}: ${f.reason}`), []);
  assert.ok(counts.passed > 1500, `only ${counts.passed} cases ran`);
});

test('the broken runner is caught on exactly the cases it broke', async () => {
  // Which cases does the breakage change? Those, and only those, must be reported.
  const expected = new Set();
  const kinds = new Set();
  for (const [corpus, cases] of Object.entries(loadAll())) {
    for (const c of cases) {
      if (c.meta.skip) continue;
      const request = { id: `${corpus}/${c.id}`, op: c.op, ...c.request };
      const response = await handle(request);
      const broken = breakResponse(request, response);
      if (broken === null || JSON.stringify(broken) !== JSON.stringify(response)) {
        expected.add(request.id);
        kinds.add(c.op);
      }
    }
  }
  assert.deepEqual([...kinds].sort(), ['execute', 'print', 'validate']);
  const { failures } = await runConformance(options(true), quiet);
  const flagged = new Set(failures.map((f) => f.case.wireId));
  assert.deepEqual([...expected].filter((id) => !flagged.has(id)), [], 'broken but not caught');
  assert.deepEqual([...flagged].filter((id) => !expected.has(id)), [], 'caught but not broken');
  // Every way of breaking an answer shows up in the reasons.
  const reasons = failures.map((f) => f.reason).join('\n');
  for (const pattern of [/no answer/, /crash/, /keys graphql-js/, /locations differ/, /graphql-js: invalid/, /prints differ/, /"data"/, /errors differ/])
    assert.match(reasons, pattern);
});

test('a missing engine runner build is one failure', async () => {
  delete process.env.CONFORMANCE_RUNNER;
  const { counts } = await runConformance({ ...options(false), runner: null, dll: '/nonexistent/Runner.dll' }, quiet);
  assert.deepEqual(counts, { passed: 0, failed: 1, skipped: 0 });
});

test('a runner that cannot start fails every case, without hanging', async () => {
  const { counts } = await runConformance({ ...options(false), only: ['execution'], runner: ['/nonexistent/runner'] }, quiet);
  assert.equal(counts.passed, 0);
  assert.ok(counts.failed >= 200);
});
