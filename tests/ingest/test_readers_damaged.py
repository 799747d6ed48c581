"""Damaged input read with a warning instead of refused: stray 8-bit bytes in UTF-8, documents cut short.

A publisher's file is often partly bad: a line pasted from an old cp1252 file
into a UTF-8 text, a PDF or page whose download stopped. The part that is there
is read, and the warning names the file and what was wrong, so nothing is
stored as mojibake or as a whole document without saying so.
"""

from __future__ import annotations

import re

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


def test_a_whole_cp1252_text_is_decoded_saying_its_encoding_was_guessed() -> None:
    doc = read("Etelä-Pohjanmaan hyvinvointialue\nSeinäjoki ja Ähtäri.\nLoppu.\n".encode("cp1252"))
    assert doc.lines[:2] == ["Etelä-Pohjanmaan hyvinvointialue", "Seinäjoki ja Ähtäri."]
    (warning,) = doc.warnings
    assert warning.startswith("hanke.txt: mis-encoded text: not valid UTF-8; the whole text was read as cp1252")
    assert "byte offset" not in warning  # not stray bytes: the whole text


def test_a_whole_latin1_text_with_no_8_bit_letter_has_no_warning() -> None:
    """ASCII is UTF-8: a text with no 8-bit byte is read as it is, with nothing to warn of."""
    assert read(b"Kotihoito\nKuopio ja Iisalmi.\nLoppu.\n").warnings == []


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


# --- text encoded twice, lost letters, a cut end: every format ------------------------------

GOOD = "Hanke kehittää kotikuntoutusta Kotkassa ja Pyhtäällä – yhteistyössä Kelan kanssa."
TWICE = GOOD.encode("utf-8").decode("cp1252")  # "PyhtÃ¤Ã¤llÃ¤ â€“ yhteistyÃ¶ssÃ¤"


def _docx(paragraphs: list[str]) -> bytes:
    import io

    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _pdf(lines: list[str]) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    for number, text in enumerate(lines):
        c.drawString(40, 800 - 14 * number, text)
    c.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("raportti.txt", f"Tilanneraportti\n\n{TWICE}\nSeuraava jakso alkaa syksyllä.\n".encode()),
        ("raportti.md", f"# Tilanneraportti\n\n{TWICE}\n\nSeuraava jakso alkaa syksyllä.\n".encode()),
        (
            "raportti.html",
            f"<html><body><h1>Tilanneraportti</h1><p>{TWICE}</p><p>Seuraava jakso alkaa syksyllä.</p></body></html>".encode(),
        ),
        ("raportti.docx", _docx(["Tilanneraportti", TWICE, "Seuraava jakso alkaa syksyllä."])),
    ],
)
def test_text_encoded_twice_is_repaired_with_a_warning_in_every_format(name: str, data: bytes) -> None:
    doc = read(data, name)
    assert GOOD in doc.lines
    assert "Seuraava jakso alkaa syksyllä." in doc.lines  # the good text is left as it was
    (warning,) = doc.warnings
    assert warning.startswith(f"{name}: mis-encoded text: 8 characters encoded twice over")
    assert f"line {doc.lines.index(GOOD) + 1};" in warning


def test_text_encoded_twice_in_a_pdf_is_repaired() -> None:
    """A PDF's text layer with "Ã¤" (a font's text written from a mis-read source), single-byte font."""
    doc = read(_pdf(["Tilanneraportti", "Kotikuntoutus KotkassÃ¤ ja PyhtÃ¤Ã¤llÃ¤.", "Loppu."]), "raportti.pdf")
    assert "Kotikuntoutus Kotkassä ja Pyhtäällä." in doc.lines
    assert any(w.startswith("raportti.pdf: mis-encoded text: 4 characters") for w in doc.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "YHTEISTYÖ\u00a0ja kumppanit.",  # a capital Ö before a no-break space is no mojibake
        "Kustannukset ±5 % arviosta, lämpötila 21 °C.",
        "Ärsyttävän äänekäs ÄÖ-rivi – ilman virheitä.",
    ],
)
def test_good_text_with_capitals_and_signs_is_not_repaired(line: str) -> None:
    doc = read(f"Otsikko\n\n{line}\nLoppu.\n".encode(), "hyva.txt")
    assert line in doc.lines and doc.warnings == []


