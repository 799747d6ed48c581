"""The query catalogue over HTTP: the same names, parameters and answers as ``hankegraafi query``.

The app runs on the invented catalogue graph of the query tests
(``tests/queries/data/catalogue.trig``); every answer over HTTP is compared
with :func:`hankegraafi.queries.run` on the same store.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Literal, URIRef

from hankegraafi.queries import load_catalogue, run
from hankegraafi.queries.catalogue import CatalogueQuery
from hankegraafi.server import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import CATALOGUE_DATA, server_config

V = "https://w3id.org/hankegraafi/vocab/"
ID = "https://w3id.org/hankegraafi/id/"

#: Parameters that make each query answer something on the catalogue graph.
SAMPLE_PARAMS: dict[str, dict[str, str]] = {
    "dependencies-of": {"project": f"{ID}project/alfa"},
    "dependents-of": {"node": f"{V}service/omaolo"},
    "dependency-path": {"from": f"{ID}project/alfa", "to": f"{V}service/omaolo"},
    "regions-depending-on": {"node": f"{V}organisation/digifinland"},
    "shared-dependencies": {"region1": f"{V}county/17", "region2": f"{V}county/06"},
    "project-card": {"project": f"{ID}project/beta"},
    "search-labels": {"text": "omaolo"},
    "project-history": {"project": f"{ID}project/canonical/06/delta"},
    "changes-between": {
        "project": f"{ID}project/canonical/06/delta",
        "before": f"{ID}document/satakunta-tilanneraportti-txt",
        "after": f"{ID}document/satakunta-loppuraportti-pdf",
    },
}


@pytest.fixture(scope="module")
def catalogue_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    path = tmp_path_factory.mktemp("catalogue-http") / "store"
    store = EmbeddedStore(path)
    store.load(CATALOGUE_DATA, "trig")
    yield store
    store.close()


@pytest.fixture(scope="module")
def cat_app(catalogue_store: EmbeddedStore) -> Flask:
    assert catalogue_store.path is not None
    return create_app(server_config(catalogue_store.path, max_rows=10_000), store=catalogue_store)


@pytest.fixture
def cat(cat_app: Flask) -> FlaskClient:
    return cat_app.test_client()


def params_for(query: CatalogueQuery) -> dict[str, str]:
    given = dict(SAMPLE_PARAMS.get(query.name, {}))
    for p in query.params:
        if p.required and p.name not in given:
            pytest.fail(f"add sample parameters for {query.name} (needs {p.name})")
    return given


def json_value(term: dict[str, str] | None) -> object:
    return None if term is None else term["value"]


def rdflib_value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)
    assert isinstance(term, Literal)
    return str(term)


def test_listing_matches_the_catalogue(cat: FlaskClient) -> None:
    r = cat.get("/queries")
    assert r.status_code == 200 and r.mimetype == "application/json"
    listed = {q["name"]: q for q in r.get_json()["queries"]}
    catalogue = load_catalogue()
    assert set(listed) == set(catalogue)
    for name, query in catalogue.items():
        entry = listed[name]
        assert entry["title"] == query.titles and entry["description"] == query.descriptions
        assert [(p["name"], p["type"], p["required"], p["default"]) for p in entry["parameters"]] == [
            (p.name, p.type, p.required, p.default) for p in query.params
        ]
        assert [c["name"] for c in entry["columns"]] == [c.name for c in query.columns]
        assert entry["url"] == f"http://localhost/queries/{name}"


def test_listing_as_html(cat: FlaskClient) -> None:
    r = cat.get("/queries", headers={"Accept": "text/html"})
    assert r.mimetype == "text/html"
    assert "Budjetti ja toteuma hyvinvointialueittain" in r.text
    en = cat.get("/queries?hl=en", headers={"Accept": "text/html"})
    assert "Budget and actual costs by county" in en.text


@pytest.mark.parametrize("name", sorted(load_catalogue()))
def test_every_query_answers_as_the_command_line_does(
    cat: FlaskClient, catalogue_store: EmbeddedStore, name: str
) -> None:
    query = load_catalogue()[name]
    params = params_for(query)
    expected = run(catalogue_store, name, params)
    assert expected.rows, f"{name} answers nothing on the catalogue graph: pick better sample parameters"
    r = cat.get(f"/queries/{name}?" + urlencode({**params, "format": "json"}))
    assert r.status_code == 200, r.text
    data = json.loads(r.data)
    assert data["head"]["vars"] == expected.variables
    got = [tuple(json_value(b.get(v)) for v in expected.variables) for b in data["results"]["bindings"]]
    assert got == [tuple(rdflib_value(t) for t in row) for row in expected.rows]


def test_budget_by_region_values(cat: FlaskClient) -> None:
    r = cat.get(
        "/queries/budget-by-region?" + urlencode({"region": f"{V}county/06", "kind": "annual", "format": "csv"})
    )
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [
        (row["projectLabel"], row["year"], Decimal(row["budget"]), Decimal(row["actual"])) for row in rows
    ] == [
        ("Kestävän kasvun Delta", "2022", Decimal("1000000"), Decimal("750000")),
        ("Kestävän kasvun Delta", "2023", Decimal("1200000"), Decimal("900000")),
    ]
    empty = cat.get("/queries/budget-by-region?" + urlencode({"region": f"{V}county/18"}))
    assert json.loads(empty.data)["results"]["bindings"] == []


def test_formats_and_html_table(cat: FlaskClient) -> None:
    for fmt, media in (("xml", "application/sparql-results+xml"), ("tsv", "text/tab-separated-values")):
        assert cat.get(f"/queries/budget-by-region?format={fmt}").mimetype == media
    html = cat.get("/queries/budget-by-region", headers={"Accept": "text/html"})
    assert html.mimetype == "text/html"
    assert "<table" in html.text and "Kestävän kasvun Delta" in html.text
    assert 'name="region"' in html.text  # the parameter form
    assert cat.get("/queries/budget-by-region", headers={"Accept": "image/png"}).status_code == 406


@pytest.mark.parametrize(
    ("query_string", "message"),
    [
        ({"region": "not an iri"}, "parameter 'region'"),
        ({"region": "http://x/> } ; DROP ALL ; SELECT * { <x:"}, "parameter 'region'"),
        ({"nosuch": "1"}, "unknown parameter"),
        ({"lang": "fi; DROP"}, "language tag"),
        ({"kind": "zzz"}, "'zzz' is no key of the statement-kind vocabulary (cumulative, annual"),
    ],
)
def test_bad_parameters_are_400(cat: FlaskClient, query_string: dict[str, str], message: str) -> None:
    r = cat.get("/queries/budget-by-region?" + urlencode(query_string))
    assert r.status_code == 400
    assert r.mimetype == "application/json"
    assert message in r.get_json()["message"]


def test_missing_required_and_repeated_parameters(cat: FlaskClient) -> None:
    assert "missing required" in cat.get("/queries/dependencies-of").get_json()["message"]
    r = cat.get(
        "/queries/budget-by-region?" + urlencode([("region", f"{V}county/06"), ("region", f"{V}county/17")])
    )
    assert r.status_code == 400 and "more than once" in r.get_json()["message"]


def test_string_parameter_is_escaped_not_spliced(cat: FlaskClient) -> None:
    """A label search for text full of SPARQL syntax finds nothing and breaks nothing."""
    hostile = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    r = cat.get("/queries/search-labels?" + urlencode({"text": hostile, "format": "json"}))
    assert r.status_code == 200, r.text
    assert json.loads(r.data)["results"]["bindings"] == []
    text = cat.get("/queries/search-labels.rq?" + urlencode({"text": hostile})).text
    assert '\\" } } ; DROP ALL' in text  # written by rdflib's n3(), escaped


def test_unknown_query_is_404(cat: FlaskClient) -> None:
    r = cat.get("/queries/no-such-query")
    assert r.status_code == 404 and r.get_json()["error"] == "not-found"


def test_query_text(cat: FlaskClient) -> None:
    r = cat.get("/queries/budget-by-region.rq")
    assert r.mimetype == "application/sparql-query"
    assert r.text == load_catalogue()["budget-by-region"].text
    bound = cat.get("/queries/budget-by-region.rq?" + urlencode({"region": f"{V}county/06"})).text
    assert f'VALUES (?region ?lang) {{ (<{V}county/06> "fi") }}' in bound


def test_catalogue_runs_under_the_same_row_cap(catalogue_store: EmbeddedStore, tmp_path: Path) -> None:
    assert catalogue_store.path is not None
    capped = create_app(server_config(catalogue_store.path, max_rows=2), store=catalogue_store).test_client()
    r = capped.get("/queries/budget-by-region?kind=annual&format=json")
    assert len(json.loads(r.data)["results"]["bindings"]) == 2
    assert r.headers["X-Hankegraafi-Truncated"] == "true; max-rows=2"
    html = capped.get("/queries/budget-by-region?kind=annual&format=html").text
    assert 'class="hg-truncated"' in html


def test_editor_page(cat: FlaskClient) -> None:
    r = cat.get("/editor")
    assert r.status_code == 200
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert 'data-name="budget-by-region"' in r.text
    assert "PREFIX hg: <https://w3id.org/hankegraafi/ontology#>" in r.text.replace("\\u003c", "<").replace(
        "\\u003e", ">"
    )
    assert "vendor/yasgui/yasgui.min.js" in r.text or 'id="hg-no-vendor"' in r.text


def test_language_links_keep_the_query_parameters(cat: FlaskClient) -> None:
    """Switching language on a result page answers the same call, not the query with its defaults."""
    page = cat.get("/queries/budget-by-region?format=html&kind=annual&hl=sv").get_data(as_text=True)
    for code in ("fi", "sv", "en"):
        assert f'<a href="?format=html&amp;kind=annual&amp;hl={code}"' in page
