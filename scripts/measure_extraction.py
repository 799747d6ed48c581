"""Precision and recall of ingest's extraction against hand annotations: the seeds and the corpus.

The annotation (tests/ingest/annotations/NNN.json, see the README there) lists
what a reader marks in each real seed document: dependency targets,
organisations, traffic lights, cost cells and goals. This script extracts each
seed twice, with the full gazetteer and with one that has never heard of the
seeds' counties and the regional names placed in them (their municipalities,
regions, hospital districts and other regional organisations), and prints
micro-averaged precision, recall and F1 per category.

A new node (a name no vocabulary knows) matches by any of its names, its base
form or a short form the text introduced. In the unseen run a concept left out
of the gazetteer cannot be linked: a new node named by one of its labels is
then the right answer and counts as found.

The invented corpus (tests/ingest/corpus/{tune,test}/, gold schema in the README
there) is measured the same way with the full gazetteer, per set and per layout,
and in more categories: whether a document was refused (only text about no sote
project should be), the project names, the document's county, the municipalities
named (recall is what counts), the funder and sums outside cost tables (money: a
project's granted or estimated total; "Investointi N: X" is also named "X" and
"Investointi N"). Gold cost tables are read in the seed annotation's terms: an
annual table's period columns are the period statement, an estimate column its
budget. A refused document about a project
finds none of its annotated items. Tune only on ``--set tune`` and the seeds: the
held-out sets (test, test2) are measured once, at the end.

    .venv/bin/python scripts/measure_extraction.py [--seeds ../shared/seeds] [--per-seed]
    .venv/bin/python scripts/measure_extraction.py --set tune [--per-document [--details]]
    .venv/bin/python scripts/measure_extraction.py --set test2      # the second held-out set

A set is a folder of the corpus that holds gold annotations.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from hankegraafi.ingest.entities import (
    SEED_COUNTIES,
    SEED_REGIONAL_NAMES,
    Entry,
    Gazetteer,
    gazetteer_without,
)
from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import IngestError, read_document
from hankegraafi.ontology.namespaces import VOCAB

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "tests" / "ingest" / "annotations"
SEEDS = REPO.parent / "shared" / "seeds"
CORPUS = REPO / "tests" / "ingest" / "corpus"
CATEGORIES = ("dependency entities", "organisations", "cost cells", "traffic lights", "goals", "goals + status")
CORPUS_CATEGORIES = (
    "refused-or-not",
    "project name",
    "county",
    "municipalities",
    "funder",
    "money",
    "warnings",
    *CATEGORIES,
    "cost cells, unit aside",
    "traffic lights, unit aside",
)
SETS = ("seeds", "tune", "test")  # the usual ones; any folder of the corpus with gold is a set too
ORG_TYPES = ("organisation", "national-actor", "municipality", "county")
GOAL_PREFIX = 25


@dataclass
class Score:
    """Counts of one category: extracted, annotated, and the matches of each side."""

    extracted: int = 0
    annotated: int = 0
    correct: int = 0  # extracted items that match an annotation
    found: int = 0  # annotated items that some extracted item matches
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.extracted += other.extracted
        self.annotated += other.annotated
        self.correct += other.correct
        self.found += other.found
        self.missed += other.missed
        self.wrong += other.wrong

    @property
    def precision(self) -> float | None:
        return self.correct / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.annotated if self.annotated else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None


# --- keys -----------------------------------------------------------------------------------


def norm_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text.casefold()).strip(" .,:;")
    return re.sub(r"\s*-?\s*hanke$", " hanke", text).replace(" hanke", "").strip()


def entity_keys(entry: Entry) -> frozenset[str]:
    """A linked concept's key; a new node's names (its base form and the short forms seen)."""
    if entry.linked and str(entry.iri).startswith(VOCAB):
        return frozenset({str(entry.iri)[len(VOCAB) :]})
    return frozenset("name:" + norm_name(label) for label in sorted(entry.labels | {entry.label}))


@functools.cache
def _concepts_by_name() -> dict[str, str]:
    """``name:<label>`` → the key of the one vocabulary concept with that label (labels two share are left out)."""
    found: dict[str, set[str]] = {}
    for iri, entry in Gazetteer.default().by_iri.items():
        if entry.linked and iri.startswith(VOCAB):
            for label in entry.labels | {entry.label}:
                found.setdefault("name:" + norm_name(label), set()).add(iri[len(VOCAB) :])
    return {name: next(iter(keys)) for name, keys in found.items() if len(keys) == 1}


def annotation_keys(item: str | list[str], gazetteer: Gazetteer) -> set[str]:
    """The keys that count as finding an annotated item.

    A vocabulary concept that ``gazetteer`` does not hold (the unseen-county run) cannot be
    linked; a new node named by one of the concept's labels is then the right answer.
    """
    items = [item] if isinstance(item, str) else item
    keys = {("name:" + norm_name(i[5:])) if i.startswith("name:") else i for i in items}
    # A name the gold gives that is a label of a vocabulary concept is that concept: a service or
    # organisation added to the vocabulary after the gold was written ("name:suomi.fi-viestit").
    keys |= {concept_of[key] for key in keys if key in (concept_of := _concepts_by_name())}
    for key in list(keys):
        iri = VOCAB + key
        if not key.startswith("name:") and iri not in gazetteer.by_iri:
            full = Gazetteer.default().by_iri.get(iri)
            keys |= {"name:" + norm_name(label) for label in (full.labels | {full.label})} if full else set()
    return keys


def match_sets(extracted: set[frozenset[str]], annotated: list[set[str]]) -> Score:
    score = Score(extracted=len(extracted), annotated=len(annotated))
    accepted = set().union(*annotated) if annotated else set()
    score.correct = sum(1 for keys in extracted if keys & accepted)
    score.wrong = sorted(min(k) for k in extracted if not k & accepted)
    found = set().union(*extracted) if extracted else set()
    for alternatives in annotated:
        if alternatives & found:
            score.found += 1
        else:
            score.missed.append("|".join(sorted(alternatives)))
    return score


def match_counted(extracted: Counter[tuple], annotated: Counter[tuple]) -> Score:
    both = sum((extracted & annotated).values())
    return Score(
        extracted=sum(extracted.values()),
        annotated=sum(annotated.values()),
        correct=both,
        found=both,
        missed=[str(k) for k in (annotated - extracted)],
        wrong=[str(k) for k in (extracted - annotated)],
    )


def unit_aside(cells: Counter[tuple], width: int) -> Counter[tuple]:
    """The same facts with the unit's name (the key's first part) and the per-key ordinal dropped.

    Scored beside the full keys, it shows the two faults apart: a fact read right but filed under
    a unit named wrongly counts here and not in the full category. ``width`` is the key's length
    before the ordinal and value (0: no ordinal)."""
    out: Counter[tuple] = Counter()
    for key, n in cells.items():
        rest = (*key[1:width], key[-1]) if width else key[1:]
        out[rest] += n
    return out


# --- what the extraction says ---------------------------------------------------------------


def dependency_entities(x: Extraction) -> set[frozenset[str]]:
    return {entity_keys(d.target) for p in x.projects for d in p.dependencies}


def organisations(x: Extraction) -> set[frozenset[str]]:
    own = x.region.iri if x.region is not None else None
    entries: list[Entry] = []
    for p in x.projects:
        entries += [pa.organisation for pa in p.participations]
        entries += [d.target for d in p.dependencies]
        entries += [pe.organisation for pe in p.persons if pe.organisation is not None]
        # A funder by default (a programme's granting authority) is not an organisation the text names.
        entries += [p.funder] if p.funder is not None and p.funder_named else []
    entries += [d.organisation for d in x.developers]
    return {entity_keys(e) for e in entries if e.type in ORG_TYPES and not (e.linked and e.iri == own)}


def lights(x: Extraction) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    for p in x.projects:
        for light in p.lights:
            value = str(Decimal(str(light.percent)).normalize()) if light.percent is not None else light.value
            out[(p.name.casefold(), light.dimension, value)] += 1
    return out


def cost_cells(x: Extraction) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    seen: Counter[tuple] = Counter()
    for p in x.projects:
        for statement in p.costs:
            for line in statement.lines:
                label = line.raw_label.strip().casefold()
                category = line.category or ("ei-valintaa" if label == "ei valintaa" else f"raw:{label}")
                for column, value in line.values.items():
                    key = (p.name.casefold(), statement.unit, statement.kind, statement.year, category, column)
                    seen[key] += 1
                    out[(*key, seen[key], str(Decimal(str(value)).normalize()))] += 1
    return out


#: A goal's own label and number before its text ("Tavoite 1:", "Mål 2.", "Goal 3 –"): the gold
#: convention leaves it out, but a gold or a reading that keeps it names the same goal.
_GOAL_LABEL = re.compile(
    r"^\s*(?:(?:osa|pää|ala)?tavoite|(?:del|effekt)?mål|(?:sub-?)?goal|objective)\s*\d{1,2}(?:\.\d{1,2})*[a-z]?\s*[:.)–-]\s*",
    re.I,
)


#: A goal's code before its text ("M1 Läkemedelsrobot …", "KR1.1 Digitukihenkilö …", "T2: …"): a label as
#: "Tavoite 1:" is; a gold that keeps it and a reading that leaves it out name the same goal.
_GOAL_CODE = re.compile(r"^\s*[A-ZÅÄÖ]{1,3}\d{1,2}(?:\.\d{1,2})*[a-z]?\s*[:.)–-]?\s+")


#: A part's tag before a goal and its colon ("A: …", "Osio 1: …", "Osakokonaisuus B: …", "Work package 2: …", "Delprojekt
#: II: …"): the part the goal is listed under, not the goal's words (ingest/facts/goalkeys.py reads it off the text). A
#: gold that keeps it (test43 on08, on14) and a reading that leaves it out name the same goal, as with "Tavoite 1:". A
#: word and its key without a colon ("A-luokan …") is the goal's own text.
_PART_TAG = re.compile(
    r"^\s*(?:[A-ZÅÄÖ][\w-]{1,30}(?:\s[a-zåäö][\w-]*)?\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})|[A-H])\s*:\s+(?=\S)"
)


def norm_goal(text: str) -> str:
    text = re.sub(r"^\s*(?:-+>|[-•·*–]+|\d{1,2}[.)]|[a-h]\))\s*", "", text)
    text = _PART_TAG.sub("", text)
    text = _GOAL_CODE.sub("", _GOAL_LABEL.sub("", text))
    return re.sub(r"\s+", " ", text.casefold()).strip(" \"”“'")


def match_goals(extracted: list[tuple[str, str]], annotated: list[tuple[str, str]], status: bool) -> Score:
    """One-to-one: an annotated goal matches an extracted one whose text starts the same way."""
    free = [(norm_goal(d), s) for d, s in extracted]
    score = Score(extracted=len(free), annotated=len(annotated))
    for description, wanted in annotated:
        head = norm_goal(description)[:GOAL_PREFIX]
        hit = next(
            (i for i, (d, s) in enumerate(free) if d[: len(head)] == head and (not status or s == wanted)), None
        )
        if hit is None:
            score.missed.append(f"{description} ({wanted})" if status else description)
        else:
            free.pop(hit)
            score.found += 1
            score.correct += 1
    score.wrong = [f"{d[:50]} ({s})" if status else d[:50] for d, s in free]
    return score


# --- annotation -----------------------------------------------------------------------------


def annotated_cells(data: dict) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    seen: Counter[tuple] = Counter()
    for table in data["cost_cells"]:
        for row in table["rows"]:
            category, *values = row
            for column, value in zip(table["columns"], values, strict=True):
                key = (
                    table["project"].casefold(),
                    table["unit"],
                    table["kind"],
                    table["year"],
                    category,
                    column,
                )
                seen[key] += 1
                out[(*key, seen[key], str(Decimal(str(value)).normalize()))] += 1
    return out


def annotated_lights(data: dict) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    for project, values in data["traffic_lights"].items():
        for dimension, value in values.items():
            shown = str(Decimal(str(value)).normalize()) if isinstance(value, int | float) else value
            out[(project.casefold(), dimension, shown)] += 1
    return out


def measure(seeds: Iterable[Path], gazetteer: Gazetteer) -> dict[str, dict[str, Score]]:
    """Scores per seed (and "all") per category."""
    results: dict[str, dict[str, Score]] = {"all": {c: Score() for c in CATEGORIES}}
    for path in seeds:
        key = path.name[:3]
        data = json.loads((ANNOTATIONS / f"{key}.json").read_text(encoding="utf-8"))
        x = extract(read_document(path, max_bytes=50_000_000), gazetteer=gazetteer)
        goals = [(g.description, g.status) for p in x.projects for g in p.goals]
        wanted = [(d, s) for d, s in data["goals"]]
        scores = {
            "dependency entities": match_sets(
                dependency_entities(x), [annotation_keys(i, gazetteer) for i in data["dependency_entities"]]
            ),
            "organisations": match_sets(
                organisations(x), [annotation_keys(i, gazetteer) for i in data["organisations"]]
            ),
            "cost cells": match_counted(cost_cells(x), annotated_cells(data)),
            "traffic lights": match_counted(lights(x), annotated_lights(data)),
            "goals": match_goals(goals, wanted, status=False),
            "goals + status": match_goals(goals, wanted, status=True),
        }
        results[key] = scores
        for category, score in scores.items():
            results["all"][category].add(score)
    return results


# --- the corpus -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """One corpus document measured: its set, layout, scores, and why it was refused (if it was)."""

    name: str
    set: str
    layout: str
    scores: dict[str, Score]
    refused: str | None = None
    warnings: list[str] = field(default_factory=list)


def corpus_sets(corpus: Path = CORPUS) -> list[str]:
    """The corpus's sets: its folders that hold gold annotations (tune, test, test2 …)."""
    if not corpus.is_dir():
        return []
    return sorted(p.name for p in corpus.iterdir() if p.is_dir() and any(p.glob("*.gold.json")))


