"""Catalogue answers stored at write time equal the live answers after every kind of write.

One store walks through ingest, re-ingest, remove, load, a curation decision, SPARQL Update and
graph-store PUT and DELETE; after each, every stored call is compared with the query run live:
through ``queries.run`` (rows of terms), the server's stored path in all four results formats
(bytes, against the engine run live, whole and cut by a row cap), ``GET /queries/NAME`` and
``hankegraafi query``. The answers are stored in small pieces here, so that one spans several.
"""

from __future__ import annotations

import gc
import itertools
import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
import requests
from flask import Flask
from typer.testing import CliRunner

from hankegraafi.cli import app as cli_app
from hankegraafi.ingest import curation, derived
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries import answerkeys, answerlangs, answers, catalogue, pieces
from hankegraafi.queries.spreadsheet import neutralise_csv
from hankegraafi.server import create_app
from hankegraafi.server.engine import OxigraphEngine, QueryJob
from hankegraafi.server.pages.access import EXTENSION
from hankegraafi.settings import Config
from hankegraafi.store import SelectResult
from hankegraafi.store.embedded import EmbeddedStore

TOKEN = "kuvitelma-avain-0987654321"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HG = "https://w3id.org/hankegraafi/ontology#"
COUNTY = "https://w3id.org/hankegraafi/vocab/county/08"
OTHER_COUNTY = "https://w3id.org/hankegraafi/vocab/county/90"
COST_TOTAL = "https://w3id.org/hankegraafi/vocab/cost-category/total"
LINK = "http://localhost/sparql/limits#max_rows"
#: Stored pieces of this many bytes in the walk through the writes, so that an answer of the sample
#: documents spans several (at 4 MB only the largest answers at 10^7 triples do).
SMALL_PIECES = 512
#: A project's name as N-Triples writes it (its value: =SUMMA(A1), "päivitetty").
FORMULA = '=SUMMA(A1), \\"päivitetty\\"'
MEDIA = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)


def project(iri: str, name: str) -> str:
    """N-Triples of one invented project in a county (projects-by-region lists it)."""
    return (
        f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Project> .\n"
        f"<{iri}> <{HG}county> <{COUNTY}> .\n"
        f'<{iri}> <http://www.w3.org/2000/01/rdf-schema#label> "{name}"@fi .\n'
    )


def yearly_statements(iri: str) -> str:
    """N-Triples of an invented project with an annual and a reporting-period EUR statement (the
    sample documents have cumulative figures and estimates only; these kinds compute ?yearly)."""
    kind, total = "https://w3id.org/hankegraafi/vocab/statement-kind/", f"{COST_TOTAL}"
    lines = [f"<{iri}> <{HG}region> <{COUNTY}> ."]
    for n, (what, year, budget) in enumerate((("annual", "2024", "1000"), ("reporting-period", "2025", "700"))):
        st, line = f"<{iri}/cost/{n}>", f"<{iri}/cost/{n}/total>"
        lines += [
            f"<{iri}> <{HG}hasCostStatement> {st} .",
            f'{st} <{HG}unit> "EUR" .',
            f"{st} <{HG}statementKind> <{kind}{what}> .",
            f'{st} <{HG}year> "{year}"^^<http://www.w3.org/2001/XMLSchema#gYear> .',
            f'{st} <{HG}asOf> "{year}-12-31"^^<http://www.w3.org/2001/XMLSchema#date> .',
            f"{st} <{HG}hasLine> {line} .",
            f"{line} <{HG}costCategory> <{total}> .",
            f'{line} <{HG}budget> "{budget}"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            f'{line} <{HG}actual> "{int(budget) // 2}"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
        ]
    return "\n".join(lines) + "\n"


def keyed_facts(iri: str, county: str) -> str:
    """N-Triples of an invented project in ``county`` with an output, an unmet goal and a partner
    (the sample documents have none of them, or no partner in two counties): the answers per
    output type, goal status and organisation (:data:`answerkeys.BY_KEY`) have rows to compare."""
    vocab = "https://w3id.org/hankegraafi/vocab/"
    return (
        f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{HG}Project> .\n"
        f"<{iri}> <{HG}county> <{county}> .\n"
        f"<{iri}> <{HG}hasOutput> <{iri}/output> .\n"
        f"<{iri}/output> <{HG}outputType> <{vocab}output-type/communication> .\n"
        f'<{iri}/output> <{HG}quantity> "3"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
        f'<{iri}/output> <{HG}unit> "kpl" .\n'
        f"<{iri}> <{HG}hasGoal> <{iri}/goal> .\n"
        f"<{iri}/goal> <{HG}goalStatus> <{vocab}goal-status/not-achieved> .\n"
        f'<{iri}/goal> <http://purl.org/dc/terms/description> "Keksitty tavoite"@fi .\n'
        f"<{iri}> <{HG}participation> <{iri}/partner> .\n"
        f"<{iri}/partner> <{HG}organisation> <urn:x-test:partner> .\n"
    )


