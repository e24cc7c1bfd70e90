#!/usr/bin/env bash
# Login-flood load test (issue 12, M3): 32 liaisons read their tasks and report while 200
# connections guess passwords at /login, first from one address, then from a new address each
# time. Prints the liaisons' p50/p99 per phase, the p99 ratio to no attack (goal: within 2x),
# and checks that only targeted accounts were locked. Only 127.0.0.1; about two minutes.
#
#   bench/login-flood.sh            # release build (swift build -c release --product duban)
#   BUILD=debug bench/login-flood.sh
#   PHASE_SECONDS=30 bench/login-flood.sh
#
# Client: Python 3 standard library only (asyncio), see bench/login_flood.py.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-release}
binary=${DUBAN_BINARY:-.build/$build/duban}
[ -n "${DUBAN_BINARY:-}" ] || swift build -c "$build" --product duban
dir=$(mktemp -d)
# A copy, so a rebuild in this tree during the run does not change the server under test.
cp "$binary" "$dir/duban"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The clients stand behind a proxy on loopback: X-Forwarded-For says which address each one is.
DUBAN_TRUSTED_PROXY=loopback DUBAN_SAMPLES="$PWD/Samples" \
  "$dir/duban" serve --demo --db "$dir/flood.sqlite" --host 127.0.0.1 --port "$port" > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat "$dir/serve.log"; exit 1; }
  sleep 1
done
echo "== duban ($build) on 127.0.0.1:$port, database $dir/flood.sqlite, $(nproc) cores"
python3 bench/login_flood.py "$port" "$dir/flood.sqlite" "${PHASE_SECONDS:-30}"
echo "== server resident memory: $(ps -o rss= -p $server) KB"
