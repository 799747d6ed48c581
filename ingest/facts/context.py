"""What the fact families share while one document is read, and the form a family takes.

:class:`Context` holds the current project with its parents (project → investment →
sub-project), the current section, the county votes and the document's names. A
:class:`Family` is a set of hooks the extractor calls as it walks the segmented
document; ``facts.FAMILIES`` lists them in the order they run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from hankegraafi.ingest.entities import Entry, Gazetteer
from hankegraafi.ingest.facts.model import Extraction, Project, Span
from hankegraafi.ingest.facts.names import Names
from hankegraafi.ingest.facts.partwords import field_part, match_part_line, own_word_label, without_marks
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.namecuts import unquoted
from hankegraafi.ingest.readers import Document
from hankegraafi.ingest.segment import Element, Segmented

#: A part's line with its word and number ("Osio 2: X", a word the document counts its parts in).
_NUMBERED_LABEL = re.compile(r"^\w[\w-]*\s+(?:\d{1,2}|[A-H]):\s+\S")
#: A part's line in an abbreviation of its word and its number: "TP1 X", "OK 2: Y", "WP3 – Z".
_SHORT_LABEL = re.compile(r"^[A-ZÅÄÖ]{1,4}\s?(?:\d{1,2}|[A-H])\b\.?(?:\s*[:.–—-]\s*|\s+)[A-ZÅÄÖ]")

T = TypeVar("T")


class Context:
    """The state of one extraction: where in the document's project hierarchy the text is."""

    def __init__(self, seg: Segmented, gaz: Gazetteer, document: Document) -> None:
        self.seg = seg
        self.gaz = gaz
        self.doc = document
        self.projects: list[Project] = []
        self.root: Project | None = None
        self.investment: Project | None = None
        self.sub: Project | None = None
        self.area: Project | None = None  # the current "Osa-alue", which holds "Aliprojekti" parts
        self.sub_headings = 0
        self.own_units: list[Project] = []  # parts that report on their own (see ``unit``)
        self.own_lines: set[int] = set()  # lines heading such a part's block ("A X" a head field declared)
        self.section = ""
        self.fallback: Project | None = None  # the project named by file when no name is found
        self.pending_programme: Entry | None = None  # a programme named above the project's name
        #: A page of several projects: the first line of each one's block → the project (facts/blocks.py).
        self.blocks: dict[int, Project] = {}
        self.result = Extraction(
            kind=seg.kind or "",
            title=None,
            projects=self.projects,
            line_count=len(document.lines),
            file_name=document.file_name,
        )
        self.region_votes: dict[str, float] = {}
        self.names = Names(gaz, document.lines)
        #: Each part name read as a part line once (``same_part`` asks of every earlier part at each new one).
        self._part_lines: dict[str, tuple[str, str, str, str] | None] = {}
        #: The walk has begun (``extract._Walk``): the elements no longer change, and :meth:`once` remembers.
        self.walking = False
        self._once: dict[Callable[[Context], Any], Any] = {}

    def once(self, read: Callable[[Context], T]) -> T:
        """``read(self)``, a fact of the whole document (its elements, its lines) that a per-chunk or per-sentence
        hook asks: read once per walk, not once per chunk (a sheet of 1 920 sections had read its 1 920 elements
        for each of them: quadratic, stop 54's CI). Before the walk the ``begin`` hooks may still change the
        elements, and it is read every time. ``read`` is a module's function (its identity is the key)."""
        if not self.walking:
            return read(self)
        if read not in self._once:
            self._once[read] = read(self)
        return self._once[read]

    @property
    def current(self) -> Project:
        project = self.sub or self.investment or self.root
        if project is None:
            project = self.new_project("project", self.doc.file_name.rsplit(".", 1)[0], Span(1, 1, ""))
            self.root = self.fallback = project
        return project

    @property
    def unit(self) -> Project:
        """The reporting unit (investment, else the whole project) that owns lights and costs.

        A part directly under the whole project ("Kehittämiskokonaisuus 1", "Delområde 2") reports
        on its own: its lights, cost tables and sums are its own, not the project's.
        """
        if self.sub is not None and self.investment is None and any(self.sub is p for p in self.own_units):
            return self.sub
        return self.investment or self.root or self.current

    def new_project(
        self, level: str, name: str, span: Span, parent: Project | None = None, number: str | None = None
    ) -> Project:
        name = own_word_label(name) if level != "project" else unquoted(name)
        path = (*(parent.path if parent else ()), name)
        if level == "investment" and re.search(r"\bPilari\s+\d+,\s*Investointi\b", name):
            path = (name,)  # "Satakunnan Pilari 4, Investointi 1" names itself
        for existing in self.projects:
            if existing.path == path:
                return existing
        project = Project(name=name, level=level, path=path, span=span, parent=parent, number=number)
        self.projects.append(project)
        return project

    def start_investment(self, name: str, number: str, span: Span, withdrawn: bool) -> None:
        label = name = without_marks(name)  # "Investering 3: X ●", a rating glued to the row's label: X
        if number and not re.search(r"Investointi|Investering|Investment", name) and not match_part_line(name):
            # An unnumbered part keeps its own name: "Investointi : X" would name nothing.
            label = f"Investointi {number}: {name}" if name else f"Investointi {number}"
        if self.investment is not None and number and same_investment(self.investment, number):
            self.same_part(label, self.root)  # a part given by number alone takes the name when it comes
            return  # "Investointi 4.1." inside Investointi 1 describes the same investment
        self.area = None
        same = self.same_part(label, self.root)
        if same is not None:
            self.investment, self.sub = same, None
            return
        self.investment = self.new_project("investment", label, span, self.root, number)
        self.investment.withdrawn = withdrawn
        if withdrawn:
            self.investment.status = "withdrawn"
        pillar = re.search(r"Pilari\s+(\d+),\s*Investointi\s+(\d+)", label)
        if pillar:
            self.investment.investment_line = f"{pillar.group(1)}-{pillar.group(2)}"
            self.investment.number = pillar.group(2)
        elif number and "." in number:
            self.investment.investment_line = number.replace(".", "-")
        self.sub = None

    def start_sub(self, name: str, span: Span, withdrawn: bool) -> None:
        name = without_marks(name)  # "Delprojekt 1: X ●", a rating glued to the row's label: X
        parent = self.investment or self.root or self.current
        # "Aliprojekti X" inside "Osa-alue 1: Y" is a part of that area, not of the whole.
        nested = span.quote.startswith("Aliprojekti")
        if nested and self.area is not None:
            parent = self.area
        same = self.same_part(name, parent)
        self.sub = same or self.new_project("subproject", name, span, parent)
        own = (
            parent is self.root
            and self.investment is None
            and (
                match_part_line(span.quote.split(". ")[0]) is not None
                or span.first in self.own_lines
                or field_part(span.quote)
                or _NUMBERED_LABEL.match(span.quote.strip("*_# ")) is not None
                # "TP1 X" under "TP = työpaketti": the line's word written out in its name (facts/partshort.py)
                or (
                    _SHORT_LABEL.match(span.quote.strip("*_# ")) is not None
                    and match_part_line(name) is not None
                )
            )
        )
        if own and not any(self.sub is p for p in self.own_units):
            # A numbered part of the whole, not a part of an investment; or the part a head field names
            # ("Osahanke: X"), which the report is about; also one the document listed before its section
            # ("Work stream 1: X" in a table of the parts, then "Work stream 1 – situation on 30 June").
            self.own_units.append(self.sub)
        if same is not None:
            self.area = None
            self.sub_headings = 0
            return
        if span.quote.startswith("Osa-alue"):
            self.area = self.sub
        elif not nested:
            self.area = None
        self.sub.withdrawn = withdrawn or self.sub.withdrawn
        self.sub_headings = 0

    def same_part(self, label: str, parent: Project | None) -> Project | None:
        """The part of ``parent`` that ``label`` names again by its word and number alone.

        A report names its parts once ("Investointi 2: Hoitoketjut" over its goals) and then
        refers to them by number ("Investointi 2" over the cost table): the same part, not a
        second one. A part first given by number alone takes the name when it comes.
        """
        found = match_part_line(label)
        if found is None:
            return None
        kind, word, number, name = found
        for project in self.projects:
            if project.parent is not parent or project.level not in ("investment", "subproject"):
                continue
            if project.name not in self._part_lines:
                self._part_lines[project.name] = match_part_line(project.name)
            own = self._part_lines[project.name]
            if own is None or own[2] != number or own[0] != kind:
                continue
            if bool(own[3]) == bool(name) and not (own[3] and _caption_of_part(name)):
                continue
            if kind != "investment" and own[1].casefold() != word.casefold():
                continue  # "Osakokonaisuus 2" is not "Delprojekt 2"
            if name and not own[3]:
                self.rename_part(project, label)
            return project
        return None

    def rename_part(self, project: Project, label: str) -> None:
        """``project`` (a part) is named ``label``; the paths of its own parts follow."""
        old = project.path
        project.name, project.path = label, (*old[:-1], label)
        for other in self.projects:
            if other is not project and other.path[: len(old)] == old:
                other.path = (*project.path, *other.path[len(old) :])

    def vote_region(self, text: str, weight: float) -> None:
        for mention in self.names.known(text):
            entry = mention.entry
            county = entry.iri if entry.type == "county" else (entry.county if entry.type == "region" else None)
            if county is not None:
                self.region_votes[str(county)] = self.region_votes.get(str(county), 0) + weight
                self.names.entries.setdefault(f"county:{county}", self.gaz.by_iri.get(str(county)) or entry)

    def settle_region(self) -> None:
        """The document's county: the one with most votes; every project lies in it."""
        if self.region_votes:
            best = max(self.region_votes.items(), key=lambda kv: kv[1])[0]
            self.result.region = self.gaz.by_iri.get(best) or self.names.entries.get(f"county:{best}")
        else:
            self.result.warnings.append(f"{self.doc.file_name}: no wellbeing services county recognised")
        for project in self.projects:
            project.region = self.result.region

    def is_own_county(self, entry: Entry) -> bool:
        """``entry`` is the county with most votes so far."""
        votes = sorted(self.region_votes.items(), key=lambda kv: -kv[1])
        return bool(votes) and votes[0][0] == str(entry.iri)

    def line_texts(self, first: int, last: int) -> list[str]:
        """The texts of the document's lines ``first`` to ``last``, found by position.

        The segmenter keeps every line (number n at index n-1); picking a chunk's lines by
        testing every line of the document took time by lines times chunks (a 600 kB text of
        one sentence a line: 4 s in organisations alone)."""
        lines = self.seg.lines
        start = max(first, 1) - 1
        picked = lines[start : max(last, 0)]
        if all(line.no == start + i + 1 for i, line in enumerate(picked)):
            return [line.text for line in picked]
        return [line.text for line in lines if first <= line.no <= last]  # numbered otherwise


