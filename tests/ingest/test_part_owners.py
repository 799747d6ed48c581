"""Cost tables, lights and sums filed under the part or project the document says they belong to.

All text is invented. A report names its parts once and refers to them again by number
alone ("Investointi 3" over a cost table); such a heading resumes the named part.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction, Project
from hankegraafi.ingest.facts.partscopes import Reference, reference
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "raportti.md") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _named(x: Extraction, name: str) -> Project:
    return next(p for p in x.projects if p.name == name)


def _budget(project: Project, category: str) -> Decimal | None:
    for statement in project.costs:
        for line in statement.lines:
            if line.category == category and "budget" in line.values:
                return Decimal(str(line.values["budget"]))
    return None


_RESUMED = """# Loppuraportti

**Hankkeen nimi:** Kotona Kymissä
**Hallinnoija:** Kymenlaakson hyvinvointialue
**Hankeaika:** 1.1.2022–30.6.2025

## Tavoitteet

### Investointi 3: Kotihoidon etäkäynnit

| Tavoite | Toteutuminen |
|---|---|
| Etäkäynnit käytössä koko alueella | Toteutunut |

## Talous

### Investointi 3

| Kustannuslaji | Budjetti € | Toteutunut € |
|---|---|---|
| Palvelujen ostot | 410 000 | 402 000 |
| Yhteensä | 410 000 | 402 000 |
"""


def test_a_part_named_again_by_its_number_alone_is_the_same_part() -> None:
    x = _read(_RESUMED)
    names = [p.name for p in x.projects]
    assert "Investointi 3" not in names
    assert _budget(_named(x, "Investointi 3: Kotihoidon etäkäynnit"), "service-purchases") == Decimal(410000)


def test_a_sub_project_named_again_by_its_number_is_the_same_sub_project() -> None:
    text = _RESUMED.replace("Investointi 3", "Osakokonaisuus 1").replace("Kotihoidon etäkäynnit", "Omaishoito")
    x = _read(text)
    assert [p.name for p in x.projects if p.level == "subproject"] == ["Osakokonaisuus 1: Omaishoito"]
    assert _budget(_named(x, "Osakokonaisuus 1: Omaishoito"), "service-purchases") == Decimal(410000)


def test_a_part_given_by_number_first_takes_its_name_when_it_comes() -> None:
    text = _RESUMED.replace("### Investointi 3: Kotihoidon etäkäynnit", "### Investointi 3").replace(
        "### Investointi 3\n\n| Kustannuslaji", "### Investointi 3: Kotihoidon etäkäynnit\n\n| Kustannuslaji"
    )
    x = _read(text)
    investments = [p for p in x.projects if p.level == "investment"]
    assert [p.name for p in investments] == ["Investointi 3: Kotihoidon etäkäynnit"]
    assert investments[0].goals and _budget(investments[0], "service-purchases") == Decimal(410000)


def test_another_number_is_another_part() -> None:
    x = _read(_RESUMED.replace("### Investointi 3\n", "### Investointi 4\n"))
    assert _budget(_named(x, "Investointi 4"), "service-purchases") == Decimal(410000)
    assert _budget(_named(x, "Investointi 3: Kotihoidon etäkäynnit"), "service-purchases") is None


_WRAPPED = """Pohjois-Savon hyvinvointialue\tVäliraportti 1/2025\t1 (2)

VÄLIRAPORTTI

Hanke: Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen
purkaminen ostopalveluin
Projektipäällikkö: Matti Rossi

1. Liikennevalot
Aikataulu\t● Suunniteltu

