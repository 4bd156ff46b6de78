# The two commands of the quick start, and a few for working on one area.
.PHONY: run test build eval-matching bench bench-graphql

run:            ## install what is missing, start PostgreSQL, migrate, seed, serve on http://127.0.0.1:5080
	@bash scripts/run.sh

test:           ## every suite against a throw-away PostgreSQL; last line: N passed, M failed, K skipped
	@bash scripts/test.sh

build:
	@dotnet build CareerPaths.sln -c Release -nologo -v quiet -clp:ErrorsOnly

bench-graphql:  ## our GraphQL engine vs graphql-js on the same schema, data and queries (docs/benchmarks.md)
	@bash scripts/bench-graphql.sh
