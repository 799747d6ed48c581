"""The review audit log holds what happened, not what an anonymous client sends.

Found by attack on a real server (stop 31): anyone may fetch ``/review/login`` for a session
and its CSRF token, and every refused login was written to the audit log (and the server's log)
with the user name as sent: five POSTs with a 900 000-character user name made the audit file
4.5 MB, so one address at the default rate limit added about 100 MB a minute, and the audit page
read the whole file into memory to show its last 200 lines. A refused decision wrote the form's
action and target the same way. A line cut short (a crash while writing, a full disk) made the
audit page a 500.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Flask

from hankegraafi.server.review import MAX_AUDIT_CHARACTERS
from tests.curation.test_review_http import csrf_of, log_in

HUGE = "A" * 400_000


def _state(app: Flask) -> Any:
    return app.extensions["hankegraafi.review"]


def test_a_refused_login_with_a_huge_user_name_writes_a_short_line(review_app: Flask) -> None:
    client = review_app.test_client()
    token = csrf_of(client.get("/review/login").text)
    for _ in range(3):
        refused = client.post("/review/login", data={"csrf": token, "user": HUGE, "password": "x"})
        assert refused.status_code in (403, 429)
    lines = _state(review_app).audit_path.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    failed = [e for e in entries if e["event"] in ("login-failed", "login-refused")]
    assert len(failed) == 3
    for entry in failed:
        assert entry["user"].startswith("A" * 50)
        assert "400000" in entry["user"]  # how long it was, not what it was
        assert len(entry["user"]) <= MAX_AUDIT_CHARACTERS + 40
    assert max(len(line) for line in lines) < 2 * MAX_AUDIT_CHARACTERS + 400


def test_a_refused_decision_writes_its_fields_short(review_app: Flask) -> None:
    client = review_app.test_client()
    assert client.post("/review/decide", data={"action": HUGE, "target": HUGE}).status_code == 403
    entry = json.loads(_state(review_app).audit_path.read_text(encoding="utf-8").splitlines()[-1])
    assert entry["event"] == "decision-refused"
    assert (
        len(entry["action"]) <= MAX_AUDIT_CHARACTERS + 40 and len(entry["target"]) <= MAX_AUDIT_CHARACTERS + 40
    )


def test_the_audit_page_reads_the_last_lines_only_and_skips_a_damaged_one(review_app: Flask) -> None:
    client = review_app.test_client()
    log_in(client)
    path = _state(review_app).audit_path
    old = json.dumps({"at": "2026-01-01T00:00:00+00:00", "event": "login", "user": "x" * 1_000_000})
    with path.open("a", encoding="utf-8") as out:
        for _ in range(40):  # 40 MB written by an older server: never read whole
            out.write(old + "\n")
        out.write('{"at": "2026-12-04T00:00:00+00:00", "event": "decision", "user": "cut sh\n')  # cut short
        out.write("[1, 2]\n")  # no entry
        out.write(json.dumps({"at": "2026-12-04T00:00:01+00:00", "event": "login", "user": "viimeinen"}) + "\n")
    entries = _state(review_app).entries()
    assert entries[0]["user"] == "viimeinen"
    assert all(isinstance(e, dict) for e in entries)
    assert all(len(e.get("user") or "") < 1_000_000 for e in entries)
    page = client.get("/review/audit")
    assert page.status_code == 200 and "viimeinen" in page.text
    assert len(page.data) < 1_000_000


def test_the_audit_log_is_never_written_through_a_link_or_into_another_users_file(
    review_app: Flask, tmp_path: Path
) -> None:
    """Where the store's folder is not writable the log is in the shared temporary folder under a
    name anyone can compute (the store's digest): a link planted there made every audit line (the
    user name as sent among them) be appended to the file it pointed at."""
    path = _state(review_app).audit_path
    path.unlink(missing_ok=True)
    victim = tmp_path / "uhri.txt"
    victim.write_text("koskematon\n")
    path.symlink_to(victim)
    client = review_app.test_client()
    token = csrf_of(client.get("/review/login").text)
    refused = client.post("/review/login", data={"csrf": token, "user": "echo pwned", "password": "x"})
    assert refused.status_code == 403  # the refusal stands; the line is not written
    assert victim.read_text() == "koskematon\n"
    assert _state(review_app).entries() == []  # not read through the link either
