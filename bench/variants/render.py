"""Surface forms: one :class:`~bench.variants.spec.Spec` written as a document in chosen forms.

A *variant* picks one value of each dimension in :data:`DIMENSIONS`; :func:`render` turns the
spec into blocks (title, headings, label-value fields, paragraphs, lists, tables) in the variant's
content forms, writes the blocks in the variant's file format, and returns the document's path
and its gold in the corpus gold schema (tests/ingest/corpus/README.md "Gold schema"), so that
scripts/measure_extraction.py scores it unchanged. Every value is a form real documents use
(RRF status and final reports, Innokylä and county pages, exports; the corpus README's layout
tables record where each was seen); the gold follows from the spec and the forms alone, never
from what the ingest reads. Lights are written by ``lightforms.py``; where the name stands and how
parts are given by ``places.py`` (stop 32).
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.variants import lightforms, places
from bench.variants.spec import CATEGORIES, GOALS, TOTAL, Spec

#: Each dimension a document varies in and its values.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "format": ("html", "md", "txt-tab", "txt-space", "pdf", "docx", "csv"),
    "cost_shape": ("kinds-x-columns", "kinds-x-years"),
    "orientation": ("kinds-as-rows", "kinds-as-columns"),
    "totals": ("total-row", "no-total"),
    "unit": ("eur-header", "eur-cells", "euroa", "t-eur", "thousand-eur", "m-eur"),
    "numbers": ("space", "dots", "plain"),
    "lights": lightforms.FORMS + lightforms.NEW_FORMS,
    "light_place": lightforms.PLACES + lightforms.NEW_PLACES,
    "goals": ("table", "list", "prose"),
    "status": ("word-fi", "word-sv", "percent", "symbol"),
    "labels": ("vocabulary", "other"),
    "unit_of": ("whole", "part"),
    "grant": ("euroa", "eur-sign", "milj", "m-eur"),
    "name_place": places.NAME_PLACES,
    "parts_form": places.PARTS_FORMS,
}

#: The values a dimension is drawn from when another dimension is the one fixed: the values measured
#: since stop 31 (and, for the dimensions added at stop 32, the form stop 31 wrote). A value added later
#: is measured when its own dimension is fixed, every other dimension drawn at random; the documents of
#: the older values stay byte for byte what they were, so their figures and floors stay comparable.
BASE: dict[str, tuple[str, ...]] = {
    **DIMENSIONS,
    "lights": lightforms.FORMS,
    "light_place": lightforms.PLACES,
    "name_place": ("field",),
    "parts_form": ("field",),
}

#: The dimensions and values measured at stop 31 (the floors of tests/ingest/test_variants.py were set on
#: them), and the values added since, each measured with its own dimension fixed.
STOP31: dict[str, tuple[str, ...]] = {d: BASE[d] for d in BASE if d not in ("name_place", "parts_form")}
ADDED: dict[str, tuple[str, ...]] = {
    d: added for d, values in DIMENSIONS.items() if (added := tuple(x for x in values if x not in BASE[d]))
}

#: Forms no real document combines: a PDF's text loses a coloured symbol's colour; a sentence names a
#: light by its colour word, not by a letter, a symbol or a number of a scale ("Aikataulun liikennevalo
#: on V" was written first and dropped as implausible before any fix was measured against it).
EXCLUDED = (
    {"format": "pdf", "lights": "symbol"},
    {"format": "pdf", "status": "symbol"},
    *({"light_place": "sentence", "lights": form} for form in ("letter-fi", "letter-rag", "symbol", "number")),
    # Stop 32's forms: a sentence rates by a colour word (a tick box, a phrase of the scale or a symbol
    # beside the word reads as no sentence); a PDF's text loses the coloured symbol.
    *(
        {"light_place": place, "lights": form}
        for place in ("sentence", "sentence-rated")
        for form in ("letter-fi", "letter-rag", "symbol", "number", "word-symbol", "checkbox", "phrase-fi")
    ),
    *(
        {"light_place": "sentence", "lights": form}
        for form in ("state-word", "state-en", "word-trend", "ok-fi", "state-sv")
    ),  # "Aikataulun liikennevalo on kunnossa": no one writes
    *(
        {"light_place": place, "lights": form}
        for place in ("sentence", "sentence-rated")
        for form in ("abbrev-fi", "grade-ad", "score-0-2")
    ),  # stop 33's marks of a scale: a sentence rates by a colour word, not by "kelt." or "C"
    {"format": "pdf", "lights": "word-symbol"},
    # A report of one part names it in a field or at its head; a report that lists the parts is the whole's.
    *({"parts_form": form, "unit_of": "part"} for form in places.LISTING),
    {"parts_form": "part-head", "unit_of": "whole"},
    # A part table's status column is a report of the whole's; a symbol or letter there needs its legend
    # line, which the table's own legend gives only for words ("Tila: vihreä = aikataulussa").
    {"light_place": "part-status", "unit_of": "part"},
    *({"light_place": "part-status", "lights": form} for form in ("checkbox", "word-progress", "phrase-fi")),
)


STATUS_WORDS = {
    "word-fi": {
        "achieved": "Toteutunut",
        "partly-achieved": "Osittain toteutunut",
        "not-achieved": "Ei toteutunut",
        "moved-later": "Siirtyi myöhemmäksi",
        "unfinished": "Kesken",
    },
    "word-sv": {
        "achieved": "Uppnått",
        "partly-achieved": "Delvis uppnått",
        "not-achieved": "Inte uppnått",
        "moved-later": "Flyttat framåt",
        "unfinished": "Oavslutat",
    },
    "symbol": {
        "achieved": "✔",
        "partly-achieved": "◐",
        "not-achieved": "✖",
        "moved-later": "➜",
        "unfinished": "⏳",
    },
}
STATUS_LEGEND = "Merkinnät: ✔ = toteutunut, ◐ = osittain toteutunut, ✖ = ei toteutunut, ➜ = siirtyi myöhemmäksi, ⏳ = kesken"
#: Prose verdicts after a goal's sentence.
STATUS_PROSE = {
    "word-fi": {
        "achieved": "Tavoite toteutui.",
        "partly-achieved": "Tavoite toteutui osittain.",
        "not-achieved": "Tavoite ei toteutunut.",
        "moved-later": "Tavoite siirtyi myöhemmäksi.",
        "unfinished": "Työ tavoitteen parissa on kesken.",
    },
    "word-sv": {
        "achieved": "Målet uppnåddes.",
        "partly-achieved": "Målet uppnåddes delvis.",
        "not-achieved": "Målet uppnåddes inte.",
        "moved-later": "Målet flyttades framåt.",
        "unfinished": "Arbetet med målet är oavslutat.",
    },
}
#: A percentage says only how much: work left unfinished is a part done, work moved later none.
PERCENT_STATUS = {"moved-later": "not-achieved", "unfinished": "partly-achieved"}

COLUMN_LABELS = {  # key -> (vocabulary wording, a plausible wording the vocabulary lacks)
    "budget": ("Budjetti", "Suunnitelma"),
    "actual": ("Toteuma", "Kertymä"),
    "forecast": ("Ennuste", "Arvio koko kaudelle"),
    "granted": ("Myönnetty", "Avustuspäätös"),
    "committed": ("Sidottu", "Sitoumukset"),
}
LABELS = {  # role -> (vocabulary wording, a plausible wording the vocabulary lacks)
    "basics": ("Perustiedot", "Hankkeen tiedot"),
    "name": ("Hankkeen nimi", "Kehittämishanke"),
    "part": ("Osahanke", "Raportoitava osakokonaisuus"),
    "admin": ("Hallinnoija", "Vastuuorganisaatio"),
    "funder": ("Rahoittaja", "Rahoituksen myöntäjä"),
    "period": ("Hankeaika", "Kesto"),
    "lights": ("Liikennevalot", "Tilannearvio osa-alueittain"),
    "goals": ("Tavoitteiden toteutuminen", "Mitä saatiin aikaan"),
    "costs": ("Kustannukset", "Rahankäyttö"),
    "costs-columns": ("Kustannusten toteutuminen", "Rahankäyttö tähän mennessä"),
    "costs-years": ("Toteutuneet kustannukset vuosittain", "Kertyneet menot vuosittain"),
    "goal-status": ("Toteutuminen", "Arvio"),
}
UNIT_CAPTIONS = {
    "eur-header": "(€)",
    "eur-cells": "",
    "euroa": "(euroa)",
    "t-eur": "(t€)",
    "thousand-eur": "(1 000 €)",
    "m-eur": "(M€)",
}
SCALES = {"t-eur": 1_000, "thousand-eur": 1_000, "m-eur": 1_000_000}

Block = tuple[Any, ...]


# --- numbers ---------------------------------------------------------------------------------


def number(amount: int, unit: str, numbers: str) -> str:
    """``amount`` euros printed in ``unit`` with ``numbers``' grouping (and "€" in each cell for eur-cells)."""
    scale = SCALES.get(unit, 1)
    decimals = 2 if unit == "m-eur" else 0
    if numbers == "dots" and scale == 1:
        decimals = 2
    value = amount / scale
    whole, _, frac = f"{value:.{decimals}f}".partition(".")
    sep = {"space": " ", "dots": ".", "plain": ""}[numbers]
    grouped = f"{int(whole):,}".replace(",", sep)
    text = grouped + ("," + frac if frac else "")
    return text + " €" if unit == "eur-cells" else text


