"""The places a project's name can stand, and what stands beside it there.

A document gives its project's name in one or more places: a line at the top, a name field,
a title of the report's kind, a page's running header, a message's subject, the running
text. Beside the name these places often write what the document is or a short form of the
name: "X – tilanneraportti 1/2025", "X | Väliraportti 2/2024" (a page header), "Aihe: X:
väliraportti 1/2025", "X (PHKK)", "X (RRP, P4, I1)". The first-match readers (``identity.
title_block``, ``projectname``, the generic reader) took such a line for no name at all
because it names the report's kind, or took the name with its aside in brackets, so that
the project was named after its file or under a name the text never uses again; every fact
keyed by the name was filed under it.

- :func:`beside_kind`: the part of a title line or subject that is not the report's kind and
  period is the name, whichever side of a dash, bar or colon it stands (variant generator
  name_place=title-kind-year, page-header, email; tune u355, u356).
- :func:`without_aside`: a whole project's name less the bracketed aside after it: a short
  name, a code, its programme or a description (test12 c01, c05, c06, c13, c14; tune u357).
- :func:`short_name_of`: the short name in those brackets, written in the text as "PEVE-hanke",
  names the same project, not another one (tests/ingest/test_name_sites.py).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.namecuts import kind_line

#: A report's kind: a title line naming it names no project ("Tilanneraportti 2/2024").
KIND_WORDS = (
    r"loppuraportti|tilanneraportti|väliraportti|hankesuunnitelma|lägesrapport|mellanrapport|slutrapport|"
    r"projektplan|final report|status report|progress report|interim report|project plan"
)
#: A report's kind and its number, period or season alone: "tilanneraportti 1/2025", "Slutrapport 2024".
_KIND_PART = re.compile(
    rf"^(?:{KIND_WORDS})(?:\s+(?:\d{{1,2}}/(?:19|20)\d\d|(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?|[QHqh][1-4](?:/\d{{4}})?))*$",
    re.I,
)
#: Between the parts of a title line: a dash, a bar or a colon with spaces after it.
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|:\s+")


def beside_kind(text: str) -> str | None:
    """The one part of a title line that is not the report's kind and period, when the line has such
    a part beside it: "X – tilanneraportti 1/2025", "X | Tilanneraportti 1/2023", "X: tilanneraportti
    1/2023" (a message's subject less its label), "Loppuraportti – X" give X.

    The kind says what the document is; the part beside it is what the document is about, the
    project's name, whichever side it stands. A line of three parts or more is left alone."""
    parts = [p.strip(" .*_#") for p in _TITLE_PARTS.split(text.strip()) if p.strip(" .*_#")]
    if len(parts) != 2:
        return None
    kinds = [bool(_KIND_PART.match(p) or kind_line(p)) for p in parts]
    if kinds.count(True) != 1:
        return None
    name = parts[kinds.index(False)]
    return name if re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


def rename(ctx: Context, root: Project, name: str, span: Span) -> None:
    """``root`` is named ``name``; the paths of its parts follow."""
    old = root.path
    root.name, root.path, root.span = name, (name,), span
    for other in ctx.projects:
        if other is not root and other.path[: len(old)] == old:
            other.path = (name, *other.path[len(old) :])


#: A bracketed aside at the end of a name: "(PHKK)", "(RRP, P4, I1)", "(… RRP-hanke 2023-2025)".
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{1,120})\)\s*$")


def without_aside(name: str) -> str:
    """A whole project's name less the bracketed aside after it: its short name ("Lähellä ja
    digitaalisesti Satakunnassa (LÄDI)"), a code ("(RRP, P4, I1)"), its programme or a description
    ("(Etelä-Savon hyvinvointialueen RRP-hanke 2023-2025)"). None of them is the name: a form's
    field, a title or a page writes them after it, and the text names the project without them.

    A name of one word before the bracket ("Hanke (X)") keeps it: the bracket may then be the name."""
    found = _ASIDE.search(name)
    if found is None:
        return name
    rest = name[: found.start()].rstrip(" ,–—-")
    return rest if len(rest.split()) >= 2 and re.search(r"[A-Za-zÅÄÖåäö]{3}", rest) else name


def short_name_of(name: str, whole: str) -> bool:
    """``name`` ("PEVE -hanke", "LÄDI-hankkeen") is the short name ``whole`` gives in brackets after
    itself ("Perhekeskus verkossa Pirkanmaalla (PEVE)"): the same project, not another one."""
    found = _ASIDE.search(whole)
    short = re.sub(r"\s*-?\s*(?:hanke|hankkee\w*|projekt\w*)$", "", name.strip(), flags=re.I)
    return found is not None and bool(short) and found.group("aside").strip().casefold() == short.casefold()


def settle_asides(ctx: Context) -> None:
    """Each whole project (no part) named with a bracketed aside is named without it (see above)."""
    for project in ctx.projects:
        if project.level != "project" or match_part_line(project.name) is not None:
            continue
        name = without_aside(project.name)
        if name != project.name and not any(p.name == name and p is not project for p in ctx.projects):
            rename(ctx, project, name, project.span)
