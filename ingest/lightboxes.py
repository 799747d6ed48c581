"""Check boxes that rate dimensions by a key: a box ticked or left empty before (or after) each dimension's name
("[x] Aikataulu" / "[ ] Henkilöstö" under "TILANNE (rasti = suunnitelman mukaan, tyhjä = poikkeama)";
"☑ Tidtabell" / "☐ Personal" over "☑ = enligt plan, ☐ = avvikelse"; "- [ ] Staffing" under "Checked = on track";
a form's radio buttons "(x)" / "( )", "■" / "□", "✅" / "⬜", and boxes in a table's column "| Aikataulu | [x] |").

The class: a report, often a plain-text e-mail, that ticks the dimensions on plan (or the deviating ones) in a
list of boxes, one a line, and says in a key what a tick or an empty box means. The key's mark is the box itself
("[x] =", "☑ ="), or a word for a tick or for an empty box (fi / sv / en, :data:`_TICK_WORDS`, :data:`_EMPTY_WORDS`);
its meaning is read by the ``light-value`` vocabulary (``lightvalues.value_of``). A key that explains one side
only makes the other side the other value. For ``lightmarked.marked_lists``, whose lists these are.

The negative side: a list of boxes without a key (a to-do list: "[x] Ohjausryhmä koottu", "[ ] Raportti
lähetetty"), boxes before things that are no dimensions, a key whose meaning the vocabulary does not rate
("rasti = käsitelty kokouksessa"), and a box before a long phrase ("[x] Aikataulu päivitettiin ohjausryhmälle
toukokuussa": a task done, not a rating).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.lightboxrows import has_row, place_rows
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import value_of

#: A ticked box and an empty one, as text prints them; a tick may be a multiplication sign or a "v" ("[×]", "[v]",
#: red team R20-7), a root sign (Word's tick in a font without one: "[√]"), a plus or a star in square brackets
#: ("[+]", "[*]"; R21-22). In round brackets a plus is a legend's sign ("(+) etenee"), no box.
_TICKED = r"\[\s*[xX✓✔×vV√+*]\s*\]|\(\s*[xX•✓✔×√]\s*\)|[☑☒■✅]"
_EMPTY = r"\[\s*\]|\(\s*\)|[☐□⬜]"
#: The cue tested first on the whole text.
_ANY_BOX = re.compile(rf"{_TICKED}|{_EMPTY}")
#: Words a key names a tick or an empty box by.
_TICK_WORDS = r"rasti\w*|ruksi\w*|raksi\w*|merkitty|merkitt\w*|valittu|kryss\w*|ikryssad\w*|bock\w*|markerad|ticked|tick|checked"
_EMPTY_WORDS = (
    r"tyhjä|tyhjät|tyhjä ruutu|merkitsemätön|merkitsemättömät|rastiton|tom|tomt|tom ruta|omarkerad\w*|"
    r"empty|unchecked|unticked|blank"
)
#: A key's piece: the mark, "=" (or ":" / a dash / a verb), what it means up to the next piece.
_KEY = re.compile(
    rf"(?<![\w\[])(?:(?P<ticked>{_TICKED}|(?:{_TICK_WORDS})(?!\w))|(?P<empty>{_EMPTY}|(?:{_EMPTY_WORDS})(?!\w)))"
    r"\s*(?:=|:|–|—|tarkoittaa|merkitsee|betyder|innebär|means)\s*(?P<meaning>[^,;=()\[\]]{2,60})",
    re.I,
)
#: A line of one box and one dimension's name, the box first or last; a comment after a dash or a colon.
_BOX_FIRST = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?P<box>{_TICKED}|{_EMPTY})\s*(?P<label>[^\W\d_][^\t|:\[\]]*?)\s*(?:(?:\s[–—-]|:)\s.*)?$"
)
_BOX_LAST = re.compile(
    rf"^\s*(?:[-*•]\s+)?(?P<label>[^\W\d_][^\t|:\[\]☑☒☐□]*?)\s*[:–—-]?\s*(?P<box>{_TICKED}|{_EMPTY})\s*$"
)


def _key(lines: list[str]) -> dict[bool, str] | None:
    """{ticked?: value} of the document's key of boxes, both sides; None when no key says one."""
    said: dict[bool, str] = {}
    for line in lines:
        if len(line) > 300 or not ("=" in line or ":" in line or "–" in line or " means" in line):
            continue
        for m in _KEY.finditer(line):
            value = value_of(m["meaning"].strip())
            if value in ("on-plan", "deviation"):
                said.setdefault(m["ticked"] is not None, value)
    if len(said) == 1:
        ((ticked, value),) = said.items()
        said[not ticked] = "on-plan" if value == "deviation" else "deviation"
    return said if len(set(said.values())) == 2 else None


