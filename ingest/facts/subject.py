"""A document that says it reports on one part: its lights and cost tables are that part's.

A report of one investment or sub-project names the part once, at its head, and never
as a heading over the text: a fact box's row ("Osio | Investointi 1: X", "Raportoitava
osa => Investointi 1: X", "Rapporten gäller: Delprojekt 2: Y"), a title or an e-mail's
subject naming the whole and then the part ("X – Osahanke 1: Y", "Subject: … X /
Osahanke 3: Y"). The walk files what follows under the whole (no part heading began);
at the end the lights and cost tables read after that line move to the part named,
found by its word and number or made. The sums decide where a fact box names both: when
a cost table totals a grant stated for the whole (a box "Projekt | X", "Delprojekt |
Delprojekt 4: Y", "Beviljat 2 640 000" over a table totalling it), the document reports
on the whole and names its part: its lights and tables are the whole's, where a row read
as the part's heading had filed them under the part. A document with headings, lights or
tables of other parts is no report of one part. A single sum keeps the unit the money
rules gave it. A final report whose name field is "X – Investointi 1: Y" is about that
investment already (the whole is not named apart): nothing moves.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine, Project
from hankegraafi.ingest.facts.partscopes import (
    Reference,
    inflected_reference,
    part_pattern,
    said_reference,
    target,
)
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.sumunits import file_sums

#: Where a part's name may begin after a label or the whole's name: a cell's edge, a form's
#: arrow, a label's colon, a dash or slash between names.
_SEPARATOR = re.compile(r"\t|;|\||=>|->|:\s|\s[–—/-]\s")
#: The head of a document: its first non-empty lines, where a title, subject or fact box stands.
_HEAD_LINES = 12


class Subject(NamedTuple):
    """The part a document's head says it reports on, the line saying so and the text before the part."""

    part: Reference
    line: int
    before: str
    #: The part's text when a dash or slash joined it to the name before it ("X – Osahanke 1: Y"), else "".
    joined: str


def named(text: str) -> tuple[Reference, str, str] | None:
    """The one part a head line names after a separator, with the line's text before it and the part's
    text when a dash or slash joined it to a name (not a label's colon, arrow or cell), else None."""
    line = re.sub(r"\*\*|__", "", text).strip()  # "**Rapporten gäller:** Delprojekt 2: Y" in Markdown
    if (
        match_part_line(line.strip("*_# ")) is not None
        or len({m.group("num") for m in part_pattern().finditer(line)}) != 1
    ):
        return None  # a part's own heading, a line naming no part or two
    for sep in _SEPARATOR.finditer(line):
        rest = line[sep.end() :].strip().strip(";|*_ \t")
        found = match_part_line(rest)
        if found is None or found[0] == "work-package":
            continue
        kind, word, number, name = found
        level = "investment" if kind == "investment" else "subproject"
        joined = rest if sep.group().strip() in "–—/-" else ""
        return Reference(level, word, number, name), line[: sep.start()].strip(), joined
    return None


def _head(ctx: Context) -> tuple[list[int], int]:
    """The head's non-empty lines and its last line: a title, subject or fact box, above the first light."""
    first_light = next((e.first for e in ctx.seg.elements if e.type == "light"), None)
    head = [n for n, text in enumerate(ctx.doc.lines, 1) if text.strip()][:_HEAD_LINES]
    if not head:
        return [], 0
    return head, head[-1] if first_light is None else min(head[-1], first_light - 1)


def _head_part(ctx: Context, whole: Project) -> tuple[Project, int] | None:
    """The one part, named without a number, that a row of the head's fact box made ("Osahanke |
    Osahanke: Sujuva vastaanotto"), and its line; None when the document has other parts, or its one
    part was named lower down or with a number (``named`` reads those)."""
    head, last = _head(ctx)
    parts = [p for p in ctx.projects if p is not whole]
    if len(parts) != 1 or not head:
        return None
    part = parts[0]
    own = match_part_line(part.name)
    if part.parent is not whole or (own is not None and own[2]) or not head[0] <= part.span.first <= last:
        return None
    return part, part.span.first


def subject(ctx: Context) -> Subject | None:
    """The one part the document's head names as what it reports on, else None."""
    head, last = _head(ctx)
    if not head:
        return None
    found: list[Subject] = []
    for number in range(1, last + 1):
        here = named(ctx.doc.lines[number - 1])
        if here is not None:
            found.append(Subject(here[0], number, here[1], here[2]))
    if not found:
        return _said_in_text(ctx, [n for n in head if n <= last])
    if len({(s.part.level, s.part.number) for s in found}) != 1:
        return None
    return found[0]


