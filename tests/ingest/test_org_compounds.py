"""An organisation named by one compound on a body's head word (ingest/orgnames.py, G10 stop 41).

Invented sentences. The class, seen in three sets of other authors: "A-klinikkasäätiö tuottaa …" (test30, test31),
"Muistiliitto kouluttaa …" (test31, test29), a union or foundation named by one capitalised compound that a
dictionary knows as a word, at a sentence's start or inside it. Negative side: the head alone ("Liitto",
"Säätiö") begins a sentence as a common noun; a compound on another head ("Kotisairaala", "Pelastuslaitoksen")
is a common noun at a sentence's start.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.orgnames import find_org_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kuuloliitto kouluttaa kotihoidon hoitajat.", "Kuuloliitto"),
        ("Ryhmät ohjaa Kuuloliitto.", "Kuuloliitto"),
        ("Kuuloliiton kanssa sovittiin koulutuksista.", "Kuuloliitto"),
        ("A-klinikkasäätiö tuottaa vieroitushoidon ostopalveluna.", "A-klinikkasäätiö"),
        ("Vertaisryhmät järjestetään yhdessä Omaisvoimavarasäätiön kanssa.", "Omaisvoimavarasäätiö"),
    ],
)
def test_a_compound_on_a_body_head_is_a_name(text: str, name: str) -> None:
    assert [o.name for o in find_org_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Liitto tukee hanketta.",
        "Säätiö ei rahoita käyntejä.",
        "Kotisairaala aloittaa kuulokäynnit syksyllä.",
        "Pelastuslaitoksen henkilöstö koulutettiin.",
    ],
)
def test_what_is_no_such_name(text: str) -> None:
    assert find_org_names(text) == []
