"""A wrong merge split: two final reports that share a plan code by mistake are two projects."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ontology.namespaces import HG
from hankegraafi.store.embedded import EmbeddedStore

ID = "https://w3id.org/hankegraafi/id/"
REPORT = """
RRP990.1 - {name}

Perustiedot

Tila\tLopetus
Hankkeen / Projektin nimi\t{name}
Aloitusaika valmistuspvm\t1.3.2022 - 31.12.2023
Raportointijakso

Tavoitteet

Tavoitteena oli {goal}.
"""


def canonical_of(store: Path) -> dict[str, set[str]]:
    st = EmbeddedStore(store, read_only=True)
    try:
        g = st.get_graph(URIRef(f"{ID}meta/canonical"))
    finally:
        st.close()
    out: dict[str, set[str]] = {}
    for record in g.subjects(RDF.type, HG.ProjectRecord):
        out.setdefault(str(g.value(record, URIRef("http://www.w3.org/ns/prov#specializationOf"))), set()).add(
            str(g.value(record, HG.recordOf))
        )
    return out


def test_split_keeps_two_reports_with_one_plan_code_apart(tmp_path: Path) -> None:
    store = tmp_path / "store"
    a, b = tmp_path / "kuvitelma-a-loppuraportti.txt", tmp_path / "kuvitelma-b-loppuraportti.txt"
    a.write_text(
        REPORT.format(name="Kainuun Pilari 4, Investointi 3", goal="kehittää etäkotihoitoa"), encoding="utf-8"
    )
    b.write_text(
        REPORT.format(name="Kainuun kuvitelmaneuvola", goal="avata neuvola verkkoon"), encoding="utf-8"
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(a), str(b), "--store", str(store)]).exit_code == 0
    joined = [records for records in canonical_of(store).values() if len(records) == 2]
    assert len(joined) == 1  # the shared plan code joined one record of each report
    pa, pb = sorted(joined[0])
    assert f"{ID}project/kainuun-pilari-4-investointi-3" in (pa, pb)
    result = runner.invoke(app, ["review", "split", pa, pb, "--store", str(store), "--why", "eri hankkeet"])
    assert result.exit_code == 0, result.output
    assert "applied" in result.output

    def together() -> bool:
        return any({pa, pb} <= records for records in canonical_of(store).values())

    assert not together()
    # A re-ingest keeps them apart: the decision is applied after every write.
    assert runner.invoke(app, ["ingest", str(a), "--store", str(store), "--force"]).exit_code == 0
    assert not together()
    assert {pa, pb} <= set().union(*canonical_of(store).values())


def test_merge_two_canonical_projects_a_person_says_are_one(tmp_path: Path) -> None:
    store = tmp_path / "store"
    a, b = tmp_path / "kuvitelma-a-loppuraportti.txt", tmp_path / "kuvitelma-b-loppuraportti.txt"
    a.write_text(
        REPORT.format(name="Kainuun Pilari 4, Investointi 3", goal="kehittää etäkotihoitoa"), encoding="utf-8"
    )
    b.write_text(
        REPORT.replace("RRP990.1", "RRP990.2").format(name="Kainuun etähoito", goal="kehittää etäkotihoitoa"),
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(a), str(b), "--store", str(store)]).exit_code == 0
    first, second = f"{ID}project/canonical/20/rrp990-1", f"{ID}project/canonical/20/rrp990-2"
    before = canonical_of(store)
    assert first in before and second in before  # two plan codes: never matched by the rules
    records = before[first] | before[second]
    result = runner.invoke(
        app, ["review", "merge", first, second, "--store", str(store), "--why", "sama hanke"]
    )
    assert result.exit_code == 0, result.output
    after = canonical_of(store)
    assert any(records <= members for members in after.values())
    assert len(after) == len(before) - 1
    # It lasts: a forced re-ingest recomputes the canonical projects with the decision.
    assert runner.invoke(app, ["ingest", str(b), "--store", str(store), "--force"]).exit_code == 0
    assert any(records <= members for members in canonical_of(store).values())


def test_a_conflict_resolved_by_setting_the_value_on_the_canonical_project(tmp_path: Path) -> None:
    store = tmp_path / "store"
    a, b = tmp_path / "kuvitelma-a-loppuraportti.txt", tmp_path / "kuvitelma-b-loppuraportti.txt"
    a.write_text(
        REPORT.format(name="Kainuun Pilari 4, Investointi 3", goal="kehittää etäkotihoitoa"), encoding="utf-8"
    )
    b.write_text(
        REPORT.replace("31.12.2023", "30.6.2023").format(
            name="Kainuun Pilari 4, Investointi 3", goal="kehittää"
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(a), str(b), "--store", str(store)]).exit_code == 0
    listed = runner.invoke(
        app, ["review", "list", "--store", str(store), "--kind", "conflict", "--format", "json"]
    )
    conflicts = __import__("json").loads(listed.output)
    ends = [c for c in conflicts if "endDate" in c["evidence"]]
    assert len(ends) == 1
    canonical = ends[0]["target"]
    assert ends[0]["action"].startswith(f"set {canonical} {HG.endDate}")
    result = runner.invoke(app, ["review", "set", canonical, "hg:endDate", "2023-12-31", "--store", str(store)])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(
        app, ["review", "list", "--store", str(store), "--kind", "conflict", "--format", "json"]
    )
    assert not [c for c in __import__("json").loads(listed.output) if "endDate" in c["evidence"]]
