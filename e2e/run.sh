#!/usr/bin/env bash
# Browser tests: start a demo server on a fresh database, run the suite, stop the server.
#
#   e2e/run.sh [path/to/duban] [test module ...]     (default binary: .build/debug/duban)
#
# Needs python3 with selenium, openpyxl and axe-selenium-python (pip install selenium openpyxl
# axe-selenium-python: every page visited is checked with axe-core), LibreOffice Calc, chromium and chromedriver
# (Debian: apt-get install chromium chromium-driver fonts-noto-cjk).
# Environment: E2E_SCREENSHOTS (default e2e/screenshots), E2E_KEEP=1 keeps the temp dir,
# E2E_HEADFUL=1 shows the browser, E2E_CHROMIUM / E2E_CHROMEDRIVER override the browser paths.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
binary="${1:-.build/debug/duban}"
[ $# -gt 0 ] && shift
case "$binary" in /*) ;; *) binary="$repo/$binary" ;; esac
if [ ! -x "$binary" ]; then
  echo "e2e: no duban binary at $binary (build it with: swift build)" >&2
  exit 2
fi

tmp="$(mktemp -d -t duban-e2e.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
log="$tmp/server.log"
export E2E_BASE_URL="http://127.0.0.1:$port"
export E2E_SERVER_LOG="$log"
export E2E_SCREENSHOTS="${E2E_SCREENSHOTS:-$here/screenshots}"
mkdir -p "$E2E_SCREENSHOTS"

server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${E2E_KEEP:-0}" = 1 ]; then echo "e2e: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT INT TERM

# The demo finds Samples/ from the working directory; a fresh SQLite file, never DATABASE_URL.
(cd "$repo" && exec env -u DATABASE_URL "$binary" serve --demo --db "$tmp/e2e.sqlite" --port "$port" >"$log" 2>&1) &
server_pid=$!

echo "e2e: waiting for $E2E_BASE_URL/healthz"
deadline=$((SECONDS + ${E2E_START_TIMEOUT:-300}))
until python3 - "$E2E_BASE_URL/healthz" <<'PY' 2>/dev/null
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
    sys.exit(0 if r.status == 200 else 1)
PY
do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "e2e: the server exited:" >&2; cat "$log" >&2; exit 1
  fi
  if [ $SECONDS -ge $deadline ]; then
    echo "e2e: the server did not become healthy:" >&2; tail -50 "$log" >&2; exit 1
  fi
  sleep 0.5
done
echo "e2e: server up on port $port (log $log)"

status=0
python3 "$here/run_suite.py" "$@" || status=$?
echo "e2e: screenshots in $E2E_SCREENSHOTS"
if [ $status -ne 0 ]; then
  echo "e2e: FAILED (server log tail follows)" >&2
  tail -30 "$log" >&2
fi
exit $status