2. Kustannukset (kumulatiivinen, euroa)
Kustannuslaji\tBudjetti\tToteuma
Palvelujen ostot\t300.000,00\t120.000,00
Yhteensä\t300.000,00\t120.000,00
"""


def test_a_name_field_broken_onto_the_next_line_is_one_name() -> None:
    x = _read(_WRAPPED, "raportti.txt")
    full = "Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen purkaminen ostopalveluin"
    assert [p.name for p in x.projects] == [full]
    assert _budget(x.projects[0], "service-purchases") == Decimal(300000)
    assert [light.dimension for light in x.projects[0].lights] == ["schedule"]


def test_a_sentence_or_a_label_below_the_name_field_is_no_part_of_the_name() -> None:
    for below in ("hanke etenee suunnitellusti.", "vastuuhenkilö: Matti Rossi"):
        x = _read(_WRAPPED.replace("purkaminen ostopalveluin", below), "raportti.txt")
        assert x.projects[0].name == "Pohjois-Savon Kestävän kasvun hanke, Investointi 1: Hoitojonojen"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Taulukko 2. Investointi 3: Etäkuntoutus, kertymä 30.6.2024 (€)",
            Reference("investment", "Investointi", "3", "Etäkuntoutus"),
        ),
        (
            "Liite 1. Investointi 2 (Kotihoito), kustannukset (euroa)",
            Reference("investment", "Investointi", "2", "Kotihoito"),
        ),
        ("Investering 1, kostnader per kostnadsslag (euro)", Reference("investment", "Investering", "1", "")),
        ("3  TALOUS – INVESTOINTI 4", Reference("investment", "Investointi", "4", "")),
        ("Kustannukset 1.1.–30.6.2024, osakokonaisuus 2", Reference("subproject", "Osakokonaisuus", "2", "")),
        ("Tabell 3. Hela projektet, rapportperioden", "whole"),
        ("Investointi 2: Etäkuntoutus", None),  # a part heading: the walk's own
        ("Investoinnin 3 talous, euroa", Reference("investment", "Investointi", "3", "")),  # genitive
        ("Osakokonaisuuden 2 kustannukset (€)", Reference("subproject", "Osakokonaisuus", "2", "")),
        ("Investointien 1 ja 2 kustannukset", None),  # inflected, two parts: names neither
        ("Investointi 1 ja Investointi 2 yhteensä", None),
        ("Kustannukset kumulatiivisesti", None),
    ],
)
def test_a_caption_or_heading_names_the_part_it_is_about(line: str, expected: Reference | str | None) -> None:
    assert reference(line) == expected


_SECTIONS = """KAINUUN HYVINVOINTIALUE\tTILANNERAPORTTI 1/2025
Hanke: Arki sujuvaksi Kainuussa
Raportointijakso: 1.1.–30.6.2025

1  INVESTOINNIT

- Investointi 1: Hoitojonot
- Investointi 2: Etävastaanotot

2  LIIKENNEVALOT, INVESTOINTI 2

Aikataulu\tvihreä
Kustannukset\tkeltainen

3  TALOUS, INVESTOINTI 2

3.1 Kumulatiivinen toteuma

Kustannuslaji\tBudjetti\tToteutunut
Palvelujen ostot\t200 000,00\t90 000,00
Yhteensä\t200 000,00\t90 000,00

4  KOKO HANKE

Kustannuslaji\tBudjetti\tToteutunut
Palvelujen ostot\t700 000,00\t300 000,00
Yhteensä\t700 000,00\t300 000,00
"""


def test_a_numbered_section_naming_a_part_files_its_lights_and_tables_under_it() -> None:
    x = _read(_SECTIONS, "raportti.txt")
    part = _named(x, "Investointi 2: Etävastaanotot")
    assert sorted(light.dimension for light in part.lights) == ["costs", "schedule"]
    assert _budget(part, "service-purchases") == Decimal(200000)
    whole = _named(x, "Arki sujuvaksi Kainuussa")
    assert _budget(whole, "service-purchases") == Decimal(700000) and not whole.lights
    assert not _named(x, "Investointi 1: Hoitojonot").costs


def test_a_caption_names_the_part_of_the_table_right_below_it_only() -> None:
    text = _SECTIONS.replace(
        "3  TALOUS, INVESTOINTI 2\n\n3.1 Kumulatiivinen toteuma", "3  TALOUS\n\nTaulukko 1. Investointi 1"
    )
    x = _read(text, "raportti.txt")
    assert _budget(_named(x, "Investointi 1: Hoitojonot"), "service-purchases") == Decimal(200000)
    assert _budget(_named(x, "Arki sujuvaksi Kainuussa"), "service-purchases") == Decimal(700000)


_HEAD_ROWS = """{head}

