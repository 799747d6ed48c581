"""Cost tables of sheets that read nothing before stop 49 (C2): the mechanisms, not the documents.

A caption row glued over a labelled header is the table's caption;
a year's quarters beside the year's actual are its parts; a ledger's signs are no costs' signs; a part column
holds the whole's rows too. Invented text (the tuning documents u1641–u1644 show the same in other wordings).
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _costs(
    text: str, name: str = "seuranta.csv"
) -> dict[str, list[tuple[str, str | None, dict[str, Decimal]]]]:
    result = extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))
    return {
        p.name: [(s.kind, s.year, {line.category or "": line.values for line in s.lines}) for s in p.costs]
        for p in result.projects
    }


def test_a_caption_row_over_a_labelled_header_quarters_and_a_ledgers_signs() -> None:
    sheet = [
        "OSIO;PERUSTIEDOT;;;;",
        "Hanke;Perhetyön etäkäynnit;;;;",
        "Hyvinvointialue;Pirkanmaan hyvinvointialue;;;;",
        "",
        "OSIO;TALOUS 2024 (€);;;;",
        "Tili;Kululaji;Budjetti 2024;Toteuma Q1;Toteuma Q2;Toteuma yhteensä",
        "4000;Henkilöstökulut;-90000;-20000;-21000;-41000",
        "4700;Matkakulut;-4000;-500;-700;-1200",
        ";Kulut yhteensä;-94000;-20500;-21700;-42200",
    ]
    costs = _costs("\n".join(sheet))["Perhetyön etäkäynnit"]
    assert [(kind, year) for kind, year, _ in costs] == [("annual", "2024")]
    lines = costs[0][2]
    assert lines["staff-costs"] == {"budget": Decimal(90000), "actual": Decimal(41000)}
    assert lines["total"] == {"budget": Decimal(94000), "actual": Decimal(42200)}


def test_a_positive_sum_leaves_a_tables_signs_and_quarters_without_a_total_stay() -> None:
    from hankegraafi.ingest.facts.costkinds import period_actual
    from hankegraafi.ingest.facts.costscales import ledger_signed
    from hankegraafi.ingest.facts.model import CostLine, Span

    span = Span(1, 1, "")
    lines = [CostLine("Palkat", "staff-costs", None, {"budget": Decimal(-5), "actual": Decimal(3)}, span)]
    ledger_signed(lines)
    assert lines[0].values == {"budget": Decimal(-5), "actual": Decimal(3)}
    header = ["Kululaji", "Budjetti", "Toteuma Q1", "Toteuma Q2"]
    columns: list[str | None] = [None, "budget", "actual", "actual"]
    assert period_actual(header, columns) == columns  # no whole's actual: the quarters are not dropped


def test_a_part_column_with_the_wholes_row_files_each_group() -> None:
    sheet = [
        "Hanke;Arjen tuki",
        "Hyvinvointialue;Kainuun hyvinvointialue",
        "",
        "Hankeosa;Kululaji;Budjetti;Toteuma",
        "Hankeosa 1: Kotiapu;Henkilöstökulut;200000;80000",
        ";Yhteensä;200000;80000",
        "Hankeosa 2: Etäohjaus;Ohjelmistot;50000;20000",
        ";Yhteensä;50000;20000",
        "Koko hanke;Yhteensä;250000;100000",
    ]
    costs = _costs("\n".join(sheet))
    assert costs["Hankeosa 1: Kotiapu"][0][2]["staff-costs"] == {
        "budget": Decimal(200000),
        "actual": Decimal(80000),
    }
    assert costs["Hankeosa 2: Etäohjaus"][0][2]["software"] == {
        "budget": Decimal(50000),
        "actual": Decimal(20000),
    }
    assert costs["Arjen tuki"][0][2] == {"total": {"budget": Decimal(250000), "actual": Decimal(100000)}}


def test_a_categorys_sums_parted_by_dashes_under_its_label_and_counts_stay_none() -> None:
    text = "\n".join(
        [
            "Hanke: Kotisairaalan iltapäivystys",
            "Hyvinvointialue: Lapin hyvinvointialue",
            "",
            "KÄYNTIMÄÄRÄT",
            "Kotikäynnit",
            "tavoite 500 – toteutunut 410",
            "",
            "KUSTANNUKSET HANKKEEN ALUSTA (euroa)",
            "Henkilöstökulut",
            "suunniteltu 300 000 – toteutunut 120 000",
            "Matkakulut",
            "suunniteltu 10 000 – toteutunut 4 000",
            "Yhteensä",
            "suunniteltu 310 000 – toteutunut 124 000",
        ]
    )
    costs = _costs(text, "kirje.txt")["Kotisairaalan iltapäivystys"]
    assert len(costs) == 1
    lines = costs[0][2]
    assert lines["staff-costs"] == {"budget": Decimal(300000), "actual": Decimal(120000)}
    assert lines["total"] == {"budget": Decimal(310000), "actual": Decimal(124000)}
    assert set(lines) == {"staff-costs", "travel", "total"}  # "Kotikäynnit" counted is no cost


def test_a_caption_spanning_months_in_words_is_cumulative_from_the_start_else_a_period() -> None:
    def sheet(span: str) -> str:
        return "\n".join(
            [
                "Project,Evening Physio Line,",
                "County,Kainuu wellbeing services county,",
                "Term,1 March 2025 - 28 February 2027,",
                "",
                f"Costs {span} 2025 (EUR),,",
                "Cost type,Budget,Actual",
                "Staff costs,80000,30000",
                "Total,80000,30000",
            ]
        )

    kinds = [(kind, year) for kind, year, _ in _costs(sheet("1 Mar - 31 Aug"))["Evening Physio Line"]]
    assert kinds == [("cumulative", None)]
    kinds = [(kind, year) for kind, year, _ in _costs(sheet("1 Jun - 31 Aug"))["Evening Physio Line"]]
    assert kinds == [("period", "2025")]


def _minutes(lead: str) -> str:
    return "\n".join(
        [
            "Kainuun hyvinvointialue",
            "Aluehallitus",
            "",
            f"§ 14 Arjen apu -hankkeen {lead}",
            "",
            "Euromäärät investoinneittain (1 000 €)",
            "",
            "Investointi\tMyönnetty\tToteutunut",
            "Investointi 1: Kotiapu\t400\t210",
            "Investointi 2: Etäohjaus\t300\t120",
            "Yhteensä\t700\t330",
        ]
    )


def test_granted_and_spent_per_part_follow_up_its_costs_but_a_final_account_is_money() -> None:
    costs = _costs(_minutes("väliarvio"), "poytakirja.txt")
    part = costs["Investointi 1: Kotiapu"]
    assert ("cumulative", None, {"total": {"granted": Decimal(400000), "actual": Decimal(210000)}}) in part
    assert ("granted", None, {"total": {"budget": Decimal(400000)}}) in part  # and its money, in thousands
    final = _costs(_minutes("loppuselvitys"), "poytakirja.txt")["Investointi 1: Kotiapu"]
    assert [kind for kind, _, _ in final] == ["granted"]
