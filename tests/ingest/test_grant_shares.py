"""A unit's share of the project's grant, said as its share or as allocated from the grant, is granted.

"Työpaketin osuus hankkeen avustuksesta on 980 000 €" (test12 c18), "Toimintamallin kehittämiseen on
osoitettu hankkeen avustuksesta 240 000 euroa" (c01): before, no granted cue was read in either. A share
of the sum applied for ("osuus haettavasta avustuksesta") is no grant.
"""

from __future__ import annotations

from hankegraafi.ingest.sumcues import GRANTED_SUM


def _granted(text: str) -> str | None:
    m = GRANTED_SUM.search(text)
    return (m.group("amount") or m.group("amount2")) if m else None


def test_a_share_of_the_grant_is_granted() -> None:
    assert (
        _granted("Työpaketin osuus hankkeen avustuksesta on 980 000 €; lisää haetaan 150 000 €.") == "980 000"
    )
    assert (
        _granted("Toimintamallin kehittämiseen on osoitettu hankkeen avustuksesta 240 000 euroa.") == "240 000"
    )
    assert _granted("Kokeiluun on kohdennettu valtionavustuksesta 75 000 euroa.") == "75 000"


def test_a_share_of_the_sum_applied_for_is_no_grant() -> None:
    assert _granted("Investoinnin 1 osuus haettavasta avustuksesta on 5 100 000 €.") is None
