#!/usr/bin/env bash
# Makes the upgrade fixtures (Tests/Fixtures/upgrade/): a database as an installation of this
# build leaves it, for UpgradeTests to migrate with a later build and check that nothing is lost.
#   scripts/make-upgrade-fixture.sh BINARY [OUT_DIR]
# SQLite: `serve --demo` on a new file, then reports with evidence through the API, then the
# audit head. PostgreSQL (when PG_URL is set): the same on PostgreSQL, then `pg_dump`.
# Run it with the build whose schema the fixture should stand for (the last release), not HEAD.
set -euo pipefail
BIN=$(realpath "$1")
OUT=$(realpath -m "${2:-$(dirname "$0")/../Tests/Fixtures/upgrade}")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-8097}
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

# serve --demo against one backend, add reports, stop.
populate() { # DB_ARGS...
    (cd "$ROOT" && DUBAN_SAMPLES="$ROOT/Samples" exec "$BIN" serve --demo --port "$PORT" "$@" > "$WORK/serve.log" 2>&1) &
    local server=$!
    for _ in $(seq 1 600); do
        curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null 2>&1 && break
        sleep 1
    done
    curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null
    python3 - "$PORT" <<'PY'
import base64, json, sys, urllib.request
port = sys.argv[1]
base = f"http://127.0.0.1:{port}"

def call(method, path, body=None, session=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if session:
        headers["Cookie"] = session["cookie"]
        headers["X-CSRF-Token"] = session["csrf"]
    request = urllib.request.Request(base + path, method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request) as response:
        text = response.read().decode()
        return response, (json.loads(text) if text else None)

def login(username, password):
    response, me = call("POST", "/api/v1/session", {"username": username, "password": password})
    cookie = response.headers["Set-Cookie"].split(";")[0]
    return {"cookie": cookie, "csrf": me["csrfToken"]}

office = login("zl-duchashi", "Duban-zl-2022")
_, plans = call("GET", "/api/v1/plans", session=office)
plan = next(p for p in plans if p["status"] == "published")
_, rows = call("GET", f"/api/v1/plans/{plan['id']}/tasks", session=office)
# The demo's liaisons' passwords are in its login list; the office resets two and reports as them.
reported = 0
for row in rows:
    if reported == 2:
        break
    unit = row["leadUnits"][0]["id"] if row["leadUnits"] else None
    _, accounts = call("GET", "/api/v1/accounts", session=office)
    account = next((a for a in accounts if a.get("unitID") == unit and a["role"] == "unit"), None)
    if account is None:
        continue
    _, reset = call("POST", f"/api/v1/accounts/{account['id']}/password-reset", session=office)
    liaison = login(account["username"], reset["oneTimePassword"])
    call("PUT", "/api/v1/me/password", {"old": reset["oneTimePassword"], "new": "Upgrade-fixture-2022", "repeat": "Upgrade-fixture-2022"}, session=liaison)
    liaison = login(account["username"], "Upgrade-fixture-2022")
    evidence = base64.b64encode(f"%PDF-1.4 升级测试材料 {row['id']}".encode()).decode()
    call("POST", f"/api/v1/tasks/{row['id']}/reports", {
        "period": 6, "narrative": f"升级测试：第{reported + 1}份进展（含附件）", "problems": "", "nextSteps": "继续推进",
        "evidence": [{"filename": "进展材料.pdf", "contentType": "application/pdf", "data": evidence}]}, session=liaison)
    reported += 1
print(f"reports with evidence: {reported}")
PY
    kill "$server"
    wait "$server" 2>/dev/null || true
}

populate --db "$WORK/duban.sqlite"
# One file, no write-ahead log beside it: what a backup of a stopped installation is.
python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.execute("PRAGMA journal_mode=DELETE"); c.close()' "$WORK/duban.sqlite"
gzip -9n < "$WORK/duban.sqlite" > "$OUT/duban.sqlite.gz"
"$BIN" audit head --db "$WORK/duban.sqlite" | tail -n 1 > "$OUT/sqlite.head"
echo "SQLite fixture: $(du -h "$OUT/duban.sqlite.gz" | cut -f1) compressed, head $(cat "$OUT/sqlite.head")"

if [ -n "${PG_URL:-}" ]; then
    PG_PLAIN=${PG_URL%%\?*}   # psql and pg_dump do not take the server's tlsmode parameter
    psql "$PG_PLAIN" -qc "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
    DATABASE_URL="$PG_URL" populate
    pg_dump --no-owner --no-privileges "$PG_PLAIN" | gzip -9n > "$OUT/duban.pg.sql.gz"
    DATABASE_URL="$PG_URL" "$BIN" audit head | tail -n 1 > "$OUT/postgres.head"
    echo "PostgreSQL fixture: $(du -h "$OUT/duban.pg.sql.gz" | cut -f1), head $(cat "$OUT/postgres.head")"
fi
