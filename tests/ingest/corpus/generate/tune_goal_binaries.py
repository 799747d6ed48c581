"""Write the tuning set's PDF documents of goal tables in pieces (u204; invented text, see ../README.md).

Run with ``.venv/bin/python tests/ingest/corpus/generate/tune_goal_binaries.py``; the output
is committed, so the script is needed only to change it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

TUNE = Path(__file__).resolve().parent.parent / "tune"
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells set at
    ``columns`` (a cell longer than its column runs into the next, as a report's export does);
    "!" starts a bold heading. ``header`` and ``footer`` give each page's running lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TUNE / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)):
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)):
            c.drawString(x, 26, text)
        y = height - 64
        for line in page:
            if line.startswith("#"):
                c.setFont("Helvetica", 9)
                for x, text in zip(columns, line[1:].split("|"), strict=False):
                    c.drawString(x, y, text)
            elif line.startswith("!"):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(40, y, line[1:])
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


def u204_paijat_hame_loppuraportti() -> None:
    """A final report whose goal table comes in pieces: a goal longer than its column run into
    its status cell, a goal wrapped onto a line of its own between two parts of the table, and
    the table's last rows on the next page without the header."""

    def header(_n: int, _total: int) -> list[tuple[int, str]]:
        return [(40, "Päijät-Hämeen hyvinvointialue"), (420, "LOPPURAPORTTI 2025")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Lähipalvelut Päijät-Hämeessä"), (480, f"Sivu {n}/{total}")]

    pages = [
        [
            "!Loppuraportti: Lähipalvelut Päijät-Hämeessä",
            "",
            "!1 Perustiedot",
            "#Hankkeen nimi|Lähipalvelut Päijät-Hämeessä",
            "#Hankeaika|1.1.2023–31.12.2024",
            "Raportin päivämäärä: 28.2.2025",
            "",
            "!2 Tavoitteet ja niiden toteutuminen",
            "#Tavoite|Toteutuminen",
            "#Perhekeskuksen etävastaanotto palvelee joka arkipäivä|Toteutui",
            "#Ikäihmisten kotikuntoutus alkaa viikossa Lahdessa ja|Toteutui osittain",
            "Heinolassa",
            "#Mielenterveysneuvonnan chat avataan|Jäi kesken",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "#Suun terveydenhuollon ajanvaraus verkossa|Siirtyi vuodelle 2025",
            "",
            "!3 Jatko",
            "Etävastaanotto jatkuu osana perhekeskuksen palveluja.",
        ],
    ]
    _pdf("u204_paijat_hame_loppuraportti_tavoitetaulukko_paloina_2025.pdf", pages, [40, 250], header, footer)


if __name__ == "__main__":
    u204_paijat_hame_loppuraportti()
