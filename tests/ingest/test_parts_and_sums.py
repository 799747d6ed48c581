"""Parts of a project named in words the segmenter does not know, and the sums said of them (invented text).

A plan's "Osakokonaisuus N", a Swedish page's "Delprojekt N" own the sums their text
states; a "Työpaketti" is a task of the whole, not a part; a table "Investointi |
Haettu € | Myönnetty €" states both what was applied for and what was granted.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "suunnitelma.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _sums(x: Extraction) -> dict[tuple[str, str], Decimal]:
    """(project name, statement kind) → the statement's total (or last line)."""
    out: dict[tuple[str, str], Decimal] = {}
    for project in x.projects:
        for statement in project.costs:
            totals = [line for line in statement.lines if line.category == "total"] or statement.lines[-1:]
            out[(project.name, statement.kind)] = next(iter(totals[0].values.values()))
    return out


_PLAN = """HANKESUUNNITELMA

Hankkeen nimi: Kotona pärjäämisen tuki Kainuussa
Hankeaika: 1.1.2024–31.12.2025

1 Osat

Osakokonaisuus 1: Etäkotihoito
Kotihoitoon tuodaan etäkäynnit. Osakokonaisuuden kustannusarvio on 300 000 euroa.

Osakokonaisuus 2: Omaishoidon tuki
Omaishoitajille avataan neuvonta. Osakokonaisuuden kustannusarvio on 200 000 euroa.

Työpaketti 1: Viestintä
Viestintä tehdään koko hankkeelle.

2 Kustannukset

Koko hankkeen kustannusarvio on 500 000 euroa.
"""


def test_numbered_parts_own_their_estimates_and_the_whole_keeps_its_own() -> None:
    x = _read(_PLAN)
    parts = {p.name: p for p in x.projects if p.level == "subproject"}
    assert set(parts) == {"Osakokonaisuus 1: Etäkotihoito", "Osakokonaisuus 2: Omaishoidon tuki"}
    assert all(
        p.parent is not None and p.parent.name == "Kotona pärjäämisen tuki Kainuussa" for p in parts.values()
    )
    sums = _sums(x)
    assert sums[("Osakokonaisuus 1: Etäkotihoito", "estimate")] == Decimal(300_000)
    assert sums[("Osakokonaisuus 2: Omaishoidon tuki", "estimate")] == Decimal(200_000)
    assert sums[("Kotona pärjäämisen tuki Kainuussa", "estimate")] == Decimal(500_000)


def test_a_work_package_is_no_part() -> None:
    x = _read(_PLAN)
    assert not [p for p in x.projects if "Viestintä" in p.name]


def test_a_swedish_part_granted_a_sum() -> None:
    html = """<html lang="sv"><body><main>
<h1>Trygg hemma i Österbotten</h1>
<p>Projektet Trygg hemma i Österbotten pågår 2024–2025 i Närpes.</p>
<h2>Delprojekt 1: Nattpatrull</h2>
<p>Hemvården får en nattpatrull. För delprojektet beviljades 150 000 euro.</p>
<h2>Delprojekt 2: Digital rådgivning</h2>
<p>Familjer får rådgivning på nätet. För delprojektet beviljades 90 000 euro.</p>
<h2>Finansiering</h2>
<p>Social- och hälsovårdsministeriet beviljade projektet sammanlagt 240 000 euro.</p>
</main></body></html>"""
    x = _read(html, "sida.html")
    sums = _sums(x)
    assert sums[("Delprojekt 1: Nattpatrull", "granted")] == Decimal(150_000)
    assert sums[("Delprojekt 2: Digital rådgivning", "granted")] == Decimal(90_000)
    # The parts' grants are not the whole project's; its own stands under "Finansiering".
    assert [v for (name, _kind), v in sums.items() if name == "Trygg hemma i Österbotten"] == [Decimal(240_000)]


