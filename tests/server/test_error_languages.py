"""Every error answer says what went wrong in the reader's language (fi, sv, en), beside its English detail.

The detail (``message``) is what clients and logs match on and stays as it was; the summary is the interface
text of the error's code, so a route's new error is explained in all three languages without translating
its own words. Found by R6 in stop 44: the 400 texts were English only.
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from hankegraafi.server import errors, i18n

SUMMARY_404 = {
    "fi": "Pyydettyä sivua tai resurssia ei löydy.",
    "sv": "Den begärda sidan eller resursen finns inte.",
    "en": "The page or resource asked for does not exist.",
}


def _codes() -> set[str]:
    found: set[str] = set()
    todo = [errors.HttpError]
    while todo:
        cls = todo.pop()
        found.add(cls.code)
        todo.extend(cls.__subclasses__())
    return found


def test_every_error_code_has_a_summary_in_all_three_languages() -> None:
    codes = _codes() | {"http-error"}
    assert {"bad-request", "query-syntax", "not-found", "query-timeout", "slow-lane-full"} <= codes
    missing = {
        c: [lang for lang in i18n.LANGS if lang not in i18n.STRINGS.get(f"error.{c}", {})] for c in codes
    }
    assert not {c: m for c, m in missing.items() if m}, missing


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_404_is_explained_in_the_asked_language_as_json_html_and_text(client: FlaskClient, lang: str) -> None:
    as_json = client.get(f"/explorer/api/nothing-here?hl={lang}", headers={"Accept": "application/json"})
    body = as_json.get_json()
    assert as_json.status_code == 404 and body["error"] == "not-found"
    assert body["summary"] == SUMMARY_404[lang] and body["lang"] == lang

    as_html = client.get(f"/no-such-page?hl={lang}", headers={"Accept": "text/html"})
    assert as_html.status_code == 404
    assert f'<p class="hg-error-summary" lang="{lang}">{SUMMARY_404[lang]}</p>' in as_html.text
    assert i18n.translate("error.detail", lang) in as_html.text

    as_text = client.get(f"/no-such-page?hl={lang}", headers={"Accept": "text/plain"})
    first, second = as_text.text.splitlines()[:2]
    assert first.startswith("404 not-found: ") and second == SUMMARY_404[lang]


def test_a_repeated_parameter_keeps_its_english_detail_and_gains_a_summary(client: FlaskClient) -> None:
    answer = client.get("/search?q=a&q=b", headers={"Accept": "application/json", "Accept-Language": "sv"})
    body = answer.get_json()
    assert answer.status_code == 400 and body["message"] == "parameter 'q' given 2 times; give it once"
    assert body["lang"] == "sv" and body["summary"] == i18n.STRINGS["error.bad-request"]["sv"]
    assert "Accept-Language" in answer.headers.get("Vary", "")


def test_a_wrong_language_is_refused_with_a_summary_in_the_negotiated_one(client: FlaskClient) -> None:
    answer = client.get("/?hl=xx", headers={"Accept": "text/plain", "Accept-Language": "en"})
    assert answer.status_code == 400
    assert answer.text.splitlines()[1] == i18n.STRINGS["error.bad-request"]["en"]
