"""``/changes.atom`` (issue 19): documents added, replaced and removed, with their projects, as valid Atom.

Two bundled sample documents go through the real pipeline into a store of
the test's own: both are added, one is ingested again (replaced) and then
removed. The feed is parsed with a real XML parser and checked for the
elements RFC 4287 requires; the removed document's entry still names the
projects its graph named (read from the graph before the removal).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pytest
from defusedxml.ElementTree import fromstring
from flask.testing import FlaskClient

from hankegraafi.ingest import changelog
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import server_config

A = "{http://www.w3.org/2005/Atom}"
BASE = "https://w3id.org/hankegraafi/id/"
KEEP, GONE = "keski-suomi-tilanneraportti.txt", "kainuu-loppuraportti.txt"


@pytest.fixture(scope="module")
def feed_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedStore, dict[str, Any]]]:
    path = tmp_path_factory.mktemp("changes") / "store"
    store = EmbeddedStore(path)
    docs = {p.name: p for p in sample_documents()}
    ingester = Ingester(store, Config.load({}, environ={}))
    ingester.ensure_reference_graphs()
    ingester.ingest_all([docs[KEEP], docs[GONE]])
    ingester.force = True
    ingester.ingest_all([docs[GONE]])
    gone_graph = graph_iri(GONE.replace(".", "-"), base=BASE)
    facts = {"gone_projects": {str(label) for _, label in changelog.projects_in(store, gone_graph)}}
    assert ingester.remove(GONE) == gone_graph
    yield store, facts
    store.close()


@pytest.fixture(scope="module")
def client(feed_store: tuple[EmbeddedStore, dict[str, Any]]) -> FlaskClient:
    store, _ = feed_store
    assert store.path is not None
    return create_app(server_config(store.path, max_rows=10_000), store=store).test_client()


def parse(client: FlaskClient, lang: str) -> Element:
    r = client.get(f"/changes.atom?hl={lang}")
    assert r.status_code == 200
    assert r.mimetype == "application/atom+xml"
    root: Element = fromstring(r.data)
    return root


def test_feed_is_valid_atom_with_required_elements(client: FlaskClient) -> None:
    feed = parse(client, "en")
    assert feed.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{tag}") is not None, tag
    assert feed.find(f"{A}author/{A}name") is not None
    assert feed.find(f"{A}link[@rel='self']").get("href", "").endswith("/changes.atom")  # type: ignore[union-attr]
    entries = feed.findall(f"{A}entry")
    assert entries
    ids = [e.findtext(f"{A}id") for e in entries]
    assert len(set(ids)) == len(ids)
    updated = [e.findtext(f"{A}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)  # newest first
    assert feed.findtext(f"{A}updated") == updated[0]
    for entry in entries:
        assert entry.findtext(f"{A}id") and entry.findtext(f"{A}title") and entry.findtext(f"{A}updated")
        # RFC 4287 4.1.2: an entry without content needs an alternate link.
        assert entry.find(f"{A}content") is not None or entry.find(f"{A}link[@rel='alternate']") is not None


def test_added_replaced_removed_with_their_projects(
    client: FlaskClient, feed_store: tuple[EmbeddedStore, dict[str, Any]]
) -> None:
    _, facts = feed_store
    entries = parse(client, "en").findall(f"{A}entry")
    titles = [e.findtext(f"{A}title") for e in entries]
    assert titles == [
        f"Removed: {GONE}",
        f"Replaced: {GONE}",
        f"Added: {GONE}",
        f"Added: {KEEP}",
    ] or titles == [
        f"Removed: {GONE}",
        f"Replaced: {GONE}",
        f"Added: {KEEP}",
        f"Added: {GONE}",
    ]
    removed = entries[0]
    assert removed.find(f"{A}category").get("term") == "removed"  # type: ignore[union-attr]
    named = {link.get("title") for link in removed.findall(f"{A}link[@rel='related']")}
    assert facts["gone_projects"] and named == facts["gone_projects"]
    for name in facts["gone_projects"]:
        assert name in (removed.findtext(f"{A}content") or "")
    added = next(e for e in entries if e.findtext(f"{A}title") == f"Added: {KEEP}")
    alternate = added.find(f"{A}link[@rel='alternate']")
    assert alternate is not None and alternate.get("href", "").endswith(
        "/id/document/keski-suomi-tilanneraportti-txt"
    )


@pytest.mark.parametrize(("lang", "removed"), [("fi", "Poistettu"), ("sv", "Borttagen"), ("en", "Removed")])
def test_titles_in_three_languages(client: FlaskClient, lang: str, removed: str) -> None:
    feed = parse(client, lang)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
    assert (feed.findall(f"{A}entry")[0].findtext(f"{A}title") or "").startswith(f"{removed}: ")


def test_an_empty_store_gives_a_valid_empty_feed(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        client = create_app(server_config(tmp_path / "store"), store=store).test_client()
        feed = parse(client, "fi")
        assert feed.findall(f"{A}entry") == [] and feed.findtext(f"{A}updated")
    finally:
        store.close()


def test_linked_from_the_home_page_and_the_dataset_description(client: FlaskClient) -> None:
    for lang, text in (
        ("fi", "Muutokset (Atom-syöte)"),
        ("sv", "Ändringar (Atom-flöde)"),
        ("en", "Changes (Atom feed)"),
    ):
        home = client.get(f"/?hl={lang}").get_data(as_text=True)
        assert f'href="/changes.atom?hl={lang}" type="application/atom+xml">{text}</a>' in home
        assert '<link rel="alternate" type="application/atom+xml" href="/changes.atom"' in home
    void = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert void.status_code == 200
    assert b"/changes.atom>" in void.data


def test_favicon_and_page_titles(client: FlaskClient) -> None:
    """Issue 19's small things: /favicon.ico is an icon, and no title says the site's name twice."""
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.mimetype == "image/vnd.microsoft.icon"
    assert icon.data[:4] == b"\x00\x00\x01\x00" and b"PNG" in icon.data[:40]  # an ICO holding a PNG
    checked = []
    for path in ("/?hl=fi", "/?hl=en", "/search?q=omaolo", "/queries", "/editor", "/explorer"):
        page = client.get(path, headers={"Accept": "text/html"})
        if page.status_code != 200:
            continue
        title = page.get_data(as_text=True).split("<title>", 1)[1].split("</title>", 1)[0].strip()
        assert title.count("Hankegraafi") == 1, (path, title)
        checked.append(path)
    assert {"/?hl=fi", "/?hl=en", "/queries", "/editor"} <= set(checked)


def test_events_of_both_forms_are_read() -> None:
    """Events written before the change-kind scheme stated their kind as a literal."""
    from rdflib import Literal

    from hankegraafi.ingest.changelog import action_of, change_kind

    assert action_of(change_kind("replaced")) == "replaced"
    assert action_of(Literal("removed")) == "removed"
    assert str(change_kind("added")) == "https://w3id.org/hankegraafi/vocab/change-kind/added"
