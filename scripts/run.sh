#!/usr/bin/env bash
# `make run`: installs what is missing, starts a private PostgreSQL under .data/ (unless
# ConnectionStrings__CareerPaths is set), builds the SPA and the API, and serves both on
# http://127.0.0.1:${CAREERPATHS_PORT:-5080}. The API migrates and seeds the database at start-up.
# Ctrl-C stops the API, then the database; the data stays in .data/ for the next run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/lib/common.sh
source scripts/lib/postgres.sh
source scripts/lib/run-lock.sh

port=${CAREERPATHS_PORT:-5080}
db_port=${CAREERPATHS_DB_PORT:-55432}
# CAREERPATHS_DATA_DIR moves the cluster and the lock elsewhere (tests use it; default: .data/ in the checkout).
data_dir=${CAREERPATHS_DATA_DIR:-"$root/.data"}
cluster="$data_dir/postgres"

acquire_run_lock "$data_dir"

ensure_dotnet
started_cluster=""
stop_everything() {
  [ -n "$started_cluster" ] && { say "stopping PostgreSQL"; pg_stop_cluster "$cluster"; }
  rm -f "$data_dir/run.pid"
}
trap stop_everything EXIT
trap 'exit 130' INT TERM   # replaced once the API runs

if [ -z "${ConnectionStrings__CareerPaths:-}" ]; then
  pg_ensure_installed
  pg_start_cluster "$cluster" "$db_port"
  started_cluster=yes
  pg_ensure_database "$db_port" careerpaths
  export ConnectionStrings__CareerPaths="Host=127.0.0.1;Port=$db_port;Username=postgres;Database=careerpaths"
  say "PostgreSQL: 127.0.0.1:$db_port, data in $cluster"
fi

if [ -f frontend/package.json ]; then
  ensure_node
  ensure_npm_packages frontend
  say "building the web app"
  (cd frontend && npm run build --silent) || die "the web app did not build"
fi

say "building the API"
dotnet build backend/CareerPaths.Api -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null ||
  { dotnet build backend/CareerPaths.Api -c Release -nologo -v quiet -clp:ErrorsOnly; die "the API did not build"; }

export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export CareerPaths__DataDirectory="$data_dir"
say "CareerPaths on http://127.0.0.1:$port (Ctrl-C stops it)"
# Not `exec`: this shell must outlive the API to stop PostgreSQL afterwards.
# The content root is the project folder, so its appsettings*.json apply (seed-data/ is found above it).
dotnet backend/CareerPaths.Api/bin/Release/net10.0/CareerPaths.Api.dll --urls "http://127.0.0.1:$port" \
  --contentRoot "$root/backend/CareerPaths.Api" &
api_pid=$!
# A background job of a script ignores SIGINT, so Ctrl-C is forwarded as SIGTERM (a graceful stop).
stopping=""
trap 'stopping=yes; kill -TERM "$api_pid" 2>/dev/null' INT TERM
status=0
wait "$api_pid" || status=$?
# The first wait returns as soon as a signal arrives; this one waits for the API to finish stopping.
wait "$api_pid" 2>/dev/null || true
[ -n "$stopping" ] && status=0
exit "$status"
