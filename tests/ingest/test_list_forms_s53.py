"""Forms of lists and headings that keep a document's facts (M4, stop 53).

- A list's bullet as a PDF's text layer gives it: a symbol font's glyph with no Unicode meaning (Symbol's U+F0B7,
  Wingdings' U+F0A7, a font's unmapped glyph read as DEL) or a typographic bullet the readers did not list ("▪",
  "◦", "➢"): read as "• ", the item of a list (test44 oo06's goals). A glyph alone in a cell stays.
- A part's acronym before a goal judged after a dash, in a text that names the part in full ("- TP 1: X – valmis"
  under the goals' heading, "Työpaketti 1: …" above): a goal of the part, no part's heading (test44 oo08).
- A line in capitals with a value after its colon is a field (R18-2); a section's heading in capitals with an
  aside after its colon stays a heading.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.segment import segment
from tests.reliability.redteamkit import extraction

_PLAN = (
    "Kotihoito kuntoon -hanke\n"
    "Hankesuunnitelma, Kymenlaakson hyvinvointialue\n\n"
    "1 Hakija\n"
    "Kymenlaakson hyvinvointialue hakee avustusta.\n\n"
    "2 Tavoitteet\n"
    "{b} Kotihoidon käynneistä kolmannes tehdään etänä.\n"
    "{b} Iltavuoron hoitajamitoitus nousee kahteen hoitajaan.\n"
    "{b} Lääkehoidon virheet puolittuvat vuoden 2024 loppuun mennessä.\n\n"
    "3 Toimijat\n"
    "Xamk arvioi kokeilun.\n"
)

_GOALS = {
    "Kotihoidon käynneistä kolmannes tehdään etänä.",
    "Iltavuoron hoitajamitoitus nousee kahteen hoitajaan.",
    "Lääkehoidon virheet puolittuvat vuoden 2024 loppuun mennessä.",
}


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "\uf0d8", "▪", "◦", "➢", "❖"])
def test_a_pdf_glyph_bullet_opens_a_list_item(glyph: str) -> None:
    x = extraction(_PLAN.format(b=glyph), "plan.txt")
    assert {g.description for p in x.projects for g in p.goals} == _GOALS


def test_a_deleted_glyph_bullet_of_a_pdf_is_a_list_item() -> None:
    """The text reader drops control characters; a PDF's text layer keeps DEL before an item (oo06)."""
    lines = _PLAN.format(b="\x7f").split("\n")
    texts = [e.text for e in segment(lines).elements if e.type == "text"]
    assert "• Kotihoidon käynneistä kolmannes tehdään etänä." in texts


def test_a_glyph_alone_in_a_cell_stays() -> None:
    """Negative: a tick "▪" in a matrix's cell, or a line's "▪" with no text after it, is no bullet."""
    lines = ["Osa-alue\tTP 1\tTP 2", "Aikataulu\t▪\t", "Kustannukset\t\t▪"]
    texts = "\n".join(e.text for e in segment(lines).elements)
    assert "•" not in texts and texts.count("▪") == 2


_DECK = (
    "Etäpalvelut tuntureille -hanke\n\n"
    "Lapin hyvinvointialue\n"
    "- Työpaketti 1: Etävastaanotot\n"
    "- Työpaketti 2: Liikkuvat palvelut\n\n"
    "Tavoitteiden tilanne\n\n"
    "- TP 1: Etävastaanotto toimii jokaisella terveysasemalla – valmis\n"
    "- TP 2: Kyläkohtaiset vastaanottopäivät vakiintuvat – lykkääntyy syksyyn 2025\n"
    "- TP 2: Palveluauto kiertää kolmessa kunnassa – jäi saavuttamatta\n"
)


def test_a_part_acronym_before_a_judged_goal_keys_a_goal() -> None:
    x = extraction(_DECK, "deck.txt")
    goals = {(g.description, g.status) for p in x.projects for g in p.goals}
    assert goals == {
        ("Etävastaanotto toimii jokaisella terveysasemalla", "achieved"),
        ("Kyläkohtaiset vastaanottopäivät vakiintuvat", "moved-later"),
        ("Palveluauto kiertää kolmessa kunnassa", "not-achieved"),
    }


def test_a_part_acronym_line_without_a_verdict_stays_a_part_line() -> None:
    """Negative: "TP 1: X" lines under no goals heading are the work packages' lines, no goals."""
    text = _DECK.replace("Tavoitteiden tilanne", "Työpakettien tilanne").replace(" – valmis", "")
    x = extraction(text, "deck.txt")
    assert not any(g.description.startswith("Etävastaanotto") for p in x.projects for g in p.goals)


def test_a_section_heading_in_capitals_with_an_aside_stays_a_heading() -> None:
    """Negative of R18-2: "3. TAVOITTEET: TILANNE 6/2024" after a field stays a heading (its label is a section's)."""
    lines = [
        "Kotihoito kuntoon -hanke",
        "Rahoittaja: STM",
        "",
        "3. TAVOITTEET: TILANNE 6/2024",
        "- Kotihoidon käynneistä kolmannes tehdään etänä – toteutunut",
    ]
    headings = [e.text for e in segment(lines).elements if e.type == "heading"]
    assert headings == ["3. TAVOITTEET: TILANNE 6/2024"]


def test_a_numbered_table_row_keeps_its_cells() -> None:
    """Negative of R18-6: "1.<TAB>X<TAB>toteutunut" (a numbered goal table's row) holds a tab of its own after the
    item: a table's row of three cells, no list item."""
    lines = ["Nro\tTavoite\tTilanne", "1.\tKotikuntoutus laajenee\ttoteutunut", "2.\tChat avataan\tkesken"]
    tables = [e for e in segment(lines).elements if e.type == "table"]
    assert len(tables) == 1 and tables[0].rows[1] == ["1.", "Kotikuntoutus laajenee", "toteutunut"]


def test_a_part_acronym_line_under_the_goals_without_a_verdict_stays_a_part_line() -> None:
    """Negative (the lead's, 13:29): under the goals' heading, "- TP 1: X" with no verdict after a dash stays the
    work package's line (partshort reads it as before): no goal is read from it."""
    text = _DECK
    for verdict in (" – valmis", " – lykkääntyy syksyyn 2025", " – jäi saavuttamatta"):
        text = text.replace(verdict, "")
    x = extraction(text, "deck.txt")
    assert [g.description for p in x.projects for g in p.goals] == []
