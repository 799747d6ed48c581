"""The fact families of ingest/facts/: registered once, small, and each reading its own facts.

Each family has a test here with an invented status report or plan (no seed text);
goals and continuations have theirs in test_goal_status.py and test_known_errors.py.
"""

from __future__ import annotations

import ast
import importlib
from decimal import Decimal
from pathlib import Path

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts import FAMILIES
from hankegraafi.ingest.readers import read_bytes

INGEST = Path(__file__).resolve().parents[2] / "ingest"


def read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_every_family_module_is_registered_once() -> None:
    defined = [
        path.stem
        for path in sorted((INGEST / "facts").glob("*.py"))
        if any(
            isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "FAMILY" for t in node.targets)
            for node in ast.parse(path.read_text(encoding="utf-8")).body
        )
    ]
    assert (
        len(defined) >= 8
    )  # identity, places and organisations, money, lights, goals, risks, dependencies, ...
    for stem in defined:
        module = importlib.import_module(f"hankegraafi.ingest.facts.{stem}")
        assert sum(family is module.FAMILY for family in FAMILIES) == 1, stem
    assert len({family.name for family in FAMILIES}) == len(FAMILIES)
    keys = [key for family in FAMILIES for key in family.fields]
    assert len(keys) == len(set(keys)), "a field is read by two families"


def test_the_split_modules_stay_small() -> None:
    paths = [
        INGEST / "extract.py",
        INGEST / "segment.py",
        INGEST / "labels.py",
        *(INGEST / "facts").glob("*.py"),
    ]
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in paths}
    assert {name: n for name, n in sizes.items() if n > 600} == {}


#: An invented status report of one investment.
REPORT = """Suomen kestävän kasvun ohjelma
Kestävän kasvun Pohjolanmaa
Tilanneraportti
Kainuun hyvinvointialue

Pohjolanmaan Pilari 4, Investointi 2

Perustiedot
Tila\tKäynnissä
Raportointijakso\t1.1.2024 - 30.6.2024
Hallinnoija\tKainuun hyvinvointialue
Yhteyshenkilön nimi\tMaija Mallikas
Yhteyshenkilön organisaatio\tKainuun hyvinvointialue

Liikennevalot
Liikennevalo Edistymä\t40%
Liikennevalo Aikataulu\t● Suunniteltu
Liikennevalo Kustannukset\t⚠ Poikkeama, vaatii seurantaa

Kumulatiivinen kokonaisseuranta
Nimi\tBudjetti\tToteuma
Palvelujen ostot\t10 000 €\t4 000 €
Asiantuntijapalvelut\t10 000 €\t4 000 €
Omat henkilöstökustannukset\t20 000 €\t9 500 €
Yhteensä\t30 000 €\t13 500 €

Riippuvuudet

Ajanvarauksen laajentaminen edellyttää Omaolo-palvelun teknistä integraatiota potilastietojärjestelmään.

Keskeiset tehtävät seuraavalla raportointikaudella

Indikaattorina seurataan, että 60 % asiakkaista asioi sähköisesti Q4/2025 mennessä.
Osatoteuttajina toimivat Vaaralan kunta ja Rannikon kuntayhtymä (RAKY).
"""


def test_lights() -> None:
    investment = read(REPORT).project("Pohjolanmaan Pilari 4, Investointi 2")
    assert [(light.dimension, light.value, light.percent) for light in investment.lights] == [
        ("progress", None, Decimal("40")),
        ("schedule", "on-plan", None),
        ("costs", "deviation", None),
    ]


def test_money() -> None:
    investment = read(REPORT).project("Pohjolanmaan Pilari 4, Investointi 2")
    [statement] = investment.costs
    assert (statement.kind, statement.unit) == ("cumulative", "EUR")
    assert [(line.category, line.parent, dict(line.values)) for line in statement.lines] == [
        ("service-purchases", None, {"budget": Decimal("10000"), "actual": Decimal("4000")}),
        ("expert-services", 0, {"budget": Decimal("10000"), "actual": Decimal("4000")}),
        ("own-staff-costs", None, {"budget": Decimal("20000"), "actual": Decimal("9500")}),
        ("total", None, {"budget": Decimal("30000"), "actual": Decimal("13500")}),
    ]


