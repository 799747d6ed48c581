"""Only http(s) IRIs and relative references become links; any other IRI is shown as text.

A ``javascript:`` IRI can reach a page through ``hankegraafi load``, a remote
store, or a query's own results on ``/sparql?format=html`` (anonymous and
reflected); as an ``href`` it would run when clicked. On 3bf40d1 both pages
wrote ``<a href="javascript:…">``.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from tests.web.conftest import EVIL_IRI, PROJECT

SCHEMES = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "urn:isbn:0451450523",
    "mailto:x@example.fi",
]


@pytest.mark.parametrize("iri", SCHEMES)
def test_other_schemes_are_not_linkable(iri: str) -> None:
    from hankegraafi.server.links import linkable

    assert not linkable(iri)


@pytest.mark.parametrize(
    "iri", ["http://example.org/x", "HTTPS://example.org/x", "/id/project/x.html", "#L3", "?hl=sv", "x.html"]
)
def test_web_and_relative_references_are_linkable(iri: str) -> None:
    from hankegraafi.server.links import linkable

    assert linkable(iri)


def hrefs(html: str) -> list[str]:
    return [str(a.get("href", "")) for a in BeautifulSoup(html, "html.parser").find_all("a")]


def test_resource_page_shows_a_javascript_iri_as_text(hostile_client: FlaskClient) -> None:
    path = PROJECT.removeprefix("https://w3id.org/hankegraafi") + ".html"
    page = hostile_client.get(path)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert EVIL_IRI in BeautifulSoup(html, "html.parser").get_text()  # shown
    assert not [h for h in hrefs(html) if h.lower().startswith("javascript")], hrefs(html)  # never a link


def test_sparql_html_results_show_a_javascript_iri_as_text(hostile_client: FlaskClient) -> None:
    query = f"SELECT ?x ?y WHERE {{ VALUES (?x ?y) {{ (<{EVIL_IRI}> <https://example.org/ok>) }} }}"
    page = hostile_client.get(f"/sparql?format=html&query={quote(query)}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert EVIL_IRI in BeautifulSoup(html, "html.parser").get_text()
    assert "https://example.org/ok" in hrefs(html)  # http(s) IRIs still are links
    assert not [h for h in hrefs(html) if h.lower().startswith("javascript")]
