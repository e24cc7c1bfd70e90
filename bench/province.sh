#!/usr/bin/env bash
# A province (issue 16): the same questions at two sizes, to show that cost grows with the rows in
# view and not with the database. For each size in SIZES (default "50 200" governments) it seeds
# TASKS tasks (default 300) × MONTHS months (default 36) per government into a fresh SQLite file
# (or the PostgreSQL of DATABASE_URL, emptied first), starts a release server and measures with
# Debian's wrk (32 connections, SECONDS_PER_RUN each):
#   - a unit's task list (GET /api/v1/my/tasks), every unit in turn;
#   - a task's detail (GET /api/v1/tasks/{id});
#   - an office's whole-plan list (GET /api/v1/plans/{id}/tasks);
# and prints one table: reports in the database, p50/p99 and requests/s of each, resident memory.
# 200 × 300 × 36 is about 2 million reports and takes long to seed; smaller sizes show the shape:
#   SIZES="50 200" TASKS=200 MONTHS=12 bench/province.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
# Another server on the port would answer with its own data and every figure would be wrong.
if curl -s -o /dev/null "http://127.0.0.1:8097/healthz"; then echo "port 8097 is in use: stop that server first" >&2; exit 2; fi
sizes=${SIZES:-"50 200"}
tasks=${TASKS:-300}
months=${MONTHS:-36}
seconds=${SECONDS_PER_RUN:-10}
bin=${BIN:-.build/release/duban}
[ -x "$bin" ] || swift build -c release --product duban
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
printf '| governments | seeded (governments × tasks × months) | unit list p50 / p99 | req/s | task detail p50 / p99 | req/s | plan list p50 / p99 | req/s | RSS |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for size in $sizes; do
    dir="$out/$size"
    mkdir -p "$dir"
    db_args=(--db "$dir/bench.sqlite")
    if [ -n "${DATABASE_URL:-}" ]; then
        db_args=()
        psql "${DATABASE_URL%%\?*}" -qc "DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
    fi
    "$bin" bench-seed "${db_args[@]}" --governments "$size" --tasks "$tasks" --months "$months" --tokens "$dir/tokens.json" >"$dir/seed.log"
    python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
pairs = json.load(open(f"{d}/tokens.json"))
tokens = ",".join(f'"{p["token"]}"' for p in pairs)
offices = ",".join(f'"{p["supervisorToken"]}"' for p in pairs)
tasks = ",".join(str(p["taskID"]) for p in pairs)
plans = ",".join(str(p["planID"]) for p in pairs)
common = f"tokens = {{{tokens}}}\noffices = {{{offices}}}\ntasks = {{{tasks}}}\nplans = {{{plans}}}\ncounter = 0\n"
def script(name, body):
    open(f"{d}/{name}.lua", "w").write(common + "request = function()\n  counter = counter + 1\n  local i = (counter % #tokens) + 1\n" + body + "\nend\n")
script("list", '  return wrk.format("GET", "/api/v1/my/tasks", {["Authorization"] = "Bearer " .. tokens[i]})')
script("detail", '  return wrk.format("GET", "/api/v1/tasks/" .. tasks[i], {["Authorization"] = "Bearer " .. tokens[i]})')
script("plan", '  return wrk.format("GET", "/api/v1/plans/" .. plans[i] .. "/tasks", {["Authorization"] = "Bearer " .. offices[i]})')
PY
    "$bin" serve "${db_args[@]}" --port 8097 >"$dir/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do curl -sf http://127.0.0.1:8097/healthz >/dev/null && break; sleep 1; done
    row="| $size | $size × $tasks × $months |"
    for kind in list detail plan; do
        # A running server has every answer in memory once; measure that, not the first pass.
        wrk -t2 -c32 -d3s -s "$dir/$kind.lua" http://127.0.0.1:8097 >/dev/null
        wrk -t2 -c32 -d"${seconds}s" --latency -s "$dir/$kind.lua" http://127.0.0.1:8097 >"$dir/$kind.out"
        p50=$(awk '/^ +50%/ {print $2}' "$dir/$kind.out")
        p99=$(awk '/^ +99%/ {print $2}' "$dir/$kind.out")
        rps=$(awk '/^Requests\/sec/ {printf "%d", $2}' "$dir/$kind.out")
        errors=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$dir/$kind.out" | grep -o '[0-9]*$' || echo 0)
        [ "$errors" = 0 ] || rps="$rps ($errors errors)"
        row="$row $p50 / $p99 | $rps |"
    done
    rss=$(ps -o rss= -p "$server")
    echo "$row $((rss / 1024)) MB |"
    kill "$server"
    wait "$server" 2>/dev/null || true
done
