"""Traffic lights in the forms real status reports give them: how a light's value is written and where.

A light is a value of a known scale (a colour word, a letter or number a legend explains, a coloured
symbol, a ticked option, a phrase of the scale) in a place the document gives to one dimension: a
table row, a list line, a sentence, a card of its own under the dimension's heading, a column of a
table whose header names the dimensions, a label that carries the scale in brackets ("Aikataulu
(vihreä/keltainen/punainen): keltainen"), a table with its legend under it. The forms were learnt from
the layouts of real report templates (RAG tables with the dimensions as columns and a definition of
the colours under them, a card per area with its tick boxes, a phase table with a completion
percentage beside its status); no text of them is used. :func:`light_blocks` writes the spec's
lights in one value form and one place and returns the gold the forms imply.
"""

from __future__ import annotations

import random
from typing import Any

from bench.variants.spec import LIGHT_DIMENSIONS, Spec

Block = tuple[Any, ...]

#: The values of ``lights`` measured since stop 31, then those added at stop 32 (drawn only when the
#: dimension is the one fixed: bench/variants/__init__.py BASE).
FORMS = ("word-fi", "word-sv", "word-en", "letter-fi", "letter-rag", "symbol", "number")
NEW_FORMS = (
    "word-symbol",
    "checkbox",
    "phrase-fi",
    "word-progress",
    "state-word",
    "state-en",
    "word-trend",
    "ok-fi",
    "state-sv",
    "abbrev-fi",
    "grade-ad",
    "score-0-2",
)
#: Likewise the values of ``light_place``.
PLACES = ("table", "list", "sentence")
NEW_PLACES = (
    "card",
    "columns",
    "legend-under",
    "scale-label",
    "sentence-rated",
    "part-status",
    "period-rows",
    "period-columns",
    "forecast",
)

