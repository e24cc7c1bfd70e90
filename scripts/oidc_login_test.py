#!/usr/bin/env python3
"""End-to-end test of Duban's OpenID Connect sign-in against a real provider (oidc_provider.py).

    python3 scripts/oidc_login_test.py BIN        # BIN: a built `duban` executable

Starts the provider on a free port, then `BIN serve --demo` on a fresh database in a temporary
directory, and plays a browser by hand (http.cookiejar, redirects followed one at a time so each
status is seen). Each case prints PASS/FAIL; the exit status is non-zero if any failed, and then
the server and provider logs are printed. Needs the provider's library: pip install authlib.
"""
import base64
import hashlib
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROVIDER = os.path.join(HERE, "oidc_provider.py")
CLIENT_ID, CLIENT_SECRET = "duban", "secret-for-tests"
SESSION_COOKIE = "duban_session"
# The demo's 钟楼区 office account, as DemoLoader makes it.
OFFICE = {"sub": "sub-zl-duchashi", "preferred_username": "zl-duchashi", "name": "钟楼区督查室"}
OFFICE_PASSWORD = "Duban-zl-2022"
CJK = re.compile(r"[\u4e00-\u9fff]")

results = []  # (name, ok)


def case(name):
    """Runs one case; an assertion or any exception inside is that case's FAIL, not the run's end."""
    def wrap(fn):
        try:
            fn()
            results.append((name, True))
            print(f"PASS {name}", flush=True)
        except Exception as problem:
            results.append((name, False))
            detail = str(problem) if isinstance(problem, AssertionError) else traceback.format_exc(limit=3)
            print(f"FAIL {name}\n     {detail.strip()}", flush=True)
        return fn
    return wrap


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def s256(verifier):
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # surface every 3xx: the statuses are part of what is tested


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body
        self.text = body.decode("utf-8", "replace")

    @property
    def location(self):
        return self.headers.get("Location")

    def __repr__(self):
        return f"<{self.status} Location={self.location!r} body={self.text[:300]!r}>"


class Browser:
    """One user agent: its own cookie jar, no automatic redirects."""

    def __init__(self, base, cookies=()):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        for cookie in cookies:
            self.jar.set_cookie(cookie)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, method, url, data=None, headers=None):
        if url.startswith("/"):
            url = self.base + url
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with self.opener.open(req, timeout=30) as r:
                return Response(r.status, r.headers, r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read())

    def get(self, url):
        return self.request("GET", url)

    def post_form(self, url, fields):
        return self.request("POST", url, urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def post_json(self, url, body):
        return self.request("POST", url, json.dumps(body).encode(), {"Content-Type": "application/json"})

    def cookies(self):
        return [c for c in self.jar]

    def session_cookie(self):
        return next((c.value for c in self.jar if c.name == SESSION_COOKIE and c.value), None)


def plain_get(url):
    """A request outside any browser (the provider, the control endpoint)."""
    return Browser("").get(url)


class Provider:
    def __init__(self, workdir, redirect_uris):
        state_file = os.path.join(workdir, "provider.json")
        self.log_path = os.path.join(workdir, "provider.log")
        args = [sys.executable, PROVIDER, "--port", "0", "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET,
                "--state-file", state_file]
        for uri in redirect_uris:
            args += ["--redirect-uri", uri]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=open(self.log_path, "w"))
        deadline = time.time() + 30
        while not os.path.exists(state_file):
            if self.proc.poll() is not None or time.time() > deadline:
                raise SystemExit("the OIDC provider did not start:\n" + open(self.log_path).read())
            time.sleep(0.05)
        with open(state_file) as f:
            self.issuer = json.load(f)["issuer"]
        self.discovery = json.loads(plain_get(self.issuer + "/.well-known/openid-configuration").body)

    def control(self, user=None, mode="normal"):
        body = {"mode": mode}
        if user is not None:
            body["user"] = user
        r = Browser("").post_json(self.issuer + "/control", body)
        assert r.status == 200, f"provider control refused: {r}"

    def token_log(self):
        return json.loads(plain_get(self.issuer + "/control/log").body)

    def stop(self):
        self.proc.terminate()
        self.proc.wait(10)