1  TILANNE

Hanke eteni Kuopiossa ja Iisalmessa suunnitellusti.

2  LIIKENNEVALOT, INVESTOINTI 1

Aikataulu\tvihreä
"""


def test_the_project_is_the_one_head_cell_that_is_no_county_kind_period_or_page_mark() -> None:
    for head in (
        "POHJOIS-SAVON HYVINVOINTIALUE\tTILANNERAPORTTI 1/2025\nKotona Kuopiossa\tRaportointijakso 1.1.–30.6.2025",
        "Tilanneraportti\tKotona Kuopiossa",
        "Pohjois-Savon hyvinvointialue\tKotona Kuopiossa\tRaportointijakso 1.1.–30.6.2025",
    ):
        x = _read(_HEAD_ROWS.format(head=head), "raportti.txt")
        assert x.projects[0].name == "Kotona Kuopiossa", head


def test_a_page_header_cell_joining_the_county_and_the_kind_is_no_name() -> None:
    head = "Kotona Kuopiossa\tTilanneraportti 1/2025\t1 (2)"
    assert _read(_HEAD_ROWS.format(head=head), "raportti.txt").projects[0].name == "Kotona Kuopiossa"
    head = "Pohjois-Savon hyvinvointialue – Tilanneraportti Kotona Kuopiossa\t1 (2)"
    assert "Tilanneraportti" not in _read(_HEAD_ROWS.format(head=head), "raportti.txt").projects[0].name


def test_two_candidate_cells_name_no_project() -> None:
    x = _read(_HEAD_ROWS.format(head="Kotona Kuopiossa\tArjen apu Savossa"), "raportti.txt")
    assert x.projects[0].name not in ("Kotona Kuopiossa", "Arjen apu Savossa")


_OUTLINED = """LOPPURAPORTTI
{programme}

Hankkeen nimi: Arjen tuki Pohjois-Karjalassa
Hankeaika: 1.1.2021–31.10.2023

1 Yhteenveto
Hanke kehitti palveluja Joensuussa ja Lieksassa.

2 Osahankkeet

2.1 Osahanke 1: Kotihoito
Tavoite\tToteutuminen
Kotihoidon yökäynnit keskitetään\tToteutunut

2.2 Osahanke 2: Perhepalvelut
Tavoite\tToteutuminen
Perheneuvolan jono puretaan\tToteutunut osittain

3 Talous
Kustannuslaji\tBudjetti\tToteutunut
Palvelujen ostot\t300 000\t280 000
Yhteensä\t300 000\t280 000
"""


def test_a_programme_line_with_its_years_or_pillar_names_no_project() -> None:
    for programme in (
        "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma 2020–2023",
        "Suomen kestävän kasvun ohjelma, pilari 4",
    ):
        x = _read(_OUTLINED.format(programme=programme), "raportti.txt")
        assert x.projects[0].name == "Arjen tuki Pohjois-Karjalassa" and x.projects[0].level == "project"


def test_a_numbered_part_ends_at_the_next_section_above_it() -> None:
    x = _read(
        _OUTLINED.format(programme="Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma 2020–2023"), "r.txt"
    )
    whole = _named(x, "Arjen tuki Pohjois-Karjalassa")
    assert _budget(whole, "service-purchases") == Decimal(300000)
    assert not _named(x, "Osahanke 2: Perhepalvelut").costs


def test_a_section_numbered_below_the_part_does_not_end_it() -> None:
    text = _OUTLINED.format(programme="").replace("3 Talous", "2.2.1 Talous")
    x = _read(text, "raportti.txt")
    assert _budget(_named(x, "Osahanke 2: Perhepalvelut"), "service-purchases") == Decimal(300000)


def test_a_table_naming_its_parts_keeps_them_after_the_part_ended() -> None:
    text = _OUTLINED.format(programme="").replace(
        "Kustannuslaji\tBudjetti\tToteutunut\nPalvelujen ostot\t300 000\t280 000\nYhteensä\t300 000\t280 000",
        "Kustannuslaji\tOsahanke 1\tOsahanke 2\tYhteensä\nPalvelujen ostot\t100 000\t200 000\t300 000",
    )
    x = _read(text, "raportti.txt")
    assert _budget(_named(x, "Osahanke 2: Perhepalvelut"), "service-purchases") == Decimal(200000)


_APPLIED_TABLE = """# Hankesuunnitelma

