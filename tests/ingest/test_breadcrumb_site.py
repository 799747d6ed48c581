"""A page's breadcrumb names the site and its sections, not a service the project relies on.

"Innokylä > Toimintamallit > Kotikuntoutuksen etäohjaus": Innokylä is where the page is, and a cue
word in the page's own name ("etäohjaus") says nothing of it. The texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.dependencies import breadcrumb
from hankegraafi.ingest.readers import read_bytes

PAGE = """Innokylä > Toimintamallit > Kotiutumisen etäohjaus

Kotiutumisen etäohjaus

Toimintamallissa sairaanhoitaja ohjaa kotiutunutta asiakasta videoyhteydellä. Mallia kokeiltiin
Lahdessa ja Heinolassa kotihoidon asiakkailla, ja ajanvaraus tehtiin Omaolon kautta.
"""


@pytest.mark.parametrize(
    ("text", "crumb"),
    [
        ("Innokylä > Toimintamallit > Kotiutumisen etäohjaus", True),
        ("Innokylä / Kokonaisuudet / Satakunnan Kestävän kasvun hanke 2022–2025", True),
        ("Etusivu » Hankkeet » Arjen tuki", True),
        ("Ajanvaraus tehtiin Omaolon kautta.", False),
        ("Kela / Omaolo", False),
    ],
)
def test_breadcrumb(text: str, crumb: bool) -> None:
    assert breadcrumb(text) is crumb


def test_the_site_in_a_breadcrumb_is_no_dependency() -> None:
    x = extract(read_bytes(PAGE.encode(), file_name="toimintamalli.txt", max_bytes=1_000_000))
    assert sorted({d.target.label for p in x.projects for d in p.dependencies}) == ["Omaolo"]
