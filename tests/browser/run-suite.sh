#!/usr/bin/env bash
# The browser suite of `make test`: scripts/test.sh runs tests/*/run-suite.sh "<results>/<suite>.counts.json"
# after starting the API and exporting GRAPHQL_API_URL. Playwright (npm playwright-core) drives Debian's
# Chromium (/usr/bin/chromium, or CHROMIUM_PATH) with an empty profile per run.
# Writes {passed, failed, skipped} to $1 from node --test's TAP summary; no summary (a crash) is one failure.
set -uo pipefail
counts=${1:?usage: run-suite.sh <counts.json>}
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$(dirname "$counts")" && pwd)
cd "$here"

fail() { echo '{"passed":0,"failed":1,"skipped":0}' >"$counts"; echo "browser: $*" >&2; exit 1; }
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error >&2 || fail "npm ci failed"
[ -n "${GRAPHQL_API_URL:-}" ] || fail "GRAPHQL_API_URL is not set (make test starts the API and sets it)"

timeout 10m node --test --test-reporter=tap --test-timeout=120000 test/ >"$out/browser.tap" 2>&1
node -e '
  const tap = require("fs").readFileSync(process.argv[1], "utf8");
  const n = (k) => Number((tap.match(new RegExp(`^# ${k} (\\d+)$`, "m")) ?? [0, NaN])[1]);
  const c = Number.isNaN(n("pass")) ? { passed: 0, failed: 1, skipped: 0 }
    : { passed: n("pass"), failed: n("fail") + (n("cancelled") || 0), skipped: (n("skipped") || 0) + (n("todo") || 0) };
  require("fs").writeFileSync(process.argv[2], JSON.stringify(c) + "\n");
  if (c.failed) console.error(tap);
  console.error(`browser: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  process.exit(c.failed > 0 ? 1 : 0);
' "$out/browser.tap" "$counts"
