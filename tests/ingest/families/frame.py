"""The shared frame of the family generators: documents, markup, vocabulary labels, scoring, the runner.

A family generator (``tests/ingest/families/<family>.py``) writes small invented documents of one family with
their expected facts known by construction, each with the value it took on every axis an author varies
independently (``Doc.axes``: the name's position, the table's markup, the language …). This module does the rest:

- :class:`Doc` and :func:`gold`: a document's bytes, its file name, its gold (the corpus gold schema of
  tests/ingest/corpus/README.md, so that scoring is the corpus's own) and its axes.
- :func:`render` (markup.py): a document as blocks (title, headings, paragraphs, fields, lists, tables) written in a file
  format (md, txt, html, csv/tsv, eml, docx) with its tables in a markup (:data:`TABLE_MARKUPS`).
- :func:`labels`: every label of a vocabulary scheme (prefLabel, altLabel, optionally hiddenLabel; fi, sv,
  en), so that a line added to ontology/vocab/*.ttl later is generated too.
- :func:`measure`: a document scored by scripts/measure_extraction.py's own ``measure_document`` (the fact model
  of the corpus figures), and :class:`Tally`: precision and recall per category, per axis value.
- :func:`main`: the runner every family shares (``python -m tests.ingest.families.<family> --n 300``; through a
  worktree: ``wtrun.py WT tests/ingest/families/run.py <family> --n 300``). It prints, per category, the figure
  of every axis value: the values that fail are the family's classes.

A generator is a function ``(rng, index) -> Doc``; each document gets its own ``random.Random`` seeded from
(seed, index), so document 17 is the same whatever ``--n`` is, and ``--show 17`` prints it. Everything written
is invented: no corpus or seed text.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import random
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.ingest.families.markup import FIELD_STYLES, FORMATS, TABLE_MARKUPS, Block, render, table_text

#: Generators use ``frame.render``, ``frame.TABLE_MARKUPS`` … (markup.py's names, re-exported) with the frame's own.
__all__ = [
    "FIELD_STYLES",
    "FORMATS",
    "REPO",
    "TABLE_MARKUPS",
    "Block",
    "Doc",
    "Generator",
    "Tally",
    "VocabLabel",
    "concept_types",
    "floors_literal",
    "gold",
    "labels",
    "main",
    "make",
    "measure",
    "measure_module",
    "pick",
    "project",
    "render",
    "report",
    "run",
    "shortfalls",
    "table_text",
]

REPO = Path(__file__).resolve().parents[3]


# --- measure_extraction ---------------------------------------------------------------------


@functools.cache
def measure_module() -> ModuleType:
    """scripts/measure_extraction.py, loaded once (the same module object scripts/metamorph.py uses)."""
    if "measure_extraction" in sys.modules:
        return sys.modules["measure_extraction"]
    spec = importlib.util.spec_from_file_location(
        "measure_extraction", REPO / "scripts" / "measure_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["measure_extraction"] = module
    spec.loader.exec_module(module)
    return module


# --- vocabulary -------------------------------------------------------------------------------


@dataclass(frozen=True)
class VocabLabel:
    """One label of a vocabulary concept: the concept's key, the text and its language."""

    key: str
    text: str
    lang: str
    kind: str  # "pref", "alt" or "hidden"


def labels(
    scheme: str, *, langs: Sequence[str] = ("fi", "sv", "en"), hidden: bool = False, keys: Iterable[str] = ()
) -> list[VocabLabel]:
    """Every label of ``scheme``'s concepts (only those of ``keys`` if given), in written order."""
    from hankegraafi.ontology import registry

    wanted = set(keys)
    out: list[VocabLabel] = []
    for concept in registry.scheme(scheme):
        if wanted and concept.key not in wanted:
            continue
        for lang in langs:
            seen: set[str] = set()
            kinds = [
                ("pref", [concept.pref[lang]] if lang in concept.pref else []),
                ("alt", concept.alt.get(lang, ())),
            ]
            if hidden:
                kinds.append(("hidden", concept.hidden.get(lang, ())))
            for kind, texts in kinds:
                for text in texts:
                    if text not in seen:
                        seen.add(text)
                        out.append(VocabLabel(concept.key, text, lang, kind))
    return out


