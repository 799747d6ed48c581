"""Done-when of issue 15 on the command line: decisions survive re-ingest, vanish back into the
queue flagged, and travel between stores through export and import."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDFS, XSD
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ontology.namespaces import HG
from hankegraafi.store.embedded import EmbeddedStore
from tests.curation.documents import GRAPH, PROJECT, THL, UNKNOWN, write_page

runner = CliRunner()


def cli(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def document_graph(store: Path, graph: str = GRAPH) -> Graph:
    st = EmbeddedStore(store, read_only=True)
    try:
        return st.get_graph(URIRef(graph))
    finally:
        st.close()


def queue(store: Path) -> list[dict[str, object]]:
    return json.loads(cli("review", "list", "--store", str(store), "--format", "json"))


def test_link_and_correction_survive_a_forced_reingest_and_vanish_back_into_the_queue(tmp_path: Path) -> None:
    store = tmp_path / "store"
    page = write_page(tmp_path)
    cli("ingest", str(page), "--store", str(store))
    items = queue(store)
    unknown = [i for i in items if i["kind"] == "unknown-name"]
    assert [i["target"] for i in unknown] == [UNKNOWN]
    assert "Kuvitelmalan yliopisto" in str(unknown[0]["quote"])  # the source sentence

    cli("review", "link", "Kuvitelmalan yliopisto", THL, "--store", str(store), "--why", "sama yliopisto")
    cli(
        "review",
        "set",
        PROJECT,
        "hg:endDate",
        "2023",
        "--store",
        str(store),
        "--why",
        "Toimiaika luettu väärin",
    )

    def applied() -> None:
        g = document_graph(store)
        assert (URIRef(PROJECT), HG.endDate, Literal("2023", datatype=XSD.gYear)) in g
        assert (URIRef(PROJECT), HG.endDate, Literal("2029", datatype=XSD.gYear)) not in g
        corrections = set(g.subjects(HG.decision, None))
        assert corrections
        # The unknown node is no entity any more: only its name as read is kept (for the
        # original reading), and only the records of the corrections point at it.
        assert {p for p in g.predicates(URIRef(UNKNOWN), None)} == {
            RDFS.label,
            HG.surfaceForm,
            PROV.wasDerivedFrom,
        }
        assert {s for s, _p, _o in g.triples((None, None, URIRef(UNKNOWN)))} <= corrections
        participations = set(g.objects(URIRef(PROJECT), HG.participation))
        assert any(
            (p, HG.organisation, URIRef(THL)) in g or (p, None, URIRef(THL)) in g for p in participations
        )
        # The original reading is kept beside the correction.
        originals = {
            (str(g.value(c, HG.originalValue)), str(g.value(c, HG.correctedValue))) for c in corrections
        }
        assert ("2029", "2023") in originals and (UNKNOWN, THL) in originals

    applied()
    assert not [i for i in queue(store) if i["kind"] == "unknown-name"]

    cli("ingest", str(page), "--store", str(store), "--force")
    applied()

    # The document changes: the year and the partner are gone; both decisions come back, flagged.
    write_page(tmp_path, end="2023", partner="")
    cli("ingest", str(page), "--store", str(store))
    vanished = [i for i in queue(store) if i["kind"] == "vanished-decision"]
    assert sorted(i["target"] for i in vanished) == sorted([PROJECT, UNKNOWN])
    assert all(i["flagged"] for i in vanished)
    assert all("sha256" in str(i["evidence"]) for i in vanished)
    exported = cli("review", "export", "--store", str(store))
    assert exported.count("a hg:CurationDecision") == 2  # kept, never dropped


def test_export_then_import_into_a_fresh_store_gives_the_same_corrected_graph(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    page = write_page(tmp_path)
    cli("ingest", str(page), "--store", str(first))
    cli("review", "link", UNKNOWN, THL, "--store", str(first))
    cli("review", "set", PROJECT, "hg:endDate", "2023", "--was", "2029", "--store", str(first))
    cli("review", "depend", PROJECT, "hgv:service/kanta", "--kind", "technical", "--store", str(first))
    exported = tmp_path / "curation.ttl"
    cli("review", "export", "--store", str(first), "--out", str(exported))
    again = cli("review", "export", "--store", str(first))
    assert again == exported.read_text(encoding="utf-8")  # sorted: the same bytes every time

    cli("ingest", str(page), "--store", str(second))
    cli("review", "import", str(exported), "--store", str(second))
    corrected = document_graph(second)
    assert (URIRef(PROJECT), HG.endDate, Literal("2023", datatype=XSD.gYear)) in corrected
    assert (
        len(set(corrected.subjects(HG.dependsOn, URIRef("https://w3id.org/hankegraafi/vocab/service/kanta"))))
        == 1
    )
    assert isomorphic(document_graph(first), corrected)
    canonical = "https://w3id.org/hankegraafi/id/meta/canonical"
    assert isomorphic(document_graph(first, canonical), document_graph(second, canonical))
    assert isomorphic(
        document_graph(first, "https://w3id.org/hankegraafi/id/meta/curation"),
        document_graph(second, "https://w3id.org/hankegraafi/id/meta/curation"),
    )
