#!/usr/bin/env bash
# The conformance suite of `make test`: scripts/test.sh runs tests/*/run-suite.sh "<results>/<suite>.counts.json".
#
#
# Writes {passed, failed, skipped} to $1, summed over:
#   1. the harness's own tests (node --test test/): comparer, corpus self-check, generator stability,
#      graphql-js-against-itself and broken-runner detection, audits against graphql-http's reference server;
#   2. the differential run against the engine runner (run.mjs): one test per case;
#   3. when GRAPHQL_API_URL is set (the API started by make test): the graphql-http audits against it (one
#      test per audit) and the introspection round trip against GRAPHQL_API_SDL (three tests).
# A part that produces no counts (it crashed) is one failure. Disagreements are written next to $1.
set -uo pipefail
counts=${1:?usage: run-suite.sh <counts.json>}
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$(dirname "$counts")" && pwd)
cd "$here"

[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >&2 || { echo '{"passed":0,"failed":1,"skipped":0}' >"$counts"; exit 1; }

parts=()

# 1. Self-tests, reported as TAP; their summary lines give the counts.
timeout 10m node --test --test-reporter=tap --test-timeout=300000 test/ >"$out/conformance-self-test.tap" 2>&1
node -e '
  const tap = require("fs").readFileSync(process.argv[1], "utf8");
  const n = (k) => Number((tap.match(new RegExp(`^# ${k} (\\d+)$`, "m")) ?? [0, NaN])[1]);
  const c = Number.isNaN(n("pass")) ? { passed: 0, failed: 1, skipped: 0 }
    : { passed: n("pass"), failed: n("fail") + (n("cancelled") || 0), skipped: (n("skipped") || 0) + (n("todo") || 0) };
  require("fs").writeFileSync(process.argv[2], JSON.stringify(c));
  if (c.failed) console.error(tap.split("\n").filter((l) => /^\s*not ok/.test(l)).join("\n"));
' "$out/conformance-self-test.tap" "$out/conformance-self-test.counts.json"
parts+=("$out/conformance-self-test.counts.json")

# 2. The differential run: every case through the engine runner and graphql-js.
timeout 20m node run.mjs "$out/conformance-differential.counts.json" --report "$out/conformance-disagreements.jsonl"
parts+=("$out/conformance-differential.counts.json")

# 3. The running API, when make test started one.
if [ -n "${GRAPHQL_API_URL:-}" ]; then
  timeout 5m node audit.mjs "$GRAPHQL_API_URL" "$out/conformance-audit.counts.json"
  parts+=("$out/conformance-audit.counts.json")
  if [ -n "${GRAPHQL_API_SDL:-}" ]; then
    timeout 2m node introspection-roundtrip.mjs "$GRAPHQL_API_URL" "$GRAPHQL_API_SDL" "$out/conformance-introspection.counts.json"
    parts+=("$out/conformance-introspection.counts.json")
  fi
fi

node -e '
  const fs = require("fs");
  const [target, ...parts] = process.argv.slice(1);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const part of parts) {
    let c = { passed: 0, failed: 1, skipped: 0 };
    try { c = JSON.parse(fs.readFileSync(part, "utf8")); } catch { console.error(`conformance: no counts from ${part}: 1 failure`); }
    for (const k of Object.keys(total)) total[k] += c[k] | 0;
  }
  fs.writeFileSync(target, JSON.stringify(total) + "\n");
  console.error(`conformance: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(total.failed > 0 ? 1 : 0);
' "$counts" "${parts[@]}"