def concept_types(scheme: str) -> dict[str, set[str]]:
    """Key → the rdf:types' local names of each concept of ``scheme`` (NationalActor, Municipality …)."""
    from rdflib import RDF

    from hankegraafi.ontology import loader, registry

    g = loader.vocabulary_graph()
    return {
        c.key: {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in g.objects(c.iri, RDF.type)}
        for c in registry.scheme(scheme)
    }


# --- documents --------------------------------------------------------------------------------


@dataclass
class Doc:
    """One generated document: its file name, content, gold and the value of each axis."""

    name: str
    content: bytes
    gold: dict[str, Any]
    axes: dict[str, str]

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


def gold(name: str, layout: str, **facts: Any) -> dict[str, Any]:
    """A gold of the corpus schema with every category empty unless given (``projects``, ``organisations`` …)."""
    out: dict[str, Any] = {
        "document": name,
        "set": "families",
        "layout": layout,
        "kind": "status-report",
        "about_project": True,
        "projects": [],
        "county": None,
        "municipalities": [],
        "funder": None,
        "dependency_entities": [],
        "organisations": [],
        "traffic_lights": {},
        "cost_cells": [],
        "goals": [],
        "money": [],
    }
    out.update(facts)
    return out


def project(name: str, aliases: Iterable[str] = (), **rest: Any) -> dict[str, Any]:
    """A gold project: the name and its other acceptable forms; level ``project`` unless given."""
    return {"name": name, "aliases": list(aliases), "county": None, "level": "project", "part_of": None} | rest


def pick(rng: random.Random, values: Sequence[Any]) -> Any:
    """One of ``values`` (a thin name for ``rng.choice``, so generators read alike)."""
    return rng.choice(list(values))


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Tally:
    """Scores of the chosen categories over all documents, per axis value, with a few examples of faults."""

    categories: tuple[str, ...]
    total: dict[str, Any] = field(default_factory=dict)
    by_value: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    docs: dict[tuple[str, str], int] = field(default_factory=dict)
    faults: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    refused: dict[tuple[str, str], int] = field(default_factory=dict)
    refused_total: int = 0
    n: int = 0

    def add(self, index: int, doc: Doc, outcome: Any, keep: int = 3) -> None:
        """Document ``index``'s outcome (measure_extraction.Outcome) counted under each of its axis values."""
        score_cls = measure_module().Score
        scores = outcome.scores
        self.n += 1
        for category in self.categories:
            s = scores.get(category) or score_cls()
            self.total.setdefault(category, score_cls()).add(s)
            for axis, value in doc.axes.items():
                self.by_value.setdefault((axis, value), {}).setdefault(category, score_cls()).add(s)
                if s.missed or s.wrong:
                    shown = self.faults.setdefault((category, axis, value), [])
                    if len(shown) < keep:
                        shown.append(f"#{index} missed {s.missed[:2]} wrong {s.wrong[:2]}")
        about = doc.gold.get("about_project", True)
        self.refused_total += bool(outcome.refused and about)
        for axis, value in doc.axes.items():
            self.docs[(axis, value)] = self.docs.get((axis, value), 0) + 1
            if outcome.refused and about:
                self.refused[(axis, value)] = self.refused.get((axis, value), 0) + 1

    def figure(
        self, category: str, axis: str | None = None, value: str | None = None
    ) -> tuple[float | None, float | None]:
        """(precision, recall) of ``category`` over all documents or those with ``axis`` = ``value``."""
        s = (
            self.total.get(category)
            if axis is None
            else self.by_value.get((axis, str(value)), {}).get(category)
        )
        return (s.precision, s.recall) if s is not None else (None, None)

    def as_dict(self) -> dict[str, Any]:
        """Every figure as plain data (``--json``): category → axis → value → counts."""
        out: dict[str, Any] = {"n": self.n, "categories": {}}
        for category in self.categories:
            t = self.total[category]
            entry: dict[str, Any] = {"all": _counts(t, self.n)}
            for (axis, value), scores in sorted(self.by_value.items()):
                entry.setdefault(axis, {})[value] = _counts(scores[category], self.docs[(axis, value)])
            out["categories"][category] = entry
        return out


