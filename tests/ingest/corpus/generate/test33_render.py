"""Pieces of text test33's renderers share: labels by language, number formats, the light scales.

Every piece prints a fact of a :class:`test33_model.Facts` record, so that what the document says and
what its gold holds come from one place (see test33_model.py).
"""

from __future__ import annotations

import random

from test33_model import COUNTY, GOAL_WORDS, LANG, Facts, Table, municipalities, table

MUNI = municipalities()
BY_LABEL = {fi: key for key, (fi, _sv, _c) in MUNI.items()}
BY_LABEL.update({sv: key for key, (_fi, sv, _c) in MUNI.items()})

ORG = {
    "organisation/thl": (
        "Terveyden ja hyvinvoinnin laitos",
        "Institutet för hälsa och välfärd",
        "Finnish Institute for Health and Welfare",
    ),
    "organisation/stm": (
        "Sosiaali- ja terveysministeriö",
        "Social- och hälsovårdsministeriet",
        "Ministry of Social Affairs and Health",
    ),
    "organisation/kela": ("Kansaneläkelaitos", "Folkpensionsanstalten", "Kela"),
    "organisation/digifinland": ("DigiFinland Oy", "DigiFinland Oy", "DigiFinland Oy"),
    "organisation/ttl": (
        "Työterveyslaitos",
        "Arbetshälsoinstitutet",
        "Finnish Institute of Occupational Health",
    ),
    "organisation/spr": ("Suomen Punainen Risti", "Finlands Röda Kors", "Finnish Red Cross"),
    "organisation/folkhalsan": ("Samfundet Folkhälsan", "Samfundet Folkhälsan", "Samfundet Folkhälsan"),
    "organisation/sitra": ("Sitra", "Sitra", "Sitra"),
    "organisation/kuntaliitto": ("Suomen Kuntaliitto", "Finlands Kommunförbund", "Suomen Kuntaliitto"),
    "organisation/soste": ("SOSTE Suomen sosiaali ja terveys ry", "SOSTE", "SOSTE"),
    "organisation/arcada": ("Arcada", "Yrkeshögskolan Arcada", "Arcada University of Applied Sciences"),
    "organisation/novia": ("Novia", "Yrkeshögskolan Novia", "Novia University of Applied Sciences"),
    "organisation/diak": (
        "Diakonia-ammattikorkeakoulu",
        "Diakonia-yrkeshögskolan",
        "Diaconia University of Applied Sciences",
    ),
    "organisation/hamk": ("Hämeen ammattikorkeakoulu", "Tavastlands yrkeshögskola", "HAMK"),
    "organisation/jamk": (
        "Jyväskylän ammattikorkeakoulu",
        "Jyväskylä yrkeshögskola",
        "JAMK University of Applied Sciences",
    ),
    "organisation/xamk": ("Kaakkois-Suomen ammattikorkeakoulu", "Sydöstra Finlands yrkeshögskola", "Xamk"),
    "organisation/kamk": (
        "Kajaanin ammattikorkeakoulu",
        "Kajana yrkeshögskola",
        "Kajaani University of Applied Sciences",
    ),
    "organisation/karelia": (
        "Karelia-ammattikorkeakoulu",
        "Karelia-yrkeshögskolan",
        "Karelia University of Applied Sciences",
    ),
    "organisation/lab": ("LAB-ammattikorkeakoulu", "LAB-yrkeshögskolan", "LAB University of Applied Sciences"),
    "organisation/lapin-amk": (
        "Lapin ammattikorkeakoulu",
        "Lapplands yrkeshögskola",
        "Lapland University of Applied Sciences",
    ),
    "organisation/laurea": (
        "Laurea-ammattikorkeakoulu",
        "Laurea yrkeshögskola",
        "Laurea University of Applied Sciences",
    ),
    "organisation/metropolia": (
        "Metropolia Ammattikorkeakoulu",
        "Metropolia yrkeshögskola",
        "Metropolia University of Applied Sciences",
    ),
    "organisation/oamk": (
        "Oulun ammattikorkeakoulu",
        "Uleåborgs yrkeshögskola",
        "Oulu University of Applied Sciences",
    ),
    "organisation/samk": (
        "Satakunnan ammattikorkeakoulu",
        "Satakunta yrkeshögskola",
        "Satakunta University of Applied Sciences",
    ),
    "organisation/savonia": (
        "Savonia-ammattikorkeakoulu",
        "Savonia yrkeshögskola",
        "Savonia University of Applied Sciences",
    ),
    "organisation/seamk": (
        "Seinäjoen ammattikorkeakoulu",
        "Seinäjoki yrkeshögskola",
        "Seinäjoki University of Applied Sciences",
    ),
    "organisation/tamk": (
        "Tampereen ammattikorkeakoulu",
        "Tammerfors yrkeshögskola",
        "Tampere University of Applied Sciences",
    ),
    "organisation/turku-amk": (
        "Turun ammattikorkeakoulu",
        "Åbo yrkeshögskola",
        "Turku University of Applied Sciences",
    ),
    "organisation/centria": (
        "Centria-ammattikorkeakoulu",
        "Centria yrkeshögskola",
        "Centria University of Applied Sciences",
    ),
    "organisation/humak": (
        "Humanistinen ammattikorkeakoulu",
        "Humanistiska yrkeshögskolan",
        "Humak University of Applied Sciences",
    ),
    "organisation/haaga-helia": (
        "Haaga-Helia ammattikorkeakoulu",
        "Haaga-Helia yrkeshögskola",
        "Haaga-Helia University of Applied Sciences",
    ),
    "organisation/vamk": (
        "Vaasan ammattikorkeakoulu",
        "Vasa yrkeshögskola",
        "Vaasa University of Applied Sciences",
    ),
}