Hankkeen nimi: Kotona Kainuussa
Hallinnoija: Kainuun hyvinvointialue

## Haettava avustus

| Investointi | Investoinnin nimi | Haettava avustus € | Osuus % |
|---|---|---|---|
| 1 | Hoitojonojen purku | 700 000 | 70,0 |
| 2 | Ennaltaehkäisy | 0 | 0,0 |
| 4 | Etäpalvelut | 300 000 | 30,0 |
"""


def test_a_parts_number_and_name_in_columns_of_their_own_name_the_part() -> None:
    x = _read(_APPLIED_TABLE)
    investments = {p.name: p for p in x.projects if p.level == "investment"}
    assert sorted(investments) == ["Investointi 1: Hoitojonojen purku", "Investointi 4: Etäpalvelut"]
    sums = [line.values["budget"] for s in investments["Investointi 4: Etäpalvelut"].costs for line in s.lines]
    assert sums == [Decimal(300000)]  # the sum, not the share in per cent


def test_without_a_name_column_a_number_names_no_part() -> None:
    x = _read(_APPLIED_TABLE.replace("Investoinnin nimi", "Toimenpiteet"))
    assert not [p for p in x.projects if p.level == "investment"]


def test_a_percentage_in_a_table_of_parts_is_no_sum() -> None:
    text = """# Tilanneraportti

Hankkeen nimi: Kotona Kainuussa
Hallinnoija: Kainuun hyvinvointialue

| Investointi | Tila | Valmiusaste |
|---|---|---|
| Investointi 1: Hoitojonojen purku | vihreä | 60 % |
| Investointi 4: Etäpalvelut | keltainen | 35 % |
"""
    x = _read(text)
    assert [p.name for p in x.projects if p.level == "investment"] == [
        "Investointi 1: Hoitojonojen purku",
        "Investointi 4: Etäpalvelut",
    ]
    assert not [s for p in x.projects for s in p.costs]


def test_a_block_label_over_a_labelled_line_is_no_name_field() -> None:
    text = """LOPPURAPORTTI

1 Hanke

Hankekoodi:\tS40213
Hankkeen nimi:\tArjen tuki Satakunnassa
Hallinnoija:\tSatakunnan hyvinvointialue
"""
    x = _read(text, "raportti.txt")
    assert [p.name for p in x.projects] == ["Arjen tuki Satakunnassa"]
    assert x.projects[0].level == "project"


_PROSE_SUMS = """# Väliraportti

Hankkeen nimi: Kotona Kainuussa
Hallinnoija: Kainuun hyvinvointialue

- Investointi 1: Hoitojonojen purku
- Investointi 2: Etäpalvelut