def config(path: Path) -> Config:
    values: dict[str, object] = {
        "store": str(path),
        "rate_limit": "1000000/minute",
        "result_cache_seconds": 0,
        "update_token": TOKEN,
        "max_rows": 100_000,
    }
    return Config.load(values, environ={})


class World:
    """A store, its app and the sample documents, for one walk through the writes."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.path = tmp / "store"
        self.docs = tmp / "docs"
        self.docs.mkdir()
        self.cfg = config(self.path)
        self.per_key: dict[tuple[str, str], int] = {}
        self.per_lang: dict[tuple[str, str], int] = {}
        self.per_node: dict[str, int] = {}
        self.pairs = 0
        self.per_kind: dict[str, int] = {}
        self.open()

    def open(self) -> None:
        self.store = EmbeddedStore(self.path)
        self.app: Flask = create_app(self.cfg, store=self.store)
        self.client = self.app.test_client()

    def close(self) -> None:
        """Close the store and let go of the app (its engine holds the open store)."""
        if self.store is None:
            return
        self.store.close()
        self.store = None  # type: ignore[assignment]
        # The pages' start-up warm-up holds the app (and with it the store) while it compiles
        # the templates; the store is opened again at once, so wait for it.
        self.app.extensions[EXTENSION].warm.join()
        del self.app, self.client
        gc.collect()

    def ingest(self) -> None:
        ingester = Ingester(self.store, self.cfg)
        ingester.ensure_reference_graphs()
        ingester.ingest_all([self.docs])

    def compare(self, *, changed: str | None = None) -> dict[str, int]:
        """Every stored call equals the live one on every path; returns rows per call."""
        base = str(self.store.base_iri)
        assert not derived.missing(self.store, base)
        engine = OxigraphEngine(self.store.engine_source().oxigraph)
        services = self.app.extensions["hankegraafi"]
        counts = {}
        calls = list(answers.calls())
        calls += self.compare_by_key()
        calls += self.compare_by_node()
        calls += self.compare_pairs()
        calls += self.compare_kinds()
        for name, params in calls:
            live = catalogue.run(self.store, name, params)
            kept = answers.lookup(self.store, name, params)
            assert kept is not None, f"{name}: no stored answer"
            assert (kept.variables, kept.rows) == (live.variables, live.rows), name
            assert live.rows == answers.run(self.store, name, params).rows
            text = answers.call_text(name, params)
            # Each live run once (the engine answers the same text the same on an unchanged store): the whole
            # answer in each format, compared with the stored one, the HTTP answer and the spreadsheet's below.
            whole: dict[str, bytes] = {}
            for media in MEDIA:
                job = QueryJob(text=text, results_media=media, graph_media=None, max_rows=100_000)
                stored = services._stored_answer(job)
                assert stored is not None, f"{name} {media}: not served from the stored answer"
                whole[media] = engine.execute(job).body
                assert stored.body == whole[media], f"{name} {media}"
                # Cut by a row cap (in the middle of a piece or at its end): the first rows and the link, as live.
                # Every format for the whole answers; a county's, node's, kind's or pair's part (cut from a
                # whole run, served by the same code) in one format, which keeps the walk inside a minute.
                if params and media != MEDIA[0]:
                    continue
                for cap in sorted(
                    c for c in {1, len(live) // 2, len(live) - 1, len(live)} if 0 < c <= len(live)
                ):
                    capped = QueryJob(text, media, None, cap, link=LINK)
                    stored, now = services._stored_answer(capped), engine.execute(capped)
                    assert stored is not None and (stored.body, stored.rows) == (now.body, now.rows), (
                        name,
                        cap,
                    )
                    assert stored.truncated == now.truncated == (cap < len(live)), (name, media, cap)
            http = self.client.get(f"/queries/{name}?{urlencode({'format': 'json', **params})}")
            assert http.status_code == 200
            assert http.data == whole[MEDIA[0]], name
            # The catalogue's CSV for spreadsheets: stored so, equal to the results CSV neutralised.
            for cap in sorted({1, len(live) // 2, 100_000}):
                sheet = services._stored_answer(QueryJob(text, pieces.SPREADSHEET_MEDIA, None, cap))
                results_csv = (
                    whole["text/csv"]
                    if cap == 100_000
                    else engine.execute(QueryJob(text, "text/csv", None, cap)).body
                )
                assert sheet is not None and sheet.body == neutralise_csv(results_csv), (name, cap)
            http = self.client.get(f"/queries/{name}?{urlencode({'format': 'csv', **params})}")
            assert http.status_code == 200 and http.data == neutralise_csv(results_csv), name
            if not params:
                counts[name] = len(live)
        return counts

    def compare_by_key(self) -> list[tuple[str, dict[str, str]]]:
        """Every value of every parameter of :data:`answerkeys.BY_KEY` in the whole answer's rows,
        and each value of :func:`answerkeys.key_values` without rows: its answer is stored and
        equal to the live one (one whose rows tie in the sort is left live: the live rows tie).
        Returns each county's calls and two values' calls of each other parameter, for the
        checks of every path."""
        engine = OxigraphEngine(self.store.engine_source().oxigraph)
        services = self.app.extensions["hankegraafi"]
        counties = answers.known_counties(self.store)
        assert len(counties) >= 22, counties
        out: list[tuple[str, dict[str, str]]] = []
        for name, keyed in answerkeys.BY_KEY.items():
            whole = catalogue.run(self.store, name, {})
            order = answerkeys.sort_variables(name)
            assert order, name
            for param in keyed:
                values = sorted({str(r[whole.variables.index(param)]) for r in whole.rows})
                assert values or name != "projects-by-region", name
                empty = sorted(set(answerkeys.key_values(param, counties)) - set(values))
                assert set(values) <= set(counties) or param != "region", (name, values)
                found = 0
                for value in values + empty:
                    params = {param: value}
                    kept, live = (
                        answers.lookup(self.store, name, params),
                        catalogue.run(self.store, name, params),
                    )
                    if kept is None and live.rows:  # left live: two rows next to each other tie in the sort
                        at = [live.variables.index(v) for v in order]
                        keys = [[row[i] for i in at] for row in live.rows]
                        assert any(a == b for a, b in itertools.pairwise(keys)), (name, params)
                        continue
                    assert kept is not None, f"{name} {params}: no stored answer"
                    assert (kept.variables, kept.rows) == (live.variables, live.rows), (name, params)
                    if not live.rows:  # served in one format here: the others are the same code path
                        job = QueryJob(answers.call_text(name, params), MEDIA[0], None, 100_000)
                        stored = services._stored_answer(job)
                        assert stored is not None and stored.body == engine.execute(job).body, (name, params)
                        continue
                    found += 1
                    if param == "region" or found <= 2:
                        out.append((name, params))
                self.per_key[(name, param)] = self.per_key.get((name, param), 0) + found
            out += self.compare_languages(name, whole)
        return out

    def compare_languages(self, name: str, whole: SelectResult) -> list[tuple[str, dict[str, str]]]:
        """A :data:`answerkeys.BY_KEY` query in each language of :data:`answerlangs.LANGS` (made
        from the default one's rows at write time): the whole, the first value of each key with
        rows and one without, stored and equal to the live call (or left live where rows tie).
        Returns the whole calls, for the checks of every path."""
        if answerlangs.label_columns(name) is None:
            return []
        counties = answers.known_counties(self.store)
        out: list[tuple[str, dict[str, str]]] = []
        for lang in answerlangs.LANGS:
            checks: list[dict[str, str]] = [{"lang": lang}]
            for param in answerkeys.BY_KEY[name]:
                values = sorted({str(r[whole.variables.index(param)]) for r in whole.rows})
                empty = sorted(set(answerkeys.key_values(param, counties)) - set(values))
                checks += [{param: value, "lang": lang} for value in values[:1] + empty[:1]]
            for params in checks:
                kept, live = answers.lookup(self.store, name, params), catalogue.run(self.store, name, params)
                if kept is None and live.rows:  # left live: rows that tie in the sort
                    continue
                assert kept is not None, f"{name} {params}: no stored answer"
                assert (kept.variables, kept.rows) == (live.variables, live.rows), (name, params)
                if live.rows:
                    self.per_lang[(name, lang)] = self.per_lang.get((name, lang), 0) + 1
                    if len(params) == 1 and lang == answerlangs.LANGS[0] and name == "projects-by-region":
                        out.append((name, params))  # one for every path: the others are served alike
        return out

    def compare_by_node(self) -> list[tuple[str, dict[str, str]]]:
        """Every node something depends on, and each developer of one: its per-node answers
        (:data:`answers.BY_NODE`) stored exactly when the live answer has rows, and equal to it.
        Returns a few of the stored calls for the checks of every path."""
        nodes = self.store.query(
            f"SELECT DISTINCT ?node WHERE {{ ?d <{HG}dependsOn> ?via . ?via <{HG}developer>? ?node }}"
        )
        assert isinstance(nodes, SelectResult)
        stored: list[tuple[str, dict[str, str]]] = []
        for name in answers.BY_NODE:
            found = 0
            for (node,) in nodes.rows:
                params = {"node": str(node)}
                kept, live = answers.lookup(self.store, name, params), catalogue.run(self.store, name, params)
                if not live.rows:
                    assert kept is None, f"{name} {node}: a stored answer for no rows"
                    continue
                assert kept is not None, f"{name} {node}: no stored answer"
                assert (kept.variables, kept.rows) == (live.variables, live.rows), f"{name} {node}"
                found += 1
                if found <= 2:
                    stored.append((name, params))
                    for lang in answerlangs.LANGS if answerlangs.label_columns(name) else ():
                        in_lang = {**params, "lang": lang}  # made from the default's rows
                        kept, live = (
                            answers.lookup(self.store, name, in_lang),
                            catalogue.run(self.store, name, in_lang),
                        )
                        assert kept is not None, f"{name} {in_lang}: no stored answer"
                        assert (kept.variables, kept.rows) == (live.variables, live.rows), f"{name} {in_lang}"
                        self.per_lang[(name, lang)] = self.per_lang.get((name, lang), 0) + 1
            self.per_node[name] = self.per_node.get(name, 0) + found
        return stored

    def compare_pairs(self) -> list[tuple[str, dict[str, str]]]:
        """Every ordered pair of counties with a dependent project, and pairs with a county
        without one: its shared-dependencies answer is stored and equal to the live one. Returns
        a pair with rows for the checks of every path."""
        dependent = self.store.query(
            f"SELECT DISTINCT ?region WHERE {{ ?d <{HG}dependent> ?p . ?p <{HG}county> ?region }} ORDER BY ?region"
        )
        assert isinstance(dependent, SelectResult)
        regions = [str(row[0]) for row in dependent.rows]
        empty = sorted(set(answers.known_counties(self.store)) - set(regions))[:1]
        with_rows: list[tuple[str, dict[str, str]]] = []
        for first in regions + empty:
            for second in regions + empty:
                params = {"region1": first, "region2": second}
                kept = answers.lookup(self.store, answers.SHARED, params)
                live = catalogue.run(self.store, answers.SHARED, params)
                assert kept is not None, f"{params}: no stored answer"
                assert (kept.variables, kept.rows) == (live.variables, live.rows), params
                if live.rows:
                    with_rows.append((answers.SHARED, params))
        self.pairs += len(with_rows)
        return with_rows[:1]

    def compare_kinds(self) -> list[tuple[str, dict[str, str]]]:
        """Every cost statement kind of the vocabulary, and each county of its rows and one
        county without: its budget-by-region answer (:data:`answers.BY_KIND`) is stored and equal
        to the live one. Returns the kinds with rows, for the checks of every path."""
        counties = answers.known_counties(self.store)
        with_rows: list[tuple[str, dict[str, str]]] = []
        for kind in answers.statement_kinds():
            live = catalogue.run(self.store, answers.BY_KIND, {"kind": kind})
            regions = sorted({str(r[live.variables.index("region")]) for r in live.rows})
            empty = sorted(set(counties) - set(regions))[:1]
            for params in [{"kind": kind}, *({"kind": kind, "region": r} for r in regions + empty)]:
                kept = answers.lookup(self.store, answers.BY_KIND, params)
                now = catalogue.run(self.store, answers.BY_KIND, params)
                assert kept is not None, f"{params}: no stored answer"
                assert (kept.variables, kept.rows) == (now.variables, now.rows), params
            if live.rows:
                self.per_kind[kind] = self.per_kind.get(kind, 0) + len(live.rows)
                with_rows.append((answers.BY_KIND, {"kind": kind}))
        return with_rows

    def cli_query(self, name: str, fmt: str) -> str:
        self.close()
        try:
            result = CliRunner().invoke(cli_app, ["query", name, "--format", fmt, "--store", str(self.path)])
            assert result.exit_code == 0, result.output
            return result.stdout
        finally:
            self.open()


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    monkeypatch.setattr(pieces, "PIECE_BYTES", SMALL_PIECES)
    w = World(tmp_path)
    yield w
    w.close()


def region_projects(w: World) -> set[str]:
    rows = catalogue.run(w.store, "projects-by-region", {})
    return {str(r[rows.variables.index("project")]) for r in rows.rows}


@pytest.mark.timeout(900)  # 180-612 s at load 9-15 beside other agents' runs (the default is 300)
def test_stored_answers_equal_live_ones_after_every_kind_of_write(world: World) -> None:
    w = world
    first, second = sorted(sample_documents())[:2]
    # ingest
    shutil.copy(first, w.docs / first.name)
    w.ingest()
    counts = w.compare()
    assert counts["projects-by-region"] > 0
    whole = answers.stored_json(w.store, answers.call_text("projects-by-region", {}))
    assert whole is not None and len(whole) > 2 * SMALL_PIECES  # stored in several pieces
    # a second document, then it again with a changed text (re-ingest)
    shutil.copy(second, w.docs / second.name)
    w.ingest()
    after_second = w.compare()
    assert after_second["projects-by-region"] > counts["projects-by-region"]
    with (w.docs / second.name).open("a", encoding="utf-8") as fh:
        fh.write("\nLisätieto: testin muuttama rivi.\n")
    w.ingest()
    w.compare()
    # remove
    assert Ingester(w.store, w.cfg).remove(second.name) is not None
    assert w.compare()["projects-by-region"] == counts["projects-by-region"]
    # load (the command, which rebuilds the derived graphs); the data version does not change
    dump = w.tmp / "loaded.nq"
    loaded = project("urn:x-test:loaded", "Ladattu hanke") + yearly_statements("urn:x-test:loaded")
    loaded += keyed_facts("urn:x-test:loaded", COUNTY) + keyed_facts("urn:x-test:loaded2", OTHER_COUNTY)
    dump.write_text(loaded.replace(" .\n", " <urn:x-test:g1> .\n"))
    w.close()
    result = CliRunner().invoke(cli_app, ["load", str(dump), "--store", str(w.path)])
    assert result.exit_code == 0, result.output
    w.open()
    w.compare()
    assert "urn:x-test:loaded" in region_projects(w)
    # a curation decision
    dep = w.store.query(f"SELECT ?d WHERE {{ ?d a <{HG}Dependency> }} ORDER BY ?d LIMIT 1")
    assert isinstance(dep, SelectResult) and dep.rows
    base = str(w.store.base_iri)
    _iri, state = curation.decide(
        w.store, base, "reject", dep.rows[0][0], by=curation.default_agent(base), why="testi"
    )
    assert state == "applied"
    w.compare()
    # SPARQL Update (through the app's writer)
    # A name a spreadsheet would run as a formula, with a comma and quotes (quoted in CSV).
    update = "INSERT DATA { GRAPH <urn:x-test:g2> { " + project("urn:x-test:updated", FORMULA) + " } }"
    r = w.client.post("/update", data={"update": update}, headers=AUTH)
    assert r.status_code in (200, 204), r.data
    w.compare()
    assert "urn:x-test:updated" in region_projects(w)
    sheet = w.client.get("/queries/projects-by-region?format=csv").data.decode("utf-8")
    assert '"\'=SUMMA(A1), ""päivitetty"""' in sheet
    # graph-store PUT and DELETE
    r = w.client.put(
        "/graph-store?graph=urn:x-test:g3",
        data=project("urn:x-test:put", "Laitettu hanke"),
        headers={**AUTH, "Content-Type": "application/n-triples"},
    )
    assert r.status_code in (200, 201, 204), r.data
    w.compare()
    assert "urn:x-test:put" in region_projects(w)
    assert w.client.delete("/graph-store?graph=urn:x-test:g3", headers=AUTH).status_code == 204
    w.compare()
    assert "urn:x-test:put" not in region_projects(w)
    missing = [
        (name, p) for name, keyed in answerkeys.BY_KEY.items() for p in keyed if not w.per_key.get((name, p))
    ]
    assert not missing, (missing, w.per_key)
    languages = [
        (n, lang) for n in answerkeys.BY_KEY if answerlangs.label_columns(n) for lang in answerlangs.LANGS
    ]
    languages += [("regions-depending-on", lang) for lang in answerlangs.LANGS]
    assert len(languages) >= 14 and not [c for c in languages if not w.per_lang.get(c)], w.per_lang
    assert all(w.per_node.get(name) for name in answers.BY_NODE), w.per_node
    assert w.pairs, "no county pair with shared dependencies was compared"
    assert {"cumulative", "estimate", "annual", "reporting-period"} <= set(w.per_kind), w.per_kind
    # hankegraafi query: the stored answer, in the command's formats
    live = catalogue.run(w.store, "projects-by-region", {})
    as_json = json.loads(w.cli_query("projects-by-region", "json"))
    assert len(as_json["results"]["bindings"]) == len(live.rows)
    assert w.cli_query("projects-by-region", "csv").count("\n") == len(live.rows) + 1


def test_an_answer_of_another_version_is_not_used(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write whose rebuild did not run (a kill before it) leaves answers of the old version:
    they are not given, the query runs live."""
    w = world
    first, second = sorted(sample_documents())[:2]
    shutil.copy(first, w.docs / first.name)
    w.ingest()
    assert answers.lookup(w.store, "projects-by-region") is not None
    shutil.copy(second, w.docs / second.name)
    with monkeypatch.context() as patched:
        patched.setattr(derived, "recompute_all", lambda _store, _base: None)
        w.ingest()
    assert answers.lookup(w.store, "projects-by-region") is None
    assert derived.missing(w.store, str(w.store.base_iri))
    job = QueryJob(answers.call_text("projects-by-region", {}), MEDIA[0], None, 100_000)
    assert w.app.extensions["hankegraafi"]._stored_answer(job) is None


def test_a_remote_store_keeps_no_answers(tmp_path: Path) -> None:
    """A remote store (here a real ``oxigraph serve``) can change behind our back: the derived
    step stores no answers there, and nothing reads any."""
    from bench.servers import free_port
    from hankegraafi.store import open_store
    from tests.store.conftest import oxigraph_binary

    port = free_port()
    with (tmp_path / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(tmp_path / "data"), "--bind", f"127.0.0.1:{port}",
             "--union-default-graph"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while not _ready(url):
            assert time.monotonic() < deadline and proc.poll() is None, (tmp_path / "server.log").read_text()
            time.sleep(0.1)
        cfg = config(tmp_path / "unused").replace(store=url)
        store = open_store(url, config=cfg)
        docs = tmp_path / "docs"
        docs.mkdir()
        first = sorted(sample_documents())[0]
        shutil.copy(first, docs / first.name)
        ingester = Ingester(store, cfg)
        ingester.ensure_reference_graphs()
        assert [o.status for o in ingester.ingest_all([docs])] == ["stored"]
        base = str(cfg.base_iri)
        assert not derived.missing(store, base)  # the derived graphs were rebuilt there
        assert store.query(f"ASK {{ GRAPH <{answers.answers_graph_iri(base)}> {{ ?s ?p ?o }} }}") is False
        assert answers.lookup(store, "projects-by-region") is None
        assert len(answers.run(store, "projects-by-region")) > 0  # live
        app = create_app(cfg, store=store)
        job = QueryJob(answers.call_text("projects-by-region", {}), MEDIA[0], None, 100_000)
        assert app.extensions["hankegraafi"]._stored_answer(job) is None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _ready(url: str) -> bool:
    try:
        return requests.get(url, params={"query": "ASK {}"}, timeout=1).ok
    except requests.RequestException:
        return False


def test_a_stored_literal_that_is_no_answer_is_refused_not_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    """A planted literal (a dump loaded with --no-derive) is never inflated past the bound."""
    import base64
    import zlib

    body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
    assert pieces.decode_body(pieces.encode_body(body)) == body
    monkeypatch.setattr(pieces, "PIECE_BYTES", 10_000)  # the bound as read at each call
    bomb = base64.b64encode(zlib.compress(b"\0" * 10_001, 9)).decode("ascii")
    with pytest.raises(ValueError, match="larger than"):
        pieces.decode_body(bomb)
    with pytest.raises(ValueError, match="not a stored answer"):
        pieces.decode_body("not base64 at all!")
    cut = base64.b64encode(zlib.compress(body)[:-4]).decode("ascii")
    with pytest.raises(ValueError, match="cut short"):
        pieces.decode_body(cut)
    with pytest.raises(ValueError, match="where 10 were written"):
        pieces.decode_body(pieces.encode_body(body), 10)
