#!/usr/bin/env python3
"""Backup under load: a backup taken while reports are being written restores to a database that
holds every report acknowledged before the backup began, and `duban audit verify` on the restored
copy is intact. SQLite: `duban backup` then `duban restore` into a new file. PostgreSQL: `pg_dump -Fc`
then `pg_restore` into a fresh database (role and password `duban`, databases duban_backup_src/dst).

usage: scripts/backup_under_load.py DUBAN_BINARY [--backend sqlite|postgres|both] [--writers 6]
Prints one summary line per backend and exits non-zero on any loss or broken audit chain.
"""
import argparse, json, os, shutil, socket, sqlite3, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PG_ADMIN_URL = "postgres://duban:duban@127.0.0.1:5432/"
# libpq (psql, pg_dump) refuses Duban's `tlsmode` parameter, so the tools get the bare URL.
PG_SRC, PG_DST = "duban_backup_src", "duban_backup_dst"


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def env(**extra):
    e = dict(os.environ, DUBAN_BCRYPT_COST="4")
    e.pop("DATABASE_URL", None)
    e.update(extra)
    return e


def run(args, environ=None, check=True):
    p = subprocess.run(args, cwd=ROOT, env=environ or env(), capture_output=True, text=True)
    if check and p.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({p.returncode}):\n{p.stdout}{p.stderr}")
    return p


def start_server(binary, db_args, environ, log):
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--port", str(port)] + db_args, cwd=ROOT, env=environ,
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                if r.status == 200:
                    return proc, f"http://127.0.0.1:{port}"
        except Exception:
            time.sleep(0.3)
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}; see {log.name}")
    proc.kill()
    raise SystemExit("server did not become healthy")


def stop_server(proc):
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill(); proc.wait()


