#!/usr/bin/env bash
# Page and product timings (issues 5 and 6), release build, one request at a time so the
# latency is the work of one request: the plan page and the office's home page for a 150-task
# plan; drafting the monthly bulletin, its Word file and the assessment for a 300-task plan;
# each with 12 months of reports. Prints wrk's latency distribution for each.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
swift build -c release --product duban
dir=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null || true' EXIT

field() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[0][sys.argv[2]])" "$1" "$2"; }

measure() {  # name, tasks, then lines of "label method path [body]"
  local name=$1 tasks=$2; shift 2
  .build/release/duban bench-seed --db "$dir/$name.sqlite" --governments 1 --tasks "$tasks" --tokens "$dir/$name.json" >/dev/null
  .build/release/duban serve --db "$dir/$name.sqlite" --port 8098 > "$dir/$name.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8098/healthz >/dev/null && break; sleep 1; done
  local office plan
  office=$(field "$dir/$name.json" supervisorToken)
  plan=$(field "$dir/$name.json" planID)
  for spec in "$@"; do
    read -r label method path body <<< "${spec//\{plan\}/$plan}"
    cat > "$dir/req.lua" <<LUA
wrk.method = "$method"
wrk.headers["Authorization"] = "Bearer $office"
wrk.headers["Content-Type"] = "application/json"
${body:+wrk.body = '$body'}
LUA
    echo "== $label ($tasks tasks, 12 months of reports): first request $(curl -s -o /dev/null -w '%{time_total}' -X "$method" \
      -H "Authorization: Bearer $office" -H 'Content-Type: application/json' ${body:+-d "$body"} "http://127.0.0.1:8098$path") s"
    wrk -t1 -c1 -d8s --latency -s "$dir/req.lua" "http://127.0.0.1:8098$path" | grep -E "50%|90%|99%|Requests/sec"
  done
  kill $server; wait $server 2>/dev/null || true; server=""
}

measure pages 150 "plan-page GET /plans/{plan}" "office-home GET /" "task-list-api GET /api/v1/plans/{plan}/tasks"
measure products 300 "bulletin-draft POST /api/v1/plans/{plan}/bulletins {\"month\":12}" \
  "bulletin-docx GET /api/v1/bulletins/1/docx" "assessment GET /api/v1/plans/{plan}/assessment" \
  "inspection GET /api/v1/plans/{plan}/inspection"
