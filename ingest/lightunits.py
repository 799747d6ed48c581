"""The name the document gives a part that a light matrix names by its word and number alone.

The class: a matrix whose rows or columns name parts bare ("Investointi 1 | Investointi 2 | Investointi 4"
over "Aikataulu | matala | kohtalainen | korkea") in a document that names each part once with its name,
in a sentence or a list ("Hanke toteutetaan kolmessa investoinnissa: Investointi 1 Hoitoonpääsyn
nopeuttaminen, Investointi 2 Ennaltaehkäisevät palvelut ja Investointi 4 Digitaaliset ratkaisut"). The unit
the lights are filed under is "Investointi 1: Hoitoonpääsyn nopeuttaminen", not a second, nameless part.

The negative side: the word and number followed by another cell (a header "Investointi 1<tab>Investointi
2"), by a word in lower case ("Investointi 1 rakentuu …"), a number or another part's word is no name.

Also the unit a rating on a line belongs to when its row names none: the part the nearest heading names
(:func:`heading_unit`), else the reporting unit of the element above (:func:`unit_at`).
"""

from __future__ import annotations

import functools
import re

from hankegraafi.ingest.facts.context import Context, same_investment
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.facts.partshort import written_key
from hankegraafi.ingest.facts.partwords import match_part_line

#: A name after the part's word and number: capitalised words up to a comma, a full stop, a bracket, a
#: conjunction or the line's end; on the same line, after spaces, a colon or a dash (never a tab: a cell).
_NAME = r"[ ]*[:–—,-]?[ ]+(?P<name>[A-ZÄÖÅ][^\W\d_]*(?:[ -][^\W\d_]+){0,5}?)(?=[ ]*(?:[,.;:)(]|[ ](?:ja|sekä|och|samt|and)[ ]|$))"


@functools.lru_cache(maxsize=64)
def named_in_text(text: str, label: str) -> str:
    """The name the text gives the part ``label`` ("Investointi 1") right after it, else "": after a colon, a
    dash or spaces, or as an apposition between commas ("har två delprojekt: delprojekt 1, Hemrehab, och …")."""
    if not label or len(label) > 30 or label.casefold() not in text.casefold():
        return ""
    # The part's word in any case, its name after an apposition's comma too ("delprojekt 1, Hemrehab, och …").
    for m in re.finditer(f"(?i:{re.escape(label)})" + _NAME, text, re.M):
        name = m["name"].strip()
        if name.split()[0].casefold() != label.split()[0].casefold():
            return name
    return ""


#: A line that opens with a part's word and number before its ratings: "Delområde 1: tidtabell grön, …",
#: "> Teema 2 – aikataulu V, kustannukset K", "* Sub-project 1: schedule green".
_PART_LABEL = re.compile(
    r"^\s*(?:[>*•-]\s*)*(?P<label>[^\W\d_](?:[^\W\d_]|-){2,20} \d{1,2})\s*(?::|\s[–—-])\s*(?P<rest>\S.*)$"
)


def part_label(line: str) -> list[str]:
    """[the part's word and number, the rest] of a line of ratings that a part's label opens, when the label is
    a part's (``facts.partwords.match_part_line``: an investment or a sub-project); else []. A goal's or a
    meeting's number ("Mål 1: …", "Kokous 2: …") names no part."""
    m = _PART_LABEL.match(line)
    part = match_part_line(m["label"]) if m is not None else None
    return (
        [m["label"], m["rest"]]
        if m is not None and part is not None and part[0] in ("investment", "sub-project")
        else []
    )


#: A part's short key as a column or a row of a matrix prints it: "A", "DO1", "KL2", "DP 1".
_KEY = re.compile(r"^(?:[A-ZÄÖÅ]{1,4} ?\d{0,2}|[A-ZÄÖÅ][a-zäöå]{2,6}\. ?\d{1,2})$")


