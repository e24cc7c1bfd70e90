"""Prepares a demo server for schemathesis (used by scripts/schemathesis.sh).

Logs in as each role, makes an API token, finds or creates ids each role can act on (a
published plan, a draft with rows and sections, the unit's task, a report, an urging, a
bulletin, evidence, notifications), and writes one schemathesis.toml per role that fixes
every path id to a real one. Only 127.0.0.1 is contacted.
Usage: schemathesis_setup.py BASE_URL ACCOUNTS_FILE OUT_DIR MAX_EXAMPLES
"""
import base64
import json
import sys
import urllib.error
import urllib.request

BASE, ACCOUNTS, OUT, EXAMPLES = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
assert BASE.startswith("http://127.0.0.1:"), BASE


def call(method, path, body=None, token=None, cookie=None, csrf=None, expect=(200, 201)):
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    if cookie:
        headers["Cookie"] = cookie
    if csrf:
        headers["X-CSRF-Token"] = csrf
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            raw, status, got = response.read(), response.status, response.headers
    except urllib.error.HTTPError as error:
        raw, status, got = error.read(), error.code, error.headers
    if status not in expect:
        raise SystemExit(f"setup: {method} {path} answered {status}: {raw[:300]!r}")
    value = json.loads(raw) if raw and got.get("Content-Type", "").startswith("application/json") else None
    return value, got


def token_for(username, password):
    me, headers = call("POST", "/api/v1/session", {"username": username, "password": password})
    cookie = headers.get("Set-Cookie", "").split(";")[0]
    result, _ = call("POST", "/api/v1/tokens", {"name": "schemathesis"}, cookie=cookie, csrf=me["csrfToken"])
    me["tokenID"] = result.get("id", 0)
    return result["token"], me


def accounts():
    """`username password role who` lines that `duban serve --demo` printed."""
    found = {}
    for line in open(ACCOUNTS, encoding="utf-8"):
        parts = line.split()
        if len(parts) >= 3 and parts[0].startswith("zl-"):
            found[parts[0]] = parts[1]
    return found


logins = accounts()
supervisor = "zl-duchashi"
sup_token, sup_me = token_for(supervisor, logins[supervisor])
gov = sup_me["governmentID"]
plans, _ = call("GET", "/api/v1/plans", token=sup_token)
plan = next(p for p in plans if p["status"] == "published")["id"]
rows, _ = call("GET", f"/api/v1/plans/{plan}/tasks", token=sup_token)

# A unit liaison whose unit leads open tasks, and a leader with tasks.
unit_user = next(u for u in sorted(logins, key=lambda n: int(n[4:]) if n[4:].isdigit() else 0)
                 if u.startswith("zl-u") and any(r["status"] == "open" and any(x["id"] == int(u[4:]) for x in r["leadUnits"]) for r in rows))
unit_id = int(unit_user[4:])
leader_user = next(u for u in logins if u.startswith("zl-l")
                   and any(any(x["id"] == int(u[4:]) for x in r["leaders"]) for r in rows))
leader_id = int(leader_user[4:])
unit_token, unit_me = token_for(unit_user, logins[unit_user])
leader_token, leader_me = token_for(leader_user, logins[leader_user])

led = [r["id"] for r in rows if r["status"] == "open" and any(x["id"] == unit_id for x in r["leadUnits"])]
task = led[0]
close_task = led[1] if len(led) > 1 else led[0]
leader_task = next(r["id"] for r in rows if any(x["id"] == leader_id for x in r["leaders"]))

# A report to review, and evidence to download: the unit reports once with a text file.
call("POST", f"/api/v1/tasks/{task}/acknowledge", token=unit_token, expect=(200, 409))
evidence = {"filename": "note.txt", "contentType": "text/plain", "data": base64.b64encode("进展说明".encode()).decode()}
call("POST", f"/api/v1/tasks/{task}/reports", {"narrative": "已推进", "evidence": [evidence]}, token=unit_token, expect=(201, 409, 422))
detail, _ = call("GET", f"/api/v1/tasks/{task}", token=sup_token)
reports = [r for r in detail["reports"] if r["status"] == "submitted"] or detail["reports"]
report = reports[0]["id"] if reports else 1
evidence_ids = [e["id"] for r in detail["reports"] for e in r["evidence"]]
evidence_id = evidence_ids[0] if evidence_ids else 1
urged, _ = call("POST", f"/api/v1/tasks/{task}/urgings", {"message": "请按时报送", "unitID": unit_id}, token=sup_token)
urging = urged["id"]
bulletin, _ = call("POST", f"/api/v1/plans/{plan}/bulletins", {"month": 8}, token=sup_token)
bulletin = bulletin["id"]

# A draft to correct: sections and rows, one of each to delete.
draft, _ = call("POST", "/api/v1/plans", {"title": "模糊测试草稿", "year": 2022, "sections": ["一、测试栏目"]}, token=sup_token)
draft = draft["id"]
section, _ = call("POST", f"/api/v1/plans/{draft}/sections", {"title": "二、可改名栏目"}, token=sup_token)
empty_section, _ = call("POST", f"/api/v1/plans/{draft}/sections", {"title": "三、待删除栏目"}, token=sup_token)
draft_rows = []
for text in ["完成道路改造 5 公里", "新增就业 3000 人", "建成公园 2 个", "待删除的一行"]:
    made, _ = call("POST", f"/api/v1/plans/{draft}/tasks", {"text": text, "sectionID": section["id"], "leadUnits": ["发改局"]}, token=sup_token)
    draft_rows.append(made["id"])
