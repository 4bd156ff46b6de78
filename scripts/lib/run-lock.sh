# The single-instance lock of `make run` (sourced by scripts/run.sh, and by its tests).

# One `make run` per data folder: a second one would fight the first over the cluster and the port.
# flock is released by the kernel when its holder exits, however it exits, so a crash leaves no stale lock.
acquire_run_lock() { # DATA_DIR
  local dir=$1
  mkdir -p "$dir"
  exec 9>"$dir/run.lock"
  if ! flock -n 9; then
    die "CareerPaths is already running from $dir (pid $(cat "$dir/run.pid" 2>/dev/null || echo '?')). Stop it with Ctrl-C in its terminal first."
  fi
  echo $$ >"$dir/run.pid"
}