#: Words by which a text says what it is about: concerning (fi, sv, en) or the report's own kind.
_ABOUT = re.compile(
    r"\b(?:koske\w*|käsittel\w*|tilanne\w*|tilantee\w*|katsau\w*|raport\w*|gäller|avser|behandlar"
    r"|läge\w*|lägesrapport\w*|rapport\w*|concern\w*|status|update"
    # or of belonging: what the text tells of belongs to the part ("kuuluu … osahankkeeseen X")
    r"|kuulu\w*|ingår|tillhör|belongs?|part\s+of"
    # or of being included in it ("sisältyy … osahankkeeseen X", "hör till delprojektet Y")
    r"|sisälty\w*|hör\s+till|included\s+in)\b",
    re.IGNORECASE,
)


def _said_in_text(ctx: Context, head: list[int]) -> Subject | None:
    """The one part the head's running text names by its word in any case, its number and its name in
    brackets: "Tämä katsaus koskee osahanketta 2 (Mobiilineuvola)", "alla lyhyesti investoinnin 3
    (Liikkuvat palvelut) tilanne" (an e-mail's or a page's opening); or by its word and its name written
    out, or its own line inside the sentence ("koskee osakokonaisuutta Etäkuntoutus kotiin", "koskee
    osaa Osakokonaisuus 2: X": ``partscopes.said_reference``). A part named without its name in
    brackets is no subject: a title "X, Investointi 1" names the investment the report is about (u13),
    and a minute's "Investointi 2: X hakee 410 000 euroa lisää" a part in passing (u242). None when the
    head names two parts. The line must say what the text is about (a word of concerning or of the
    report's own kind: "koskee", "tilanne", "katsaus", "gäller", "avser"; or of belonging, as a news
    item says it: "Etäkäynnit kuuluvat hankkeen osahankkeeseen X", "sisältyy … osahankkeeseen X",
    "ingår i delprojektet Y", its sentence read whole over the paragraph's lines): a head
    that mentions one part in passing ("Investointi 2 (X) viivästyi kesällä") is about the whole, and moving its
    lights and tables to the part lost them on documents nobody tuned to."""
    said: list[tuple[int, Reference]] = []
    for number in head:
        for line in _said_texts(ctx.doc.lines, number):
            if not _ABOUT.search(line):
                continue
            reference = inflected_reference(line, named=True)
            if reference is None or not reference.name:
                # "koskee osaa Osakokonaisuus 2: X", "osahanketta Y"
                reference = said_reference(line) or reference
            if reference is not None:
                said.append((number, reference))
                break
    if len({(r.level, r.number) for _, r in said}) != 1 or not said[0][1].name:
        return None
    return Subject(said[0][1], said[0][0], "", "")


#: A sentence's end within a line ("… välityksellä. Uusi palvelu …").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _said_texts(lines: list[str], number: int) -> list[str]:
    """The head's line, and when its last sentence runs on to the paragraph's next lines (a text wrapped
    at a fixed width, a PDF's lines), that sentence whole: "Uusi palvelu sisältyy X-hankkeen" /
    "osahankkeeseen Y." says its part only so. The line alone is read first."""
    line = lines[number - 1]
    texts = [line]
    last = _SENTENCE_END.split(line.strip())[-1]
    for following in lines[number : number + 2]:
        if re.search(r"[.!?:]\s*$", last) or not following.strip():
            break
        last = f"{last} {following.strip()}"
        end = re.search(r"[.!?](?=\s|$)", last[len(last) - len(following.strip()) :])
        if end is not None:
            texts.append(last[: len(last) - len(following.strip()) + end.end()])
            break
    return texts


def _numbered(project: Project, named: Reference) -> bool:
    own = match_part_line(project.name)
    return project.level == named.level and named.number in (project.number, own[2] if own else None)


def _other_parts(ctx: Context, named: Reference) -> bool:
    """The document heads or fills in parts besides the one ``named``: a report of several parts."""
    for element in ctx.seg.elements:
        if element.type == "part":
            own = match_part_line(element.text.strip("*_# "))
            if own is not None and own[2] != named.number:
                return True
    return any(
        p.parent is not None
        and not _numbered(p, named)
        and (p.lights or any(len(s.lines) > 1 for s in p.costs))
        for p in ctx.projects
    )


