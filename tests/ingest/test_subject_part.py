"""A document whose head says it reports on one part files its lights and cost tables under that part
(ingest/facts/subject.py), unless a table totals the grant the head states for the whole."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import subject
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _owners(x: Extraction) -> dict[str, tuple[list[str], list[str]]]:
    """Each project's light dimensions and the kinds of its cost tables (a single sum is money's own rule)."""
    return {
        p.name: (sorted(light.dimension for light in p.lights), [s.kind for s in p.costs if len(s.lines) > 1])
        for p in x.projects
    }


_BODY = """
Aikataulu\tvihreä
Kustannukset\tkeltainen
Riskit\tpunainen

KUSTANNUKSET (€)\tBudjetti\tToteuma
Henkilöstökulut\t300 000\t120 000
Palvelujen ostot\t100 000\t20 000
Yhteensä\t400 000\t140 000

Imatralla aloitettiin kotihoidon etäkäynnit toukokuussa.
"""


def test_a_fact_box_row_naming_the_part_files_lights_and_tables_under_it() -> None:
    text = (
        "TILANNEKATSAUS 2/2024\n"
        "Hanke\tEtelä-Karjalan tulevaisuuden sote-keskus -hanke\n"
        "Raportoitava kokonaisuus => Investointi 2: Kotiin vietävät palvelut\n"
        "Myönnetty avustus\t2 900 000 €\n" + _BODY
    )
    owners = _owners(_read(text, "katsaus.txt"))
    part = owners["Investointi 2: Kotiin vietävät palvelut"]
    assert part == (["costs", "risks", "schedule"], ["cumulative"])
    assert owners["Etelä-Karjalan tulevaisuuden sote-keskus -hanke"][0] == []


def test_a_title_naming_the_whole_and_the_part_names_both() -> None:
    text = (
        "Väliraportti 1/2024\n"
        "Etelä-Karjalan tulevaisuuden sote-keskus -hanke – Osahanke 4: Kotihoidon etäkäynnit\n"
        "Hallinnoija\tEtelä-Karjalan hyvinvointialue\n" + _BODY
    )
    owners = _owners(_read(text, "valiraportti.txt"))
    assert owners["Etelä-Karjalan tulevaisuuden sote-keskus -hanke"][0] == []
    assert owners["Osahanke 4: Kotihoidon etäkäynnit"][0] == ["costs", "risks", "schedule"]


def test_a_table_totalling_the_whole_grant_stays_the_whole_s() -> None:
    text = (
        "TILANNEKATSAUS 2/2024\n"
        "Hanke\tEtelä-Karjalan tulevaisuuden sote-keskus -hanke\n"
        "Osahanke\tOsahanke 1: Kotihoidon etäkäynnit\n"
        "Myönnetty avustus\t400 000 €\n" + _BODY
    )
    owners = _owners(_read(text, "katsaus.txt"))
    whole = owners["Etelä-Karjalan tulevaisuuden sote-keskus -hanke"]
    assert whole[0] == ["costs", "risks", "schedule"]
    assert whole[1] == ["cumulative"]
    assert owners["Osahanke 1: Kotihoidon etäkäynnit"] == ([], [])


def test_a_report_of_several_parts_is_no_report_of_one() -> None:
    text = (
        "TILANNEKATSAUS 2/2024\n"
        "Hanke\tEtelä-Karjalan tulevaisuuden sote-keskus -hanke\n"
        "Raportoitava kokonaisuus => Investointi 2: Kotiin vietävät palvelut\n\n"
        "Investointi 3: Digitaaliset palvelut\n\nAikataulu\tvihreä\n" + _BODY
    )
    owners = _owners(_read(text, "katsaus.txt"))
    assert owners.get("Investointi 2: Kotiin vietävät palvelut", ([], []))[0] == []
    assert "schedule" in owners["Investointi 3: Digitaaliset palvelut"][0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**Raportin kohde:** Investointi 2: Kotiin vietävät palvelut", ("investment", "2")),  # Markdown bold
        ("Osio;Investointi 3: Etäpalvelut;;;", ("investment", "3")),  # a CSV row
        ("Ämne: Månadsrapport – Hållbar tillväxt i X / Delprojekt 1: Digitala tjänster", ("subproject", "1")),
        ("Investointi 2: Kotiin vietävät palvelut", None),  # a part's own heading
        ("Kustannuslaji\tInvestointi 1\tInvestointi 2", None),  # two parts
        ("Hanke\tEtelä-Karjalan tulevaisuuden sote-keskus -hanke", None),
    ],
)
def test_a_head_line_names_the_one_part_after_its_label(line: str, expected: tuple[str, str] | None) -> None:
    named = subject.named(line)
    assert (None if named is None else (named[0].level, named[0].number)) == expected


def test_only_a_dash_or_slash_joins_the_part_to_a_name_before_it() -> None:
    title = subject.named("Etelä-Karjalan hanke – Osahanke 4: Kotihoidon etäkäynnit")
    row = subject.named("2. Raportoitava osa => Osahanke 4: Kotihoidon etäkäynnit")
    assert title is not None and title[1:] == ("Etelä-Karjalan hanke", "Osahanke 4: Kotihoidon etäkäynnit")
    assert row is not None and row[2] == ""  # a label is no name of the whole
