"""Cost tables by class (issue 13, stop 40, F19; invented texts, none a development document's).

Each test is one class of form with its negative side: the rest of a table after a page break, which says
nothing of its own, read in the scale its caption over the first part names ("(tuhatta euroa)", "(EUR
thousand)"), against a table of its own under its own caption in euros; each sum's role named before it, in
its own cell ("Budgeterat: 150 000", "Talousarvio 2024:" | "98 000") or with the year it is of ("budget 2025
180,000, spent 96,500"), against counts in the same form.
"""

from __future__ import annotations

from decimal import Decimal

from tests.ingest.costcells import cost_cells, extract_text

_HEAD = "Tilanneraportti 2/2024\nHanke: Etäkuntoutus Kajaanissa\nHyvinvointialue: Kainuun hyvinvointialue\n"


def test_the_rest_of_a_table_after_a_page_break_keeps_the_scale_of_its_caption() -> None:
    text = _HEAD + (
        "Hankeaika: 1.2.2024–31.12.2025\n\n"
        "Kustannukset kumulatiivisesti 30.9.2024 (tuhatta euroa)\n"
        "Kululaji\tMyönnetty\tToteutunut\n"
        "Henkilöstökulut\t420,0\t233,5\n"
        "Ostopalvelut\t90,0\t41,2\n\n"
        "Kainuun hyvinvointialue · Tilanneraportti 2/2024\tSivu 2 (2)\n\n"
        "(taulukko jatkuu)\n"
        "Matkakulut\t12,0\t4,4\n"
        "Yhteensä\t522,0\t279,1\n"
    )
    cells = cost_cells(text)
    assert ("cumulative", None, "staff-costs", "actual", Decimal(233500)) in cells
    assert ("cumulative", None, "travel", "granted", Decimal(12000)) in cells  # not 12
    assert ("cumulative", None, "total", "actual", Decimal(279100)) in cells
    # Rows under a caption of their own in euros are never multiplied by the first part's scale.
    own = text.replace("(taulukko jatkuu)", "Taulukko jatkuu (euroa)").replace("12,0\t4,4", "12 000\t4 400")
    own = own.replace("522,0\t279,1", "522 000\t279 100")
    assert not any(value >= Decimal(12_000_000) for *_, value in cost_cells(own))


def test_a_table_of_its_own_after_a_table_in_thousands_is_no_continuation() -> None:
    text = _HEAD + (
        "Hankeaika: 1.2.2024–31.12.2025\n\n"
        "Kustannukset vuonna 2024 (1 000 €)\n"
        "Kululaji\tBudjetti\tToteuma\n"
        "Henkilöstökulut\t210,0\t188,4\n"
        "Yhteensä\t210,0\t188,4\n\n"
        "Hankitut laitteet eriteltyinä (euroa)\n"
        "Kannettavat tietokoneet\t4 800\n"
        "Videokamerat\t1 950\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2024", "staff-costs", "actual", Decimal(188400)) in cells
    assert not any(value in (Decimal(4800), Decimal(4800000), Decimal(1950)) for *_, value in cells)


def test_each_sums_role_in_its_own_cell_before_it() -> None:
    text = _HEAD + (
        "Hankeaika: 1.2.2024–31.12.2025\n\n"
        "Kustannuserittely (kumulatiivinen, €)\n"
        "Henkilöstökulut\tBudjetoitu: 150 000,00\tToteutunut: 71 250,40\n"
        "Matkakulut\tBudjetoitu: 9 000,00\tToteutunut:\t3 120,00\n"
        "Yhteensä\tBudjetoitu: 159 000,00\tToteutunut: 74 370,40\n"
    )
    cells = cost_cells(text)
    assert ("cumulative", None, "staff-costs", "budget", Decimal("150000.00")) in cells
    assert ("cumulative", None, "travel", "actual", Decimal("3120.00")) in cells  # the sum in the next cell
    assert ("cumulative", None, "total", "actual", Decimal("74370.40")) in cells


def test_a_role_with_its_year_before_each_sum() -> None:
    text = (
        "# Home Pharmacy Kuopio\n\nNorth Savo wellbeing services county, project 1 January 2025 – 31 December 2026\n\n"
        "## Money so far (EUR)\n\n"
        "- Staff costs: budget 2025 180,000, spent 96,500\n"
        "- Purchased services: budget 2025 64,000, spent 31,750\n"
        "- Total: budget 2025 244,000, spent 128,250\n"
    )
    cells = cost_cells(text, "update.md")
    assert ("annual", "2025", "staff-costs", "budget", Decimal(180000)) in cells
    assert ("annual", "2025", "service-purchases", "actual", Decimal(31750)) in cells


def test_counts_with_their_roles_in_cells_are_no_cost_table() -> None:
    text = _HEAD + (
        "Hankeaika: 1.2.2024–31.12.2025\n\n"
        "Toiminnan määrät 2024\n"
        "Asiakaskäynnit\tTavoite: 400\tToteutunut: 356\n"
        "Ryhmäkerrat\tBudjetoitu: 40\tToteutunut: 38\n\n"
        "Seuraavat tapaamiset:\n"
        "- Ohjausryhmä: budjetti 2025 4, toteuma 2024 3\n"
        "- Nuorten raati: budjetti 2025 6, toteuma 2024 5\n"
    )
    assert cost_cells(text) == set()


