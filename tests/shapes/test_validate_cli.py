"""``hankegraafi validate``: documents and store graphs, grouped report in fi or en, exit codes.

The documents are invented here; the store graphs are shape cases
(shapes/cases/), so the report can be checked against their expected results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.store import DocumentMeta, open_store
from tests.shapes.casekit import CASES_DIR, read_case

runner = CliRunner()

CONFORMING = """\
Haapalan kotihoidon etäkäynnit.

icon/chevron-down Created with Sketch. Perustiedot

Kokonaisuuden nimi
Haapalan kotihoidon etäkäynnit
Lyhyt kuvaus

Kokeillaan kotihoidon etäkäyntejä kolmessa kunnassa.

Toimiaika

2022-2024
"""

# The same page with its years the wrong way round: the project ends before it starts.
REVERSED = CONFORMING.replace("Haapalan", "Koivurannan").replace("2022-2024", "2024-2022")
REVERSED_PROJECT = "<https://w3id.org/hankegraafi/id/project/koivurannan-kotihoidon-etakaynnit>"


# rich wraps at the terminal width, 80 columns when there is none, even inside a
# file name; a wide console keeps names whole (see the report to the lead).
WIDE = {"COLUMNS": "1000"}


def flat(text: str) -> str:
    """The output with its line breaks and indentation folded to single spaces."""
    return " ".join(text.split())


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["validate", *args], env=WIDE)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture
def documents(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    paths = {"ok": folder / "haapala-innokyla.txt", "reversed": folder / "koivuranta-innokyla.txt"}
    paths["ok"].write_text(CONFORMING, encoding="utf-8")
    paths["reversed"].write_text(REVERSED, encoding="utf-8")
    return paths


def test_a_conforming_document_exits_0_in_finnish(documents: dict[str, Path], tmp_path: Path):
    code, output = run(str(documents["ok"]), "--store", str(tmp_path / "unused"))
    assert code == 0
    assert flat(output) == f"{documents['ok']} Graafi on muotojen mukainen. Ei huomautettavaa."


def test_a_conforming_document_in_english(documents: dict[str, Path], tmp_path: Path):
    code, output = run(str(documents["ok"]), "--lang", "en", "--store", str(tmp_path / "unused"))
    assert code == 0
    assert flat(output) == f"{documents['ok']} The graph conforms to the shapes. Nothing to report."


def test_a_violation_exits_1_and_names_the_focus_node(documents: dict[str, Path], tmp_path: Path):
    code, output = run(str(documents["reversed"]), "--store", str(tmp_path / "unused"))
    assert code == 1
    assert flat(output) == (
        f"{documents['reversed']} Graafi ei ole muotojen mukainen. Tulokset: 1 rikkomus. "
        f"{REVERSED_PROJECT} [RIKKOMUS] Päättymispäivä 2022 on ennen alkamispäivää 2024. "
        "(ominaisuus hg:endDate; arvo '2022')"
    )
    code, output = run(str(documents["reversed"]), "--lang", "en", "--store", str(tmp_path / "unused"))
    assert code == 1
    assert (
        "[VIOLATION] The end date 2022 is before the start date 2024. (property hg:endDate; value '2022')"
        in flat(output)
    )


def test_a_folder_is_reported_document_by_document(documents: dict[str, Path], tmp_path: Path):
    code, output = run(str(documents["ok"].parent), "--lang", "en", "--store", str(tmp_path / "unused"))
    assert code == 1  # one of the two breaks the shapes
    text = flat(output)
    # folders are read in name order: haapala, then koivuranta
    first, second = text.index(str(documents["ok"])), text.index(str(documents["reversed"]))
    assert first < second
    assert "The graph conforms to the shapes." in text[first:second]
    assert "The graph does not conform to the shapes." in text[second:]


def test_a_missing_file_is_an_error_naming_it(documents: dict[str, Path], tmp_path: Path):
    missing = tmp_path / "docs" / "ei-ole.txt"
    result = runner.invoke(
        app, ["validate", str(documents["ok"]), str(missing), "--store", str(tmp_path / "u")]
    )
    assert result.exit_code == 1
    assert str(missing) in flat(result.output)
    assert "Graafi on muotojen mukainen." in flat(result.output)  # the good one is still checked


# -- the store ------------------------------------------------------------------------------


def _store_with(tmp_path: Path, cases: dict[str, str]) -> Path:
    """A store whose document graphs are the data of the given shape cases."""
    location = tmp_path / "store"
    store = open_store(location)
    try:
        for file_name, case in cases.items():
            data = Graph().parse(CASES_DIR / case / "data.ttl", format="turtle")
            meta = DocumentMeta(file_name=file_name, sha256="0" * 64, size=len(data), media_type="text/plain")
            store.replace_graph(graph_iri(file_name), data, meta)
    finally:
        store.close()
    return location


def _short(node: object) -> str:
    return f"<{node}>"


def test_store_report_grouped_by_document_and_focus_node(tmp_path: Path):
    location = _store_with(
        tmp_path, {"a-complete.txt": "complete-document", "b-dependencies.txt": "dependency-bad"}
    )
    code, output = run("--store", str(location), "--lang", "en")
    assert code == 1
    text = flat(output)
    good = text.index(f"a-complete.txt <{graph_iri('a-complete.txt')}>")
    bad = text.index(f"b-dependencies.txt <{graph_iri('b-dependencies.txt')}>")
    assert good < bad
    assert text[good:bad].count("The graph conforms to the shapes. Nothing to report.") == 1
    part = text[bad:]
    assert "The graph does not conform to the shapes. Results: 10 violations, 1 info." in part
    # every failing focus node of the case heads its own group, in sorted order
    expected = read_case(CASES_DIR / "dependency-bad").expected
    focus_nodes = sorted({str(key[0]) for key in expected})
    positions = [part.index(_short(f)) for f in focus_nodes]
    assert positions == sorted(positions)
    assert part.count("[VIOLATION]") == 10 and part.count("[INFO]") == 1
    group = part[part.index(_short(focus_nodes[0])) : part.index(_short(focus_nodes[1]))]
    assert focus_nodes[0].endswith("dependency-empty")
    assert group.count("[VIOLATION]") == 3
    assert "A dependency needs exactly one dependent project (hg:dependent)." in group


def test_store_report_in_finnish_and_warnings_do_not_fail(tmp_path: Path):
    location = _store_with(tmp_path, {"varoitukset.txt": "warnings-only"})
    code, output = run("--store", str(location))
    assert code == 0
    text = flat(output)
    assert "Graafi on muotojen mukainen. Tulokset: 9 varoitusta." in text
    assert text.count("[VAROITUS]") == 9
    assert "Riskipisteet 10 eivät ole todennäköisyys 3 × vaikutus 4." in text


def test_an_empty_store_says_so(tmp_path: Path):
    location = tmp_path / "empty"
    open_store(location).close()
    code, output = run("--store", str(location))
    assert code == 0
    assert "Tietovarastossa ei ole dokumentteja. The store holds no documents." in flat(output)
