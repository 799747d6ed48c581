"""A PDF cell drawn on past its column is kept apart from the next cell (ingest/pdflayout.py, stop 56 M8; test47
or03's class): pypdf's layout text glued a long goal to its verdict ("…Orimattilassatoteutunut"). Pieces that touch
(a label and its value drawn where the label ends) and pieces of one place (a bullet and its word) stay as pypdf
lays them out. All text is invented."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from hankegraafi.ingest.readers import read_bytes


def _pdf(draw) -> list[str]:
    out = io.BytesIO()
    page = canvas.Canvas(out, invariant=1)
    page.setFont("Helvetica", 9)
    draw(page)
    page.save()
    return read_bytes(out.getvalue(), file_name="raportti.pdf", max_bytes=100_000).lines


@pytest.mark.parametrize("verdict", ["toteutunut", "Osittain toteutunut"])
def test_a_goal_drawn_over_the_verdicts_column_is_a_cell_of_its_own(verdict: str) -> None:
    goal = "Perheneuvolan palveluohjaus toimii kaikissa kunnissa ja kylissä arkisin"

    def draw(page) -> None:
        for y, (a, b, c) in ((700, ("Nro", "Tavoite", "Arvio")), (686, ("1", goal, verdict))):
            for x, text in ((40, a), (70, b), (250, c)):
                page.drawString(x, y, text)

    assert f"1\t{goal}\t{verdict}" in _pdf(draw)


def test_pieces_that_touch_are_one_line() -> None:
    def draw(page) -> None:
        label = "Ohjausryhmän käsittely:"
        page.drawString(40, 700, label)
        page.drawString(40 + page.stringWidth(label, "Helvetica", 9), 700, " hyväksytty 10.9.2024")

    assert "Ohjausryhmän käsittely: hyväksytty 10.9.2024" in _pdf(draw)
