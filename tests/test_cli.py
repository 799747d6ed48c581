"""The command line as users and scripts call it: forms, outputs, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ontology.namespaces import graph_iri
from hankegraafi.store import DocumentMeta
from hankegraafi.store.embedded import EmbeddedStore

runner = CliRunner()
EX = "http://example.org/"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    st = EmbeddedStore(path)
    g = Graph()
    g.add(
        (
            URIRef(EX + "hanke"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("Hanke Ä", lang="fi"),
        )
    )
    g.add((URIRef(EX + "hanke"), URIRef(EX + "budjetti"), Literal(950000)))
    st.replace_graph(graph_iri("raportti.txt"), g, DocumentMeta("raportti.txt", "f" * 64, 42, "text/plain"))
    st.close()
    return path


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "validate", "query", "sparql", "serve", "export", "graphs", "load"):
        assert command in result.output


def test_graphs_lists_source_and_size(store_dir: Path) -> None:
    result = runner.invoke(app, ["graphs", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "raportti.txt" in result.output
    as_json = runner.invoke(app, ["graphs", "--format", "json", "--store", str(store_dir)])
    rows = {row["iri"]: row for row in json.loads(as_json.stdout)}
    doc = rows[str(graph_iri("raportti.txt"))]
    assert (doc["file_name"], doc["triples"], doc["size"], doc["sha256"]) == ("raportti.txt", 2, 42, "f" * 64)


def test_graphs_table_is_readable_at_80_columns(store_dir: Path) -> None:
    """Issue 19: graphs relative to the base IRI, numbers and times never wrapped, at 80 columns."""
    result = runner.invoke(app, ["graphs", "--store", str(store_dir)], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    row = next(line for line in lines if "graph/raportti" in line)
    assert "42" in row and "https://" not in row


def test_sparql_formats(store_dir: Path) -> None:
    q = f"SELECT ?b WHERE {{ <{EX}hanke> <{EX}budjetti> ?b }}"
    csv = runner.invoke(app, ["sparql", q, "--format", "csv", "--store", str(store_dir)])
    assert csv.exit_code == 0, csv.output
    assert csv.stdout.splitlines() == ["b", "950000"]
    js = runner.invoke(app, ["sparql", q, "--format", "json", "--store", str(store_dir)])
    assert json.loads(js.stdout)["results"]["bindings"][0]["b"]["value"] == "950000"
    table = runner.invoke(app, ["sparql", q, "--store", str(store_dir)])
    assert "950000" in table.stdout and "1 riviä / rows" in table.stdout
    ttl = runner.invoke(app, ["sparql", f"DESCRIBE <{EX}hanke>", "--format", "ttl", "--store", str(store_dir)])
    parsed = Graph().parse(data=ttl.stdout, format="turtle")
    assert (URIRef(EX + "hanke"), URIRef(EX + "budjetti"), Literal(950000)) in parsed


def test_sparql_from_file_and_errors(store_dir: Path, tmp_path: Path) -> None:
    qfile = tmp_path / "q.rq"
    qfile.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    ok = runner.invoke(app, ["sparql", f"@{qfile}", "--store", str(store_dir)])
    assert ok.exit_code == 0 and "true" in ok.stdout
    bad = runner.invoke(app, ["sparql", "SELECT ?x WHERE { ?x", "--store", str(store_dir)])
    assert bad.exit_code == 1
    assert "query error" in bad.output
    missing = runner.invoke(app, ["sparql", "@/ei/ole.rq", "--store", str(store_dir)])
    assert missing.exit_code == 2
    assert "/ei/ole.rq" in missing.output


def test_export_roundtrip(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dump.nq"
    result = runner.invoke(app, ["export", "--format", "nq", "--out", str(out), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    quads = {
        (q.subject.value, q.predicate.value, q.object.value, q.graph_name.value)
        for q in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS)
    }
    assert (EX + "hanke", EX + "budjetti", "950000", str(graph_iri("raportti.txt"))) in quads
    fresh = tmp_path / "fresh"
    loaded = runner.invoke(app, ["load", str(out), "--store", str(fresh)])
    assert loaded.exit_code == 0, loaded.output
    assert f"{len(out.read_text().splitlines())} nelikkoa / quads" in loaded.stdout


def test_usage_errors_exit_2(store_dir: Path) -> None:
    assert runner.invoke(app, ["ingest", "--store", str(store_dir)]).exit_code == 2
    assert runner.invoke(app, ["export", "--format", "xml", "--store", str(store_dir)]).exit_code == 2
    assert runner.invoke(app, ["nonexistent"]).exit_code == 2


def test_bad_setting_is_named(store_dir: Path) -> None:
    result = runner.invoke(
        app, ["graphs", "--store", str(store_dir)], env={"HANKEGRAAFI_BASE_IRI": "https://example.org/id"}
    )
    assert result.exit_code == 2
    assert "base_iri" in result.output


def test_console_script_runs() -> None:
    exe = Path(sys.executable).with_name("hankegraafi")
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.startswith("hankegraafi ")


def test_validate_reads_rdf_files_a_publisher_made(tmp_path: Path) -> None:
    hg = "https://w3id.org/hankegraafi/ontology#"
    bad = tmp_path / "oma.ttl"
    # A project with no name: the shapes must reject it, naming the node.
    bad.write_text(f"<{EX}p1> a <{hg}Project> .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad), "--lang", "en"], env={"COLUMNS": "1000"})
    assert result.exit_code == 1
    assert str(bad) in result.output
    assert f"<{EX}p1>" in result.output
    assert "VIOLATION" in result.output
    broken = tmp_path / "rikki.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(broken)], env={"COLUMNS": "1000"})
    assert result.exit_code == 1
    assert f"{broken}: not readable RDF" in result.output


def test_ingest_summary_keeps_file_names_whole_through_a_pipe(
    cli_samples_ingest: subprocess.CompletedProcess[str],
) -> None:
    """Scripts read the summary from a pipe, 80 columns wide: no "etela-savo-h…" there.

    The run is the session's ``hankegraafi ingest --samples --quarantine`` (tests/conftest.py),
    the console script with COLUMNS=80 and its output captured through a pipe.
    """
    result = cli_samples_ingest
    assert result.returncode == 0, result.stderr[-2000:]
    assert "…" not in result.stdout
    for name in ("etela-savo-hankesuunnitelma.txt", "keski-suomi-tilanneraportti.txt", "lappi-2-innokyla.txt"):
        assert name in result.stdout
    assert "stored 6" in result.stdout


@pytest.mark.parametrize("derive", [True, False])
def test_load_rebuilds_what_the_loaded_documents_entail(tmp_path: Path, derive: bool) -> None:
    """Issue 20: a load is a write like an ingest; the inferred graph follows it unless asked not to."""
    from hankegraafi.ingest.inference import inferred_graph_iri

    base = "https://w3id.org/hankegraafi/id/"
    data = tmp_path / "one.trig"
    data.write_text(
        f"<{base}graph/one-txt> {{ <{base}project/one> a "
        "<https://w3id.org/hankegraafi/ontology#Investment> . }\n",
        encoding="utf-8",
    )
    where = tmp_path / "store"
    flag = "--derive" if derive else "--no-derive"
    loaded = runner.invoke(app, ["load", str(data), flag, "--store", str(where)])
    assert loaded.exit_code == 0, loaded.output
    st = EmbeddedStore(where)
    try:
        entailed = st.query(
            f"ASK {{ GRAPH <{inferred_graph_iri(base)}> "
            f"{{ <{base}project/one> a <http://data.europa.eu/s66#Project> }} }}"
        )
    finally:
        st.close()
    assert entailed is derive


def test_a_reader_warning_is_printed_once_naming_its_file_once(tmp_path: Path) -> None:
    """A mis-encoded file's warning reaches the user once, in the summary, with the file named once:
    the reader logged it at WARNING as well, and the summary put the name before a message that had it."""
    doc = tmp_path / "kainuu_raportti.txt"
    doc.write_bytes(
        b"Hankkeen nimi: Testihanke\nHyvinvointialue: Kainuun hyvinvointialue\nTavoite: " + b"t\xe4m\xe4\n"
    )
    exe = Path(sys.executable).with_name("hankegraafi")
    proc = subprocess.run(
        [str(exe), "ingest", "--store", str(tmp_path / "store"), str(doc)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "mis-encoded text" in line]
    assert len(lines) == 1, proc.stderr
    assert lines[0].count("kainuu_raportti.txt") == 1 and lines[0].startswith(
        "varoitus / warning: kainuu_raportti.txt: "
    )
