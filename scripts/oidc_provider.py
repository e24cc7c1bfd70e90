#!/usr/bin/env python3
"""A minimal but genuine OpenID Connect provider, the test peer for Duban's OIDC sign-in.

Authorization code flow only, with PKCE (S256) required, RS256 id_tokens and a JWKS, on
127.0.0.1. There is no login UI: /authorize "signs in" whichever user the test last selected
through POST /control, which also chooses how the next id_tokens are spoiled so a relying party
can be shown each kind of bad token.

    python3 scripts/oidc_provider.py --port P --client-id ID --client-secret S \
        --redirect-uri URI [--redirect-uri URI2 ...] [--state-file F] [--code-ttl SECONDS]
    python3 scripts/oidc_provider.py --self-test

--port 0 picks a free port; --state-file F is written (atomically) once the provider listens,
as JSON {"issuer", "port", "pid"}, so a driver can wait for it and learn the port without races.

Endpoints: GET /.well-known/openid-configuration, GET /jwks, GET /authorize, POST /token,
POST /control, GET /control, GET /control/log. Needs `pip install authlib` (brings joserfc).
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

MODES = ("normal", "bad-signature", "wrong-audience", "expired", "wrong-issuer", "wrong-nonce")
DEFAULT_USER = {"sub": "sub-zl-duchashi", "preferred_username": "zl-duchashi", "name": "钟楼区督查室"}


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def s256(verifier: str) -> str:
    """RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier)))."""
    return b64url(hashlib.sha256(verifier.encode("ascii")).digest())


class ProviderState:
    """Everything the handler threads share, behind one lock."""

    def __init__(self, issuer, client_id, client_secret, redirect_uris, code_ttl):
        self.issuer = issuer
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uris = set(redirect_uris)
        self.code_ttl = code_ttl
        self.kid = "k-" + secrets.token_hex(6)
        self.key = RSAKey.generate_key(2048, parameters={"kid": self.kid, "use": "sig", "alg": "RS256"}, private=True)
        # The impostor key for bad-signature: same kid, never published, so only the signature betrays it.
        self.rogue_key = RSAKey.generate_key(2048, parameters={"kid": self.kid}, private=True)
        self.user = dict(DEFAULT_USER)
        self.mode = "normal"
        self.codes = {}        # code -> what /authorize bound to it
        self.token_log = []    # every POST /token seen, for the driver to assert on
        self.lock = threading.Lock()

    def discovery(self):
        base = self.issuer
        return {
            "issuer": base,
            "authorization_endpoint": base + "/authorize",
            "token_endpoint": base + "/token",
            "jwks_uri": base + "/jwks",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "scopes_supported": ["openid", "profile"],
            "claims_supported": ["iss", "sub", "aud", "exp", "iat", "nonce", "preferred_username", "name"],
        }

    def jwks(self):
        return {"keys": [self.key.as_dict(private=False)]}

    def make_id_token(self, grant, mode):
        """Claims per OIDC Core §2; `mode` spoils exactly one property so each check is tested alone."""
        now = int(time.time())
        user = grant["user"]
        claims = {
            "iss": self.issuer, "sub": user["sub"], "aud": self.client_id,
            "iat": now, "exp": now + 300, "auth_time": grant["auth_time"],
        }
        if grant["nonce"] is not None:
            claims["nonce"] = grant["nonce"]
        for claim in ("preferred_username", "name"):
            if claim in user:
                claims[claim] = user[claim]
        key = self.key
        if mode == "bad-signature":
            key = self.rogue_key
        elif mode == "wrong-audience":
            claims["aud"] = "someone-else"
        elif mode == "expired":
            claims["iat"], claims["exp"] = now - 3600 - 300, now - 3600
            claims["auth_time"] = claims["iat"]
        elif mode == "wrong-issuer":
            claims["iss"] = self.issuer + "/not-this-issuer"
        elif mode == "wrong-nonce":
            claims["nonce"] = (grant["nonce"] or "") + "-tampered"
        return jwt.encode({"alg": "RS256", "kid": self.kid, "typ": "JWT"}, claims, key)


class Handler(BaseHTTPRequestHandler):
    server_version = "DubanTestOIDC/1"
    protocol_version = "HTTP/1.1"

    @property
    def state(self) -> ProviderState:
        return self.server.state

    def log_message(self, fmt, *args):  # one short line per request on stderr
        sys.stderr.write("oidc-provider: %s\n" % (fmt % args))

    # --- plumbing -------------------------------------------------------------------------
    def send(self, status, body=b"", content_type="application/json", headers=None):
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type + ("; charset=utf-8" if content_type.startswith(("application/json", "text/")) else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Pragma", "no-cache")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def error(self, status, code, description, headers=None):
        self.send(status, {"error": code, "error_description": description}, headers=headers)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        route = {
            "/.well-known/openid-configuration": lambda: self.send(200, self.state.discovery()),
            "/jwks": lambda: self.send(200, self.state.jwks(), content_type="application/jwk-set+json"),
            "/authorize": lambda: self.authorize(url.query),
            "/control": self.control_get,
            "/control/log": self.control_log,
        }.get(url.path)
        if route is None:
            return self.error(404, "not_found", url.path)
        route()

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/token":
            return self.token()
        if path == "/control":
            return self.control_post()
        self.error(404, "not_found", path)

    # --- /authorize -------------------------------------------------------------------------
    def authorize(self, query):
        # parse_qs drops blanks and keeps repeats; a repeated parameter is an error (RFC 6749 §3.1).
        raw = urllib.parse.parse_qs(query, keep_blank_values=True)
        if any(len(v) > 1 for v in raw.values()):
            return self.error(400, "invalid_request", "repeated parameter")
        q = {k: v[0] for k, v in raw.items()}
        st = self.state
        # Every problem answers 400 here instead of redirecting with error=: the test only needs
        # to see refusal, and a bad client_id/redirect_uri must never be redirected to anyway.
        if q.get("client_id") != st.client_id:
            return self.error(400, "invalid_client", "unknown client_id")
        if q.get("redirect_uri") not in st.redirect_uris:
            return self.error(400, "invalid_request", "redirect_uri is not registered (exact match)")
        if q.get("response_type") != "code":
            return self.error(400, "unsupported_response_type", "only response_type=code")
        if "openid" not in q.get("scope", "").split():
            return self.error(400, "invalid_scope", "scope must contain openid")
        challenge = q.get("code_challenge", "")
        if q.get("code_challenge_method") != "S256" or not (43 <= len(challenge) <= 128):
            return self.error(400, "invalid_request", "PKCE with code_challenge_method=S256 is required")
        code = secrets.token_urlsafe(32)
        with st.lock:
            st.codes[code] = {
                "client_id": st.client_id, "redirect_uri": q["redirect_uri"], "challenge": challenge,
                "nonce": q.get("nonce"), "user": dict(st.user), "auth_time": int(time.time()),
                "expires": time.time() + st.code_ttl, "used": False, "scope": q["scope"],
            }
        params = {"code": code}
        if "state" in q:
            params["state"] = q["state"]
        sep = "&" if urllib.parse.urlsplit(q["redirect_uri"]).query else "?"
        self.send(302, b"", content_type="text/plain", headers={"Location": q["redirect_uri"] + sep + urllib.parse.urlencode(params)})

    # --- /token -----------------------------------------------------------------------------
    def client_credentials(self, form):
        """(client_id, secret, method) from Basic or the form; RFC 6749 §2.3: never both."""
        header = self.headers.get("Authorization", "")
        basic = None
        if header.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
                user, _, password = decoded.partition(":")
                # §2.3.1: both halves are form-urlencoded before Base64.
                basic = (urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(password))
            except Exception:
                basic = ("", "")
        posted = "client_secret" in form
        if basic and posted:
            return None, None, "both"
        if basic:
            return basic[0], basic[1], "client_secret_basic"
        if posted:
            return form.get("client_id"), form.get("client_secret"), "client_secret_post"
        return form.get("client_id"), None, "none"

    def token(self):
        st = self.state
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        raw = urllib.parse.parse_qs(self.read_body().decode("utf-8", "replace"), keep_blank_values=True)
        form = {k: v[0] for k, v in raw.items()}
        client_id, secret, method = self.client_credentials(form)
        entry = {
            "time": time.time(), "content_type": ctype, "grant_type": form.get("grant_type"),
            "code": form.get("code"), "redirect_uri": form.get("redirect_uri"),
            "code_verifier": form.get("code_verifier"), "client_id": client_id, "client_auth": method,
        }

        def refuse(status, code, description, headers=None):
            entry.update(status=status, error=code)
            with st.lock:
                st.token_log.append(entry)
            self.error(status, code, description, headers)

        if ctype != "application/x-www-form-urlencoded":
            return refuse(400, "invalid_request", "body must be application/x-www-form-urlencoded")
        if any(len(v) > 1 for v in raw.values()):
            return refuse(400, "invalid_request", "repeated parameter")
        if method == "both":
            return refuse(400, "invalid_request", "use one client authentication method")
        if client_id != st.client_id or secret is None or not secrets.compare_digest(secret.encode(), st.client_secret.encode()):
            # §5.2: a client that tried HTTP Basic must get 401 with a challenge.
            if method == "client_secret_basic":
                return refuse(401, "invalid_client", "client authentication failed", {"WWW-Authenticate": 'Basic realm="oidc"'})
            return refuse(400, "invalid_client", "client authentication failed")
        if form.get("grant_type") != "authorization_code":
            return refuse(400, "unsupported_grant_type", "only authorization_code")
        with st.lock:
            grant = st.codes.get(form.get("code") or "")
            fresh = grant is not None and not grant["used"]
            if fresh:
                grant["used"] = True  # one attempt per code, right or wrong: no guessing the verifier
            mode = st.mode
        if not fresh:
            return refuse(400, "invalid_grant", "unknown or already used code")
        if time.time() > grant["expires"]:
            return refuse(400, "invalid_grant", "code expired")
        if form.get("redirect_uri") != grant["redirect_uri"]:
            return refuse(400, "invalid_grant", "redirect_uri differs from the authorization request")
        verifier = form.get("code_verifier") or ""
        # RFC 7636 §4.1: 43-128 unreserved characters.
        if not (43 <= len(verifier) <= 128) or not secrets.compare_digest(s256(verifier), grant["challenge"]):
            return refuse(400, "invalid_grant", "PKCE verification failed")
        body = {
            "access_token": secrets.token_urlsafe(32), "token_type": "Bearer", "expires_in": 300,
            "scope": grant["scope"], "id_token": st.make_id_token(grant, mode),
        }
        entry.update(status=200, mode=mode, sub=grant["user"]["sub"])
        with st.lock:
            st.token_log.append(entry)
        self.send(200, body)

    # --- test control ------------------------------------------------------------------------
    def control_post(self):
        st = self.state
        try:
            body = json.loads(self.read_body() or b"{}")
            user, mode = body.get("user"), body.get("mode")
            if user is not None and not (isinstance(user, dict) and isinstance(user.get("sub"), str) and user["sub"]):
                raise ValueError("user needs a non-empty sub")
            if mode is not None and mode not in MODES:
                raise ValueError("mode must be one of " + ", ".join(MODES))
        except (ValueError, AttributeError) as problem:
            return self.error(400, "invalid_request", str(problem))
        with st.lock:
            if user is not None:
                st.user = {k: v for k, v in user.items() if isinstance(v, str)}
            if mode is not None:
                st.mode = mode
        self.control_get()

    def control_get(self):
        with self.state.lock:
            self.send(200, {"user": self.state.user, "mode": self.state.mode})

    def control_log(self):
        with self.state.lock:
            self.send(200, list(self.state.token_log))


def serve(port, client_id, client_secret, redirect_uris, state_file=None, code_ttl=60):
    """Starts listening (in a daemon thread) and returns the server; port 0 picks one."""
    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    httpd.daemon_threads = True
    real_port = httpd.server_address[1]
    httpd.state = ProviderState(f"http://127.0.0.1:{real_port}", client_id, client_secret, redirect_uris, code_ttl)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    if state_file:
        tmp = state_file + ".tmp"
        with open(tmp, "w") as f:
            json.dump({"issuer": httpd.state.issuer, "port": real_port, "pid": os.getpid()}, f)
        os.replace(tmp, state_file)  # readers never see a half-written file
    return httpd


# --- self-test: this file acting as a relying party against a provider subprocess -----------

def self_test():
    import subprocess
    import tempfile
    from joserfc.errors import BadSignatureError, ExpiredTokenError, InvalidClaimError
    from joserfc.jwt import JWTClaimsRegistry

    client_id, secret, redirect = "rp-test", "s3cret:with/odd chars", "http://127.0.0.1:9/cb"
    failures = []

    def check(name, ok, detail=""):
        print(("PASS " if ok else "FAIL ") + name + (f"  ({detail})" if detail and not ok else ""))
        if not ok:
            failures.append(name)

    def start(*extra):
        state_file = os.path.join(tempfile.mkdtemp(prefix="oidc-selftest-"), "state.json")
        proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--port", "0", "--client-id", client_id,
                                 "--client-secret", secret, "--redirect-uri", redirect, "--state-file", state_file, *extra],
                                stderr=subprocess.DEVNULL)
        for _ in range(200):
            if os.path.exists(state_file):
                with open(state_file) as f:
                    return proc, json.load(f)["issuer"]
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        proc.kill()
        raise SystemExit("provider did not start")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None  # let the 302 surface so we can read Location

    opener = urllib.request.build_opener(NoRedirect)

    def http(method, url, data=None, headers=None):
        req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with opener.open(req, timeout=10) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def get_json(url):
        status, _, body = http("GET", url)
        return status, json.loads(body or b"null")

    def control(issuer, **body):
        http("POST", issuer + "/control", json.dumps(body).encode(), {"Content-Type": "application/json"})

    def authorize(disc, **override):
        """A PKCE authorization request; returns (status, code, state, verifier, nonce)."""
        verifier = b64url(secrets.token_bytes(32))
        state, nonce = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
        params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect, "scope": "openid profile",
                  "state": state, "nonce": nonce, "code_challenge": s256(verifier), "code_challenge_method": "S256"}
        params.update(override)
        params = {k: v for k, v in params.items() if v is not None}
        status, headers, _ = http("GET", disc["authorization_endpoint"] + "?" + urllib.parse.urlencode(params))
        if status != 302:
            return status, None, None, verifier, nonce
        loc = urllib.parse.urlsplit(headers["Location"])
        q = dict(urllib.parse.parse_qsl(loc.query))
        assert loc.scheme + "://" + loc.netloc + loc.path == redirect, headers["Location"]
        return status, q.get("code"), q.get("state") == state, verifier, nonce

    def exchange(disc, code, verifier, auth="basic", **override):
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect, "code_verifier": verifier}
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if auth == "basic":
            pair = urllib.parse.quote_plus(client_id) + ":" + urllib.parse.quote_plus(override.pop("secret", secret))
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        else:
            form.update(client_id=client_id, client_secret=override.pop("secret", secret))
        form.update(override)
        form = {k: v for k, v in form.items() if v is not None}
        status, _, body = http("POST", disc["token_endpoint"], urllib.parse.urlencode(form).encode(), headers)
        return status, json.loads(body or b"null")

    def validate(disc, id_token, nonce):
        """What a relying party must do (OIDC Core §3.1.3.7): signature by a JWKS key, iss, aud, exp, nonce."""
        _, jwks = get_json(disc["jwks_uri"])
        token = jwt.decode(id_token, KeySet.import_key_set(jwks), algorithms=["RS256"])
        JWTClaimsRegistry(leeway=60, iss={"essential": True, "value": disc["issuer"]},
                          aud={"essential": True, "value": client_id}, sub={"essential": True},
                          exp={"essential": True}, iat={"essential": True},
                          nonce={"essential": True, "value": nonce}).validate(token.claims)
        return token

    proc, issuer = start()
    try:
        status, disc = get_json(issuer + "/.well-known/openid-configuration")
        check("discovery served", status == 200 and disc["issuer"] == issuer
              and disc["id_token_signing_alg_values_supported"] == ["RS256"] and disc["code_challenge_methods_supported"] == ["S256"])
        status, jwks = get_json(disc["jwks_uri"])
        check("jwks has one public RSA key with a kid", status == 200 and len(jwks["keys"]) == 1
              and jwks["keys"][0]["kty"] == "RSA" and jwks["keys"][0].get("kid") and "d" not in jwks["keys"][0])

        user = {"sub": "u-1", "preferred_username": "zl-duchashi", "name": "钟楼区督查室"}
        control(issuer, user=user, mode="normal")

        # The happy path, with each client authentication method.
        for auth in ("basic", "post"):
            status, code, state_ok, verifier, nonce = authorize(disc)
            check(f"authorize 302 with code and echoed state ({auth})", status == 302 and code and state_ok)
            status, body = exchange(disc, code, verifier, auth=auth)
            ok = status == 200 and body.get("token_type") == "Bearer" and body.get("access_token") and body.get("expires_in")
            check(f"token exchange with client_secret_{auth}", ok, f"{status} {body}")
            if ok:
                try:
                    claims = validate(disc, body["id_token"], nonce).claims
                    check(f"id_token verifies, claims right ({auth})", claims["sub"] == "u-1"
                          and claims["preferred_username"] == "zl-duchashi" and claims["name"] == "钟楼区督查室",
                          str(claims))
                except Exception as problem:
                    check(f"id_token verifies ({auth})", False, repr(problem))
            if auth == "basic":
                status, again = exchange(disc, code, verifier)
                check("a code works once", status == 400 and again.get("error") == "invalid_grant", f"{status} {again}")
        _, log = get_json(issuer + "/control/log")
        check("token log records the PKCE verifier", any(e["status"] == 200 and e["code_verifier"] for e in log)
              and {e["client_auth"] for e in log} >= {"client_secret_basic", "client_secret_post"})

        # /authorize refusals.
        for what, override in [("unknown client_id", {"client_id": "other"}),
                               ("redirect_uri not exact", {"redirect_uri": redirect + "/"}),
                               ("response_type token", {"response_type": "token"}),
                               ("scope without openid", {"scope": "profile"}),
                               ("no PKCE", {"code_challenge": None, "code_challenge_method": None}),
                               ("PKCE plain", {"code_challenge_method": "plain"})]:
            status, *_ = authorize(disc, **override)
            check(f"authorize refuses {what} with 400", status == 400, str(status))

        # /token refusals, each on a fresh code.
        cases = [("wrong PKCE verifier", {"code_verifier": b64url(secrets.token_bytes(32))}, "invalid_grant", 400),
                 ("missing PKCE verifier", {"code_verifier": None}, "invalid_grant", 400),
                 ("redirect_uri mismatch", {"redirect_uri": redirect + "?x=1"}, "invalid_grant", 400),
                 ("wrong secret (basic)", {"secret": "nope"}, "invalid_client", 401),
                 ("wrong grant_type", {"grant_type": "refresh_token"}, "unsupported_grant_type", 400)]
        for what, override, error, want_status in cases:
            _, code, _, verifier, _ = authorize(disc)
            status, body = exchange(disc, code, verifier, **override)
            check(f"token refuses {what}", status == want_status and body.get("error") == error, f"{status} {body}")
        _, code, _, verifier, _ = authorize(disc)
        status, body = exchange(disc, code, verifier, auth="post", secret="nope")
        check("token refuses wrong secret (post)", status == 400 and body.get("error") == "invalid_client", f"{status} {body}")

        # Each spoiled mode must be caught by an honest validator, and caught for its own reason.
        expected = {"bad-signature": BadSignatureError, "wrong-audience": InvalidClaimError, "expired": ExpiredTokenError,
                    "wrong-issuer": InvalidClaimError, "wrong-nonce": InvalidClaimError}
        claim_of = {"wrong-audience": "aud", "wrong-issuer": "iss", "wrong-nonce": "nonce"}
        for mode, error in expected.items():
            control(issuer, mode=mode)
            _, code, _, verifier, nonce = authorize(disc)
            status, body = exchange(disc, code, verifier)
            try:
                validate(disc, body["id_token"], nonce)
                check(f"mode {mode} is detected", False, "token validated")
            except error as problem:
                header = json.loads(base64.urlsafe_b64decode(body["id_token"].split(".")[0] + "=="))
                right = mode not in claim_of or claim_of[mode] in str(problem)
                check(f"mode {mode} is detected ({type(problem).__name__})", status == 200 and right
                      and header["kid"] == jwks["keys"][0]["kid"], str(problem))
            except Exception as problem:
                check(f"mode {mode} is detected", False, f"wrong error {problem!r}")
        control(issuer, mode="normal", user={"sub": "u-2", "preferred_username": "nobody-here"})
        _, code, _, verifier, nonce = authorize(disc)
        _, body = exchange(disc, code, verifier)
        check("control switches the user and back to normal", validate(disc, body["id_token"], nonce).claims["preferred_username"] == "nobody-here")
        status, _, _ = http("POST", issuer + "/control", b'{"mode": "sideways"}', {"Content-Type": "application/json"})
        check("control refuses an unknown mode", status == 400)
    finally:
        proc.terminate()
        proc.wait()

    # Code expiry, on a provider whose codes live one second.
    proc, issuer = start("--code-ttl", "1")
    try:
        _, disc = get_json(issuer + "/.well-known/openid-configuration")
        _, code, _, verifier, _ = authorize(disc)
        time.sleep(1.5)
        status, body = exchange(disc, code, verifier)
        check("token refuses an expired code", status == 400 and body.get("error") == "invalid_grant", f"{status} {body}")
    finally:
        proc.terminate()
        proc.wait()

    print(f"self-test: {'all passed' if not failures else str(len(failures)) + ' FAILED'}")
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--self-test", action="store_true", help="run the provider against a built-in relying party")
    parser.add_argument("--port", type=int)
    parser.add_argument("--client-id")
    parser.add_argument("--client-secret")
    parser.add_argument("--redirect-uri", action="append", help="registered redirect URI (repeatable; exact match)")
    parser.add_argument("--state-file", help="written as JSON {issuer, port, pid} once listening")
    parser.add_argument("--code-ttl", type=float, default=60, help="authorization code lifetime, seconds")
    args = parser.parse_args()
    if args.self_test:
        sys.exit(self_test())
    if args.port is None or not args.client_id or not args.client_secret or not args.redirect_uri:
        parser.error("--port, --client-id, --client-secret and --redirect-uri are required")
    httpd = serve(args.port, args.client_id, args.client_secret, args.redirect_uri, args.state_file, args.code_ttl)
    print(f"oidc-provider: listening on {httpd.state.issuer}", file=sys.stderr, flush=True)
    try:
        threading.Event().wait()  # until killed
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
