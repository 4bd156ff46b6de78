# The two commands of the quick start, and a few for working on one area.
.PHONY: run test build eval-matching bench-matching bench-graphql

run:            ## install what is missing, start PostgreSQL, migrate, seed, serve on http://127.0.0.1:5080
	@bash scripts/run.sh

test:           ## every suite against a throw-away PostgreSQL; last line: N passed, M failed, K skipped
	@bash scripts/test.sh

build:
	@dotnet build CareerPaths.sln -c Release -nologo -v quiet -clp:ErrorsOnly

bench-graphql:  ## our GraphQL engine vs graphql-js on the same schema, data and queries (docs/benchmarks.md)
	@bash scripts/bench-graphql.sh

ONET_DIR ?= ../shared/datasets/onet-29.3

eval-matching:  ## the matcher's role similarity on O*NET 29.3; stdout is one line: precision@10=… recall@10_primary=… baseline_precision@10=…
	@out=$$(dotnet build tests/CareerPaths.Matching.Evaluation -c Release -nologo -v quiet -clp:ErrorsOnly 2>&1) || { echo "$$out" >&2; exit 1; }
	@dotnet tests/CareerPaths.Matching.Evaluation/bin/Release/net10.0/CareerPaths.Matching.Evaluation.dll "$(ONET_DIR)"

bench-matching: ## the matcher's BenchmarkDotNet suite, each benchmark against its LINQ reference (docs/benchmarks.md)
	@dotnet run -c Release --project tests/CareerPaths.Matching.Benchmarks -- --filter '*'
