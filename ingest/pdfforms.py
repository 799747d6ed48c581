"""A fillable PDF form's answers, read where they stand on the page (the PDF reader of ingest/readers.py).

A grant report kept as a fillable PDF has its questions in the page's text and its answers only in
the form's fields (AcroForm widgets): the text layer alone gave the labels and not one answer
("Kustannukset (euroa)" with an empty table; test31 ic09). Each filled field's value is drawn as text
at its field's place, so pypdf's layout text puts it beside its label and in its table's column as a
printout shows it: a text field's value, a chosen option, "X" in a ticked box (a ticked cell of a
grid of verdicts), nothing in an empty one. The page itself is not changed: a copy of its content
gets the values.
"""

from __future__ import annotations

from typing import Any

#: Most fields drawn on one page: a form has tens; a page of thousands of widgets is no report's.
MAX_FIELDS = 2_000
#: The font the values are drawn in: one of the PDF's standard fonts, which every reader has.
_FONT = "/HgFormValue"


def _inherited(widget: Any, key: str) -> Any:
    """A field attribute, from the widget or the field it is a kid of (a field's widgets share its value)."""
    node, depth = widget, 0
    while node is not None and depth < 8:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _value(widget: Any) -> str | None:
    """What a filled field shows: its text, its chosen option, "X" for a ticked box; None when empty."""
    kind = _inherited(widget, "/FT")
    if kind == "/Btn":
        state = widget.get("/AS", _inherited(widget, "/V"))
        return "X" if state is not None and str(state) not in ("/Off", "Off", "") else None
    value = _inherited(widget, "/V")
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def filled_fields(page: Any) -> list[tuple[float, float, float, str]]:
    """(x, y, height, value) of each filled field widget on ``page``."""
    found: list[tuple[float, float, float, str]] = []
    for ref in (page.get("/Annots") or [])[:MAX_FIELDS]:
        widget = ref.get_object()
        if widget.get("/Subtype") != "/Widget" or "/Rect" not in widget:
            continue
        value = _value(widget)
        if value is None:
            continue
        x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
        found.append((min(x0, x1), min(y0, y1), abs(y1 - y0), value))
    return found


def _escaped(text: str) -> bytes:
    """``text`` as a PDF string in the standard fonts' encoding (WinAnsi), what it cannot hold as "?"."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def form_layout_text(page: Any) -> str | None:
    """The page's layout text with its filled fields' values drawn where the fields are; None when no
    field of the page is filled (the caller reads the page as it is)."""
    fields = filled_fields(page)
    if not fields:
        return None
    from pypdf import PageObject
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    copy = PageObject(pdf=page.pdf)
    for key, item in page.items():  # the page's own entries (size, rotation, resources), not a deep copy
        copy[NameObject(key)] = item
    resources = page.get("/Resources")
    resources = DictionaryObject(resources.get_object()) if resources is not None else DictionaryObject()
    fonts = resources.get("/Font")
    fonts = DictionaryObject(fonts.get_object()) if fonts is not None else DictionaryObject()
    fonts[NameObject(_FONT)] = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    resources[NameObject("/Font")] = fonts
    copy[NameObject("/Resources")] = resources
    drawn = b"".join(
        b"BT %s %.2f Tf %.2f %.2f Td %s Tj ET\n"
        % (_FONT.encode(), size, x + 2, y + max(height - size, 0) / 2 + 1, _escaped(value))
        for x, y, height, value in fields
        for size in [min(max(height * 0.7, 6.0), 12.0)]
    )
    values = DecodedStreamObject()
    values.set_data(b"q\n" + drawn + b"Q\n")
    parts = ArrayObject()
    raw = page.raw_get("/Contents") if "/Contents" in page else None
    if raw is not None:
        found = raw.get_object()
        parts.extend(found if isinstance(found, ArrayObject) else [raw])
    parts.append(values)
    copy[NameObject("/Contents")] = parts
    return str(copy.extract_text(extraction_mode="layout") or "")


__all__ = ["MAX_FIELDS", "filled_fields", "form_layout_text"]