def test_replacement_characters_are_kept_with_a_warning_naming_the_lines() -> None:
    text = "Tilanneraportti\n\nTy\ufffd jatkuu Eurassa syksyll\ufffd.\nSeuraava jakso alkaa.\n"
    doc = read(text.encode(), "raportti.txt")
    assert "Ty\ufffd jatkuu Eurassa syksyll\ufffd." in doc.lines
    (warning,) = doc.warnings
    assert warning.startswith("raportti.txt: mis-encoded text: 2 replacement characters (U+FFFD) on line 3:")


def test_stray_cp1252_bytes_in_a_utf8_page_keep_the_rest_of_the_page() -> None:
    page = (
        "<html><body><h1>Hanke Pyhtäällä</h1><p>Kustannus 5 000 ".encode()
        + b"\x80 ja v\xe4h\xe4n.</p></body></html>"
    )
    doc = read(page, "sivu.html")
    assert doc.lines[:2] == ["Hanke Pyhtäällä", ""] and "Kustannus 5 000 € ja vähän." in doc.lines
    (warning,) = doc.warnings
    assert warning.startswith("sivu.html: not valid UTF-8 at byte offsets ")


BODY = [
    "Loppuraportti",
    "Hanke laajensi kotisairaalan toiminnan kolmeen kuntaan vuoden 2024 aikana.",
    "Etäkonsultaatio on käytössä ympäri vuorokauden, ja asiakkaita on enemmän kuin odotettiin.",
]


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        (
            "Tulokset esitellään aluehallitukselle marraskuussa, minkä jälkeen malli kuvataan Innokylään muiden käyt",
            True,
        ),
        ("Tulokset esitellään aluehallitukselle, ja", True),
        ("Oulussa 30.9.2025", False),  # a date
        ("Hankkeen ohjausryhmä", False),  # a signature
        ("Sivu 3/3", False),  # a page number
        ("Lisätietoja: projektipäällikkö Aino Esimerkki, puh. 040 000 0000, aino.esimerkki@hva.example", False),
        (
            "Yhteystiedot hankkeen sivuilla osoitteessa https://hva.example/hankkeet/kotisairaala kaikille",
            False,
        ),
        ("Muuta: -", False),  # a field left empty
    ],
)
@pytest.mark.parametrize("suffix", ["txt", "html", "docx"])
def test_a_cut_end_is_warned_of_and_a_whole_end_is_not(ending: str, cut: bool, suffix: str) -> None:
    paragraphs = [*BODY, ending]
    if suffix == "txt":
        data = "\n\n".join(paragraphs).encode()
    elif suffix == "html":
        data = ("<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>").encode()
    else:
        data = _docx(paragraphs)
    doc = read(data, f"loppu.{suffix}")
    assert any("may be cut short" in w for w in doc.warnings) is cut, doc.warnings


@pytest.mark.parametrize(
    ("items", "cut"),
    [
        (
            [
                "- Kotisairaala toimii Raahessa.",
                "- Etäkonsultaatio on käytössä.",
                "- Asiakkaita on 1 500 vuodes",
            ],
            True,
        ),
        (
            ["- Kotisairaala toimii Raahessa", "- Etäkonsultaatio käytössä", "- Asiakkaita 1 500 vuodessa"],
            False,
        ),
        (
            ["1. Kotisairaala toimii Raahessa.", "2. Etäkonsultaatio on käytössä.", "3. Asiakkaita on 1 500."],
            False,
        ),
        (["- Kotisairaala toimii Raahessa.", "- Etäkonsultaatio on käytössä ja"], True),
    ],
)
def test_a_list_cut_in_its_last_item_and_a_whole_list(items: list[str], cut: bool) -> None:
    doc = read(("\n".join([*BODY, "", "Tulokset", *items]) + "\n").encode(), "lista.txt")
    assert any("may be cut short" in w for w in doc.warnings) is cut, doc.warnings


