"""Organisation names in English and Swedish by their kind word (ingest/orgforeign.py, stop 36).

Invented sentences. English names put the kind word last or before an "of" / "for" tail ("LUT-like
University", "University of X", "X League for Child Welfare"); Swedish ones put it first in its definite form
("Högskolan på X") or after a genitive in a compound ("Xs pensionärsförbund"). Negative side: a kind word in
a common noun phrase, alone, or first without its tail names nothing; a headline in title case names nothing
without a kind word.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.orgforeign import foreign_org_names
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The University of Eastern Finland evaluates the model.", ["University of Eastern Finland"]),
        ("Kaarnia University trains the nurses.", ["Kaarnia University"]),
        ("The Pohjola Deaconess Institute provides the night nurses.", ["Pohjola Deaconess Institute"]),
        ("The Lakeland League for Child Welfare runs the groups.", ["Lakeland League for Child Welfare"]),
        ("In May the University of Eastern Finland's researchers started.", ["University of Eastern Finland"]),
        (
            "Nurses from Oulu University Hospital and Kuopio University Hospital joined.",
            ["Oulu University Hospital", "Kuopio University Hospital"],
        ),
        ("Social Affairs and Health. The University of Oulu evaluates it.", ["University of Oulu"]),
        ("Högskolan på Åland utvärderar besöken.", ["Högskolan på Åland"]),
        ("Stiftelsen Hemvård i Vasa ordnar kurser.", ["Stiftelsen Hemvård i Vasa"]),
        ("Dessutom ordnar Ålands Pensionärsförbund handledning.", ["Ålands Pensionärsförbund"]),
    ],
)
def test_names_by_their_kind_word(text: str, names: list[str]) -> None:
    assert [name for name, _, _ in foreign_org_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "University students and a university hospital took part.",
        "The association's members met in May.",
        "University Hospital staff were trained.",
        "Night-Time Home Care Goes Mobile In Salo",
        "Project Steering Group Meets In Kuopio",
        "Vasa stads hemvård samarbetar med kommunens förening.",
    ],
)
def test_a_kind_word_in_a_common_noun_phrase_names_nothing(text: str) -> None:
    assert foreign_org_names(text) == []


def test_an_english_partner_is_an_organisation_and_a_dependency() -> None:
    text = (
        "Home Care Online – status update 2025\n\nNorth Savo wellbeing services county\n\n"
        "The Home Care Online project develops home care in Kuopio.\n\n"
        "The Lakeland League for Child Welfare runs the family groups. "
        "The Savo Deaconess Institute provides two evening nurses under contract.\n"  # no "the" after its capital
    )
    x = extract(read_bytes(text.encode(), file_name="page.txt", max_bytes=100_000))
    assert [d.target.label for p in x.projects for d in p.dependencies] == [
        "Lakeland League for Child Welfare",
        "Savo Deaconess Institute",
    ]


def test_a_party_acting_through_its_unit_or_its_people() -> None:
    from hankegraafi.ingest.facts.agency import acts_in

    assert acts_in("Centria Kuntoutuslaboratorio testaa liikeanturit.", "Centria")
    assert acts_in("Kaarnia-ammattikorkeakoulun opiskelijat ohjaavat ryhmiä.", "Kaarnia-ammattikorkeakoulun")
    assert not acts_in("Kela Kuntoutus on mukana.", "Kela")  # "on" does no share of the work
    assert not acts_in("THL Raportti julkaistiin.", "THL")


def test_an_organisation_acting_through_its_people_named_before_it() -> None:
    from hankegraafi.ingest.facts.agency import acts_in

    assert acts_in("Researchers of the University of Oulu evaluate the clinics.", "University of Oulu")
    assert acts_in("Physiotherapists from the Lakeland Foundation lead the groups.", "Lakeland Foundation")
    assert not acts_in("Reports of the University of Oulu were read.", "University of Oulu")
    assert not acts_in("Researchers of the University of Oulu were informed.", "University of Oulu")
