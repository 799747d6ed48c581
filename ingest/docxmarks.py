"""What Word shows in a run that its text does not hold: a symbol font's character, a legacy form's check box,
an inline picture's alternative text.

The class (test31 ic02, ic10, test29 ib45; tuning u1707-u1709): a report's lights drawn as Word draws them,
not as letters: a tick or a cross of the Wingdings font (``<w:sym w:font="Wingdings" w:char="F0FC"/>``), a
form's check box ticked or not (``FORMCHECKBOX`` with ``<w:checked/>``), a coloured dot pasted as a picture whose
alternative text says its meaning ("Vihreä – suunnitelman mukaan"). A text reader saw an empty cell. Each is
written as a reader of the page sees it: the symbol's Unicode character, "☒" or "☐", the picture's words.

A symbol that opens a paragraph of words is its bullet ("✓ Yöpartio perustetaan …" of a plan's goals), no mark
(:func:`as_bullet`). The negative side: a picture whose alternative text rates nothing (a logo, a photograph's caption) stays out of
the text, as before: its words would otherwise be a line of the document (a name, a place).
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"

#: The Wingdings characters a report marks with, as Unicode (by the font's code, the private-use F0xx less F000).
_WINGDINGS = {
    0x4A: "☺",
    0x4B: "😐",
    0x4C: "☹",
    0x6C: "●",
    0x6E: "■",
    0x6F: "□",
    0x71: "❑",
    0x77: "◆",
    0x9F: "•",
    0xA1: "○",
    0xA8: "◻",
    0xFB: "✗",
    0xFC: "✓",
    0xFD: "☒",
    0xFE: "☑",
}
#: Words of a picture's alternative text that make it a light's (a colour's or a rating's), at most.
_ALT_LENGTH = 60


def unseen_text(run: Any) -> str:
    """The text a reader of the page sees in the run ``run`` (a ``w:r``) beyond its ``w:t``: a symbol, a check
    box, a rated picture's alternative text; else ""."""
    out: list[str] = []
    for child in run:
        if child.tag == _W + "sym":
            out.append(_symbol(child))
        elif child.tag == _W + "fldChar" and child.get(_W + "fldCharType") == "begin":
            box = child.find(f"{_W}ffData/{_W}checkBox")
            if box is not None:
                out.append("☒" if _checked(box) else "☐")
        elif child.tag == _W + "drawing":
            out.append(_alt_text(child))
    return "".join(out)


#: What a symbol opening a paragraph of words is: a bullet ("✓ Yöpartio perustetaan koko alueelle" of a plan's list
#: of goals, red team R15-17); a form's check box before its option stays one ("☒ Enligt plan").
_BOXES = frozenset("☐☒☑")


def as_bullet(text: str) -> str:
    """``text`` (a symbol :func:`unseen_text` gave) as the bullet it is before a paragraph's words."""
    return text if not text.strip() or text.strip() in _BOXES else "•"


def _symbol(sym: Any) -> str:
    font, code = (sym.get(_W + "font") or "").casefold(), sym.get(_W + "char") or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    value = value - 0xF000 if value >= 0xF000 else value
    return _WINGDINGS.get(value, "") if font == "wingdings" else ""


def _checked(box: Any) -> bool:
    """A legacy check box's state: its ``w:checked`` (bare, or "1"/"true"/"on"), else its ``w:default``."""
    for name in ("checked", "default"):
        found = box.find(_W + name)
        if found is not None:
            value = found.get(_W + "val")
            return (value is None and name == "checked") or (value or "").casefold() in ("1", "true", "on")
    return False


def _alt_text(drawing: Any) -> str:
    """A picture's alternative text when it says a light (a colour, a rating the vocabulary knows)."""
    from hankegraafi.ingest.lightvalues import value_of

    for doc_pr in drawing.iter(_WP + "docPr"):
        said = (doc_pr.get("descr") or doc_pr.get("title") or "").strip()
        if said and len(said) <= _ALT_LENGTH and value_of(said) in ("on-plan", "deviation"):
            return said
    return ""


__all__ = ["as_bullet", "unseen_text"]
