"""Fact specifications: one invented project (or a part of one) as facts, before any surface form.

A :class:`Spec` holds what a document says, not how: the project's name (and the part a report
is about), its county and municipalities (from the municipality vocabulary, so each key is one
the gold schema knows), partners and national services it depends on, the grant, one cost
table, traffic lights and goals with their achievement. ``render.py`` writes the same spec in
many surface forms, so a fact the ingest reads in one form and misses in another shows as a
class of form. Everything is drawn from a seeded ``random.Random``: the same seed gives the
same spec. The names, goals and sums are invented.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ontology.namespaces import VOCAB

#: Invented project themes (a project's or a part's name).
THEMES = (
    "Kotihoidon etäkäynnit",
    "Nuorten matalan kynnyksen mielenterveyspalvelut",
    "Ikäihmisten liikkuva palveluohjaus",
    "Perhekeskuksen sähköinen ajanvaraus",
    "Päihdetyön jalkautuva tiimi",
    "Omaishoitajien vertaistukiverkosto",
    "Suun terveydenhuollon etävastaanotto",
    "Lastensuojelun systeeminen tiimimalli",
    "Sosiaalipäivystyksen chat-palvelu",
    "Kotikuntoutuksen etäohjaus",
    "Monialainen kipuvastaanotto",
    "Vammaispalvelujen yhteinen asiakasohjaus",
    "Saattohoidon kotisairaala",
    "Maahanmuuttajien terveysneuvonta",
)

#: Invented goals: (Finnish, Swedish) wordings of the same goal.
GOALS = (
    (
        "Asiakkaan odotusaika ensikäynnille lyhenee kahteen viikkoon",
        "Väntetiden till första besöket kortas till två veckor",
    ),
    (
        "Kotihoidon henkilöstö käyttää etäkäyntejä arjessaan",
        "Hemvårdens personal använder distansbesök i vardagen",
    ),
    (
        "Palveluohjaus on saatavilla yhdestä puhelinnumerosta",
        "Servicehandledningen nås från ett enda telefonnummer",
    ),
    ("Asiakastyytyväisyys nousee vähintään neljään", "Kundnöjdheten stiger till minst fyra"),
    ("Päivystyskäynnit vähenevät kymmenellä prosentilla", "Jourbesöken minskar med tio procent"),
    (
        "Toimintamalli vakiintuu kaikkiin alueen kuntiin",
        "Verksamhetsmodellen etableras i alla kommuner i området",
    ),
    ("Työntekijät koulutetaan uuteen arviointimenetelmään", "Personalen utbildas i den nya bedömningsmetoden"),
    ("Asiakastiedot kirjataan yhteen järjestelmään", "Klientuppgifterna registreras i ett enda system"),
    ("Omaishoitajien jaksamista tuetaan ryhmillä", "Närståendevårdarnas ork stöds med grupper"),
    ("Nuoret saavat avun ilman lähetettä", "Unga får hjälp utan remiss"),
)

#: Cost categories a table may hold: (key, vocabulary wording, a plausible wording the vocabulary lacks).
CATEGORIES = (
    ("service-purchases", "Palvelujen ostot", "Ulkopuoliset palvelut"),
    ("own-staff-costs", "Omat henkilöstökustannukset", "Hankehenkilöstön kustannukset"),
    ("travel", "Matkakulut", "Matkustaminen"),
    ("software", "Ohjelmistot", "Tietojärjestelmät ja lisenssit"),
    ("other-costs", "Muut kustannukset", "Muut menoerät"),
)
TOTAL = ("total", "Yhteensä", "Menot yhteensä")

#: Light dimensions: (key, fi, sv, en) — the vocabulary's preferred labels.
LIGHT_DIMENSIONS = (
    ("schedule", "Aikataulu", "Tidsplan", "Schedule"),
    ("costs", "Kustannukset", "Kostnader", "Costs"),
    ("staff", "Henkilöstö", "Personal", "Staff"),
    ("risks", "Riskit", "Risker", "Risks"),
)

#: Partners a project names (vocabulary keys); services it builds on (vocabulary keys).
PARTNERS = (
    "organisation/thl",
    "organisation/kela",
    "organisation/xamk",
    "organisation/laurea",
    "organisation/spr",
)
SERVICES = ("service/omaolo", "service/kanta", "service/terveyskyla", "service/suomi-fi-viestit")

STATUSES = ("achieved", "partly-achieved", "not-achieved", "moved-later", "unfinished")


@dataclass
class CostTable:
    """One cost table: ``columns`` are column keys (budget, actual …) or years; rows by category key."""

    columns: list[str]
    rows: list[tuple[int, list[int]]]  # (index into CATEGORIES, values per column)
    by_year: bool

    def totals(self) -> list[int]:
        return [sum(values[i] for _c, values in self.rows) for i in range(len(self.columns))]


@dataclass
class Spec:
    """What one document says about one project (and, for a report of a part, the part)."""

    seed: int
    name: str
    part: str | None
    county: str  # "county/NN"
    county_name: str
    municipalities: list[tuple[str, str]]  # (key, name)
    partners: list[tuple[str, str]]  # (key, name)
    services: list[tuple[str, str]]
    funder: tuple[str, str]
    grant: int
    costs: CostTable
    lights: dict[str, str]  # dimension key -> on-plan / deviation
    colours: dict[str, str]  # dimension key -> green / yellow / red
    goals: list[tuple[int, str]]  # (index into GOALS, status)
    year: int = 2024
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def unit_name(self) -> str:
        """The project the document's facts belong to: the part when the report is of a part."""
        return self.part or self.name


