"""A legend read piece by piece: each piece a mark, then what it means ("Merkinnät: + suunnitelman mukainen,
± pieni poikkeama, − merkittävä poikkeama", "[###] = enligt plan, [##-] = mindre avvikelse, [#--] = allvarlig
avvikelse", "(✔ on plan, ⚠ watch, ✖ off plan)", "✓✓ on plan · ✓ minor slip · ✗ off plan", "+ (hallinnassa),
± (seurattava), − (vakava)").

The class (test33 id12 id32 id34 id36 id49 id69 id78, test27 i21, test25 l89, test23 s13): a document prints its
lights as marks of its own and explains them once in a key, whatever the marks are (a sign, a run of signs, a
bracketed bar, an admonition tag) and whether an "=", a colon, a dash, a bracket or a space stands between the
mark and its meaning. The key's pieces are parted by commas, semicolons, middle dots or bars; its head ("Merkinnät:",
"Progress bars:", "Key:") and the brackets around it are no piece. A mark is one token with a sign in it (a
word alone is a word mark, ``lightvalues.WORD_PAIR``'s); its meaning is rated by the light-value vocabulary
(``lightvalues.legend_meanings``, which also gives an unrated grade its place on the scale).

Read only when no other legend reader found the document's legend (``lightvalues.document_legend``). The
negative side: a list of marks that explain no light ("+ lisätty, − poistettu" of a change log, "* = arvio"),
a sentence with commas, a line with one piece: two marks or more must be rated, on plan and a deviation both.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: The key's head before its pieces: "Merkinnät: ", "Progress bars: ", "Teckenförklaring: ".
_HEAD = re.compile(r"^\s*[^\W\d_][^:=()\[\]]{0,40}?:\s+(?=\S)")
#: Where one piece ends and the next begins: a comma, a semicolon, a middle dot or a bar, then a space.
_BETWEEN = re.compile(r"\s*[,;·|]\s+")
#: A piece: a mark of one token with a sign in it, then its meaning after "=", ":", a dash, a bracket or a space.
_PIECE = re.compile(
    r"^(?P<mark>\S{1,10}?)\s*(?:(?<=\S)\s(?:=|:|–|—|-)\s|\s?[=:]\s?|\s+)\(?(?P<meaning>[^\W\d_][^()=]{1,60}?)\)?[.)]?$"
)
#: Words before the first mark of a key said in a sentence (three to eight words, then the mark and its meaning).
_LEAD = re.compile(r"^(?:[^\W\d_][\w-]*\s+){2,7}(?=\S*[^\w\s(]\S*\s+\(?[^\W\d_])")
#: A mark has a sign in it, or is one or two characters ("0", "B", "3"): not a word nor a number of its own.
_SIGNED = re.compile(r"[^\w\s]")


def piece_pairs(line: str) -> list[tuple[str, str]]:
    """(mark, meaning) of each piece of a key line, two pieces or more; else []."""
    body = line.strip()
    inner = re.search(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*[.:]?\s*$", body)  # "HOW … (✔ on plan, ✖ off plan)"
    if inner is not None and _BETWEEN.search(inner.group(1)):
        body = inner.group(1)
    body = _HEAD.sub("", body, count=1).strip().rstrip(".")
    pairs: list[tuple[str, str]] = []
    for at, piece in enumerate(_BETWEEN.split(body)):
        if at == 0:  # the key said in a sentence before its first mark: "Riskitaso arvioidaan merkeillä + (…)"
            piece = _LEAD.sub("", piece.strip(), count=1)
        m = _PIECE.match(piece.strip())
        if m is None or not (_SIGNED.search(m["mark"]) or len(m["mark"]) <= 2) or m["mark"].endswith(":"):
            return []  # a piece with no mark: prose with commas, no key
        pairs.append((m["mark"], m["meaning"].strip()))
    return pairs if len(pairs) >= 2 else []


def piece_legend(
    lines: list[str],
    meanings: Callable[[list[tuple[str, str]]], dict[str, str]],
    rate: Callable[[str], str | None],
) -> dict[str, str]:
    """Mark → light value of the document's first key read piece by piece whose meanings the vocabulary rates
    (``rate``) on plan and a deviation both; else {}. ``meanings`` gives the marks their values
    (``lightvalues.legend_meanings``: a grade the vocabulary lacks by its place on the scale)."""
    for line in lines:
        if len(line) > 240 or not _BETWEEN.search(line):
            continue
        pairs = piece_pairs(line)
        if not {"on-plan", "deviation"} <= {rate(meaning) for _, meaning in pairs}:
            continue  # "+ lisätty, − poistettu": signs of a change log, whose words rate nothing
        meant = meanings(pairs)
        if len(meant) >= 2 and set(meant.values()) == {"on-plan", "deviation"}:
            return meant
    return {}


#: A key's mark in a cell of its own: a short token, a sign, a grade, a number, a symbol ("3", "A", "✅", "OK").
_CELL_MARK = re.compile(r"^\S{1,5}$")


def table_keys(lines: list[str], is_dimension: Callable[[str], object]) -> list[str]:
    """A key given as a table, one mark a row and its meaning in the cell beside it ("Bedömningsskala" over
    "3 | enligt plan", "2 | mindre avvikelse", "1 | betydande avvikelse"; on a last sheet, under a footer's
    heading), written as the one line a legend reader reads ("3 = enligt plan, 2 = …"); else nothing.

    Two rows or more in a run, each of two cells: a mark of one short token (``_CELL_MARK``, no dimension:
    "Aikataulu | suunnitelman mukaan" is a light, not a key) and a meaning in words. Whether the meanings rate
    the levels is the legend reader's to say (both values, or no legend)."""
    keys: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()] if "\t" in line else []
        mark, meaning = [*cells, "", ""][:2]
        if (
            len(cells) == 2
            and _CELL_MARK.match(mark)
            and re.match(r"[^\W\d_]", meaning)
            and len(meaning) <= 60
            and not is_dimension(mark)
        ):
            run.append(f"{mark} = {meaning}")
            continue
        if len(run) >= 2:
            keys.append(", ".join(run))
        run = []
    return keys


__all__ = ["piece_legend", "piece_pairs", "table_keys"]