def _counts(s: Any, n: int) -> dict[str, Any]:
    return {
        "n": n,
        "precision": s.precision,
        "recall": s.recall,
        "correct": s.correct,
        "extracted": s.extracted,
        "found": s.found,
        "annotated": s.annotated,
    }


def measure(doc: Doc, folder: Path) -> Any:
    """``doc`` scored as a corpus document: measure_extraction.measure_document's Outcome (``.scores``:
    category → Score; ``.refused``: why the document was refused, or None)."""
    path = folder / doc.name
    path.write_bytes(doc.content)
    try:
        return measure_module().measure_document(path, doc.gold)
    finally:
        path.unlink()


Generator = Callable[[random.Random, int], Doc]


def make(generate: Generator, index: int, seed: int = 0) -> Doc:
    """Document ``index`` of the run seeded ``seed`` (its own Random: independent of how many are made)."""
    return generate(random.Random(f"{seed}:{index}"), index)


def run(
    generate: Generator,
    n: int,
    categories: Sequence[str],
    seed: int = 0,
    start: int = 0,
) -> Tally:
    """Documents ``start`` … ``start + n - 1`` made and scored."""
    tally = Tally(tuple(categories))
    with tempfile.TemporaryDirectory(prefix="family.") as tmp:
        for index in range(start, start + n):
            doc = make(generate, index, seed)
            tally.add(index, doc, measure(doc, Path(tmp)))
    return tally


def shortfalls(tally: Tally, floors: dict[tuple[str, str, str], tuple[float, float]]) -> list[str]:
    """Each (category, axis, value) whose precision or recall is under its floor (None figures are no fault).

    ``axis`` "all" checks the category's total. For a test: ``assert not shortfalls(tally, FLOORS)``."""
    out = []
    for (category, axis, value), (p_floor, r_floor) in floors.items():
        p, r = tally.figure(category) if axis == "all" else tally.figure(category, axis, value)
        if (p is not None and p < p_floor) or (r is not None and r < r_floor):
            shown = "/".join("–" if x is None else f"{100 * x:.1f}" for x in (p, r))
            out.append(f"{category} {axis}={value}: {shown} under {100 * p_floor:.1f}/{100 * r_floor:.1f}")
    return out


def floors_literal(
    tally: Tally, axes: Sequence[str] | Mapping[str, Sequence[str]] = (), margin: float = 0.05
) -> str:
    """A test's FLOORS as Python source: each category's total and its figure for every value of ``axes`` (all if
    none; a mapping gives each category its own axes), less ``margin`` (rounded down to 0.01), for ``shortfalls``.
    A figure of None (nothing extracted or annotated) is 0."""

    def low(x: float | None) -> float:
        return max(0.0, int((x or 0.0) * 100 - margin * 100) / 100) if x is not None else 0.0

    lines = ["FLOORS = {"]
    for category in tally.categories:
        p, r = tally.figure(category)
        lines.append(f"    ({category!r}, 'all', ''): ({low(p)}, {low(r)}),")
        wanted = axes.get(category, ()) if isinstance(axes, Mapping) else axes
        for (axis, value), scores in sorted(tally.by_value.items()):
            if (wanted or isinstance(axes, Mapping)) and axis not in wanted:
                continue
            s = scores[category]
            if s.extracted or s.annotated:
                lines.append(f"    ({category!r}, {axis!r}, {value!r}): ({low(s.precision)}, {low(s.recall)}),")
    return "\n".join([*lines, "}"])


