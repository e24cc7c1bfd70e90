#!/usr/bin/env bash
# The burden meter through the store (issue 17), at two sizes: a city office reading every
# district's figures side by side (GET /api/v1/governments/{city}/child-burdens, one request
# per read, nothing cached) and one district reading its own (GET /api/v1/governments/{id}/burden).
# For each size in SIZES (default "50 200") it seeds that many governments, the first the parent
# of all the others, with TASKS tasks (default 300) and MONTHS months of reports (default 3) each,
# into a fresh SQLite file, starts a release server and times RUNS (default 5) reads of each,
# printing the median and the slowest, and the server's resident memory after them.
#   SIZES="50 200" bench/burden.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if curl -s -o /dev/null "http://127.0.0.1:8098/healthz"; then echo "port 8098 is in use: stop that server first" >&2; exit 2; fi
sizes=${SIZES:-"50 200"}
tasks=${TASKS:-300}
months=${MONTHS:-3}
runs=${RUNS:-5}
bin=${BIN:-.build/release/duban}
[ -x "$bin" ] || swift build -c release --product duban
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT
printf '| governments | seeded (governments × tasks × months) | city: every child, median / slowest | one district, median / slowest | RSS |\n'
printf '|---|---|---|---|---|\n'
for size in $sizes; do
    dir="$out/$size"
    mkdir -p "$dir"
    "$bin" bench-seed --db "$dir/bench.sqlite" --governments "$size" --tasks "$tasks" --months "$months" --one-parent \
        --tokens "$dir/tokens.json" >"$dir/seed.log"
    "$bin" serve --db "$dir/bench.sqlite" --port 8098 >"$dir/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do curl -sf http://127.0.0.1:8098/healthz >/dev/null && break; sleep 1; done
    row=$(python3 - "$dir/tokens.json" "$runs" <<'PY'
import json, statistics, sys, time, urllib.request
pairs, runs = json.load(open(sys.argv[1])), int(sys.argv[2])
base = "http://127.0.0.1:8098"
def get(path, token):
    request = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + token})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        body = response.read()
    return time.perf_counter() - started, json.loads(body)
def government(token):
    return get("/api/v1/plans", token)[1][0]["governmentID"]
city, district = pairs[0]["supervisorToken"], pairs[-1]["supervisorToken"]
city_id, district_id = government(city), government(district)
def timed(path, token, check):
    seconds = []
    for _ in range(runs):
        took, body = get(path, token)
        check(body)
        seconds.append(took * 1000)
    return f"{statistics.median(seconds):.0f} / {max(seconds):.0f} ms"
def every_child(body):
    assert len(body["children"]) == len(pairs) - 1, f"{len(body['children'])} children read of {len(pairs) - 1}"
def own(body):
    assert body["units"], "the district's meter counts no unit"
print(timed(f"/api/v1/governments/{city_id}/child-burdens", city, every_child) + " | "
      + timed(f"/api/v1/governments/{district_id}/burden", district, own))
PY
)
    rss=$(ps -o rss= -p "$server")
    echo "| $size | $size × $tasks × $months | $row | $((rss / 1024)) MB |"
    kill "$server"
    wait "$server" 2>/dev/null || true
done
