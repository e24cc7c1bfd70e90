#!/usr/bin/env bash
# Mixed load (issue 16): 90% task lists and 10% report writes from the seeded units in turn, on
# the same data, as a real morning has them. Seeds GOVERNMENTS (default 50) × 200 tasks × 12
# months into a fresh SQLite file (or the PostgreSQL of DATABASE_URL), starts a release server
# and drives it with Debian's wrk:
#   1. one wrk, every 10th request a report: total throughput and latency;
#   2. reads and writes from two wrk processes at once (28 and 4 connections): the reads' own
#      latency under the writes, and the mix each achieved;
#   3. writes alone (8 connections), each a new report version in the database.
# Usage: bench/mixed.sh            GOVERNMENTS=200 bench/mixed.sh      BIN=path/to/duban bench/mixed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
# Another server on the port would answer with its own data and every figure would be wrong.
if curl -s -o /dev/null "http://127.0.0.1:8098/healthz"; then echo "port 8098 is in use: stop that server first" >&2; exit 2; fi
governments=${GOVERNMENTS:-50}
seconds=${SECONDS_PER_RUN:-20}
bin=${BIN:-.build/release/duban}
[ -n "${BIN:-}" ] || swift build -c release --product duban
dir=$(mktemp -d)
db_args=()
[ -z "${DATABASE_URL:-}" ] && db_args=(--db "$dir/bench.sqlite")
"$bin" bench-seed "${db_args[@]}" --governments "$governments" --tokens "$dir/tokens.json"
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
pairs = json.load(open(f"{d}/tokens.json"))
tokens = ",".join(f'"{p["token"]}"' for p in pairs)
tasks = ",".join(str(p["taskID"]) for p in pairs)
common = f"tokens = {{{tokens}}}\ntasks = {{{tasks}}}\ncounter = 0\n"
get = """
local function get(i)
  return wrk.format("GET", "/api/v1/my/tasks", {["Authorization"] = "Bearer " .. tokens[i]})
end
local function post(i)
  local headers = {["Authorization"] = "Bearer " .. tokens[i], ["Content-Type"] = "application/json"}
  return wrk.format("POST", "/api/v1/tasks/" .. tasks[i] .. "/reports", headers, '{"period":12,"narrative":"压测报告"}')
end
"""
# The unit for the next request: reads and writes each go round the units, not in step.
open(f"{d}/mixed.lua", "w").write(common + get + """
request = function()
  counter = counter + 1
  local i = (counter % #tokens) + 1
  if counter % 10 == 0 then return post(((counter / 10) % #tokens) + 1) end
  return get(i)
end
""")
open(f"{d}/reads.lua", "w").write(common + get + """
request = function()
  counter = counter + 1
  return get((counter % #tokens) + 1)
end
""")
open(f"{d}/writes.lua", "w").write(common + get + """
request = function()
  counter = counter + 1
  return post((counter % #tokens) + 1)
end
""")
PY
"$bin" serve "${db_args[@]}" --port 8098 > "$dir/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8098/healthz >/dev/null && break; sleep 1; done
# A running server has every board in memory; measure that, not the first minute after start.
wrk -t2 -c32 -d5s -s "$dir/reads.lua" http://127.0.0.1:8098 > /dev/null
echo "== $governments governments: 90% GET /api/v1/my/tasks, 10% POST reports, one wrk, 32 connections"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$dir/mixed.lua" http://127.0.0.1:8098
echo "== $governments governments: reads (28 connections) and writes (4 connections) at once"
wrk -t1 -c4 -d"${seconds}s" --latency -s "$dir/writes.lua" http://127.0.0.1:8098 > "$dir/writes.out" &
writer=$!
wrk -t1 -c28 -d"${seconds}s" --latency -s "$dir/reads.lua" http://127.0.0.1:8098 > "$dir/reads.out"
wait $writer
echo "-- reads"; cat "$dir/reads.out"
echo "-- writes"; cat "$dir/writes.out"
python3 - "$dir" <<'PY'
import re, sys
d = sys.argv[1]
def count(name):
    m = re.search(r"(\d+) requests in", open(f"{d}/{name}.out").read())
    return int(m.group(1)) if m else 0
r, w = count("reads"), count("writes")
print(f"== mix achieved: {r} reads, {w} writes ({100 * w / max(r + w, 1):.1f}% writes)")
PY
echo "== $governments governments: writes alone, 8 connections"
wrk -t2 -c8 -d"${seconds}s" --latency -s "$dir/writes.lua" http://127.0.0.1:8098
echo "== resident memory after load: $(ps -o rss= -p $server) KB"
