"""A key that names only the value on plan: "Vain todennäköinen tarkoittaa suunnitelman mukaista etenemistä",
"Endast »håller« betyder att området går enligt projektplanen", 'Only "secured" counts as on plan'. Every
other value the document's lights print is then a deviation, whatever its words.

The class (test30 oc10 oc16; tune u1103 u1104): a report rates by words of its own (todennäköinen / epävarma /
epätodennäköinen, saavutetaan / saavutetaan viiveellä / ei saavuteta) and says once, above or below the grid,
which one alone is the plan's course; the other words are listed nowhere, or in a header no legend reader
takes. The values are read off the rows near the key whose first cell (or label) names a dimension: a value
of three words at most before its comment. A tick grid's key of this form is ``ingest/lightticks.py``'s.

The negative side (tune u1105): a sentence with "vain … tarkoittaa" whose rows beside it are comments, not
a scale's words (the key's own word stands in no row), or more than five different values, gives nothing;
so does a key whose meaning is no rating ("Vain Kotka tarkoittaa kaupunkia").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.lightdims import dimension_of

#: "vain X tarkoittaa …", "endast »X« betyder …", 'only "X" counts as …': the key's one mark and its meaning.
_ONLY = re.compile(
    r"\b(?:vain|ainoastaan|pelkästään|endast|enbart|bara|only)\s+[\"'“”»«]?(?P<mark>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}?)"
    r"[\"'“”»«]?\s+(?:tarkoittaa|merkitsee|lasketaan|betyder|innebär|räknas(?: som)?|means?|counts as|stands? for)"
    r"\b,?\s*(?:että|att|that)?\s*(?P<meaning>[^.;]{3,80})",
    re.I,
)
#: "… ei huolta / pientä huolta / iso huoli; "ei huolta" tarkoittaa, että …": a grade of a scale the line lists
#: with slashes, explained alone without "vain" (test46 oq11): the grade (quoted or not) and its meaning.
_GRADE = re.compile(
    r"(?:^|[\s(;:,])[\"'“”»«]?(?P<mark>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}?)[\"'“”»«]?\s+"
    r"(?:tarkoittaa|merkitsee|betyder|innebär|means?|stands? for)\b,?\s*(?:että|att|that)?\s*(?P<meaning>[^.;]{3,80})",
    re.I,
)
#: The verbs of a key, casefolded: a line with none of them is no key (a quick test before the pattern).
_VERBS = ("tarkoitt", "merkits", "lasketaan", "betyder", "innebär", "räknas", "mean", "counts as", "stand")
#: Rows this far above or below the key are the grid it explains.
_REACH = 15
#: A scale of a key's own has five grades at most.
_MOST = 5
#: What ends a value and begins its comment: a bracket, a comma, a dash between spaces.
_COMMENT = re.compile(r"\s[–—-]\s|[(,;:]")
#: What parts a row's cells: a tab, a semicolon of a CSV, a bar, a colon after the label.
_CELLS = re.compile(r"\t|;|\s*\|\s*|:\s")


def only_legend(lines: list[str], value_of: Callable[[str], str | None]) -> dict[str, str]:
    """Mark → light value of the document's first key that names only the value on plan (``value_of``:
    ``lightvalues.value_of`` reads its meaning): the key's mark on plan, each other value of the rows near it
    a deviation. Nothing when the mark stands in none of those rows."""
    for at, line in enumerate(lines):
        folded = line.casefold()
        if not any(verb in folded for verb in _VERBS):
            continue
        m = _ONLY.search(line)
        near = "\n".join(lines[max(at - 1, 0) : at] + lines[at + 1 : at + 2])  # the scale above or below
        found = (m["mark"], m["meaning"]) if m is not None else _listed_grade(line, near)
        if found is None or value_of(found[1]) != "on-plan":
            continue
        mark = found[0].casefold()
        values = _rated(lines[max(at - _REACH, 0) : at + _REACH + 1])
        if mark in values and len(values) <= _MOST:
            return {value: "on-plan" if value == mark else "deviation" for value in values}
    return {}


def _listed_grade(line: str, near: str) -> tuple[str, str] | None:
    """(grade, meaning) of the key of a grade that a scale lists with slashes or commas, on the key's line or the
    line above or below it (``near``): "asteikkona ei huolta / pientä huolta / iso huoli; "ei huolta" tarkoittaa
    …", "Asteikko: ei huolta, pientä huolta, iso huoli" over ""Ei huolta" tarkoittaa …". A scale's one grade
    explained is its only grade on plan, as "vain" says."""
    scale = f"{near}\n{line}"
    if "/" not in scale and "," not in scale:
        return None
    for m in _GRADE.finditer(line):
        words = m["mark"].split()
        for n in range(len(words)):  # the words nearest the verb: "asteikkona ei huolta" → "ei huolta"
            grade = re.escape(" ".join(words[n:]))
            if re.search(rf"(?<!\w){grade}\s*[/,]\s*[^\W\d_]|[^\W\d_]\s*[/,]\s*{grade}(?!\w)", scale, re.I):
                return " ".join(words[n:]), m["meaning"]
    return None


def _rated(lines: list[str]) -> set[str]:
    """The values of the rows of ``lines`` whose first cell names a dimension: three words at most, no digit."""
    out: set[str] = set()
    for line in lines:
        cells = [c.strip(" *_") for c in _CELLS.split(line.strip(" |")) if c.strip(" *_")]
        if len(cells) < 2 or dimension_of(re.sub(r"^[-*•]\s+", "", cells[0])) is None:
            continue
        value = _COMMENT.split(cells[1], maxsplit=1)[0].strip(" .*_\"'»«“”").casefold()
        if value and len(value.split()) <= 3 and not any(ch.isdigit() for ch in value):
            out.add(value)
    return out


__all__ = ["only_legend"]
