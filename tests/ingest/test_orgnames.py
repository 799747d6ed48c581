"""Organisations no vocabulary knows: recognised by the form of their Finnish names, in base form.

All sentences are invented. Each positive case has negatives beside it: the
recogniser must not turn a head word alone, a sentence-initial common noun or
a programme's name into an organisation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from hankegraafi.ingest.orglists import list_names
from hankegraafi.ingest.orgnames import base_word, find_org_names
from tests.ingest.conftest import FIXTURES, build, sparql


def names(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in find_org_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yhteistyötä tehdään Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymän kanssa.",
            [("Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä", None)],
        ),
        ("Hallinnoija on Järvikylän sairaanhoitopiiri (JSHP).", [("Järvikylän sairaanhoitopiiri", "JSHP")]),
        ("Palvelu ostettiin Tietotalo Aalto Oy:ltä.", [("Tietotalo Aalto Oy", None)]),
        (
            "Mukana ovat Tampereen yliopisto ja Lahden kaupunki.",
            [("Tampereen yliopisto", None), ("Lahden kaupunki", None)],
        ),
        ("Arvioinnin teki Filosofian Akatemia.", [("Filosofian Akatemia", None)]),
        ("Koulutuksen järjestää Järvikylän koulutusyhtymä.", [("Järvikylän koulutusyhtymä", None)]),
        (
            "Potilaat hoidetaan Turun yliopistollisessa keskussairaalassa.",
            [("Turun yliopistollinen keskussairaala", None)],
        ),
        (
            "Mukana on sosiaalialan osaamiskeskus Pohjoistuuli.",
            [("sosiaalialan osaamiskeskus Pohjoistuuli", None)],
        ),
        ("Hanketta hallinnoi Kuusiston kuntayhtymä Kusoten (Kusote).", [("Kuusiston kuntayhtymä", "Kusote")]),
    ],
)
def test_names_by_their_heads(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert names(text) == expected


def test_shared_rest_of_a_name() -> None:
    """'Etelä-Karjalan, Kymenlaakson … kuntayhtymän': each genitive names its own authority."""
    text = "Yhteistyö Etelä-Karjalan, Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymän kanssa jatkuu."
    found = find_org_names(text)
    assert [o.name for o in found] == [
        "Etelä-Karjalan sosiaali- ja terveyspalvelujen kuntayhtymä",
        "Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymä",
    ]
    assert found[0].shared and found[0].surface == "Etelä-Karjalan"


@pytest.mark.parametrize(
    "text",
    [
        "Hyvinvointialueen kuntayhtymä aloitti toimintansa.",  # a common noun that begins the sentence
        "Palvelut siirtyvät kunnan sairaalaan ja kaupungin virastoon.",  # heads without a name
        "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma jatkuu.",  # "keskus" alone is no head
        "Pelastuslaitoksen henkilöstö koulutettiin.",
        "Maakunnan liittojen ja yliopistojen kanssa sovittiin.",
        "Järjestöt ja seurakunnat osallistuivat.",
    ],
)
def test_no_organisation_without_a_name(text: str) -> None:
    assert names(text) == []


def test_list_after_a_role_cue() -> None:
    text = "Hankkeen osatoteuttajina toimivat Hollola, Orimattila, Järvikylän petu ja Ilmajärvi."
    found = list_names(text, text.index("toimivat"))
    assert [n for n, _, _ in found] == ["Hollola", "Orimattila", "Järvikylän petu", "Ilmajärvi"]
    assert all(text[s:e] == n for n, s, e in found)


def test_list_ends_in_prose() -> None:
    text = (
        "Sidosryhmiä ovat THL, alueen kunnat ja järjestöt sekä monet muut toimijat ympäri maakuntaa laajasti."
    )
    assert [n for n, _, _ in list_names(text, text.index("ovat"))] == ["THL"]


@pytest.mark.parametrize(
    ("word", "known", "expected"),
    [
        ("Luonasta", (), "Luona"),  # unknown word, elative ending stripped
        ("Kuusoten", ("Kuusote",), "Kuusote"),  # the document uses the bare form elsewhere
        ("THL:n", (), "THL"),
        ("kuntayhtymän", (), "kuntayhtymä"),  # Voikko
        ("Kokkolan", (), "Kokkola"),
        ("Centria", (), "Centria"),  # no ending to strip: left alone
    ],
)
def test_base_word(word: str, known: tuple[str, ...], expected: str) -> None:
    assert base_word(word, known) == expected


def test_new_organisations_in_the_graph() -> None:
    """The invented Innokylä page: new nodes in base form, flagged, with every surface form seen."""
    graph = build(Path(FIXTURES / "innokyla.txt"))
    rows = sparql(
        graph,
        "SELECT ?label ?surface WHERE { ?o a hg:Organisation ; hg:needsReview true ; rdfs:label ?label ; "
        "hg:surfaceForm ?surface }",
    )
    surfaces: dict[str, set[str]] = {}
    for label, surface in rows:
        surfaces.setdefault(str(label), set()).add(str(surface))
    assert set(surfaces) == {
        "Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä",
        "Vesijärven seutukunta",
        "Järvikylän perusturva",
        "Tietotalo Aalto Oy",
    }
    # "(Salpaus)" introduced the short form; "Salpauksen" later is the same organisation.
    assert "Salpauksen" in surfaces["Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä"]
    assert surfaces["Tietotalo Aalto Oy"] == {"Tietotalo Aalto Oy:n"}
    roles = {
        (str(label), str(role).rsplit("/", 1)[1])
        for label, role in sparql(
            graph,
            "SELECT ?label ?role WHERE { ?p hg:participation [ hg:organisation ?o ; hg:role ?role ] . "
            "?o rdfs:label ?label }",
        )
    }
    assert ("Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä", "stakeholder") in roles
    assert ("Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä", "partner") in roles
    assert ("Järvikylän perusturva", "co-implementer") in roles
    assert ("Tietotalo Aalto Oy", "partner") in roles
    # Known municipalities in the same list stay linked to the vocabulary.
    assert sparql(
        graph,
        "ASK { ?p hg:participation [ hg:organisation hgv:municipality\\/hollola ; hg:role hgv:role\\/co-implementer ] }",
    ) == [(True,)]
    assert (None, None, Literal("Salpaus")) not in graph  # the short form is no node of its own