def same_investment(investment: Project, number: str) -> bool:
    """'4.1' or '1' names the investment numbered 1 (of pillar 4)."""
    own = investment.number or ""
    if not own:
        m = re.search(r"Investointi\s+(\d+)", investment.name)
        own = m.group(1) if m else ""
    return number == own or number.endswith("." + own) or own.endswith("." + number)


FieldHook = Callable[[Context, Element, str, Span], None]
"""Reads one field: the context, the field element, its stripped value and its span."""


@dataclass(frozen=True)
class Family:
    """One family of facts: the hooks through which the extractor hands it the document.

    ``begin`` sees the elements before the walk; ``fields`` maps field keys to readers;
    ``light`` and ``table`` see those elements (``table`` returns whether it took the
    table); ``chunks`` sees a section's paragraphs and list items at once, ``sentence``
    each sentence of them after every family's ``chunks``; ``finish`` runs at the end.
    """

    name: str
    begin: Callable[[Context, list[Element]], None] | None = None
    fields: Mapping[str, FieldHook] = field(default_factory=dict)
    light: Callable[[Context, Element], None] | None = None
    table: Callable[[Context, Element], bool] | None = None
    chunks: Callable[[Context, list[Chunk], Project], None] | None = None
    sentence: Callable[[Context, str, Chunk, Project], None] | None = None
    finish: Callable[[Context], None] | None = None


def _caption_of_part(name: str) -> bool:
    """What a part's line says after its word and number when it heads a section of the part, not its name:
    lower case ("Investointi 1: kustannusarvio vuosittain (t€)", "Delprojekt 2 – mål och mätare"). A part's
    name is capitalised ("Investointi 1: Digitaalinen palvelutarpeen arvio")."""
    return bool(name) and name[:1].islower()
