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
token=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[0]['token'])" "$dir/tokens.json")
task=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[0]['taskID'])" "$dir/tokens.json")
.build/release/duban serve "${db_args[@]}" --port 8097 > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8097/healthz >/dev/null && break; sleep 1; done
echo "== GET /api/v1/my/tasks, 32 connections"
wrk -t2 -c32 -d20s --latency -H "Authorization: Bearer $token" http://127.0.0.1:8097/api/v1/my/tasks
cat > "$dir/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"period":12,"narrative":"压测报告"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
echo "== POST /api/v1/tasks/$task/reports, 32 connections"
wrk -t2 -c32 -d20s --latency -s "$dir/post.lua" "http://127.0.0.1:8097/api/v1/tasks/$task/reports"
echo "== resident memory after load: $(ps -o rss= -p $server) KB"
