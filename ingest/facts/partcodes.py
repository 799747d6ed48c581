"""Parts named in a way the part walk does not follow: by a code in a caption, or listed by name alone.

A caption naming a part by its code: the initials of the part's word and its number ("Kustannukset, TP1 (€)"
over the cost table of "Työpaketti 1: Etäkuntoutus", test46 oq13; "Kostnader DP2" for "Delprojekt 2: …").

A report that lists its parts written out often shortens them in its tables ("TP1 | TP2" over the lights, "TP1"
beside each goal) and in the captions over each part's own cost table. The code names the part when its letters are
the initials of one part's word (``partshort``'s rule, so ward codes "OS1" name no "osahanke") and its number is that
part's; a code no part answers, or two, names none, and the table stays the whole's.

Parts listed one a line with nothing between ("Osahanke 1: Matalan kynnyksen piste" / "Osahanke 2: Nuorten
terapiat" under the title of a deck, test46 oq08) are the project's list of its parts, no sections: the walk
kept the last one current, and the whole's lights and cost tables after the list were filed under it
(:func:`give_back_listed`, from ``partscopes.refile``: the costs go back, except what names the part itself).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.facts.partshort import _initials_of
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.segment import Element

#: A part's code in a caption: two to four capitals and a number ("TP1", "OH 2", "DP3"), no more digits after it.
_CODE = re.compile(r"(?<![\w-])(?P<code>[A-ZÅÄÖ]{2,4})\s?(?P<num>\d{1,2})(?![\w/-]|[.,]\d|\s?\d)")


def coded_part(projects: list[Project], text: str) -> tuple[str, str, str] | None:
    """(level, word, number) of the one part a caption line names by its code, else None."""
    line = text.strip().strip("#*_ ")
    if not line or len(line) > 160 or "\t" in line or "\n" in line:
        return None
    found = list(_CODE.finditer(line))
    if len(found) != 1:
        return None
    code, number = found[0].group("code"), found[0].group("num")
    hits = [
        (p.level, own[1], own[2])
        for p in projects
        if p.level in ("investment", "subproject")
        and p.parent is not None
        and (own := match_part_line(p.name)) is not None
        and own[2] == number
        and _initials_of(code, own[1])
    ]
    return hits[0] if len(set(hits)) == 1 else None


#: The kinds of a cost table's statements (a sentence's sums are granted, applied, returned or estimated).
_TABLE_KINDS = ("cumulative", "annual", "period")


def give_back_listed(ctx: Context, naming: Callable[[list[Element], Project], set[int]]) -> None:
    """The cost statements read after a list of parts (:func:`_listed_runs`) and filed under its last part go back
    to the part's parent, except those of a table that names the part (``naming``: the first lines of the tables
    and light rows that name it, ``partscopes._naming``). Lights stay, a grid's columns say whose each one is; and a
    sum a sentence gives ("Delprojekt 2: X har fått 640 000 euro") stays: only a table's statements go back."""
    for project, first, last, own in _listed_runs(ctx):
        if project.parent is None:
            continue
        kept = own | naming(ctx.seg.elements, project)
        for statement in [
            s
            for s in project.costs
            if s.kind in _TABLE_KINDS and first <= s.span.first <= last and s.span.first not in kept
        ]:
            project.costs.remove(statement)
            project.parent.costs.append(statement)


def _listed_runs(ctx: Context) -> list[tuple[Project, int, int, set[int]]]:
    """(the last part, first line, last line, the lines that stay the part's) of what follows each list of parts: two parts or more of one parent
    made on lines one right after another, not even a blank line between, up to the next line of a part (a part's section named again,
    "### Alaprojekti A: …") or the document's end."""
    elements = ctx.seg.elements
    made = {
        p.span.first: p
        for p in ctx.projects
        if p.parent is not None and p.level in ("investment", "subproject")
    }
    out: list[tuple[Project, int, int, set[int]]] = []
    run: list[Project] = []
    for index, element in enumerate(elements):
        one_line = element.type in ("text", "part") and element.first == element.last
        project = made.get(element.first) if one_line else None
        if project is not None and (
            not run
            or (
                project.parent is run[-1].parent
                and _word(project)
                == _word(run[-1])  # "Investointi 1: X" over "Osakokonaisuus 3: Y": two headings
                and element.first == run[-1].span.first + 1
            )
        ):
            run.append(project)  # the next line of the list, no blank line between
            continue
        if len(run) >= 2 and match_part_line(run[-1].name) is not None:  # a part's word and number to keep by
            resumed = (e.first - 1 for e in elements[index:] if e.type == "part" or match_part_line(e.text))
            last = next(resumed, ctx.result.line_count or 10**9)
            out.append((run[-1], element.first, last, _naming_lines(elements[index:], run[-1], last)))
        run = [project] if project is not None else []
    return out


def _naming_lines(elements: list[Element], project: Project, last: int) -> set[int]:
    """Every line of the tables and light rows up to ``last`` that name ``project`` by its word, the word cut
    short or its code, and its number ("Investointi 4 | Henkilöstökulut | …", "Inv. 4 | 980 | …", "… | TP1 | TP2")
    in a table of every part's rows or columns): theirs stays the part's."""
    own = match_part_line(project.name)
    if own is None:
        return set()
    named = re.compile(rf"\b{re.escape(own[1][:3])}\w*\.?\s*{re.escape(own[2])}\b", re.I)  # "Inv. 4" too

    def names(text: str) -> bool:
        return bool(named.search(text)) or any(
            m.group("num") == own[2] and _initials_of(m.group("code"), own[1]) for m in _CODE.finditer(text)
        )

    return {
        line
        for e in elements
        if e.first <= last and e.type in ("table", "light") and names(e.text)
        for line in range(e.first, e.last + 1)
    }


def _word(project: Project) -> str | None:
    """The part's word as its name prints it ("Investointi", "Osahanke"), or None."""
    own = match_part_line(project.name)
    return own[1].casefold() if own else None
