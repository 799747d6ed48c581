"""A goal's status as a mark the document's own legend explains, after the goal in a list (issue 13).

"- X – ◐" under "Selite: ● = saavutettu, ◑ = edennyt osittain, …": the mark after the dash is read by
the legend, as a goal table's status cell already was (goalstatus.legend_status), and the legend line
itself is no goal. Found by the variant generator (bench/variants, dimension ``status`` = symbol with
``goals`` = list); tuning document u308.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Tilannekatsaus\nHanke: Etäneuvola saaristoon\nHallinnoija: Varsinais-Suomen hyvinvointialue\n\n"


def _goals(text: str) -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_a_mark_after_the_dash_is_read_by_the_legend() -> None:
    text = _HEAD + (
        "Tavoitteiden toteutuminen\n"
        "Merkinnät: ✔ = toteutunut, ◐ = osittain toteutunut, ➜ = siirtyi myöhemmäksi, ⏳ = kesken\n"
        "- Neuvolakäynnit saariin tehdään etäyhteydellä – ⏳\n"
        "- Terveydenhoitajat koulutetaan videovastaanottoon – ✔\n"
        "- Ajanvaraus siirtyy sähköiseen palveluun – ➜\n"
    )
    assert _goals(text) == [
        ("Ajanvaraus siirtyy sähköiseen palveluun", "moved-later"),
        ("Neuvolakäynnit saariin tehdään etäyhteydellä", "unfinished"),
        ("Terveydenhoitajat koulutetaan videovastaanottoon", "achieved"),
    ]


def test_without_a_legend_an_unknown_mark_states_nothing() -> None:
    text = _HEAD + (
        "Tavoitteiden toteutuminen\n"
        "- Neuvolakäynnit saariin tehdään etäyhteydellä – ⏳\n"
        "- Terveydenhoitajat koulutetaan videovastaanottoon – ⏳\n"
    )
    assert {status for _goal, status in _goals(text)} == {"unknown"}


def test_a_legend_line_of_marks_is_no_goal() -> None:
    text = _HEAD + (
        "Tavoitteet ja niiden tila\n"
        "Selite: ● = saavutettu, ◑ = edennyt osittain, ○ = ei edennyt\n"
        "- Etäneuvolan asiakkaita on vähintään sata – ●\n"
        "- Ryhmäneuvola toimii verkossa – ◑\n"
    )
    assert _goals(text) == [
        ("Etäneuvolan asiakkaita on vähintään sata", "achieved"),
        ("Ryhmäneuvola toimii verkossa", "partly-achieved"),
    ]


def test_goal_lines_without_bullets_under_their_legend() -> None:
    text = _HEAD + (
        "Tavoitteet ja niiden tila\n"
        "Merkit: ● = valmis, ◑ = osittain valmis, ✗ = ei toteutunut\n"
        "Neuvolakäynnit saariin tehdään etäyhteydellä – ◑\n"
        "Terveydenhoitajat koulutetaan videovastaanottoon – ●\n"
    )
    assert _goals(text) == [
        ("Neuvolakäynnit saariin tehdään etäyhteydellä", "partly-achieved"),
        ("Terveydenhoitajat koulutetaan videovastaanottoon", "achieved"),
    ]
