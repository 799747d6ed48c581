"""What the ingest understood of one document: recognised structure, lines no fact used, guesses.

A publisher who feeds a document in a new layout needs to see what was not
understood, not only what was stored. The report lists the sections and fields
the segmenter recognised, the lines that no fact was read from (neither a fact's
span nor a recognised label), the values of the light scale no light used (a rating in a
form no reader knows: ``ingest/lightsweep.py``), and what was guessed: the layout (a generic
reading), a project named by its file, a county settled by votes, names no
vocabulary knows, and the readers' and extraction's warnings. ``hankegraafi ingest
--explain FILE`` prints it (fi/sv/en); a few figures of it are stored on the
document resource (:func:`coverage_triples`, docs/MODEL.md) for the document's page.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from hankegraafi.ingest import lightsweep
from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.model import Extraction, Span
from hankegraafi.ingest.generic import GENERIC
from hankegraafi.ingest.readers import Document
from hankegraafi.ingest.segment import Segmented, segment
from hankegraafi.ontology import texts
from hankegraafi.ontology.namespaces import HG

#: At most this many unused lines are listed one by one (the count is always whole).
MAX_LISTED = 200


@dataclass
class Recognised:
    """One recognised element: a section heading, a field, a traffic light, a part or a table."""

    type: str  # heading, field, light, part, table
    key: str
    text: str
    first: int
    last: int


@dataclass
class Coverage:
    """The coverage report of one document."""

    file_name: str
    kind: str
    lines: int  # non-empty lines kept (page headers and repeated blocks left out)
    removed: int  # lines dropped as page headers or repeated blocks
    recognised: list[Recognised] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # line numbers some fact was read from
    unused: list[tuple[int, str]] = field(default_factory=list)  # (line, text) no fact used
    guesses: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: (line, text) of each value of the light scale no fact used (``ingest/lightsweep.py``): a rating unread.
    ratings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def share_used(self) -> float:
        return 1 - len(self.unused) / self.lines if self.lines else 0.0


def spans(value: object, seen: set[int] | None = None) -> Iterator[Span]:
    """Every span in an extraction's facts, however deep (a new fact type needs no change here)."""
    seen = set() if seen is None else seen
    if id(value) in seen or isinstance(value, str | int | float | Entry) or value is None:
        return
    seen.add(id(value))
    if isinstance(value, Span):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name != "parent":
                yield from spans(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from spans(item, seen)
    elif isinstance(value, Iterable):
        for item in value:
            yield from spans(item, seen)


def ranges(numbers: Iterable[int]) -> str:
    """'3–5, 9, 12–13' for {3, 4, 5, 9, 12, 13}."""
    out: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}")
        run = [n]
    if run:
        out.append(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}")
    return ", ".join(out)


def coverage(document: Document, x: Extraction, seg: Segmented | None = None) -> Coverage:
    """The coverage of ``x`` over ``document`` (segmented again unless ``seg`` is given)."""
    seg = seg or segment(document.lines)
    removed = set(seg.removed)
    kept = {line.no: line.text for line in seg.lines if line.text.strip() and line.no not in removed}
    report = Coverage(x.file_name or document.file_name, x.kind, len(kept), len(removed))
    structural: set[int] = set()
    for element in seg.elements:
        if element.type in ("heading", "field", "light", "part", "table") and (
            element.key or element.type != "heading"
        ):
            label = element.text.split("\t")[0] if element.type == "field" else element.text
            report.recognised.append(
                Recognised(element.type, element.key, label.split("\n")[0][:80], element.first, element.last)
            )
            # A label line is understood even when its value gave no fact (a "-" value).
            structural.add(element.first)
    used: set[int] = set()
    for span in spans(x):
        if span.first > 0 and span.quote:  # a project named by its file has an empty span
            used.update(range(span.first, max(span.first, span.last) + 1))
    report.used = used & set(kept)
    report.unused = [(no, text) for no, text in sorted(kept.items()) if no not in used and no not in structural]
    report.guesses = guesses(x)
    report.warnings = list(document.warnings) + list(x.warnings)
    report.ratings = [(r.line, r.text) for r in lightsweep.unread(list(document.lines), used, kept)]
    return report


def guesses(x: Extraction) -> list[str]:
    """What the extraction guessed rather than read from a labelled place (English; rendered per language)."""
    out: list[str] = []
    if x.kind == GENERIC:
        out.append("layout")
    if any(p.span.first <= 1 and not p.span.quote for p in x.projects):
        out.append("name-from-file")
    if x.region is not None:
        out.append(f"county:{x.region.label}")
    new = sorted({e.label for p in x.projects for e in _entries(p) if not e.linked and e.type != "project"})
    out += [f"new-name:{name}" for name in new]
    out += list(x.notes)
    return out


