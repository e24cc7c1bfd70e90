#!/usr/bin/env python3
"""Login-flood load test (issue 12, M3): do liaisons keep working while /login is flooded?

Standard library only (asyncio streams, one keep-alive connection per client). Talks to one
`duban serve --demo` on 127.0.0.1 started by login-flood.sh with DUBAN_TRUSTED_PROXY=loopback,
so that X-Forwarded-For can stand for the address each client would really come from.

Phases, each PHASE seconds:
  a. 32 liaisons (unit accounts of the demo) read their task list and submit a report, in turn,
     with a short pause between requests, as people at desks do: no attack.
  b. the same, plus 200 connections posting the /login form as fast as they can: a few target
     usernames and random ones, all from one address (one attacker).
  c. the same, but every guess claims a different address (a botnet): the per-address throttle
     no longer helps; the per-account lock and the bcrypt limiter must.
Prints each phase's liaison p50/p99, the ratio to phase a, what the attackers got, and which
accounts ended up locked (only targeted ones may be).
"""
import asyncio
import json
import random
import sqlite3
import string
import sys
import time

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
DB = sys.argv[2]
PHASE = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
LIAISONS = 32
ATTACKERS = 200
THINK = 0.25  # seconds a liaison pauses between requests
TARGETS = ["admin", "zl-chayue", "tn-chayue", "zl-l5"]


class Conn:
    """One HTTP/1.1 keep-alive connection; reconnects when the server closes it."""

    def __init__(self):
        self.reader = self.writer = None

    async def request(self, method, path, headers=None, body=b""):
        for attempt in range(2):
            try:
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(HOST, PORT)
                lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{PORT}", f"Content-Length: {len(body)}"]
                lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
                self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
                await self.writer.drain()
                return await self._response()
            except (ConnectionError, asyncio.IncompleteReadError, OSError):
                self.close()
                if attempt == 1:
                    raise
        raise ConnectionError("unreachable")

    async def _response(self):
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers.setdefault(name.strip().lower(), []).append(value.strip())
        if headers.get("transfer-encoding", [""])[0].lower() == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                body += await self.reader.readexactly(size)
                await self.reader.readline()
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", ["0"])[0]))
        if headers.get("connection", [""])[0].lower() == "close":
            self.close()
        return status, headers, body

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


def cookie_of(headers):
    for value in headers.get("set-cookie", []):
        if value.startswith("duban_session="):
            return value.split(";")[0]
    return None


async def login(conn, username, password, address):
    body = json.dumps({"username": username, "password": password}).encode()
    status, headers, data = await conn.request("POST", "/api/v1/session", {
        "Content-Type": "application/json", "X-Forwarded-For": address}, body)
    if status != 200:
        return None
    return {"Cookie": cookie_of(headers), "X-CSRF-Token": json.loads(data)["csrfToken"], "X-Forwarded-For": address}


async def liaisons():
    """32 unit accounts with a task each of their unit leads, signed in once each."""
    found = []
    for prefix in ("zl", "tn"):
        conn = Conn()
        office = await login(conn, f"{prefix}-duchashi", f"Duban-{prefix}-2022", "10.9.0.1")
        _, _, data = await conn.request("GET", "/api/v1/units", office)
        for unit in json.loads(data):
            if unit["kind"] == "collective":
                continue
            found.append((f"{prefix}-u{unit['id']}", f"Duban-{prefix}-unit1", unit["id"]))
        conn.close()
    people = []
    for number, (username, password, unit_id) in enumerate(found):
        if len(people) == LIAISONS:
            break
        conn = Conn()
        session = await login(conn, username, password, f"10.1.{number // 250}.{number % 250 + 1}")
        if session is None:
            continue
        _, _, data = await conn.request("GET", "/api/v1/my/tasks", session)
        led = [row["id"] for row in json.loads(data) if any(u["id"] == unit_id for u in row.get("leadUnits", []))]
        if led:
            people.append((username, session, led[0], conn))
    return people


async def liaison(session, task_id, conn, until, samples, errors):
    report = json.dumps({"narrative": "压测：本月按计划推进"}).encode()
    headers = dict(session)
    post_headers = dict(session, **{"Content-Type": "application/json"})
    turn = 0
    while time.monotonic() < until:
        turn += 1
        start = time.monotonic()
        try:
            if turn % 2:
                status, _, _ = await conn.request("GET", "/api/v1/my/tasks", headers)
            else:
                status, _, _ = await conn.request("POST", f"/api/v1/tasks/{task_id}/reports", post_headers, report)
        except Exception:
            status = 0
        samples.append(time.monotonic() - start)
        if status not in (200, 201):
            errors.append(status)
        await asyncio.sleep(THINK)


async def attacker(until, spread, outcomes):
    conn = Conn()
    while time.monotonic() < until:
        if random.random() < 0.5:
            username = random.choice(TARGETS)
        else:
            username = "x" + "".join(random.choices(string.ascii_lowercase + string.digits, k=8))
        password = "".join(random.choices(string.ascii_letters + string.digits, k=12))
        address = f"198.51.{random.randrange(256)}.{random.randrange(1, 255)}" if spread else "203.0.113.7"
        body = f"username={username}&password={password}&next=%2F".encode()
        try:
            status, _, _ = await conn.request("POST", "/login", {
                "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address}, body)
        except Exception:
            status = 0
            conn.close()
        outcomes[status] = outcomes.get(status, 0) + 1


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


async def phase(name, people, attack, spread=False):
    until = time.monotonic() + PHASE
    samples, errors, outcomes = [], [], {}
    tasks = [liaison(s, t, c, until, samples, errors) for (_, s, t, c) in people]
    if attack:
        tasks += [attacker(until, spread, outcomes) for _ in range(ATTACKERS)]
    await asyncio.gather(*tasks)
    p50, p99 = percentile(samples, 50) * 1000, percentile(samples, 99) * 1000
    print(f"phase {name}: liaison requests {len(samples)} ({len(samples) / PHASE:.0f}/s), errors {len(errors)}, "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    if attack:
        total = sum(outcomes.values())
        print(f"         login guesses {total} ({total / PHASE:.0f}/s), answers {dict(sorted(outcomes.items()))}")
    return p99


async def main():
    people = await liaisons()
    print(f"{len(people)} liaisons signed in, each with a task their unit leads")
    if len(people) < LIAISONS:
        print("warning: fewer liaisons than asked")
    # A short warm-up so that boards are in memory, as on a running server.
    until = time.monotonic() + 5
    await asyncio.gather(*[liaison(s, t, c, until, [], []) for (_, s, t, c) in people])
    base = await phase("a (no attack)", people, attack=False)
    one = await phase("b (200 connections guessing, one address)", people, attack=True)
    many = await phase("c (200 connections guessing, a new address each time)", people, attack=True, spread=True)
    print(f"p99 ratio b/a: {one / base:.2f}   c/a: {many / base:.2f}   (goal: within 2x)")
    for conn in [c for (_, _, _, c) in people]:
        conn.close()
    db = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    locked = [row[0] for row in db.execute("SELECT username FROM accounts WHERE locked_until IS NOT NULL ORDER BY username")]
    unexpected = [name for name in locked if name not in TARGETS]
    print(f"locked accounts: {locked or 'none'}; targeted: {TARGETS}")
    print("only targeted accounts were locked" if not unexpected else f"UNEXPECTED locks: {unexpected}")
    return 0 if not unexpected else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