def grant_text(amount: int, form: str) -> str:
    """A sum in running text: "1 390 000 euroa", "1 390 000 €", "1,39 milj. euroa", "1,39 M€"."""
    millions = f"{amount / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    grouped = f"{amount:,}".replace(",", " ")
    return {
        "euroa": f"{grouped} euroa",
        "eur-sign": f"{grouped} €",
        "milj": f"{millions} milj. euroa",
        "m-eur": f"{millions} M€",
    }[form]


# --- content ---------------------------------------------------------------------------------


def _label(role: str, v: dict[str, str]) -> str:
    return LABELS[role][0 if v["labels"] == "vocabulary" else 1]


def goal_statuses(spec: Spec, v: dict[str, str]) -> list[tuple[str, str, str]]:
    """(goal text, status key, status as shown) of each goal in the variant's forms."""
    sv = v["status"] == "word-sv"
    out = []
    for index, status in spec.goals:
        text = GOALS[index][1 if sv else 0]
        if v["status"] == "percent":
            status = PERCENT_STATUS.get(status, status)
            rng = random.Random(spec.seed * 31 + index)
            shown = {"achieved": "100 %", "not-achieved": "0 %"}.get(status) or f"{rng.randrange(3, 9) * 10} %"
        else:
            shown = STATUS_WORDS[v["status"]][status]
        out.append((text, status, shown))
    return out