def _entries(project: object) -> Iterator[Entry]:
    for pa in getattr(project, "participations", []):
        yield pa.organisation
    for d in getattr(project, "dependencies", []):
        yield d.target
    funder = getattr(project, "funder", None)
    if funder is not None:
        yield funder


# --- rendering ----------------------------------------------------------------------------

#: Texts of the report: ``coverage.<key>`` of the one table (ontology/strings.toml).
_PREFIX = "coverage."


def _t(key: str, lang: str) -> str:
    """The text ``key`` in ``lang``, else in the project's one fallback order (fi → en → sv)."""
    return texts.translate(_PREFIX + key, lang)


def guess_text(guess: str, lang: str) -> str:
    key, _, value = guess.partition(":")
    return _t(key, lang).format(value=value) if _PREFIX + key in texts.STRINGS else guess


def note_text(note: str, lang: str) -> str:
    """A stored note (English, as :func:`coverage_triples` writes it) in ``lang``.

    The page of a document shows its notes in the reader's language; the store keeps
    one English text each (the review queue matches them). A note that is no guess
    (a reader's warning) is shown as stored.
    """
    for full, table in texts.STRINGS.items():
        if not full.startswith(_PREFIX):
            continue
        key, template = full[len(_PREFIX) :], table["en"]
        if "{value}" not in template and key not in ("layout", "name-from-file"):
            continue
        pattern = "^" + re.escape(template).replace(re.escape("{value}"), "(?P<value>.+)") + "$"
        m = re.match(pattern, note, flags=re.S)
        if m:
            return _t(key, lang).format(value=m.groupdict().get("value", ""))
    return note


def render(report: Coverage, lang: str = "fi") -> str:
    """The report as text in ``lang`` (fi, sv or en)."""
    out = [
        f"{_t('title', lang)}: {report.file_name} ({_t('kind', lang)}: {report.kind})",
        _t("lines", lang).format(
            used=report.lines - len(report.unused),
            lines=report.lines,
            share=report.share_used,
            removed=report.removed,
        ),
        "",
        f"{_t('recognised', lang)}:",
    ]
    out += [f"  {r.first:>5}  {_t(r.type, lang):14} {r.key:22} {r.text}" for r in report.recognised] or [
        f"  {_t('none', lang)}"
    ]
    out += ["", f"{_t('unused', lang)} ({len(report.unused)}):"]
    out += [f"  {no:>5}  {text[:110]}" for no, text in report.unused[:MAX_LISTED]] or [f"  {_t('none', lang)}"]
    if len(report.unused) > MAX_LISTED:
        out.append("  " + _t("more", lang).format(n=len(report.unused) - MAX_LISTED))
    if report.ratings:  # a rating the ingest left unread: a light in a form no reader knows
        out += ["", f"{_t('ratings', lang)} ({len(report.ratings)}):"]
        out += [f"  {no:>5}  {text[:110]}" for no, text in report.ratings[:MAX_LISTED]]
    out += ["", f"{_t('guessed', lang)}:"]
    out += [f"  - {guess_text(g, lang)}" for g in report.guesses] or [f"  {_t('none', lang)}"]
    out += ["", f"{_t('warnings', lang)}:"]
    out += [f"  - {w}" for w in report.warnings] or [f"  {_t('none', lang)}"]
    return "\n".join(out)


# --- stored with the document -------------------------------------------------------------


def coverage_triples(report: Coverage, document: URIRef) -> list[tuple[URIRef, URIRef, Literal]]:
    """The report's figures on the document resource, for its page (docs/MODEL.md, "Documents")."""
    triples: list[tuple[URIRef, URIRef, Literal]] = [
        (document, HG.linesUsed, Literal(report.lines - len(report.unused), datatype=XSD.integer)),
        (document, HG.linesUnused, Literal(len(report.unused), datatype=XSD.integer)),
    ]
    if report.unused:
        triples.append((document, HG.unusedLines, Literal(ranges(no for no, _ in report.unused))))
    seen: set[str] = set()
    for r in report.recognised:
        label = f"{r.type}:{r.key}"
        if r.type in ("heading", "field") and label not in seen:
            seen.add(label)
            triples.append((document, HG.recognisedLabel, Literal(label)))
    notes = [guess_text(g, "en") for g in report.guesses] + report.warnings
    if report.ratings:
        notes.append(guess_text(f"unread-ratings:{ranges(no for no, _ in report.ratings)}", "en"))
    triples += [(document, HG.extractionNote, Literal(note[:500])) for note in dict.fromkeys(notes)]
    return triples


__all__ = [
    "Coverage",
    "Recognised",
    "coverage",
    "coverage_triples",
    "guesses",
    "note_text",
    "ranges",
    "render",
    "spans",
]
