"""Cost tables and sums by class (issue 13, stop 35; invented reports, none a development document's text).

Each test is one class of form: year columns whose kind the caption right above the table says.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _costs(text: str, name: str = "raportti.txt") -> list[tuple[str, str, str | None, str, dict[str, Decimal]]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [
        (p.name, s.kind, s.year, line.category or line.raw_label, dict(line.values))
        for p in x.projects
        for s in p.costs
        for line in s.lines
    ]


def _head(language: str = "fi") -> str:
    if language == "sv":
        return "Lägesrapport 2/2024\nProjekt: Kolumnprojektet\nHuvudman: Österbottens välfärdsområde\n\n"
    return "Tilanneraportti 2/2024\nHanke: Sarakehanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_year_columns_hold_what_the_caption_above_them_says() -> None:
    for caption, role in (
        ("Toteutuneet kulut vuosittain (euroa):", "actual"),
        ("Sidotut kustannukset vuosittain", "committed"),
        ("Ennustetut kulut vuosittain (euroa):", "forecast"),
        ("Matkakulut ovat laskeneet.", "budget"),  # no caption of a kind: a budget, as before
    ):
        text = (
            _head() + f"Talous\n\n{caption}\nKululaji\t2023\t2024\tYhteensä\nMatkakulut\t1 000\t2 000\t3 000\n"
        )
        rows = {(kind, year): values for _, kind, year, _, values in _costs(text)}
        assert rows == {
            ("annual", "2023"): {role: Decimal(1000)},
            ("annual", "2024"): {role: Decimal(2000)},
            ("cumulative", None): {role: Decimal(3000)},
        }, caption


def test_two_sums_glued_in_a_filled_column_are_two_cells() -> None:
    from hankegraafi.ingest.facts.gluedsums import split_glued_heads, split_glued_sums
    from hankegraafi.ingest.tables import column_role

    head = ["Kostnadsslag", "Budget", "Utfall", "%"]
    # the empty cell beside the glued one takes the first sum; a short row gets a cell more
    assert split_glued_sums([head, ["Totalt", "", "1 040 000,00 1 031 300,00", "99"]])[1] == [
        "Totalt",
        "1 040 000,00",
        "1 031 300,00",
        "99",
    ]
    assert split_glued_sums([head, ["Totalt", "1 250 000 1 198 450", "96"]])[1] == [
        "Totalt",
        "1 250 000",
        "1 198 450",
        "96",
    ]
    # three sums with cents into the empty cell beside them and the cell the short row lacks
    assert split_glued_sums(
        [
            ["Kululaji", "Budjetti", "Toteuma", "Ennuste"],
            ["Matkat", "", "1 120 000,00 1 046 218,40 1 120 000,00"],
        ]
    )[1] == ["Matkat", "1 120 000,00", "1 046 218,40", "1 120 000,00"]
    # two heads one space apart over rows a cell wider
    assert split_glued_heads(
        [["Cost category", "Budget", "Actual Utilisation %"], ["Travel", "1", "2", "9"]], column_role
    )[0] == ["Cost category", "Budget", "Actual", "Utilisation %"]
    # two heads glued beside an empty head cell
    assert split_glued_heads(
        [["Kostnadsslag", "Beviljat Utfall", "", "Prognos"], ["Resor", "1", "2", "3"]], column_role
    )[0] == ["Kostnadsslag", "Beviljat", "Utfall", "Prognos"]
    # one sum ("12 500" is no 12 and 500), and a full row with no room, stay as they are
    assert split_glued_sums([head, ["Resor", "", "12 500", "99"]])[1] == ["Resor", "", "12 500", "99"]
    assert split_glued_sums([head, ["Resor", "5", "1 040 000 1 031 300", "99"]])[1] == [
        "Resor",
        "5",
        "1 040 000 1 031 300",
        "99",
    ]
    text = (
        _head("sv") + "Kostnader sedan start (euro)\nKostnadsslag            Budget      Utfall\n"
        "Personalkostnader    1 250 000 1 198 450\nResekostnader           45 000      39 900\n"
    )
    rows = {category: values for _, _, _, category, values in _costs(text)}
    assert rows["staff-costs"] == {"budget": Decimal(1250000), "actual": Decimal(1198450)}


def test_lines_of_a_category_and_a_sum_beside_another_in_brackets_are_a_cost_table() -> None:
    text = (
        _head() + "Kulut hankkeen alusta 30.6.2024 asti (suluissa koko hankkeen budjetti):\n"
        "Henkilöstökulut 10 500 € (budjetti 20 000 €)\nMatkakulut 1 200 € (budjetti 3 000 €)\n"
        "Yhteensä 11 700 € (budjetti 23 000 €)\n"
    )
    rows = {(kind, category): values for _, kind, _, category, values in _costs(text)}
    assert rows == {
        ("cumulative", "staff-costs"): {"actual": Decimal(10500), "budget": Decimal(20000)},
        ("cumulative", "travel"): {"actual": Decimal(1200), "budget": Decimal(3000)},
        ("cumulative", "total"): {"actual": Decimal(11700), "budget": Decimal(23000)},
    }
    # The brackets name what was spent: the sum before them is the budget; English grouping and currency first.
    text = (
        "Project update\nProject: Line Project\nKainuun hyvinvointialue\n\nCosts to date:\n"
        "Software EUR 14,500 (actual EUR 9,000)\nTravel EUR 3,200 (actual EUR 1,100)\n"
    )
    rows = {category: values for _, _, _, category, values in _costs(text)}
    assert rows == {
        "software": {"budget": Decimal(14500), "actual": Decimal(9000)},
        "travel": {"budget": Decimal(3200), "actual": Decimal(1100)},
    }
    # A plain text's heading over the lines is their table's title: its year makes the statement that year's.
    text = _head() + (
        "3. Kulut vuonna 2024\n\nKululajeittain, toteuma suluissa:\n"
        "Matkakulut 2 000 € (toteuma 1 500 €)\nOhjelmistot 4 000 € (toteuma 3 900 €)\n"
    )
    rows = {(kind, year, category): values for _, kind, year, category, values in _costs(text)}
    assert rows[("annual", "2024", "travel")] == {"budget": Decimal(2000), "actual": Decimal(1500)}
    # One line is a sentence, not a table.
    one = _head() + "Kulut hankkeen alusta:\nMatkakulut 1 200 € (budjetti 3 000 €)\n\nHanke jatkuu.\n"
    assert [r for r in _costs(one) if r[1] == "cumulative"] == []


def test_a_cost_row_read_as_a_field_joins_its_table_again() -> None:
    # "Laitteet" is like the field "Liitteet": the row, and the rows after it, stay the table's.
    text = _head() + (
        "Kustannusarvio\nKululaji\tKustannusarvio (€)\nHenkilöstökulut\t410 000\nLaitteet\t65 000\n"
        "Ohjelmistot\t48 000\nYhteensä\t523 000\n"
    )
    rows = {category: values for _, kind, _, category, values in _costs(text) if kind == "estimate"}
    assert rows == {
        "staff-costs": {"budget": Decimal(410000)},
        "phone-and-ict-equipment": {"budget": Decimal(65000)},
        "software": {"budget": Decimal(48000)},
        "total": {"budget": Decimal(523000)},
    }


def test_a_sum_with_its_currency_first_reads_as_one_with_it_after() -> None:
    from hankegraafi.ingest.sumcues import plain_sums

    assert plain_sums("was granted EUR 1,450,000 by") == "was granted 1 450 000 € by"
    assert plain_sums("its EUR 2.4 million grant") == "its 2,4 million € grant"
    assert plain_sums("awarded €1.2m in") == "awarded 1,2 million € in"
    assert plain_sums("Haettu lisärahoitus, € 85 000") == "Haettu lisärahoitus, 85 000 €"
    assert plain_sums("980,000 euros were granted") == "980 000 € were granted"
    assert plain_sums("EUR 1,5 milj.") == "1,5 milj. €"
    # a year after the currency's word, and a number that is not one sum, stay
    assert plain_sums("the EUR 2023 budget") == "the EUR 2023 budget"
    assert plain_sums("EUR 12.5") == "EUR 12.5"


def _money(text: str, name: str = "raportti.txt") -> set[tuple[str, str, Decimal]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {
        (p.name, s.kind, value)
        for p in x.projects
        for s in p.costs
        if s.kind in ("granted", "applied", "returned", "estimate")
        for line in s.lines
        for value in line.values.values()
    }


def test_a_granted_sum_in_a_case_form_as_the_base_of_what_was_spent() -> None:
    # "myönnetystä 860 000 eurosta": the granted sum, named by its participle, that the spent one is of
    text = _head() + "Hankkeelle myönnetystä 860 000 eurosta on käytetty 512 300 euroa.\n"
    assert _money(text) == {("Sarakehanke", "granted", Decimal(860000))}
    # the participle in the plural, the scale word in a case, Swedish definite plural
    text = _head() + "Valtionavustuksena saaduista 2,1 miljoonasta eurosta kului 640 000 euroa.\n"
    assert _money(text) == {("Sarakehanke", "granted", Decimal(2100000))}
    text = _head("sv") + "Av de beviljade 750 000 eurona har 300 000 euro använts.\n"
    assert _money(text) == {("Kolumnprojektet", "granted", Decimal(750000))}
    # a sum spent of an amount that no grant's word names is no grant
    text = _head() + "Budjetin 86 000 eurosta on käytetty 51 300 euroa.\n"
    assert ("Sarakehanke", "granted", Decimal(86000)) not in _money(text)


def test_sums_in_english_with_the_currency_first() -> None:
    head = "Status report 2/2024\nProject: Sum Project\nKainuun hyvinvointialue\n\n"
    text = head + (
        "The project was awarded €1.2m in state funding. The county applied for a further EUR 40,000 in May.\n"
        "EUR 8,500 of unused funds will be returned.\n"
    )
    assert _money(text) == {
        ("Sum Project", "granted", Decimal(1200000)),
        ("Sum Project", "applied", Decimal(40000)),
        ("Sum Project", "returned", Decimal(8500)),
    }
    # a clause naming an English part's word and number is that part's, never the whole's
    text = head + "Work stream 3, Night Care, was granted EUR 310,000 for 2025.\n"
    assert ("Sum Project", "granted", Decimal(310000)) not in _money(text)


def test_a_sum_in_a_sentence_of_a_cards_value_cell() -> None:
    text = (
        "# Kortti\n\n| Tieto | Arvo |\n|---|---|\n| Hanke | Solukortin hanke |\n"
        "| Hallinnoija | Kainuun hyvinvointialue |\n"
        "| Rahoitus | Hankkeelle on myönnetty 1,2 miljoonaa euroa. Loput maksaa hyvinvointialue. |\n"
        "| Lisähaku | Hyvinvointialue haki lokakuussa 60 000 euroa lisää. |\n"
    )
    money = {(v, k) for _, k, v in _money(text, "kortti.md")}
    assert (Decimal(1200000), "granted") in money
    assert (Decimal(60000), "applied") in money


def test_a_span_of_months_with_its_days_and_the_start_of_the_project_in_english_and_swedish() -> None:
    from hankegraafi.ingest.facts.costkinds import kind_cue

    assert kind_cue(["2. COSTS, 1 JULY - 31 DECEMBER 2024"]) == ("period", "1 JULY - 31 DECEMBER")
    assert kind_cue(["Kostnader 1 januari–30 juni 2024"]) == ("period", "1 januari–30 juni")
    assert kind_cue(["1 January – 31 December 2024"]) is None  # the whole year is no reporting period
    assert kind_cue(["Costs from the start of the project to 31 August"]) == (
        "cumulative",
        "from the start of the project",
    )
    assert kind_cue(["Kostnader från projektets början"]) == ("cumulative", "från projektets början")


def test_no_sum_is_filed_under_a_role_or_a_titles_kind_read_for_a_name() -> None:
    from hankegraafi.ingest.facts.moneytext import _for_whom, _role_or_title_kind

    assert _role_or_title_kind("Project coordinator")
    assert _role_or_title_kind("Status report: Kymenlaakso Care at Home")
    assert not _role_or_title_kind("Kymenlaakso Care at Home")
    assert not _role_or_title_kind("Eksote: Tulevaisuuden sote-keskus Etelä-Karjalassa")
    assert not _role_or_title_kind("Osahanke A: Etäkuntoutus")
    # "for" before a name or a part's word says whose sum it is; before the years or a purpose it does not
    assert _for_whom(" i tilläggsfinansiering för Delprojekt 3.")
    assert _for_whom(" för delprojektet i Jakobstad.")
    assert not _for_whom(" for 2024–2026. The county covers the rest.")
    assert not _for_whom(" was sent in March for the interpreters.")
