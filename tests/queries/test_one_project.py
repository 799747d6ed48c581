"""One invented project in five documents, four formats and three names, read as one project.

The documents (a plan, two status reports, a final report and an Innokylä page) are
written here with scripts/make_fixtures.py's blocks and renderers, in .docx, .txt,
.pdf, .html and .txt. Planted in them: a second start date (status report 2), an end
date that moved (final report), a status that changes over time (history, not a
conflict), and three names ("Investointi 2: Digitaalinen palveluohjaus",
"Kymenlaakson Pilari 4, Investointi 2", "Kymenlaakson kestävän kasvun hanke,
investointi 2"). The test finds one canonical project with its history, the totals
as of every report, the traffic lights over time, the planted conflicts with their
sources, and the current values going back when the final report is removed.
"""

from __future__ import annotations

import runpy
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import URIRef

from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.queries.catalogue import run
from hankegraafi.settings import Config
from hankegraafi.store import Store, open_store

ID = "https://w3id.org/hankegraafi/id/"
HG = "https://w3id.org/hankegraafi/ontology#"
V = "https://w3id.org/hankegraafi/vocab/"
CANONICAL_GRAPH = f"{ID}meta/canonical"
FX: dict[str, Any] = runpy.run_path(str(Path(__file__).resolve().parents[2] / "scripts" / "make_fixtures.py"))
title, heading, field, light, para, table = (
    FX[n] for n in ("title", "heading", "field", "light", "para", "table")
)
NAME = "Kymenlaakson Pilari 4, Investointi 2"


def cumulative(budget: str, actual: str) -> tuple[Any, ...]:
    return (
        heading("Kumulatiivinen kokonaisseuranta (eur)"),
        table(
            ("Kustannusjaottelu", "Budjetti", "Toteuma", "Sidotut", "Ennuste"),
            ("Palvelujen osto", "150 000 €", "40 000 €", "0 €", "150 000 €"),
            ("Omat henkilöstökustannukset", "250 000 €", actual, "0 €", "250 000 €"),
            ("Yhteensä", budget, _plus(actual, "40 000 €"), "0 €", "400 000 €"),
        ),
    )


def _plus(a: str, b: str) -> str:
    total = sum(int(x.replace(" ", "").replace("€", "")) for x in (a, b))
    return f"{total:,} €".replace(",", " ")


def report(kind_title: str, period: str, start: str, end: str, status: str, costs: str, actual: str) -> tuple:
    return (
        title("Suomen kestävän kasvun ohjelma"),
        title("Kymenlaakson Kestävän kasvun hanke"),
        title(kind_title),
        title("Kymenlaakson hyvinvointialue"),
        field("Hankkeen / Projektin nimi", NAME),
        field("Tila", status),
        field("Aloituspäivämäärä", start),
        field("Valmistuspäivämäärä", end),
        field("Raportointijakso", period),
        heading("Liikennevalot"),
        light("Liikennevalo Edistymä", "50%"),
        light("Liikennevalo Aikataulu", "● Suunniteltu"),
        light("Liikennevalo Kustannukset", costs),
        heading("Tavoitteet"),
        para(GOAL),
        *cumulative("400 000 €", actual),
    )


