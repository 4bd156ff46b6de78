#!/usr/bin/env bash
# `make test`: every suite against a throw-away PostgreSQL cluster, then one summary line
# `N passed, M failed, K skipped` summed over all suites. Exits non-zero on any failure.
# TEST_FILTER=<dotnet test filter> narrows the .NET suites while working on one area; with it, TEST_NODE=0 also
# leaves out the API-backed Node suites (conformance, browser). Never both in CI: `make test` alone runs everything.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/common.sh
source scripts/lib/postgres.sh
source scripts/lib/api.sh

results=$(mktemp -d /tmp/careerpaths-test.XXXXXX)
chmod 755 "$results"
cluster="$results/postgres"
# The summary must stay the last line printed, so cleanup prints nothing on success.
cleanup() { api_stop; pg_stop_cluster "$cluster"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_dotnet
ensure_node
pg_ensure_installed
source scripts/lib/test-prerequisites.sh

# fsync off: a throw-away cluster needs no durability, and tests create many databases.
db_port=$(free_port)
PG_FSYNC=off pg_start_cluster "$cluster" "$db_port"
export ConnectionStrings__CareerPaths="Host=127.0.0.1;Port=$db_port;Username=postgres;Database=careerpaths_tests"
export CAREERPATHS_TEST_RESULTS="$results"

# Each suite writes a report into $results; scripts/summarize-results.mjs adds them up.
# A suite that produces no report (it did not build, or crashed) counts as one failure.
expected="$results/expected-suites.txt"
: >"$expected"

# A failed build is a failed test of its own: the suites would otherwise run whatever an earlier build left in bin/.
say "building the solution"
echo "build build.counts.json" >>"$expected"
if dotnet build CareerPaths.sln -c Release -nologo -v quiet -clp:ErrorsOnly >"$results/build.log" 2>&1; then
  echo '{"passed":1,"failed":0,"skipped":0}' >"$results/build.counts.json"
else
  cat "$results/build.log" >&2
  say "the build failed"
  echo '{"passed":0,"failed":1,"skipped":0}' >"$results/build.counts.json"
fi

for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "$name $name.trx" >>"$expected"
  say "running $name"
  timeout 25m dotnet test "$project" -c Release --no-build -nologo \
    --results-directory "$results" --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" --blame-hang-timeout 10m \
    ${TEST_FILTER:+--filter "$TEST_FILTER"} || true
done

# The Node suites talk to the real API: build the web app it serves, start it on a fresh database, and tell
# the suites where it is (GRAPHQL_API_URL, GRAPHQL_API_SDL). Not starting is one failed test of its own.
if [ -n "${TEST_FILTER:-}" ] && [ "${TEST_NODE:-1}" = 0 ]; then
  say "TEST_NODE=0: the Node suites are left out"
  node scripts/summarize-results.mjs "$results"
  exit $?
fi

echo "api api.counts.json" >>"$expected"
api_start_for_suites "$results" "$db_port"

# Suites driven by Node (conformance against graphql-js, the web app, the browser tests) each have a
# `run-suite.sh` that writes "$results/<name>.counts.json".
for runner in tests/*/run-suite.sh frontend/run-suite.sh; do
  [ -f "$runner" ] || continue
  name=$(basename "$(dirname "$runner")")
  echo "$name $name.counts.json" >>"$expected"
  say "running $name"
  timeout 25m bash "$runner" "$results/$name.counts.json" || true
done

api_stop
say "test reports in $results"
node scripts/summarize-results.mjs "$results"