def test_two_sums_a_cell_take_their_roles_from_the_caption_in_its_order() -> None:
    text = _HEAD + (
        "Hankeaika: 1.6.2023–31.5.2025\n\n"
        "Toteutunut 31.10.2024 (talousarvio 2024), euroa\n"
        "Kululaji\tVuosi 2024\n"
        "Henkilöstökulut\t182 400 (240 000)\n"
        "Matkakulut\t4 820 (7 500)\n"
        "Yhteensä\t187 220 (247 500)\n"
    )
    cells = cost_cells(text)
    assert ("annual", "2024", "staff-costs", "actual", Decimal(182400)) in cells
    assert ("annual", "2024", "staff-costs", "budget", Decimal(240000)) in cells
    arrows = text.replace(
        "Toteutunut 31.10.2024 (talousarvio 2024), euroa", "Kulut 2024 (euroa, suunniteltu → käytetty)"
    )
    arrows = arrows.replace("182 400 (240 000)", "240 000 → 182 400").replace("4 820 (7 500)", "7 500 → 4 820")
    arrows = arrows.replace("187 220 (247 500)", "247 500 → 187 220")
    assert ("annual", "2024", "staff-costs", "actual", Decimal(182400)) in cost_cells(arrows)


def test_lines_of_two_sums_under_a_caption_that_names_their_roles() -> None:
    text = (
        "# Stöd till närståendevårdare\n\nMellersta Nylands välfärdsområde, projekttid 1.9.2024–31.8.2026.\n\n"
        "Använt 1.1.–31.5.2025 av budget 2025 (euro):\n\n"
        "- Personalkostnader 96 300 € av 150 000 €\n"
        "- Resekostnader 1 950 € av 6 000 €\n"
        "- Totalt 98 250 € av 156 000 €\n"
    )
    cells = cost_cells(text, "anteckning.md")
    assert ("annual", "2025", "staff-costs", "actual", Decimal(96300)) in cells
    assert ("annual", "2025", "total", "budget", Decimal(156000)) in cells


def test_counts_in_pairs_and_a_share_in_brackets_are_no_two_sums() -> None:
    text = _HEAD + (
        "Hankeaika: 1.1.2024–31.12.2025\n\n"
        "Käynnit 2024, toteutunut / suunniteltu:\n"
        "- Kotikäynnit 320 / 400\n"
        "- Ryhmäkerrat 41 / 48\n\n"
        "Käytetty 2024 (osuus budjetista):\n"
        "- Henkilöstökulut 182 400 € (76 %)\n"
        "- Matkakulut 4 820 € (64 %)\n"
    )
    cells = cost_cells(text)
    assert not any(value in (Decimal(400), Decimal(48), Decimal(76), Decimal(64)) for *_, value in cells)


def _funder(text: str, name: str = "raportti.txt") -> str | None:
    x = extract_text(text, name)
    root = x.projects[0] if x.projects else None
    return str(root.funder.iri).rsplit("/", 1)[-1] if root is not None and root.funder is not None else None


def test_the_grantor_named_in_the_sentence_of_a_grant_is_the_funder() -> None:
    head = "TILANNERAPORTTI 1/2024\n\nHankkeen nimi: Perheiden kotipalvelu\nHankeaika: 1.4.2024–31.3.2026\n\n"
    said = "Hanke tuo kodinhoitoapua Lappeenrannassa. {} Perheet soittavat arkisin.\n"
    for sentence in (
        "Hankkeen valtionavustus sosiaali- ja terveysministeriöltä on 540 000 euroa.",
        "STM:n avustus on 540 000 euroa.",
        "The project has a grant of EUR 540,000 from the Ministry of Social Affairs and Health.",
    ):
        assert _funder(head + "1. Yhteenveto\n" + said.format(sentence)) == "stm", sentence


def test_a_grant_without_its_grantor_names_no_funder() -> None:
    text = (
        "TILANNERAPORTTI 1/2025\n\nHankkeen nimi: Liikuntaryhmät\nHankeaika: 1.2.2025–31.1.2026\n\n1. Yhteenveto\n"
        "Hankkeelle myönnettiin 250 000 euroa, koska THL:n tilaston mukaan ikäihmiset liikkuvat liian vähän. "
        "Kajaanin kaupunki maksaa omarahoitusosuuden 60 000 euroa.\n"
    )
    assert _funder(text) is None


def test_the_year_before_each_role_and_one_role_for_two_years() -> None:
    text = (
        "# Nattlinjen för unga i Vanda\n\nVanda och Kervo välfärdsområde · projekttid 1.1.2025–31.12.2026\n\n"
        "## Pengar (euro)\n\n"
        "- Personalkostnader: 2025 budget 120 000 €, 2025 utfall 98 400 €, 2026 budget 130 000 €\n"
        "- Totalt: 2025 budget 140 000 €, 2025 utfall 112 650 €, 2026 budget 148 000 €\n\n"
        "## Samtal\n\n- Samtal: 2025 mål 900, 2025 hittills 744\n- Chattar: 2025 mål 400, 2025 hittills 380\n"
    )
    cells = cost_cells(text, "sida.md")
    assert ("annual", "2025", "staff-costs", "actual", Decimal(98400)) in cells
    assert ("annual", "2026", "staff-costs", "budget", Decimal(130000)) in cells
    assert not any(value in (Decimal(900), Decimal(744)) for *_, value in cells)  # calls, no cost rows
