"""The REST API as the server suites call it: one request per connection, JSON in and out,
with the administrator's token of a hostile_clients.Server."""

import json
import time
import urllib.parse

from hostile_clients import check, request

EXPIRES = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 30 * 86400))


def call(s, method, path, body=None, token=True):
    conn = s.connect()
    try:
        data = json.dumps(body).encode() if body is not None else b""
        headers = [("Authorization", "Bearer " + s.token)] if token else []
        if body is not None:
            headers.append(("Content-Type", "application/json"))
        conn.send(request(method, path, data, headers))
        status, response_headers, payload = conn.response(timeout=30)
        return status, response_headers, json.loads(payload) if payload else None
    finally:
        conn.close()


def create_app(s, name):
    return call(s, "POST", "/api/v1/apps", {"name": name, "scopes": ["model:deploy"]})


def create_key(s, app_id, name):
    return call(s, "POST", "/api/v1/apps/%s/keys" % app_id, {"name": name, "expires_at": EXPIRES})


def verify_answer(s, secret):
    """(status, answer) of verifying `secret` for model:deploy."""
    status, _, answer = call(s, "POST", "/api/v1/verify",
                             {"key": secret, "scope": "model:deploy"}, token=False)
    return status, answer


def verify(s, secret):
    """Whether `secret` is valid for model:deploy (verify must answer 200)."""
    status, answer = verify_answer(s, secret)
    check(status == 200, "verify answered %d" % status)
    return answer.get("valid") is True


def app_names(s):
    names = set()
    path = "/api/v1/apps?limit=1000"
    while path:
        status, _, listed = call(s, "GET", path)
        check(status == 200, "list apps: %d" % status)
        names |= {a["name"] for a in listed["apps"]}
        cursor = listed.get("next_cursor")
        path = "/api/v1/apps?limit=1000&cursor=" + urllib.parse.quote(cursor) if cursor else None
    return names