def test_a_table_of_sums_applied_for_and_granted_per_investment() -> None:
    text = (
        "Aluehallitus 3.6.2024\n\n"
        "§ 12 Valtionavustus: Kainuun Kestävän kasvun hanke\n\n"
        "Sosiaali- ja terveysministeriö on päättänyt Kainuun Kestävän kasvun hankkeen avustuksesta.\n\n"
        "Investointi\tHaettu €\tMyönnetty €\n"
        "Investointi 1: Hoitoonpääsy\t500 000\t450 000\n"
        "Investointi 2: Digipalvelut\t300 000\t250 000\n"
        "Yhteensä\t800 000\t700 000\n"
    )
    sums = _sums(_read(text, "poytakirja.txt"))
    assert sums[("Investointi 1: Hoitoonpääsy", "applied")] == Decimal(500_000)
    assert sums[("Investointi 1: Hoitoonpääsy", "granted")] == Decimal(450_000)
    assert sums[("Investointi 2: Digipalvelut", "applied")] == Decimal(300_000)
    assert sums[("Investointi 2: Digipalvelut", "granted")] == Decimal(250_000)
    whole = [name for name, kind in sums if kind == "granted" and not name.startswith("Investointi")]
    assert [sums[(name, "granted")] for name in whole] == [Decimal(700_000)]
    assert [sums[(name, "applied")] for name in whole] == [Decimal(800_000)]


WHOLE_TABLE_AFTER_A_PART = """Loppuraportti
Hankkeen nimi: Kotikuntoutus Kymenlaaksossa
Hallinnoija: Kymenlaakson hyvinvointialue
Myönnetty avustus: 840 000 euroa

Osahanke 2: Etäfysioterapia

Osahankkeessa fysioterapeutit ohjaavat harjoitteita videoyhteydellä.{part_sum}

Talous

| Kustannuslaji | Myönnetty | Toteutunut |
|---|---|---|
| Palkat | 600 000 | 310 000 |
| Ostopalvelut | 240 000 | 95 000 |
| Yhteensä | 840 000 | 405 000 |
"""


def _tables_of(text: str) -> dict[str, list[str]]:
    x = extract(read_bytes(text.encode(), file_name="loppuraportti.md", max_bytes=100_000))
    return {p.name: [s.kind for s in p.costs if s.kind != "granted"] for p in x.projects}


def test_a_table_whose_total_is_the_wholes_grant_is_the_wholes_though_a_part_stands_above_it() -> None:
    # The document gives the part a sum of its own, another one: the table of the whole's sum is the whole's.
    other = WHOLE_TABLE_AFTER_A_PART.format(part_sum=" Osahankkeelle myönnettiin 310 000 euroa.")
    owners = _tables_of(other)
    assert owners["Kotikuntoutus Kymenlaaksossa"] == ["cumulative"]
    assert owners["Osahanke 2: Etäfysioterapia"] == []
    # No sum of the part's own: the total cannot tell a project of one part from the whole's table
    # under a part's heading, and the table stays where the document put it.
    assert _tables_of(WHOLE_TABLE_AFTER_A_PART.format(part_sum=""))["Osahanke 2: Etäfysioterapia"] == [
        "cumulative"
    ]
    # When the document grants the part that same sum, the table stays the part's.
    said = WHOLE_TABLE_AFTER_A_PART.format(part_sum=" Osahankkeelle myönnettiin 840 000 euroa.")
    assert _tables_of(said)["Osahanke 2: Etäfysioterapia"] == ["cumulative"]


# A basic-data table whose sums stand under the bare word of the statement ("Myönnetty", "Valtionavustus",
# "Beviljat", "Palautettava"), with the empty cells a tab-aligned export leaves between label and value.
_BARE_LABELS = """LOPPURAPORTTI
Hanke\tKuntoutus kotiin Kainuussa
Hallinnoija\tKainuun hyvinvointialue
{granted}\t\t960 000 €
{returned}\t4 100 €

Osahanke 1: Etäkuntoutus sai avustusta 210 000 euroa.

Kustannukset koko hankeajalta
Kululaji\tMyönnetty\tToteutunut
Henkilöstökulut\t700 000\t698 000
Palvelujen ostot\t260 000\t257 900
Yhteensä\t960 000\t955 900
"""


def test_a_basic_data_row_under_the_bare_word_of_its_sum_is_the_wholes() -> None:
    for granted, returned in (
        ("Myönnetty", "Palautettava"),
        ("Valtionavustus", "Palautettava"),
        ("Beviljat", "Återbetalas"),
    ):
        x = _read(_BARE_LABELS.format(granted=granted, returned=returned), "loppuraportti.txt")
        sums = _sums(x)
        assert sums[("Kuntoutus kotiin Kainuussa", "granted")] == Decimal(960000), granted
        assert sums[("Kuntoutus kotiin Kainuussa", "returned")] == Decimal(4100), returned
        assert sums[("Osahanke 1: Etäkuntoutus", "granted")] == Decimal(210000)
        # With the whole's grant read, the table of that total under the part's line is the whole's.
        kinds = {p.name: [s.kind for s in p.costs if s.kind == "cumulative"] for p in x.projects}
        assert kinds == {"Kuntoutus kotiin Kainuussa": ["cumulative"], "Osahanke 1: Etäkuntoutus": []}
    # A label that names no sum's kind states none ("Hankeaika" beside a sum is no grant).
    other = _read(_BARE_LABELS.format(granted="Omarahoitus", returned="Hankeaika"), "loppuraportti.txt")
    assert ("Kuntoutus kotiin Kainuussa", "granted") not in _sums(other)


