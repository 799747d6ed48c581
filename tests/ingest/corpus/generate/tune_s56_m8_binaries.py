"""Write stop 56's M8 tuning PDFs (invented text, see ../README.md): a table that runs over a page break under
a running header and a page-number footer (ingest/pdfpages.py), and its negative, a page that opens with a new
table's header; a goal table whose long goals are drawn on past their column into the verdict's
(ingest/pdflayout.py), with a label and its value drawn as two pieces that touch (one line, not two cells).

Run with ``.venv/bin/python tests/ingest/corpus/generate/tune_s56_m8_binaries.py``; two runs write the
same bytes (binaries_common), and the output is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from binaries_common import pdf

TUNE = Path(__file__).resolve().parent.parent / "tune"


def sv(amount: int) -> str:
    return f"{amount:,}".replace(",", " ")


#: label, 2023, 2024, 2025 (u2282)
U2282_COSTS = [
    ("Personalkostnader", 148200, 236900, 241350),
    ("Köpta tjänster", 32600, 41800, 38150),
    ("Hjälpmedel", 18400, 9250, 4300),
    ("Resekostnader", 6120, 8940, 7710),
    ("Övriga kostnader", 2900, 3350, 2480),
]


def u2282_lansi_uusimaa_sv_slutrapport_tabell_over_sidbrytning_pdf() -> None:
    """A Swedish final report whose cost table runs on to page 2 without its header, under the running header
    "Västra Nylands välfärdsområde   Slutrapport" and the footer "Sida 1 av 2"."""
    totals = [sum(r[i] for r in U2282_COSTS) for i in (1, 2, 3)]

    def row(label: str, values: list[int]) -> str:
        return f"#{label}|{sv(values[0])}|{sv(values[1])}|{sv(values[2])}|{sv(sum(values))}"

    page1 = [
        "!Trygg hemrehabilitering i Västra Nyland",
        "Slutrapport för projektet",
        "Projektägare: Västra Nylands välfärdsområde",
        "Projekttid: 1.3.2023–31.12.2025",
        "Datum: 20.2.2026",
        "",
        "!Måluppfyllelse",
        "1. Hemrehabiliteringsteamet når alla nya klienter – uppnått",
        "2. Första besöket sker inom en vecka – delvis uppnått",
        "",
        "!Utfall per år (€)",
        "#Kostnadsslag|Utfall 2023|Utfall 2024|Utfall 2025|Utfall totalt",
        *[row(label, [a, b, c]) for label, a, b, c in U2282_COSTS[:3]],
    ]
    page2 = [
        *[row(label, [a, b, c]) for label, a, b, c in U2282_COSTS[3:]],
        row("Totalt", totals),
        "",
        "Styrgruppen godkände rapporten 12.2.2026.",
    ]
    pdf(
        TUNE / "u2282_lansi_uusimaa_sv_slutrapport_tabell_over_sidbrytning_2026.pdf",
        [page1, page2],
        [40, 200, 300, 380, 460],
        lambda n, total: [(40, "Västra Nylands välfärdsområde"), (470, "Slutrapport")],
        lambda n, total: [(480, f"Sida {n} av {total}")],
    )


#: label, budget, actual (u2283: 2024 on page 1, 2025 on page 2)
U2283_2024 = [
    ("Henkilöstökulut", 310000, 296400),
    ("Palvelujen ostot", 84000, 79150),
    ("Yhteensä", 394000, 375550),
]
U2283_2025 = [
    ("Henkilöstökulut", 325000, 158200),
    ("Palvelujen ostot", 90000, 37900),
    ("Yhteensä", 415000, 196100),
]


def u2283_pohjois_pohjanmaa_tilanneraportti_uusi_taulu_sivun_alussa_pdf() -> None:
    """The negative: page 2 opens with the next year's table, its own header row of as many cells as the rows of
    page 1's table above the break; two tables, not one."""
    page1 = [
        "!Etäkuntoutus kotiin Pohjois-Pohjanmaalla",
        "Tilanneraportti 2/2025",
        "Toteuttaja: Pohjois-Pohjanmaan hyvinvointialue",
        "Hankeaika: 1.1.2024–31.12.2026",
        "Raportointipäivä: 15.8.2025",
        "",
        "!Talous",
        "#Kustannuslaji|Budjetti 2024 €|Toteutunut 2024 €",
        *[f"#{label}|{sv(b)}|{sv(a)}" for label, b, a in U2283_2024],
    ]
    page2 = [
        "#Kustannuslaji|Budjetti 2025 €|Toteutunut 1–6/2025 €",
        *[f"#{label}|{sv(b)}|{sv(a)}" for label, b, a in U2283_2025],
        "",
        "Hankeryhmä käsitteli raportin 12.8.2025.",
    ]
    pdf(
        TUNE / "u2283_pohjois_pohjanmaa_tilanneraportti_uusi_taulu_sivun_alussa_2025.pdf",
        [page1, page2],
        [40, 220, 360],
        lambda n, total: [(40, "Pohjois-Pohjanmaan hyvinvointialue"), (420, "Tilanneraportti 2/2025")],
        lambda n, total: [(500, f"{n} ({total})")],
    )


U2284_GOALS = [
    ("1", "Every home care client in the region can book a video visit on weekdays", "Achieved"),
    ("2", "Night-time home care visits are planned with the shared route optimiser", "Partly achieved"),
    ("3", "Medication robots in 40 homes", "Not achieved"),
]


def u2284_kainuu_en_interim_report_goal_cells_over_column_pdf() -> None:
    """An English interim report whose goal table draws each cell at its column without wrapping: the long goals
    run on over the start of the Assessment column. Its negative on the same page: the review's label and its value
    drawn as two pieces, the value right where the label ends, read as one line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(
        str(TUNE / "u2284_kainuu_en_interim_report_goal_cells_over_column_2024.pdf"), pagesize=A4, invariant=1
    )
    _w, height = A4
    y = height - 64
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, y, "Digital Home Care in Kainuu")
    for line in (
        "Interim report 2/2024",
        "Implementer: Kainuu wellbeing services county",
        "Project period: 1 January 2024 - 31 December 2025",
        "Date: 16 September 2024",
    ):
        y -= 16
        c.setFont("Helvetica", 10)
        c.drawString(40, y, line)
    y -= 16
    label = "Steering group review:"
    c.drawString(40, y, label)
    c.drawString(40 + c.stringWidth(label, "Helvetica", 10), y, " approved on 10 September 2024")
    y -= 28
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, y, "Objectives")
    for number, goal, verdict in [("No", "Objective", "Assessment"), *U2284_GOALS]:
        y -= 16
        c.setFont("Helvetica", 9)
        for x, text in ((40, number), (70, goal), (330, verdict)):
            c.drawString(x, y, text)
    c.showPage()
    c.save()


if __name__ == "__main__":
    u2282_lansi_uusimaa_sv_slutrapport_tabell_over_sidbrytning_pdf()
    u2283_pohjois_pohjanmaa_tilanneraportti_uusi_taulu_sivun_alussa_pdf()
    u2284_kainuu_en_interim_report_goal_cells_over_column_pdf()
