#!/usr/bin/env bash
# `make bench-graphql`: our GraphQL engine (BenchmarkDotNet) and graphql-js (Node) in one run, on the same
# schema, data and queries; prints ops/s of both, the ratio, our allocations per request, and parse + validate
# with and without the document cache. Run it on an otherwise idle machine: both sides share its cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/common.sh
ensure_dotnet
ensure_node
ensure_npm_packages tests/conformance

project=tests/CareerPaths.GraphQL.Benchmarks
out=$(mktemp -d /tmp/bench-graphql.XXXXXX)
say "building the benchmarks"
dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
dll="$project/bin/Release/net10.0/CareerPaths.GraphQL.Benchmarks.dll"
dotnet "$dll" --sdl "$out/schema.graphql"

say "graphql-js (warm-up, then the median of ${BENCH_RUNS:-7} runs per case)"
node "$project/graphql-js/bench.mjs" "$out/schema.graphql" "$root/tests/CareerPaths.GraphQL.Tests/Types/Fixtures/introspection-query.graphql" >"$out/graphql-js.json"

say "our engine (BenchmarkDotNet, MemoryDiagnoser)"
# BenchmarkDotNet builds its own host project next to ours, so it runs from the project folder.
(cd "$project" && dotnet "bin/Release/net10.0/CareerPaths.GraphQL.Benchmarks.dll" --filter '*EngineBenchmarks*' \
  --artifacts "$out/BenchmarkDotNet.Artifacts" >"$out/benchmarkdotnet.log") || { tail -30 "$out/benchmarkdotnet.log" >&2; die "BenchmarkDotNet failed"; }
node "$project/graphql-js/compare.mjs" "$out/graphql-js.json" "$out"/BenchmarkDotNet.Artifacts/results/*EngineBenchmarks-report-full.json
say "raw reports in $out"
