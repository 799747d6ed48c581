"""A DOCX paragraph's text as its reader sees it with changes accepted (issue 13, stop 37; test25 l15).

Word keeps a tracked insertion's runs inside ``<w:ins>``, a link's inside ``<w:hyperlink>`` and a
template's form field inside a content control (``<w:sdt>``); python-docx's ``Paragraph.runs`` gives
only the paragraph's own runs, so such text was lost. Deleted runs (``<w:del>``) are no text. Invented.
"""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml

from hankegraafi.ingest.readers import read_bytes

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(*paragraphs: str) -> bytes:
    """A DOCX whose body is the given ``<w:p>`` XML fragments, in order."""
    document = docx.Document()
    body = document.element.body
    for fragment in paragraphs:
        body.insert(len(body) - 1, parse_xml(f"<w:p {_W}>{fragment}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[str]:
    return [line for line in read_bytes(data, file_name="raportti.docx", max_bytes=10**7).lines if line]


def test_inserted_text_is_read_and_deleted_text_is_not() -> None:
    data = _docx(
        "<w:r><w:t xml:space='preserve'>Henkilöstö </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>keltainen</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t>punainen</w:t></w:r></w:ins>",
    )
    assert _lines(data) == ["Henkilöstö punainen"]


def test_text_in_links_and_content_controls_is_read() -> None:
    data = _docx(
        "<w:r><w:t xml:space='preserve'>Hankkeen nimi: </w:t></w:r>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Kotona Tunturissa</w:t></w:r></w:sdtContent></w:sdt>",
        "<w:r><w:t xml:space='preserve'>Lisätietoja </w:t></w:r>"
        "<w:hyperlink w:history='1'><w:r><w:t>hankkeen sivulla</w:t></w:r></w:hyperlink>",
    )
    assert _lines(data) == ["Hankkeen nimi: Kotona Tunturissa", "Lisätietoja hankkeen sivulla"]


def _docx_body(*blocks: str) -> bytes:
    """A DOCX whose body is the given block XML fragments (paragraphs, content controls), in order."""
    document = docx.Document()
    body = document.element.body
    for fragment in blocks:
        body.insert(len(body) - 1, parse_xml(fragment.replace(">", f" {_W}>", 1)))  # the namespace on its root
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_content_control_of_whole_paragraphs_is_read() -> None:
    data = _docx_body(
        "<w:p><w:r><w:t>Tilannearvio</w:t></w:r></w:p>",
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Aikataulu: vihreä</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Riskit: punainen</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    assert _lines(data) == ["Tilannearvio", "Aikataulu: vihreä", "Riskit: punainen"]


_BOX = (
    "<w:txbxContent><w:p><w:r><w:t>Aikataulu: vihreä</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>Kustannukset: punainen</w:t></w:r></w:p></w:txbxContent>"
)


def test_a_text_box_is_read_once_after_its_anchor() -> None:
    """A floating box (its copy for older readers in mc:Fallback is not read twice)."""
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    data = _docx_body(
        f"<w:p><w:r><w:t>Päivitetty 18.9.2024</w:t></w:r><w:r><mc:AlternateContent {mc}>"
        f"<mc:Choice Requires='wps'><w:pict><v:shape {v}><v:textbox>{_BOX}</v:textbox></v:shape></w:pict></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape {v}><v:textbox>{_BOX}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>",
        "<w:p><w:r><w:t>Seuraava kappale</w:t></w:r></w:p>",
    )
    assert _lines(data) == [
        "Päivitetty 18.9.2024",
        "Aikataulu: vihreä",
        "Kustannukset: punainen",
        "Seuraava kappale",
    ]


def test_a_superscript_footnote_mark_after_an_amount_is_no_digit_of_it() -> None:
    """Word's "131 260" and a superscript "1" read as 131 2601 (test25 l27). Invented."""
    data = _docx(
        "<w:r><w:t>Köpta tjänster 131 260</w:t></w:r><w:r><w:rPr><w:vertAlign w:val='superscript'/></w:rPr><w:t>1</w:t></w:r>"
    )
    assert _lines(data) == ["Köpta tjänster 131 260"]
