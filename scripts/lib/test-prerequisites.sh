# What the test suites need beyond .NET, Node and PostgreSQL (sourced by scripts/test.sh).
# Each suite's npm packages are installed from its lock file.
for dir in tests/*/ frontend/; do
  [ -f "$dir/package-lock.json" ] && ensure_npm_packages "${dir%/}"
done
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
if [ -d tests/browser ]; then
  command -v chromium >/dev/null || ensure_apt_packages chromium
fi
