"""Precision and recall of ingest's extraction against a hand annotation of the five seeds.

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

    .venv/bin/python scripts/measure_extraction.py [--seeds ../shared/seeds] [--per-seed]
"""

from __future__ import annotations

import argparse
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
from hankegraafi.ingest.readers import read_document
from hankegraafi.ontology.namespaces import VOCAB

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "tests" / "ingest" / "annotations"
SEEDS = REPO.parent / "shared" / "seeds"
CATEGORIES = ("dependency entities", "organisations", "cost cells", "traffic lights", "goals", "goals + status")
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


def annotation_keys(item: str | list[str], gazetteer: Gazetteer) -> set[str]:
    """The keys that count as finding an annotated item.

    A vocabulary concept that ``gazetteer`` does not hold (the unseen-county run) cannot be
    linked; a new node named by one of the concept's labels is then the right answer.
    """
    items = [item] if isinstance(item, str) else item
    keys = {("name:" + norm_name(i[5:])) if i.startswith("name:") else i for i in items}
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
        entries += [p.funder] if p.funder is not None else []
    entries += [d.organisation for d in x.developers]
    return {entity_keys(e) for e in entries if e.type in ORG_TYPES and not (e.linked and e.iri == own)}


def lights(x: Extraction) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    for p in x.projects:
        for light in p.lights:
            value = str(Decimal(light.percent).normalize()) if light.percent is not None else light.value
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
                    out[(*key, seen[key], str(Decimal(value).normalize()))] += 1
    return out


def norm_goal(text: str) -> str:
    text = re.sub(r"^\s*(?:-+>|[-•·*–]+|\d{1,2}[.)]|[a-h]\))\s*", "", text)
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
                out[(*key, seen[key], str(Decimal(value).normalize()))] += 1
    return out


def annotated_lights(data: dict) -> Counter[tuple]:
    out: Counter[tuple] = Counter()
    for project, values in data["traffic_lights"].items():
        for dimension, value in values.items():
            shown = str(Decimal(value).normalize()) if isinstance(value, int | float) else value
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


def _pct(value: float | None) -> str:
    return "   –  " if value is None else f"{100 * value:5.1f}%"


def render(title: str, results: dict[str, dict[str, Score]], per_seed: bool, details: bool) -> str:
    lines = [
        title,
        f"{'category':22} {'precision':>9} {'recall':>8} {'F1':>8}   correct/extracted  found/annotated",
    ]
    for category in CATEGORIES:
        s = results["all"][category]
        lines.append(
            f"{category:22} {_pct(s.precision):>9} {_pct(s.recall):>8} {_pct(s.f1):>8}   "
            f"{s.correct:>7}/{s.extracted:<9} {s.found:>6}/{s.annotated}"
        )
        if per_seed:
            for seed in sorted(k for k in results if k != "all"):
                t = results[seed][category]
                lines.append(
                    f"  {seed:20} {_pct(t.precision):>9} {_pct(t.recall):>8} {_pct(t.f1):>8}   "
                    f"{t.correct:>7}/{t.extracted:<9} {t.found:>6}/{t.annotated}"
                )
                if details:
                    lines += [f"      missed: {m}" for m in t.missed] + [f"      wrong:  {w}" for w in t.wrong]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of the seed documents (%(default)s)")
    parser.add_argument("--per-seed", action="store_true", help="also a line per seed document")
    parser.add_argument("--details", action="store_true", help="with --per-seed: list what was missed or wrong")
    parser.add_argument("--only", choices=("full", "unseen"), help="measure with one gazetteer only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
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
