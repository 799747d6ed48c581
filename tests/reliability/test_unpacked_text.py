"""No document yields more text than the document limit, whatever its file's size.

The limit (HANKEGRAAFI_MAX_DOCUMENT_BYTES) bounded the bytes of the file only: a DOCX of 170 kB
unpacked to 25.7 MB of text (its XML may reach 64 MB), past the 20 MB a text file may have, and
the extraction reads about 13 us a character (over five minutes for that one document).
"""

from __future__ import annotations

import io
import zipfile

import pytest

from hankegraafi.ingest.readers import IngestError, read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SENTENCE = "Hanke kehittää Pirkanmaan hyvinvointialueen palveluja yhdessä kuntien kanssa."


def docx(paragraphs: int) -> bytes:
    body = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>" * paragraphs
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        )
    return out.getvalue()


LIMIT = 200_000


def test_a_docx_unpacking_past_the_limit_is_refused_naming_its_text() -> None:
    data = docx(4000)  # 312 000 characters of text in some 5 kB
    assert len(data) < LIMIT // 10
    with pytest.raises(
        IngestError, match=rf"big\.docx: its text is 3\d{{5}} characters, over the limit of {LIMIT}"
    ):
        read_bytes(data, file_name="big.docx", max_bytes=LIMIT)


def test_a_docx_within_the_limit_is_read() -> None:
    document = read_bytes(docx(2000), file_name="ok.docx", max_bytes=LIMIT)
    assert document.lines.count(SENTENCE) == 2000


def test_a_text_file_of_exactly_the_limit_is_read() -> None:
    line = "Hanke kehittää palveluja.\n"
    data = (line * (LIMIT // len(line.encode()) + 1)).encode()[:LIMIT]
    assert len(data) == LIMIT
    assert read_bytes(data, file_name="raja.txt", max_bytes=LIMIT).lines[0] == line.strip()