class Server:
    def __init__(self, binary, workdir, port, db, issuer, demo, extra_env=None):
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = os.path.join(workdir, f"server-{port}.log")
        env = {k: v for k, v in os.environ.items()
               if k not in ("DATABASE_URL", "DUBAN_PASSWORD_LOGIN") and not k.startswith("DUBAN_OIDC_")}
        env.update(DUBAN_OIDC_ISSUER=issuer, DUBAN_OIDC_CLIENT_ID=CLIENT_ID, DUBAN_OIDC_CLIENT_SECRET=CLIENT_SECRET,
                   DUBAN_OIDC_CLAIM="preferred_username", DUBAN_PUBLIC_URL=self.base, DUBAN_BCRYPT_COST="4",
                   DUBAN_SAMPLES=os.path.join(REPO, "Samples"), **(extra_env or {}))
        args = [binary, "serve", "--port", str(port), "--db", db] + (["--demo"] if demo else [])
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(args, cwd=workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_healthy(self, seconds=240):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited with status {self.proc.returncode}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=3) as r:
                    if r.status == 200:
                        return
            except Exception:
                pass
            time.sleep(1)
        raise AssertionError(f"no healthy /healthz within {seconds} s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


# --- the flow, one leg at a time ------------------------------------------------------------

def begin_login(browser, provider):
    """GET /auth/oidc/login; returns (authorize URL, its parameters). Checks the request Duban builds."""
    r = browser.get("/auth/oidc/login")
    assert r.status in (302, 303, 307), f"/auth/oidc/login should redirect to the provider, got {r}"
    url = urllib.parse.urlsplit(r.location)
    endpoint = provider.discovery["authorization_endpoint"]
    assert f"{url.scheme}://{url.netloc}{url.path}" == endpoint, f"redirect {r.location} is not to {endpoint}"
    params = dict(urllib.parse.parse_qsl(url.query))
    want = {"response_type": "code", "client_id": CLIENT_ID, "code_challenge_method": "S256",
            "redirect_uri": browser.base + "/auth/oidc/callback"}
    wrong = {k: params.get(k) for k, v in want.items() if params.get(k) != v}
    assert not wrong, f"authorization request parameters wrong: {wrong} (want {want})"
    assert "openid" in params.get("scope", "").split(), f"scope lacks openid: {params.get('scope')!r}"
    for name in ("state", "nonce", "code_challenge"):
        assert params.get(name), f"authorization request lacks {name}"
    return r.location, params


def at_provider(authorize_url):
    """The provider "signs in" its selected user and sends the browser back: returns the callback URL."""
    r = plain_get(authorize_url)
    assert r.status == 302, f"the provider refused the authorization request: {r}"
    return r.location


def login_to_callback(browser, provider):
    """Login start + provider leg; returns (callback URL, authorize params, cookies before the callback)."""
    authorize_url, params = begin_login(browser, provider)
    callback = at_provider(authorize_url)
    return callback, params, [c for c in browser.jar]


def assert_signed_in(browser, r, user):
    assert r.status in (302, 303), f"callback should redirect (303/302) to /, got {r}"
    target = urllib.parse.urlsplit(r.location or "")
    assert target.path == "/" and target.netloc in ("", urllib.parse.urlsplit(browser.base).netloc), \
        f"callback should redirect to /, went to {r.location!r}"
    assert browser.session_cookie(), f"no {SESSION_COOKIE} cookie after the callback; cookies: {[c.name for c in browser.jar]}"
    home = browser.get("/")
    assert home.status == 200, f"GET / with the new session should be 200, got {home}"
    assert user["name"] in home.text, f"GET / does not show {user['name']}"
    me = browser.get("/api/v1/me")
    assert me.status == 200 and json.loads(me.body).get("username") == user["preferred_username"], \
        f"/api/v1/me should be {user['preferred_username']}: {me}"


def assert_redeemed(provider, callback):
    """The provider handed out a token for this callback's code: Duban refused what it received,
    not something earlier (so a spoiled-token case cannot pass by a broken token request)."""
    code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(callback).query)).get("code")
    seen = [e for e in provider.token_log() if e.get("code") == code]
    assert any(e["status"] == 200 for e in seen), f"Duban did not complete the token request for this code: {seen}"