def _goal_blocks(spec: Spec, v: dict[str, str]) -> list[Block]:
    sv = v["status"] == "word-sv"
    out: list[Block] = [("heading", 2, "Måluppfyllelse" if sv else _label("goals", v))]
    if v["status"] == "symbol":
        out.append(("para", STATUS_LEGEND))
    goals = goal_statuses(spec, v)
    if v["goals"] == "table":
        header = ["Mål", "Måluppfyllelse"] if sv else ["Tavoite", _label("goal-status", v)]
        out.append(("table", header, [[text, shown] for text, _s, shown in goals], "goals"))
    elif v["goals"] == "list":
        out.append(("list", [f"{text} – {shown}" for text, _s, shown in goals]))
    else:
        for text, status, shown in goals:
            if v["status"] in STATUS_PROSE:
                verdict = STATUS_PROSE[v["status"]][status]
            elif v["status"] == "percent":
                verdict = f"Tavoitteesta on toteutunut {shown}."
            else:
                verdict = shown
            out.append(("para", f"{text}. {verdict}"))
    return out


def _cost_blocks(spec: Spec, v: dict[str, str]) -> list[Block]:
    costs = spec.costs
    other = v["labels"] != "vocabulary"
    caption = _label("costs-years" if costs.by_year else "costs-columns", v)
    caption = f"{caption} {UNIT_CAPTIONS[v['unit']]}".strip()
    columns = [c if costs.by_year else COLUMN_LABELS[c][other] for c in costs.columns]
    kinds = [CATEGORIES[c][1 + other] for c, _values in costs.rows]
    values = [[number(x, v["unit"], v["numbers"]) for x in row] for _c, row in costs.rows]
    if v["totals"] == "total-row":
        kinds.append(TOTAL[1 + other])
        values.append([number(x, v["unit"], v["numbers"]) for x in costs.totals()])
    if v["orientation"] == "kinds-as-rows":
        header = ["Kustannuslaji", *columns]
        rows = [[kind, *row] for kind, row in zip(kinds, values, strict=True)]
    else:
        header = ["Vuosi" if costs.by_year else "", *kinds]
        rows = [[column, *(row[i] for row in values)] for i, column in enumerate(columns)]
    return [("heading", 2, _label("costs", v)), ("para", caption), ("table", header, rows, "costs")]


