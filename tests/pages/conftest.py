"""Fixtures of the pages' tests: the bundled sample documents ingested into a real store.

One session store holds what ``hankegraafi ingest --samples`` writes, plus
one invented graph whose project carries a person's name, an e-mail address
and a phone number (the pages and dumps must never show them). Apps are
built with ``create_app(config, store=store)``, so every page query goes
through the same runner as ``/sparql``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, RDFS

from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.conftest import built_once

BASE = "https://w3id.org/hankegraafi/id/"
ID = BASE
PII_GRAPH = URIRef(BASE + "graph/yhteystietotesti")
PII_PROJECT = URIRef(BASE + "project/yhteystietotestihanke")
PII_PERSON = URIRef(BASE + "person-role/yhteystietotesti/project-manager-1")
PERSON_NAME = "Maija Meikäläinen"
EMAIL = "maija.meikalainen@example.fi"
PHONE = "040 123 4567"
SCHEMA = "http://schema.org/"


def pii_graph() -> Graph:
    """An invented project whose manager has a name, an e-mail address and a phone number."""
    g = Graph()
    g.add((PII_PROJECT, RDF.type, HG.Project))
    g.add((PII_PROJECT, RDFS.label, Literal("Yhteystietotestihanke", lang="fi")))
    g.add((PII_PROJECT, HG.region, VOCAB["county/21"]))
    g.add((PII_PROJECT, DCTERMS.description, Literal(f"Lisätietoja antaa {EMAIL}, puh. {PHONE}.", lang="fi")))
    g.add((PII_PROJECT, HG.personRole, PII_PERSON))
    g.add((PII_PERSON, RDF.type, HG.PersonInRole))
    g.add((PII_PERSON, HG.role, VOCAB["role/project-manager"]))
    g.add((PII_PERSON, ORG.memberOf, VOCAB["county/21"]))
    g.add((PII_PERSON, FOAF.name, Literal(PERSON_NAME)))
    g.add((PII_PERSON, FOAF.mbox, URIRef(f"mailto:{EMAIL}")))
    g.add((PII_PERSON, URIRef(SCHEMA + "telephone"), Literal(PHONE)))
    return g


def page_config(store_dir: Path, **overrides: object) -> Config:
    values: dict[str, object] = {
        "store": str(store_dir),
        "rate_limit": "1000000/minute",
        "result_cache_seconds": 300,
        "query_timeout": 20.0,
    }
    values.update(overrides)
    return Config.load(values, environ={})


def build_demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """The bundled samples ingested as ``hankegraafi ingest --samples`` does, plus the PII graph.

    Built once per session for tests/pages and tests/web alike (``pages_demo_store`` in
    tests/conftest.py: a fixture of a conftest imported into another is built once more), and
    written once a run (``built_once``, 7 s of CPU): each pytest-xdist worker opens a copy of its own.
    """
    path = tmp_path_factory.mktemp("pages") / "store"
    shutil.copytree(built_once(tmp_path_factory, "pages-demo", _build_demo_store) / "store", path)
    store = EmbeddedStore(path)
    yield store
    store.close()


def _build_demo_store(folder: Path) -> None:
    from hankegraafi.ingest.pipeline import Ingester, sample_documents

    path = folder / "store"
    store = EmbeddedStore(path)
    try:
        cfg = page_config(path)
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        outcomes = ingester.ingest_all(list(sample_documents()))
        failed = [o for o in outcomes if o.status == "failed"]
        assert not failed, failed
        store.replace_graph(PII_GRAPH, pii_graph())
        # What ingest derives after a write: the PII project's county in the inferred graph (catalogue
        # queries read it) and the stored catalogue answers, which must include it too. Recomputing only
        # the inferred graph left answers without it, so a test that compared a page with
        # projects-by-region passed only after some earlier test had written the store (its order
        # under pytest-xdist showed it).
        from hankegraafi.ingest import derived

        derived.recompute_all(store, BASE)
    finally:
        store.close()


def build_app(demo_store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory) -> Flask:
    assert demo_store.path is not None
    application = create_app(page_config(demo_store.path), store=demo_store)
    application.extensions["hankegraafi.pages"].dump_dir = str(tmp_path_factory.mktemp("dumps"))
    return application


@pytest.fixture(scope="session")
def demo_store(pages_demo_store: EmbeddedStore) -> EmbeddedStore:
    return pages_demo_store


@pytest.fixture(scope="session")
def app(pages_app: Flask) -> Flask:
    return pages_app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
