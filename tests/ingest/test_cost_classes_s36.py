"""Money and cost tables by class (issue 13, stop 36; invented texts, none a development document's).

Each test is one class of form with its negative side: sums applied for or received told in any person of the
verb (and a salary, a rate or another body's budget that is no project money); a sheet in long form with an
object and a note column; a cost table printed as records; the role of year columns said in the caption's
brackets beside the unit.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes


def _extract(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _money(text: str, name: str = "raportti.txt") -> set[tuple[str, Decimal]]:
    return {
        (s.kind, value)
        for p in _extract(text, name).projects
        for s in p.costs
        if s.kind in ("granted", "applied", "returned", "estimate")
        for line in s.lines
        for value in line.values.values()
    }


def _cells(text: str, name: str = "raportti.txt") -> set[tuple[str, str | None, str, str, Decimal]]:
    return {
        (s.kind, s.year, line.category or line.raw_label, column, value)
        for p in _extract(text, name).projects
        for s in p.costs
        if s.kind not in ("granted", "applied", "returned", "estimate")
        for line in s.lines
        for column, value in line.values.items()
    }


_HEAD = "Tilanneraportti 2/2024\nHanke: Summahanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_sums_applied_for_and_received_in_any_person_of_the_verb() -> None:
    text = _HEAD + (
        "Saimme hankkeelle keväällä 640 000 euroa. Haimme syyskuussa vielä 90 000 euron lisärahoitusta.\n"
    )
    assert _money(text) == {("granted", Decimal(640000)), ("applied", Decimal(90000))}
    text = _HEAD + "Hankkeelle saatiin 410 000 euroa. Anoimme lokakuussa 55 000 euroa lisää.\n"
    assert _money(text) == {("granted", Decimal(410000)), ("applied", Decimal(55000))}
    text = _HEAD + "När projektet startade fick vi 410 000 euro. Nu har vi ansökt om ytterligare 55 000 euro.\n"
    assert _money(text) == {("granted", Decimal(410000)), ("applied", Decimal(55000))}
    text = _HEAD + "We received 520,000 euros in January. In October we requested a further EUR 48,000.\n"
    assert _money(text) == {("granted", Decimal(520000)), ("applied", Decimal(48000))}


def test_a_salary_a_rate_or_another_bodys_budget_is_no_project_money() -> None:
    for sentence in (
        "Haimme kahta ohjaajaa, joiden palkka on 3 050 euroa kuukaudessa.",
        "Vi sökte en ny koordinator med en lön på 3 300 euro i månaden.",
        "We applied for a physiotherapist post at EUR 3,400 a month.",
        "Tulkkaus maksaa 45 €/h.",
        "Kaupungin koko sosiaalitoimen budjetti on tänä vuonna 84 miljoonaa euroa.",
        "Välfärdsområdets hela budget för 2025 är cirka 900 miljoner euro.",
        "The county's whole budget for 2025 is EUR 1.1 billion.",
    ):
        assert _money(_HEAD + sentence + "\n") == set(), sentence
    # the project's own budget and a grant per year stay
    assert _money(_HEAD + "Hankkeen kokonaisbudjetti on 700 000 euroa.\n") == {("estimate", Decimal(700000))}


def test_a_sheet_in_long_form_with_an_object_and_a_note_column() -> None:
    sheet = (
        "Osio;Kohde;Kenttä;Arvo;Lisätieto\n"
        "Perustiedot;;Hanke;Arkeen apua;\n"
        "Perustiedot;;Hallinnoija;Kainuun hyvinvointialue;\n"
        'Yhteenveto;;Teksti;"Hankkeelle myönnettiin 300 000 euroa.";\n'
        "Yhteenveto;;Tallennettu;1.3.2025;\n"
        "Kustannukset;Kustannuslaji;Myönnetty;Toteutunut;Poikkeama\n"
        "Kustannukset;Henkilöstökulut;250000,00;240000,00;-10000,00\n"
        "Kustannukset;Yhteensä;300000,00;290000,00;-10000,00\n"
    )
    x = _extract(sheet, "seuranta.csv")
    assert [p.name for p in x.projects] == ["Arkeen apua"]
    cells = _cells(sheet, "seuranta.csv")
    assert ("cumulative", None, "staff-costs", "granted", Decimal(250000)) in cells
    assert ("cumulative", None, "total", "deviation", Decimal(-10000)) in cells
    assert ("granted", Decimal(300000)) in _money(sheet, "seuranta.csv")


def test_a_cost_table_printed_as_records() -> None:
    text = _HEAD + (
        "OSA 4 KUSTANNUKSET\n"
        "Kustannuslaji 1\n   Nimi: Henkilöstökulut\n   Myönnetty (€): 400 000\n   Toteutunut (€): 120 500\n"
        "Kustannuslaji 2\n   Nimi: Matkakulut\n   Myönnetty (€): 20 000\n   Toteutunut (€): 4 100\n"
        "Kustannuslaji 3\n   Nimi: Yhteensä\n   Myönnetty (€): 420 000\n   Toteutunut (€): 124 600\n"
    )
    assert _cells(text) == {
        ("cumulative", None, "staff-costs", "granted", Decimal(400000)),
        ("cumulative", None, "staff-costs", "actual", Decimal(120500)),
        ("cumulative", None, "travel", "granted", Decimal(20000)),
        ("cumulative", None, "travel", "actual", Decimal(4100)),
        ("cumulative", None, "total", "granted", Decimal(420000)),
        ("cumulative", None, "total", "actual", Decimal(124600)),
    }
    # dotted leaders, the category under its own label, English
    text = (
        "Status report\nProject: Record Project\nOrganisation: Kainuun hyvinvointialue\n\nCOSTS\n\n"
        "Cost line 1 of 2\n    Category ...... Travel\n    Approved (EUR) ...... 20 000\n"
        "    Spent (EUR) ...... 9 000\n\n"
        "Cost line 2 of 2\n    Category ...... Total\n    Approved (EUR) ...... 20 000\n"
        "    Spent (EUR) ...... 9 000\n"
    )
    assert ("cumulative", None, "travel", "actual", Decimal(9000)) in _cells(text)


def test_records_of_no_cost_table_stay_as_they_are() -> None:
    text = _HEAD + (
        "MITTARIT\n"
        "Mittari 1\n   Nimi: Asiakkaiden määrä\n   Lähtötaso: 40\n   Tulos: 120\n"
        "Mittari 2\n   Nimi: Jonotusaika päivinä\n   Lähtötaso: 21\n   Tulos: 9\n"
    )
    assert _cells(text) == set()


def test_the_role_of_year_columns_said_in_the_captions_brackets() -> None:
    from hankegraafi.ingest.tables import column_role

    assert column_role("Kustannukset (toteutuneet, €)") == "actual"
    assert column_role("Kostnader per år (utfall, euro)") == "actual"
    assert column_role("Project costs by year (actual, k€)") == "actual"
    assert column_role("Kustannukset (ennuste, €)") == "forecast"
    # a note in brackets with a share is no column of per cent, nor a role
    assert column_role("Kustannukset vuosittain (alv 0 %, euroa)") is None
    assert column_role("Käyttöaste (%)") == "utilisation-percent"
    text = _HEAD + (
        "Kustannukset (toteutuneet, €)\nKustannuslaji\t2023\t2024\nMatkakulut\t1 000\t2 000\nYhteensä\t1 000\t2 000\n"
    )
    cells = _cells(text)
    assert ("annual", "2023", "travel", "actual", Decimal(1000)) in cells
    assert ("annual", "2024", "total", "actual", Decimal(2000)) in cells


def test_a_table_of_deviations_against_a_tolerance_is_no_cost_table() -> None:
    text = _HEAD + (
        "Itsearviointi\nOsa-alue\tToteuma suunnitelmaan nähden\tSallittu poikkeama\n"
        "Aikataulu\t1 kk myöhässä\t2 kk\nKustannukset\t+14 %\t±10 %\nHenkilöstö\t2,4 htv (suunniteltu 3,0)\t−10 %\n"
    )
    assert _cells(text) == set()
    # a table of person-days is one (the seeds' "0 htp"), as are sums with "e" or ",-"
    text = _HEAD + "Kululaji\tBudjetti\tToteuma\nMatkakulut\t1 200 e\t900,-\nYhteensä\t1 200 e\t900,-\n"
    assert ("cumulative", None, "travel", "actual", Decimal(900)) in _cells(text)


def test_the_euro_cut_to_its_letter_and_a_sum_set_aside() -> None:
    text = (
        _HEAD
        + "Hanketta rahoitetaan valtionavustuksella 380 000 e. Asiakkaat asioivat kolmessa e-palvelussa.\n"
    )
    assert _money(text) == {("granted", Decimal(380000))}
    assert _money(_HEAD + "Hankkeen viestintään on varattu 12 000 euroa.\n") == {("estimate", Decimal(12000))}
    assert _money(_HEAD + "För utvärderingen har reserverats 18 000 euro.\n") == {("estimate", Decimal(18000))}
    # a part's share set aside of the sum before is no estimate of the unit
    text = _HEAD + "STM myönsi 700 000 euroa, josta alahankkeelle A on varattu 400 000 euroa.\n"
    assert ("estimate", Decimal(400000)) not in _money(text)
