"""Lists of dimensions in which a mark picks out the ones that deviate ("Track A: X — Schedule · **Costs** ·
Staffing", "Osakokonaisuus 1: Y – aikataulu, kustannukset*, henkilöstö"), under a legend sentence that says
so ("Areas in **bold** deviate from the plan", "Dimensions marked (!) deviate", "Tähdellä (*) merkityt
osa-alueet poikkeavat suunnitelmasta", "Områden markerade med ⚑ avviker från planen").

The class: a report that lists each unit's dimensions on one line after the unit's name and marks the
deviating ones by a typographic mark (bold, a bracketed sign, a symbol) its legend explains; the unmarked
dimensions of such a list are on plan. For ``facts/lights.py``, which files each list under the unit its
line names.

The negative side: a mark whose legend says something else than a deviation ("Tähdellä merkityt käsitellään
liitteessä", "Lihavoidut kohdat päivitetään"), a legend that denies ("– = ei poikkeamaa"), a marked list of
things that are no dimensions ("Kommande: Seminarium ⚑, Styrgruppsmöte"), a list of dimensions no line of its
run marks (a table of contents: "Katsauksessa käydään läpi: aikataulu; kustannukset"), and prose.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.lightboxes import box_lists
from hankegraafi.ingest.lightdims import dimension_of

#: A legend's word for a deviation (fi, sv, en): the cue tested first on every line.
_DEVIATES = re.compile(r"deviat|poikke|avvik|off[ -](?:plan|track)", re.I)
#: A clause that denies the deviation ("– = ei poikkeamaa", "ingen avvikelse", "no deviation").
_DENIED = re.compile(r"\b(?:ei|eivät|ilman|ingen|inga|inte|utan|no|not|without)\b", re.I)
#: The legend names bold type as its mark.
_BOLD = re.compile(r"\*\*[^*]+\*\*|__[^_]+__|\bbold\b|lihavoi\w*|lihava\w*|fetstil\w*|\bfet(?:a|t)?\b", re.I)
#: A sign in brackets ("(!)", "(*)") or standing alone ("⚑", "*", "†") in the legend.
_SIGN = re.compile(r"\((?P<inner>[^\w\s()]{1,3})\)|(?<!\S)(?P<alone>[^\w\s.,;:()\"'“”–—=/&%€+-]{1,2})(?!\S)")
#: What the others are: the legend's clause about the unmarked ones begins here.
_OTHERS = re.compile(r"[;,]\s*(?:muut|the others|others|övriga|de övriga|andra)\b|[;.]\s", re.I)
#: A line listing dimensions, after a unit's name and a dash or a label and a colon, or alone.
_LIST = re.compile(
    r"^\s*(?:[-*•#>]+\s+)?(?:(?P<unit>\S.{1,100}?)\s+[—–-]\s+|(?P<label>[^:]{2,40}):\s+)?(?P<rest>\S.*?)\s*$"
)
_ITEMS = re.compile(r"\s*[·•,;|]\s*")
#: Where a legend's next piece begins: "✔ enligt plan · ✘ avviker", "* lievä poikkeama, ** merkittävä".
_PIECES = re.compile(r"\s*[;·]\s+|,\s+(?=[^\w\s]{1,3}\s)")


def legend_marks(lines: list[str]) -> tuple[bool, frozenset[str]] | None:
    """(whether bold marks, the signs that mark) of the document's legend of deviating dimensions, or None."""
    bold, signs = False, set[str]()
    for line in lines:
        if len(line) > 240 or not _DEVIATES.search(line):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            # A piece each: "* lievä poikkeama, ** merkittävä poikkeama"; "✔ enligt plan · ✘ avviker".
            for clause in _PIECES.split(_OTHERS.split(sentence, maxsplit=1)[0]):
                if _DEVIATES.search(clause) and not _DENIED.search(clause):
                    bold, signs = _marks(clause, bold, signs)
    return (bold, frozenset(signs)) if bold or signs else None


def _marks(clause: str, bold: bool, signs: set[str]) -> tuple[bool, set[str]]:
    """The mark one clause of a legend that speaks of a deviation names: bold type, or one sign."""
    found = {m["inner"] or m["alone"]: bool(m["inner"]) for m in _SIGN.finditer(_BOLD.sub(" ", clause))}
    if len(found) + bool(_BOLD.search(clause)) != 1:
        return bold, signs  # two signs in one clause: whose meaning is whose is not said
    for sign, bracketed in found.items():
        signs.update({sign, f"({sign})"} if bracketed else {sign})
    return bold or bool(_BOLD.search(clause)), signs