# --- the runner -------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "    – " if x is None else f"{100 * x:5.1f}%"


def report(tally: Tally, details: bool = False, mark: float = 0.9) -> str:
    """Per category: the total, then per axis each value's precision and recall ('!' under ``mark``)."""
    refused = f", {tally.refused_total} about a project refused" if tally.refused_total else ""
    lines: list[str] = [f"{tally.n} documents{refused}"]
    axes = sorted({axis for axis, _ in tally.by_value})
    for category in tally.categories:
        t = tally.total[category]
        lines.append(
            f"\n{category}: precision {_pct(t.precision)} ({t.correct}/{t.extracted})  "
            f"recall {_pct(t.recall)} ({t.found}/{t.annotated})"
        )
        for axis in axes:
            lines.append(f"  {axis}")
            for (a, value), scores in sorted(tally.by_value.items()):
                if a != axis:
                    continue
                s = scores[category]
                low = any(x is not None and x < mark for x in (s.precision, s.recall))
                lines.append(
                    f"   {'!' if low else ' '} {value[:34]:34} n={tally.docs[(a, value)]:<4} "
                    f"P {_pct(s.precision)} {s.correct:>4}/{s.extracted:<4}  R {_pct(s.recall)} {s.found:>4}/{s.annotated:<4}"
                    + (f"  refused {tally.refused[(a, value)]}" if tally.refused.get((a, value)) else "")
                )
                if details and low:
                    lines += [f"        {f}" for f in tally.faults.get((category, a, value), [])]
    return "\n".join(lines)


def main(
    generate: Generator, categories: Sequence[str], argv: Sequence[str] | None = None, doc: str = ""
) -> int:
    """The family's command line: ``--n``, ``--seed``, ``--details``, ``--json FILE``, ``--show I``, ``--dump DIR``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0] if doc else None)
    parser.add_argument("--n", type=int, default=300, help="how many documents (%(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="the run's seed (%(default)s)")
    parser.add_argument("--start", type=int, default=0, help="the first document's index (%(default)s)")
    parser.add_argument(
        "--details", action="store_true", help="examples of what was missed or wrong per failing value"
    )
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument(
        "--floors", nargs="*", metavar="AXIS", help="print a test's FLOORS for these axes (all if none)"
    )
    parser.add_argument(
        "--show", type=int, action="append", help="print document I, its axes and gold; no scoring"
    )
    parser.add_argument(
        "--dump", type=Path, help="write the documents and their golds to this folder; no scoring"
    )
    parser.add_argument(
        "--category", action="append", help=f"categories to score (default: {', '.join(categories)})"
    )
    args = parser.parse_args(argv)
    if args.show:
        for index in args.show:
            d = make(generate, index, args.seed)
            print(f"== #{index} {d.name} {json.dumps(d.axes, ensure_ascii=False)}")
            print(d.text if not d.name.endswith(".docx") else f"({len(d.content)} bytes of DOCX)")
            print(
                json.dumps(
                    {k: v for k, v in d.gold.items() if v not in ([], {}, None)}, ensure_ascii=False, indent=1
                )
            )
        return 0
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for index in range(args.start, args.start + args.n):
            d = make(generate, index, args.seed)
            name = f"{index:04d}_{d.name}"
            (args.dump / name).write_bytes(d.content)
            (args.dump / f"{name}.gold.json").write_text(
                json.dumps({**d.gold, "document": name, "axes": d.axes}, ensure_ascii=False, indent=1),
                encoding="utf-8",
            )
        print(f"{args.n} documents in {args.dump}")
        return 0
    import logging

    logging.basicConfig(level=logging.ERROR)
    tally = run(generate, args.n, args.category or categories, args.seed, args.start)
    if args.floors is not None:
        print(floors_literal(tally, args.floors))
        return 0
    print(report(tally, args.details))
    if args.json:
        args.json.write_text(json.dumps(tally.as_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