def blocks(spec: Spec, v: dict[str, str]) -> list[Block]:
    """The document's content in the variant's forms, before a file format."""
    towns = [name for _k, name in spec.municipalities]
    fields = []
    if v["unit_of"] == "part" and spec.part and v["parts_form"] != "part-head":
        fields.append((_label("part", v), spec.part))
    fields += [
        (_label("admin", v), spec.county_name),
        (_label("funder", v), spec.funder[1]),
        (_label("period", v), "1.1.2022–31.12.2025"),
        ("Raportointijakso", f"1.1.{spec.year}–30.6.{spec.year}"),
    ]
    whole = "Koko hankkeelle" if spec.part and v["unit_of"] == "part" else "Hankkeelle"
    out = places.opening(spec, v, (_label("name", v), spec.name), fields, _label("basics", v))
    if v["unit_of"] == "part" and spec.part and v["parts_form"] == "part-head":
        out.append(places.part_head(spec))
    out += [
        (
            "para",
            f"Palvelua kokeillaan seuraavilla paikkakunnilla: {', '.join(towns[:-1])} ja {towns[-1]}. "
            f"Yhteistyökumppaneina toimivat {spec.partners[0][1]} ja {spec.partners[1][1]}.",
        ),
        (
            "para",
            f"Hanke hyödyntää kansallisia palveluja: {spec.services[0][1]} ja {spec.services[1][1]}. "
            f"{whole} on myönnetty valtionavustusta {grant_text(spec.grant, v['grant'])}.",
        ),
    ]
    out += places.part_blocks(spec, v, lambda amount: number(amount, "eur-header", v["numbers"]))
    out += lightforms.light_blocks(spec, v, _label("lights", v)) + _goal_blocks(spec, v)
    if v["name_place"] == "page-header":  # the next page's running header
        out.append(("running", places.running_header(spec)))
    out += _cost_blocks(spec, v)
    out.append(("heading", 2, "Seuraavan kauden tehtävät"))
    out.append(("para", "Toimintamallia levitetään uusiin yksiköihin ja sen vaikutuksia arvioidaan syksyllä."))
    return out


# --- gold ------------------------------------------------------------------------------------


def gold(spec: Spec, v: dict[str, str], document: str) -> dict[str, Any]:
    """The gold of the rendered document in the corpus gold schema."""
    part = v["unit_of"] == "part" and spec.part
    unit_name = spec.part if part else spec.name
    projects = [{"name": spec.name, "aliases": [], "county": spec.county, "level": "project", "part_of": None}]
    if part:
        projects.append(
            {
                "name": spec.part,
                "aliases": [],
                "county": spec.county,
                "level": "sub-project",
                "part_of": spec.name,
            }
        )
    listed, part_money = places.gold_parts(spec, v)
    projects += listed
    if v["light_place"] == "part-status":  # the rated parts are the whole's sub-projects
        projects += [
            {
                "name": name,
                "aliases": [name.split(": ", 1)[1]],
                "county": spec.county,
                "level": "sub-project",
                "part_of": spec.name,
            }
            for name, _c in lightforms.part_states(spec)
        ]
    costs = spec.costs
    total = v["totals"] == "total-row"
    tables = []
    if costs.by_year:
        for i, year in enumerate(costs.columns):
            rows = [[CATEGORIES[c][0], row[i]] for c, row in costs.rows]
            rows += [["total", costs.totals()[i]]] if total else []
            tables.append(
                {
                    "project": unit_name,
                    "unit": "EUR",
                    "kind": "annual",
                    "year": int(year),
                    "columns": ["actual"],
                    "rows": rows,
                }
            )
    else:
        rows = [[CATEGORIES[c][0], *row] for c, row in costs.rows]
        rows += [["total", *costs.totals()]] if total else []
        # The corpus convention (test t10, tune u22, u26, u41): a status report's granted-vs-realised table,
        # in a report that states its reporting period, covers that period. The convention is for a table
        # that does not say its kind: the other wordings' "Kertymä" (accrued) and "Rahankäyttö tähän
        # mennessä" (so far) say cumulative (the statement-kind cues of status.ttl), and the gold follows them.
        period = set(costs.columns) == {"granted", "actual"} and v["labels"] == "vocabulary"
        tables.append(
            {
                "project": unit_name,
                "unit": "EUR",
                "kind": "period" if period else "cumulative",
                "year": spec.year if period else None,
                "columns": list(costs.columns),
                "rows": rows,
            }
        )
    return {
        "document": document,
        "set": "variants",
        "layout": f"variants/{v['format']}",
        "kind": "status-report",
        "about_project": True,
        "projects": projects,
        "county": spec.county,
        "municipalities": [k for k, _n in spec.municipalities],
        "funder": spec.funder[0],
        "tab_of": None,
        "dates": {"start": "2022-01-01", "end": "2025-12-31", "document_date": None},
        "dependency_entities": [k for k, _n in spec.partners + spec.services],
        "organisations": [k for k, _n in spec.partners] + [spec.funder[0]],
        "traffic_lights": _gold_traffic_lights(spec, v, unit_name),
        "cost_cells": tables,
        "goals": [[text, status] for text, status, _shown in goal_statuses(spec, v)],
        "money": [{"project": spec.name, "amount": spec.grant, "what": "granted"}, *part_money],
        "expect_warning": [],
        "variant": v,
        "seed": spec.seed,
    }


