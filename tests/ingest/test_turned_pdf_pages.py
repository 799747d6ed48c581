"""A PDF page printed turned (``/Rotate`` 90: a landscape annex of a wide cost table) is read upright (issue 13).

pypdf's layout text left out text drawn turned, with the note "Rotated text discovered", so the annex's table
was lost whole (test31 ic44). readers._Upright moves the page's rotation into a copy of its content and takes
that text where it holds more. Year columns beside a granted column hold what was spent against it
(money._by_year). Invented text, drawn with reportlab.
"""

from __future__ import annotations

import io
from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

ROWS = [
    ("Kululaji", "2022", "2023", "Yhteensä", "Myönnetty"),
    ("Henkilöstökulut", "84 000", "196 500", "280 500", "300 000"),
    ("Matkakulut", "1 900", "5 300", "7 200", "10 000"),
    ("Yhteensä", "85 900", "201 800", "287 700", "310 000"),
]


def _report(turned: bool) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    for n, text in enumerate(
        [
            "Loppuraportti: Liikkuva suun terveydenhuolto Lapissa",
            "Hankeaika 1.3.2022–31.12.2023 · raportti 20.2.2024",
            "Toteuttaja: Lapin hyvinvointialue; mukana Kemi ja Tornio.",
            "Rahoittaja: sosiaali- ja terveysministeriö.",
            "Kustannukset vuosittain: katso liite (sivu 2).",
        ]
    ):
        c.drawString(40, height - 60 - 16 * n, text)
    c.showPage()
    c.saveState()  # the turn drawn inside a saved state, as a report's landscape annex is
    if turned:
        c.setPageRotation(90)
        c.translate(width, 0)
        c.rotate(90)
    top = (width if turned else height) - 60
    c.setFont("Helvetica", 10)
    c.drawString(40, top, "Liite: kustannukset vuosittain (euroa)")
    for n, row in enumerate(ROWS):
        for x, text in zip((40, 220, 320, 420, 520), row, strict=True):
            c.drawString(x, top - 30 - 18 * n, text)
    c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_turned_pages_table_is_read_as_on_an_upright_page() -> None:
    turned = read_bytes(_report(True), file_name="loppuraportti.pdf", max_bytes=1_000_000)
    upright = read_bytes(_report(False), file_name="loppuraportti.pdf", max_bytes=1_000_000)
    rows = [
        line.split("\t") for line in turned.lines if line.startswith(("Kululaji", "Henkilöstö", "Yhteensä"))
    ]
    assert rows == [list(row) for row in (ROWS[0], ROWS[1], ROWS[3])]
    assert [line for line in upright.lines if line.startswith("Matkakulut")] == [
        line for line in turned.lines if line.startswith("Matkakulut")
    ]
    assert not [w for w in turned.warnings if "Rotated" in w or "damaged" in w]


def test_year_columns_beside_the_sum_granted_are_what_was_spent() -> None:
    x = extract(read_bytes(_report(True), file_name="loppuraportti.pdf", max_bytes=1_000_000))
    cells = {
        (s.kind, s.year, line.category, column): value
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
    }
    assert cells[("annual", "2022", "staff-costs", "actual")] == Decimal(84000)
    assert cells[("annual", "2023", "travel", "actual")] == Decimal(5300)
    assert not [key for key in cells if key[0] == "annual" and key[3] == "budget"]
