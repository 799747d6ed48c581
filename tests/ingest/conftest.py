"""Fixtures of the ingest tests: the mapped graphs of the real seeds and of our fixtures.

``--regen-golden`` rewrites the expected Turtle beside each fixture instead of
comparing with it; run it only after checking by hand that the change is right.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from rdflib import Graph

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.settings import Config

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
ANNOTATIONS = HERE / "annotations"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/ingest/fixtures/*.expected.ttl from the current ingest (check the diff!)",
    )


def config(**overrides: object) -> Config:
    """Settings from their defaults only: the tests must not depend on the caller's environment."""
    return Config.load(dict(overrides), environ={})


@functools.cache
def build(path: Path, publish_person_names: bool = False) -> Graph:
    """The mapped (not yet stored) graph of one document, as ingest would store it."""
    graph, _kind, _warnings = Ingester(None, config(publish_person_names=publish_person_names)).build_graph(
        path
    )
    return graph


def sparql(graph: Graph, query: str, **bindings: object) -> list[tuple]:
    """Rows of a SELECT (or [(bool,)] of an ASK) over ``graph`` with the project's prefixes."""
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    # rdflib does not unescape "hgv:scheme\/key" in prefixed names; write such concepts out.
    query = re.sub(r"hgv:([\w-]+)\\/([\w.-]+)", lambda m: f"<{PREFIXES['hgv']}{m[1]}/{m[2]}>", query)
    result = graph.query(prologue + query, initBindings=bindings or None)  # type: ignore[arg-type]
    if result.type == "ASK":
        return [(result.askAnswer,)]
    return [tuple(row) for row in result]  # type: ignore[arg-type]


def ask(graph: Graph, query: str, **bindings: object) -> bool:
    return bool(sparql(graph, "ASK {" + query + "}", **bindings)[0][0])


@pytest.fixture(scope="session")
def seed(seeds_dir: Path):
    """``seed("000")`` → the graph of the real seed document whose name starts with 000."""

    def get(prefix: str, **kwargs: object) -> Graph:
        matches = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
        if len(matches) != 1:
            pytest.fail(f"expected one seed {prefix}_*.txt in {seeds_dir}, found {len(matches)}")
        return build(matches[0], **kwargs)  # type: ignore[arg-type]

    return get