def _gold_traffic_lights(spec: Spec, v: dict[str, str], unit_name: str) -> dict[str, Any]:
    """The lights per unit: the unit's, or with a part table's status column each rated part's schedule."""
    if v["light_place"] == "part-status":
        value = {"green": "on-plan", "yellow": "deviation", "red": "deviation"}
        return {name: {"schedule": value[colour]} for name, colour in lightforms.part_states(spec)}
    return {unit_name: lightforms.gold_lights(spec, v)}


# --- file formats ----------------------------------------------------------------------------


def _html(bs: list[Block], rng: random.Random) -> str:
    level = rng.choice((2, 3))
    fields_as = rng.choice(("dl", "table"))
    body = []
    for b in bs:
        if b[0] == "title":
            body.append(f"<h1>{html.escape(b[1])}</h1>")
        elif b[0] == "heading":
            h = level + b[1] - 2
            body.append(f"<h{h}>{html.escape(b[2])}</h{h}>")
        elif b[0] == "running":
            body.append(f'<div class="page-header">{html.escape(b[1])}</div>')
        elif b[0] == "lines":
            body.append("<p>" + "<br>".join(html.escape(line) for line in b[1]) + "</p>")
        elif b[0] == "olist":
            body.append("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + "</ol>")
        elif b[0] == "fields" and fields_as == "dl":
            body.append(
                "<dl>"
                + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(x)}</dd>" for k, x in b[1])
                + "</dl>"
            )
        elif b[0] == "fields":
            rows = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(x)}</td></tr>" for k, x in b[1])
            body.append(f'<table class="perustiedot">{rows}</table>')
        elif b[0] == "para":
            body.append(f"<p>{html.escape(b[1])}</p>")
        elif b[0] == "list":
            body.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + "</ul>")
        elif b[0] == "table":
            head = "".join(f"<th>{html.escape(c)}</th>" for c in b[1])
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b[2])
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return (
        '<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>Hankkeet</title></head><body>\n'
        '<header><nav><a href="/">Etusivu</a> <a href="/hankkeet">Hankkeet</a> <a href="/yhteystiedot">Yhteystiedot</a>'
        ' <a href="/sv">På svenska</a></nav></header>\n<main>\n' + "\n".join(body) + "\n</main>\n"
        "<footer><p>Saavutettavuusseloste · Tietosuoja · Evästeasetukset</p></footer>\n</body></html>\n"
    )


def _markdown(bs: list[Block]) -> str:
    out = []
    for b in bs:
        if b[0] == "title":
            out += [f"# {b[1]}", ""]
        elif b[0] == "heading":
            out += [f"{'#' * b[1]} {b[2]}", ""]
        elif b[0] == "running":
            out += [b[1], ""]
        elif b[0] == "lines":
            out += [f"{line}  " for line in b[1]] + [""]
        elif b[0] == "olist":
            out += [f"{i}. {item}" for i, item in enumerate(b[1], start=1)] + [""]
        elif b[0] == "fields":
            out += [f"**{k}:** {x}  " for k, x in b[1]] + [""]
        elif b[0] == "para":
            out += [b[1], ""]
        elif b[0] == "list":
            out += [f"- {i}" for i in b[1]] + [""]
        elif b[0] == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "|".join("---" for _ in b[1]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[2]] + [""]
    return "\n".join(out)


