"""Money adds up: ``budget-by-region`` over the bundled samples against sums made by hand.

The expected figures are read from the sample documents' text here, with a reader of
this test's own (table title, "Yhteensä" row, column headers), never from our graph,
so a wrong extraction or a wrong query cannot agree with itself.
"""

from __future__ import annotations

import re
import shutil
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.queries.catalogue import run
from hankegraafi.settings import Config
from hankegraafi.store import Store, open_store

CUMULATIVE = "Kumulatiivinen kokonaisseuranta (eur)"
ANNUAL = "Vuositason ja raportointijakson seuranta (eur)"


def amount(cell: str) -> Decimal:
    return Decimal(re.sub(r"[^\d,]", "", cell).replace(",", "."))


def read_by_hand(path: Path) -> list[dict[str, object]]:
    """Every EUR cost table of one sample: its project, county, kind, year and total row."""
    lines = path.read_text(encoding="utf-8").splitlines()
    tables: list[dict[str, object]] = []
    project = None
    for i, line in enumerate(lines):
        if line.startswith("Hankkeen / Projektin nimi"):
            rest = line.split("\t", 1)[1] if "\t" in line else lines[i + 1]
            project = rest.strip()
        title = line.replace(" [?]", "").strip()
        if title not in (CUMULATIVE, ANNUAL):
            continue
        assert project is not None, f"{path.name}: a cost table before any project name"
        county = project.split()[0] + " hyvinvointialue"  # "Lapin Pilari 4, …" → "Lapin hyvinvointialue"
        j = i + 1
        year = None
        if re.fullmatch(r"20\d\d", lines[j].strip()):
            year, j = lines[j].strip(), j + 1
        header = lines[j].split("\t")
        while not lines[j].startswith("Yhteensä"):
            j += 1
        total = lines[j].split("\t")
        if title == CUMULATIVE:
            columns = {"budget": header.index("Budjetti"), "actual": header.index("Toteuma")}
            tables.append(
                {"project": project, "county": county, "kind": "cumulative", "year": None}
                | {k: amount(total[c]) for k, c in columns.items()}
            )
        else:
            for kind, (bud, act) in (
                ("annual", ("Vuosi BUD", "Vuosi TOT")),
                ("reporting-period", ("Jakso SUUN", "Jakso TOT")),
            ):
                tables.append(
                    {"project": project, "county": county, "kind": kind, "year": year}
                    | {"budget": amount(total[header.index(bud)]), "actual": amount(total[header.index(act)])}
                )
    return tables


def config(path: Path) -> Config:
    return Config.load({"store": str(path)}, environ={})


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory, samples_store: Path) -> Iterator[Store]:
    # The samples through the pipeline, ingested once per session (tests/conftest.py), copied.
    path = tmp_path_factory.mktemp("money") / "store"
    shutil.copytree(samples_store, path)
    store = open_store(path)
    yield store
    store.close()