GOAL = "Tavoitteena on, että puolet palveluohjauksen yhteydenotoista hoidetaan chatissa vuoden 2023 loppuun mennessä."
PLAN = (
    title("Suomen kestävän kasvun ohjelma"),
    title("Kymenlaakson Kestävän kasvun hanke"),
    title("Hankesuunnitelma"),
    title("Kymenlaakson hyvinvointialue"),
    title("10.02.2022"),
    heading("2 Hankkeen toteutus"),
    heading("2.2 Investointi 2: Digitaalinen palveluohjaus"),
    heading("Tavoitteet:"),
    para(
        "Tavoitteena on, että puolet palveluohjauksen yhteydenotoista hoidetaan chatissa vuoden 2023 loppuun mennessä."
    ),
    heading("Resurssit ja kustannusarvio:"),
    para("Kustannusarvio yhteensä 400 000 €."),
)
STATUS_1 = report(
    "Tilanneraportti",
    "1.3.2022 - 31.12.2022",
    "01.03.2022",
    "31.12.2023",
    "Käynnissä",
    "● Suunniteltu",
    "80 000 €",
)
# Planted: a start date that disagrees with the other reports.
STATUS_2 = report(
    "Tilanneraportti",
    "1.1.2023 - 30.6.2023",
    "01.04.2022",
    "31.12.2023",
    "Käynnissä",
    "⚠ Poikkeama, vaatii seurantaa",
    "220 000 €",
)
# Planted: the end date moved to spring 2024.
FINAL = (
    *report(
        "Loppuraportti",
        "1.7.2023 - 31.12.2023",
        "01.03.2022",
        "31.03.2024",
        "Päättynyt",
        "⚠ Poikkeama, vaatii seurantaa",
        "345 000 €",
    )[:4],
    title("15.02.2024"),
    *report(
        "Loppuraportti",
        "1.7.2023 - 31.12.2023",
        "01.03.2022",
        "31.03.2024",
        "Päättynyt",
        "⚠ Poikkeama, vaatii seurantaa",
        "345 000 €",
    )[4:],
)
INNOKYLA = (
    field("Kokonaisuuden nimi", "Kymenlaakson kestävän kasvun hanke, investointi 2"),
    field("Lyhyt kuvaus", "Investoinnissa kehitetään digitaalista palveluohjausta Kymenlaaksossa."),
    field("Toimiaika", "2022-2023"),
    heading("Toimijat"),
    para("Hankkeen hallinnoija on Kymenlaakson hyvinvointialue."),
    field("Luotu", "01.09.2022"),
    field("Viimeksi muokattu", "20.10.2023"),
)
DOCUMENTS = {
    "kymenlaakso-hankesuunnitelma.docx": ("project-plan", PLAN),
    "kymenlaakso-tilanneraportti-2022.txt": ("status-report", STATUS_1),
    "kymenlaakso-tilanneraportti-2023.pdf": ("status-report", STATUS_2),
    "kymenlaakso-loppuraportti.html": ("final-report", FINAL),
    "kymenlaakso-innokyla.txt": ("innokyla-page", INNOKYLA),
}


