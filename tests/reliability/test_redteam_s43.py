"""Faults the stop-43 red team (R4) found in the public face, each pinned on the behaviour it broke.

- R4-1: ``/reconcile`` echoed a query's ``type`` list into every candidate entry for entry, so a
  list of one type 500 times made a 1 MB request a 210 MB answer built in the web process.
- R4-2: ``/quality?region=`` made any value without ``://`` a county code: ``hgv:county/20`` or
  ``Kainuu`` (which ``/queries/quality`` reads) showed an empty table under the heading of all
  counties, ``zzz`` too, and a second ``region`` was dropped unsaid. ``/browse`` filtered by the
  full IRI alone (``region=20`` or ``Kainuu``: no project, unsaid) and ``/map`` refused
  ``service=hgv:service/…`` as not in the data.
- R4-3: the query check's parser (one thread of the web process) had no share per client: one
  client sending 8 000-token queries two at a time kept another's plain query waiting 20 s and
  more; and its "checker is busy" was a 400, which clients do not retry.
- R4-4: a DOCX's text was measured against the document limit only after every block was read
  (a 100 kB DOCX of 21 M characters: 5.5 s of CPU to refuse; an e-mail multiplied it by its
  attachments, each refused after a whole read); a PPTX's likewise after every slide was read.
- R4-5: the ingest's report printed a file's raw name: a line break in it split the warning and the
  summary's row in two (a line a name could forge), and each warning named such a file twice.
- R4-6: a dataset graph named twice (FROM, FROM NAMED, default-graph-uri, named-graph-uri) was
  counted twice: COUNT(*) over one graph named three times gave three times its triples.
- R4-7: ``/queries/NAME?format=json&format=csv`` and ``/reconcile?queries=…&queries=…`` used the
  first and dropped the second unsaid.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

import pytest
from flask import Flask

from hankegraafi.ingest import docxread, officeread
from hankegraafi.ingest.readers import IngestError, read_bytes
from hankegraafi.ontology.namespaces import HG
from hankegraafi.server import create_app, guard, reconcile
from hankegraafi.server.errors import to_http_error
from hankegraafi.settings import Config
from hankegraafi.store import sparqlparse
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import write_page

COUNTY = str(HG.WellbeingServicesCounty)


@dataclass(frozen=True)
class _Hit:
    iri: str
    label: str
    score: int


def _counties(text: str) -> list[_Hit]:
    """A search that finds 23 counties for any text (as "hyvinvointialue" does on the samples)."""
    return [_Hit(f"https://w3id.org/hankegraafi/vocab/county/{i:02}", f"Alue {i}", 2) for i in range(1, 24)]


def _answer(types: object) -> dict[str, object]:
    queries = {f"q{i}": {"query": "hyvinvointialue", "type": types, "limit": 50} for i in range(20)}
    return reconcile.answer(queries, _counties, lambda iri: {COUNTY}, lambda iri: "", "fi")


def test_a_type_given_many_times_is_named_once_per_candidate() -> None:
    """R4-1: the wanted types are a set (order kept), so the answer's size does not grow with the list."""
    once = _answer(["county"])
    many = _answer(["county", COUNTY, {"id": COUNTY}] * 500)
    assert many == once
    first = many["q0"]["result"][0]  # type: ignore[index]
    assert first["type"] == [{"id": COUNTY, "name": reconcile.TYPE_BY_ID[COUNTY].name("fi")}]
    assert len(many["q0"]["result"]) == 23  # type: ignore[index]
    assert len(json.dumps(many)) < 200_000


def test_two_types_keep_the_order_given() -> None:
    both = reconcile._types(["project", "county", "project", "county"])
    assert [t.key for t in both] == ["project", "county"]