def _whole_grants(whole: Project, before: int) -> set[Decimal]:
    """The sums the head states as the whole's grant, above the lights and tables ("Beviljat 2 640 000"
    in the box): a sentence further down may be the part's share, read as the whole's."""
    return {
        v
        for s in whole.costs
        if s.kind == "granted" and len(s.lines) == 1 and s.span.first < before
        for v in s.lines[0].values.values()
    }


def _totals(lines: list[CostLine]) -> set[Decimal]:
    return {v for line in lines if line.category == "total" for v in line.values.values()}


def _rename_whole(ctx: Context, whole: Project, said: Subject) -> None:
    """A title naming the whole and the part in one line ("X – Osahanke 1: Y") named the whole: X is."""
    name = whole.name.strip()
    if not said.joined or not said.before or not (name.startswith(said.before) and name.endswith(said.joined)):
        return
    old = whole.path
    whole.name = said.before.strip(" –—-/:")
    whole.path = (whole.name,)
    for project in ctx.projects:
        if project is not whole and project.path[: len(old)] == old:
            project.path = (*whole.path, *project.path[len(old) :])


def _turned_whole(ctx: Context) -> None:
    """A title naming a part and a name field naming the whole, the part first: the whole.

    A report of one part may head its page with the part ("# Slutrapport – Delprojekt 2: X",
    "Loppuraportti – Osahanke 1: X") and name the project in a field below ("Projekt: Y", "Hanke: Y").
    The title named the root; the field then began an "investment" of it, as a reporting tool's
    name field under the project's would (``identity._name``): the whole under its own part. The
    unit named by a part's word and number is the part, the one named without is the whole.
    """
    root = ctx.root
    children = [p for p in ctx.projects if p is not root]
    own = match_part_line(root.name) if root is not None else None
    if root is None or root.parent is not None or own is None or own[0] == "work-package" or len(children) != 1:
        return
    whole = children[0]
    if whole.parent is not root or whole.level != "investment" or whole.number or match_part_line(whole.name):
        return
    root.level, root.number, root.parent = (
        ("investment" if own[0] == "investment" else "subproject"),
        own[2],
        whole,
    )
    whole.level, whole.parent, whole.path = "project", None, (whole.name,)
    root.path = (whole.name, root.name)
    ctx.root = whole
    ctx.projects.remove(whole)
    ctx.projects.insert(0, whole)


def file_under_subject(ctx: Context) -> None:
    """The lights and cost tables read after the line naming the document's part go to that part."""
    _turned_whole(ctx)
    whole = ctx.root
    said = subject(ctx)
    if whole is None or said is None or whole.level != "project":
        return  # a final report's "X – Investointi 1: Y" names the investment it is about as its unit
    _rename_whole(ctx, whole, said)
    if _other_parts(ctx, said.part):
        return  # checked before the part is made: no part of a report of several is made here
    part = target(ctx, said.part)
    if part is not None and part is not whole:
        _file(ctx, whole, part, said.line)


def file_under_head_part(ctx: Context) -> None:
    """The lights and cost tables below a head's fact box that names the one part without a number
    ("Osahanke | Osahanke: Sujuva vastaanotto") go to that part: run after the parts' sections are
    closed (``partscopes.refile``), which gives a table after the box's section back to the whole."""
    whole = ctx.root
    if whole is None or whole.level != "project" or subject(ctx) is not None:
        return
    found = _head_part(ctx, whole)
    if found is not None:
        _file(ctx, whole, *found)


def _file(ctx: Context, whole: Project, part: Project, line: int) -> None:
    """The tables and lights after ``line`` go to ``part``, unless a table totals the whole's grant."""
    file_sums(ctx, (part, whole, False))  # "Investoinnille myönnettiin …": the part's grant, not the whole's
    tables = [s for p in (whole, part) for s in p.costs if len(s.lines) > 1 and s.span.first > line]
    lights = [x.span.first for p in (whole, part) for x in p.lights if x.span.first > line]
    grants = _whole_grants(whole, min([s.span.first for s in tables] + lights, default=0))
    if any(grants & _totals(statement.lines) for statement in tables):
        source, owner = part, whole  # a table totalling the whole's grant: the report is the whole's
    else:
        source, owner = whole, part
    for statement in [s for s in source.costs if len(s.lines) > 1 and s.span.first > line]:
        source.costs.remove(statement)
        owner.costs.append(statement)
    for light in [x for x in source.lights if x.span.first > line]:
        source.lights.remove(light)
        owner.lights.append(light)