def _item(text: str, bold: bool, signs: frozenset[str]) -> tuple[str, bool] | None:
    """(dimension, marked) of one item of a list, or None when it is no dimension."""
    item, marked = text.strip(), False
    if bold and (m := re.fullmatch(r"\*\*(.+)\*\*|__(.+)__", item)):
        item, marked = (m[1] or m[2]).strip(), True
    for sign in sorted(signs, key=len, reverse=True):
        if item.endswith(sign) or item.startswith(sign):
            item, marked = (item[: -len(sign)] if item.endswith(sign) else item[len(sign) :]).strip(), True
            break
    if len(item.split()) > 3 or not re.fullmatch(r"[^\W\d_][\w\s-]*", item):
        return None  # a label alone, no other mark nor value beside it ("Aikataulu 🟡" is another reader's)
    dim = dimension_of(item.strip("*_ "))
    return (dim, marked) if dim is not None else None


def _listed(line: str, bold: bool, signs: frozenset[str]) -> tuple[str, list[tuple[str, bool]]] | None:
    """(the unit's name or label before the list, [(dimension, marked)]) of a line that lists two
    dimensions or more, each once; else None."""
    m = _LIST.match(line)
    if m is None:
        return None
    items = [_item(part, bold, signs) for part in _ITEMS.split(m["rest"]) if part.strip()]
    if len(items) < 2 or any(i is None for i in items):
        return None
    found = [i for i in items if i is not None]
    if len({dim for dim, _ in found}) < len(found):
        return None
    return (m["unit"] or m["label"] or "").strip(" #*_"), found


def marked_lists(lines: list[str]) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(line number, the name before the list, [(dimension, value)]) of each list of dimensions under the
    document's legend of marks: a marked dimension deviates, the others are on plan. Lists follow each other
    (blank lines between, three lines apart at most) in runs; a run is read when a mark stands in it, so only
    the lines a mark stands on and their run's lines are parsed. Lists of check boxes under a key of boxes
    (``lightboxes``) are these lists too."""
    boxes = box_lists(lines)
    legend = legend_marks(lines)
    if legend is None:
        return boxes
    bold, signs = legend
    parsed: dict[int, tuple[str, list[tuple[str, bool]]] | None] = {}

    def listed(at: int) -> tuple[str, list[tuple[str, bool]]] | None:
        if at not in parsed:
            parsed[at] = _listed(lines[at], bold, signs)
        return parsed[at]

    def step(at: int, by: int) -> int | None:  # the next non-blank line of the run that way, if a list
        nxt = at + by
        while 0 <= nxt < len(lines) and not lines[nxt].strip():
            nxt += by
        return nxt if 0 <= nxt < len(lines) and abs(nxt - at) <= 3 and listed(nxt) is not None else None

    runs: dict[int, None] = {}
    down: list[tuple[int, str, list[tuple[str, str]]]] = []  # lists one dimension a line
    for at, line in enumerate(lines):
        if at in runs or not ((bold and ("**" in line or "__" in line)) or any(s in line for s in signs)):
            continue
        found = listed(at)
        if found is None and not any(no - 1 <= at < no - 1 + len(items) for no, _, items in down):
            down += _down(lines, at, bold, signs)  # one list each: its first line and one item a line
        if found is None or not any(marked for _, marked in found[1]):
            continue
        for by in (-1, 1):
            here: int | None = at
            while here is not None:
                runs[here] = None
                here = step(here, by)
    out = []
    for at in sorted(runs):
        name, items = parsed[at] or ("", [])
        out.append((at + 1, name, [(dim, "deviation" if marked else "on-plan") for dim, marked in items]))
    return sorted(out + down + boxes)


#: An item of a list one item a line: after a bullet or a number ("- Henkilöstö *", "2. Costs (!)").
_ITEM_LINE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+(?P<item>\S.*?)\s*$")


def _down(
    lines: list[str], at: int, bold: bool, signs: frozenset[str]
) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """The list one dimension a line (bulleted or numbered, no blank line between) that the marked line ``at``
    stands in, as one list of the unit the place names ("Osa-alueet, joissa on poikkeama, on merkitty tähdellä
    (*)" over "- Aikataulu" / "- Henkilöstö *"): two dimensions or more, each once; else none."""

    def one(no: int) -> tuple[str, bool] | None:
        m = _ITEM_LINE.match(lines[no]) if 0 <= no < len(lines) else None
        return _item(m["item"], bold, signs) if m else None

    if (first := one(at)) is None or not first[1]:
        return []
    low, high = at, at
    while one(low - 1) is not None:
        low -= 1
    while one(high + 1) is not None:
        high += 1
    items = [item for no in range(low, high + 1) if (item := one(no)) is not None]
    if len(items) < 2 or len({dim for dim, _ in items}) < len(items):
        return []
    return [(low + 1, "", [(dim, "deviation" if marked else "on-plan") for dim, marked in items])]


def unit_named(name: str, names: list[str]) -> int | None:
    """The index in ``names`` of the unit a list's line names: the same name, or one that begins with it."""
    key = name.strip().casefold()
    if len(key) < 3:
        return None
    for index, have in enumerate(names):
        if have.casefold() == key:
            return index
    for index, have in enumerate(names):
        if have.casefold().startswith(key):
            return index
    return None


__all__ = ["legend_marks", "marked_lists", "unit_named"]