@pytest.fixture(scope="module")
def kainuu_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """An app over a store of the invented Kainuu page (county 20), as tests/curation builds it."""
    from hankegraafi.ingest.pipeline import Ingester

    folder = tmp_path_factory.mktemp("r4")
    cfg = Config.load({"store": str(folder / "store"), "rate_limit": "1000000/minute"}, environ={})
    store = EmbeddedStore(folder / "store")
    ingester = Ingester(store, cfg)
    ingester.ensure_reference_graphs()
    assert [o.status for o in ingester.ingest_all([write_page(folder)])] == ["stored"]
    yield create_app(cfg, store=store)
    store.close()


def _table(html: str) -> list[str]:
    return re.findall(r'<td class="score">(\d+)</td>', html)


@pytest.mark.parametrize(
    "value", ["20", " 20 ", "hgv:county/20", "https://w3id.org/hankegraafi/vocab/county/20", "Kainuu"]
)
def test_the_quality_page_reads_a_county_as_the_catalogue_does(kainuu_app: Flask, value: str) -> None:
    """R4-2: every form /queries/quality reads gives Kainuu's rows, its option selected."""
    client = kainuu_app.test_client()
    page = client.get("/quality", query_string={"region": value, "hl": "fi"})
    assert page.status_code == 200
    assert _table(page.text) == ["33"] and "Kainuun etäkotihoito" in page.text
    assert 'value="https://w3id.org/hankegraafi/vocab/county/20" selected' in page.text
    assert "/queries/quality?region=https%3A//w3id.org/hankegraafi/vocab/county/20" in page.text


def test_the_quality_page_keeps_its_other_forms(kainuu_app: Flask) -> None:
    client = kainuu_app.test_client()
    assert _table(client.get("/quality?region=").text) == ["33"]  # all counties
    assert _table(client.get("/quality").text) == ["33"]
    empty = client.get("/quality?region=1")  # the code 1 is 01, a county with no project here
    assert empty.status_code == 200 and _table(empty.text) == []
    assert 'value="https://w3id.org/hankegraafi/vocab/county/01" selected' in empty.text


@pytest.mark.parametrize(
    "query", ["region=zzz", "region=hgv:county/99", "region=https://example.org/x", "region=20&region=01"]
)
def test_the_quality_page_refuses_a_region_it_cannot_read(kainuu_app: Flask, query: str) -> None:
    """R4-2: a 400 naming ``region``, never an empty table under the heading of all counties."""
    answer = kainuu_app.test_client().get(f"/quality?{query}", headers={"Accept": "application/json"})
    assert answer.status_code == 400
    assert "'region'" in answer.get_json()["message"]


def _scan_as(client: str, text: str, out: dict[str, object]) -> None:
    app = Flask("r4")
    with app.test_request_context("/sparql", environ_base={"REMOTE_ADDR": client}):
        try:
            out[text] = guard.scan(text)
        except Exception as exc:
            out[text] = exc


def test_one_client_holds_one_place_in_the_checks_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    """R4-3: while a client's query is checked, its next waits CLIENT_WAIT_SECONDS and is refused 503
    (checker-busy, Retry-After); another client's query is checked meanwhile."""
    real = sparqlparse.read
    release = threading.Event()
    started: list[str] = []

    def slow_read(text: str) -> sparqlparse.Reading:
        started.append(text)
        if text.startswith("SELECT ?slow"):
            assert release.wait(10)
        return real(text)

    monkeypatch.setattr(sparqlparse, "read", slow_read)
    monkeypatch.setattr(guard, "CLIENT_WAIT_SECONDS", 0.3)
    out: dict[str, object] = {}
    slow = "SELECT ?slow WHERE { ?s ?p ?slow }"
    first = threading.Thread(target=_scan_as, args=("10.0.0.1", slow, out))
    first.start()
    while slow not in started:
        time.sleep(0.01)
    same = "SELECT ?again WHERE { ?s ?p ?again }"
    other = "SELECT ?other WHERE { ?s ?p ?other }"
    began = time.monotonic()
    _scan_as("10.0.0.1", same, out)  # the same client: refused after its wait, never parsed
    waited = time.monotonic() - began
    _scan_as("10.0.0.2", other, out)  # another client: checked at once
    release.set()
    first.join(10)
    assert isinstance(out[same], guard.CheckerBusy) and same not in started
    assert 0.3 <= waited < 5
    assert isinstance(out[other], guard.Scan) and isinstance(out[slow], guard.Scan)
    error = to_http_error(out[same])  # type: ignore[arg-type]
    assert error is not None and (error.status, error.code) == (503, "checker-busy")
    assert error.headers == {"Retry-After": "5"}
    assert guard._TURNS.turns == {}  # nothing kept per client after its requests
    _scan_as("10.0.0.1", same, out)  # its turn is free again
    assert isinstance(out[same], guard.Scan)


