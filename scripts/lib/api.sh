# Starting and stopping the built API for the suites of `make test` that talk to it (sourced, not run).
# api_start leaves API_PID and API_URL set; api_stop stops it (call it from an EXIT trap).

API_PID=""
API_URL=""

# Starts backend/CareerPaths.Api (Release build) on 127.0.0.1 and a free port, Development environment,
# against a freshly created database, and waits for /readyz. Its output goes to LOG.
api_start() { # DB_PORT DATABASE LOG
  local db_port=$1 database=$2 log=$3 port
  local dll="$root/backend/CareerPaths.Api/bin/Release/net10.0/CareerPaths.Api.dll"
  [ -f "$dll" ] || { say "the API is not built ($dll)"; return 1; }
  pg_as_owner "$PG_BIN/dropdb" -h 127.0.0.1 -p "$db_port" -U postgres --if-exists "$database" >/dev/null 2>&1
  pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$db_port" -U postgres "$database" || return 1
  port=$(free_port)
  # The content root is the project folder (as for `make run`), so its appsettings apply; the web root is the
  # freshly built frontend/dist.
  ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__CareerPaths="Host=127.0.0.1;Port=$db_port;Username=postgres;Database=$database" \
    CareerPaths__WebRoot="$root/frontend/dist" \
    dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$root/backend/CareerPaths.Api" >"$log" 2>&1 &
  API_PID=$!
  API_URL="http://127.0.0.1:$port"
  api_wait_ready "${API_READY_TIMEOUT:-120}" || { say "the API did not become ready (log: $log)"; tail -n 30 "$log" >&2; api_stop; return 1; }
}

# Polls /readyz once a second, giving up after TIMEOUT seconds or when the API process has exited.
api_wait_ready() { # TIMEOUT
  local deadline=$((SECONDS + $1))
  while [ "$SECONDS" -lt "$deadline" ]; do
    kill -0 "$API_PID" 2>/dev/null || return 1
    curl -fsS -o /dev/null --max-time 5 "$API_URL/readyz" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

# Stops the API started by api_start: SIGTERM (a graceful stop), then SIGKILL after 20 seconds.
api_stop() {
  [ -n "$API_PID" ] || return 0
  local pid=$API_PID
  API_PID=""
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}

# For `make test`: builds frontend/ (the API serves it), starts the API on the fresh database careerpaths_e2e,
# exports GRAPHQL_API_URL and GRAPHQL_API_SDL for the suites, and writes RESULTS/api.counts.json: one passed
# test when all of that worked, one failed otherwise.
api_start_for_suites() { # RESULTS DB_PORT
  local results=$1 db_port=$2 ok=1
  if [ -f "$root/frontend/package.json" ]; then
    say "building the web app"
    (cd "$root/frontend" && npm run build --silent) >"$results/frontend-build.log" 2>&1 ||
      { tail -n 30 "$results/frontend-build.log" >&2; say "the web app did not build"; ok=0; }
  fi
  say "starting the API"
  if api_start "$db_port" careerpaths_e2e "$results/api.log"; then
    export GRAPHQL_API_URL="$API_URL/graphql"
    export GRAPHQL_API_SDL="$root/backend/CareerPaths.Api/schema.graphql"
  else
    ok=0
  fi
  printf '{"passed":%d,"failed":%d,"skipped":0}\n' "$ok" $((1 - ok)) >"$results/api.counts.json"
}