@functools.cache
def _places() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """County key -> (its name, its municipalities as (key, name)), from the vocabularies."""
    gaz = Gazetteer.default()
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for iri, entry in gaz.by_iri.items():
        if entry.type == "county" and entry.linked and "hyvinvointialue" in (entry.label or ""):
            out.setdefault(iri[len(VOCAB) :], (entry.label, []))
    for iri, entry in gaz.by_iri.items():
        if entry.type == "municipality" and entry.linked and entry.county is not None:
            county = str(entry.county)[len(VOCAB) :]
            if county in out:
                out[county][1].append((iri[len(VOCAB) :], entry.label))
    return {k: (n, sorted(ms)) for k, (n, ms) in out.items() if len(ms) >= 3}


@functools.cache
def _label(key: str) -> str:
    entry = Gazetteer.default().by_iri.get(VOCAB + key)
    if entry is None:
        raise KeyError(key)
    return entry.label


def make_spec(seed: int, *, part: bool = False, by_year: bool = False) -> Spec:
    """The spec of ``seed``: every fact drawn from one seeded generator."""
    rng = random.Random(seed)
    places = _places()
    county = rng.choice(sorted(places))
    county_name, municipalities = places[county]
    themes = rng.sample(THEMES, 2)
    year = rng.choice((2023, 2024, 2025))
    if by_year:  # the years of the project up to the report's
        columns = [str(y) for y in range(year - rng.choice((1, 2)), year + 1)]
    else:
        columns = rng.choice(
            (
                ["budget", "actual"],
                ["budget", "actual", "forecast"],
                ["granted", "actual"],
                ["budget", "actual", "committed"],
            )
        )
    cats = sorted(rng.sample(range(len(CATEGORIES)), rng.choice((3, 4))))
    rows = []
    for c in cats:
        base = rng.randrange(2, 60) * 10_000
        values = []
        for col in columns:
            if col in ("budget", "granted"):
                values.append(base)
            else:
                values.append(max(10_000, round(base * rng.uniform(0.2, 1.1) / 10_000) * 10_000))
        rows.append((c, values))
    colours = {d[0]: rng.choice(("green", "green", "yellow", "red")) for d in LIGHT_DIMENSIONS}
    goals = [(g, rng.choice(STATUSES)) for g in rng.sample(range(len(GOALS)), rng.choice((2, 3, 4)))]
    return Spec(
        seed=seed,
        name=themes[0],
        part=themes[1] if part else None,
        county=county,
        county_name=county_name,
        municipalities=rng.sample(municipalities, 3),
        partners=[(k, _label(k)) for k in rng.sample(PARTNERS, 2)],
        services=[(k, _label(k)) for k in rng.sample(SERVICES, 2)],
        funder=("organisation/stm", _label("organisation/stm")),
        grant=rng.randrange(20, 300) * 10_000,
        costs=CostTable(columns, rows, by_year),
        lights={d: ("on-plan" if c == "green" else "deviation") for d, c in colours.items()},
        colours=colours,
        goals=goals,
        year=year,
    )