def test_a_check_that_never_reached_the_parser_is_503_and_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """R4-3, R4-3b: the parser's queue not reached within its wait is the server's state: 503, and
    the same text asked again once the parser is free is read (the refusal had been cached, so the
    text stayed refused "busy" after the load had gone); a query over the token budget stays a 400."""
    monkeypatch.setattr(sparqlparse, "PARSE_WAIT_SECONDS", 0.2)
    release = threading.Event()

    def hold() -> None:  # the one parser thread is busy with another client's check
        with contextlib.suppress(sparqlparse.Busy):  # its own request gives up; the job runs on
            sparqlparse._RUNNER.run(lambda: release.wait(10))

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    text = f"SELECT ?r4 WHERE {{ ?s ?p ?r4 }} LIMIT {time.time_ns() % 10**9}"  # in no cache
    out: dict[str, object] = {}
    _scan_as("10.0.0.3", text, out)
    release.set()
    holder.join(10)
    error = to_http_error(out[text])  # type: ignore[arg-type]
    assert error is not None and (error.status, error.code) == (503, "checker-busy")
    assert error.headers == {"Retry-After": "5"}
    _scan_as("10.0.0.3", text, out)
    assert isinstance(out[text], guard.Scan) and out[text].from_graphs == []  # type: ignore[attr-defined]
    big = "SELECT * WHERE { ?s ?p ?o } ORDER BY " + " ".join(f"?v{i}" for i in range(9000))
    _scan_as("10.0.0.3", big, out)
    refused = to_http_error(out[big])  # type: ignore[arg-type]
    assert refused is not None and (refused.status, refused.code) == (400, "query-refused")


def _projects(html: str) -> set[str]:
    return set(re.findall(r'href="(/id/project/[^"]+)"', html))


def test_browse_reads_a_facet_as_the_catalogue_does(kainuu_app: Flask) -> None:
    """R4-2: every form of a county gives the same projects as its IRI; a year is four digits."""
    client = kainuu_app.test_client()
    by_iri = _projects(client.get("/browse?region=https://w3id.org/hankegraafi/vocab/county/20").text)
    assert by_iri and by_iri == _projects(client.get("/browse").text)  # the page's one county
    for value in ("20", "hgv:county/20", "Kainuu", " 20 "):
        page = client.get("/browse", query_string={"region": value})
        assert page.status_code == 200 and _projects(page.text) == by_iri, value
    assert _projects(client.get("/browse?region=01").text) == set()  # a county with no project here
    assert _projects(client.get("/browse?unknown=1").text) == by_iri  # not a facet: left alone


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("region=zzz", "region"),
        ("region=20&region=01", "region"),
        ("year=abc", "year"),
        ("year=２０２４", "year"),
    ],
)
def test_browse_refuses_a_facet_it_cannot_read(kainuu_app: Flask, query: str, name: str) -> None:
    answer = kainuu_app.test_client().get(f"/browse?{query}", headers={"Accept": "application/json"})
    assert answer.status_code == 400
    assert f"parameter '{name}'" in answer.get_json()["message"]


