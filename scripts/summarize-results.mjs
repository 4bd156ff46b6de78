// Adds up the reports of every suite `make test` ran and prints one line: `N passed, M failed, K skipped`.
// Reports: xunit's TRX files (<Counters .../>) and `<suite>.counts.json` ({ passed, failed, skipped }).
// A suite listed in expected-suites.txt without a report did not build or crashed: one failure.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const expected = readFileSync(join(dir, 'expected-suites.txt'), 'utf8')
  .split('\n').filter(Boolean).map((line) => line.split(' '));

function readTrx(path) {
  const xml = readFileSync(path, 'utf8');
  const counters = xml.match(/<Counters\b[^>]*>/);
  if (!counters) return null;
  const attr = (name) => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
  return {
    passed: attr('passed'),
    failed: attr('failed') + attr('error') + attr('timeout') + attr('aborted'),
    skipped: attr('notExecuted') + attr('inconclusive'),
  };
}

function readCounts(path) {
  const counts = JSON.parse(readFileSync(path, 'utf8'));
  return { passed: counts.passed | 0, failed: counts.failed | 0, skipped: counts.skipped | 0 };
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [suite, report] of expected) {
  const path = join(dir, report);
  let counts = null;
  try {
    counts = existsSync(path) ? (report.endsWith('.trx') ? readTrx(path) : readCounts(path)) : null;
  } catch (error) {
    console.error(`${suite}: unreadable report ${path}: ${error.message}`);
  }
  if (!counts) {
    console.log(`${suite}: no report (it did not build or it crashed) — counted as 1 failed`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  } else {
    console.log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || expected.length === 0 ? 1 : 0);