def assert_refused(browser, r, why):
    assert r.status in (401, 403), f"{why}: callback should answer 401/403, got {r}"
    assert CJK.search(r.text), f"{why}: refusal carries no Chinese message: {r.text[:300]!r}"
    assert_no_session(browser, why)


def assert_no_session(browser, why):
    home = browser.get("/")
    assert home.status != 200, f"{why}: yet GET / answers 200 with this browser's cookies"
    me = browser.get("/api/v1/me")
    assert me.status != 200, f"{why}: yet /api/v1/me answers 200: {me.text[:200]!r}"


# --- the cases ---------------------------------------------------------------------------------

def oidc_cases(base, provider):
    @case("1 OIDC login as zl-duchashi succeeds end to end, PKCE verifier sent")
    def _():
        provider.control(OFFICE, "normal")
        b = Browser(base)
        authorize_url, params = begin_login(b, provider)
        assert b.cookies(), "/auth/oidc/login set no cookie to bind the state to this browser"
        callback = at_provider(authorize_url)
        q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(callback).query))
        assert q.get("state") == params["state"], "the provider did not echo the state"
        assert_signed_in(b, b.get(callback), OFFICE)
        seen = [e for e in provider.token_log() if e.get("code") == q["code"]]
        assert len(seen) == 1, f"expected one token request for this code, saw {seen}"
        entry = seen[0]
        assert entry["status"] == 200, f"the provider refused Duban's token request: {entry}"
        assert entry["code_verifier"] and s256(entry["code_verifier"]) == params["code_challenge"], \
            f"code_verifier missing or not matching the S256 challenge: {entry}"
        assert entry["redirect_uri"] == params["redirect_uri"], f"token redirect_uri differs: {entry}"
        assert entry["client_auth"] in ("client_secret_basic", "client_secret_post"), entry

    def refused_after_redeeming(user, mode, label):
        """The provider answers as `mode` for `user`; Duban redeems the code and must refuse."""
        provider.control(user, mode)
        try:
            b = Browser(base)
            callback, _, _ = login_to_callback(b, provider)
            assert_refused(b, b.get(callback), label)
            assert_redeemed(provider, callback)
        finally:
            provider.control(OFFICE, "normal")

    for number, mode, label in [("2", "bad-signature", "bad signature"), ("3", "wrong-audience", "wrong audience"),
                                ("4", "expired", "expired id_token"), ("4b", "wrong-issuer", "wrong issuer (extra)"),
                                ("4c", "wrong-nonce", "wrong nonce (extra)")]:
        @case(f"{number} {label} refused")
        def _(mode=mode, label=label):
            refused_after_redeeming(OFFICE, mode, label)

    @case("5 replaying a callback (same state+code) refused; a state works once")
    def _():
        provider.control(OFFICE, "normal")
        a = Browser(base)
        callback, params, before = login_to_callback(a, provider)
        assert_signed_in(a, a.get(callback), OFFICE)
        # The same URL again in the same browser.
        again = a.get(callback)
        assert again.status in (401, 403), f"replay in the same browser should be 401/403, got {again}"
        # The same URL in a browser holding the state cookie as it was before the first use.
        thief = Browser(base, before)
        assert_refused(thief, thief.get(callback), "replay with the original state cookie")
        # The used state with a fresh, valid code for the same request: Duban alone must refuse.
        fresh = at_provider(provider.discovery["authorization_endpoint"] + "?" + urllib.parse.urlencode(params))
        code = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(fresh).query))["code"]
        third = Browser(base, before)
        assert_refused(third, third.get(params["redirect_uri"] + "?" + urllib.parse.urlencode(
            {"code": code, "state": params["state"]})), "used state with a fresh code")

    @case("6 unmapped provider user (nobody-here) refused")
    def _():
        refused_after_redeeming({"sub": "sub-nobody", "preferred_username": "nobody-here", "name": "无此人"}, "normal", "unmapped user")

    @case("7 callback whose state is not the browser's refused")
    def _():
        provider.control(OFFICE, "normal")
        victim, attacker = Browser(base), Browser(base)
        begin_login(victim, provider)  # the victim has its own state cookie
        callback, _, _ = login_to_callback(attacker, provider)
        assert_refused(victim, victim.get(callback), "another browser's state")
        # And a browser that never started a login at all.
        callback, _, _ = login_to_callback(Browser(base), provider)
        stranger = Browser(base)
        assert_refused(stranger, stranger.get(callback), "no state cookie")


