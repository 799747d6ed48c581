"""One walk through every kind of write, done once a run and kept as a copy of the store after each write.

tests/queries/test_pagelists.py, tests/queries/test_nameindex.py, tests/ingest/test_derived_incremental.py and
tests/pages/test_bodies.py each compare what a write stores (page lists, cards, timelines, the name index, the
derived graphs, page bodies) with what is read or rebuilt live, after each kind of write. Each walked the same
writes on a store of its own (the sample documents' ingests with every derived step: most of a walk's CPU after
its comparisons). Here the writes are done once (``built_once``: one pytest-xdist worker writes, the others wait
for it) and the store is kept after each; each test compares on a copy of each kept store.

The writes (:data:`STEPS`): the first sample document ingested, a second, the second again with a changed text,
the second removed, a dump loaded by the command (which rebuilds the derived graphs), a curation decision
(a dependency of a county's project rejected). What the tests asserted about the writes themselves (each
ingest's outcome, the name step whole or partial) is kept in :meth:`Walk.facts`.

Written with ``pagecards.LEAST_INCOMING`` at 1 (every resource something points at has its card stored,
test_pagelists' setting): the tests that rebuild what a write stored set it too.
"""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hankegraafi.settings import Config
from tests.conftest import built_once

HG = "https://w3id.org/hankegraafi/ontology#"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/08"
WHOLES_COUNTY = "https://w3id.org/hankegraafi/vocab/county/05"

#: The kept stores, in the order written.
STEPS = ("first", "second", "changed", "removed", "loaded", "decided")

#: The card threshold the walk writes with (pagecards.LEAST_INCOMING).
LEAST_INCOMING = 1


def config(path: Path) -> Config:
    return Config.load({"store": str(path), "result_cache_seconds": 0}, environ={})


def dependency_dump(project: str, target: str) -> str:
    """N-Quads of an invented project of :data:`COUNTY` that depends on ``target``."""
    d = f"<{project}/dependency/1>"
    lines = [
        f"<{project}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Project>",
        f"<{project}> <{HG}county> <{COUNTY}>",
        f'<{project}> <http://www.w3.org/2000/01/rdf-schema#label> "Ladattu riippuva hanke"@fi',
        f"{d} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Dependency>",
        f"{d} <{HG}dependent> <{project}>",
        f"{d} <{HG}dependsOn> <{target}>",
        # a whole's whole in another county: the organisation page's regions read three levels
        f"<{project}> <{HG}partOf> <{project}/whole>",
        f"<{project}/whole> <{HG}partOf> <{project}/whole/whole>",
        f"<{project}/whole/whole> <{HG}region> <{WHOLES_COUNTY}>",
    ]
    return "".join(f"{line} <urn:x-test:g1> .\n" for line in lines)


#: What the walk loads: a dependency of a county's project (test_pagelists, test_nameindex) and a project with
#: a part-of chain across two graphs (test_derived_incremental).
LOADED = dependency_dump("urn:x-test:loaded", "urn:x-test:target") + (
    f"<urn:x-koe:hanke> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Project> <urn:x-koe:g1> .\n"
    f'<urn:x-koe:hanke> <http://www.w3.org/2000/01/rdf-schema#label> "Ladattu kokeiluhanke"@fi <urn:x-koe:g1> .\n'
    f"<urn:x-koe:osa> <{HG}partOf> <urn:x-koe:hanke> <urn:x-koe:g2> .\n"
)


@dataclass(frozen=True)
class Walk:
    """The kept stores (``<folder>/<step>/store``) and documents' folders of each step."""

    folder: Path

    def store(self, step: str, into: Path) -> Path:
        """A copy of the store as ``step`` left it, at ``into`` (a folder not there yet): the tests write to it."""
        shutil.copytree(self.folder / step / "store", into)
        return into

    def docs(self, step: str, into: Path) -> Path:
        """A copy of the documents' folder as it was at ``step``."""
        shutil.copytree(self.folder / step / "docs", into)
        return into

    def facts(self, step: str) -> dict[str, object]:
        """What the write did: ``statuses`` (each ingested document's name and outcome), ``partial`` (whether
        its name step read only the subjects it reached), ``removed`` and ``decided`` where they apply."""
        return json.loads((self.folder / step / "facts.json").read_text(encoding="utf-8"))