def test_the_map_reads_a_service_curie(kainuu_app: Flask) -> None:
    """R4-2: ``service=hgv:service/<key>`` is the service ``service=<key>`` names (it was a 404)."""
    client = kainuu_app.test_client()
    slugs = re.findall(r"service=([a-z0-9-]+)", client.get("/map?figure=service").text)
    assert slugs
    by_key = client.get(f"/map?figure=service&service={slugs[-1]}")
    by_curie = client.get(f"/map?figure=service&service=hgv:service/{slugs[-1]}")
    assert by_key.status_code == by_curie.status_code == 200
    assert by_curie.text.replace("hgv%3Aservice%2F", "") == by_key.text  # its language links keep the form
    assert client.get("/map?figure=service&service=hgv:service/nothing-such").status_code == 404


def _docx(paragraphs: int) -> bytes:
    from tests.reliability.test_unpacked_text import docx

    return docx(paragraphs)  # 77 characters a paragraph


def test_a_docx_over_the_limit_is_refused_before_its_blocks_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """R4-4: the runs' text is counted first; over the limit, no block is read (the refusal names
    the count); within it, the document is read as before."""
    read_blocks = docxread._docx_blocks
    walked: list[int] = []

    def counted(document: object, headings: dict[int, int]) -> list[str]:
        lines = read_blocks(document, headings)  # type: ignore[arg-type]
        walked.append(len(lines))
        return lines

    monkeypatch.setattr(docxread, "_docx_blocks", counted)
    with pytest.raises(
        IngestError, match=r"big\.docx: its text is 3080000 characters, over the limit of 200000"
    ):
        read_bytes(_docx(40_000), file_name="big.docx", max_bytes=200_000)
    assert walked == []
    assert len(read_bytes(_docx(2_000), file_name="ok.docx", max_bytes=200_000).lines) == 2_000
    assert walked == [2_000]


def test_an_email_of_docx_attachments_over_the_limit_reads_none_of_their_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """R4-4: each attachment over what is left of the limit is refused (a warning) before its blocks."""
    walked: list[object] = []
    monkeypatch.setattr(docxread, "_docx_blocks", lambda document, headings: walked.append(document) or [])
    message = EmailMessage()
    message["Subject"] = "Hankeraportti"
    message.set_content("Liitteenä raportit.\n")
    for i in range(3):
        message.add_attachment(
            _docx(4_000),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=f"raportti{i}.docx",
        )
    document = read_bytes(message.as_bytes(), file_name="viesti.eml", max_bytes=200_000)
    assert walked == []
    refused = [w for w in document.warnings if "over the limit" in w]
    assert [w.split(": ")[1].removesuffix(" not read") for w in refused] == [
        "raportti0.docx",
        "raportti1.docx",
        "raportti2.docx",
    ]


