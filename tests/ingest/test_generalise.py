"""Reading layouts nobody tuned to: the domain test, names, organisations, goals and dependencies.

Each case is invented text in a shape the tuning documents u60–u70 brought in (a
club's notice that happens to say "hanke" and "kustannusarvio", a recipe that names
a region, a Markdown page, a Swedish report, minutes of another system). The
assertions are the values a careful reader takes from the text.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import IngestError, read_bytes


def read(text: str, name: str = "sivu.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


CLUB_NOTICE = """Maila-Pojat ry
Jäsenkirje 3/2025

Kevätkokous pidetään 12.3.2025 klo 18 seuran majalla Laukaassa.

Kenttähanke
Hallitus esittelee kentän valaistuksen uusimisen. Valaistuksen kustannusarvio on 85 000 euroa.
Hankkeen tavoitteena on, että harjoitukset voidaan pitää myös iltaisin.
"""

RECIPE = """Etusivu > Reseptit > Marjapuuro

Marjapuuro

Helppo aamupala, joka tukee hyvinvointia. Resepti on osa Satakunnan marjaviikkoa.

Ainekset: 1 l vettä, 2 dl mannaryynejä, 3 dl puolukoita.
Hinta noin 0,80 € annos.
"""


@pytest.mark.parametrize(("text", "name"), [(CLUB_NOTICE, "kirje.txt"), (RECIPE, "puuro.txt")])
def test_text_about_no_sote_project_is_refused_saying_what_was_looked_for(text: str, name: str) -> None:
    """One weak cue ("kustannusarvio") or a region's genitive is no sign of a sote project."""
    with pytest.raises(IngestError) as refused:
        read(text, name)
    assert "not about a sote project" in str(refused.value)
    assert "wellbeing services county" in str(refused.value)
    assert "ei sote-hanketta" in str(refused.value) and "inget social- och hälsovårdsprojekt" in str(
        refused.value
    )


def test_a_short_plan_about_a_county_project_is_still_read() -> None:
    text = (
        "Kotihoidon kehittäminen\n\nEtelä-Savon hyvinvointialue suunnittelee kotihoidon etäkäyntejä "
        "Mikkelissä. Kustannusarvio on 120 000 euroa.\n"
    )
    x = read(text, "suunnitelma.txt")
    assert x.region is not None and x.region.label == "Etelä-Savon hyvinvointialue"
