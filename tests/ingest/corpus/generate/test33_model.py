"""The facts of test33's documents and their gold (invented; see ../test33_forms.md).

test33/ was written blind in stop 41 by helper W30: every document is rendered from one record of
facts (a project, its parts, county, municipalities, organisations, lights, cost tables, goals and
sums), so that the text and its gold cannot disagree. No ingest code and no document of any set was
read. test33_binaries.py renders the documents and writes the golds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

VOCAB = Path(__file__).resolve().parents[4] / "ontology" / "vocab"

COUNTY = {
    "county/01": (
        "Itä-Uudenmaan hyvinvointialue",
        "Östra Nylands välfärdsområde",
        "East Uusimaa Wellbeing Services County",
    ),
    "county/02": (
        "Keski-Uudenmaan hyvinvointialue",
        "Mellersta Nylands välfärdsområde",
        "Central Uusimaa Wellbeing Services County",
    ),
    "county/03": (
        "Länsi-Uudenmaan hyvinvointialue",
        "Västra Nylands välfärdsområde",
        "West Uusimaa Wellbeing Services County",
    ),
    "county/04": (
        "Vantaan ja Keravan hyvinvointialue",
        "Vanda och Kervo välfärdsområde",
        "Vantaa and Kerava Wellbeing Services County",
    ),
    "county/05": (
        "Varsinais-Suomen hyvinvointialue",
        "Egentliga Finlands välfärdsområde",
        "Southwest Finland Wellbeing Services County",
    ),
    "county/06": (
        "Satakunnan hyvinvointialue",
        "Satakunta välfärdsområde",
        "Satakunta Wellbeing Services County",
    ),
    "county/07": (
        "Kanta-Hämeen hyvinvointialue",
        "Egentliga Tavastlands välfärdsområde",
        "Kanta-Häme Wellbeing Services County",
    ),
    "county/08": (
        "Pirkanmaan hyvinvointialue",
        "Birkalands välfärdsområde",
        "Pirkanmaa Wellbeing Services County",
    ),
    "county/09": (
        "Päijät-Hämeen hyvinvointialue",
        "Päijänne-Tavastlands välfärdsområde",
        "Päijät-Häme Wellbeing Services County",
    ),
    "county/10": (
        "Kymenlaakson hyvinvointialue",
        "Kymmenedalens välfärdsområde",
        "Kymenlaakso Wellbeing Services County",
    ),
    "county/11": (
        "Etelä-Karjalan hyvinvointialue",
        "Södra Karelens välfärdsområde",
        "South Karelia Wellbeing Services County",
    ),
    "county/12": (
        "Etelä-Savon hyvinvointialue",
        "Södra Savolax välfärdsområde",
        "South Savo Wellbeing Services County",
    ),
    "county/13": (
        "Pohjois-Savon hyvinvointialue",
        "Norra Savolax välfärdsområde",
        "North Savo Wellbeing Services County",
    ),
    "county/14": (
        "Pohjois-Karjalan hyvinvointialue",
        "Norra Karelens välfärdsområde",
        "North Karelia Wellbeing Services County",
    ),
    "county/15": (
        "Keski-Suomen hyvinvointialue",
        "Mellersta Finlands välfärdsområde",
        "Central Finland Wellbeing Services County",
    ),
    "county/16": (
        "Etelä-Pohjanmaan hyvinvointialue",
        "Södra Österbottens välfärdsområde",
        "South Ostrobothnia Wellbeing Services County",
    ),
    "county/17": (
        "Pohjanmaan hyvinvointialue",
        "Österbottens välfärdsområde",
        "Ostrobothnia Wellbeing Services County",
    ),
    "county/18": (
        "Keski-Pohjanmaan hyvinvointialue",
        "Mellersta Österbottens välfärdsområde",
        "Central Ostrobothnia Wellbeing Services County",
    ),
    "county/19": (
        "Pohjois-Pohjanmaan hyvinvointialue",
        "Norra Österbottens välfärdsområde",
        "North Ostrobothnia Wellbeing Services County",
    ),
    "county/20": ("Kainuun hyvinvointialue", "Kajanalands välfärdsområde", "Kainuu Wellbeing Services County"),
    "county/21": ("Lapin hyvinvointialue", "Lapplands välfärdsområde", "Lapland Wellbeing Services County"),
    "county/90": ("Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"),
    "county/91": ("Ahvenanmaa", "Åland", "Åland"),
}

DIMS = {
    "schedule": ("Aikataulu", "Tidsplan", "Schedule"),
    "costs": ("Kustannukset", "Kostnader", "Costs"),
    "output-quality": ("Tuotosten laatu", "Prestationernas kvalitet", "Output quality"),
    "output-scope": ("Tuotosten laajuus", "Prestationernas omfattning", "Output scope"),
    "staff": ("Henkilöstö", "Personal", "Staff"),
    "risks": ("Riskit", "Risker", "Risks"),
    "benefits": ("Hyödyt", "Nyttor", "Benefits"),
}

CATS = {
    "service-purchases": ("Palvelujen osto", "Köp av tjänster", "Purchased services"),
    "expert-services": ("Asiantuntijapalvelut", "Experttjänster", "Expert services"),
    "communication-services": ("Viestintäpalvelut", "Kommunikationstjänster", "Communication services"),
    "own-staff-costs": ("Omat henkilöstökustannukset", "Egna personalkostnader", "Own staff costs"),
    "staff-costs": ("Henkilöstökulut", "Personalkostnader", "Staff costs"),
    "travel": ("Matkakulut", "Resekostnader", "Travel"),
    "materials": ("Materiaalikulut", "Materialkostnader", "Materials"),
    "premises": ("Toimitilakulut", "Lokalkostnader", "Premises"),
    "software": ("Ohjelmistot", "Programvara", "Software"),
    "phone-and-ict-equipment": (
        "Puhelin- ja ICT-laitehankinnat",
        "Telefon- och IKT-anskaffningar",
        "Phone and ICT equipment",
    ),
    "indirect-costs": ("Välilliset kustannukset", "Indirekta kostnader", "Indirect costs"),
    "other-costs": ("Muut kustannukset", "Övriga kostnader", "Other costs"),
    "total": ("Yhteensä", "Totalt", "Total"),
}

COLS = {
    "budget": ("Budjetti", "Budget", "Budget"),
    "granted": ("Myönnetty", "Beviljat", "Granted"),
    "actual": ("Toteuma", "Utfall", "Actual"),
    "committed": ("Sidottu", "Bundet", "Committed"),
    "forecast": ("Ennuste", "Prognos", "Forecast"),
    "utilisation-percent": ("Käyttöaste %", "Användningsgrad %", "Utilisation %"),
    "deviation": ("Poikkeama", "Avvikelse", "Variance"),
    "period-budget": ("Jakson budjetti", "Periodens budget", "Period budget"),
    "period-actual": ("Jakson toteuma", "Periodens utfall", "Period actual"),
    "estimate": ("Kustannusarvio", "Kostnadsberäkning", "Cost estimate"),
}

GOAL_WORDS = {
    "fi": {
        "achieved": "Toteutunut",
        "partly-achieved": "Osittain toteutunut",
        "not-achieved": "Ei toteutunut",
        "moved-later": "Siirtyi myöhemmäksi",
        "unfinished": "Kesken",
        "unknown": "Ei arvioitu",
    },
    "sv": {
        "achieved": "Uppnått",
        "partly-achieved": "Delvis uppnått",
        "not-achieved": "Inte uppnått",
        "moved-later": "Flyttat framåt",
        "unfinished": "Oavslutat",
        "unknown": "Ej bedömt",
    },
    "en": {
        "achieved": "Achieved",
        "partly-achieved": "Partly achieved",
        "not-achieved": "Not achieved",
        "moved-later": "Moved later",
        "unfinished": "Unfinished",
        "unknown": "Not assessed",
    },
}

LANG = {"fi": 0, "sv": 1, "en": 2}


def municipalities() -> dict[str, tuple[str, str, str]]:
    """municipality key -> (Finnish label, Swedish label, county key), from the vocabulary."""
    text = (VOCAB / "municipalities.ttl").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str, str]] = {}
    for block in text.split("\n\n"):
        key = re.search(r"vocab/(municipality/[a-z0-9-]+)> a ", block)
        if not key:
            continue
        fi = re.search(r'"([^"]+)"@fi', block.split("prefLabel", 1)[1])
        sv = re.search(r'"([^"]+)"@sv', block.split("prefLabel", 1)[1])
        county = re.search(r"inCounty <https://w3id\.org/hankegraafi/vocab/(county/\d+)>", block)
        if fi and sv and county:
            out[key.group(1)] = (fi.group(1), sv.group(1), county.group(1))
    return out


@dataclass
class Table:
    """A cost table: rows of (category key, amounts in euros per column)."""

    unit_project: str
    kind: str
    year: int | None
    columns: list[str]
    rows: list[tuple[str, list[float]]]

    def gold(self) -> dict:
        return {
            "project": self.unit_project,
            "unit": "EUR",
            "kind": self.kind,
            "year": self.year,
            "columns": self.columns,
            "rows": [[k, *[int(v) if float(v).is_integer() else v for v in vals]] for k, vals in self.rows],
        }


def table(project: str, kind: str, year: int | None, columns: list[str], cats: dict[str, list[float]]) -> Table:
    """A table whose total row is the column sums (a utilisation column recomputed from budget-like
    and actual columns; a deviation column actual minus budget)."""
    rows = [(k, list(v)) for k, v in cats.items()]
    total: list[float] = []
    for i in range(len(columns)):
        total.append(sum(r[1][i] for r in rows))
    for i, col in enumerate(columns):
        if col == "utilisation-percent":
            base = columns.index("granted") if "granted" in columns else columns.index("budget")
            act = columns.index("actual")
            for r in rows:
                r[1][i] = round(100 * r[1][act] / r[1][base])
            total[i] = round(100 * total[act] / total[base])
    rows.append(("total", total))
    return Table(project, kind, year, columns, rows)


@dataclass
class Facts:
    """One document's facts; the gold is read off them."""

    n: int
    area: str
    kind: str
    family: str
    template: str
    ext: str
    lang: str
    county: str | None
    name: str
    year: int
    document_date: str | None
    start: str | None = None
    end: str | None = None
    aliases: list[str] = field(default_factory=list)
    parts: list[tuple[str, str]] = field(default_factory=list)
    part_level: str = "sub-project"
    munis: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    coimpl: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    funder: object = "organisation/stm"
    funder_org: bool = True
    lights: dict[str, dict[str, str]] = field(default_factory=dict)
    progress: dict[str, int] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    goals: list[tuple[str, str]] = field(default_factory=list)
    money: list[tuple[str, int, str]] = field(default_factory=list)
    about: bool = True
    warning: list[str] = field(default_factory=list)
    tab_of: str | None = None
    suffix: str = ""
    extra_orgs: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)

    @property
    def filename(self) -> str:
        lang = f"_{self.lang}" if self.lang != "fi" else ""
        return f"id{self.n:02d}_{self.area}{lang}_{self.suffix}_{self.year}.{self.ext}"

    def part_names(self) -> list[str]:
        return [f"{label}: {name}" for label, name in self.parts]

    def gold(self, set_name: str) -> dict:
        if not self.about:
            return {
                "document": self.filename,
                "set": set_name,
                "layout": f"{self.family}/{self.template}/{self.ext}",
                "kind": "not-about-project",
                "about_project": False,
                "projects": [],
                "county": None,
                "municipalities": sorted(set(self.munis)),
                "funder": None,
                "tab_of": None,
                "dates": {"start": None, "end": None, "document_date": self.document_date},
                "dependency_entities": [],
                "organisations": [],
                "traffic_lights": {},
                "cost_cells": [],
                "goals": [],
                "money": [],
                "expect_warning": self.warning,
            }
        level = "toimintamalli" if self.kind in ("innokyla-page", "innokyla-tab") else "project"
        projects = [
            {"name": self.name, "aliases": self.aliases, "county": self.county, "level": level, "part_of": None}
        ]
        for label, name in self.parts:
            projects.append(
                {
                    "name": f"{label}: {name}",
                    "aliases": [name],
                    "county": self.county,
                    "level": self.part_level,
                    "part_of": self.name,
                }
            )
        orgs: list[object] = []
        if self.funder_org and self.funder:
            orgs += self.funder if isinstance(self.funder, list) else [self.funder]
        orgs += self.partners + self.coimpl + self.extra_orgs
        lights: dict[str, dict] = {}
        for unit, dims in self.lights.items():
            lights[unit] = {d: ("on-plan" if v in ("g", "on-plan") else "deviation") for d, v in dims.items()}
        for unit, value in self.progress.items():
            lights.setdefault(unit, {})["progress"] = value
        return {
            "document": self.filename,
            "set": set_name,
            "layout": f"{self.family}/{self.template}/{self.ext}",
            "kind": self.kind,
            "about_project": True,
            "projects": projects,
            "county": self.county,
            "municipalities": sorted(set(self.munis)),
            "funder": self.funder,
            "tab_of": self.tab_of,
            "dates": {"start": self.start, "end": self.end, "document_date": self.document_date},
            "dependency_entities": list(self.partners) + list(self.services) + list(self.programmes),
            "organisations": list(dict.fromkeys(orgs)),
            "traffic_lights": lights,
            "cost_cells": [t.gold() for t in self.tables],
            "goals": [[g, s] for g, s in self.goals],
            "money": [{"project": p, "amount": a, "what": w} for p, a, w in self.money],
            "expect_warning": self.warning,
        }


def eur_fi(v: float, dec: bool = False, sep: str = " ") -> str:
    """1234567 -> '1 234 567' (or with ',00'); the separator as given."""
    whole = (
        f"{round(v):,}".replace(",", sep)
        if not dec
        else f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", sep)
    )
    return whole


def eur_en(v: float) -> str:
    return f"{round(v):,}"
