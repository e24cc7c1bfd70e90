#!/usr/bin/env python3
"""Checks for several Duban app servers on one PostgreSQL, run by bench/cluster.sh.

a. a write through server 1 is seen by server 2, which had the list in memory;
c. each overdue urging is escalated once, not once per server (the sweep runs on both);
e. each queued robot message reaches the robot once;
b. under load through nginx server 1 is killed: every acknowledged report is in the database,
   and requests succeed again on server 2;
d. database connections stay within servers x cores x pool.
Prints one PASS/FAIL line per check; exits 1 on any FAIL. Standard library only.
"""

import argparse
import collections
import datetime
import hashlib
import http.client
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PG = ["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "duban", "-d", "duban_cluster"]
failures = []


def result(name, ok, detail):
    print(f"{'PASS' if ok else 'FAIL'} {name}: {detail}", flush=True)
    if not ok:
        failures.append(name)


def sql(query):
    out = subprocess.run(PG + ["-c", query], env={**os.environ, "PGPASSWORD": "duban"},
                         capture_output=True, text=True, check=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def call(base, method, path, token, body=None, timeout=30):
    """One request on a fresh connection: (status, parsed JSON or None)."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + token)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as err:
        return err.code, None


def iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def row_of(rows, task_id):
    return next((r for r in rows if r["id"] == task_id), None)


# a ------------------------------------------------------------------------------------------

def check_write_seen(args, tokens):
    unit = tokens[0]
    tok, task = unit["token"], unit["taskID"]
    # Server 2 computes the unit's list and the task, then answers the second read from memory.
    for _ in range(2):
        _, rows = call(args.server2, "GET", "/api/v1/my/tasks", tok)
    before = row_of(rows, task)
    _, detail = call(args.server2, "GET", f"/api/v1/tasks/{task}", tok)
    reports_before = len(detail["reports"])

    # A report (raises the progress revision) and an acknowledgement (raises the structure one).
    status, body = call(args.server1, "POST", f"/api/v1/tasks/{task}/reports", tok,
                        {"period": 12, "narrative": "集群检查：经服务器1报送"})
    ack_status, _ = call(args.server1, "POST", f"/api/v1/tasks/{task}/acknowledge", tok)
    _, rows = call(args.server2, "GET", "/api/v1/my/tasks", tok)
    after = row_of(rows, task)
    _, detail = call(args.server2, "GET", f"/api/v1/tasks/{task}", tok)
    ids = [r["id"] for r in detail["reports"]]
    report_id = (body or {}).get("id")
    ok = (status == 201 and ack_status == 200 and report_id in ids and len(ids) == reports_before + 1
          and after["lastReportAt"] != before["lastReportAt"] and after["acknowledged"] and not before["acknowledged"])
    result("a write-on-1-read-on-2", ok,
           f"report POST {status} id {report_id} via server 1; server 2 detail reports {reports_before}->{len(ids)}, "
           f"list lastReportAt {before['lastReportAt']}->{after['lastReportAt']}, "
           f"acknowledged {before['acknowledged']}->{after['acknowledged']} (ack POST {ack_status})")


# c, e -----------------------------------------------------------------------------------------

class Robot(http.server.BaseHTTPRequestHandler):
    received = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        with Robot.lock:
            Robot.received.append(body)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"errcode":0,"errmsg":"ok"}')

    def log_message(self, *_):
        pass


def check_sweep(args, tokens):
    robot = http.server.ThreadingHTTPServer(("127.0.0.1", args.robot_port), Robot)
    threading.Thread(target=robot.serve_forever, daemon=True).start()
    office = tokens[0]["supervisorToken"]
    _, me = call(args.nginx, "GET", "/api/v1/me", office)
    gid = me["governmentID"]
    hook_status, _ = call(args.nginx, "PUT", f"/api/v1/governments/{gid}/webhook", office,
                          {"url": f"http://127.0.0.1:{args.robot_port}/robot", "kind": "wecom"})
    _, board = call(args.nginx, "GET", f"/api/v1/plans/{tokens[0]['planID']}/tasks", office)
    count = 3 if args.smoke else 6
    reply_by = time.time() + 4
    urgings, statuses = [], []
    for i, row in enumerate(board[1:1 + count]):
        # Half through each server: both have the urgings' government in memory.
        base = args.server1 if i % 2 == 0 else args.server2
        status, body = call(base, "POST", f"/api/v1/tasks/{row['id']}/urgings", office,
                            {"message": f"集群检查催办{i + 1}", "replyBy": iso(reply_by)})
        statuses.append(status)
        if body and body.get("id"):
            urgings.append(body["id"])
    id_list = ",".join(map(str, urgings)) or "0"
    query = (f"SELECT u.id, u.escalated_at IS NOT NULL, (SELECT count(*) FROM audit_entries a WHERE a.action = "
             f"'urging.escalate' AND a.subject_type = 'urging' AND a.subject_id = u.id) FROM urgings u "
             f"WHERE u.id IN ({id_list}) ORDER BY u.id")
    # Each server sweeps every `sweep` seconds; allow several periods, then two more for a late twin.
    deadline = reply_by + 6 * args.sweep + 10
    rows = []
    while time.time() < deadline:
        time.sleep(1)
        rows = sql(query)
        if time.time() > reply_by and rows and all(r[1] == "t" for r in rows):
            time.sleep(2 * args.sweep)
            rows = sql(query)
            break
    escalated = sum(r[1] == "t" for r in rows)
    entries = [int(r[2]) for r in rows]
    ok = len(urgings) == count and escalated == count and all(n == 1 for n in entries)
    detail = (f"{len(urgings)} urgings created (POST {sorted(set(statuses))}), {escalated} escalated, "
              f"urging.escalate audit entries per urging {entries}")
    if escalated == 0:
        detail += (f"; none escalated {int(time.time() - reply_by)} s after the deadline: does this binary "
                   f"read DUBAN_SWEEP_SECONDS={args.sweep}? (default sweep 300 s)")
    result("c sweep-escalates-once", ok, detail)

    # e: every message queued for the robot (the urgings and their escalations) is posted once.
    expected = 2 * count
    interval = max(5, args.sweep // 5)
    deadline = time.time() + 3 * interval + 10
    pending = None
    while time.time() < deadline:
        pending, total = map(int, sql(f"SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) "
                                      f"FROM webhook_outbox WHERE government_id = {gid}")[0])
        if pending == 0 and total >= expected:
            time.sleep(2 * interval)  # a second server sending the same rows comes within one period
            break
        time.sleep(1)
    robot.shutdown()
    # Compared by digest: a payload may hold anything psql's output would split on.
    queued = collections.Counter(r[0] for r in sql(
        f"SELECT md5(payload) FROM webhook_outbox WHERE government_id = {gid} AND sent_at IS NOT NULL"))
    with Robot.lock:
        got = collections.Counter(hashlib.md5(b.encode()).hexdigest() for b in Robot.received)
    twice = sum(1 for p, n in got.items() if n > 1)
    missing = sum(1 for p in queued if got[p] == 0)
    total_rows = sum(queued.values())
    ok = hook_status == 200 and total_rows >= expected and pending == 0 and twice == 0 and missing == 0 \
        and sum(got.values()) == total_rows
    result("e robot-message-once", ok,
           f"webhook PUT {hook_status}; {total_rows} messages marked sent (expected {expected}, {pending} pending), "
           f"robot received {sum(got.values())} posts, {twice} messages more than once, {missing} never")


# b, d -----------------------------------------------------------------------------------------

class Client:
    """A keep-alive connection to nginx, opened again after any failure."""

    def __init__(self, base):
        u = urllib.parse.urlparse(base)
        self.host, self.port = u.hostname, u.port
        self.conn = None

    def request(self, method, path, token, body=None):
        headers = {"Authorization": "Bearer " + token}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.conn.request(method, path, body=data, headers=headers)
            resp = self.conn.getresponse()
            raw = resp.read()
            if resp.will_close:
                self.conn.close()
                self.conn = None
            return resp.status, raw
        except (OSError, http.client.HTTPException) as err:
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return 0, type(err).__name__.encode()


def check_failover(args, tokens):
    # The tasks each unit leads, to spread the reports over them.
    units = []
    for t in tokens:
        _, rows = call(args.nginx, "GET", "/api/v1/my/tasks", t["token"])
        led = [r["id"] for r in rows if any(u["id"] == t["unitID"] for u in r["leadUnits"])] or [t["taskID"]]
        units.append((t, led))
    # Each server computes every list once before the clock starts, as a running server has.
    for t in tokens:
        for base in (args.server1, args.server2):
            call(base, "GET", "/api/v1/my/tasks", t["token"])
            call(base, "GET", f"/api/v1/plans/{t['planID']}/tasks", t["supervisorToken"])
    writers, readers = (2, 4) if args.smoke else (4, 8)
    before_s, after_s = (4, 5) if args.smoke else (15, 15)
    grace = 2  # requests in flight on server 1 when it dies may fail; after this none should
    stop = threading.Event()
    log = []  # (finished at, kind, status, latency): by finish, so requests in flight at the kill count after it
    acked = []
    lock = threading.Lock()

    def writer(n):
        client, i = Client(args.nginx), n
        while not stop.is_set():
            t, led = units[i % len(units)]
            task = led[(i // len(units)) % len(led)]
            i += writers
            start = time.time()
            status, raw = client.request("POST", f"/api/v1/tasks/{task}/reports", t["token"],
                                         {"period": 12, "narrative": f"集群压测{n}-{i}"})
            rid = None
            if 200 <= status < 300:
                try:
                    rid = json.loads(raw).get("id")
                except ValueError:
                    pass
            with lock:
                # A 2xx without a report id (a draft held for sign-off) is not an acknowledged report.
                log.append((time.time(), "write", -1 if 200 <= status < 300 and not rid else status, time.time() - start))
                if rid:
                    acked.append(rid)

    def reader(n):
        client, i = Client(args.nginx), n
        while not stop.is_set():
            t = tokens[i % len(tokens)]
            # Mostly a unit's own list; every fifth request the office's whole plan.
            if i % 5 == 0:
                path, token = f"/api/v1/plans/{t['planID']}/tasks", t["supervisorToken"]
            else:
                path, token = "/api/v1/my/tasks", t["token"]
            i += readers
            start = time.time()
            status, _ = client.request("GET", path, token)
            with lock:
                log.append((time.time(), "read", status, time.time() - start))

    connections = []

    def sampler():
        # Duban's connections, and all (this psql's and a previous one still closing among them).
        query = ("SELECT count(*) FILTER (WHERE application_name <> 'psql'), count(*) "
                 "FROM pg_stat_activity WHERE datname = 'duban_cluster'")
        while not stop.is_set():
            try:
                app, total = map(int, sql(query)[0])
                connections.append((time.time(), app, total))
            except subprocess.CalledProcessError:
                pass
            time.sleep(0.5)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(writers)]
    threads += [threading.Thread(target=reader, args=(n,)) for n in range(readers)]
    threads.append(threading.Thread(target=sampler))
    t0 = time.time()
    for th in threads:
        th.start()
    time.sleep(before_s)
    t_kill = time.time()
    os.kill(args.server1_pid, signal.SIGKILL)
    time.sleep(after_s)
    stop.set()
    for th in threads:
        th.join()
    t_end = time.time()

    def window(a, b):
        rows = [r for r in log if a <= r[0] < b]
        ok = [r for r in rows if 200 <= r[2] < 300]
        errors = collections.Counter(r[2] for r in rows if not 200 <= r[2] < 300)
        return rows, ok, errors

    found = 0
    if acked:
        found = int(sql(f"SELECT count(*) FROM reports WHERE id = ANY('{{{','.join(map(str, acked))}}}'::int[])")[0][0])
    # Reports written but never acknowledged: committed on server 1 just before it died.
    written = int(sql("SELECT count(*) FROM reports WHERE narrative LIKE '集群压测%'")[0][0])
    pre, pre_ok, pre_err = window(t0, t_kill)
    mid, mid_ok, mid_err = window(t_kill, t_kill + grace)
    post, post_ok, post_err = window(t_kill + grace, t_end)
    ok = (found == len(acked) and len(acked) > 0 and not pre_err and not post_err and len(post_ok) > 0)
    fmt = lambda c: dict(c) if c else 0  # noqa: E731
    result("b kill-server-1-under-load", ok,
           f"{len(acked)} reports acknowledged, {found} of them in the database ({written - found} more written "
           f"but unacknowledged); errors before kill {fmt(pre_err)}, "
           f"in the {grace} s after {fmt(mid_err)} (of {len(mid)}), after that {fmt(post_err)} (of {len(post)}, "
           f"{len(post_ok)} ok) [status 0 = connection failed]")

    def rate(rows, seconds, kind=None):
        rows = [r for r in rows if kind is None or r[1] == kind]
        lat = sorted(r[3] for r in rows) or [0]
        return (f"{len(rows) / seconds:.0f} req/s (p50 {1000 * lat[len(lat) // 2]:.0f} ms, "
                f"p99 {1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))]:.0f} ms)")

    print(f"   throughput through nginx, {writers} writer + {readers} reader threads:")
    print(f"     two servers, {t_kill - t0:.0f} s: {rate(pre_ok, t_kill - t0)}; "
          f"reads {rate(pre_ok, t_kill - t0, 'read')}, writes {rate(pre_ok, t_kill - t0, 'write')}")
    print(f"     server 2 alone, {t_end - t_kill - grace:.0f} s: {rate(post_ok, t_end - t_kill - grace)}; "
          f"reads {rate(post_ok, t_end - t_kill - grace, 'read')}, writes {rate(post_ok, t_end - t_kill - grace, 'write')}")

    # d: one event loop per core, DUBAN_DB_POOL connections per loop.
    bound = 2 * os.cpu_count() * args.pool
    two = [(a, n) for t, a, n in connections if t < t_kill] or [(0, 0)]
    one = [(a, n) for t, a, n in connections if t >= t_kill + grace] or [(0, 0)]
    result("d connections-bounded", max(two)[0] <= bound,
           f"pg_stat_activity for duban_cluster under load: max {max(two)[0]} server connections "
           f"({max(n for _, n in two)} with psql) with two servers, {max(one)[0]} with one; "
           f"bound 2 servers x {os.cpu_count()} cores x pool {args.pool} = {bound}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tokens", required=True)
    p.add_argument("--nginx", required=True)
    p.add_argument("--server1", required=True)
    p.add_argument("--server2", required=True)
    p.add_argument("--server1-pid", type=int, required=True)
    p.add_argument("--robot-port", type=int, required=True)
    p.add_argument("--sweep", type=int, default=2)
    p.add_argument("--pool", type=int, default=4)
    p.add_argument("--smoke", action="store_true")
    args = p.parse_args()
    tokens = json.load(open(args.tokens))
    # Order: the sweep check needs both servers, so it runs before server 1 is killed.
    for check in (check_write_seen, check_sweep, check_failover):
        try:
            check(args, tokens)
        except Exception as err:  # one broken check must not hide the others
            result(check.__name__, False, f"{type(err).__name__}: {err}")
    print(f"== {'all checks passed' if not failures else 'FAILED: ' + ', '.join(failures)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