def _text_tab(bs: list[Block]) -> str:
    out = []
    for b in bs:
        if b[0] == "title":
            out += [b[1], ""]
        elif b[0] == "heading":
            out += ["", b[2]]
        elif b[0] == "running":  # a page's header: the text of a printed page, a form feed before the next
            out += [("\f" if out else "") + b[1], ""]
        elif b[0] == "lines":
            out += list(b[1])
        elif b[0] == "olist":
            out += [f"{i}. {item}" for i, item in enumerate(b[1], start=1)]
        elif b[0] == "fields":
            out += [f"{k}\t{x}" for k, x in b[1]]
        elif b[0] == "para":
            out.append(b[1])
        elif b[0] == "list":
            out += [f"• {i}" for i in b[1]]
        elif b[0] == "table":
            out += ["\t".join(b[1])] + ["\t".join(r) for r in b[2]]
    return "\n".join(out) + "\n"


def _aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    return [
        "  ".join((c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])) for i, c in enumerate(r)).rstrip()
        for r in rows
    ]


def _text_space(bs: list[Block]) -> str:
    out = []
    number = 0
    for b in bs:
        if b[0] == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif b[0] == "heading" and b[1] > 2:
            out += ["", b[2], ""]
        elif b[0] == "heading":
            number += 1
            out += ["", f"{number}. {b[2].upper()}", ""]
        elif b[0] == "running":
            out += [("\f" if out else "") + b[1], ""]
        elif b[0] == "lines":
            out += list(b[1])
        elif b[0] == "olist":
            out += [f"  {i}. {item}" for i, item in enumerate(b[1], start=1)]
        elif b[0] == "fields":
            width = max(len(k) for k, _x in b[1]) + 2
            out += [f"{(k + ':').ljust(width)} {x}" for k, x in b[1]]
        elif b[0] == "para":
            out.append(b[1])
        elif b[0] == "list":
            out += [f"  - {i}" for i in b[1]]
        elif b[0] == "table":
            out += _aligned([b[1], *b[2]])
    return "\n".join(out) + "\n"