{sentence}
"""


def test_a_sentence_naming_a_part_by_its_inflected_word_states_its_sum() -> None:
    for sentence, name in (
        ("Investoinnille 2 myönnettiin 300 000 euroa.", "Investointi 2: Etäpalvelut"),
        ("Investoinnin 1 kustannusarvio on 500 000 euroa.", "Investointi 1: Hoitojonojen purku"),
        ("Investoinnille 4 (*Kotihoito*) myönnettiin 200 000 euroa.", "Investointi 4: Kotihoito"),
    ):
        x = _read(_PROSE_SUMS.format(sentence=sentence))
        assert [s.kind for s in _named(x, name).costs], sentence
        assert not _named(x, "Kotona Kainuussa").costs, sentence


def test_a_sentence_naming_two_parts_or_a_bare_new_one_names_none() -> None:
    for sentence in (
        "Investoinnista 1 siirretään 100 000 euroa investointiin 2.",
        "Investoinneille 1 ja 2 myönnettiin yhteensä 800 000 euroa.",
        "Investoinnille 3 myönnettiin 200 000 euroa.",
    ):
        x = _read(_PROSE_SUMS.format(sentence=sentence))
        assert [p.name for p in x.projects if p.level == "investment"] == [
            "Investointi 1: Hoitojonojen purku",
            "Investointi 2: Etäpalvelut",
        ], sentence
        assert all(not p.costs for p in x.projects if p.level == "investment"), sentence


_CAPTIONED = """Pohjanmaan hyvinvointialue
PROJEKTPLAN
Hankkeen nimi: Vård nära i Österbotten

3 INVESTERINGAR

Investering 1: Digitala tjänster
Omaolo tas i bruk.

4 KOSTNADSFÖRSLAG

Investering 1, kostnadsförslag per kostnadsslag (euro)
Köp av tjänster\t210 000
Programvara\t95 000
Totalt\t305 000
"""


def test_a_headerless_table_under_a_caption_naming_its_part_and_column_is_read() -> None:
    x = _read(_CAPTIONED, "plan.txt")
    part = _named(x, "Investering 1: Digitala tjänster")
    assert [p.name for p in x.projects if p.level == "investment"] == ["Investering 1: Digitala tjänster"]
    assert [(s.kind, _budget(part, "software")) for s in part.costs] == [("estimate", Decimal(95000))]


def test_an_estimate_said_in_a_sentence_and_itemised_in_a_table_is_one_estimate() -> None:
    text = _CAPTIONED.replace("Omaolo tas i bruk.", "Omaolo tas i bruk.\nKostnadsförslag: 305 000 euro")
    part = _named(_read(text, "plan.txt"), "Investering 1: Digitala tjänster")
    assert [len(s.lines) for s in part.costs if s.kind == "estimate"] == [3]
    other = _named(
        _read(text.replace("305 000 euro", "300 000 euro"), "plan.txt"), "Investering 1: Digitala tjänster"
    )
    assert sorted(len(s.lines) for s in other.costs if s.kind == "estimate") == [1, 3]  # two sums: both stay


def test_text_after_a_table_under_a_part_named_again_by_number_is_the_wholes() -> None:
    text = _RESUMED + "\nKäyttämättä jäänyt avustus, 8 000 euroa, palautetaan.\n"
    x = _read(text)
    returned = [s.kind for p in x.projects for s in p.costs if s.kind == "returned" and p.level == "project"]
    assert returned == ["returned"]
    assert _budget(_named(x, "Investointi 3: Kotihoidon etäkäynnit"), "service-purchases") == Decimal(410000)


def test_a_dimension_column_of_a_table_of_parts_rates_each_part() -> None:
    text = """Tilanneraportti\tKotona Kainuussa

1  INVESTOINNIT

Hanketta hallinnoi Kainuun hyvinvointialue.

Investointi\tTila\tValmiusaste\tAikataulu
Investointi 1: Hoitojonojen purku\tkäynnissä\t60 %\tvihreä
Investointi 4: Etäpalvelut\tkäynnissä\t35 %\tkeltainen
"""
    x = _read(text, "raportti.txt")
    first, fourth = _named(x, "Investointi 1: Hoitojonojen purku"), _named(x, "Investointi 4: Etäpalvelut")
    assert sorted((light.dimension, light.value, light.percent) for light in first.lights) == [
        ("progress", None, Decimal(60)),
        ("schedule", "on-plan", None),
    ]
    assert [light.percent for light in fourth.lights if light.dimension == "progress"] == [Decimal(35)]
