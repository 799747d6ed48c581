"""What Word shows in a run that its text does not hold (issue 13, stop 50, L7; test31 ic02, ic10, test29 ib45;
tune u1707-u1709): a Wingdings tick or cross, a legacy form's check box, a coloured dot pasted as a picture whose
alternative text says its meaning. A text reader saw empty cells. Invented text.
"""

from __future__ import annotations

import io

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from hankegraafi.ingest.readers import read_bytes

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_DRAWING = (
    '<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<wp:inline><wp:extent cx="180000" cy="180000"/><wp:docPr id="{n}" name="Kuva {n}" descr="{alt}"/></wp:inline>'
    "</w:drawing>"
)


def _sym(char: str, font: str = "Wingdings") -> object:
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    return sym


def _checkbox(run: object, checked: bool) -> None:
    state = "<w:checked/>" if checked else ""
    run._r.append(  # type: ignore[attr-defined]
        parse_xml(
            f'<w:fldChar {_W} w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>'
            f'<w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar>'
        )
    )


def _docx() -> bytes:
    import docx

    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for row, (name, first, second) in enumerate((("Tidtabell", "F0FC", "F0FB"), ("Kostnader", "FB", "FC"))):
        t.rows[row].cells[0].text = name
        t.rows[row].cells[1].paragraphs[0].add_run()._r.append(_sym(first))
        t.rows[row].cells[2].paragraphs[0].add_run()._r.append(_sym(second))
    t.rows[2].cells[0].text = "Personal"
    t.rows[2].cells[1].paragraphs[0].add_run()._r.append(_sym("F0FC", font="Symbol"))  # not Wingdings: nothing
    boxes = d.add_table(rows=1, cols=3)
    boxes.rows[0].cells[0].text = "Risker"
    _checkbox(boxes.rows[0].cells[1].paragraphs[0].add_run(), checked=True)
    _checkbox(boxes.rows[0].cells[2].paragraphs[0].add_run(), checked=False)
    for n, (name, alt) in enumerate(
        (("Nytta", "Grön – enligt plan"), ("Logga", "Välfärdsområdets logotyp")), 1
    ):
        p = d.add_paragraph(f"{name} ")
        p.add_run()._r.append(parse_xml(_DRAWING.format(n=n, alt=alt)))
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()


def test_a_wingdings_tick_a_check_box_and_a_rated_pictures_words_are_read() -> None:
    lines = read_bytes(_docx(), file_name="lage.docx", max_bytes=1_000_000).lines
    assert "Tidtabell\t✓\t✗" in lines
    assert "Kostnader\t✗\t✓" in lines
    assert "Risker\t☒\t☐" in lines
    assert "Nytta Grön – enligt plan" in lines


def test_another_fonts_symbol_and_a_logos_words_stay_out() -> None:
    lines = read_bytes(_docx(), file_name="lage.docx", max_bytes=1_000_000).lines
    assert "Personal\t\t" in lines
    assert "Logga" in lines and not any("logotyp" in line for line in lines)