def write(folder: Path) -> list[Path]:
    paths = []
    for name, (kind, blocks) in DOCUMENTS.items():
        path = folder / name
        if path.suffix == ".txt":
            path.write_text(FX["to_text"](kind, blocks), encoding="utf-8")
        elif path.suffix == ".html":
            path.write_text(FX["to_html"](kind, path.stem, blocks), encoding="utf-8")
        elif path.suffix == ".pdf":
            FX["to_pdf"](kind, blocks, path)
        else:
            FX["to_docx"](kind, blocks, path)
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five documents ingested once for the module into a closed store, which each test copies
    (the last one removes a document): five ingests of five documents fewer."""
    where = tmp_path_factory.mktemp("one-project")
    folder = where / "docs"
    folder.mkdir()
    paths = write(folder)
    store = open_store(where / "store")
    try:
        ingester = Ingester(store, Config.load({"store": str(where / "store")}, environ={}))
        ingester.ensure_reference_graphs()
        outcomes = ingester.ingest_all(paths)
        assert [o.status for o in outcomes] == ["stored"] * 5, [o.error for o in outcomes]
    finally:
        store.close()
    return where / "store"


@pytest.fixture
def ingested(tmp_path: Path, built: Path) -> Iterator[tuple[Store, Ingester]]:
    shutil.copytree(built, tmp_path / "store")
    store = open_store(tmp_path / "store")
    ingester = Ingester(store, Config.load({"store": str(tmp_path / "store")}, environ={}))
    yield store, ingester
    store.close()


def rows(store: Store, name: str, **params: str) -> list[dict[str, Any]]:
    result = run(store, name, params)
    return [
        {k: (v.toPython() if hasattr(v, "toPython") else v) for k, v in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def canonical_projects(store: Store) -> list[str]:
    result = store.query(
        f"SELECT DISTINCT ?c WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ ?c a <{HG}CanonicalProject> ; <{HG}region> <{V}county/10> ; <{HG}level> ?l FILTER(?l != 'project') }} }}"
    )
    return sorted(str(r["c"]) for r in result.dicts())


def current(store: Store, project: str, prop: str) -> str | None:
    result = store.query(f"SELECT ?v WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ <{project}> <{HG}{prop}> ?v }} }}")
    values = [str(r["v"]) for r in result.dicts()]
    assert len(values) <= 1, values
    return values[0] if values else None


def doc(name: str) -> str:
    return f"{ID}document/{name.replace('.', '-')}"


def test_one_canonical_project_across_five_documents(ingested: tuple[Store, Ingester]) -> None:
    store, _ = ingested
    (project,) = canonical_projects(store)
    records = store.query(
        f"SELECT ?doc ?evidence ?confidence WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ ?r a <{HG}ProjectRecord> ; "
        f"<http://www.w3.org/ns/prov#specializationOf> <{project}> ; <http://www.w3.org/ns/prov#wasQuotedFrom> ?doc ; "
        f"<{HG}matchEvidence> ?evidence ; <{HG}matchConfidence> ?confidence }} }}"
    ).dicts()
    assert sorted(str(r["doc"]) for r in records) == sorted(doc(n) for n in DOCUMENTS)
    evidence = {str(r["doc"]): str(r["evidence"]) for r in records}
    assert "investment number 2" in evidence[doc("kymenlaakso-innokyla.txt")]
    assert "investment number 2" in evidence[doc("kymenlaakso-hankesuunnitelma.docx")]
    assert all(Decimal(str(r["confidence"])) >= Decimal("0.8") for r in records)
    # The names the documents used are kept as variants of the one project.
    labels = {
        str(r["l"])
        for r in store.query(
            f"SELECT ?l WHERE {{ GRAPH <{CANONICAL_GRAPH}> {{ <{project}> <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?l }} }}"
        ).dicts()
    }
    assert {
        NAME,
        "Kymenlaakson kestävän kasvun hanke, investointi 2",
        "Investointi 2: Digitaalinen palveluohjaus",
    } <= labels
    # Current values by the rule: the final report is the latest document.
    assert current(store, project, "endDate") == "2024-03-31"
    assert current(store, project, "startDate") == "2022-03-01"
    assert current(store, project, "lifecycleStatus") == f"{V}lifecycle/ended"


def test_totals_at_every_report_date(ingested: tuple[Store, Ingester]) -> None:
    store, _ = ingested
    (project,) = canonical_projects(store)
    expected = {
        "2022-12-31": Decimal(120000),  # status report 1 (as of its period's end)
        "2023-06-30": Decimal(260000),  # status report 2
        "2024-02-15": Decimal(385000),  # final report
    }
    for day, actual in expected.items():
        got = [r for r in rows(store, "budget-by-region", asOf=day) if str(r["project"]) == project]
        assert [(r["budget"], r["actual"]) for r in got] == [(Decimal(400000), actual)], day
    latest = [r for r in rows(store, "budget-by-region") if str(r["project"]) == project]
    assert [(r["budget"], r["actual"], str(r["document"])) for r in latest] == [
        (Decimal(400000), Decimal(385000), doc("kymenlaakso-loppuraportti.html"))
    ]
    estimate = [r for r in rows(store, "budget-by-region", kind="estimate") if str(r["project"]) == project]
    assert [(r["budget"], r["actual"]) for r in estimate] == [(Decimal(400000), None)]


def test_history_and_traffic_light_timeline(ingested: tuple[Store, Ingester]) -> None:
    store, _ = ingested
    (project,) = canonical_projects(store)
    history = rows(store, "project-history", project=project)
    costs = [
        (str(r["documentDate"]), str(r["value"]).rsplit("/", 1)[-1])
        for r in history
        if str(r["property"]) == f"{HG}lightValue" and r["detail"] == "costs"
    ]
    assert costs == [("2022-12-31", "on-plan"), ("2023-06-30", "deviation"), ("2024-02-15", "deviation")]
    status = [
        (str(r["documentDate"]), str(r["value"]).rsplit("/", 1)[-1])
        for r in history
        if str(r["property"]) == f"{HG}lifecycleStatus"
    ]
    assert status == [("2022-12-31", "ongoing"), ("2023-06-30", "ongoing"), ("2024-02-15", "ended")]
    documents = {str(r["document"]) for r in history}
    assert documents == {doc(n) for n in DOCUMENTS}
    changes = rows(
        store,
        "changes-between",
        project=project,
        before=doc("kymenlaakso-tilanneraportti-2022.txt"),
        after=doc("kymenlaakso-tilanneraportti-2023.pdf"),
    )
    changed = {
        (str(r["property"]).rsplit("#", 1)[-1], r["detail"]): (r["valueBefore"], r["valueAfter"])
        for r in changes
    }
    assert changed[("startDate", "")] == ("2022-03-01", "2022-04-01")
    assert changed[("actual", "cumulative")] == ("120000", "260000")
    assert changed[("lightValue", "costs")] == (f"{V}light-value/on-plan", f"{V}light-value/deviation")
    assert ("endDate", "") not in changed


def test_planted_conflicts_with_their_sources(ingested: tuple[Store, Ingester]) -> None:
    store, _ = ingested
    (project,) = canonical_projects(store)
    found = rows(store, "conflicts", project=project)
    by_property: dict[str, set[tuple[str, str]]] = {}
    for r in found:
        by_property.setdefault(str(r["property"]).rsplit("#", 1)[-1], set()).add(
            (r["value"], str(r["document"]))
        )
    assert set(by_property) == {"startDate", "endDate"}  # the status changed over time: history, not conflict
    assert ("2022-04-01", doc("kymenlaakso-tilanneraportti-2023.pdf")) in by_property["startDate"]
    assert ("2022-03-01", doc("kymenlaakso-loppuraportti.html")) in by_property["startDate"]
    assert ("2024-03-31", doc("kymenlaakso-loppuraportti.html")) in by_property["endDate"]
    assert ("2023-12-31", doc("kymenlaakso-tilanneraportti-2022.txt")) in by_property["endDate"]
    assert {r["currentValue"] for r in found if str(r["property"]).endswith("endDate")} == {"2024-03-31"}


def test_removing_the_final_report_puts_the_current_values_back(ingested: tuple[Store, Ingester]) -> None:
    store, ingester = ingested
    removed = ingester.remove("kymenlaakso-loppuraportti.html")
    assert removed == URIRef(f"{ID}graph/kymenlaakso-loppuraportti-html")
    (project,) = canonical_projects(store)
    assert current(store, project, "endDate") == "2023-12-31"
    assert current(store, project, "lifecycleStatus") == f"{V}lifecycle/ongoing"
    latest = [r for r in rows(store, "budget-by-region") if str(r["project"]) == project]
    assert [(r["budget"], r["actual"]) for r in latest] == [(Decimal(400000), Decimal(260000))]
    assert {str(r["property"]).rsplit("#", 1)[-1] for r in rows(store, "conflicts", project=project)} == {
        "startDate"
    }
    assert ingester.remove("kymenlaakso-loppuraportti.html") is None


def test_validate_warns_of_conflicts_and_remove_recomputes(tmp_path: Path) -> None:
    """The command line: validate lists the planted conflicts as warnings (fi/en) without failing,
    ``remove`` drops a document and recomputes them, and an unknown document is an error."""
    from typer.testing import CliRunner

    from hankegraafi.cli import app

    folder = tmp_path / "docs"
    folder.mkdir()
    paths = write(folder)
    runner = CliRunner()
    store = str(tmp_path / "store")
    env = {"HANKEGRAAFI_STORE": store}
    assert runner.invoke(app, ["ingest", *map(str, paths), "--store", store], env=env).exit_code == 0
    english = runner.invoke(app, ["validate", "--store", store, "--lang", "en"], env=env)
    assert english.exit_code == 0, english.output
    warnings = [line for line in english.output.splitlines() if line.startswith("Warning: documents disagree")]
    assert len(warnings) == 2 and any("on endDate" in w and "2024-03-31" in w for w in warnings)
    assert any("2022-04-01 (kymenlaakso-tilanneraportti-2023-pdf" in w for w in warnings)
    removed = runner.invoke(app, ["remove", "kymenlaakso-loppuraportti.html", "--store", store], env=env)
    assert removed.exit_code == 0, removed.output
    finnish = runner.invoke(app, ["validate", "--store", store, "--lang", "fi"], env=env)
    lines = [line for line in finnish.output.splitlines() if line.startswith("Varoitus:")]
    assert len(lines) == 1 and "tiedosta startDate" in lines[0]
    assert (
        runner.invoke(app, ["remove", "kymenlaakso-loppuraportti.html", "--store", store], env=env).exit_code
        == 1
    )
