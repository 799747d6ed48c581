"""A row of boxes after each dimension, one of them crossed: the place of the cross is the value, by a key that
says what each place means ("Aikataulu  [x][ ][ ]" / "Kustannukset  [ ][x][ ]" over "rasti ensimmäisessä
ruudussa = suunnitelman mukaan, toisessa ruudussa = lievä poikkeama, kolmannessa = merkittävä poikkeama";
"☐☒☐" with "andra rutan = avvikelse"; "(x) ( ) ( )" with "[x][ ][ ] = on track"; "box 1 = on plan").

The class (test46 oq14; tune u2220–u2221): a form's rating printed as a row of two to five boxes, the cross in
the place of the grade (a scale of colours without the colours), the key by the places' ordinals (fi / sv / en)
or by the row of boxes itself, anywhere in the document (often at its end). The key's meanings are read by the
``light-value`` vocabulary (``lightvalues.value_of``); a place the key leaves out after an explained first place
on plan is a deviation (a scale is written from its best grade).

The negative side: rows of boxes with no key of places (a form's unanswered choice), a row with two crosses or
none, boxes after things that are no dimensions, and a key whose meanings are no ratings ("ensimmäinen ruutu =
kevät, toinen = syksy").
"""

from __future__ import annotations

import re

from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import value_of

#: One box, crossed (by any of the marks a form or a typist crosses with: "[x]", "[×]", "[✗]", "[v]", "[*]") or empty.
_CROSSED = r"\[\s*[xX✓✔×✗✘*vV•●■]\s*\]|\(\s*[xX•✓✔×✗✘*vV●]\s*\)|[☑☒■]"
_BOX = rf"{_CROSSED}|\[\s*\]|\(\s*\)|[☐□]"
#: A row of two to five boxes.
_ROW = rf"(?:(?:{_BOX})[^\S\n]*){{2,5}}"
_ROW_CUE = re.compile(_ROW)
_SQUARES = re.compile("[☐☑☒□■]")
#: A line: a dimension's label, then its row (after a tab, spaces, a colon or a table's bar), a comment after.
_LINE = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?P<label>[^\W\d_][^\t|:\[\]()☐☑☒□■]*?)\s*[:|\t]?\s*(?P<row>{_ROW})\s*(?:(?:[–—-]|:|\t|\|)\s*.*)?$"
)
#: A line that is a row alone (under its label on the line above: a PDF's cells one a line).
_ALONE = re.compile(rf"^\s*\|?\s*(?P<row>{_ROW})\s*\|?\s*$")
#: The ordinal of a place (fi / sv / en), or its number after a word for a box.
_PLACES = {
    1: r"ensimmäi\w*|första|first|1st|(?:ruutu|ruudussa|box|ruta|rutan)\s*1",
    2: r"toi(?:nen|sessa|seen|sen|sta)|andra|second|2nd|(?:ruutu|ruudussa|box|ruta|rutan)\s*2",
    3: r"kolma(?:s|nne\w*|nte\w*)|tredje|third|3rd|(?:ruutu|ruudussa|box|ruta|rutan)\s*3",
    4: r"neljä(?:s|nne\w*|nte\w*)|fjärde|fourth|4th|(?:ruutu|ruudussa|box|ruta|rutan)\s*4",
}
_MEANS = r"\s*(?:=|:|–|—|tarkoittaa|merkitsee|betyder|innebär|means)\s*(?P<meaning>[^,;=.()\[\]|\t\n]{2,60})"
#: A word for a box or its cross: a key of places names one ("toisessa ruudussa", "i andra rutan", "second box");
#: an ordinal without one numbers other things ("Ensimmäinen vaihe: viivästyy", R20).
_BOX_WORD = re.compile(
    r"ruu[td]\w*|rast\w*|ruks\w*|kryss\w*|rut(?:a|an|or|orna)\b|box\w*|cross\w*|tick\w*", re.I
)
#: A key's piece by ordinal: the ordinal, a word or two ("ruudussa", "rutan"), what it means.
_ORDINAL_KEY = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<p{n}>{words})" for n, words in _PLACES.items()) + r")(?!\w)"
    r"(?:[^\S\n]+[^\W\d_]+){0,2}?" + _MEANS,
    re.I,
)
#: A key's piece by the row itself: "[x][ ][ ] = suunnitelman mukaan", or a legend table's row whose first cell is
#: the row ("| [x][ ][ ] | suunnitelman mukaan |", R20).
_ROW_KEY = re.compile(rf"(?P<row>{_ROW})" + _MEANS)
_ROW_KEY_CELL = re.compile(
    rf"^[^\S\n]*\|?[^\S\n]*(?P<row>{_ROW})[^\S\n]*[|\t][^\S\n]*(?P<meaning>[^|\t\n]{{2,60}})", re.M
)


