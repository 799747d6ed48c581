"""A resource page's long lists are shown in parts (issue 17: a county at 10^6 triples listed
500–1 000 links per list in one page): a table of at most ``PAGE_ROWS`` rows, at most
``INCOMING_ROWS`` values of one property pointing at the resource, in the order of the whole list,
with the part asked for by ``?sivu=N`` and links to the parts beside it.

The data is invented: one organisation taking part in 130 projects through 520 participations
(four each), so its table of projects has 130 rows and ``hg:organisation`` points at it 520 times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server import create_app
from hankegraafi.server.pages.builder import MEMBER_ROWS, PAGE_ROWS
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import page_config

ID = "https://w3id.org/hankegraafi/id/"
ORG = URIRef(ID + "organisation/sivutustesti")
PAGE = "/id/organisation/sivutustesti.html"
PROJECTS = 130
PARTS_EACH = 4
SCHEME = URIRef(ID + "scheme/sivutustesti")
MEMBERS = 150


def _graph() -> Graph:
    g = Graph()
    g.add((ORG, RDF.type, HG.Organisation))
    g.add((ORG, SKOS.prefLabel, Literal("Sivutuksen testiyhdistys", lang="fi")))
    for i in range(PROJECTS):
        project = URIRef(f"{ID}project/sivutus-{i:03d}")
        g.add((project, RDF.type, HG.Project))
        g.add((project, SKOS.prefLabel, Literal(f"Kokeiluhanke {i:03d}", lang="fi")))
        for j in range(PARTS_EACH):
            part = URIRef(f"{ID}participation/sivutus-{i:03d}-{j}")
            g.add((project, HG.participation, part))
            g.add((part, HG.organisation, ORG))
            g.add((part, SKOS.prefLabel, Literal(f"Osallistuminen {i:03d}-{j}", lang="fi")))
    g.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((SCHEME, SKOS.prefLabel, Literal("Sivutuksen testisanasto", lang="fi")))
    for i in range(MEMBERS):
        concept = URIRef(f"{ID}concept/sivutus-{i:03d}")
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.prefLabel, Literal(f"Jäsen {i:03d}", lang="fi")))
        g.add((concept, SKOS.inScheme, SCHEME))
    return g


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FlaskClient]:
    path: Path = tmp_path_factory.mktemp("paging") / "store"
    store = EmbeddedStore(path)
    store.replace_graph(URIRef(ID + "graph/sivutustesti"), _graph())
    app = create_app(page_config(path, result_cache_seconds=0), store=store)
    yield app.test_client()
    store.close()


def _section(html: str, section_id: str) -> str:
    start = html.index(f'<section id="{section_id}"')
    return html[start : html.index("</section>", start)]


def _projects(html: str) -> list[str]:
    return re.findall(r">Kokeiluhanke (\d{3})<", _section(html, "takes-part"))


def _participations(html: str) -> list[str]:
    return re.findall(r">Osallistuminen (\d{3}-\d)<", _section(html, "all"))


def test_a_long_table_is_shown_in_parts_in_the_whole_lists_order(client: FlaskClient) -> None:
    first = client.get(PAGE + "?hl=en").get_data(as_text=True)
    assert _projects(first) == [f"{i:03d}" for i in range(PAGE_ROWS)]
    assert f"1–{PAGE_ROWS} of {PROJECTS}" in first
    assert 'href="?sivu=2#takes-part" rel="next"' in first
    assert 'rel="prev"' not in _section(first, "takes-part")

    second = client.get(PAGE + "?hl=en&sivu=2").get_data(as_text=True)
    assert _projects(second) == [f"{i:03d}" for i in range(PAGE_ROWS, PROJECTS)]
    assert f"{PAGE_ROWS + 1}–{PROJECTS} of {PROJECTS}" in second
    assert 'href="?sivu=1#takes-part" rel="prev"' in second
    assert 'rel="next"' not in _section(second, "takes-part")


def test_the_values_pointing_at_a_resource_are_shown_in_parts(client: FlaskClient) -> None:
    total = PROJECTS * PARTS_EACH
    wanted = sorted(f"{i:03d}-{j}" for i in range(PROJECTS) for j in range(PARTS_EACH))
    first = client.get(PAGE + "?hl=fi").get_data(as_text=True)
    assert _participations(first) == wanted[:PAGE_ROWS]
    assert f"1–{PAGE_ROWS} / {total}" in first
    assert 'href="?sivu=2#all" rel="next">Seuraavat<' in first
    fifth = client.get(PAGE + "?hl=sv&sivu=5").get_data(as_text=True)
    assert _participations(fifth) == wanted[4 * PAGE_ROWS : 5 * PAGE_ROWS]
    assert 'href="?sivu=4#all" rel="prev">Föregående<' in fifth
    assert 'href="?sivu=6#all" rel="next">Nästa<' in fifth
    last = client.get(PAGE + "?hl=en&sivu=6").get_data(as_text=True)
    assert _participations(last) == wanted[5 * PAGE_ROWS :]
    assert f"{5 * PAGE_ROWS + 1}–{total} of {total}" in last


def test_a_schemes_members_stay_whole_up_to_their_own_bound(client: FlaskClient) -> None:
    """The sample data's municipality scheme (309 members) is one list, as before parts."""
    assert PAGE_ROWS < 309 <= MEMBER_ROWS
    members = client.get("/id/scheme/sivutustesti.html").get_data(as_text=True)
    shown = re.findall(r">Jäsen (\d{3})<", _section(members, "all"))
    assert shown == [f"{i:03d}" for i in range(MEMBERS)]
    assert 'class="paging"' not in _section(members, "all")


def test_a_part_past_the_end_is_the_last_and_a_part_that_is_no_number_the_first(client: FlaskClient) -> None:
    last = client.get(PAGE + "?sivu=2").get_data(as_text=True)
    assert _projects(client.get(PAGE + "?sivu=99").get_data(as_text=True)) == _projects(last)
    first = client.get(PAGE).get_data(as_text=True)
    for odd in ("0", "-1", "kaksi", "1e3", "9" * 40):
        response = client.get(PAGE + "?sivu=" + odd)
        assert response.status_code == 200, odd
        assert _projects(response.get_data(as_text=True)) == _projects(first), odd


def test_short_lists_show_no_parts(client: FlaskClient) -> None:
    project = client.get("/id/project/sivutus-007.html").get_data(as_text=True)
    assert "Kokeiluhanke 007" in project
    assert 'class="paging"' not in project