def test_a_part_named_in_a_sentence_with_its_sum_leaves_what_follows_to_the_whole() -> None:
    minutes = (
        "Aluehallitus 4.3.2024\n\n§ 12 Kotikuntoutus Kainuussa -hankkeen lisäavustus\n\nPerustelut\n"
        "Kotikuntoutus Kainuussa -hanke sai valtionavustusta 900 000 euroa.\n"
        "Investointi 2: Etäkuntoutus hakee 120 000 euroa lisää.\n"
        "Väliraportin valot: aikataulu vihreä, kustannukset keltainen.\n\n"
        "Kustannukset\tTalousarvio\tToteutunut\nPalvelujen ostot\t300 000\t310 000\nYhteensä\t300 000\t310 000\n"
    )

    def owners(text: str) -> dict[str, tuple[list[str], list[str]]]:
        x = _read(text, "poytakirja.txt")
        return {
            "whole" if p.level == "project" else p.name: (
                [s.kind for s in p.costs],
                [light.dimension for light in p.lights],
            )
            for p in x.projects
        }

    assert owners(minutes) == {
        "whole": (["granted", "cumulative"], ["schedule", "costs"]),
        "Investointi 2: Etäkuntoutus": (["applied"], []),
    }
    # A part's line that is its heading, no sentence with a sum, still opens the part.
    headed = minutes.replace(
        "Investointi 2: Etäkuntoutus hakee 120 000 euroa lisää.", "Investointi 2: Etäkuntoutus"
    )
    assert owners(headed)["Investointi 2: Etäkuntoutus"] == (["cumulative"], ["schedule", "costs"])


def test_a_list_of_parts_one_a_line_leaves_what_follows_the_list_to_the_whole() -> None:
    page = (
        "Perhekeskus Pohjanmaalla\nHallinnoija: Pohjanmaan hyvinvointialue\n\nOsakokonaisuudet\n"
        "Osakokonaisuus 1: Neuvola verkossa\tmyönnetty 300 000 €\n"
        "Osakokonaisuus 2: Perheohjaus\thaettu 120 000 €\n"
        "Osakokonaisuus 3: Vertaisryhmät\n\n"
        "Talous (€)\tBudjetti\tToteutunut\nPalvelujen ostot\t500 000\t210 000\nYhteensä\t500 000\t210 000\n"
    )
    x = _read(page, "sivu.txt")
    sums = _sums(x)
    assert sums[("Osakokonaisuus 1: Neuvola verkossa", "granted")] == Decimal(300000)
    assert sums[("Osakokonaisuus 2: Perheohjaus", "applied")] == Decimal(120000)
    kinds = {"whole" if p.level == "project" else p.name: [s.kind for s in p.costs] for p in x.projects}
    assert kinds["whole"] == ["cumulative"]
    assert kinds["Osakokonaisuus 3: Vertaisryhmät"] == []
    # An investment's line right over its own sub-project's line is no list: the two are headings.
    nested = page.replace(
        "Osakokonaisuus 1: Neuvola verkossa\tmyönnetty 300 000 €\n", "Investointi 1: Neuvolat\n"
    ).replace("Osakokonaisuus 2: Perheohjaus\thaettu 120 000 €\n", "")
    kinds = {p.name: [s.kind for s in p.costs] for p in _read(nested, "sivu.txt").projects}
    assert kinds["Osakokonaisuus 3: Vertaisryhmät"] == ["cumulative"]
    # A part's line with a blank line after it, its text below it, is its heading still.
    headed = page.replace("Osakokonaisuus 3: Vertaisryhmät\n\n", "\nOsakokonaisuus 3: Vertaisryhmät\n")
    kinds = {p.name: [s.kind for s in p.costs] for p in _read(headed, "sivu.txt").projects}
    assert kinds["Osakokonaisuus 3: Vertaisryhmät"] == ["cumulative"]