def password_works(base):
    b = Browser(base)
    r = b.post_form("/login", {"username": OFFICE["preferred_username"], "password": OFFICE_PASSWORD, "next": "/"})
    assert r.status in (302, 303), f"POST /login with the right password should redirect, got {r}"
    assert b.get("/api/v1/me").status == 200, "password session does not work"


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    workdir = tempfile.mkdtemp(prefix="duban-oidc-")
    db = os.path.join(workdir, "duban.sqlite")
    q1, q2 = free_port(), free_port()
    while q2 == q1:
        q2 = free_port()
    # Both servers' callbacks are registered, so the second run needs no provider restart.
    provider = Provider(workdir, [f"http://127.0.0.1:{q}/auth/oidc/callback" for q in (q1, q2)])
    servers = []
    print(f"provider {provider.issuer}; servers on {q1} then {q2}; work dir {workdir}", flush=True)
    try:
        first = Server(binary, workdir, q1, db, provider.issuer, demo=True)
        servers.append(first)

        @case("0 demo server starts (GET /healthz within 240 s)")
        def _():
            first.wait_healthy(240)
        started = results[-1][1]

        if started:
            oidc_cases(first.base, provider)
            case("8a with DUBAN_PASSWORD_LOGIN unset, password login works")(lambda: password_works(first.base))
        first.stop()

        second = Server(binary, workdir, q2, db, provider.issuer, demo=False, extra_env={"DUBAN_PASSWORD_LOGIN": "off"})
        servers.append(second)

        @case("8 DUBAN_PASSWORD_LOGIN=off: passwords refused, login page offers only the provider, OIDC works")
        def _():
            second.wait_healthy(240)
            b = Browser(second.base)
            r = b.post_form("/login", {"username": OFFICE["preferred_username"], "password": OFFICE_PASSWORD, "next": "/"})
            assert 400 <= r.status < 500, f"POST /login with the right password should be refused (4xx), got {r}"
            assert_no_session(b, "password login switched off")
            api = Browser(second.base)
            r = api.post_json("/api/v1/session", {"username": OFFICE["preferred_username"], "password": OFFICE_PASSWORD})
            assert 400 <= r.status < 500, f"POST /api/v1/session with the right password should be refused, got {r}"
            assert_no_session(api, "API password login switched off")
            page = Browser(second.base).get("/login")
            assert page.status == 200, f"GET /login: {page}"
            assert "/auth/oidc/login" in page.text, "the login page does not offer the provider (/auth/oidc/login)"
            assert not re.search(r"type=[\"']?password", page.text), "the login page still has a password field"
            provider.control(OFFICE, "normal")
            o = Browser(second.base)
            callback, _, _ = login_to_callback(o, provider)
            assert_signed_in(o, o.get(callback), OFFICE)
    finally:
        for server in servers:
            server.stop()
        provider.stop()

    failed = [name for name, ok in results if not ok]
    print(f"\n{len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        for path in [s.log_path for s in servers] + [provider.log_path]:
            with open(path, encoding="utf-8", errors="replace") as f:
                lines = f.readlines()
            print(f"\n===== {os.path.basename(path)} (last 150 of {len(lines)} lines) =====")
            sys.stdout.writelines(lines[-150:])
        print(f"\nwork dir kept: {workdir}")
        sys.exit(1)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
