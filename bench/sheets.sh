#!/usr/bin/env bash
# Progress sheet import timings (issue 15), release build: the office downloads the all-units
# sheet of a 300-task plan, 300 of its rows are filled with openpyxl, and the upload (read, judge,
# preview) and the confirmation (300 reports in one write) are timed. Then a 10,000-row sheet is
# sent: it must be refused whole, and the server's memory is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q openpyxl || python3 -m pip install -q --break-system-packages openpyxl
swift build -c release --product duban
dir=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT

.build/release/duban bench-seed --db "$dir/sheets.sqlite" --governments 1 --tasks 300 --tokens "$dir/tokens.json" >/dev/null
.build/release/duban serve --db "$dir/sheets.sqlite" --port 8097 > "$dir/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf http://127.0.0.1:8097/healthz >/dev/null && break; sleep 1; done
field() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[0][sys.argv[2]])" "$dir/tokens.json" "$1"; }
token=$(field supervisorToken)
plan=$(field planID)
auth=(-H "Authorization: Bearer $token")
rss() { awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$server/status"; }

echo "== download: all units' sheet, $(curl -s "${auth[@]}" -o "$dir/all.xlsx" -w '%{time_total}' "http://127.0.0.1:8097/api/v1/plans/$plan/sheet") s"
python3 - "$dir" <<'PY'
import sys, openpyxl
directory = sys.argv[1]
book = openpyxl.load_workbook(f"{directory}/all.xlsx")
sheet = book["填报表"]
header = {cell.value: cell.column for cell in sheet[3]}
rows = list(range(4, sheet.max_row + 1))
print(f"   the sheet has {len(rows)} rows; filling 300")
for number in rows[:300]:
    sheet.cell(number, header["进展情况"]).value = f"第{number}行：按计划推进，本月完成阶段任务"
    sheet.cell(number, header["完成百分比"]).value = 60
    sheet.cell(number, header["存在问题"]).value = "无"
book.save(f"{directory}/filled.xlsx")
# 10,000 rows: the first row copied down, as a runaway or forged file would be.
first = [cell.value for cell in sheet[4]]
for offset in range(10_000):
    sheet.append(first)
book.save(f"{directory}/huge.xlsx")
PY
curl -s "${auth[@]}" -F "file=@$dir/filled.xlsx" -o "$dir/preview.json" -w "== upload and preview: %{time_total} s\n" "http://127.0.0.1:8097/api/v1/plans/$plan/sheets"
upload=$(python3 -c "import json,sys;d=json.load(open(sys.argv[1]));print(d['uploadID']);print('   rows to create:', sum(r['outcome']=='create' for r in d['rows']), 'problems:', len(d['problems']), file=sys.stderr)" "$dir/preview.json")
curl -s "${auth[@]}" -X POST -o "$dir/result.json" -w "== confirm (one write): %{time_total} s\n" "http://127.0.0.1:8097/api/v1/sheets/uploads/$upload/confirm"
python3 -c "import json,sys;d=json.load(open(sys.argv[1]));print('   reports created:', d['created'])" "$dir/result.json"
curl -s "${auth[@]}" -F "file=@$dir/filled.xlsx" -o /dev/null -w "== the same sheet again (all unchanged): %{time_total} s\n" "http://127.0.0.1:8097/api/v1/plans/$plan/sheets"
echo "   server memory before the 10,000-row sheet: $(rss)"
curl -s "${auth[@]}" -F "file=@$dir/huge.xlsx" -o "$dir/huge.json" -w "== 10,000-row sheet: HTTP %{http_code} in %{time_total} s\n" "http://127.0.0.1:8097/api/v1/plans/$plan/sheets"
python3 -c "import json,sys;print('  ', json.load(open(sys.argv[1])).get('reason'))" "$dir/huge.json"
echo "   server memory after: $(rss)"
