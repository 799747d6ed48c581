"""A part's name on a line that goes on to state its money, and a title naming the project and
the document's kind: where the name ends (tuning documents u217, u218)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import hankegraafi.ingest.extract  # noqa: F401  (the pipeline's modules in their import order)
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.sums import clause_sum
from hankegraafi.ingest.generic import _clean_title
from hankegraafi.ingest.labels import match_part
from hankegraafi.ingest.namecuts import without_money_clause
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("Hoitoon pääsyn parantaminen hakee 300 000 euroa lisää", "Hoitoon pääsyn parantaminen"),
        ("Mobil rehabilitering ansöker om ytterligare 180 000 euro.", "Mobil rehabilitering"),
        ("Kotikuntoutus sai valtionavustusta 95 000 euroa", "Kotikuntoutus"),
        # A sum with no clause of its own stays for the parts' reader ("X 1 800 000 €").
        ("Palveluvelan purku 1 800 000 €", "Palveluvelan purku 1 800 000 €"),
        ("Hoitoon pääsyn parantaminen", "Hoitoon pääsyn parantaminen"),
    ],
)
def test_a_part_name_ends_where_its_money_clause_begins(name: str, cut: str) -> None:
    assert without_money_clause(name) == cut


def test_both_part_readers_cut_the_clause() -> None:
    assert match_part("Investointi 1: Hoitoon pääsyn parantaminen hakee 300 000 euroa lisää.") == (
        "investment",
        "1",
        "Hoitoon pääsyn parantaminen",
    )
    found = match_part_line("Delprojekt 2: Mobil rehabilitering ansöker om ytterligare 180 000 euro.")
    assert found is not None and found[3] == "Mobil rehabilitering"


def test_the_clause_states_the_parts_sum_and_its_kind() -> None:
    assert clause_sum("Osahanke 2: X haki lokakuussa lisäavustusta 85 000 euroa.") == (
        "applied",
        Decimal(85000),
    )
    assert clause_sum("Osahanke 3: Y sai valtionavustusta 90 000 euroa.") == ("granted", Decimal(90000))
    assert clause_sum("Osahanke 3: Y") is None


def test_the_part_keeps_its_name_and_its_sum() -> None:
    text = (
        "Keski-Pohjanmaan hyvinvointialue\nHankekatsaus 14.10.2024\n\nHanke: Kotona pidempään\n\n"
        "Osahanke 2: Muistihoitajan etävastaanotto haki lokakuussa lisäavustusta 85 000 euroa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    part = next(p for p in x.projects if p.level == "subproject")
    assert part.name == "Osahanke 2: Muistihoitajan etävastaanotto"
    assert [(c.kind, c.lines[0].values["budget"]) for c in part.costs] == [("applied", Decimal(85000))]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("# Arjen apu Kainuussa – väliraportti 2/2024", "Arjen apu Kainuussa"),
        ("Vakehyvan Kestävän kasvun hanke – hankesuunnitelma", "Vakehyvan Kestävän kasvun hanke"),
        ("Kotona Savossa - slutrapport", "Kotona Savossa"),
        # A dash inside the name, no kind after it: the title stays whole.
        (
            "Kestävästi Savossa – Savon hyvinvointialueen hanke",
            "Kestävästi Savossa – Savon hyvinvointialueen hanke",
        ),
    ],
)
def test_a_title_names_the_project_then_the_documents_kind(title: str, name: str) -> None:
    assert _clean_title(title) == name