class _NameSteps(logging.Handler):
    """The name index's step messages (``stored the name index ...``) logged by each write."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("stored the name index"):
            self.messages.append(message)

    def partial(self) -> bool:
        """Whether the last write's name step read only the subjects it reached; forgets the messages."""
        found = bool(self.messages) and "graphs reach" in self.messages[-1]
        self.messages.clear()
        return found


def _write(folder: Path) -> None:
    from hankegraafi.cli import app as cli_app
    from hankegraafi.ingest import curation
    from hankegraafi.ingest.pipeline import Ingester, sample_documents
    from hankegraafi.queries import pagecards
    from hankegraafi.store import SelectResult
    from hankegraafi.store.embedded import EmbeddedStore

    work = folder / "work"
    path, docs = work / "store", work / "docs"
    docs.mkdir(parents=True)
    cfg = config(path)
    names = _NameSteps()
    logger = logging.getLogger("hankegraafi.queries.nameindex")
    level = logger.level
    logger.addHandler(names)
    logger.setLevel(logging.INFO)

    def ingest() -> list[list[str]]:
        store = EmbeddedStore(path)
        try:
            ingester = Ingester(store, cfg)
            ingester.ensure_reference_graphs()
            return [[o.path.name, o.status] for o in ingester.ingest_all([docs])]
        finally:
            store.close()

    def keep(step: str, **facts: object) -> None:
        shutil.copytree(path, folder / step / "store")
        shutil.copytree(docs, folder / step / "docs")
        facts["partial"] = names.partial()
        (folder / step / "facts.json").write_text(json.dumps(facts), encoding="utf-8")

    try:
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(pagecards, "LEAST_INCOMING", LEAST_INCOMING)
            first, second = sorted(sample_documents())[:2]
            shutil.copy(first, docs / first.name)
            keep("first", statuses=ingest())
            shutil.copy(second, docs / second.name)
            keep("second", statuses=ingest())
            with (docs / second.name).open("a", encoding="utf-8") as fh:
                fh.write("\nLisätieto: testin muuttama rivi.\n")
            keep("changed", statuses=ingest())
            store = EmbeddedStore(path)
            try:
                removed = Ingester(store, cfg).remove(second.name) is not None
            finally:
                store.close()
            keep("removed", removed=removed)
            dump = work / "loaded.nq"
            dump.write_text(LOADED, encoding="utf-8")
            result = CliRunner().invoke(cli_app, ["load", str(dump), "--store", str(path)])
            assert result.exit_code == 0, result.output
            keep("loaded")
            store = EmbeddedStore(path)
            try:
                dep = store.query(
                    f"SELECT ?d WHERE {{ ?d a <{HG}Dependency> ; <{HG}dependent> ?p . ?p <{HG}county> ?c }} "
                    "ORDER BY ?d LIMIT 1"
                )
                assert isinstance(dep, SelectResult) and dep.rows
                base = str(store.base_iri)
                _iri, state = curation.decide(
                    store, base, "reject", dep.rows[0][0], by=curation.default_agent(base), why="testi"
                )
            finally:
                store.close()
            keep("decided", decided=state, dependency=str(dep.rows[0][0]))
    finally:
        logger.removeHandler(names)
        logger.setLevel(level)
    shutil.rmtree(work)


def walk(tmp_path_factory: pytest.TempPathFactory) -> Walk:
    """The walk's kept stores, written once a run (tests/conftest.py's fixture ``write_walk``)."""
    return Walk(built_once(tmp_path_factory, "write-walk", _write))
