"""Write the PDF and DOCX tuning documents of cost tables and traffic lights (u110, u111; invented text).

Issue 13, stop 27: lights and cost tables in forms the ingest had not seen. The PDF is drawn
with the tuning set's own page helper (``tune_binaries._pdf``: a running header with the page
number, ``#``-rows drawn as positioned columns); the DOCX with python-docx and fixed document
dates, so that a rerun gives byte-identical files. Run with
``.venv/bin/python tests/ingest/corpus/generate/tune_tables_binaries.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tune_binaries import TUNE, _pdf  # the tuning set's drawing helper, next to this file


def _save_docx(document: object, name: str) -> None:
    """Save with every ZIP member dated 2024-01-01: python-docx stamps the members with the clock."""
    raw = io.BytesIO()
    document.save(raw)  # type: ignore[attr-defined]
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    (TUNE / name).write_bytes(out.getvalue())


def u110_varsinais_suomi_interim_docx() -> None:
    """Lights as sentence-like cells naming the colour inside the sentence; a cost table whose
    header is two rows, the first with cells merged over the year's and the cumulative columns."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 10, 8)
    d.core_properties.modified = dt.datetime(2024, 10, 8)
    d.core_properties.author = "Hankepalvelut"
    d.add_heading("Väliraportti 2/2024", level=0)
    d.add_paragraph("Hanke: Ikääntyneiden arjen tuki Turun seudulla")
    d.add_paragraph("Hallinnoija: Varsinais-Suomen hyvinvointialue")
    d.add_paragraph("Raportointijakso: 1.5.2024–31.8.2024")
    d.add_heading("1 Tilannearvio", level=1)
    lights = d.add_table(rows=1, cols=2)
    lights.rows[0].cells[0].text = "Arvioitava asia"
    lights.rows[0].cells[1].text = "Tilannearvio"
    for label, text in (
        ("Aikataulu", "Toimenpiteet ovat edenneet kuten sovittiin, joten tilanne on vihreä."),
        ("Kustannukset", "Kulut ovat kertyneet arvioitua hitaammin; arvio keltainen."),
        ("Henkilöstö", "Tiimi on pysynyt koossa koko jakson ajan (vihreä)."),
        ("Riskit", "Asiakastietojärjestelmän toimitus siirtyi, mikä nostaa riskitason punaiseksi."),
    ):
        cells = lights.add_row().cells
        cells[0].text = label
        cells[1].text = text
    d.add_paragraph("Arjen tuen ryhmät kokoontuvat Turussa ja Kaarinassa.")
    d.add_heading("2 Kustannukset", level=1)
    table = d.add_table(rows=2, cols=5)
    top, sub = table.rows[0].cells, table.rows[1].cells
    top[0].text = "Kustannuslaji"
    top[1].merge(top[2]).text = "Vuosi 2024"
    top[3].merge(top[4]).text = "Kumulatiivinen"
    for cell, text in zip(sub, ("", "Budjetti", "Toteuma", "Budjetti", "Toteuma"), strict=True):
        cell.text = text
    for row in (
        ("Palvelujen ostot", "80 000", "76 500", "190 000", "171 200"),
        ("Omat henkilöstökustannukset", "260 000", "244 900", "610 000", "552 300"),
        ("Yhteensä", "340 000", "321 400", "800 000", "723 500"),
    ):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_heading("3 Seuraava jakso", level=1)
    d.add_paragraph("Ryhmätoimintaa laajennetaan syksyllä.")
    _save_docx(d, "u110_varsinais_suomi_valiraportti_lauseet_2024.docx")


U111 = [
    [
        "TILANNERAPORTTI 3/2024",
        "Hanke: Saamenkieliset etäpalvelut Lapissa",
        "Hallinnoija: Lapin hyvinvointialue",
        "Raportointijakso: 1.7.2024-30.9.2024",
        "",
        "1 Tilannevalot",
        "Merkkien selitys: V = vihreä, K = keltainen, P = punainen",
        "#Aikataulu|V|Etävastaanotot avattiin Inarissa.",
        "#Kustannukset|K|Tulkkauskulut kasvoivat.",
        "#Henkilöstö|P|Saamenkielisiä hoitajia ei saatu.",
        "#Hyödyt|V|Asiakaspalaute on ollut hyvää.",
        "",
        "Etävastaanottoja tarjotaan myös Utsjoella.",
        "",
        "2 Kustannukset hankkeen alusta (k€)",
        "#Kustannuslaji|Budjetti|Toteuma|Ero",
        "#Palvelujen ostot|140|151,2|-11,2",
        "#Omat henkilöstökustannukset|380|302,5|77,5",
        "#Matkakulut|25|19,9|5,1",
        "#Yhteensä|545|473,6|71,4",
    ],
    [
        "3 Seuraava jakso",
        "Etävastaanottojen ajanvaraus siirtyy verkkoon.",
    ],
]


def u111_lappi_status_pdf() -> None:
    """Lights as letters explained by a legend line, a k€ table with minus signs, a running header."""
    _pdf(
        "u111_lappi_tilanneraportti_kirjaimet_2024.pdf",
        "Lapin hyvinvointialue      Tilanneraportti 3/2024",
        U111,
        [40, 230, 300, 370],
    )


if __name__ == "__main__":
    u110_varsinais_suomi_interim_docx()
    u111_lappi_status_pdf()