def test_an_html_table_cut_in_its_last_row_though_the_page_was_closed_again() -> None:
    """A page saved by a browser from a broken download: the tags are closed, the last row is short."""
    rows = "".join(
        f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>"
        for row in (("Taho", "Sisältö", "Tila"), ("Kela", "Apuvälineet", "käynnissä"), ("Xamk", "Arvi"))
    )
    page = f"<html><body><h1>Raportti</h1><p>{BODY[1]}</p><table>{rows}</table></body></html>"
    doc = read(page.encode(), "taulu.html")
    assert any("ends in the middle of a table row" in w for w in doc.warnings)
    whole = read(page.replace("<td>Arvi</td>", "<td>Arviointi</td><td></td>").encode(), "taulu.html")
    assert whole.warnings == []  # an empty last cell is a cell


def test_a_wrapped_sentence_cut_in_its_last_part() -> None:
    text = "\n".join(
        [
            *BODY,
            "",
            "Hankkeen tulokset juurrutetaan osaksi hyvinvointialueen kotihoidon",
            "perustoimintaa Oulussa ja Raah",
        ]
    )
    doc = read(text.encode(), "pdfteksti.txt")
    assert any("ends in the middle of a sentence" in w for w in doc.warnings)


def test_a_total_row_written_with_fewer_cells_is_no_cut() -> None:
    rows = "Kustannuslaji\tBudjetti\tToteutunut\nHenkilöstö\t100 000\t80 000\nPalvelut\t50 000\t20 000\nYhteensä\t100 000\n"
    assert read(("Kustannukset\n" + rows).encode(), "taulukko.txt").warnings == []