def has_row(line: str) -> bool:
    """The line holds a row of two boxes or more (this module's, not one box's line of ``lightboxes``)."""
    boxed = "[" in line or "(" in line or _SQUARES.search(line) is not None
    return boxed and _ROW_CUE.search(line) is not None


def _crossed(row: str) -> tuple[int, int] | None:
    """(place of the one cross, from 1; the number of boxes) of a row of boxes; None without one cross."""
    boxes = re.findall(_BOX, row)
    crossed = [at for at, box in enumerate(boxes, start=1) if re.fullmatch(_CROSSED, box)]
    return (crossed[0], len(boxes)) if len(crossed) == 1 else None


def _key(text: str) -> dict[int, str]:
    """Place → value of the document's key of places: by ordinals or by the rows themselves."""
    said: dict[int, str] = {}
    for m in _ORDINAL_KEY.finditer(text):
        before = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30) : m.start()]
        if not _BOX_WORD.search(before + text[m.start() : m.start("meaning")]):
            continue  # no box named: "Ensimmäinen vaihe: …" numbers phases, not places
        place = next(n for n in _PLACES if m[f"p{n}"])
        if (value := value_of(m["meaning"].strip())) in ("on-plan", "deviation"):
            said.setdefault(place, value)
    for m in [*_ROW_KEY.finditer(text), *_ROW_KEY_CELL.finditer(text)]:
        found = _crossed(m["row"])
        if found and (value := value_of(m["meaning"].strip())) in ("on-plan", "deviation"):
            said.setdefault(found[0], value)
    if set(said.values()) == {"on-plan", "deviation"} or said == {1: "on-plan"}:
        return said  # both values said, or the first place on plan alone (the others deviate)
    return {}


def place_rows(lines: list[str]) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(first line, "", [(dimension, value)]) of each run of rows of boxes (two dimensions or more, each once, a
    blank line between at most) under the document's key of places (the module's class)."""
    rows: list[tuple[int, str, int, int]] = []  # (line number, dimension, place, boxes)
    for no, line in enumerate(lines, start=1):
        if not has_row(line):
            continue
        label, row = _label_row(lines, no - 1)
        dim = dimension_of(label.strip(" *_")) if label and len(label.split()) <= 4 else None
        found = _crossed(row) if dim else None
        if dim and found:
            rows.append((no, dim, *found))
    if len(rows) < 2:
        return []
    key = _key("\n".join(lines))
    if not key:
        return []
    runs: list[list[tuple[int, str, int, int]]] = []
    for rated in rows:
        if runs and rated[0] - runs[-1][-1][0] <= 3 and rated[3] == runs[-1][-1][3]:
            runs[-1].append(rated)
        else:
            runs.append([rated])
    out = []
    for run in runs:
        dims = [dim for _, dim, _, _ in run]
        if len(run) < 2 or len(set(dims)) < len(dims):
            continue
        values = [
            key.get(place) or ("deviation" if key.get(1) == "on-plan" else None) for _, _, place, _ in run
        ]
        if None not in values:
            out.append((run[0][0], "", [(dim, str(value)) for dim, value in zip(dims, values, strict=True)]))
    return out


def _label_row(lines: list[str], at: int) -> tuple[str, str]:
    """(label, row of boxes) of line ``at``: the label before the row, or the line above a row alone."""
    line = lines[at]
    if "|" in line:  # a table's row ("| Aikataulu | [x][ ][ ] |"): its cells as one line
        line = "\t".join(c.strip() for c in line.strip().strip("|").split("|"))
    if (m := _LINE.match(line)) is not None:
        return m["label"], m["row"]
    if (m := _ALONE.match(line)) is not None and at > 0:
        return lines[at - 1].strip(), m["row"]
    return "", ""


__all__ = ["has_row", "place_rows"]
