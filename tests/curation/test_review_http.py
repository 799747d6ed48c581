"""/review over HTTP: the login, the session cookie, CSRF on every POST, the audit log, and a
decision that changes the project's page."""

from __future__ import annotations

import json
import re

from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server.review import COOKIE
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.conftest import TOKEN
from tests.curation.documents import PROJECT, THL, UNKNOWN

PATH = "/id/project/kainuun-etakotihoito.html"


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def log_in(client: FlaskClient) -> str:
    form = client.get("/review/login")
    assert form.status_code == 200
    answer = client.post(
        "/review/login", data={"csrf": csrf_of(form.text), "user": "publisher", "password": TOKEN}
    )
    assert answer.status_code == 303 and answer.headers["Location"].endswith("/review")
    page = client.get("/review")
    assert page.status_code == 200
    return csrf_of(page.text)


def test_the_queue_needs_a_login_and_every_post_its_csrf_token(review_app: Flask) -> None:
    client = review_app.test_client()
    assert client.get("/review").status_code == 403
    refused = client.post("/review/decide", data={"action": "link", "target": UNKNOWN, "linked": THL})
    assert refused.status_code == 403
    form = client.get("/review/login")
    cookie = form.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/review" in cookie
    assert "Secure" not in cookie  # public URL is http here
    # A wrong password and a login without the form's token are refused too.
    token = csrf_of(form.text)
    assert (
        client.post("/review/login", data={"csrf": token, "user": "publisher", "password": "x"}).status_code
        == 403
    )
    assert client.post("/review/login", data={"user": "publisher", "password": TOKEN}).status_code == 403

    good = log_in(client)
    page = client.get("/review")
    assert "Kuvitelmalan yliopisto" in page.text and page.headers["Cache-Control"] == "no-store"
    assert "Access-Control-Allow-Origin" not in page.headers
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    wrong = client.post(
        "/review/decide", data={"csrf": good[:-2] + "xx", "action": "link", "target": UNKNOWN, "linked": THL}
    )
    assert wrong.status_code == 403
    missing = client.post("/review/decide", data={"action": "link", "target": UNKNOWN, "linked": THL})
    assert missing.status_code == 403
    # An IRI that would end early in SPARQL text is refused before anything is written.
    hostile = client.post(
        "/review/decide",
        data={"csrf": good, "action": "link", "target": UNKNOWN, "linked": THL + "> } ; DROP ALL ; #"},
    )
    assert hostile.status_code == 400 and "not an IRI" in hostile.text
    assert 'href="/id/organisation/kuvitelmalan-yliopisto' in client.get(PATH).text  # nothing was decided


def test_a_link_in_the_browser_queue_changes_the_project_page_and_is_audited(review_app: Flask) -> None:
    client = review_app.test_client()
    before = client.get(PATH)
    assert before.status_code == 200 and 'href="/id/organisation/kuvitelmalan-yliopisto' in before.text
    assert 'href="/vocab/organisation/thl' not in before.text
    token = log_in(client)
    done = client.post(
        "/review/decide",
        data={"csrf": token, "action": "link", "target": UNKNOWN, "linked": THL, "why": "sama", "page": PATH},
    )
    assert done.status_code == 303
    assert "state=applied" in done.headers["Location"]
    after = client.get(PATH).text
    assert 'href="/id/organisation/kuvitelmalan-yliopisto' not in after
    assert 'href="/vocab/organisation/thl' in after  # the stakeholder is THL now
    assert "Kuvitelmalan yliopisto" not in client.get("/review").text  # off the queue
    client.post(
        "/review/decide",
        data={"csrf": token, "action": "set", "target": PROJECT, "prop": "hg:endDate", "value": "2023"},
    )
    audit = client.get("/review/audit")
    assert audit.status_code == 200
    state = review_app.extensions["hankegraafi.review"]
    entries = [json.loads(line) for line in state.audit_path.read_text(encoding="utf-8").splitlines()]
    events = [(e["event"], e.get("user"), e.get("action"), e.get("outcome")) for e in entries]
    assert ("login", "publisher", None, None) in events
    assert ("decision", "publisher", "link", "applied") in events
    assert ("decision", "publisher", "set", "applied") in events
    # The decision is the organisation's, not the person's: the curation graph says who published.
    client.set_cookie(COOKIE, "", path="/review")


def test_the_project_page_shows_a_corrected_fact_as_corrected_with_the_original_on_request(
    review_app: Flask,
) -> None:
    client = review_app.test_client()
    assert 'id="corrections"' not in client.get(PATH).text
    token = log_in(client)
    client.post(
        "/review/decide",
        data={
            "csrf": token,
            "action": "set",
            "target": PROJECT,
            "prop": "hg:endDate",
            "value": "2023",
            "why": "väärä vuosi",
        },
    )
    client.post("/review/decide", data={"csrf": token, "action": "link", "target": UNKNOWN, "linked": THL})
    page = client.get(PATH + "?hl=en").text
    section = page[
        page.index('<section id="corrections"') : page.index("</section>", page.index('id="corrections"'))
    ]
    assert "Corrected facts" in section
    assert '<span class="corrected">2023</span>' in section
    assert "corrected by the publisher on " in section and "Reason: väärä vuosi" in section
    assert "<summary>Original reading</summary>2029</details>" in section
    assert "<summary>Original reading</summary>Kuvitelmalan yliopisto</details>" in section
    assert "Korjatut tiedot" in client.get(PATH + "?hl=fi").text
    # The canonical project's page shows its records' corrections too.
    canonical = client.get("/id/project/canonical/20/kainuun-etakotihoito.html?hl=sv")
    assert canonical.status_code == 200 and "Korrigerade uppgifter" in canonical.text


def test_a_configured_user_list_replaces_the_token_and_none_closes_the_queue(
    curated_store: EmbeddedStore,
) -> None:
    import hashlib

    from hankegraafi.server import create_app
    from tests.curation.conftest import config

    assert curated_store.path is not None
    digest = hashlib.sha256(b"kuvitelma-salasana").hexdigest()
    app = create_app(config(curated_store.path, review_users=f"anna:{digest}"), store=curated_store)
    client = app.test_client()
    token = csrf_of(client.get("/review/login").text)
    refused = client.post("/review/login", data={"csrf": token, "user": "publisher", "password": TOKEN})
    assert refused.status_code == 403  # the token is no password once users are configured
    good = client.post("/review/login", data={"csrf": token, "user": "anna", "password": "kuvitelma-salasana"})
    assert good.status_code == 303 and client.get("/review").status_code == 200
    closed = create_app(config(curated_store.path, update_token=""), store=curated_store).test_client()
    assert closed.get("/review/login").status_code == 403