def _deck(slides: int, paragraphs: int) -> bytes:
    import io

    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for i in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = f"Dia {i}"
        frame = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(5), Inches(3)).text_frame
        frame.text = "Hanke kehittää palveluja."  # 25 characters
        for _ in range(paragraphs - 1):
            frame.add_paragraph().text = "Hanke kehittää palveluja."
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_a_pptx_over_the_limit_is_refused_before_its_shapes_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """R4-4b: the slides' run text is counted first; over the limit no shape is read."""
    read_items = officeread._items
    shapes: list[int] = []

    def counted(*args: object) -> Iterator[tuple[int, int, int, list[str]]]:
        shapes.append(1)
        return read_items(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(officeread, "_items", counted)
    with pytest.raises(
        IngestError, match=r"big\.pptx: its text is 250050 characters, over the limit of 100000"
    ):
        read_bytes(_deck(10, 1_000), file_name="big.pptx", max_bytes=100_000)
    assert shapes == []
    small = read_bytes(_deck(2, 1_000), file_name="ok.pptx", max_bytes=100_000)
    assert small.lines.count("Hanke kehittää palveluja.") == 2_000 and len(shapes) == 2


def test_the_ingest_report_names_a_file_on_one_line_once(tmp_path: Path) -> None:
    """R4-5: the report names each file as the pipeline stores it (file_name_of: U+FFFD for a line
    break, for bytes that are no UTF-8 and for controls), once per warning."""
    import os

    from typer.testing import CliRunner

    from hankegraafi.cli import app

    folder = tmp_path / "docs"
    folder.mkdir()
    text = b"Hanke: Kuvitelmalan etahoito\nHyvinvointialue: Kainuun hyvinvointialue\nBudjetti: 100 000 euroa\n"
    for raw in (b"uusi\nrivi.txt", b"latin\xe4.txt"):
        (Path(os.fsdecode(bytes(folder))) / os.fsdecode(raw)).write_bytes(text)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--store", str(tmp_path / "store")])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    output = result.output
    assert "uusi\nrivi" not in output and "\udce4" not in output
    for name in ("uusi\ufffdrivi.txt", "latin\ufffd.txt"):
        warnings = [line for line in output.splitlines() if line.startswith("varoitus / warning: " + name)]
        assert warnings and all(f"{name}: {name}" not in line for line in warnings), output
        assert any(line.startswith(f"│ {name} ") for line in output.splitlines()), output


CATALOGUE = "https://w3id.org/hankegraafi/id/meta/catalogue"


def _count(client: object, query: str, **dataset: list[str]) -> int:
    from werkzeug.datastructures import MultiDict

    data = MultiDict([("query", query)] + [(k.replace("_", "-"), g) for k, gs in dataset.items() for g in gs])
    answer = client.post("/sparql", data=data, headers={"Accept": "application/sparql-results+json"})  # type: ignore[attr-defined]
    assert answer.status_code == 200, answer.text
    return int(answer.get_json()["results"]["bindings"][0]["n"]["value"])


def test_a_graph_named_twice_in_a_dataset_counts_once(kainuu_app: Flask) -> None:
    """R4-6: a dataset is a set of graphs (SPARQL 1.1 §13.2), however often a request names one."""
    client = kainuu_app.test_client()
    plain = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    once = _count(client, plain, default_graph_uri=[CATALOGUE])
    assert once > 0
    assert _count(client, plain, default_graph_uri=[CATALOGUE] * 3) == once
    assert _count(client, named, named_graph_uri=[CATALOGUE] * 3) == once
    assert (
        _count(client, f"SELECT (COUNT(*) AS ?n) FROM <{CATALOGUE}> FROM <{CATALOGUE}> WHERE {{ ?s ?p ?o }}")
        == once
    )
    twice_named = f"SELECT (COUNT(*) AS ?n) FROM NAMED <{CATALOGUE}> FROM NAMED <{CATALOGUE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert _count(client, twice_named) == once
    # FROM NAMED alone: the default graph is empty, as without the repeat.
    assert (
        _count(
            client,
            f"SELECT (COUNT(*) AS ?n) FROM NAMED <{CATALOGUE}> FROM NAMED <{CATALOGUE}> WHERE {{ ?s ?p ?o }}",
        )
        == 0
    )


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/queries/eurio-projects?format=json&format=csv", "'format'"),
        ('/reconcile?queries={"q0":"Kela"}&queries={"q1":"Kanta"}', "'queries'"),
        ("/reconcile?query=Kela&query=Kanta", "'query'"),
    ],
)
def test_a_parameter_given_twice_is_named_not_dropped(kainuu_app: Flask, url: str, name: str) -> None:
    """R4-7: a 400 naming it, as /quality, /browse, the explorer and the write routes answer."""
    answer = kainuu_app.test_client().get(url, headers={"Accept": "application/json"})
    assert answer.status_code == 400
    assert name in answer.get_json()["message"] and "more than once" in answer.get_json()["message"]


def test_one_batch_in_a_form_and_the_query_string_is_two(kainuu_app: Flask) -> None:
    client = kainuu_app.test_client()
    answer = client.post('/reconcile?queries={"q0":"Kela"}', data={"queries": '{"q1":"Kanta"}'})
    assert answer.status_code == 400
    once = client.post("/reconcile", data={"queries": '{"q1":"Kanta"}'})
    assert once.status_code == 200 and set(once.get_json()) == {"q1"}
