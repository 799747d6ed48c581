"""A generator of the cost-table family (C5, stop 52): small invented status reports and plans whose cost
table's cells and sums are known by construction, every axis an author varies drawn independently.

Axes (each document draws one value of each):

- ``layout``: which axis is which. ``kinds-amounts`` (categories as rows, budget / actual / forecast /
  utilisation as columns, the project's so far), ``annual`` (the same under a year: "Budjetti 2024 |
  Toteutunut 1–6/2024"), ``estimate`` (a plan's one estimate column), ``kinds-years`` (a plan's estimate
  with a column a year and a total column), ``years-kinds`` (the same turned: a row a year), ``parts-amounts``
  (a row a part, budget and actual, the total row the project's), ``parts-annual`` (the same for a year: "Budjetti
  2022 | Toteutunut 1–9/2022"), ``kinds-parts`` (a plan's estimate with a
  column a part and the project's total column).
- ``unit``: the money's unit and scale and where it stands (€, EUR, euroa in the header or caption, in every
  cell; t€, k€, 1 000 €, tuhatta euroa, EUR thousand, M€ multiplied out).
- ``number``: how a sum is printed (space, no-break space, narrow space, none, dot, decimals, en commas).
- ``total``: the total row last, first or left out.
- ``markup``: Markdown pipe table padded and bare, HTML, TSV, CSV with ',' and ';' (padded as a sheet's export,
  and ';' ragged: title and headings one cell), space- and tab-aligned text, DOCX, and a list of a category's sums a
  line under a caption naming their order ("- Henkilöstökulut 420 000 / 311 640 € (74 %)", test43 on11).
- ``lang``: fi, sv, en (headings, fields, captions, column words).
- ``label``: whether a category is named by its prefLabel or one of its altLabels (all labels of
  ontology/vocab/cost-categories.ttl in the document's language, so a line added there is drawn too).
- ``position``: the cost section first, in the middle or last of the report.
- ``head``: what an estimate's one money column is headed by (a role's label, the estimate's word, a bare amount
  word of the ``amount-head`` vocabulary, the unit alone); "-" for the other layouts.
- ``grids`` (``kinds-parts`` only, drawn from a stream of its own): ``one`` a plan's one estimate grid, or ``two`` a
  report's budget grid and then its grid of what was spent, the same rows and columns (a steering group's deck,
  test45 op08): one cumulative budget / actual statement a part and the project's from the total column. ``one`` is
  the negative: a grid of the budget alone stays an estimate.

Negatives (``layout`` ``neg-*``): a document of the family's look with no cost cells: an invoice ledger, a
feedback grid of counts, a task list with person-days. Their wrong cells count against precision.

Scoring is measure_extraction's own (``measure_document``: cost cells, cost cells with the unit aside,
money). ``python -m tests.ingest.families.costs --n 300`` (through a worktree: ``wtrun.py WT
tests/ingest/families/run.py costs --n 300``) prints recall and precision per axis value; ``--floors`` the test's
floors. It keeps a scorer of its own (measure_document's cost cells per axis value, and the missed cells per cost
category) written before frame.py landed; the fact model is the same.
Invented text only.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import functools
import importlib.util
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
VOCAB = REPO / "ontology" / "vocab"

LAYOUTS = (
    "kinds-amounts",
    "annual",
    "estimate",
    "kinds-years",
    "years-kinds",
    "parts-amounts",
    "parts-annual",
    "kinds-parts",
)
#: What an estimate's one money column is headed by: a column role's label, the estimate's own word, a bare
#: amount word of the ``amount-head`` vocabulary ("Summa", "Belopp", "Amount"), the unit alone.
HEADS = ("role", "kind", "amount", "unit")
#: How many grids of a column per part: a plan's one estimate, or a report's budget grid and its actual grid.
GRIDS = ("one", "two")
NEGATIVES = ("neg-ledger", "neg-feedback", "neg-tasks")
UNITS = ("€-head", "EUR-caption", "euroa-caption", "€-cells", "t€", "k€", "1000€", "thousand-words", "M€")
NUMBERS = ("space", "nbsp", "narrow", "plain", "dots", "decimals", "en-commas")
TOTALS = ("last", "first", "none")
MARKUPS = (
    "md-padded",
    "md-bare",
    "html",
    "tsv",
    "csv-comma",
    "csv-semicolon",
    "csv-ragged",
    "txt-spaces",
    "txt-tabs",
    "docx",
    "list-slash",
)
LANGS = ("fi", "sv", "en")
LABELS = ("pref", "alt")
POSITIONS = ("first", "middle", "last")
#: The sum granted or applied for outside the table (money): none, a field of the report's head, a sentence of its
#: summary; its label (fields) from the statement-kind vocabulary; its unit and scale.
MONEY_FORMS = ("none", "field", "sentence")
MONEY_KINDS = ("granted", "applied")
MONEY_UNITS = ("€", "word", "EUR-first", "millions")
AXES = (
    "layout",
    "unit",
    "number",
    "total",
    "markup",
    "lang",
    "label",
    "position",
    "head",
    "grids",
    "money",
    "money_kind",
    "money_unit",
)


# --- the vocabularies ----------------------------------------------------------------------------------


@functools.cache
def _graph():
    import rdflib

    g = rdflib.Graph()
    for name in ("cost-categories.ttl", "status.ttl"):
        g.parse(VOCAB / name, format="turtle")
    return g


def _labels(scheme: str) -> dict[str, dict[str, dict[str, list[str]]]]:
    """notation → lang → {"pref": [...], "alt": [...]} of every concept of ``scheme`` (a hgv: local name)."""
    from rdflib import Namespace
    from rdflib.namespace import SKOS

    hgv = Namespace("https://w3id.org/hankegraafi/vocab/")
    g = _graph()
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for concept in sorted(set(g.subjects(SKOS.inScheme, hgv[scheme]))):
        key = str(next(iter(sorted(g.objects(concept, SKOS.notation))), str(concept).rsplit("/", 1)[-1]))
        langs: dict[str, dict[str, list[str]]] = {lang: {"pref": [], "alt": []} for lang in LANGS}
        for prop, kind in ((SKOS.prefLabel, "pref"), (SKOS.altLabel, "alt")):
            for label in sorted(g.objects(concept, prop)):
                if label.language in langs:
                    langs[label.language][kind].append(str(label))
        out[key] = langs
    return out


@functools.cache
def categories() -> dict[str, dict[str, dict[str, list[str]]]]:
    """The cost categories a table row names (no total, no 'no selection')."""
    return {k: v for k, v in _labels("cost-category").items() if k not in ("total", "ei-valintaa")}


@functools.cache
def broader() -> dict[str, str]:
    """A cost category's key → its group's key (a sub-row's group row: "Matkakulut" under "Muut kustannukset")."""
    from rdflib.namespace import SKOS

    g = _graph()
    keys = {c: str(n) for c, n in g.subject_objects(SKOS.notation)}
    return {keys[c]: keys[b] for c, b in g.subject_objects(SKOS.broader) if c in keys and b in keys}


def pick_categories(rng: random.Random, n: int) -> list[str]:
    """``n`` categories of which none is another's group (a table lists siblings, or groups alone)."""
    out: list[str] = []
    for key in rng.sample(sorted(categories()), len(categories())):
        if len(out) == n:
            break
        if any(broader().get(key) == o or broader().get(o) == key for o in out):
            continue
        out.append(key)
    return out


@functools.cache
def total_labels() -> dict[str, dict[str, list[str]]]:
    return _labels("cost-category")["total"]


@functools.cache
def amount_heads() -> dict[str, dict[str, list[str]]]:
    return _labels("amount-head")["amount"]


@functools.cache
def columns() -> dict[str, dict[str, dict[str, list[str]]]]:
    return _labels("cost-column")


def label(rng: random.Random, labels: dict[str, dict[str, list[str]]], lang: str, kind: str) -> str:
    """One label of a concept in ``lang`` (its own pref or one alt; another language's when it has none)."""
    mine = labels[lang][kind] or labels[lang]["pref"]
    if not mine:
        mine = labels["fi"][kind] or labels["fi"]["pref"] or labels["en"]["pref"]
    return rng.choice(sorted(mine))


# --- words of the document around the table ---------------------------------------------------------------

NAMES = (
    "Kotona asumisen digipolku",
    "Hyvinvoinnin lähipalvelut verkossa",
    "Etävastaanotto kaikille",
    "Arjen tuki kotiin",
    "Perhekeskus lähellä",
    "Ikäihmisten palveluohjaus uudistuu",
)
SV_NAMES = ("Digital vård nära dig", "Tryggt hemma i skärgården", "Hälsocentralen på nätet")
EN_NAMES = ("Care Path Navigator", "Home Care Connect", "Digital Front Door for Health")
PART_WORDS = {"fi": "Osahanke", "sv": "Delprojekt", "en": "Subproject"}
PART_NAMES = {
    "fi": ("Etäkäynnit kotihoitoon", "Palveluohjauksen chat", "Kuntoutus etänä"),
    "sv": ("Distansbesök i hemvården", "Chatt för servicehandledning", "Rehabilitering på distans"),
    "en": ("Remote home visits", "Service guidance chat", "Remote rehabilitation"),
}
WORDS = {
    "fi": {
        "report": "TILANNERAPORTTI",
        "plan": "HANKESUUNNITELMA",
        "project": "Hanke",
        "owner": "Hallinnoija",
        "owner_v": "Pohjois-Savon hyvinvointialue",
        "period": "Hankeaika",
        "summary": "Yhteenveto",
        "summary_t": "Hanke on edennyt suunnitellusti ja pilotit ovat käynnissä kolmessa kunnassa.",
        "next": "Seuraava jakso",
        "next_t": "Syksyllä laajennetaan toimintaa ja kootaan asiakaspalaute.",
        "costs": "Talous",
        "cum": "Kustannukset hankkeen alusta",
        "year": "Talous {y}",
        "est": "Kustannusarvio",
        "budget_grid": "Budjetti koko hankekaudelle osahankkeittain",
        "spent_grid": "Toteutunut 30.6.{y} mennessä osahankkeittain",
        "cat": "Kustannuslaji",
        "parts_intro": "Hanke koostuu kahdesta osahankkeesta:",
        "part_head": "Osahanke",
        "year_head": "Vuosi",
        "ledger": "Laskut",
        "feedback": "Asiakaspalaute",
        "tasks": "Tehtävät",
    },
    "sv": {
        "report": "LÄGESRAPPORT",
        "plan": "PROJEKTPLAN",
        "project": "Projekt",
        "owner": "Huvudman",
        "owner_v": "Österbottens välfärdsområde",
        "period": "Projekttid",
        "summary": "Sammanfattning",
        "summary_t": "Projektet har framskridit enligt plan och piloterna pågår i tre kommuner.",
        "next": "Nästa period",
        "next_t": "Under hösten utvidgas verksamheten och kundrespons samlas in.",
        "costs": "Ekonomi",
        "cum": "Kostnader sedan projektets början",
        "year": "Ekonomi {y}",
        "est": "Kostnadsberäkning",
        "budget_grid": "Budget för hela projekttiden per delprojekt",
        "spent_grid": "Utfall till och med 30.6.{y} per delprojekt",
        "cat": "Kostnadsslag",
        "parts_intro": "Projektet består av två delprojekt:",
        "part_head": "Delprojekt",
        "year_head": "År",
        "ledger": "Fakturor",
        "feedback": "Kundrespons",
        "tasks": "Uppgifter",
    },
    "en": {
        "report": "STATUS REPORT",
        "plan": "PROJECT PLAN",
        "project": "Project",
        "owner": "Owner",
        "owner_v": "Wellbeing Services County of Kainuu",
        "period": "Project period",
        "summary": "Summary",
        "summary_t": "The project has progressed as planned and the pilots run in three municipalities.",
        "next": "Next period",
        "next_t": "In the autumn the service is extended and customer feedback is collected.",
        "costs": "Finances",
        "cum": "Costs to date",
        "year": "Finances {y}",
        "est": "Cost estimate",
        "budget_grid": "Budget for the whole project period by subproject",
        "spent_grid": "Actual to 30 June {y} by subproject",
        "cat": "Cost category",
        "parts_intro": "The project has two subprojects:",
        "part_head": "Subproject",
        "year_head": "Year",
        "ledger": "Invoices",
        "feedback": "Customer feedback",
        "tasks": "Tasks",
    },
}
#: A column's header in a year's table ("Budjetti 2024"), the period's actual beside it ("Toteutunut 1–6/2024").
ACTUAL_SO_FAR = {"fi": "Toteutunut 1–6/{y}", "sv": "Utfall 1–6/{y}", "en": "Actual Jan–Jun {y}"}
TOTAL_COL = {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"}


# --- numbers and units -------------------------------------------------------------------------------------

#: unit → (scale, where it stands: head / caption / cells, the words by language)
UNIT_FORMS = {
    "€-head": (1, "head", {"fi": "€", "sv": "€", "en": "€"}),
    "EUR-caption": (1, "caption", {"fi": "EUR", "sv": "EUR", "en": "EUR"}),
    "euroa-caption": (1, "caption", {"fi": "euroa", "sv": "euro", "en": "euros"}),
    "€-cells": (1, "cells", {"fi": "€", "sv": "€", "en": "€"}),
    "t€": (1000, "head", {"fi": "t€", "sv": "t€", "en": "t€"}),
    "k€": (1000, "head", {"fi": "k€", "sv": "k€", "en": "k€"}),
    "1000€": (1000, "caption", {"fi": "1 000 €", "sv": "1 000 €", "en": "€1,000"}),
    "thousand-words": (1000, "caption", {"fi": "tuhatta euroa", "sv": "tusen euro", "en": "EUR thousand"}),
    "M€": (1_000_000, "caption", {"fi": "milj. €", "sv": "milj. €", "en": "€ million"}),
}


def number(value: int, form: str, scale: int, lang: str) -> str:
    """``value`` euros printed at ``scale`` in ``form``."""
    shown = value / scale
    decimals = 0 if scale == 1 else (1 if scale == 1000 else 2)
    if scale == 1 and form == "decimals":
        decimals = 2
    whole, _, frac = f"{shown:.{decimals}f}".partition(".")
    groups = f"{int(whole):,}"
    en = lang == "en" and form == "en-commas"
    sep = {"space": " ", "nbsp": "\u00a0", "narrow": "\u202f", "plain": "", "dots": ".", "decimals": " "}.get(
        form, " "
    )
    text = groups if en else groups.replace(",", sep)
    if frac:
        text += ("." if en else ",") + frac
    return text


def percent(value: int, form: str) -> str:
    return {"space": f"{value} %", "plain": f"{value}%"}.get(form, f"{value} %")


# --- one document ------------------------------------------------------------------------------------------


@dataclass
class Doc:
    name: str
    text: str | None
    rows: list[list[str]] | None
    gold: dict
    axes: dict[str, str]
    blocks: list = field(default_factory=list)


def _draw(rng: random.Random, values: tuple[str, ...]) -> str:
    return rng.choice(values)


def _sums(rng: random.Random, n: int, scale: int) -> list[int]:
    """``n`` sums that print exactly at ``scale`` (a thousand's multiples for t€, ten thousand's for M€)."""
    step = {1: 100, 1000: 1000, 1_000_000: 10_000}[scale]
    return [rng.randrange(2, 60) * step * rng.choice((1, 5, 12, 40)) for _ in range(n)]


def make(seed: int, force: dict[str, str] | None = None) -> Doc:
    """The document of ``seed`` (axes drawn from it; ``force`` fixes some)."""
    rng = random.Random(seed)
    ax = {
        "layout": _draw(rng, LAYOUTS + NEGATIVES if rng.random() < 0.12 else LAYOUTS),
        "unit": _draw(rng, UNITS),
        "number": _draw(rng, NUMBERS),
        "total": _draw(rng, TOTALS),
        "markup": _draw(rng, MARKUPS),
        "lang": _draw(rng, LANGS),
        "label": _draw(rng, LABELS),
        "position": _draw(rng, POSITIONS),
        "head": _draw(rng, HEADS),
    }
    ax.update(force or {})
    if ax["markup"] == "list-slash" and ax["layout"] not in ("kinds-amounts", "annual"):
        ax["layout"] = (
            "kinds-amounts"  # a list of a category's sums a line: "- Label 420 000 / 311 640 € (74 %)"
        )
    if ax["layout"] != "estimate":
        ax["head"] = "-"  # only an estimate's one money column is headed so
    if ax["layout"] != "kinds-parts":
        ax["grids"] = "-"
    elif "grids" not in (force or {}):
        # a stream of its own: the other draws stay
        ax["grids"] = random.Random(seed * 104729 + 3).choice(GRIDS)
    lang, w = ax["lang"], WORDS[ax["lang"]]
    name = rng.choice({"fi": NAMES, "sv": SV_NAMES, "en": EN_NAMES}[lang])
    year = rng.choice((2023, 2024, 2025))
    scale, place, unit_words = UNIT_FORMS[ax["unit"]]
    unit = unit_words[lang]
    nform = ax["number"] if not (ax["number"] == "en-commas" and lang != "en") else "space"
    if nform == "decimals" and scale != 1:
        nform = "space"

    def money(v: int) -> str:
        s = number(v, nform, scale, lang)
        return f"{s} {unit}" if place == "cells" else s

    def head(text: str) -> str:
        return f"{text} ({unit})" if place == "head" else text

    def caption(text: str) -> str:
        return f"{text} ({unit})" if place == "caption" else text

    cats = pick_categories(rng, rng.randint(2, 5))
    row_labels = {c: label(rng, categories()[c], lang, ax["label"]) for c in cats}
    total_label = label(rng, total_labels(), lang, ax["label"])
    plan = ax["layout"] in ("estimate", "kinds-years", "years-kinds") or ax["grids"] == "one"
    parts = [f"{PART_WORDS[lang]} {i}: {p}" for i, p in enumerate(rng.sample(PART_NAMES[lang], 2), start=1)]
    projects = [{"name": name, "aliases": [], "county": None, "level": "project", "part_of": None}]
    cost_cells: list[dict] = []
    intro: list[str] = []
    spent: tuple[str, list[list[str]]] | None = None  # a second grid: (its caption, its table)
    table: list[list[str]]
    title: str

    def with_total(body: list[list[str]], total: list[str]) -> list[list[str]]:
        return {"last": [*body, total], "first": [total, *body], "none": body}[ax["total"]]

    def gold_rows(values: dict[str, list[int]]) -> list[list]:
        rows = [[c, *values[c]] for c in cats]
        if ax["total"] != "none":
            rows.append(["total", *[sum(col) for col in zip(*values.values(), strict=True)]])
        return rows

    def estimate(project: str, year: int | None, values: dict[str, list[int]]) -> dict:
        """An estimate's gold table of one project (a plan's, a year's or the whole period's)."""
        return {
            "project": project,
            "unit": "EUR",
            "kind": "estimate",
            "year": year,
            "columns": ["estimate"],
            "rows": gold_rows(values),
        }

    layout = ax["layout"]
    if layout in ("kinds-amounts", "annual"):
        picked = rng.choice(
            (
                ["budget", "actual"],
                ["budget", "actual", "forecast"],
                ["granted", "actual", "utilisation-percent"],
                ["budget", "actual", "deviation"],
            )
            if ax["markup"] != "list-slash"
            else (["budget", "actual"], ["granted", "actual", "utilisation-percent"])
        )
        budget = dict(zip(cats, _sums(rng, len(cats), scale), strict=True))
        actual = {c: (budget[c] * rng.choice((3, 5, 7, 9))) // 10 // scale * scale for c in cats}
        values: dict[str, list[int]] = {}
        for c in cats:
            row = [budget[c], actual[c]]
            if picked[2:] == ["forecast"]:
                row.append(budget[c] - (budget[c] // 10) // scale * scale)
            elif picked[2:] == ["deviation"]:
                row.append(budget[c] - actual[c])
            values[c] = row
        if layout == "annual":
            heads = [
                head(f"{label(rng, columns()[picked[0]], lang, 'pref')} {year}"),
                head(ACTUAL_SO_FAR[lang].format(y=year)),
                *[head(f"{label(rng, columns()[k], lang, 'pref')} {year}") for k in picked[2:]],
            ]
            title = caption(w["year"].format(y=year))
        else:
            heads = [head(label(rng, columns()[k], lang, "pref")) for k in picked]
            title = caption(w["cum"])
        if "utilisation-percent" in picked:
            heads[2] = label(rng, columns()["utilisation-percent"], lang, "pref")
        body = []
        for c in cats:
            row = values[c]
            cells = [money(row[0]), money(row[1])]
            if "utilisation-percent" in picked:
                cells.append(percent(round(100 * row[1] / row[0]), nform))
            elif len(row) > 2:
                cells.append(money(row[2]))
            body.append([row_labels[c], *cells])
        totals = [sum(col) for col in zip(*values.values(), strict=True)]
        total_cells = [money(totals[0]), money(totals[1])]
        if "utilisation-percent" in picked:
            total_cells.append(percent(round(100 * totals[1] / totals[0]), nform))
            for c in cats:
                values[c] = [values[c][0], values[c][1], round(100 * values[c][1] / values[c][0])]
        elif len(totals) > 2:
            total_cells.append(money(totals[2]))
        table = [[w["cat"], *heads], *with_total(body, [total_label, *total_cells])]
        rows = [[c, *values[c]] for c in cats]
        if ax["total"] != "none":
            t = [sum(values[c][i] for c in cats) for i in range(2)]
            if "utilisation-percent" in picked:
                t.append(round(100 * t[1] / t[0]))
            elif len(picked) > 2:
                t.append(sum(values[c][2] for c in cats))
            rows.append(["total", *t])
        kind = "annual" if layout == "annual" else "cumulative"
        cost_cells.append(
            {
                "project": name,
                "unit": "EUR",
                "kind": kind,
                "year": year if kind == "annual" else None,
                "columns": picked,
                "rows": rows,
            }
        )
    elif layout == "estimate":
        values = {c: [v] for c, v in zip(cats, _sums(rng, len(cats), scale), strict=True)}
        col = {
            "role": lambda: head(label(rng, columns()["budget"], lang, "pref")),
            "kind": lambda: head(w["est"]),
            "amount": lambda: head(label(rng, amount_heads(), lang, rng.choice(("pref", "alt")))),
            "unit": lambda: f"({unit})" if place != "cells" else "€",
        }[ax["head"]]()
        body = [[row_labels[c], money(values[c][0])] for c in cats]
        table = [[w["cat"], col], *with_total(body, [total_label, money(sum(v[0] for v in values.values()))])]
        title = caption(w["est"])
        cost_cells.append(estimate(name, None, values))
    elif layout in ("kinds-years", "years-kinds"):
        years = [year, year + 1]
        values = {c: _sums(rng, 2, scale) for c in cats}
        title = caption(w["est"])
        if layout == "kinds-years":
            heads = [head(str(y)) for y in years] + [head(TOTAL_COL[lang])]
            body = [[row_labels[c], *(money(v) for v in values[c]), money(sum(values[c]))] for c in cats]
            tot = [sum(values[c][i] for c in cats) for i in range(2)]
            table = [
                [w["cat"], *heads],
                *with_total(body, [total_label, *(money(v) for v in tot), money(sum(tot))]),
            ]
        else:
            heads = [head(row_labels[c]) for c in cats] + (
                [head(TOTAL_COL[lang])] if ax["total"] != "none" else []
            )
            body = []
            for i, y in enumerate(years):
                line = [money(values[c][i]) for c in cats]
                if ax["total"] != "none":
                    line.append(money(sum(values[c][i] for c in cats)))
                body.append([str(y), *line])
            grand = [money(sum(values[c])) for c in cats]
            if ax["total"] != "none":
                grand.append(money(sum(sum(values[c]) for c in cats)))
            table = [[w["year_head"], *heads], *body, [total_label, *grand]]
        for i, y in enumerate(years):
            cost_cells.append(estimate(name, y, {c: [values[c][i]] for c in cats}))
        cost_cells.append(estimate(name, None, {c: [sum(values[c])] for c in cats}))
    elif layout in ("parts-amounts", "parts-annual"):
        # a row a part; the project's so far, or a year's budget beside the actual so far (test43 on14)
        annual = layout == "parts-annual"
        intro = [w["parts_intro"], *[f"- {p}" for p in parts]]
        budgets = _sums(rng, 2, scale)
        actuals = [(b * rng.choice((3, 5, 7))) // 10 // scale * scale for b in budgets]
        b_head, a_head = (head(label(rng, columns()[k], lang, "pref")) for k in ("budget", "actual"))
        if annual:
            b_head = head(f"{label(rng, columns()['budget'], lang, 'pref')} {year}")
            a_head = head(ACTUAL_SO_FAR[lang].format(y=year))
        body = [[p, money(b), money(a)] for p, b, a in zip(parts, budgets, actuals, strict=True)]
        table = [
            [w["part_head"], b_head, a_head],
            *with_total(body, [total_label, money(sum(budgets)), money(sum(actuals))]),
        ]
        title = caption(w["costs"] if annual else w["cum"])
        kind, when = ("annual", year) if annual else ("cumulative", None)
        for p, b, a in zip(parts, budgets, actuals, strict=True):
            projects.append({"name": p, "aliases": [], "county": None, "level": "sub-project", "part_of": name})
            cost_cells.append(
                {
                    "project": p,
                    "unit": "EUR",
                    "kind": kind,
                    "year": when,
                    "columns": ["budget", "actual"],
                    "rows": [["total", b, a]],
                }
            )
        if ax["total"] != "none":
            cost_cells.append(
                {
                    "project": name,
                    "unit": "EUR",
                    "kind": kind,
                    "year": when,
                    "columns": ["budget", "actual"],
                    "rows": [["total", sum(budgets), sum(actuals)]],
                }
            )
    elif layout == "kinds-parts":
        intro = [w["parts_intro"], *[f"- {p}" for p in parts]]
        values = {c: _sums(rng, 2, scale) for c in cats}
        heads = [head(p.split(":")[0]) for p in parts] + [head(TOTAL_COL[lang])]
        body = [[row_labels[c], *(money(v) for v in values[c]), money(sum(values[c]))] for c in cats]
        tot = [sum(values[c][i] for c in cats) for i in range(2)]
        table = [
            [w["cat"], *heads],
            *with_total(body, [total_label, *(money(v) for v in tot), money(sum(tot))]),
        ]
        title = caption(w["est"])
        for p in parts:
            projects.append({"name": p, "aliases": [], "county": None, "level": "sub-project", "part_of": name})
        if ax["grids"] == "two":
            title = caption(w["budget_grid"])
            used = {c: [(v * rng.choice((3, 5, 7))) // 10 // scale * scale for v in values[c]] for c in cats}
            body = [[row_labels[c], *(money(v) for v in used[c]), money(sum(used[c]))] for c in cats]
            tot_used = [sum(used[c][i] for c in cats) for i in range(2)]
            spent = (
                caption(w["spent_grid"].format(y=year)),
                [
                    [w["cat"], *heads],
                    *with_total(body, [total_label, *(money(v) for v in tot_used), money(sum(tot_used))]),
                ],
            )
            for i, p in enumerate([*parts, name]):
                both = [[values[c][i], used[c][i]] if i < 2 else [sum(values[c]), sum(used[c])] for c in cats]
                pairs = dict(zip(cats, both, strict=True))
                cost_cells.append(
                    {
                        "project": p,
                        "unit": "EUR",
                        "kind": "cumulative",
                        "year": None,
                        "columns": ["budget", "actual"],
                        "rows": gold_rows(pairs),
                    }
                )
        else:
            for i, p in enumerate(parts):
                cost_cells.append(estimate(p, None, {c: [values[c][i]] for c in cats}))
            cost_cells.append(estimate(name, None, {c: [sum(values[c])] for c in cats}))
    else:
        table, title = _negative(rng, layout, lang, money)
        plan = False
    money_facts, money_field, money_sentence = _money(seed, ax, name)
    summary = [w["summary_t"], *money_sentence]
    blocks = [("section", w["summary"], summary), ("section", w["next"], [w["next_t"]])]
    # a blank line after the parts' list, before the caption
    cost_block = ("costs", w["costs"], [*intro, "", title] if intro else [title], table)
    at = {"first": 0, "middle": 1, "last": 2}[ax["position"]]
    blocks.insert(at, cost_block)
    if spent is not None:
        blocks.insert(at + 1, ("costs", w["costs"], [spent[0]], spent[1]))
    fields = [
        (w["project"], name),
        (w["owner"], w["owner_v"]),
        (w["period"], f"1.1.{year - 1}–31.12.{year + 1}"),
        *money_field,
    ]
    heading = w["plan" if plan else "report"]
    gold = {
        "document": "",
        "set": "family-costs",
        "layout": f"family/costs/{ax['markup']}",
        "kind": "project-plan" if plan else "status-report",
        "about_project": True,
        "projects": projects,
        "cost_cells": cost_cells,
        "money": money_facts,
    }
    doc = Doc(name=f"c{seed:05d}", text=None, rows=None, gold=gold, axes=ax)
    doc.blocks = [heading, fields, blocks]
    return doc


#: A sentence saying the sum: (kind, language) → its words around the amount.
_MONEY_SENTENCES = {
    ("granted", "fi"): "Hankkeelle myönnettiin valtionavustusta {}.",
    ("applied", "fi"): "Hankkeelle haetaan valtionavustusta {}.",
    ("granted", "sv"): "Projektet beviljades statsunderstöd på {}.",
    ("applied", "sv"): "För projektet söks statsunderstöd på {}.",
    ("granted", "en"): "The project was granted {} in state aid.",
    ("applied", "en"): "The project applies for {} in state aid.",
}


def _money_text(amount: int, unit: str, lang: str) -> str:
    spaced, commas = f"{amount:,}".replace(",", " "), f"{amount:,}"
    millions = f"{amount / 1_000_000:.2f}".rstrip("0").rstrip(".")
    return {
        "€": {"fi": f"{spaced} €", "sv": f"{spaced} €", "en": f"€{commas}"},
        "word": {"fi": f"{spaced} euroa", "sv": f"{spaced} euro", "en": f"{commas} euros"},
        "EUR-first": {"fi": f"EUR {spaced}", "sv": f"EUR {spaced}", "en": f"EUR {commas}"},
        "millions": {
            "fi": f"{millions.replace('.', ',')} milj. euroa",
            "sv": f"{millions.replace('.', ',')} miljoner euro",
            "en": f"EUR {millions} million",
        },
    }[unit][lang]


def _money(seed: int, ax: dict[str, str], name: str) -> tuple[list[dict], list[tuple[str, str]], list[str]]:
    """The money of the document (gold, a field, a sentence), drawn from a stream of its own (the tables' draws stay
    as they were)."""
    rng = random.Random(seed * 7919 + 17)
    ax["money"], ax["money_kind"], ax["money_unit"] = (
        rng.choice(MONEY_FORMS),
        rng.choice(MONEY_KINDS),
        rng.choice(MONEY_UNITS),
    )
    amount = rng.randrange(30, 300) * 10_000
    if ax["layout"].startswith("neg-") or ax["money"] == "none":
        ax["money"], ax["money_kind"], ax["money_unit"] = "none", "-", "-"
        return [], [], []
    lang, kind = ax["lang"], ax["money_kind"]
    text = _money_text(amount, ax["money_unit"], lang)
    fact = [{"project": name, "amount": amount, "what": kind}]
    if ax["money"] == "field":
        return (
            fact,
            [(label(rng, _labels("statement-kind")[kind], lang, rng.choice(("pref", "alt"))), text)],
            [],
        )
    return fact, [], [_MONEY_SENTENCES[(kind, lang)].format(text)]


def _negative(rng: random.Random, layout: str, lang: str, money) -> tuple[list[list[str]], str]:
    """A table of the family's look that holds no cost cells."""
    w = WORDS[lang]
    if layout == "neg-ledger":
        head = {
            "fi": ["Päivämäärä", "Toimittaja", "Lasku", "Summa"],
            "sv": ["Datum", "Leverantör", "Faktura", "Belopp"],
            "en": ["Date", "Supplier", "Invoice", "Amount"],
        }[lang]
        rows = [
            [
                f"{rng.randint(1, 28)}.{m}.2024",
                rng.choice(("Oy Alfa Ab", "Beta Consulting", "Gamma Tech")),
                f"{rng.randint(1000, 9999)}",
                money(rng.randrange(1, 90) * 100),
            ]
            for m in range(1, 5)
        ]
        return [head, *rows], w["ledger"]
    if layout == "neg-feedback":
        head = {
            "fi": ["Kysymys", "Samaa mieltä", "Eri mieltä", "Vastaajia"],
            "sv": ["Fråga", "Instämmer", "Instämmer inte", "Svar"],
            "en": ["Question", "Agree", "Disagree", "Respondents"],
        }[lang]
        qs = {
            "fi": ["Palvelu oli helppo käyttää", "Sain apua nopeasti", "Suosittelisin palvelua"],
            "sv": [
                "Tjänsten var lätt att använda",
                "Jag fick snabbt hjälp",
                "Jag skulle rekommendera tjänsten",
            ],
            "en": ["The service was easy to use", "I got help quickly", "I would recommend the service"],
        }[lang]
        rows = []
        for q in qs:
            a, b = rng.randint(20, 300), rng.randint(0, 60)
            rows.append([q, str(a), str(b), str(a + b)])
        return [head, *rows], w["feedback"]
    head = {
        "fi": ["Tehtävä", "Vastuuhenkilö", "Henkilötyöpäivät", "Valmis"],
        "sv": ["Uppgift", "Ansvarig", "Persondagar", "Klar"],
        "en": ["Task", "Responsible", "Person-days", "Done"],
    }[lang]
    tasks = {
        "fi": ["Koulutukset", "Viestintä", "Arviointi"],
        "sv": ["Utbildningar", "Kommunikation", "Utvärdering"],
        "en": ["Training", "Communication", "Evaluation"],
    }[lang]
    rows = [
        [
            t,
            rng.choice(("A. Virtanen", "B. Lind", "C. Smith")),
            str(rng.randint(5, 120)),
            rng.choice(("x", "", "kyllä")),
        ]
        for t in tasks
    ]
    return [head, *rows], w["tasks"]


# --- markup --------------------------------------------------------------------------------------------------


def _pipe(table: list[list[str]], padded: bool) -> list[str]:
    if not padded:
        out = ["|" + "|".join(table[0]) + "|", "|" + "|".join("---" for _ in table[0]) + "|"]
        return out + ["|" + "|".join(r) + "|" for r in table[1:]]
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    line = lambda r: "| " + " | ".join(c.ljust(wd) for c, wd in zip(r, widths, strict=True)) + " |"  # noqa: E731
    return [
        line(table[0]),
        "|" + "|".join("-" * (wd + 2) for wd in widths) + "|",
        *(line(r) for r in table[1:]),
    ]


def _aligned(table: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    return ["   ".join(c.ljust(wd) for c, wd in zip(r, widths, strict=True)).rstrip() for r in table]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def render(doc: Doc, folder: Path) -> Path:
    """Write ``doc`` in its markup into ``folder``; its gold beside it."""
    heading, fields, blocks = doc.blocks
    markup = doc.axes["markup"]
    ext = {
        "md-padded": "md",
        "md-bare": "md",
        "html": "html",
        "tsv": "tsv",
        "csv-comma": "csv",
        "csv-semicolon": "csv",
        "csv-ragged": "csv",
        "txt-spaces": "txt",
        "txt-tabs": "txt",
        "docx": "docx",
        "list-slash": "txt",
    }[markup]
    path = folder / f"{doc.name}.{ext}"
    if markup in ("tsv", "csv-comma", "csv-semicolon", "csv-ragged"):
        rows: list[list[str]] = [[heading], *([k, v] for k, v in fields), []]
        for block in blocks:
            rows.append([block[1].upper()])
            rows += [[line] for line in block[2]]
            if block[0] == "costs":
                rows += block[3]
            rows.append([])
        sep = {"tsv": "\t", "csv-comma": ",", "csv-semicolon": ";", "csv-ragged": ";"}[markup]
        if markup in ("csv-comma", "csv-semicolon"):  # a sheet's export: every row as wide as the widest
            width = max(map(len, rows))
            rows = [r + [""] * (width - len(r)) for r in rows]
        path.write_text(_csv(rows, sep), encoding="utf-8")
    elif markup == "docx":
        bc = _binaries()

        d = bc.docx_document("C5", dt.datetime(2024, 6, 1, 9, 0))
        d.add_heading(heading, level=1)
        for k, v in fields:
            d.add_paragraph(f"{k}: {v}")
        for block in blocks:
            d.add_heading(block[1], level=2)
            for line in block[2]:
                d.add_paragraph(line) if line else None
            if block[0] == "costs":
                bc.table(d, [tuple(r) for r in block[3]])
        bc.save(d, path, (2024, 6, 1, 9, 0, 0))
    elif markup == "html":
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")  # noqa: E731
        out = [
            f"<html><head><meta charset='utf-8'><title>{esc(heading)}</title></head><body>",
            f"<h1>{esc(heading)}</h1>",
            "<dl>",
        ]
        out += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in fields]
        out.append("</dl>")
        for block in blocks:
            out.append(f"<h2>{esc(block[1])}</h2>")
            out += [f"<p>{esc(line)}</p>" for line in block[2] if line]
            if block[0] == "costs":
                t = block[3]
                out.append(
                    "<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in t[0]) + "</tr></thead><tbody>"
                )
                out += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in t[1:]]
                out.append("</tbody></table>")
        out.append("</body></html>")
        path.write_text("\n".join(out), encoding="utf-8")
    else:
        md = markup.startswith("md")
        out = [f"# {heading}" if md else heading, ""]
        pad = max(len(k) for k, _ in fields) + 2
        out += [
            (f"**{k}:** {v}  " if md else (f"{k}:\t{v}" if markup == "txt-tabs" else f"{k}:".ljust(pad) + v))
            for k, v in fields
        ]
        for n, block in enumerate(blocks, start=1):
            out += ["", f"## {block[1]}" if md else f"{n}. {block[1].upper()}", ""]
            out += list(block[2])
            if block[0] == "costs" and markup == "list-slash":
                # the columns' words in the caption, in their order; a line a category: "- Label a / b (p %)"
                t = block[3]
                heads = [h for h in t[0][1:]]
                out[-1] = f"{out[-1]} ({heads[0]} / {heads[1]}{', ' + heads[2] if len(heads) > 2 else ''}):"
                out += [f"- {r[0]} {r[1]} / {r[2]}" + (f" ({r[3]})" if len(r) > 3 else "") for r in t[1:]]
            elif block[0] == "costs":
                out.append("")
                t = block[3]
                if md:
                    out += _pipe(t, markup == "md-padded")
                elif markup == "txt-tabs":
                    out += ["\t".join(r) for r in t]
                else:
                    out += _aligned(t)
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    doc.gold["document"] = path.name
    Path(f"{path}.gold.json").write_text(json.dumps(doc.gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@functools.cache
def _binaries():
    """tests/ingest/corpus/generate/binaries_common.py (by its path: the runner is also run as a script)."""
    path = REPO / "tests" / "ingest" / "corpus" / "generate" / "binaries_common.py"
    spec = importlib.util.spec_from_file_location("binaries_common", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- scoring -------------------------------------------------------------------------------------------------


@functools.cache
def measure_module():
    spec = importlib.util.spec_from_file_location(
        "measure_extraction", REPO / "scripts" / "measure_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("measure_extraction", module)
    spec.loader.exec_module(module)
    return module


CATEGORIES = ("cost cells", "cost cells, unit aside", "money")


@dataclass
class Tally:
    correct: int = 0
    extracted: int = 0
    found: int = 0
    annotated: int = 0

    def add(self, score) -> None:
        self.correct += score.correct
        self.extracted += score.extracted
        self.found += score.found
        self.annotated += score.annotated

    def recall(self) -> float | None:
        return 100 * self.found / self.annotated if self.annotated else None

    def precision(self) -> float | None:
        return 100 * self.correct / self.extracted if self.extracted else None


def run(seeds: range, force: dict[str, str] | None = None, keep: Path | None = None) -> dict:
    """Generate, extract and score the documents of ``seeds``: tallies per category, axis and value."""
    m = measure_module()
    tallies: dict[str, dict[tuple[str, str], Tally]] = {c: defaultdict(Tally) for c in CATEGORIES}
    missed_by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures: list[tuple[str, dict, list[str], list[str]]] = []
    with tempfile.TemporaryDirectory(prefix="family-costs.") as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for seed in seeds:
            doc = make(seed, force)
            path = render(doc, folder)
            outcome = m.measure_document(path, doc.gold)
            for category in CATEGORIES:
                score = outcome.scores.get(category)
                if score is None:
                    continue
                tallies[category][("all", "all")].add(score)
                for axis in AXES:
                    tallies[category][(axis, doc.axes[axis])].add(score)
            full = outcome.scores.get("cost cells")
            if full is not None:
                missed = [ast.literal_eval(k) for k in full.missed]
                for row in m.annotated_cells({"cost_cells": m.gold_cost_tables(doc.gold)}):
                    missed_by_category[row[4]][1] += 1
                for row in missed:
                    missed_by_category[row[4]][0] += 1
                if full.missed or full.wrong:
                    failures.append((path.name, doc.axes, full.missed, full.wrong))
    return {"tallies": tallies, "categories": dict(missed_by_category), "failures": failures}


def _pct(value: float | None) -> str:
    return "    –" if value is None else f"{value:5.1f}"


def report(result: dict) -> str:
    out = []
    for category, tallies in result["tallies"].items():
        out.append(f"== {category}: recall / precision (found/annotated, correct/extracted)")
        for axis in ("all", *AXES):
            for (a, value), t in sorted(tallies.items()):
                if a == axis:
                    out.append(
                        f"  {axis:9} {value:16} {_pct(t.recall())} {_pct(t.precision())}   {t.found}/{t.annotated}  {t.correct}/{t.extracted}"
                    )
    out.append("== cost category rows: missed / annotated cells")
    for cat, (missed, total) in sorted(result["categories"].items()):
        out.append(f"  {cat:34} {missed}/{total}")
    return "\n".join(out)


def floors(result: dict, margin: float = 3.0, gap: float = 70.0) -> str:
    """The floors of the test (each figure less ``margin``) and the axis values under ``gap`` as known gaps."""
    lines, gaps = ["FLOORS = {"], ["KNOWN_GAPS = {"]
    for (axis, value), t in sorted(result["tallies"]["cost cells"].items()):
        r, p = t.recall(), t.precision()
        floor = lambda v: 0.0 if v is None else max(0.0, round(v - margin, 1))  # noqa: E731
        lines.append(f"    ({axis!r}, {value!r}): ({floor(r)}, {floor(p)}),")
        if (r is not None and r < gap) or (p is not None and p < gap):
            gaps.append(
                f"    ({axis!r}, {value!r}): ({None if r is None else round(r, 1)}, {None if p is None else round(p, 1)}),"
            )
    return "\n".join([*lines, "}", *gaps, "}"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--force", action="append", default=[], help="axis=value")
    ap.add_argument("--keep", type=Path, help="write the documents here")
    ap.add_argument("--failures", type=int, default=0, help="print this many failing documents")
    ap.add_argument(
        "--floors", action="store_true", help="print test_costs.py's FLOORS and KNOWN_GAPS (margin 3)"
    )
    args = ap.parse_args(argv)
    force = dict(f.split("=", 1) for f in args.force)
    result = run(range(args.start, args.start + args.n), force, args.keep)
    if args.floors:
        print(floors(result, gap=97.0))
        return 0
    print(report(result))
    for name, axes, missed, wrong in result["failures"][: args.failures]:
        print(f"-- {name} {axes}")
        for k in missed[:6]:
            print(f"   missed {k}")
        for k in wrong[:6]:
            print(f"   wrong  {k}")
    return 0


#: The runner's entry as tests/ingest/families/run.py calls it (``run.py costs --n 300`` through wtrun).
cli = main


if __name__ == "__main__":
    raise SystemExit(main())