def corpus_documents(which: str, corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    """The documents of set ``which`` (a folder of the corpus: tune, test, test2 …) with their gold."""
    out = []
    for gold_path in sorted((corpus / which).glob("*.gold.json")):
        document = gold_path.with_name(gold_path.name[: -len(".gold.json")])
        if document.is_file():
            out.append((document, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def read_and_extract(
    path: Path, gazetteer: Gazetteer | None = None
) -> tuple[Extraction | None, str | None, list[str]]:
    """The extraction of ``path``, or None and the refusal; warnings of the reader and the extraction."""
    try:
        document = read_document(path, max_bytes=50_000_000)
    except IngestError as exc:
        return None, str(exc), []
    warnings = list(getattr(document, "warnings", []))
    try:
        x = extract(document, gazetteer=gazetteer or Gazetteer.default())
    except IngestError as exc:
        return None, str(exc), warnings
    return x, None, warnings + list(x.warnings)


def _gold_names(gold: dict) -> dict[str, str]:
    """Each acceptable name (normalised) of a gold project → the project's name as the gold gives it."""
    names: dict[str, str] = {}
    for project in gold.get("projects") or []:
        for name in [project["name"], *(project.get("aliases") or [])]:
            names.setdefault(norm_name(name), project["name"])
    # A part's other forms ("Investointi 1: X" is also "X" and "Investointi 1"), after every name and alias: the
    # project-name category already counts them as the part's name, so a cell or light filed under "X" is the part's.
    for project in gold.get("projects") or []:
        for form in name_forms(project["name"]):
            names.setdefault(form, project["name"])
    return names


def _renamed(x: Extraction, names: dict[str, str]) -> None:
    """Extracted projects named by a gold alias take the gold name, so lights and cells key alike."""
    for p in x.projects:
        known = names.get(norm_name(p.name))
        if known is None:  # "Osahanke 1: X" extracted, the gold's "X" (or the other way round)
            known = next((names[f] for f in sorted(name_forms(p.name)) if f in names), None)
        p.name = known or p.name


def municipalities(x: Extraction) -> set[frozenset[str]]:
    """Municipalities the extraction links: those it lists as named, and any taking part or depended on."""
    entries: list[Entry] = [entry for entry, _span in x.municipalities]
    for p in x.projects:
        entries += [pa.organisation for pa in p.participations]
        entries += [d.target for d in p.dependencies]
    return {entity_keys(e) for e in entries if e.type == "municipality"}


def funders(x: Extraction) -> set[frozenset[str]]:
    return {entity_keys(p.funder) for p in x.projects if p.funder is not None}


def county_keys(x: Extraction) -> set[frozenset[str]]:
    return {entity_keys(x.region)} if x.region is not None else set()


@functools.cache
def _part_head() -> re.Pattern[str]:
    """A part's word and number or letter before its name: the ``project-part`` vocabulary's words."""
    from hankegraafi.ingest.facts.partwords import part_words

    words = "|".join(sorted(map(re.escape, part_words()), key=len, reverse=True))
    return re.compile(
        rf"^(?:.*?,\s*)?((?:{words})\s+(?:\d+(?:\.\d+)?|[A-ZÅÄÖ])\b)(?:\s*[:.–-]\s*|\s+)(\S.*)$", re.I
    )


def name_forms(name: str) -> set[str]:
    """A project's names: as given, and for a part "Investointi N: X" or "Osahanke A – X" also "X" and "Osahanke A".

    The part's word is any of the ``project-part`` vocabulary (osahanke, delprojekt, työpaketti …): the gold
    of some sets names a part bare ("X"), of others with its word and number, and both name the same unit.
    """
    forms = {norm_name(name)}
    part = _part_head().match(name.strip())
    if part:
        forms |= {norm_name(part.group(1)), norm_name(part.group(2))}
    return forms


def project_names(x: Extraction) -> set[frozenset[str]]:
    return {frozenset("name:" + f for f in name_forms(p.name)) for p in x.projects}


def money(x: Extraction) -> set[frozenset[str]]:
    """Each sum granted, estimated, applied for or returned outside cost tables' categories: the statement's total, per project."""
    out: set[frozenset[str]] = set()
    for p in x.projects:
        for statement in p.costs:
            if statement.kind not in ("estimate", "granted", "applied", "returned"):
                continue
            totals = [line for line in statement.lines if line.category == "total"] or statement.lines[-1:]
            for line in totals[:1]:
                value = next(iter(line.values.values()), None)
                if value is not None:
                    shown = str(Decimal(str(value)).normalize())
                    out.add(frozenset(f"{f}|{shown}" for f in name_forms(p.name)))
    return out


def warning_kinds(warnings: list[str]) -> set[str]:
    """The kinds of damage the warnings report, as the gold's expect_warning names them."""
    kinds = set()
    for warning in warnings:
        if "cut short" in warning or "truncated" in warning:
            kinds.add("truncated")
        if "not valid UTF-8" in warning or "mis-encoded" in warning:
            kinds.add("encoding")
    return kinds


def _without_money(x: Extraction, gold: dict) -> None:
    """Leave out the statements the gold counts as money (sums outside cost tables), not as cost cells.

    A statement whose total the gold has both as money and in a cost table of its own (a plan's
    estimate table and its total stated as the sum applied for) stays: it is cost cells too."""
    wanted = set().union(*gold_money(gold)) if gold.get("money") else set()
    wanted -= set().union(*table_money(gold))
    # The same per kind: a sum applied for (or granted) that the gold has as money of that kind and only inside a
    # table of another kind ("haetaan 545 000 euroa" under an estimate table of that total) is money, not cells.
    said = {kind: set().union(*gold_money(gold, kind)) for kind in ("granted", "applied", "returned")}
    tabled = {kind: set().union(*table_money(gold, kind)) for kind in said}
    for p in x.projects:
        kept = []
        for statement in p.costs:
            totals = [line for line in statement.lines if line.category == "total"] or statement.lines[-1:]
            value = next(iter(totals[0].values.values()), None) if totals else None
            shown = str(Decimal(str(value)).normalize()) if value is not None else ""
            keys = {f"{f}|{shown}" for f in name_forms(p.name)}
            if statement.kind in ("estimate", "granted", "applied", "returned") and keys & wanted:
                continue
            if keys & said.get(statement.kind, set()) and not keys & tabled.get(statement.kind, set()):
                continue
            kept.append(statement)
        p.costs = kept


def table_money(gold: dict, kind: str | None = None) -> set[frozenset[str]]:
    """Estimates and grants the gold keeps as cost cells (a plan's tables): not money of their own; ``kind``: only
    the tables of that kind."""
    names = {
        g["name"]: [g["name"], *(g.get("aliases") or [])] for g in gold.get("projects") or [] if g.get("name")
    }
    out: set[frozenset[str]] = set()
    for table in gold_cost_tables(gold):
        if table["kind"] in ("estimate", "granted") and kind in (None, table["kind"]):
            forms = set().union(*(name_forms(n) for n in names.get(table["project"], [table["project"]])))
            for row in table["rows"]:
                for value in row[1:]:
                    shown = str(Decimal(str(value)).normalize())
                    out.add(frozenset(f"{f}|{shown}" for f in forms))
    return out


def gold_money(gold: dict, kind: str | None = None) -> list[set[str]]:
    """Each money item of the gold as its (name form|amount) keys; ``kind``: only the items of that kind."""
    names = {
        g["name"]: [g["name"], *(g.get("aliases") or [])] for g in gold.get("projects") or [] if g.get("name")
    }
    out = []
    for item in gold.get("money") or []:
        if kind is not None and item.get("what") != kind:
            continue
        shown = str(Decimal(str(item["amount"])).normalize())
        forms = set().union(*(name_forms(n) for n in names.get(item["project"], [item["project"]])))
        out.append({f"{f}|{shown}" for f in forms})
    return out


#: Corpus gold columns that are another statement of the extraction's model: the reporting
#: period's columns of an annual table are the period statement's budget and actual, and
#: a plan's "estimate" column is the estimate statement's budget.
_PERIOD_COLUMNS = {"period-budget": "budget", "period-actual": "actual"}


def gold_cost_tables(gold: dict) -> list[dict]:
    """The gold's cost tables in the seed annotation's terms (see ``_PERIOD_COLUMNS``); years as text."""
    out: list[dict] = []
    for table in gold.get("cost_cells") or []:
        year = str(table["year"]) if table.get("year") is not None else None
        columns = list(table["columns"])
        plain = [i for i, c in enumerate(columns) if c not in _PERIOD_COLUMNS]
        period = [i for i, c in enumerate(columns) if c in _PERIOD_COLUMNS]
        own = [("budget" if c == "estimate" and table["kind"] == "estimate" else c) for c in columns]
        if plain:
            out.append(
                {
                    **table,
                    "year": year,
                    "columns": [own[i] for i in plain],
                    "rows": [[row[0], *(row[1 + i] for i in plain)] for row in table["rows"]],
                }
            )
        if period:
            out.append(
                {
                    **table,
                    "kind": "period",
                    "year": year,
                    "columns": [_PERIOD_COLUMNS[columns[i]] for i in period],
                    "rows": [[row[0], *(row[1 + i] for i in period)] for row in table["rows"]],
                }
            )
    return out


def measure_document(path: Path, gold: dict, gazetteer: Gazetteer | None = None) -> Outcome:
    """Score one corpus document against its gold (full gazetteer unless ``gazetteer``)."""
    gaz = gazetteer or Gazetteer.default()
    x, refused, warnings = read_and_extract(path, gaz)
    about = bool(gold.get("about_project", True))
    right = (refused is None) == about
    scores: dict[str, Score] = {
        "refused-or-not": Score(
            extracted=1,
            annotated=1,
            correct=int(right),
            found=int(right),
            missed=[] if right else [f"{'refused' if refused else 'read'}: {refused or path.name}"],
        )
    }
    names = _gold_names(gold)
    wanted_projects = [
        {"name:" + f for n in [g["name"], *(g.get("aliases") or [])] for f in name_forms(n)}
        for g in gold.get("projects") or []
    ]
    wanted_county = [annotation_keys(gold["county"], gaz)] if gold.get("county") else []
    wanted_municipalities = [annotation_keys(m, gaz) for m in gold.get("municipalities") or []]
    wanted_funder = [annotation_keys(gold["funder"], gaz)] if gold.get("funder") else []
    wanted_goals = [(d, s) for d, s in gold.get("goals") or []]
    if x is None:
        x = Extraction(kind="refused", title=None, projects=[])
    _renamed(x, names)
    goals = [(g.description, g.status) for p in x.projects for g in p.goals]
    # A sum the gold keeps as a cost table's total (a plan's estimate, a grant table) is no money of its
    # own on either side: left out of what was read and of what is wanted alike.
    in_tables = set().union(*table_money(gold))
    money_score = match_sets(
        {m for m in money(x) if not m & in_tables}, [m for m in gold_money(gold) if not m & in_tables]
    )
    _without_money(x, gold)
    scores |= {
        "project name": match_sets(project_names(x), wanted_projects),
        "county": match_sets(county_keys(x), wanted_county),
        "municipalities": match_sets(municipalities(x), wanted_municipalities),
        "funder": match_sets(funders(x), wanted_funder),
        "money": money_score,
        "warnings": match_sets(
            {frozenset({kind}) for kind in warning_kinds(warnings)},
            [{kind} for kind in gold.get("expect_warning") or []],
        ),
        "dependency entities": match_sets(
            dependency_entities(x), [annotation_keys(i, gaz) for i in gold.get("dependency_entities") or []]
        ),
        "organisations": match_sets(
            organisations(x), [annotation_keys(i, gaz) for i in gold.get("organisations") or []]
        ),
        "cost cells": match_counted(cost_cells(x), annotated_cells({"cost_cells": gold_cost_tables(gold)})),
        "traffic lights": match_counted(
            lights(x), annotated_lights({"traffic_lights": gold.get("traffic_lights") or {}})
        ),
        "goals": match_goals(goals, wanted_goals, status=False),
        "goals + status": match_goals(goals, wanted_goals, status=True),
    }
    gold_cells = annotated_cells({"cost_cells": gold_cost_tables(gold)})
    gold_lights = annotated_lights({"traffic_lights": gold.get("traffic_lights") or {}})
    scores["cost cells, unit aside"] = match_counted(unit_aside(cost_cells(x), 6), unit_aside(gold_cells, 6))
    scores["traffic lights, unit aside"] = match_counted(unit_aside(lights(x), 0), unit_aside(gold_lights, 0))
    if not about:  # text about no project: only whether it was refused is scored
        scores = {"refused-or-not": scores["refused-or-not"]}
    return Outcome(
        path.name,
        str(gold.get("set", path.parent.name)),
        str(gold.get("layout", "?")),
        scores,
        refused,
        warnings,
    )


def measure_corpus(which: str, corpus: Path = CORPUS) -> list[Outcome]:
    """Every document of set ``which`` (a folder of the corpus) measured with the full gazetteer."""
    gaz = Gazetteer.default()
    return [measure_document(path, gold, gaz) for path, gold in corpus_documents(which, corpus)]


def seed_outcomes(seeds: Path = SEEDS) -> list[Outcome]:
    """The seeds measured with the full gazetteer, as corpus outcomes (layout "seed/NNN")."""
    paths = sorted(
        p for p in seeds.glob("[0-9][0-9][0-9]_*.txt") if (ANNOTATIONS / f"{p.name[:3]}.json").is_file()
    )
    results = measure(paths, Gazetteer.default())
    return [Outcome(p.name, "seeds", f"seed/{p.name[:3]}", results[p.name[:3]]) for p in paths]


def totals(outcomes: Iterable[Outcome], key: str = "all") -> dict[str, dict[str, Score]]:
    """Scores summed over all outcomes ("all") and per ``key``: "layout" or "document"."""
    out: dict[str, dict[str, Score]] = {"all": {c: Score() for c in CORPUS_CATEGORIES}}
    for o in outcomes:
        groups = ["all"] + ([o.layout] if key == "layout" else [o.name] if key == "document" else [])
        for group in groups:
            bucket = out.setdefault(group, {c: Score() for c in CORPUS_CATEGORIES})
            for category, score in o.scores.items():
                bucket[category].add(score)
    return out


def figures(outcomes: Iterable[Outcome]) -> dict[str, tuple[float | None, float | None]]:
    """(precision, recall) per category over ``outcomes``: what the floor test asserts."""
    return {c: (s.precision, s.recall) for c, s in totals(outcomes)["all"].items()}


def _pct(value: float | None) -> str:
    return "   –  " if value is None else f"{100 * value:5.1f}%"


def render(
    title: str,
    results: dict[str, dict[str, Score]],
    per_seed: bool,
    details: bool,
    categories: tuple[str, ...] = CATEGORIES,
) -> str:
    lines = [
        title,
        f"{'category':26} {'precision':>9} {'recall':>8} {'F1':>8}   correct/extracted  found/annotated",
    ]
    for category in categories:
        s = results["all"][category]
        lines.append(
            f"{category:26} {_pct(s.precision):>9} {_pct(s.recall):>8} {_pct(s.f1):>8}   "
            f"{s.correct:>7}/{s.extracted:<9} {s.found:>6}/{s.annotated}"
        )
        if per_seed:
            for seed in sorted(k for k in results if k != "all"):
                t = results[seed][category]
                if not (t.extracted or t.annotated):
                    continue
                lines.append(
                    f"  {seed[:36]:36} {_pct(t.precision):>9} {_pct(t.recall):>8} {_pct(t.f1):>8}   "
                    f"{t.correct:>7}/{t.extracted:<9} {t.found:>6}/{t.annotated}"
                )
                if details:
                    lines += [f"      missed: {m}" for m in t.missed] + [f"      wrong:  {w}" for w in t.wrong]
    return "\n".join(lines)


def render_corpus(which: str, outcomes: list[Outcome], per_document: bool, details: bool) -> str:
    """A set's figures: all documents, then per layout (or per document), and the refusals."""
    layouts = sorted({o.layout for o in outcomes})
    title = f"Set {which}: {len(outcomes)} documents in {len(layouts)} layouts (full gazetteer)"
    text = render(
        title, totals(outcomes, "document" if per_document else "layout"), True, details, CORPUS_CATEGORIES
    )
    refusals = [f"  {o.name}: {o.refused}" for o in outcomes if o.refused]
    notes = [f"  {o.name}: {w}" for o in outcomes for w in o.warnings] if per_document else []
    return "\n".join(
        [text]
        + (["refused:", *refusals] if refusals else ["refused: none"])
        + (["warnings:", *notes] if notes else [])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed documents (%(default)s)")
    parser.add_argument("--per-seed", action="store_true", help="also a line per seed document")
    parser.add_argument(
        "--details", action="store_true", help="with --per-seed/--per-document: what was missed or wrong"
    )
    parser.add_argument("--only", choices=("full", "unseen"), help="measure with one gazetteer only")
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="SET",
        help="which set: seeds (the default) or a folder of the corpus: tune, test, test2 or test3 (test, test2 "
        "and test3 are held out: measure them only at the end); repeatable",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the corpus sets (%(default)s)")
    parser.add_argument(
        "--per-document", action="store_true", help="corpus sets: a line per document, not per layout"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    sets = args.sets or ["seeds"]
    known = ["seeds", *corpus_sets(args.corpus)]
    unknown = [which for which in sets if which not in known]
    if unknown:
        parser.error(f"unknown set {', '.join(unknown)}: choose from {', '.join(known)}")
    for which in sets:
        if which == "seeds":
            status = _seeds(args)
            if status:
                return status
            continue
        outcomes = [measure_document(path, gold) for path, gold in corpus_documents(which, args.corpus)]
        if not outcomes:
            print(f"no annotated documents in {args.corpus / which}", file=sys.stderr)
            return 2
        print(render_corpus(which, outcomes, args.per_document, args.details))
        print()
    return 0


def _seeds(args: argparse.Namespace) -> int:
    """The seed figures, printed as they always were: with the full and the unseen-county gazetteer."""
    seeds = sorted(
        p for p in args.seeds.glob("[0-9][0-9][0-9]_*.txt") if (ANNOTATIONS / f"{p.name[:3]}.json").is_file()
    )
    if not seeds:
        print(f"no annotated seed documents in {args.seeds}", file=sys.stderr)
        return 2
    runs = []
    if args.only in (None, "full"):
        runs.append(("Full gazetteer (vocabularies as shipped)", Gazetteer.default()))
    if args.only in (None, "unseen"):
        runs.append(
            (
                f"Unseen counties: gazetteer without counties {', '.join(SEED_COUNTIES)}, their municipalities, "
                "regions and regional organisations",
                gazetteer_without(SEED_COUNTIES, extra=SEED_REGIONAL_NAMES),
            )
        )
    print(f"{len(seeds)} seeds: {', '.join(p.name for p in seeds)}\n")
    for title, gazetteer in runs:
        print(
            render(f"{title} — {len(gazetteer)} names", measure(seeds, gazetteer), args.per_seed, args.details)
        )
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