def test_docx_cut_short_is_read_from_its_document_part_with_a_warning() -> None:
    """A Word file's ZIP directory is at its end; its document part, early in the file, is read."""
    docx = (FIXTURES / "innokyla.docx").read_bytes()
    doc = read(docx[: len(docx) // 2], "puolikas.docx")
    (warning,) = doc.warnings
    assert warning.startswith("puolikas.docx: a truncated DOCX (its ZIP directory is missing)")
    whole = read(docx, "innokyla.docx")
    # The same text, but for the list markers Word keeps in the numbering part, which is lost.
    strip = re.compile(r"^(?:- |\d+\. )")
    assert [strip.sub("", line) for line in whole.lines] == doc.lines


def test_docx_cut_inside_its_document_part_reads_what_is_there() -> None:
    docx = (FIXTURES / "innokyla.docx").read_bytes()
    at = docx.find(b"word/document.xml")
    doc = read(docx[: at + 900], "alku.docx")
    assert doc.lines and doc.lines[0] == read(docx, "innokyla.docx").lines[0]
    assert any("truncated DOCX" in w for w in doc.warnings)


def test_text_encoded_three_times_over_is_repaired_too() -> None:
    thrice = GOOD.encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    doc = read(f"Tilanneraportti\n\n{thrice}\nLoppu.\n".encode(), "raportti.txt")
    assert GOOD in doc.lines
    assert any("encoded twice over" in w for w in doc.warnings)


def test_a_cut_docx_inflates_no_more_than_its_limit() -> None:
    """A cut DOCX whose document part would unpack to gigabytes is read up to the limit only."""
    import zlib

    from hankegraafi.ingest.salvage import salvage_docx_text

    xml = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    xml += (
        b"<w:p><w:r><w:t>Hanke</w:t></w:r></w:p>" + b" " * 5_000_000 + b"<w:p><w:r><w:t>Loppu</w:t></w:r></w:p>"
    )
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = packed.compress(xml) + packed.flush()
    name = b"word/document.xml"
    header = b"PK\x03\x04" + (20).to_bytes(2, "little") + bytes(2) + (8).to_bytes(2, "little") + bytes(8)
    header += len(body).to_bytes(4, "little") + len(xml).to_bytes(4, "little")
    header += len(name).to_bytes(2, "little") + bytes(2) + name
    assert salvage_docx_text(header + body, limit=1000) == ["Hanke"]
    assert salvage_docx_text(header + body) == ["Hanke", "Loppu"]  # under the default limit: all of it


def test_a_csv_export_in_cp1252_is_read_with_a_warning_not_refused() -> None:
    """Excel writes CSV in the Windows code page: the export is read, its encoding named as guessed."""
    data = "Kustannuslaji;Budjetti;Toteuma\nPalvelujen ostot;120 000;98 500\nMatkat;5 000;4 210\n".encode(
        "cp1252"
    )
    data += "Yhteensä;125 000;102 710\n".encode("cp1252")
    doc = read(data, "seuranta.csv")
    assert doc.lines[3] == "Yhteensä;125 000;102 710"
    assert any("the whole text was read as cp1252" in w for w in doc.warnings)


def test_a_text_table_ending_in_an_empty_cell_is_no_cut() -> None:
    """A tab-separated export writes an empty last cell as a trailing tab, which the reader drops."""
    rows = "Osa-alue\tTila\tPerustelu\nAikataulu\tVihreä\tEtenee.\nKustannukset\tKeltainen\tYlitys.\nRiskit\tVihreä\t\n"
    doc = read(("Tilannekuva\n" + rows).encode(), "valot.txt")
    assert [line for line in doc.lines if line][-1] == "Riskit\tVihreä" and doc.warnings == []


def test_a_pdf_table_row_without_its_last_cell_is_no_cut() -> None:
    """A PDF shows no gap for an empty last column: only an open end tells a cut row there."""
    header, rows = (
        "Osa-alue            Tila            Perustelu",
        ["Aikataulu           Vihreä          Etenee."],
    )
    rows += ["Kustannukset        Keltainen       Ylitys.", "Riskit              Vihreä"]
    doc = read(_pdf(["Tilannekuva", header, *rows]), "valot.pdf")
    assert doc.lines[-1].split("\t") == ["Riskit", "Vihreä"] and doc.warnings == []


@pytest.mark.parametrize(
    "footer",
    [["Sivu 3 (3)"], ["Kotihoito kuntoon | Loppuraportti", "3/3"], ["Kotihoito kuntoon | Loppuraportti"]],
)
def test_a_cut_is_found_past_a_page_number_or_running_footer(footer: list[str]) -> None:
    text = [
        "Kotihoito kuntoon | Loppuraportti",
        *BODY,
        "Kotihoito kuntoon | Loppuraportti",
        "Hankkeen tulokset esitellään aluehallitukselle marraskuussa, minkä jälkeen malli kuvataan muiden käyt",
        *footer,
    ]
    doc = read("\n".join(text).encode(), "sivut.txt")
    assert any("may be cut short" in w for w in doc.warnings)
    whole = read(
        "\n".join([*text[: -1 - len(footer)], "Malli kuvataan Innokylään.", *footer]).encode(), "sivut.txt"
    )
    assert whole.warnings == []


def test_letters_written_as_question_marks_inside_words_are_warned_of() -> None:
    text = "Tilanneraportti\n\nHyvinvointialueen ty?ntekij?t ja k?ytt?j?t kokeilivat palvelua.\nLoppu.\n"
    doc = read(text.encode(), "raportti.txt")
    (warning,) = doc.warnings
    assert warning.startswith("raportti.txt: mis-encoded text: 2 words with a letter written as '?' on line 3:")


@pytest.mark.parametrize(
    "line",
    ["Onko hanke valmis? Kyllä on.", "Lisätietoja: https://hva.example/sivu?id=3&kieli=fi", "Mit? Yksi sana."],
)
def test_a_question_a_web_address_or_one_odd_word_is_no_lost_letter(line: str) -> None:
    assert read(f"Otsikko\n\n{line}\nLoppu.\n".encode(), "hyva.txt").warnings == []


def test_a_markdown_table_cut_in_its_last_row() -> None:
    table = "| Taho | Sisältö | Tila |\n|---|---|---|\n| Kela | Apuvälineet | käynnissä |\n| Xamk | Arvi"
    doc = read(f"# Raportti\n\n{BODY[1]}\n\n{table}\n".encode(), "taulu.md")
    assert any("ends in the middle of a table row" in w for w in doc.warnings)
    whole = table.replace("| Xamk | Arvi", "| Xamk | Arviointi | |")
    assert read(f"# Raportti\n\n{BODY[1]}\n\n{whole}\n".encode(), "taulu.md").warnings == []


def test_a_pipe_table_row_wrapped_onto_the_next_line_is_no_cut() -> None:
    """A PDF of a Markdown risk table wraps a long row; its second line closes the row with '|'."""
    rows = [
        "| Riski | T | V | Torjunta | Vastuu |",
        "| Laitehankinta viivästyy | 2 | 3 | Hankinta käynnistetään heti",
        "rahoituspäätöksen jälkeen | Palvelupäällikkö |",
        "| Järjestöt eivät päivitä tietojaan | 4 | 3 | Järjestöille tarjotaan tukea",
        "kuvausten tekemiseen | Järjestökoordinaattori |",
    ]
    doc = read("\n".join(["Riskit", *BODY[1:], *rows]).encode(), "riskit.txt")
    assert doc.warnings == []


def test_a_wrapped_list_item_without_a_full_stop_is_no_cut() -> None:
    items = [
        "- Kotihoidon etäkäynnit käytössä",
        "- Tavoitteena on parantaa kotihoidon asiakkaiden palvelujen",
        "saatavuutta",
    ]
    assert read("\n".join([*BODY, "", "Tulokset", *items]).encode(), "lista.txt").warnings == []


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_export_ending_in_an_empty_cell_is_no_cut(delimiter: str) -> None:
    """Excel writes an empty last cell as a trailing delimiter: the row is whole, parsed as CSV."""
    rows = [["Osa-alue", "Arvio", "Selite"], ["Aikataulu", "myöhässä", "Kaksi ryhmää alkoi joulukuussa"]]
    rows += [["Kustannukset", "ei ylity", ""], ["Riskit", "hallinnassa", ""]]
    data = "\n".join(delimiter.join(row) for row in rows) + "\n"
    doc = read(data.encode(), "seuranta.csv")
    assert doc.warnings == []


@pytest.mark.parametrize(
    ("last", "cut"),
    [
        ('Riskit;"hallinnassa, mutta henkilöstö', True),  # a quoted cell that never closes
        ("Riskit", True),  # fewer cells than the rows above
        ('Riskit;hallinnassa;"Yksi ohjaaja; sijainen haettu"', False),
    ],
)
def test_a_csv_row_is_cut_by_its_cells_not_by_its_last_sign(last: str, cut: bool) -> None:
    data = "Osa-alue;Arvio;Selite\nAikataulu;myöhässä;Kaksi ryhmää\nKustannukset;ei ylity;\n" + last
    doc = read(data.encode(), "seuranta.csv")
    assert any("may be cut short" in w for w in doc.warnings) is cut, doc.warnings


def test_a_long_last_line_without_an_end_after_only_short_lines_is_a_cut() -> None:
    """A report of headings, short lines and a table, whose one paragraph at the end stops mid-word."""
    lines = [
        "3 KUSTANNUKSET",
        "Henkilöstö\t120 000\t98 500",
        "Ostopalvelut\t40 000\t21 000",
        "",
        "4 TAVOITTEET",
    ]
    lines += ["   Jonotusaika lyhenee", "      -> tilanne: toteutunut", "", "5 VIESTINTÄ"]
    lines += ["   Hankkeen tuloksista kerrotaan perhekeskusten verkostossa ja kuntien hyvinvointi"]
    doc = read("\n".join(lines).encode(), "raportti.txt")
    assert any("in the middle of a sentence" in w for w in doc.warnings), doc.warnings
    whole = [*lines[:-1], "   Hankkeen tuloksista kerrotaan perhekeskusten verkostossa ja kuntien lehdissä."]
    assert read("\n".join(whole).encode(), "raportti.txt").warnings == []


PROSE = ["Hanke eteni suunnitellusti ja kaikki kolme osahanketta aloittivat työnsä keväällä.", ""]


@pytest.mark.parametrize(
    "tail",
    [
        # a page's footer or navigation: items joined by middle dots or bars
        ["Österbottens välfärdsområde | Tillgänglighet | Dataskydd | Kontakt"],
        # a signature after a message's closing, in any of the three languages
        ["Med vänliga hälsningar", "Kim Lindqvist", "Projektchef för hemvårdens utvecklingsprojekt i Vasa"],
        ["Kind regards,", "Mikko Laine", "Wellbeing services county of Kainuu, Development and Research Unit"],
        # a field left empty after another separator than a colon
        ["7 Muut huomiot -> –"],
        ["Lisätiedot ... -"],
    ],
)
def test_footers_signatures_and_empty_fields_are_no_cut(tail: list[str]) -> None:
    doc = read("\n".join([*PROSE, *tail]).encode(), "viesti.txt")
    assert doc.warnings == []


def test_a_dated_line_after_a_table_is_no_cut_but_a_number_cut_in_its_thousands_is() -> None:
    table = ["Kululaji\tArvio\tToteuma", "Palkat\t310 000\t287 450", "Matkat\t12 000\t9 870"]
    dated = read("\n".join([*table, "Päivitetty 3.2.2025\tHyväksytty 10.2.2025"]).encode(), "kulut.txt")
    assert dated.warnings == []
    cut = read("\n".join([*table, "Ostot\t45 000\t38 2"]).encode(), "kulut.txt")
    assert any("in the middle of a table row" in w for w in cut.warnings), cut.warnings


@pytest.mark.parametrize(
    ("ending", "cut"),
    [
        ("Yhteenveto: kotikuntoutus laajeni kolmeen kuntaan, mutta", True),  # a conjunction ends no text
        ("Summary: the helpline now answers on weekday evenings, while", True),
        ("Sammandrag: grupperna startade i Närpes, medan", True),
        ("c) Vertaisryhmä Kannuksessa; tilanne: ei aloitettu", False),  # a lettered list item
        ("(b) Peer groups in Kokkola – started", False),
    ],
)
def test_a_conjunction_at_the_end_is_a_cut_and_a_lettered_item_is_not(ending: str, cut: bool) -> None:
    lines = ["Tilanne 6/2025", "Aikataulu: vihreä", "Kustannukset: keltainen", "", "a) Ryhmät alkoivat", ending]
    doc = read("\n".join(lines).encode(), "tilanne.txt")
    assert any("may be cut short" in w for w in doc.warnings) is cut, doc.warnings


def test_an_e_mail_footer_of_items_joined_by_a_middle_dot_is_no_cut() -> None:
    """ "… Peru tilaus · Kymenlaakson hyvinvointialue, Kotka" ends a newsletter (test25 l14): a spaced
    middle dot joins a footer's items, which running text does not use. Invented text."""
    text = (
        "Hankekirje 2/2025\n\nKotihoidon etäkäynnit laajenivat kolmeen kuntaan.\nSeuraava kirje ilmestyy joulukuussa.\n\n"
        "Saat tämän viestin, koska tilasit uutiskirjeen. Peru tilaus · Pohjois-Karjalan hyvinvointialue, Joensuu\n"
    )
    warnings = read_bytes(text.encode(), file_name="kirje.txt", max_bytes=10**6).warnings
    assert not any("cut short" in w for w in warnings)
    cut = text.split("\n\nSaat")[0] + "\nHankkeen väki kiittää kaikkia ja\n"  # a sentence cut short
    assert any(
        "cut short" in w for w in read_bytes(cut.encode(), file_name="kirje.txt", max_bytes=10**6).warnings
    )


def test_a_last_answer_of_one_word_is_no_sentence_left_open() -> None:
    """Stop 40 (tune u1004): a page of questions and answers ends "Kan anhöriga ta emot läkemedlen?<TAB>Ja";
    "ja" is Finnish "and", and the row was taken for a sentence cut after its conjunction."""
    from hankegraafi.ingest.damaged import cut_short

    rows = [
        "Vanliga frågor",
        "",
        "Kostar utkörningen något för klienten?\tNej",
        "Kan anhöriga ta emot läkemedlen?\tJa",
    ]
    assert cut_short(["Rubrik", "Text som slutar.", *rows]) is None
    assert cut_short(["Rubrik", "Text som slutar.", "Hoitoa annetaan Oulussa\tkotona ja"]) is not None


TABLE = ["Kululaji\tBudjetti\tToteutunut\tJäljellä", "Palkat\t310 000\t287 450\t22 550"]
TABLE += ["Ostopalvelut\t120 000\t98 300\t21 700", "Yhteensä\t430 000\t385 750\t44 250"]


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        (["Selite: + = suunnitelman mukaan, ± = pieni poikkeama, − = suuri poikkeama"], "seuranta.tsv"),
        (["Palautetaan valtionavustuksen myöntäjälle\t44 250 €"], "loppu.txt"),
        (["Återbetalas till SHM\t44 250 €"], "slut.txt"),
        (["Key: ✓ on plan · ! minor deviation · ✗ major deviation"], "status.tsv"),
    ],
)
def test_a_line_set_apart_under_a_table_is_no_row_of_it(tail: list[str], name: str) -> None:
    """Stop 57 (test48 os13, test50 ou07): a key or a sum an empty line sets apart under a table was taken for
    the table's last row cut short, because it has fewer cells. Invented text."""
    doc = read("\n".join(["Kustannukset 2025", *TABLE, "", *tail]).encode(), name)
    assert not any("cut short" in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize(
    "lines",
    [
        # a paragraph after the table, cut after its conjunction: the sentence's signs still tell
        ["Kustannukset 2025", *TABLE, "", "Säästynyt summa käytetään kotihoidon laitehankintoihin ja"],
        # a table whose every row stands apart (some readers write an empty line between rows), its last cut
        ["Kustannukset 2025", "", TABLE[0], "", TABLE[1], "", TABLE[2], "", "Matkat\t12 000\t9 8"],
        # a row cut without an empty line before it
        ["Kustannukset 2025", *TABLE[:3], "Matkat\t12 000\t9 8"],
    ],
)
def test_a_cut_after_or_inside_a_table_is_still_found(lines: list[str]) -> None:
    doc = read("\n".join(lines).encode(), "kulut.txt")
    assert any("may be cut short" in w for w in doc.warnings), doc.warnings


def test_a_csv_line_set_apart_that_parses_whole_is_no_cut() -> None:
    """A sheet's export ends "Loppu,": set apart by empty lines, it still parses as a whole row of the
    table above, so it is no cut, though it ends in a comma (test25 l75's form). Invented text."""
    rows = [
        "Tavoite,Tila",
        "Etäkäynnit kotihoitoon,toteutunut",
        "Vertaisryhmät,siirtyy 2026",
        "Kotikäynnit,osin",
    ]
    doc = read("\n".join([*rows, "", "", "Vientiä ei jatketa,"]).encode() + b"\n", "vienti.csv")
    assert not any("cut short" in w for w in doc.warnings), doc.warnings
