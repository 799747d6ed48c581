"""Hostile requests to the new routes (/reconcile, /review login) answer a clear 4xx naming
what was wrong, never a 500: found by attacking a real server (see the commit message)."""

from __future__ import annotations

import json
import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import review
from tests.server.conftest import TOKEN


def _reconcile(client: FlaskClient, queries: str) -> tuple[int, str]:
    answer = client.post("/reconcile", data={"queries": queries})
    return answer.status_code, answer.text


def test_reconcile_refuses_deep_nesting_infinite_limits_and_lone_surrogates(client: FlaskClient) -> None:
    deep = "[" * 100_000 + "]" * 100_000  # in the query string: the test app's body limit is 4000 bytes
    nested = client.get("/reconcile", query_string={"queries": deep})
    assert nested.status_code == 400 and "nested too deeply" in nested.text
    deep = "[" * 1900 + "]" * 1900
    body = client.post("/reconcile", data='{"queries":' + deep + "}", content_type="application/json")
    assert body.status_code == 400 and "queries" in body.text
    status, text = _reconcile(client, '{"q": {"query": "Kela", "limit": 1e999}}')
    assert status == 400 and "limit" in text
    single = client.post("/reconcile", data={"query": '{"query": "Kela", "limit": 1e999}'})
    assert single.status_code == 400 and "limit" in single.text
    for hostile in ('{"\\ud800": {"query": "Kela"}}', '{"q": {"query": "Ke\\udfffla"}}'):
        status, text = _reconcile(client, hostile)
        assert status == 400 and "surrogate" in text, text


def test_reconcile_json_body_that_is_no_object_is_a_400_not_the_manifest(client: FlaskClient) -> None:
    bad = client.post("/reconcile", data="{bad", content_type="application/json")
    assert bad.status_code == 400 and "queries is not JSON" in bad.text
    listed = client.post("/reconcile", data="[1, 2]", content_type="application/json")
    assert listed.status_code == 400 and "JSON object" in listed.text
    ok = client.post(
        "/reconcile", data=json.dumps({"queries": {"q": {"query": "x"}}}), content_type="application/json"
    )
    assert ok.status_code == 200 and "q" in ok.get_json()
    assert client.post("/reconcile", content_type="application/json").status_code == 200  # manifest


def test_failed_logins_are_throttled_per_client(app: Flask) -> None:
    client = app.test_client()
    form = client.get("/review/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    codes = [
        client.post(
            "/review/login",
            data={"csrf": token.group(1), "user": "publisher", "password": f"guess{i}"},
            environ_base={"REMOTE_ADDR": "192.0.2.7"},
        ).status_code
        for i in range(review.LOGIN_FAILURES + 2)
    ]
    assert codes[: review.LOGIN_FAILURES] == [403] * review.LOGIN_FAILURES
    assert codes[-1] == 429
    last = client.post(
        "/review/login",
        data={"csrf": token.group(1), "user": "publisher", "password": "guess"},
        environ_base={"REMOTE_ADDR": "192.0.2.7"},
    )
    assert last.status_code == 429 and int(last.headers["Retry-After"]) > 0
    # Another client is not locked out by the first one's guesses.
    other = client.post(
        "/review/login",
        data={"csrf": token.group(1), "user": "publisher", "password": "guess"},
        environ_base={"REMOTE_ADDR": "192.0.2.8"},
    )
    assert other.status_code == 403


def test_login_form_sessions_are_capped(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "MAX_SESSIONS", 20)
    client = app.test_client()
    for _ in range(60):
        client.delete_cookie(review.COOKIE, path="/review")
        assert client.get("/review/login").status_code == 200
    assert len(app.extensions[review.EXTENSION].sessions) <= 20


def test_the_link_back_after_a_decision_stays_on_the_site(app: Flask) -> None:
    client = app.test_client()
    form = client.get("/review/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    logged = client.post(
        "/review/login",
        data={"csrf": token.group(1), "user": "publisher", "password": TOKEN},
        environ_base={"REMOTE_ADDR": "192.0.2.9"},
    )
    assert logged.status_code == 303
    for hostile in (
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/\t/evil",
    ):
        page = client.get("/review", query_string={"done": "d", "state": "s", "page": hostile})
        assert page.status_code == 200 and hostile not in page.text and "javascript:" not in page.text
        # Every link stays on the site: the language links repeat the page's own query (the
        # hostile value percent-encoded inside it, as a parameter of this page), nothing else.
        hrefs = re.findall(r'href="([^"]*)"', page.text)
        assert hrefs and all(
            h.startswith(("?", "#")) or (h.startswith("/") and not h.startswith(("//", "/\\"))) for h in hrefs
        ), hrefs
        assert not [h for h in hrefs if "evil" in h and not h.startswith("?")], hrefs
    ours = client.get("/review", query_string={"done": "d", "state": "s", "page": "/id/project/x.html"})
    assert 'href="/id/project/x.html"' in ours.text
    assert review.local_path("//evil.example") is None and review.local_path("/id/x") == "/id/x"


def test_writes_beyond_the_pending_cap_get_503_not_a_request_thread(app: Flask) -> None:
    """Ten concurrent graph uploads each rebuild the derived graphs (seconds): waiting in line they
    held every request thread and a reader's GET timed out; past the cap they get 503 at once."""
    import threading

    from hankegraafi.server import runtime
    from hankegraafi.server.errors import ServiceUnavailable

    release = threading.Event()
    started = threading.Semaphore(0)

    class SlowRunner:
        generation = 0

        def write(self, op: tuple[object, ...], timeout: float, drain: float) -> str:
            started.release()
            release.wait(10)
            return "done"

    base = app.extensions["hankegraafi"]
    services = runtime.Services(base.config, SlowRunner(), base.limiter, base.cache)  # type: ignore[arg-type]
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(services.write(("noop",))))
        for _ in range(runtime.MAX_PENDING_WRITES)
    ]
    for t in threads:
        t.start()
    for _ in threads:
        assert started.acquire(timeout=5)
    with pytest.raises(ServiceUnavailable) as refused:
        services.write(("noop",))
    assert refused.value.headers["Retry-After"]
    release.set()
    for t in threads:
        t.join(5)
    assert results == ["done"] * runtime.MAX_PENDING_WRITES
    assert services.write(("noop",)) == "done"  # the count went back down