COLOUR_WORDS = {
    "word-fi": {"green": "vihreä", "yellow": "keltainen", "red": "punainen"},
    "word-sv": {"green": "grön", "yellow": "gul", "red": "röd"},
    "word-en": {"green": "green", "yellow": "amber", "red": "red"},
    "letter-fi": {"green": "V", "yellow": "K", "red": "P"},
    "letter-rag": {"green": "G", "yellow": "A", "red": "R"},
    "symbol": {"green": "🟢", "yellow": "🟡", "red": "🔴"},
    "number": {"green": "1", "yellow": "2", "red": "3"},
    "word-symbol": {"green": "🟢 vihreä", "yellow": "🟡 keltainen", "red": "🔴 punainen"},
    "checkbox": {
        "green": "(x) vihreä ( ) keltainen ( ) punainen",
        "yellow": "( ) vihreä (x) keltainen ( ) punainen",
        "red": "( ) vihreä ( ) keltainen (x) punainen",
    },
    "phrase-fi": {
        "green": "Suunnitelman mukainen",
        "yellow": "Lieviä poikkeamia",
        "red": "Vaatii toimenpiteitä",
    },
    "word-progress": {"green": "vihreä", "yellow": "keltainen", "red": "punainen"},
    # A state in words of a steering group's slide (no colour named): fine / worrying / critical.
    "state-word": {"green": "Kunnossa", "yellow": "Huolestuttava", "red": "Kriittinen"},
    # A health status of an English template, no colour named.
    "state-en": {"green": "On track", "yellow": "At risk", "red": "Off track"},
    # A colour with the trend since the last report after it (an arrow: better, same, worse).
    "word-trend": {"green": "vihreä →", "yellow": "keltainen ↓", "red": "punainen ↑"},
    # A checklist's verdict, and a Swedish template's states.
    "ok-fi": {"green": "OK", "yellow": "Huomioitavaa", "red": "Ei OK"},
    "state-sv": {"green": "Enligt plan", "yellow": "Risk för avvikelse", "red": "Kritisk"},
    # Stop 33, forms of real status templates (test14, written from them): colour words abbreviated with a
    # dot under a legend that spells them out, letter grades two to a meaning, a 0-2 scale whose top is "in
    # plan". Each needs its legend line (LEGENDS).
    "abbrev-fi": {"green": "vihr.", "yellow": "kelt.", "red": "pun."},
    "grade-ad": {"green": "A", "yellow": "C", "red": "D"},
    "score-0-2": {"green": "2", "yellow": "1", "red": "0"},
}
SV_NEUTER = {"grön": "grönt", "gul": "gult", "röd": "rött"}
LEGENDS = {
    "letter-fi": "Selite: V = vihreä, K = keltainen, P = punainen",
    "letter-rag": "Key: G = green, A = amber, R = red",
    "number": "Asteikko: 1 = suunnitelman mukaan, 2 = pieni poikkeama, 3 = merkittävä poikkeama",
    "abbrev-fi": "Merkinnät: vihr. = vihreä (suunnitelman mukaan), kelt. = keltainen, pun. = punainen",
    "grade-ad": "Asteikko A–D: A ja B = etenee suunnitelman mukaan, C ja D = poikkeama suunnitelmasta",
    "score-0-2": "Asteikko 0–2: 2 = suunnitelmassa, 1 = poikkeama, 0 = kriittinen",
}
#: A definition of the colours under a table of colour words or symbols (the RAG definition of a template).
DEFINITIONS = {
    "fi": "Vihreä = etenee suunnitellusti, keltainen = pieniä poikkeamia, punainen = merkittävä poikkeama",
    "sv": "Grön = enligt plan, gul = mindre avvikelser, röd = betydande avvikelse",
    "en": "Green = on track, amber = minor issues, red = major issues",
}
#: The scale a label carries in brackets ("Aikataulu (vihreä/keltainen/punainen): keltainen").
SCALES = {
    "word-fi": "vihreä/keltainen/punainen",
    "word-sv": "grön/gul/röd",
    "word-en": "green/amber/red",
    "letter-fi": "V/K/P",
    "letter-rag": "G/A/R",
    "symbol": "🟢/🟡/🔴",
    "number": "1–3",
    "word-symbol": "vihreä/keltainen/punainen",
    "checkbox": "valitse yksi",
    "phrase-fi": "arvio",
    "word-progress": "vihreä/keltainen/punainen",
    "state-word": "kunnossa/huolestuttava/kriittinen",
    "state-en": "on track/at risk/off track",
    "word-trend": "väri ja suunta",
    "ok-fi": "OK/huomioitavaa/ei OK",
    "state-sv": "enligt plan/risk/kritisk",
    "abbrev-fi": "vihr./kelt./pun.",
    "grade-ad": "A–D",
    "score-0-2": "0–2",
}
#: A light dimension's wording the vocabulary lacks, with its genitive (fi sentences).
OTHER_DIMENSIONS = {
    "schedule": ("Aikataulussa pysyminen", "Aikataulussa pysymisen"),
    "costs": ("Talous", "Talouden"),
    "staff": ("Resurssit", "Resurssien"),
    "risks": ("Riskienhallinta", "Riskienhallinnan"),
}
GENITIVES = {"schedule": "Aikataulun", "costs": "Kustannusten", "staff": "Henkilöstön", "risks": "Riskien"}
#: Words around a card's value and a columns table's row, per language.
CARD = {"fi": "Tilanne", "sv": "Läge", "en": "Status"}
CARD_NOTE = {
    "fi": "Tilannetta seurataan ohjausryhmän kokouksissa.",
    "sv": "Läget följs upp på styrgruppens möten.",
    "en": "The steering group follows this up at its meetings.",
}
#: The periods of a table that keeps the last report's lights beside this one's (previous, current).
PERIODS = {
    "fi": ("Edellinen raportti", "Tämä raportti"),
    "sv": ("Föregående rapport", "Denna rapport"),
    "en": ("Last reported", "This period"),
}
PERIOD_COLUMNS = {
    "fi": ("Osa-alue", "1/2024", "2/2024"),
    "sv": ("Område", "1/2024", "2/2024"),
    "en": ("Area", "Q1/2024", "Q2/2024"),
}
#: A rating to date beside a forecast for the period's end (the to-date one is the light).
FORECAST_COLUMNS = {
    "fi": ("Osa-alue", "Tilanne nyt", "Ennuste"),
    "sv": ("Område", "Läge nu", "Prognos"),
    "en": ("Area", "To date", "Forecast"),
}
COLUMNS_CORNER = {"fi": ("Arvio", "Nykytila"), "sv": ("Bedömning", "Nuläge"), "en": ("Rating", "Current")}