to_publish, _ = call("POST", "/api/v1/plans", {"title": "待发布草稿", "year": 2022, "sections": ["一、栏目"]}, token=sup_token)
call("POST", f"/api/v1/plans/{to_publish['id']}/tasks", {"text": "完成改造 1 项", "leadUnits": ["发改局"]}, token=sup_token)
units, _ = call("GET", "/api/v1/units", token=sup_token)
proposed = next((u["id"] for u in units if not u["confirmed"]), unit_id)

# An account of its own for the office to deactivate and reset (not the one the run uses).
victim, _ = call("POST", "/api/v1/accounts", {"username": "st-victim", "displayName": "模糊测试账户", "password": "Victim-pass-2022",
                                             "role": "viewer", "governmentID": gov}, token=sup_token)

def notification(token):
    rows, _ = call("GET", "/api/v1/notifications", token=token)
    return rows[0]["id"] if rows else 1

ids = {
    "GET /api/v1/plans/{id}": plan, "GET /api/v1/plans/{id}/tasks": plan, "POST /api/v1/plans/{id}/publish": to_publish["id"],
    "POST /api/v1/plans/{id}/tasks": draft, "PATCH /api/v1/tasks/{id}": draft_rows[0], "DELETE /api/v1/tasks/{id}": draft_rows[3],
    "POST /api/v1/plans/{id}/unit-mappings": draft, "POST /api/v1/tasks/{id}/split": draft_rows[1],
    "POST /api/v1/tasks/{id}/merge-next": draft_rows[0], "POST /api/v1/tasks/{id}/move": draft_rows[2],
    "POST /api/v1/plans/{id}/sections": draft, "PATCH /api/v1/sections/{id}": section["id"],
    "DELETE /api/v1/sections/{id}": empty_section["id"],
    "PATCH /api/v1/units/{id}": proposed, "POST /api/v1/units/{id}/aliases": unit_id, "DELETE /api/v1/units/{id}/aliases": unit_id,
    "PATCH /api/v1/leaders/{id}": leader_id, "PUT /api/v1/governments/{id}/webhook": gov,
    "GET /api/v1/tasks/{id}": task, "POST /api/v1/tasks/{id}/acknowledge": task, "PUT /api/v1/tasks/{id}/work-items": task,
    "POST /api/v1/tasks/{id}/reports": task, "POST /api/v1/reports/{id}/review": report, "GET /api/v1/evidence/{id}": evidence_id,
    "POST /api/v1/tasks/{id}/urgings": task, "POST /api/v1/urgings/{id}/answer": urging, "POST /api/v1/urgings/{id}/escalate": urging,
    "POST /api/v1/tasks/{id}/instructions": leader_task, "POST /api/v1/tasks/{id}/close": close_task,
    "POST /api/v1/tasks/{id}/amendments": task,
    "GET /api/v1/plans/{id}/bulletins": plan, "POST /api/v1/plans/{id}/bulletins": plan, "GET /api/v1/bulletins/{id}": bulletin,
    "PATCH /api/v1/bulletins/{id}": bulletin, "POST /api/v1/bulletins/{id}/publish": bulletin, "GET /api/v1/bulletins/{id}/docx": bulletin,
    "GET /api/v1/plans/{id}/assessment": plan, "PUT /api/v1/plans/{id}/assessment/weights": plan,
    "GET /api/v1/plans/{id}/inspection": plan, "PUT /api/v1/plans/{id}/inspection/rules": plan,
    "GET /api/v1/units/{id}/tasks": unit_id, "GET /api/v1/leaders/{id}/tasks": leader_id,
    "GET /open/plans/{id}/tasks.json": plan, "GET /open/plans/{id}/tasks.csv": plan, "GET /open/units/{id}/calendar.ics": unit_id,
}

own_tokens = {"supervisor": sup_me["tokenID"], "unit": unit_me["tokenID"], "leader": leader_me["tokenID"]}
roles = {
    "supervisor": (sup_token, {}),
    "unit": (unit_token, {}),
    "leader": (leader_token, {"GET /api/v1/tasks/{id}": leader_task}),
    "anonymous": (None, {}),
}
for role, (token, extra) in roles.items():
    role_ids = dict(ids, **extra)
    role_ids["POST /api/v1/notifications/{id}/read"] = notification(token) if token else 1
    role_ids["PUT /api/v1/accounts/{id}/active"] = victim["id"]
    role_ids["POST /api/v1/accounts/{id}/password-reset"] = victim["id"]
    lines = ['hooks = "schemathesis_hooks"', "", "[generation]", f"max-examples = {EXAMPLES}", ""]
    if token:
        lines += ["[headers]", f'Authorization = "Bearer {token}"', ""]
    for name, value in sorted(role_ids.items()):
        lines += ["[[operations]]", f'include-name = "{name}"', f'parameters = {{ "path.id" = {value} }}', ""]
    with open(f"{OUT}/{role}.toml", "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    with open(f"{OUT}/{role}.protect", "w", encoding="utf-8") as out:
        out.write(str(own_tokens.get(role, "")))
print(json.dumps({"plan": plan, "draft": draft, "task": task, "unit": unit_user, "leader": leader_user, "report": report,
                  "urging": urging, "bulletin": bulletin, "evidence": evidence_id}, ensure_ascii=False))
