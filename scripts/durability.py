#!/usr/bin/env python3
"""Durability check: many clients submit reports; the server is killed with SIGKILL midway and
restarted; every report that got a 2xx reply must still be there, and the audit chain intact.

usage: scripts/durability.py DUBAN_BINARY [--db PATH] [--clients 16] [--seconds 4]
Set DATABASE_URL to run it against PostgreSQL instead of an SQLite file.
Prints `durability: N acknowledged, N found, audit intact` and exits non-zero on any loss.
"""
import argparse, json, os, signal, socket, subprocess, sys, tempfile, threading, time, urllib.request, urllib.error
from http.cookiejar import CookieJar


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


class Client:
    def __init__(self, base):
        self.base = base
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.csrf = ""

    def call(self, method, path, body=None, timeout=10):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": self.csrf})
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def login(self, username, password):
        status, me = self.call("POST", "/api/v1/session", {"username": username, "password": password})
        if status != 200:
            raise SystemExit(f"login {username} failed: {status} {me}")
        self.csrf = me["csrfToken"]


def start(binary, port, db, log):
    args = [binary, "serve", "--demo", "--port", str(port)]
    if db:
        args += ["--db", db]
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    deadline = time.time() + 600
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc
        except Exception:
            time.sleep(0.5)
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}; see {log.name}")
    raise SystemExit("server did not become healthy")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--db", default=None)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--seconds", type=float, default=4)
    a = ap.parse_args()
    db = a.db
    if not db and not os.environ.get("DATABASE_URL"):
        db = os.path.join(tempfile.mkdtemp(prefix="duban-durability-"), "duban.sqlite")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(os.path.join(tempfile.gettempdir(), f"duban-durability-{port}.log"), "w")
    proc = start(a.binary, port, db, log)

    sup = Client(base); sup.login("zl-duchashi", "Duban-zl-2022")
    _, plans = sup.call("GET", "/api/v1/plans")
    plan = plans[0]["id"]
    _, tasks = sup.call("GET", f"/api/v1/plans/{plan}/tasks")
    targets = [(t["id"], t["leadUnits"][0]["id"]) for t in tasks if t["leadUnits"] and t["status"] == "open"]

    acknowledged, lock, stop = [], threading.Lock(), threading.Event()
    # Logins are slow on purpose (bcrypt): the clock for the kill starts once every client is in.
    ready = threading.Barrier(a.clients + 1)

    def worker(index):
        task, unit = targets[index % len(targets)]
        client = Client(base)
        try:
            client.login(f"zl-u{unit}", "Duban-zl-unit1")
        except (SystemExit, OSError):
            ready.wait()
            return
        ready.wait()
        n = 0
        while not stop.is_set():
            n += 1
            narrative = f"耐久性测试 客户端{index} 第{n}次"
            try:
                status, body = client.call("POST", f"/api/v1/tasks/{task}/reports", {"period": 9, "narrative": narrative}, timeout=5)
            except Exception:
                return  # the server died under us: this one got no reply
            if 200 <= status < 300:
                with lock:
                    acknowledged.append((task, body["id"], narrative))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(a.clients)]
    for t in threads: t.start()
    ready.wait()
    time.sleep(a.seconds)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stop.set()
    for t in threads: t.join()

    proc = start(a.binary, port, db, log)
    try:
        sup = Client(base); sup.login("zl-duchashi", "Duban-zl-2022")
        found = 0
        missing = []
        by_task = {}
        for task, rid, narrative in acknowledged:
            by_task.setdefault(task, []).append((rid, narrative))
        for task, items in by_task.items():
            _, detail = sup.call("GET", f"/api/v1/tasks/{task}")
            have = {(r["id"], r["narrative"]) for r in detail["reports"]}
            for item in items:
                if item in have: found += 1
                else: missing.append((task, item))
        _, audit = sup.call("GET", "/api/v1/audit/verify")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    intact = audit.get("intact")
    print(f"durability: {len(acknowledged)} acknowledged, {found} found, audit {'intact' if intact else 'BROKEN'} ({audit.get('entries')} entries)")
    if missing or not intact or not acknowledged:
        print("missing:", missing[:10], "problems:", audit.get("problems", [])[:10])
        sys.exit(1)


if __name__ == "__main__":
    main()