SERVICE = {
    "service/omaolo": ("Omaolo", "Omaolo", "Omaolo"),
    "service/kanta": ("Kanta-palvelut", "Kanta-tjänsterna", "Kanta services"),
    "service/terveyskyla": ("Terveyskylä", "Terveyskylä", "Terveyskylä"),
    "service/mielenterveystalo": ("Mielenterveystalo", "Mielenterveystalo", "Mielenterveystalo"),
    "service/suomi-fi-viestit": ("Suomi.fi-viestit", "Suomi.fi-meddelanden", "Suomi.fi Messages"),
    "service/palveluvayla": (
        "Suomi.fi-palveluväylä",
        "Suomi.fi-informationsleden",
        "Suomi.fi Data Exchange Layer",
    ),
    "service/omaperhe-fi": ("OmaPerhe.fi", "OmaPerhe.fi", "OmaPerhe.fi"),
    "service/tarmoa": ("Tarmoa", "Tarmoa", "Tarmoa"),
    "service/palvelutietovaranto": ("Palvelutietovaranto", "Servicedatalagret", "Finnish Service Catalogue"),
    "service/lahella-fi": ("Lähellä.fi", "Lähellä.fi", "Lähellä.fi"),
    "service/suomi-fi-tunnistus": ("Suomi.fi-tunnistus", "Suomi.fi-identifikation", "Suomi.fi identification"),
}

COLOUR = {
    "fi": {"g": "vihreä", "y": "keltainen", "r": "punainen"},
    "sv": {"g": "grön", "y": "gul", "r": "röd"},
    "en": {"g": "green", "y": "amber", "r": "red"},
}


def lab(table_: dict, key: str, lang: str) -> str:
    return table_[key][LANG[lang]]


def county(f: Facts) -> str:
    return COUNTY[f.county][LANG[f.lang]] if f.county else ""


def muni_label(key: str, lang: str) -> str:
    fi, sv, _c = MUNI[key]
    return sv if lang == "sv" else fi


def munis(f: Facts, sep: str = ", ", last: str | None = None) -> str:
    names = [muni_label(k, f.lang) for k in f.munis]
    if last and len(names) > 1:
        return sep.join(names[:-1]) + last + names[-1]
    return sep.join(names)