def test_a_sum_in_brackets_after_its_cue_is_read_whole() -> None:
    from hankegraafi.ingest.sumcues import APPLIED_SUM, GRANTED_SUM

    said = {
        "Projektet genomförs med statsunderstöd som ministeriet beviljat (2 100 000 euro).": "2 100 000",
        "Hanke haki valtionavustusta (1.240.000 €) kolmelle vuodelle.": "1.240.000",
        # A date or a year between the cue and the sum is skipped as before.
        "STM myönsi 10.4.2024 tekemällään päätöksellä 2 400 000 euroa.": "2 400 000",
        "Hankkeelle myönnettiin vuodelle 2023 yhteensä 500 000 euroa.": "500 000",
        # A part's share of what was granted.
        "Osahankkeen osuus myönnetystä summasta oli 380 000 euroa.": "380 000",
        "Delprojektets andel av det beviljade understödet var 210 000 euro.": "210 000",
    }
    for sentence, whole in said.items():
        m = GRANTED_SUM.search(sentence) or APPLIED_SUM.search(sentence)
        assert m is not None and (m.groupdict().get("amount2") or m.group("amount")) == whole, sentence


def test_a_fact_box_line_of_a_sum_under_its_kinds_word_alone() -> None:
    from hankegraafi.ingest.facts.sums import labelled_sum

    assert labelled_sum("Avustus: 3 150 000 €") == ("granted", Decimal(3150000))
    assert labelled_sum("Myönnetty 2,8 M€") == ("granted", Decimal(2800000))
    assert labelled_sum("Palautettava 12 400 €") == ("returned", Decimal(12400))
    # An own share, a cost item and a line the sentence cues read already are none of these.
    for other in (
        "Omarahoitus: 350 000 €",
        "Henkilöstökulut 40 000 €",
        "Kustannusarvio 76 000 €",
        "Avustus haettiin 2024",
    ):
        assert labelled_sum(other) is None, other
    page = (
        "Kotihoito verkossa\n\nHankeaika: 2024–2025\n\nValtionavustus: 780 000 €\n\nOmarahoitus: 90 000 €\n\n"
        "Kainuun hyvinvointialueen hankkeessa kotihoidon käynnit tehdään videolla.\n"
    )
    x = _read(page, "sivu.txt")
    assert {(kind, value) for (_, kind), value in _sums(x).items()} == {("granted", Decimal(780000))}


def test_a_table_of_the_sums_granted_per_part_beside_what_was_spent_is_money_not_costs() -> None:
    minutes = (
        "§ 12 Loppuselvitys\n\nKotihoito Kainuussa -hanke sai valtionavustusta 900 000 euroa.\n\n"
        "Investointi\tMyönnetty\tToteutunut\nInvestointi 1: Etäkotihoito\t600 000\t590 100\n"
        "Investointi 2: Omaishoito\t300 000\t281 400\nYhteensä\t900 000\t871 500\n"
    )
    x = _read(minutes, "poytakirja.txt")
    assert {
        (p.name, s.kind, s.lines[-1].values["budget"])
        for p in x.projects
        if p.level != "project"
        for s in p.costs
    } == {
        ("Investointi 1: Etäkotihoito", "granted", Decimal(600000)),
        ("Investointi 2: Omaishoito", "granted", Decimal(300000)),
    }
    assert not any(s.kind == "cumulative" for p in x.projects for s in p.costs)


def test_a_sum_under_its_kinds_word_and_a_parts_word_is_the_parts() -> None:
    report = (
        "TILANNERAPORTTI\nHanke\tKotihoito Kainuussa\nHallinnoija\tKainuun hyvinvointialue\n"
        "Investointi\tInvestointi 3: Etäkotihoito\nMyönnetty investoinnille\t1.240.000,00\n\n"
        "Etäkäynnit alkoivat Kajaanissa.\n"
    )
    assert _sums(_read(report, "raportti.txt")) == {
        ("Investointi 3: Etäkotihoito", "granted"): Decimal(1240000)
    }
    # A line of the same kind under a part's heading: the part's.
    line = (
        "Tilanneraportti 2/2024 – Kotihoito Kainuussa -hanke\nInvestointi 3: Etäkotihoito\n"
        "Investoinnille myönnetty: 1 720 000,00 EUR\n\nEtäkäynnit alkoivat Kajaanissa.\n"
    )
    assert _sums(_read(line, "raportti.txt")) == {("Investointi 3: Etäkotihoito", "granted"): Decimal(1720000)}
    # With no part of that kind in the document the sum is nobody's: no guess.
    none = report.replace("Investointi\tInvestointi 3: Etäkotihoito\n", "")
    assert _sums(_read(none, "raportti.txt")) == {}
