"""A goal table in the pieces a text layer leaves of it: a goal wrapped in its cell, a table cut in
two by a wrapped goal or a page break, a row whose cells a PDF ran together.

Invented texts (tuning documents u204, a PDF, and u205, space-aligned, pin the class whole).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goaltables import glued_row, goes_on
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nLOPPURAPORTTI\n\nHanke: Kuvitteellinen lähipalveluhanke\n\n"


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_row_whose_cells_ran_together() -> None:
    assert glued_row("Mobila team besöker äldre varje veckaUppnåddes delvis") == (
        "Mobila team besöker äldre varje vecka",
        "Uppnåddes delvis",
    )
    assert glued_row("Asiointi avataan Kouvolassa ja KotkassaToteutui") == (
        "Asiointi avataan Kouvolassa ja Kotkassa",
        "Toteutui",
    )
    assert glued_row("Kotihoito laajenee Kotkaan ja Haminaan") is None  # no status at its end


def test_a_goal_wrapped_in_its_cell_goes_on_the_row_above() -> None:
    assert goes_on("20 prosenttiin", "(16 %)", None)
    assert goes_on("viikoittain", "", None)
    assert not goes_on("Kotiutustiimi toimii kaikissa kunnissa", "", None)  # a goal of its own
    assert not goes_on("verkossa", "Toteutunut", "achieved")  # a status of its own


def test_a_goal_table_cut_by_a_wrapped_goal_and_a_page_break() -> None:
    body = (
        "2 Tavoitteet\n"
        "Tavoite\tToteutuminen\n"
        "Etäasiointi avataan kaikille asiakkaille joka arkipäiväToteutui\n"
        "Kotikuntoutus alkaa viikossa Kouvolassa ja\tToteutui osittain\n"
        "Kotkassa\n"
        "Neuvontachat avataan\tJäi kesken\n"
        "Kuvitteellinen lähipalveluhanke\tSivu 1/2\n"
        "Suun terveydenhuollon ajanvaraus verkossa\tSiirtyi vuodelle 2026\n"
        "\n"
        "3 Jatko\n"
        "Etäasiointi jatkuu.\n"
    )
    assert goals(body) == [
        ("Etäasiointi avataan kaikille asiakkaille joka arkipäivä", "achieved"),
        ("Kotikuntoutus alkaa viikossa Kouvolassa ja Kotkassa", "partly-achieved"),
        ("Neuvontachat avataan", "unfinished"),
        ("Suun terveydenhuollon ajanvaraus verkossa", "moved-later"),
    ]


def test_prose_after_a_goal_table_is_no_row() -> None:
    assert glued_row("Hankkeen keskeiset tavoitteet saavutettiin. Valmis malli otetaan käyttöön") is None


def test_a_goal_matrix_ticks_the_column_of_its_status() -> None:
    from hankegraafi.ingest.facts.goaltables import matrix_columns, ticked_column

    columns = matrix_columns(["tavoite", "toteutunut", "osittain", "ei toteutunut", "kommentti"])
    assert columns == {1: "achieved", 2: "partly-achieved", 3: "not-achieved"}
    assert ticked_column(["Ajanvaraus verkossa", "", "x", "", "kaksi kuntaa"], columns) == "partly-achieved"
    assert ticked_column(["Ajanvaraus verkossa", "x", "x", "", ""], columns) is None  # two ticks: no answer
    assert matrix_columns(["tavoite", "tila", "kommentti"]) == {}
    body = (
        "Tavoitteet\n"
        "Tavoite\tKyllä\tOsittain\tEi\n"
        "Ajanvaraus avataan verkossa\t✓\t\t\n"
        "Yöpartio kattaa koko alueen\t\t\t✓\n"
    )
    assert goals(body) == [
        ("Ajanvaraus avataan verkossa", "achieved"),
        ("Yöpartio kattaa koko alueen", "not-achieved"),
    ]


def test_a_change_table_gives_the_goal_after_the_change_and_its_caption_is_no_goals_tail() -> None:
    body = (
        "Tavoitteet\n"
        "Tavoite\tTila\n"
        "Ajanvaraus avataan verkossa\tToteutunut\n"
        "Tavoitteiden muutokset\n"
        "Nro\tTavoite (alkuperäinen)\tTavoite (muutettu)\n"
        "1.2\tYöpartio kahdessa kunnassa\tYöpartio kattaa koko alueen\n"
    )
    assert goals(body) == [
        ("Ajanvaraus avataan verkossa", "achieved"),
        ("Yöpartio kattaa koko alueen", "unknown"),
    ]