class Load:
    """Writer threads submitting reports; each acknowledged one kept as (reply time, id, narrative)."""

    def __init__(self, base, tokens, writers):
        self.base, self.tokens, self.writers = base, tokens, writers
        self.acknowledged, self.refused, self.lock, self.stop = [], [], threading.Lock(), threading.Event()
        self.threads = [threading.Thread(target=self.worker, args=(i,)) for i in range(writers)]

    def worker(self, index):
        pair = self.tokens[index % len(self.tokens)]
        n = 0
        while not self.stop.is_set():
            n += 1
            # Each writer its own period of its task, so writers never race for the same report version.
            period = 1 + (index // len(self.tokens) + n) % 12
            narrative = f"备份压测 写入{index} 第{n}次"
            req = urllib.request.Request(
                f"{self.base}/api/v1/tasks/{pair['taskID']}/reports",
                data=json.dumps({"period": period, "narrative": narrative}).encode(), method="POST",
                headers={"Authorization": "Bearer " + pair["token"], "Content-Type": "application/json",
                         "Accept": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    status, body = r.status, json.loads(r.read() or b"null")
            except urllib.error.HTTPError as e:
                status, body = e.code, e.read()[:200]
            except Exception as e:
                status, body = None, repr(e)
            at = time.monotonic()  # after the whole reply is read: the report was committed before this
            with self.lock:
                if status == 201 and isinstance(body, dict) and "id" in body:
                    self.acknowledged.append((at, body["id"], narrative))
                else:
                    self.refused.append((status, body))

    def __enter__(self):
        for t in self.threads: t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads: t.join()


def drive(binary, db_args, environ, log, tokens, writers, backup):
    """Load, then the backup at T0 while the load goes on, then a little more load."""
    proc, base = start_server(binary, db_args, environ, log)
    try:
        with Load(base, tokens, writers) as load:
            time.sleep(1.5)
            t0 = time.monotonic()
            backup()
            t1 = time.monotonic()
            time.sleep(1.0)
    finally:
        stop_server(proc)
    if not load.acknowledged:
        raise SystemExit(f"no report was acknowledged: {load.refused[:3]}")
    return load, t0, t1


def judge(name, load, t0, t1, present, audit):
    """present: {id: narrative} of the restored database."""
    before = [(i, n) for at, i, n in load.acknowledged if at < t0]
    after = [(i, n) for at, i, n in load.acknowledged if at >= t0]
    during = sum(1 for at, _, _ in load.acknowledged if t0 <= at < t1)
    missing = [(i, n) for i, n in before if present.get(i) != n]
    after_present = sum(1 for i, n in after if present.get(i) == n)
    ok = bool(before) and not missing and audit.returncode == 0
    print(f"{name}: acknowledged before backup {len(before)}, present {len(before) - len(missing)}; "
          f"acknowledged after {len(after)} ({during} while the backup ran), present {after_present}; "
          f"refused {len(load.refused)}; audit verify exit {audit.returncode}: {audit.stdout.strip() or audit.stderr.strip()} "
          f"-> {'PASS' if ok else 'FAIL'}")
    if missing:
        print(f"  missing: {missing[:10]}")
    if load.refused:
        print(f"  refusals, first: {load.refused[:3]}")
    return ok


def check_sqlite(binary, writers, work):
    db, backup, restored = (os.path.join(work, n) for n in ("duban.sqlite", "backup.sqlite", "restored.sqlite"))
    tokens_file = os.path.join(work, "tokens.json")
    run([binary, "bench-seed", "--db", db, "--governments", "3", "--tokens", tokens_file])
    tokens = json.load(open(tokens_file))
    outputs = []

    def take():
        outputs.append(run([binary, "backup", "--db", db, "--to", backup]).stdout.strip())

    with open(os.path.join(work, "serve-sqlite.log"), "w") as log:
        load, t0, t1 = drive(binary, ["--db", db], env(), log, tokens, writers, take)
    print(f"sqlite: backup said: {outputs[0]}")
    print(f"sqlite: restore said: {run([binary, 'restore', '--db', restored, backup]).stdout.strip()}")
    with sqlite3.connect(restored) as c:
        present = dict(c.execute("SELECT id, narrative FROM reports"))
    audit = run([binary, "audit", "verify", "--db", restored], check=False)
    return judge("sqlite", load, t0, t1, present, audit)


def pg_admin(sql):
    """SQL as the cluster's superuser (peer authentication over the socket)."""
    cmd = ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-qtA"]
    args = ["su", "postgres", "-c", " ".join(cmd)] if os.geteuid() == 0 else cmd
    p = subprocess.run(args, input=sql, capture_output=True, text=True, cwd="/")
    if p.returncode != 0:
        raise SystemExit(f"psql as postgres failed: {p.stderr}")
    return p.stdout


def pg_prepare():
    if not shutil.which("pg_dump"):
        raise SystemExit("PostgreSQL client tools missing: apt-get install -y postgresql")
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode != 0:
        # Start the Debian cluster on 5432 if it is merely stopped; left running afterwards.
        for line in run(["pg_lsclusters", "-h"]).stdout.splitlines():
            version, cluster, port = line.split()[:3]
            if port == "5432":
                run(["pg_ctlcluster", version, cluster, "start"])
        for _ in range(30):
            if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]).returncode == 0: break
            time.sleep(0.5)
    pg_admin("""DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'duban') THEN CREATE ROLE duban LOGIN PASSWORD 'duban'; END IF;
    END $$;
    DROP DATABASE IF EXISTS %s WITH (FORCE);
    DROP DATABASE IF EXISTS %s WITH (FORCE);
    CREATE DATABASE %s OWNER duban;
    CREATE DATABASE %s OWNER duban;""" % (PG_SRC, PG_DST, PG_SRC, PG_DST))


def check_postgres(binary, writers, work):
    pg_prepare()
    src_env = env(DATABASE_URL=PG_ADMIN_URL + PG_SRC + "?tlsmode=disable")
    dst_env = env(DATABASE_URL=PG_ADMIN_URL + PG_DST + "?tlsmode=disable")
    dump, tokens_file = os.path.join(work, "duban.dump"), os.path.join(work, "tokens-pg.json")
    run([binary, "bench-seed", "--governments", "3", "--tokens", tokens_file], src_env)
    tokens = json.load(open(tokens_file))

    def take():
        run(["pg_dump", "-Fc", "-f", dump, PG_ADMIN_URL + PG_SRC])

    with open(os.path.join(work, "serve-postgres.log"), "w") as log:
        load, t0, t1 = drive(binary, [], src_env, log, tokens, writers, take)
    run(["pg_restore", "--no-owner", "--role=duban", "--exit-on-error", "-d", PG_ADMIN_URL + PG_DST, dump])
    rows = run(["psql", "-X", "-qtA", "-F", "\t", "-c", "SELECT id, narrative FROM reports", PG_ADMIN_URL + PG_DST]).stdout
    present = {int(i): n for i, n in (line.split("\t", 1) for line in rows.splitlines() if line)}
    audit = run([binary, "audit", "verify"], dst_env, check=False)
    ok = judge("postgres", load, t0, t1, present, audit)
    if ok:
        pg_admin(f"DROP DATABASE IF EXISTS {PG_SRC} WITH (FORCE); DROP DATABASE IF EXISTS {PG_DST} WITH (FORCE);")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--writers", type=int, default=6)
    a = ap.parse_args()
    binary = os.path.abspath(a.binary)
    work = tempfile.mkdtemp(prefix="duban-backup-load-")
    results = []
    for name, check in (("sqlite", check_sqlite), ("postgres", check_postgres)):
        if a.backend in (name, "both"):
            try:
                results.append(check(binary, a.writers, work))
            except SystemExit as e:
                print(f"{name}: ERROR {e}")
                results.append(False)
    if all(results):
        shutil.rmtree(work, ignore_errors=True)
        print("backup under load: PASS")
    else:
        print(f"backup under load: FAIL (files kept in {work})")
        sys.exit(1)


if __name__ == "__main__":
    main()
