"""A directional override in stored data is shown as U+FFFD in pages and feeds, kept in data formats.

Found by attack (stop 32): a label written through the token's routes, ``load`` or a curator's words,
"Pirkanmaan <U+202E>gnp.exe sote-keskus", was shown as it is; in HTML an override runs to the end of
its block and turns round the names after it (a list of projects, a table row, a feed's title).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import page_config

ID = "https://w3id.org/hankegraafi/id/"
ORG = URIRef(ID + "organisation/suuntatesti")
CONTROLS = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    path: Path = tmp_path_factory.mktemp("directions") / "store"
    store = EmbeddedStore(path)
    g = Graph()
    g.add((ORG, RDF.type, HG.Organisation))
    g.add((ORG, SKOS.prefLabel, Literal("Suuntatesti", lang="fi")))
    for i, mark in enumerate(CONTROLS):
        project = URIRef(f"{ID}project/suuntatesti-{i}")
        g.add((project, RDF.type, HG.Project))
        g.add((project, SKOS.prefLabel, Literal(f"Hanke {i} {mark}gnp.exe ja muut", lang="fi")))
        part = URIRef(f"{ID}participation/suuntatesti-{i}")
        g.add((project, HG.participation, part))
        g.add((part, HG.organisation, ORG))
    store.replace_graph(URIRef(ID + "graph/suuntatesti"), g)
    app = create_app(page_config(path, result_cache_seconds=0), store=store)
    yield app.test_client()
    store.close()


@pytest.mark.parametrize("path", ["/id/project/suuntatesti-4.html", "/id/organisation/suuntatesti.html"])
def test_a_page_shows_an_override_as_a_replacement_character(client: FlaskClient, path: str) -> None:
    response = client.get(path + "?hl=fi")
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert not any(mark in text for mark in CONTROLS)
    assert "Hanke 4 \ufffdgnp.exe ja muut" in text
    assert int(response.headers["Content-Length"]) == len(response.get_data())


def test_data_formats_keep_the_stored_text(client: FlaskClient) -> None:
    response = client.get("/id/project/suuntatesti-4", headers={"Accept": "text/turtle"}, follow_redirects=True)
    assert response.status_code == 200
    assert "Hanke 4 \u202egnp.exe ja muut" in response.get_data(as_text=True)