def _boxed(line: str) -> tuple[str, bool] | None:
    """(dimension, ticked) of a line that is one box and one dimension's name (four words at most)."""
    if has_row(line):  # "Aikataulu ( )(x)( )": the place of a cross among boxes (lightboxrows), not one box
        return None
    if "|" in line:  # a table's row ("| Aikataulu | [x] |"): its cells as one line
        line = " ".join(c.strip() for c in line.strip().strip("|").split("|"))
    m = _BOX_FIRST.match(line) or _BOX_LAST.match(line)
    if m is None or not m["label"] or len(m["label"].split()) > 4 or (m.re is _BOX_LAST and "*" in m["box"]):
        return None  # "Riskit [*]": a form's mark of a required field after its label, no box
    dim = dimension_of(m["label"].strip(" *_"))
    return (dim, re.fullmatch(_TICKED, m["box"]) is not None) if dim and dim != "progress" else None


def box_lists(lines: list[str]) -> list[tuple[int, str, list[tuple[str, str]]]]:
    """(first line, "", [(dimension, value)]) of each run of box lines (two dimensions or more, each once, a blank
    line between at most) under the document's key of boxes (the module's class)."""
    text = "\n".join(lines)
    if not _ANY_BOX.search(text):
        return []
    placed = place_rows(lines)  # a row of boxes a dimension, the cross's place the value
    boxed = [(no, found) for no, line in enumerate(lines, start=1) if (found := _boxed(line)) is not None]
    key = _key(lines) if len(boxed) >= 2 else None
    if key is None:
        return placed
    runs: list[list[tuple[int, tuple[str, bool]]]] = []
    for no, found in boxed:
        if runs and no - runs[-1][-1][0] <= 2:
            runs[-1].append((no, found))
        else:
            runs.append([(no, found)])
    out = []
    for run in runs:
        dims = [dim for _, (dim, _) in run]
        if len(run) >= 2 and len(set(dims)) == len(dims):
            out.append((run[0][0], "", [(dim, key[ticked]) for _, (dim, ticked) in run]))
    return out + placed


def no_value_below(text: str) -> bool:
    """The line under a dimension's label is no value of it: a key ("Selite: ☑ = suunnitelman mukaan, ☐ =
    poikkeama", two marks or more defined: red team R20-6) or a box line that names a dimension of its own ("[ok]
    Henkilöstö" under "[ ] Kustannukset"). The segmenter then leaves the label for the readers of marked
    lines (``lightmarked``), which read each line by the key."""
    from hankegraafi.ingest.lightvalues import legend_pairs

    if len(text) <= 300 and len(legend_pairs(text)) >= 2:
        return True
    m = re.match(
        rf"^\s*(?:[-*•]\s+)?(?:{_TICKED}|{_EMPTY}|\[\s*\w{{1,3}}\s*\])\s*(?P<label>\S.{{0,40}})$", text
    )
    return m is not None and dimension_of(m["label"].strip(" *_")) is not None


__all__ = ["box_lists", "no_value_below"]