def previous(colour: str, key: str) -> str:
    """The colour a dimension had in the last report: another than now for two of the four, so a reader
    that takes the first rated column or row is seen to."""
    if key in ("schedule", "staff"):
        return {"green": "yellow", "yellow": "green", "red": "yellow"}[colour]
    return colour


def language(form: str) -> str:
    """The language a light form writes in: its colour words', or the report's (Finnish)."""
    return (
        "sv"
        if form in ("word-sv", "state-sv")
        else "en"
        if form in ("word-en", "letter-rag", "state-en")
        else "fi"
    )


def progress(spec: Spec) -> int:
    """The completion percentage a word-progress report gives beside its lights (drawn from the spec's seed)."""
    return random.Random(spec.seed * 17 + 5).randrange(2, 10) * 10


def gold_lights(spec: Spec, v: dict[str, str]) -> dict[str, Any]:
    """The lights the document gives its unit: the spec's, and the progress a percentage states."""
    out: dict[str, Any] = dict(spec.lights)
    if v["lights"] == "word-progress":
        out["progress"] = progress(spec)
    return out


#: The legend under a part table's status column, per language: what its colours mean for the schedule.
STATUS_LEGEND = {
    "fi": "Tila: {g} = aikataulussa, {y} = pieni viive, {r} = merkittävä viive.",
    "sv": "Läge: {g} = i tid, {y} = mindre försening, {r} = betydande försening.",
    "en": "Status: {g} = on time, {y} = minor delay, {r} = major delay.",
}


def part_states(spec: Spec) -> list[tuple[str, str]]:
    """(part's heading, colour) of each part a part-status table rates, drawn from the spec's seed."""
    from bench.variants.places import listed_parts

    rng = random.Random(spec.seed * 13 + 1)
    return [
        (f"Osahanke {i}: {name}", rng.choice(("green", "green", "yellow", "red")))
        for i, (name, _b) in enumerate(listed_parts(spec), start=1)
    ]


def part_status_blocks(spec: Spec, v: dict[str, str]) -> list[Block]:
    """A table of the parts with a column of their states and the states' legend under it ("Osahanke |
    Tila" / "Osahanke 1: X | keltainen" / "Tila: vihreä = aikataulussa, …"): each part's schedule light."""
    form, lang = v["lights"], language(v["lights"])
    words = COLOUR_WORDS[form]
    header = {"fi": ["Osahanke", "Tila"], "sv": ["Delprojekt", "Läge"], "en": ["Subproject", "Status"]}[lang]
    rows = [[name, words[colour]] for name, colour in part_states(spec)]
    legend = STATUS_LEGEND[lang].format(g=words["green"], y=words["yellow"], r=words["red"])
    return [("table", header, rows, "lights"), ("para", legend)]


