#!/usr/bin/env bash
# Runs schemathesis against a demo server's OpenAPI document, once per role (supervisor, unit
# liaison, leader, anonymous), with every check. Issue 12, item 5.
#
#   scripts/schemathesis.sh [--smoke] [--roles "supervisor unit"] [BINARY]
#
# BINARY defaults to .build/debug/duban. --smoke: 15 examples per operation (CI); otherwise 100.
# A demo server starts on a temporary database and a free port on 127.0.0.1; all traffic stays
# there. Exits non-zero when any role's run finds a failure or a server error, except those in
# scripts/schemathesis-baseline.json: schema-valid requests the server rightly refuses for what
# JSON Schema cannot say (file contents, the current password, data the request points at).
set -euo pipefail
cd "$(dirname "$0")/.."

examples=100
roles="supervisor unit leader anonymous"
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) examples=15 ;;
        --examples) examples="$2"; shift ;;
        --roles) roles="$2"; shift ;;
        -h|--help) sed -n 2,9p "$0"; exit 0 ;;
        *) binary="$1" ;;
    esac
    shift
done
binary="${binary:-.build/debug/duban}"
[ -x "$binary" ] || { echo "no executable at $binary (swift build --product duban)" >&2; exit 2; }

if ! command -v schemathesis >/dev/null 2>&1; then
    python3 -m pip install --quiet schemathesis || python3 -m pip install --quiet --break-system-packages schemathesis
fi

work="$(mktemp -d /tmp/duban-st.XXXXXX)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

# Robots may post only to the loopback (the hooks point every generated address there).
DUBAN_WEBHOOK_ALLOWED_HOSTS=127.0.0.1 DUBAN_BCRYPT_COST=4 \
    "$binary" serve --demo --host 127.0.0.1 --port "$port" --db "$work/demo.sqlite" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
    curl -sf "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 2; }
    sleep 1
done
curl -sf "$base/healthz" >/dev/null || { echo "server did not start" >&2; cat "$work/server.log" >&2; exit 2; }

python3 scripts/schemathesis_setup.py "$base" "$work/server.log" "$work" "$examples"

status=0
for role in $roles; do
    echo "=== schemathesis: $role ($examples examples per operation)"
    if ! ST_PROTECTED_TOKENS="$(cat "$work/$role.protect")" PYTHONPATH="$PWD/scripts${PYTHONPATH:+:$PYTHONPATH}" schemathesis --config-file "$work/$role.toml" run \
            "$base/api/v1/openapi.json" --checks all --max-examples "$examples" --workers 1 \
            --suppress-health-check all --generation-database none --no-color --generation-with-security-parameters false \
            --baseline scripts/schemathesis-baseline.json \
            --report junit --report-junit-path "$work/$role.junit.xml" 2>&1 | tee "$work/$role.log"; then
        status=1
    fi
done
grep -n "Internal Server Error\|\[ ERROR \]" "$work/server.log" | tail -20 || true
echo "reports and logs: $work"
exit $status
