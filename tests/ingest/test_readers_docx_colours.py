"""A Word document's colours that alone carry a light are read (issue 13, stop 38; test22 q12, tune u896).

A status report in Word marks each dimension with a dot whose font colour is the light, or with a
table cell shaded green, yellow or red and left empty. Read as text both were nothing: "●" beside
every dimension, an empty cell. Invented text.
"""

from __future__ import annotations

import io

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor

from hankegraafi.ingest.readers import read_bytes


def _docx() -> bytes:
    import docx

    d = docx.Document()
    p = d.add_paragraph("Aikataulu ")
    p.add_run("●").font.color.rgb = RGBColor(0x00, 0xA6, 0x51)
    p = d.add_paragraph("Kustannukset ")
    p.add_run("●").font.color.rgb = RGBColor(0x80, 0x80, 0x80)  # grey: no light
    p = d.add_paragraph("Otsikko ")
    p.add_run("Tärkeää").font.color.rgb = RGBColor(0xC0, 0x00, 0x00)  # red words say their words
    t = d.add_table(rows=3, cols=2)
    for row, (name, fill, text) in enumerate(
        (("Henkilöstö", "FFC000", ""), ("Riskit", "C00000", "●"), ("Huomio", "00B050", "Sovittu"))
    ):
        t.rows[row].cells[0].text = name
        t.rows[row].cells[1].text = text
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), fill)
        t.rows[row].cells[1]._tc.get_or_add_tcPr().append(shd)
    p = d.add_paragraph("Hyödyt ")
    mark = p.add_run("■")
    highlight = OxmlElement("w:highlight")
    highlight.set(qn("w:val"), "darkGreen")
    mark._r.get_or_add_rPr().append(highlight)
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()


def test_a_coloured_dot_a_shaded_cell_and_a_highlight_read_as_their_colour() -> None:
    lines = read_bytes(_docx(), file_name="tilanne.docx", max_bytes=1_000_000).lines
    assert "Aikataulu ● green" in lines
    assert "Henkilöstö\tyellow" in lines  # an empty cell shaded amber
    assert "Riskit\t● red" in lines
    assert "Hyödyt ■ green" in lines  # Word's highlight "darkGreen"


def test_grey_marks_and_coloured_words_are_left_as_they_stand() -> None:
    lines = read_bytes(_docx(), file_name="tilanne.docx", max_bytes=1_000_000).lines
    assert "Kustannukset ●" in lines  # grey is no light
    assert "Otsikko Tärkeää" in lines  # words in colour say what their words say
    assert "Huomio\tSovittu" in lines  # a green cell with words of its own


def _painted(scale: bool) -> bytes:
    import docx

    d = docx.Document()
    colours = ("1E8449", "D68910", "B03A2E") if scale else ("1E8449",) * 3
    for name, colour in zip(("Aikataulu", "Kustannukset", "Riskit"), colours, strict=True):
        p = d.add_paragraph()
        p.add_run(name).font.color.rgb = RGBColor.from_string(colour)
        p.add_run(" – kommentti")
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()


def test_phrases_painted_in_a_scale_of_colours_read_with_their_colour() -> None:
    """Dimension names in green, orange and red (test23 s31's class): each phrase gets its colour."""
    lines = read_bytes(_painted(scale=True), file_name="t.docx", max_bytes=1_000_000).lines
    assert lines == [
        "Aikataulu (green) – kommentti",
        "Kustannukset (yellow) – kommentti",
        "Riskit (red) – kommentti",
    ]


def test_one_colour_throughout_is_a_template_not_a_scale() -> None:
    lines = read_bytes(_painted(scale=False), file_name="t.docx", max_bytes=1_000_000).lines
    assert lines == ["Aikataulu – kommentti", "Kustannukset – kommentti", "Riskit – kommentti"]


def _shaded_phrases() -> bytes:
    """A scale of run shading (w:rPr/w:shd), one dimension a longer phrase split over two runs."""
    import docx

    d = docx.Document()
    for words, fill in (
        (("Aikataulu",), "92D050"),
        (("Henkilöstö",), "FFC000"),
        (("Hankinnat etenevät sovitussa ", "järjestyksessä ja ajallaan"), "92D050"),
        (("Tulokset",), "FF0000"),
        (("Tässä kappaleessa on kuvattu hankkeen taustaa sekä sen vaiheita",), "FF0000"),
    ):
        p = d.add_paragraph()
        for text in words:
            run = p.add_run(text)
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), fill)
            run._r.get_or_add_rPr().append(shd)
    p = d.add_paragraph()
    p.add_run("Kustannukset ").font.color.rgb = RGBColor.from_string("1E8449")
    p.add_run("ylittyvät hiukan arviosta")  # one painted word in a longer phrase
    raw = io.BytesIO()
    d.save(raw)
    return raw.getvalue()


def test_a_longer_phrase_shaded_in_one_colour_throughout_reads_with_its_colour_once() -> None:
    """test27 i87's class: a dimension's name of five to eight words painted as a whole, whatever runs
    Word split it into; a paragraph of more words, or one painted only in part, keeps its words."""
    lines = read_bytes(_shaded_phrases(), file_name="t.docx", max_bytes=1_000_000).lines
    assert lines == [
        "Aikataulu (green)",
        "Henkilöstö (yellow)",
        "Hankinnat etenevät sovitussa järjestyksessä ja ajallaan (green)",
        "Tulokset (red)",
        "Tässä kappaleessa on kuvattu hankkeen taustaa sekä sen vaiheita",
        "Kustannukset (green) ylittyvät hiukan arviosta",
    ]
