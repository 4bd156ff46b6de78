# Private PostgreSQL clusters for `make run` and `make test` (sourced, not run).
# A cluster lives in one folder: data/, its Unix socket, and server.log. It listens on 127.0.0.1 only.

# The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin.
pg_bin_dir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

pg_ensure_installed() {
  pg_bin_dir >/dev/null || ensure_apt_packages postgresql
  PG_BIN=$(pg_bin_dir) || die "PostgreSQL server binaries are still missing after apt-get install postgresql"
  export PG_BIN
}

# initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_is_running() { # DIR
  pg_as_owner "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

# Creates the cluster on first use, then starts it (or reuses it when it is already running).
pg_start_cluster() { # DIR PORT
  local dir=$1 port=$2
  if [ "$(id -u)" = 0 ]; then install -d -o postgres -m 700 "$dir"; else install -d -m 700 "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_as_owner "$PG_BIN/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir"; }
  fi
  if pg_is_running "$dir"; then
    say "PostgreSQL in $dir is already running; reusing it"
    return 0
  fi
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on}" start >/dev/null ||
    { tail -n 20 "$dir/server.log" >&2; die "PostgreSQL did not start (log: $dir/server.log)"; }
}

pg_stop_cluster() { # DIR
  local dir=$1
  [ -f "$dir/data/PG_VERSION" ] || return 0
  pg_is_running "$dir" || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
    say "warning: PostgreSQL in $dir did not stop cleanly (log: $dir/server.log)"
}

# Creates a database when it does not exist yet.
pg_ensure_database() { # PORT NAME
  local port=$1 name=$2
  local exists
  exists=$(pg_as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "select 1 from pg_database where datname = '$name'") || die "cannot reach PostgreSQL on port $port"
  [ "$exists" = 1 ] || pg_as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres "$name"
}
