"""The coverage report: recognised structure, lines no fact used, guesses; printed and stored.

An invented status report with a line nothing reads (a note to the reader) and
a new organisation name; the report must name that line, the recognised
headings and fields, and the guesses, in each language; the stored triples
must carry the same figures.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rdflib import Literal

from hankegraafi.ingest.coverage import coverage, coverage_triples, ranges, render
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology.namespaces import HG
from tests.ingest.conftest import build

REPORT = """Tilanneraportti

Hankkeen / Projektin nimi\tKotona Kainuussa
Raportointijakso\t1.1.2024 - 30.6.2024

Liikennevalot

Liikennevalo Aikataulu\t● Suunniteltu
Liikennevalo Kustannukset\t● Poikkeama, vaatii seurantaa

Tämä rivi on muistiinpano lukijalle eikä kerro hankkeesta mitään

Tavoitteet

1. Etävastaanotto kaikissa kunnissa. Toteutunut.
2. Jonot alle kahden viikon. Kesken.

Yleistilanne

Työtä tehdään yhteistyössä Kuusamon Kuntoutuspalvelut Oy:n kanssa.
"""


def explain(text: str = REPORT, name: str = "raportti.txt"):
    document = read_bytes(text.encode(), file_name=name, max_bytes=1_000_000)
    x = extract(document)
    return document, x, coverage(document, x)


def test_report_lists_recognised_structure_unused_lines_and_guesses() -> None:
    document, _x, report = explain()
    recognised = {(r.type, r.key) for r in report.recognised}
    assert {
        ("field", "name"),
        ("field", "reporting-period"),
        ("heading", "goals"),
        ("light", "schedule"),
    } <= recognised
    note = document.lines.index("Tämä rivi on muistiinpano lukijalle eikä kerro hankkeesta mitään") + 1
    assert (note, document.lines[note - 1]) in report.unused
    used_lines = {no for no, _ in report.unused}
    # The goal lines and the collaboration sentence were read by some fact.
    assert document.lines.index("1. Etävastaanotto kaikissa kunnissa. Toteutunut.") + 1 not in used_lines
    assert "new-name:Kuusamon Kuntoutuspalvelut Oy" in report.guesses
    assert report.lines == sum(1 for line in document.lines if line.strip())


def test_report_renders_in_three_languages() -> None:
    _, _, report = explain()
    fi, sv, en = render(report, "fi"), render(report, "sv"), render(report, "en")
    assert fi.startswith("Kattavuus: raportti.txt (laji: status-report)")
    assert "Rivit, joista ei luettu mitään (2):" in fi
    assert "Rader som inget lästes från (2):" in sv
    assert "Lines no fact was read from (2):" in en
    assert "sanastoon kuulumaton nimi: Kuusamon Kuntoutuspalvelut Oy" in fi
    assert "name no vocabulary knows: Kuusamon Kuntoutuspalvelut Oy" in en


def test_generic_document_says_its_layout_was_guessed() -> None:
    page = "Etusivu > Hankkeet > Kotona Kainuussa\n\nKotona Kainuussa -hanke kehittää kotihoitoa Kajaanissa.\n"
    _, x, report = explain(page, "sivu.txt")
    assert x.kind == "generic" and report.guesses[0] == "layout"
    assert "asettelua ei tunnistettu" in render(report, "fi")


def test_stored_triples_carry_the_figures() -> None:
    graph = build(Path(__file__).parent / "fixtures" / "loppuraportti.txt")
    documents = list(graph.subjects(HG.fileName, Literal("loppuraportti.txt")))
    assert len(documents) == 1
    doc = documents[0]
    document = read_bytes(
        (Path(__file__).parent / "fixtures" / "loppuraportti.txt").read_bytes(),
        file_name="loppuraportti.txt",
        max_bytes=1_000_000,
    )
    report = coverage(document, extract(document))
    assert graph.value(doc, HG.linesUsed).toPython() == report.lines - len(report.unused)
    assert graph.value(doc, HG.linesUnused).toPython() == len(report.unused)
    assert str(graph.value(doc, HG.unusedLines)) == ranges(no for no, _ in report.unused)
    labels = {str(o) for o in graph.objects(doc, HG.recognisedLabel)}
    assert {"heading:goals", "field:name"} <= labels
    assert set(coverage_triples(report, doc)) <= set(graph)


def test_ranges() -> None:
    assert ranges([9, 3, 4, 5, 12, 13]) == "3–5, 9, 12–13"
    assert ranges([]) == ""


def test_cli_explain_prints_the_report_and_stores_nothing(tmp_path: Path) -> None:
    source = tmp_path / "raportti.txt"
    source.write_text(REPORT, encoding="utf-8")
    store = tmp_path / "store"
    cli = Path(sys.executable).with_name("hankegraafi")
    env = {**os.environ, "HANKEGRAAFI_STORE": str(store), "COLUMNS": "200", "NO_COLOR": "1"}
    result = subprocess.run(
        [str(cli), "ingest", "--explain", str(source), "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Coverage: raportti.txt (kind: status-report)")
    assert "Tämä rivi on muistiinpano lukijalle" in result.stdout
    assert not store.exists()
    refused = tmp_path / "tiedote.txt"
    refused.write_text("Tiedote\n\nKirkkotie suljetaan 3.–5.6. Kiertotie on merkitty.\n", encoding="utf-8")
    result = subprocess.run(
        [str(cli), "ingest", "--explain", str(refused)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "tiedote.txt: unrecognised document, not about a sote project" in result.stderr
