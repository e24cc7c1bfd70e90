#!/usr/bin/env bash
# Server load test (issue 4): seeds 50 governments × 200 tasks × 12 months into a fresh SQLite file
# (or the PostgreSQL of DATABASE_URL), starts a release server, and drives it with wrk from
# Debian's packages: a unit's task list, then report submissions. Prints wrk's figures and RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
swift build -c release --product duban
dir=$(mktemp -d)
db_args=()
[ -z "${DATABASE_URL:-}" ] && db_args=(--db "$dir/bench.sqlite")
.build/release/duban bench-seed "${db_args[@]}" --tokens "$dir/tokens.json"
# Each request comes from the next of the 50 units' liaisons, as a real morning's load would.
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
pairs = json.load(open(f"{d}/tokens.json"))
tokens = ",".join(f'"{p["token"]}"' for p in pairs)
tasks = ",".join(str(p["taskID"]) for p in pairs)
common = f"tokens = {{{tokens}}}\ntasks = {{{tasks}}}\ncounter = 0\n"
open(f"{d}/get.lua", "w").write(common + """
request = function()
  counter = counter + 1
  local i = (counter % #tokens) + 1
  return wrk.format("GET", "/api/v1/my/tasks", {["Authorization"] = "Bearer " .. tokens[i]})
end
""")
open(f"{d}/post.lua", "w").write(common + """
request = function()
  counter = counter + 1
  local i = (counter % #tokens) + 1
  local headers = {["Authorization"] = "Bearer " .. tokens[i], ["Content-Type"] = "application/json"}
  return wrk.format("POST", "/api/v1/tasks/" .. tasks[i] .. "/reports", headers, '{"period":12,"narrative":"压测报告"}')
end
""")
PY
.build/release/duban serve "${db_args[@]}" --port 8097 > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8097/healthz >/dev/null && break; sleep 1; done
# A running server has every board in memory; measure that, not the first minute after start.
wrk -t2 -c32 -d5s -s "$dir/get.lua" http://127.0.0.1:8097 > /dev/null
echo "== GET /api/v1/my/tasks (50 units in turn), 32 connections"
wrk -t2 -c32 -d20s --latency -s "$dir/get.lua" http://127.0.0.1:8097
echo "== resident memory after reads: $(ps -o rss= -p $server) KB"
echo "== POST /api/v1/tasks/:id/reports (50 units in turn), 32 connections"
wrk -t2 -c32 -d20s --latency -s "$dir/post.lua" http://127.0.0.1:8097
echo "== resident memory after load: $(ps -o rss= -p $server) KB"
