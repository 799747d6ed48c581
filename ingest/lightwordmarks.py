"""A legend's marks that are the document's own words ("hyvä = etenee suunnitelman mukaan", "Osittain tai Ei =
poikkeama", "Låg risk = enligt plan; hög risk = avvikelse"), and legends given one mark a line.

Split from ``ingest/lightvalues.py`` (at its 600 lines), which reads a legend line with these
(``lightvalues.legend_pairs``) and the document's legend (``lightvalues.document_legend``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.lightphrases import bare

#: A word of the document's own that a legend explains: "hyvä = etenee suunnitelman mukaan", "sujuu = …", or
#: a colour word abbreviated with a dot ("vihr. = vihreä, kelt. = keltainen": the cells print "vihr.").
#: A word mark may be negated, the negation before or after it: "ei toteutunut =", "uppfylldes inte =", "not met =".
_NEGATION = r"(?:ei|ej|inte|icke|not)"
WORD_PAIR = re.compile(
    rf"(?<![\w.-])(?P<mark>(?:{_NEGATION}\s+)?(?:(?:[^\W\d_]{{1,4}}\.){{2,3}}|[^\W\d_]{{2,20}}\.?)(?:\s+{_NEGATION})?)"
    r"\s*=\s*(?P<word>[^\W\d_][^,;=·]*?)(?=\s*(?:[,;=·]|\.(?:\s|$)|$))",
    re.I,
)


def graded(line: str, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Word pairs whose marks are all one noun after a grade ("Låg risk = enligt plan; medel och hög risk =
    avvikelse", "Low concern = on plan, high concern = deviation"): the grades are the marks (a cell says
    "låg"), with a grade joined before by "and"/"or"."""
    if len(words) < 2 or len({mark for mark, _ in words}) != 1:
        return words
    out: list[tuple[str, str]] = []
    for m in WORD_PAIR.finditer(line):
        head = line[: m.start("mark")]
        grade = re.search(r"(?<![\w-])([^\W\d_]{2,20})\s+$", head)
        if grade is None:
            return words
        before = _OR_BEFORE.search(head[: grade.start(1)])
        out += [(g.casefold(), m.group("word").strip()) for g in (grade[1], before and before["mark"]) if g]
    return out


#: Another mark before a word mark, joined by "or": "Osittain tai Ei =", "Tillfredsställande eller Svag =".
_OR_BEFORE = re.compile(
    r"(?<![\w-])(?P<mark>[^\W\d_]{2,20})(?:\s+(?:tai|eller|or|ja|och|and)\s+|\s*/\s*)$", re.I
)


def alternatives(line: str, m: re.Match[str]) -> list[tuple[str, str]]:
    """(mark, meaning) of a word mark of the legend, and of the mark its "or" joins before it.

    The class: a scale in words whose legend gives two grades one meaning ("Hyvä = suunnitelman mukaan;
    Kohtalainen tai Heikko = poikkeama", "Onnistui = …; Osittain tai Ei = poikkeama"): without it the first
    of the two is a word no legend explains."""
    meaning, mark = m.group("word").strip(), m.group("mark").casefold().rstrip(".")
    head = line[: m.start("mark")]
    joined = _OR_FIRST.match(mark)  # "Osittain tai Ei =": the negation pattern took "tai ei" for one mark
    if joined is not None:
        mark, head = joined.group("rest"), f"{head} tai "
    before = _OR_BEFORE.search(head)
    return ([(before.group("mark").casefold(), meaning)] if before else []) + [(mark, meaning)]


_OR_FIRST = re.compile(r"^(?:tai|eller|or)\s+(?P<rest>\S.*)$")


#: A word mark of the document's own alone on its line, its meaning after "=" ("raiteilla = suunnitelman
#: mukaan", "- i otakt = avviker från planen"): a legend given one mark a line.
_LONE_MARK = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<mark>[^\W\d_]{1,20}(?: [^\W\d_]{1,20}){0,2})\s*=\s*(?P<word>[^\W\d_][^=]{1,60}?)[\s.;,]*$"
)


def listed_legends(
    lines: list[str], pairs_of: Callable[[str], list[tuple[str, str]]]
) -> list[list[tuple[str, str]]]:
    """Legends given one mark a line, as a list or a table of two columns ("● | Etenee suunnitellusti" /
    "▲ | Pieniä poikkeamia"), or word marks of the document's own ("raiteilla = suunnitelman mukaan" /
    "sivuraiteella = poikkeama suunnitelmasta"): each run of two lines or more (blank lines between: a paragraph
    a pair) that hold one pair each. A glossary one a line ("hemvård = vård i hemmet") explains no value."""
    out: list[list[tuple[str, str]]] = []
    run: list[tuple[str, str]] = []
    for line in [*(line for line in lines if line.strip()), ""]:
        pairs = pairs_of(line) if line.strip() and len(line) <= 120 else []
        if not pairs and "=" in line and (alone := _LONE_MARK.match(bare(line))) is not None:
            pairs = [(alone["mark"].casefold(), alone["word"])]  # "raiteilla = suunnitelman mukaan" a line each
        if len(pairs) == 1:
            run.append(pairs[0])
            continue
        if len(run) >= 2:
            out.append(run)
        run = []
    return out


__all__ = ["WORD_PAIR", "alternatives", "graded", "listed_legends"]