def test_identity_and_hierarchy() -> None:
    x = read(REPORT)
    investment = x.project("Pohjolanmaan Pilari 4, Investointi 2")
    assert investment.parent is x.project("Kestävän kasvun Pohjolanmaa")
    assert (investment.level, investment.investment_line, investment.status) == ("investment", "4-2", "ongoing")
    assert [str(d) for d in investment.reporting_period or ()] == ["2024-01-01", "2024-06-30"]
    assert x.kind == "status-report" and x.region is not None and x.region.label == "Kainuun hyvinvointialue"


def test_places_and_organisations() -> None:
    x = read(REPORT)
    investment = x.project("Pohjolanmaan Pilari 4, Investointi 2")
    roles = sorted((p.role, p.organisation.label) for p in investment.participations)
    assert ("co-implementer", "Rannikon kuntayhtymä") in roles
    assert [(p.role, p.name) for p in investment.persons] == [("contact-person", "Maija Mallikas")]
    assert {"Maija Mallikas", "Mallikas Maija"} <= x.person_names  # scrubbed from quotes


def test_dependencies() -> None:
    investment = read(REPORT).project("Pohjolanmaan Pilari 4, Investointi 2")
    assert [(d.target.label, d.kind) for d in investment.dependencies] == [("Omaolo", "technical")]


def test_risks_and_indicators() -> None:
    plan = (
        "Pohjolanmaan kotihoidon hanke\nHankesuunnitelma\n\n"
        "Riskit ja niihin varautuminen\n"
        "Riski\tTodennäköisyys\tVaikutus\tRiskipisteet\tToimenpiteet\tVastuutaho\n"
        "Rekrytointi viivästyy\t3\t4\t12\tVarahenkilöt\tHankepäällikkö\n\n"
        "Mittarit\n\nIndikaattorina seurataan, että 60 % asiakkaista asioi sähköisesti Q4/2025 mennessä.\n"
    )
    project = read(plan).project("Pohjolanmaan kotihoidon hanke")
    assert [
        (r.description, r.probability, r.impact, r.score, r.mitigation, r.owner) for r in project.risks
    ] == [("Rekrytointi viivästyy", 3, 4, 12, "Varahenkilöt", "Hankepäällikkö")]
    assert [(i.target, i.unit, i.deadline) for i in project.indicators] == [(Decimal("60"), "%", "Q4/2025")]


def _imports(path: Path) -> set[str]:
    """The hankegraafi.ingest modules a file imports at its top level."""
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hankegraafi.ingest"):
            names = [f"{node.module}.{a.name}" for a in node.names]
            out |= {node.module, *names}
    return out


def test_a_module_the_families_import_can_be_imported_first() -> None:
    """A module outside ingest/facts that imports the facts package (the generic reader, its
    fallbacks, the tables), some imported by families in turn, is imported first, in a fresh
    interpreter, without a cycle: the family list is built on first use (facts.families), not when
    the package is imported."""
    import subprocess
    import sys

    outside = sorted(
        f"hankegraafi.ingest.{p.stem}"
        for p in INGEST.glob("*.py")
        if p.stem != "__init__" and any(m.startswith("hankegraafi.ingest.facts") for m in _imports(p))
    )
    assert {"hankegraafi.ingest.generic", "hankegraafi.ingest.fallbacks"} <= set(outside), outside
    code = "import importlib, sys; importlib.import_module(sys.argv[1])"
    for module in outside:
        done = subprocess.run([sys.executable, "-c", code, module], capture_output=True, text=True, check=False)
        assert done.returncode == 0, (module, done.stderr[-500:])
