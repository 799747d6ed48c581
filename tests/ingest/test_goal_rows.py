"""Goals of stop 28: a goal table's row-number column, outline numbers, a status column
named "Läge", goals with their status alone on the next line, and "X => status".

Invented status-report texts (the tuning documents u147 and u148 show the same forms in
whole documents). Each form fails without its rule.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalforms import without_row_numbers
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

HEAD = "TILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen neuvolahanke\nRaportointijakso: 1.1.2025–30.6.2025\n\n"


def goals(body: str, name: str = "r.txt", head: str = HEAD) -> list[tuple[str, str]]:
    x = extract(read_bytes((head + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_number_column_whose_header_mark_was_lost_is_no_goal() -> None:
    # "#" at the start of a line reads as a Markdown heading mark: the header is one cell short.
    body = (
        "Tavoitteet\n\n#\tTavoite\tTilanne\n"
        "1\tNeuvolan chat vastaa arkisin kahdeksasta neljään\tToteutunut\n"
        "2\tIsien ryhmä kokoontuu joka kuukausi\tEi toteutunut\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin kahdeksasta neljään", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "not-achieved"),
    ]


def test_outline_numbers_before_a_goal_are_the_reports() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tTila\n"
        "3.1 Perhevalmennus verkossa\tKesken\n"
        "3.2 Vauvaperheiden kotikäynnit laajenevat\tSiirtyy 2026\n"
    )
    assert goals(body) == [
        ("Perhevalmennus verkossa", "unfinished"),
        ("Vauvaperheiden kotikäynnit laajenevat", "moved-later"),
    ]


def test_rows_numbered_under_a_named_column_stay() -> None:
    rows = [["Vuosi", "Tavoite", "Tila"], ["2024", "X", "Kesken"]]
    assert without_row_numbers(rows) == rows  # a year is no row number
    numbered = [["Nro", "Tavoite", "Tila"], ["1", "X", "Kesken"], ["2", "Y", "Valmis"]]
    assert without_row_numbers(numbered) == [["Tavoite", "Tila"], ["X", "Kesken"], ["Y", "Valmis"]]
    lost = [["Tavoite", "Tila"], ["1.", "X", "Kesken"]]
    assert without_row_numbers(lost) == [["Tavoite", "Tila"], ["X", "Kesken"]]


def test_a_swedish_status_column_named_lage() -> None:
    head = "LÄGESRAPPORT 1/2025\n\nProjektets namn: Påhittad rådgivning\nRapporteringsperiod: 1.1–30.6.2025\n\n"
    body = "Mål\n\nMål\tLäge 30.6.2025\nRådgivningen svarar i chatten samma dag\tUppnått\nGruppträffar för pappor\tDelvis uppnått\n"
    assert goals(body, head=head) == [
        ("Rådgivningen svarar i chatten samma dag", "achieved"),
        ("Gruppträffar för pappor", "partly-achieved"),
    ]


def test_each_goal_with_its_status_alone_on_the_next_line() -> None:
    body = (
        "Tavoitteet ja niiden tila\n\n"
        "Neuvolan chat vastaa arkisin kahdeksasta neljään\nToteutunut\n"
        "Isien ryhmä kokoontuu joka kuukausi\nToteutunut osittain – kahdessa kunnassa ei vielä\n"
        "Perhevalmennus siirtyy verkkoon\nKesken\n"
    )
    assert sorted(goals(body)) == [
        ("Isien ryhmä kokoontuu joka kuukausi", "partly-achieved"),
        ("Neuvolan chat vastaa arkisin kahdeksasta neljään", "achieved"),
        ("Perhevalmennus siirtyy verkkoon", "unfinished"),
    ]


def test_running_text_in_a_goals_section_is_no_pair() -> None:
    body = (
        "Tavoitteet ja niiden tila\n\n"
        "Neuvolan chat vastaa nyt arkisin kahdeksasta neljään kaikissa kunnissa.\n"
        "Asiakaspalaute on ollut hyvää ja jonot ovat lyhentyneet keväästä.\n"
    )
    assert goals(body) == []


def test_a_status_after_an_arrow() -> None:
    body = (
        "Tavoitteet\n\n1) Neuvolan chat vastaa arkisin -> toteutunut\n2) Isien ryhmä joka kuukausi => kesken\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä joka kuukausi", "unfinished"),
    ]


def test_a_goals_section_ends_at_the_next_numbered_heading_the_vocabulary_does_not_know() -> None:
    body = (
        "2. Tavoitteiden toteutuminen\n\n"
        "1) Neuvolan chat vastaa arkisin. Toteutunut.\n"
        "2) Isien ryhmä kokoontuu joka kuukausi. Toteutunut osittain.\n\n"
        "3. Viestintä ja juurruttaminen\n\n"
        "Ryhmistä kerrottiin kirjastoissa.\n\n"
        "4. Muuta\n\n-\n"
    )
    assert goals(body) == [
        ("Neuvolan chat vastaa arkisin", "achieved"),
        ("Isien ryhmä kokoontuu joka kuukausi", "partly-achieved"),
    ]


def test_a_goal_numbered_on_from_a_list_stays_a_goal() -> None:
    body = (
        "3. Tavoitteet\n\n"
        "1. Neuvolan chat vastaa arkisin\n2. Isien ryhmä kokoontuu\n3. Perhevalmennus verkossa\n"
        "4. Vauvaperheiden kotikäynnit\n"
    )
    assert [g for g, _ in goals(body)] == [
        "Neuvolan chat vastaa arkisin",
        "Isien ryhmä kokoontuu",
        "Perhevalmennus verkossa",
        "Vauvaperheiden kotikäynnit",
    ]


def test_a_labelled_goal_over_bulleted_goals_is_their_heading() -> None:
    body = (
        "Tavoitteet\n\n"
        "Tavoite 1 – Palvelujen saavutettavuus ja oikea-aikaisuus\n\n"
        "- Neuvolan chat vastaa arkisin kahdeksasta neljään.\n"
        "- Perhevalmennus on tarjolla verkossa.\n\n"
        "Tavoite 2: Isien ryhmä kokoontuu joka kuukausi\n\n-\n"
    )
    assert [g for g, _ in goals(body)] == [
        "Neuvolan chat vastaa arkisin kahdeksasta neljään.",
        "Perhevalmennus on tarjolla verkossa.",
        "Isien ryhmä kokoontuu joka kuukausi",
    ]


def test_a_new_status_column_header_is_one_vocabulary_line() -> None:
    body = (
        "Tavoitteet\n\nTavoite\tValmius\nNeuvolan chat vastaa arkisin\tToteutunut\nIsien ryhmä joka kuukausi\tArvio keväällä\n"
        "Perhevalmennus verkossa\tArvio tammikuussa\n"
    )
    # "Valmius" is no status column's word today, and two rows' cells of three state no status, so the
    # cells alone do not make it one (goalcolumns._stating_column: every row, or half of them beside a goal
    # column named so, stop 49)
    assert goals(body) == []
    cue = (
        "@prefix hg: <https://w3id.org/hankegraafi/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/hankegraafi/vocab/goal-column/achievement> "
        'hg:cue "^valmius\\\\b"@fi .'
    )
    with registry.extended(cue):
        assert goals(body) == [
            ("Neuvolan chat vastaa arkisin", "achieved"),
            ("Isien ryhmä joka kuukausi", "unknown"),
            ("Perhevalmennus verkossa", "unknown"),
        ]
