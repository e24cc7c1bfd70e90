"""Schemathesis hooks for scripts/schemathesis.sh.

- Every request stays on 127.0.0.1: a robot (webhook) address set through the API is posted to
  by the server's sweeper, so a generated http(s) address is replaced by a closed port on the
  loopback (allowed through DUBAN_WEBHOOK_ALLOWED_HOSTS). Anything else is left as generated,
  so the server's refusals are still tested.
- A run must not lock itself out: revoking the very token it runs with (ST_PROTECTED_TOKENS)
  is pointed at a token that does not exist.
"""
import os
import re

import schemathesis

LOOPBACK_ROBOT = "http://127.0.0.1:9/robot"
PROTECTED = {value for value in os.environ.get("ST_PROTECTED_TOKENS", "").split(",") if value}


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.path.endswith("/webhook") and isinstance(case.body, dict):
        url = case.body.get("url")
        if isinstance(url, str) and re.match(r"^\s*https?://", url):
            case.body["url"] = LOOPBACK_ROBOT
    if case.method.upper() == "DELETE" and case.path == "/api/v1/tokens/{id}":
        if str((case.path_parameters or {}).get("id")) in PROTECTED:
            case.path_parameters["id"] = 2147483647
