"""Damaged input read with a warning instead of refused: stray 8-bit bytes in UTF-8, documents cut short.

A publisher's file is often partly bad: a line pasted from an old cp1252 file
into a UTF-8 text, a PDF or page whose download stopped. The part that is there
is read, and the warning names the file and what was wrong, so nothing is
stored as mojibake or as a whole document without saying so.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.readers import IngestError, read_bytes
from tests.ingest.conftest import FIXTURES

LIMIT = 1_000_000


def read(data: bytes, name: str = "hanke.txt"):
    return read_bytes(data, file_name=name, max_bytes=LIMIT)


def test_utf8_with_stray_cp1252_bytes_keeps_both_and_names_the_offsets() -> None:
    head = "Hankkeen nimi\tPäijät-Hämeen perhekeskus\n".encode()
    data = head + b"Toteutetaan Lahdessa ja Hollolassa, kustannus 5 000 \x80 ja v\xe4h\xe4n muuta.\n"
    doc = read(data, "sekoitus.txt")
    assert doc.lines[0] == "Hankkeen nimi\tPäijät-Hämeen perhekeskus"
    assert doc.lines[1] == "Toteutetaan Lahdessa ja Hollolassa, kustannus 5 000 € ja vähän muuta."
    euro = len(head) + data[len(head) :].index(b"\x80")
    first_a = data.index(b"\xe4")
    (warning,) = doc.warnings
    assert warning.startswith("sekoitus.txt: not valid UTF-8 at byte offsets ")
    assert f"{euro}, {first_a}, {first_a + 2}" in warning


def test_a_whole_cp1252_text_is_decoded_without_a_stray_byte_warning() -> None:
    doc = read("Etelä-Pohjanmaan hyvinvointialue\nSeinäjoki ja Ähtäri.\nLoppu.\n".encode("cp1252"))
    assert doc.lines[:2] == ["Etelä-Pohjanmaan hyvinvointialue", "Seinäjoki ja Ähtäri."]
    assert doc.warnings == []


def test_text_cut_inside_a_utf8_character_is_read_with_a_warning() -> None:
    data = "Hankkeen nimi\nKotihoidon kehittäminen\nTavoitteena on että asiakkaat pää".encode()
    doc = read(data[:-1], "poikki.txt")  # the last "ä" loses its second byte
    assert doc.lines[-1] == "Tavoitteena on että asiakkaat pä"
    assert any("middle of a UTF-8 character" in w and w.startswith("poikki.txt: ") for w in doc.warnings)
    assert not any("not valid UTF-8" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        ("Hanke toteutetaan yhteistyössä kuntien, järjestöjen ja", True),
        ("Hanke toteutetaan yhteistyössä kuntien ja järjestöjen kanssa koko alueen asukkaiden", True),
        ("Hanke toteutetaan yhteistyössä kuntien ja järjestöjen kanssa koko alueella.", False),
        ("Tavoitteet", False),
        ("- Perhekeskusten verkosto", False),
    ],
)
def test_text_ending_in_mid_sentence_is_read_with_a_warning(ending: str, cut: bool) -> None:
    body = (
        "Kotihoidon kehittämishanke\n\nTausta\n"
        "Hankkeessa kehitetään kotihoidon toimintamallia koko hyvinvointialueella vuosina 2023 ja 2024.\n"
        "Työtä tehdään yhdessä asiakkaiden ja henkilöstön kanssa, ja tuloksia arvioidaan vuosittain.\n"
        f"{ending}\n"
    )
    doc = read(body.encode(), "kesken.txt")
    assert any("ends in the middle of a sentence" in w for w in doc.warnings) is cut
    assert [line for line in doc.lines if line][-1] == ending


def test_text_ending_in_mid_table_row_is_read_with_a_warning() -> None:
    rows = "Kustannuslaji\tBudjetti\tToteutunut\nHenkilöstö\t100 000\t80 000\nPalvelut\t50 000\t20 000\nMatkat\t5 000\n"
    doc = read(("Kustannukset\n" + rows).encode(), "taulukko.txt")
    assert any("middle of a table row" in w for w in doc.warnings)
    whole = read(("Kustannukset\n" + rows.replace("Matkat\t5 000", "Matkat\t5 000\t1 000")).encode())
    assert whole.warnings == []


def test_pdf_cut_short_is_read_as_far_as_its_whole_pages_go() -> None:
    pdf = (FIXTURES / "loppuraportti.pdf").read_bytes()
    doc = read(pdf[: len(pdf) * 2 // 3], "loppuraportti-poikki.pdf")
    assert doc.kind == "pdf"
    (warning,) = doc.warnings
    assert warning.startswith("loppuraportti-poikki.pdf: a truncated PDF (no %%EOF marker at the end)")
    whole = read(pdf, "loppuraportti.pdf")
    # The salvaged page has the same lines as the whole PDF's first page, in the same order.
    assert "Hankkeen / Projektin nimi\tKanta-Hämeen Pilari 4, Investointi 1" in doc.lines
    assert doc.lines[:5] == whole.lines[:5]
    assert whole.warnings == []


def test_pdf_cut_before_any_whole_page_is_still_refused() -> None:
    pdf = (FIXTURES / "loppuraportti.pdf").read_bytes()
    with pytest.raises(IngestError, match="truncated PDF"):
        read(pdf[: pdf.find(b"endstream") - 100], "alku.pdf")


def test_html_without_its_end_is_read_with_a_warning() -> None:
    page = (FIXTURES / "innokyla.html").read_bytes()
    cut = page[: page.rindex(b"</body>") - 200]
    doc = read(cut, "sivu.html")
    assert any(w.startswith("sivu.html: the HTML ends without </body> or </html>") for w in doc.warnings)
    whole = read(page, "sivu.html")
    assert whole.warnings == []
    # Every line but the last (which the cut may have shortened) is the whole page's line.
    assert doc.lines[:-1] == whole.lines[: len(doc.lines) - 1]
    assert len(doc.lines) > 10


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir() if not p.name.endswith(".ttl")), ids=str)
def test_whole_documents_have_no_reader_warnings(path) -> None:
    assert read(path.read_bytes(), path.name).warnings == []
