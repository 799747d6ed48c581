"""A goal reached in some named places and not yet, or later, in another is reached in part (facts/goalreach.py).

Invented phrases. The class, seen in four sets: "uppnått i Jakobstad och Pedersöre, ännu inte i Nykarleby" (test31
ic06), "klart i Borgå, Lovisa i höst" (test29 ib09), "uppnått i Närpes och Kaskö, inte ännu i Kristinestad" (test27
i07), "valmis Kuopiossa, Iisalmessa kevään aikana" (test30 oc02). Negative side: a later clause without a place
("…, raportti valmistuu syksyllä") and places all reached.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.facts.goalstatus import phrase_status, status_of


@pytest.mark.parametrize(
    "text",
    [
        "toteutunut Oulussa, ei vielä Limingassa",
        "klart i Vasa, Korsholm i vår",
        "achieved in Oulu, Kempele in the autumn",
        "valmis Kuopiossa, Iisalmessa vasta tammikuussa",
    ],
)
def test_reached_in_some_places_is_in_part(text: str) -> None:
    assert status_of(text) == "partly-achieved"
    assert phrase_status(text) == "partly-achieved"


@pytest.mark.parametrize(
    "text",
    [
        "toteutunut Oulussa, raportti valmistuu syksyllä",
        "achieved in Oulu and Kempele",
        "uppnått sedan maj",
    ],
)
def test_what_stays_reached(text: str) -> None:
    assert status_of(text) == "achieved"