def by_county(store: Store, **params: str) -> dict[tuple[str, str | None], tuple[Decimal, Decimal]]:
    sums: dict[tuple[str, str | None], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    result = run(store, "budget-by-region", params)
    for row in result.rows:
        values = dict(zip(result.variables, row, strict=True))
        key = (str(values["regionLabel"]), str(values["year"]) if values["year"] is not None else None)
        sums[key][0] += values["budget"].toPython()
        sums[key][1] += values["actual"].toPython()
    return {k: (v[0], v[1]) for k, v in sums.items()}


def hand_sums(kind: str) -> dict[tuple[str, str | None], tuple[Decimal, Decimal]]:
    latest: dict[tuple[str, str, str | None], dict[str, object]] = {}
    for path in sample_documents():
        for table in read_by_hand(path):
            if table["kind"] == kind:
                # One table per project and year in these samples: nothing to choose between.
                key = (str(table["county"]), str(table["project"]), table["year"])  # type: ignore[misc]
                assert key not in latest, f"{key} twice in the samples: this hand sum needs a date rule"
                latest[key] = table
    sums: dict[tuple[str, str | None], list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for (county, _project, year), table in latest.items():
        sums[(county, year)][0] += table["budget"]  # type: ignore[operator]
        sums[(county, year)][1] += table["actual"]  # type: ignore[operator]
    return {k: (v[0], v[1]) for k, v in sums.items()}


def test_the_hand_reader_reads_the_documents() -> None:
    """The figures the issue names, read by hand: Keski-Suomi 2024 annual 190 000 / 99 300."""
    annual = hand_sums("annual")
    assert annual[("Keski-Suomen hyvinvointialue", "2024")] == (Decimal(190000), Decimal(99300))
    assert hand_sums("cumulative")[("Keski-Suomen hyvinvointialue", None)] == (Decimal(380000), Decimal(211450))


@pytest.mark.parametrize("kind", ["cumulative", "annual", "reporting-period"])
def test_every_county_adds_up_as_by_hand(samples: Store, kind: str) -> None:
    expected = hand_sums(kind)
    assert expected, kind
    assert by_county(samples, kind=kind) == expected
    if kind == "cumulative":
        assert by_county(samples) == expected  # the totals are the default


def test_keski_suomi_2024(samples: Store) -> None:
    """Annual 190 000 / 99 300 (52.3 %), not the annual and period tables added (285 000 / 198 600)."""
    result = run(samples, "budget-by-region", {"kind": "annual", "inYear": "2024"})
    rows = [dict(zip(result.variables, row, strict=True)) for row in result.rows]
    assert [
        (str(r["regionLabel"]), r["budget"].toPython(), r["actual"].toPython(), r["utilisation"].toPython())
        for r in rows
    ] == [("Keski-Suomen hyvinvointialue", Decimal(190000), Decimal(99300), Decimal("52.3"))]
    assert run(samples, "budget-by-region", {"kind": "annual", "inYear": "2023"}).rows == []


SECOND_REPORT = """Tilanneraportti

Keski-Suomen Kestävän kasvun hanke

Keski-Suomen hyvinvointialue

Hankkeen / Projektin nimi\tKeski-Suomen Pilari 4, Investointi 2
Vaihe\tToteutus
Tila\tKäynnissä
Aloituspäivämäärä\t01.01.2023
Valmistuspäivämäärä\t30.06.2025
Raportointijakso\t1.7.2024 - 31.12.2024

Liikennevalot

Edistyminen\t80%
Kustannukset\t● Suunniteltu

Kumulatiivinen kokonaisseuranta (eur)
Kustannusjaottelu\tBudjetti\tToteuma\tSidotut\tEnnuste
Palvelujen osto\t150 000 €\t120 000 €\t0 €\t150 000 €
Omat henkilöstökustannukset\t200 000 €\t160 100 €\t0 €\t200 000 €
Muut kustannukset\t30 000 €\t20 000 €\t0 €\t30 000 €
Yhteensä\t380 000 €\t300 100 €\t0 €\t380 000 €
"""


def test_two_status_reports_are_not_added(tmp_path: Path) -> None:
    """A later status report's cumulative figures replace the earlier one's: 380 000 €, not 760 000 €."""
    store = open_store(tmp_path / "store")
    try:
        ingester = Ingester(store, config(tmp_path / "store"))
        ingester.ensure_reference_graphs()
        second = tmp_path / "keski-suomi-tilanneraportti-2024-2.txt"
        second.write_text(SECOND_REPORT, encoding="utf-8")
        first = next(p for p in sample_documents() if p.name == "keski-suomi-tilanneraportti.txt")
        assert all(o.status != "failed" for o in ingester.ingest_all([first, second]))
        key = ("Keski-Suomen hyvinvointialue", None)
        assert by_county(store) == {key: (Decimal(380000), Decimal(300100))}
        assert by_county(store, asOf="2024-09-30") == {key: (Decimal(380000), Decimal(211450))}
        assert by_county(store, inYear="2024") == {key: (Decimal(380000), Decimal(300100))}
    finally:
        store.close()
