"""Regressions: inputs that once crashed or hung ingest now give an IngestError or a graph, quickly.

Each input is built here (invented, a few lines) rather than copied from the
fuzzer's findings, so the test names the exact damage it exercises. Every case
runs under a SIGALRM deadline: a return to quadratic time fails the test
instead of stalling the suite.
"""

from __future__ import annotations

import io
import struct
import zipfile

import docx
import pytest

from bench.fuzzing import deadline, pipeline
from hankegraafi.ingest.mapping import scrub
from hankegraafi.ingest.readers import IngestError, read_bytes
from hankegraafi.ingest.segment import norm_label
from tests.cpuclock import ratio

MAX_BYTES = 5_000_000


def refused(data: bytes, name: str, seconds: float = 5.0) -> IngestError:
    with deadline(seconds), pytest.raises(IngestError) as caught:
        pipeline(data, name)
    assert str(caught.value).startswith(name + ":"), caught.value
    return caught.value


# --- DOCX with a damaged member -------------------------------------------------------------


def _docx() -> bytes:
    document = docx.Document()
    document.add_heading("Hankkeen / Projektin nimi", level=2)
    document.add_paragraph("Kuvitteellinen hanke")
    for n in range(40):
        document.add_paragraph(f"Tavoite {n}: palvelut paranevat ja jonot lyhenevät kohdassa {n}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _member_data_offset(data: bytes, member: str) -> tuple[int, int]:
    """Where ``member``'s compressed bytes start in the archive, and how many there are."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    header = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[header + 26 : header + 30])
    return header + 30 + name_len + extra_len, info.compress_size


def test_docx_with_bad_deflate_data_is_refused() -> None:
    """0xFF bytes are an invalid deflate block type: zipfile raises zlib.error, not BadZipFile."""
    data = bytearray(_docx())
    start, size = _member_data_offset(bytes(data), "word/document.xml")
    data[start : start + size] = b"\xff" * size
    error = refused(bytes(data), "bad-deflate.docx")
    assert "corrupt DOCX" in error.reason


def test_docx_with_impossible_directory_offset_is_refused() -> None:
    """A central directory offset past its real place makes zipfile seek before the start."""
    data = bytearray(_docx())
    end = data.rfind(b"PK\x05\x06")
    (offset,) = struct.unpack("<I", data[end + 16 : end + 20])
    data[end + 16 : end + 20] = struct.pack("<I", offset + 5000)
    with pytest.raises(ValueError, match="negative seek"), zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        z.testzip()  # the damage is the one meant: zipfile itself fails with a ValueError
    error = refused(bytes(data), "negative-seek.docx")
    assert "corrupt DOCX" in error.reason


def test_docx_with_styles_part_of_another_type_is_refused() -> None:
    """python-docx reads the styles part lazily: a styles part it cannot read as styles fails late."""
    source = zipfile.ZipFile(io.BytesIO(_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                    b"application/octet-stream",
                )
            archive.writestr(info.filename, content)
    error = refused(out.getvalue(), "styles.docx")
    assert "corrupt DOCX" in error.reason and "styles" in error.reason


# --- PDF whose objects refer to themselves --------------------------------------------------


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def test_pdf_font_file_referring_to_itself_is_refused() -> None:
    """pypdf raises LimitReachedError (a PyPdfError but not a PdfReadError) on the loop."""
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length 38 >>\nstream\nBT /F1 12 Tf 10 10 Td (Tavoitteet) Tj ET\nendstream",
            b"<< /Type /Font /Subtype /TrueType /BaseFont /Keksitty /FontDescriptor 6 0 R >>",
            b"<< /Type /FontDescriptor /FontName /Keksitty /Flags 32 /FontFile2 7 0 R >>",
            b"<< /Length 7 0 R >>\nstream\nabc\nendstream",
        ]
    )
    error = refused(data, "loop.pdf")
    assert "corrupt PDF" in error.reason


def test_pdf_stream_with_unknown_filter_is_refused() -> None:
    """pypdf raises NotImplementedError for a filter it does not know (a damaged /Filter name)."""
    content = b"BT /F1 12 Tf 10 10 Td (Tavoitteet) Tj ET"
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /ASCII5Decode >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    error = refused(data, "filter.pdf")
    assert "corrupt PDF" in error.reason


# --- HTML nested deeper than Python's recursion limit ---------------------------------------


def test_deeply_nested_html_is_read() -> None:
    depth = 5000
    data = (
        b"<html><body>"
        + b"<div><section>" * depth
        + "<h2>Tavoitteet</h2><ol><li>Jonot lyhenevät</li></ol>".encode()
        + b"</section></div>" * depth
        + b"</body></html>"
    )
    with deadline(10):
        document = read_bytes(data, file_name="nested.html", max_bytes=MAX_BYTES)
    assert document.lines == ["Tavoitteet", "", "1. Jonot lyhenevät"]


def test_html_walk_keeps_document_order() -> None:
    """The explicit-stack walk gives the same lines, in the same order, as the page shows."""
    page = (
        "<html><body><main><h1>Otsikko</h1><p>Ensimmäinen <b>kappale</b><br>toinen rivi</p>"
        "<ul><li>yksi</li><li>kaksi <del>pois</del></li></ul><table><tr><td>a</td><td>1</td></tr></table>"
        "<p>loppu</p></main></body></html>"
    ).encode()
    lines = read_bytes(page, file_name="order.html", max_bytes=MAX_BYTES).lines
    assert lines == [
        "Otsikko",
        "",
        "Ensimmäinen kappale",
        "toinen rivi",
        "",
        "- yksi",
        "- kaksi ~~pois~~",
        "",
        "a\t1",
        "",
        "loppu",
    ]


# --- regular expressions that were quadratic -------------------------------------------------


def test_norm_label_is_linear_on_long_whitespace_runs() -> None:
    with deadline(2):
        assert norm_label("Tavoite" + "\t" * 200_000 + "x") == "tavoite x"
        assert norm_label("Tavoitteet :. * ?\t ") == "tavoitteet"
        assert norm_label("Riskit" + " ." * 100_000) == "riskit"


def test_long_whitespace_run_in_a_document_is_quick() -> None:
    line = "Tavoite" + "\t" * 60_000 + "x"
    text = f"Hankkeen / Projektin nimi\nKuvitteellinen hanke\nTila\nKäynnissä\n\nTavoitteet\n\n{line}\n"
    with deadline(5):
        graph = pipeline(text.encode(), "tabs.txt")
    assert len(graph) > 10


def test_scrub_is_linear_on_long_words() -> None:
    with deadline(2):
        assert scrub("a" * 200_000) == "a" * 200_000
        assert scrub("a." * 100_000 + " b") == "a." * 100_000 + " b"
    # Doubling the input must not quadruple the time (a loose bound: timing is noisy).
    small, large = ratio(scrub, lambda n, k: "xy"[k % 2] * n, 100_000, bound=12, times=4)
    assert large < max(small * 12, 0.05)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yhteys: maija.meikalainen@esimerkki.fi.", "Yhteys: [sähköposti poistettu]."),
        ("(etu.suku+hanke@sote.example.org)", "([sähköposti poistettu])"),
        ("mailto:a_b-c@x-y.fi ja toinen", "[sähköposti poistettu] ja toinen"),  # mailto: goes with it
        ("osoite 5-paikkainen@ei", "osoite 5-paikkainen@ei"),
    ],
)
def test_scrub_still_removes_addresses(text: str, expected: str) -> None:
    assert scrub(text) == expected