def num(v: float, style: str) -> str:
    """An amount in euros in one of the printed styles."""
    whole = round(v)
    if style == "sp":
        return f"{whole:,}".replace(",", " ")
    if style == "nb":
        return f"{whole:,}".replace(",", "\u00a0")
    if style == "spe":
        return f"{whole:,} €".replace(",", " ")
    if style == "dec":
        return f"{v:,.2f}".replace(",", " ").replace(".", ",")
    if style == "dot":
        return f"{whole:,}".replace(",", ".")
    if style == "dotdec":
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "en":
        return f"{whole:,}"
    if style == "eneur":
        return f"€{whole:,}"
    if style == "plain":
        return str(whole)
    if style == "k1":  # thousands with one decimal, decimal comma
        return f"{v / 1000:,.1f}".replace(",", " ").replace(".", ",")
    if style == "k1en":
        return f"{v / 1000:,.1f}"
    if style == "m2":  # millions with two decimals... only for sums that are exact
        return f"{v / 1_000_000:.2f}".replace(".", ",")
    if style == "apos":
        return f"{whole:,}".replace(",", "'")
    raise ValueError(style)


def cell(v: float, col: str, style: str) -> str:
    if col == "utilisation-percent":
        return f"{int(v)} %"
    if col == "deviation" and v > 0:
        return "+" + num(v, style)
    if col == "deviation" and v < 0:
        return "-" + num(-v, style)
    return num(v, style)


def goal_word(status: str, lang: str) -> str:
    return GOAL_WORDS[lang][status]


def units(f: Facts) -> list[str]:
    """The units the lights and tables are for: the parts if any, else the project."""
    return f.part_names() or [f.name]


def short(unit: str) -> str:
    return unit.split(": ", 1)[1] if ": " in unit else unit


def auto_lights(f: Facts, seed: int, dims: list[str], unit_list: list[str] | None = None) -> None:
    """Colours per unit and dimension from a seeded draw (each unit has at least one deviation)."""
    rnd = random.Random(seed)
    for unit in unit_list or units(f):
        values = {d: rnd.choice("ggggyyr") for d in dims}
        if all(v == "g" for v in values.values()):
            values[rnd.choice(dims)] = rnd.choice("yr")
        f.lights[unit] = values


#: Plausible sizes (thousands of euros) of a category's budget line.
SIZES = {
    "own-staff-costs": [240, 310, 420, 510, 640],
    "staff-costs": [220, 280, 360, 450, 580],
    "service-purchases": [64, 85, 120, 160, 240],
    "expert-services": [36, 48, 64, 85],
    "travel": [8, 12, 18, 24],
    "materials": [6, 9, 12, 18],
    "premises": [24, 36, 48, 64],
    "software": [36, 48, 64, 120],
    "phone-and-ict-equipment": [18, 24, 36, 48],
    "communication-services": [9, 12, 18, 24],
    "other-costs": [6, 12, 18],
}


def auto_table(
    project: str,
    seed: int,
    kind: str,
    year: int | None,
    columns: list[str],
    cats: list[str],
    scale: int = 1,
) -> Table:
    """A cost table with round amounts: budget-like columns, actuals below them."""
    rnd = random.Random(seed)
    values: dict[str, list[float]] = {}
    for cat in cats:
        base = rnd.choice(SIZES.get(cat, [24, 36, 48, 64, 85])) * 1000 * scale
        row: list[float] = []
        for col in columns:
            if col in ("budget", "granted", "estimate", "period-budget"):
                row.append(base)
            elif col in ("actual", "period-actual"):
                row.append(round(base * rnd.choice([0.31, 0.42, 0.55, 0.63, 0.71, 0.88, 0.94]) / 100) * 100)
            elif col == "committed":
                row.append(round(base * rnd.choice([0.05, 0.1, 0.12]) / 100) * 100)
            elif col == "forecast":
                row.append(round(base * rnd.choice([0.9, 0.97, 1.0, 1.05]) / 100) * 100)
            else:
                row.append(0)
        if "deviation" in columns:
            i = columns.index("deviation")
            ref = columns.index("forecast") if "forecast" in columns else columns.index("actual")
            b = columns.index("budget") if "budget" in columns else columns.index("granted")
            row[i] = row[ref] - row[b]
        values[cat] = row
    return table(project, kind, year, columns, values)


def status_word_fi(colour: str) -> str:
    return COLOUR["fi"][colour]
