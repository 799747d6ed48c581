"""An IRI parameter is an IRI as the engine's own parser reads it, or a 400 naming the parameter.

The catalogue's rule of IRI parameters checked characters and the scheme only, so a value the
engine's IRI parser refuses (a '%' not followed by two hex digits, '[' outside an IPv6 host, a
second '#') passed it and failed where the generated query or update met it. Found by attack on a
real server: ``/quality?region=[]`` (a county code made ``…/county/[]``) and ``?region=https://x.fi/%``
answered 500 internal-error with a traceback in the log; ``/explorer/api/node?node=https://x.fi/%G0``,
``/queries/projects-by-region?region=https://x.fi/a%`` and ``PUT /graph-store?graph=…%G0`` answered
``query-syntax: error at 8:38: expected IRI parsing failed``, a place in a query the client never wrote.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from hankegraafi.queries.catalogue import iri_fault
from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {"Accept": "application/sparql-results+json"}
#: Values whose characters and scheme pass, but which RFC 3987 (and so the engine) does not read as IRIs.
NOT_IRIS = ["https://x.fi/%", "https://x.fi/a%G0", "https://x.fi/a[]", "https://x.fi/a#b#c", "urn:x:%zz"]


@pytest.mark.parametrize("value", NOT_IRIS)
def test_the_rule_reads_the_iri_as_the_engine_does(value: str) -> None:
    fault = iri_fault(value)
    assert fault is not None and fault.startswith("not an IRI"), fault


@pytest.mark.parametrize("value", ["https://x.fi/a%20b", "https://x.fi/ä#osa", "urn:x:y"])
def test_iris_the_engine_reads_pass(value: str) -> None:
    assert iri_fault(value) is None


def _refused_by_name(response: TestResponse, name: str) -> str:
    text = response.get_data(as_text=True)
    assert response.status_code == 400, text
    assert name in text, text
    assert "error at" not in text, text  # no place in a text the client never wrote
    return text


@pytest.mark.parametrize("value", ["[]", "https://x.fi/%", "https://x.fi/a[]"])
def test_the_quality_page_names_its_region(client: FlaskClient, value: str) -> None:
    _refused_by_name(client.get("/quality?region=" + quote(value, safe="")), "'region'")


@pytest.mark.parametrize("value", NOT_IRIS)
def test_the_catalogue_and_the_explorer_name_the_parameter(client: FlaskClient, value: str) -> None:
    encoded = quote(value, safe="")
    _refused_by_name(client.get(f"/queries/projects-by-region?region={encoded}"), "'region'")
    _refused_by_name(client.get(f"/explorer/api/node?node={encoded}"), "'node'")


@pytest.mark.parametrize("value", NOT_IRIS)
def test_the_graph_store_names_its_graph(writable_client: FlaskClient, value: str) -> None:
    url = "/graph-store?graph=" + quote(value, safe="")
    body = b"<http://a.example/s> <http://a.example/p> 'o' ."
    put = writable_client.put(url, data=body, headers={**AUTH, "Content-Type": "text/turtle"})
    assert "graph=" in _refused_by_name(put, "?graph=")
    assert "graph=" in _refused_by_name(writable_client.delete(url, headers=AUTH), "?graph=")
    count = writable_client.get(
        "/sparql?query=" + quote("ASK { GRAPH ?g { <http://a.example/s> ?p ?o } }"),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert json.loads(count.data)["boolean"] is False


@pytest.mark.parametrize("param", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("value", [*NOT_IRIS, "relative/graph"])
def test_the_protocol_dataset_names_its_parameter(client: FlaskClient, param: str, value: str) -> None:
    url = f"/sparql?query={quote('ASK {}')}&{param}={quote(value, safe='')}"
    _refused_by_name(client.get(url, headers=JSON), f"'{param}'")
    form = {"query": "ASK {}", param: value}
    _refused_by_name(client.post("/sparql", data=form, headers=JSON), f"'{param}'")