def light_blocks(spec: Spec, v: dict[str, str], heading_fi: str) -> list[Block]:
    """The lights section in the variant's value form (``lights``) and place (``light_place``)."""
    form, place = v["lights"], v["light_place"]
    lang = language(form)
    heading = {"sv": "Trafikljus", "en": "Traffic lights"}.get(lang, heading_fi)
    out: list[Block] = [("heading", 2, heading)]
    legend = LEGENDS.get(form)
    if legend and place != "legend-under":
        out.append(("para", legend))
    rows = []
    for key, fi, sv, en in LIGHT_DIMENSIONS:
        word = COLOUR_WORDS[form][spec.colours[key]]
        if lang == "fi":
            label, genitive = (fi, GENITIVES[key]) if v["labels"] == "vocabulary" else OTHER_DIMENSIONS[key]
        else:
            label = sv if lang == "sv" else en
            genitive = label
        rows.append((label, genitive, word))
    done = progress(spec) if form == "word-progress" else None
    if place in ("table", "legend-under"):
        header = {"fi": ["Osa-alue", "Tila"], "sv": ["Område", "Läge"], "en": ["Area", "Status"]}[lang]
        table = [[label, word] for label, _g, word in rows]
        if done is not None:
            table.append(["Valmiusaste", f"{done} %"])
        out.append(("table", header, table, "lights"))
        if place == "legend-under":
            out.append(("para", legend or DEFINITIONS[lang]))
    elif place == "list":
        items = [f"{label}: {word}" for label, _g, word in rows]
        out.append(("list", items + ([f"Valmiusaste: {done} %"] if done is not None else [])))
    elif place == "scale-label":
        items = [f"{label} ({SCALES[form]}): {word}" for label, _g, word in rows]
        out.append(("list", items + ([f"Valmiusaste (%): {done}"] if done is not None else [])))
    elif place == "card":
        for label, _g, word in rows:
            out += [("heading", 3, label), ("para", f"{CARD[lang]}: {word}"), ("para", CARD_NOTE[lang])]
        if done is not None:
            out += [("heading", 3, "Valmiusaste"), ("para", f"{done} %")]
    elif place == "part-status":  # the parts rated, the unit's own lights not given
        out += part_status_blocks(spec, v)
    elif place == "period-rows":  # the dimensions as columns, last report's row then this one's
        before, now = PERIODS[lang]
        header = [COLUMNS_CORNER[lang][0], *(label for label, _g, _w in rows)]
        earlier = [COLOUR_WORDS[form][previous(spec.colours[k], k)] for k, *_ in LIGHT_DIMENSIONS]
        out.append(("table", header, [[before, *earlier], [now, *(w for _l, _g, w in rows)]], "lights"))
    elif place == "period-columns":  # the dimensions as rows, a column per period, the last the current
        header = list(PERIOD_COLUMNS[lang])
        table = [
            [label, COLOUR_WORDS[form][previous(spec.colours[k], k)], word]
            for (k, *_), (label, _g, word) in zip(LIGHT_DIMENSIONS, rows, strict=True)
        ]
        out.append(("table", header, table, "lights"))
    elif place == "forecast":  # the dimensions as rows, the rating now, then a forecast that is none
        table = [
            [label, word, COLOUR_WORDS[form][previous(spec.colours[k], k)]]
            for (k, *_), (label, _g, word) in zip(LIGHT_DIMENSIONS, rows, strict=True)
        ]
        out.append(("table", list(FORECAST_COLUMNS[lang]), table, "lights"))
    elif place == "columns":
        corner, now = COLUMNS_CORNER[lang]
        header = [corner, *(label for label, _g, _w in rows)] + (["Valmiusaste"] if done is not None else [])
        values = [now, *(word for _l, _g, word in rows)] + ([f"{done} %"] if done is not None else [])
        out.append(("table", header, [values], "lights"))
    else:
        out.append(
            ("para", " ".join(_sentence(place, lang, label, genitive, word) for label, genitive, word in rows))
        )
        if done is not None:
            out.append(("para", f"Hankkeen valmiusaste on {done} %."))
    return out


def _sentence(place: str, lang: str, label: str, genitive: str, word: str) -> str:
    if place == "sentence":  # the forms of stop 31: the light as the sentence's subject
        if lang == "fi":
            return f"{genitive} liikennevalo on {word}."
        if lang == "sv":
            return f"Trafikljuset för {label.lower()} är {SV_NEUTER.get(word, word)}."
        return f"The {label.lower()} light is {word}."
    # sentence-rated: the dimension's state rated by a colour ("Aikataulun tilanne on keltainen", "Tidsplanen
    # bedöms som gul", "Schedule is rated amber").
    if lang == "fi":
        return f"{genitive} tilanne on {word}."
    if lang == "sv":
        return f"{label} bedöms som {word}."
    return f"{label} {'are' if label.endswith('s') else 'is'} rated {word}."  # "Costs are rated amber"