def _csv(bs: list[Block]) -> str:
    """A sheet saved as CSV by a spreadsheet: ";" between cells, every row as wide as the widest."""
    rows: list[list[str]] = []
    for b in bs:
        if b[0] == "title":
            rows.append([b[1]])
        elif b[0] == "heading":
            rows += [[], [b[2]]]
        elif b[0] == "running":
            rows.append([b[1]])
        elif b[0] in ("lines", "olist"):
            rows += [[f"{i}. {x}" if b[0] == "olist" else x] for i, x in enumerate(b[1], start=1)]
        elif b[0] == "fields":
            rows += [[k, x] for k, x in b[1]]
        elif b[0] == "para":
            rows.append([b[1]])
        elif b[0] == "list":
            rows += [[i] for i in b[1]]
        elif b[0] == "table":
            rows += [b[1], *b[2]]
    width = max(len(r) for r in rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([r + [""] * (width - len(r)) for r in rows])
    return "\ufeff" + buffer.getvalue()


def _wrap_points(text: str, room: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``room`` as ``measure`` gives widths (a word wider stays whole)."""
    lines, line = [], ""
    for word in text.split():
        if line and measure(f"{line} {word}") > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _pdf(path: Path, bs: list[Block], title: str) -> None:
    """Lines drawn on A4 with running header and footer; a table's later rows go over a page break."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as pdfcanvas

    # An embedded font with its character map, as office programs write: the standard Helvetica of
    # reportlab has no "•" and wrote it as a control character no real PDF holds.
    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))

    pages: list[list[tuple[str, Any]]] = [[]]
    for b in bs:
        page = pages[-1]
        if b[0] == "title":
            page.append(("bold", b[1]))
        elif b[0] == "heading":
            page += [("text", ""), ("bold", b[2])]
        elif b[0] == "running":
            continue  # drawn on every page by the canvas
        elif b[0] == "lines":
            page += [("text", line) for line in b[1]]
        elif b[0] == "olist":
            page += [("text", f"{i}. {item}") for i, item in enumerate(b[1], start=1)]
        elif b[0] == "fields":
            page += [("text", f"{k}: {x}") for k, x in b[1]]
        elif b[0] in ("para",):
            page += [("text", line) for line in _wrap(b[1], 88)]
        elif b[0] == "list":
            for item in b[1]:
                wrapped = _wrap(item, 84)
                page += [("text", ("• " if i == 0 else "  ") + line) for i, line in enumerate(wrapped)]
        elif b[0] == "table":
            page.append(("row", b[1]))
            for i, row in enumerate(b[2]):
                if b[3] == "costs" and i == 2:
                    pages.append([])
                    page = pages[-1]
                page.append(("row", row))
    _width, height = A4
    c = pdfcanvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, page in enumerate(pages, start=1):
        c.setFont("Vera", 8)
        c.drawString(40, height - 28, title)
        c.drawString(480, 26, f"Sivu {n} / {len(pages)}")
        y = height - 64
        for kind, content in page:
            if kind == "row":
                c.setFont("Vera", 9)
                xs = [40] + [220 + i * (320 // max(1, len(content) - 1)) for i in range(len(content) - 1)]
                extra = 0
                for k, (x, cell) in enumerate(zip(xs, content, strict=True)):
                    # A cell wraps inside its column, as a word processor's table does: measured in the
                    # font, a gap short of the next column (by characters, a long cell ran into it).
                    room = (xs[k + 1] if k + 1 < len(xs) else 560) - x - 8
                    parts = _wrap_points(cell, room, lambda t: pdfmetrics.stringWidth(t, "Vera", 9)) or [""]
                    for j, piece in enumerate(parts):
                        c.drawString(x, y - 11 * j, piece)
                    extra = max(extra, len(parts) - 1)
                y -= 11 * extra
            elif kind == "bold":
                c.setFont("VeraBd", 11)
                c.drawString(40, y, content)
            else:
                c.setFont("Vera", 10)
                c.drawString(40, y, content)
            y -= 14
        c.showPage()
    c.save()


def _docx(path: Path, bs: list[Block], rng: random.Random) -> None:
    import docx

    d = docx.Document()
    d.core_properties.author = "Hankekoordinaattori"
    fields_as = rng.choice(("table", "paragraphs"))
    for b in bs:
        if b[0] == "title":
            d.add_heading(b[1], level=0)
        elif b[0] == "heading":
            d.add_heading(b[2], level=b[1] - 1)
        elif b[0] == "running":
            header = d.sections[0].header.paragraphs[0]
            header.text = header.text or b[1]  # a section's header: printed on every page
        elif b[0] == "lines":
            for line in b[1]:
                d.add_paragraph(line)
        elif b[0] == "olist":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif b[0] == "fields" and fields_as == "table":
            _docx_table(d, None, [[k, x] for k, x in b[1]])
        elif b[0] == "fields":
            for k, x in b[1]:
                d.add_paragraph(f"{k}: {x}")
        elif b[0] == "para":
            d.add_paragraph(b[1])
        elif b[0] == "list":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif b[0] == "table":
            _docx_table(d, b[1], b[2])
    buffer = io.BytesIO()
    d.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():  # fixed entry times: the same spec gives the same bytes
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    path.write_bytes(out.getvalue())


def _docx_table(d: Any, header: list[str] | None, rows: list[list[str]]) -> None:
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in ([header] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


SUFFIX = {
    "html": ".html",
    "md": ".md",
    "txt-tab": ".txt",
    "txt-space": ".txt",
    "pdf": ".pdf",
    "docx": ".docx",
    "csv": ".csv",
}


def render(spec: Spec, v: dict[str, str], folder: Path, stem: str) -> tuple[Path, dict[str, Any]]:
    """Write ``spec`` in variant ``v`` into ``folder``; the document's path and its gold (also written beside it)."""
    rng = random.Random(spec.seed)
    bs = blocks(spec, v)
    path = folder / (stem + SUFFIX[v["format"]])
    fmt = v["format"]
    if fmt == "pdf":
        # The running header of stop 31's PDFs named the project; where the name stands elsewhere it does not.
        header = {"field": f"Tilanneraportti · {spec.name}", "page-header": places.running_header(spec)}
        _pdf(path, bs, header.get(v["name_place"], f"Tilanneraportti 1/{spec.year}"))
    elif fmt == "docx":
        _docx(path, bs, rng)
    else:
        text = {
            "html": lambda: _html(bs, rng),
            "md": lambda: _markdown(bs),
            "txt-tab": lambda: _text_tab(bs),
            "txt-space": lambda: _text_space(bs),
            "csv": lambda: _csv(bs),
        }[fmt]()
        path.write_text(text, encoding="utf-8")
    data = gold(spec, v, path.name)
    path.with_name(path.name + ".gold.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return path, data
