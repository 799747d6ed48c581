"""Resource paths that make no IRI are a plain 404, never a query error (issue 16, fault 12).

``/id/<path>`` decodes the path into an IRI; ``%3E%20%7D`` decodes to ``> }``
and ``%00`` to NUL, which no IRI holds. Such text once reached a query (400
``query-syntax`` with the internal query's position) or a serialiser (500).
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hankegraafi.server.pages.iris import Mapping, NotAnIri, check_terms, is_iri

ODD = [
    "/id/%3E%20%7D%20SERVICE",
    "/id/%3E%20%7D%20SERVICE.ttl",
    "/id/x%00.ttl",
    "/id/x%00",
    "/id/x%00.html",
    "/id/a%20b.nt",
    "/id/%22%7B%7D%7C%5E%60%5C.jsonld",
    "/id/project/x%0A%3E.rdf",
    "/vocab/%3E%20%7D%20SERVICE",
    "/vocab/x%00.ttl",
]


@pytest.mark.parametrize("path", ODD)
@pytest.mark.parametrize("accept", ["text/html", "text/turtle", "application/json", "*/*"])
def test_a_path_that_makes_no_iri_is_not_found(client: FlaskClient, path: str, accept: str) -> None:
    r = client.get(path, headers={"Accept": accept})
    assert r.status_code == 404, r.get_data(as_text=True)[:500]
    body = r.get_data(as_text=True)
    assert "query-syntax" not in body and "error at" not in body and "Traceback" not in body


def test_iri_check_follows_the_grammar() -> None:
    assert is_iri("https://w3id.org/hankegraafi/id/project/x")
    for bad in ["https://e/> } SERVICE", "https://e/x\x00", "https://e/a b", "relative", "https://e/{x}"]:
        assert not is_iri(bad)
    m = Mapping("https://w3id.org/hankegraafi/id/")
    with pytest.raises(NotAnIri):
        m.iri_for("/id/", "> } SERVICE <http://127.0.0.1:9/> {")
    from rdflib import URIRef

    with pytest.raises(NotAnIri):
        check_terms({"this": URIRef("https://e/x\x00")})


_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.text(_CHARS, max_size=30)
    | st.sampled_from(["> } SERVICE <x> {", "\x00", "%", "..", "a/../b", "#frag", "?q=1", "\\", "\ud7ff"]),
    suffix=st.sampled_from(["", ".html", ".ttl", ".nt", ".jsonld", ".rdf", ".txt"]),
    prefix=st.sampled_from(["/id/", "/vocab/"]),
    encode=st.booleans(),
)
def test_any_resource_path_is_answered_without_error(
    client: FlaskClient, raw: str, suffix: str, prefix: str, encode: bool
) -> None:
    path = prefix + (quote(raw, safe="") if encode else quote(raw, safe="/%")) + suffix
    r = client.get(path)
    assert r.status_code < 400 or r.status_code == 404, (path, r.status_code, r.get_data(as_text=True)[:300])
    assert "query-syntax" not in r.get_data(as_text=True)