@functools.lru_cache(maxsize=64)
def keyed_part(text: str, key: str) -> str:
    """The part the document names once with the short key a light matrix then gives it alone ("DO1" of
    "Delområde 1: Hemrehabilitering (DO1)", "A" of "Osio A: Kotiutustiimi"), as the part's line prints it:
    the name before the key in brackets, the part's word and the key with the name after a colon or a
    dash, or the name a list of abbreviations gives the key ("MT = Mielenterveyden etävastaanotto", test24
    r16); else "". The caller takes it only when it names a part (``facts.partwords.match_part_line``).

    The class: a matrix whose columns (or rows) are parts by the key the document gave each (test26 o01,
    o04, o10). The negative side: a key no line gives a part ("Helsinki (HKI)" is a town: no part's line)."""
    key = key.strip(" *_")
    if not _KEY.match(key) or key not in text:
        return ""
    k = re.escape(key)
    bracketed = re.search(
        rf"^[ \t]*(?:[-*•]\s+|\d+[.)]\s+)?\**(?P<part>[^\n()*]{{3,80}}?)\**[ \t]*\({k}\)", text, re.M
    )
    if bracketed is not None:
        return bracketed["part"].strip()
    worded = re.search(
        rf"^[ \t]*(?:[-*•]\s+)?\**(?P<word>[^\W\d_]{{3,20}}) {k}\s*[:–—-]\s*(?P<name>[^\n*–—(:]{{2,60}}?)\**[ \t]*(?:[–—(]|$)",
        text,
        re.M,
    )
    if worded is not None:
        return f"{worded['word']} {key}: {worded['name'].strip()}"
    # A list of abbreviations: "Lyhenteet;MT = Mielenterveyden etävastaanotto;PC = …", "Förkortningar: HV = Hemvård".
    defined = re.search(
        rf"(?:^|[;\t|,:])[ \t]*{k}[ \t]*=[ \t]*(?P<name>[A-ZÄÖÅ][^\n;\t|,=()]{{2,60}}?)[ \t]*(?=[;\t|,)]|$)",
        text,
        re.M,
    )
    if defined is not None:
        return defined["name"].strip()
    return written_key(
        text, key
    )  # "DP1" of a text that writes "delprojekt" (facts.partshort: the word's initials)


#: A heading that names a part by its word and number in any case: "Investoinnin 3 tilannekatsaus",
#: "Osahanke 2:n tilanne", "Läget i delprojekt 1".
_PART_IN_HEADING = re.compile(
    r"\b(?P<word>investoin\w*|investering\w*|osahank\w*|osakokonaisuu\w*|delprojekt\w*|delområd\w*)\s+(?P<n>\d{1,2})\b",
    re.I,
)


def heading_unit(ctx: Context, line: int) -> Project | None:
    """The part the nearest heading above ``line`` names by its word and number, when the document knows
    that part ("## Investoinnin 3 tilannekatsaus" over a table of ratings, "Investointi 3: X" listed above)."""
    heading = next((e.first for e in reversed(ctx.seg.elements) if e.type == "heading" and e.first < line), 0)
    # A Markdown heading the segmenter took for text ("## Investoinnin 3 tilannekatsaus 30.9.2023") counts too.
    marked = next((n for n in range(line - 1, heading, -1) if ctx.doc.lines[n - 1].lstrip().startswith("#")), 0)
    at = max(heading, marked)
    named = _PART_IN_HEADING.search(ctx.doc.lines[at - 1]) if at else None
    if named is None:
        return None
    investment = named["word"].lower().startswith(("investoin", "investering"))
    for project in ctx.projects:
        if investment and project.level == "investment" and same_investment(project, named["n"]):
            return project
        if (
            not investment
            and project.level == "subproject"
            and re.match(rf"{re.escape(named['word'][:6])}\w*\s+{named['n']}\b", project.name, re.I)
        ):
            return project
    return None


def sheet_lines(ctx: Context) -> list[str]:
    """The document's lines, a sheet saved as CSV with its cells split as the segmenter split them."""
    lines = list(ctx.doc.lines)
    for kept in ctx.seg.lines:
        if 0 < kept.no <= len(lines) and "\t" in kept.text and "\t" not in lines[kept.no - 1]:
            lines[kept.no - 1] = kept.text
    return lines


def unit_at(ctx: Context, trail: list[tuple[int, Project]], line: int) -> Project:
    """The reporting unit of the nearest element at or above ``line`` (the first one's when none is above)."""
    before = [unit for first, unit in trail if first <= line]
    return before[-1] if before else trail[0][1] if trail else ctx.unit


__all__ = ["heading_unit", "keyed_part", "named_in_text", "part_label", "sheet_lines", "unit_at"]
