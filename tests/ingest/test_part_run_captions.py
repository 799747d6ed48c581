"""Parts listed alike with their ratings alone, then a caption of the whole (invented text; partruns.py).

"Osahanke 1: X" over "- Aikataulu: vihreä" lines, "Osahanke 2: Y" over its own, then "Kustannukset 2025 (euroa)"
over a cost table: the caption after the last part's ratings begins the whole's section, as each earlier part's
section ended at the next part line, so the table is the whole's. When each part holds a caption and a table of
its own ("Talous" under each), the last part's table stays its own.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes

_HEAD = (
    "Satakunnan hyvinvointialue\nOhjausryhmän katsaus 2/2025 – Meriseudun kotiutus\n\n"
    "Hankkeen nimi: Meriseudun kotiutus\nKunnat: Rauma, Eura\n\n"
    "vihreä = suunnitelman mukaan, keltainen = poikkeama\n\n"
)
_TABLE = "Kustannuslaji\tBudjetti\tToteuma\nHenkilöstökulut\t300 000\t141 200\nYhteensä\t300 000\t141 200\n"


def _read(body: str) -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name="katsaus.txt", max_bytes=100_000))


def _costs(x: Extraction) -> dict[str, int]:
    return {p.name: len(p.costs) for p in x.projects if any(s.kind == "period" for s in p.costs)}


def test_a_caption_after_the_last_parts_ratings_is_the_wholes() -> None:
    x = _read(
        "Osahanke 1: Kotiutustiimi\n- Aikataulu: vihreä\n- Henkilöstö: keltainen\n\n"
        "Osahanke 2: Etäseuranta\n- Aikataulu: keltainen\n- Henkilöstö: vihreä\n\n"
        f"Kustannukset 1.1.–30.6.2025 (euroa)\n\n{_TABLE}"
    )
    assert list(_costs(x)) == ["Meriseudun kotiutus"]
    lights = {(p.name, light.dimension): light.value for p in x.projects for light in p.lights}
    assert lights[("Osahanke 2: Etäseuranta", "schedule")] == "deviation"


def test_parts_with_captions_of_their_own_keep_their_tables() -> None:
    x = _read(
        f"Osahanke 1: Kotiutustiimi\n- Aikataulu: vihreä\nTalous 1.1.–30.9.2025 (euroa)\n{_TABLE}\n"
        "Osahanke 2: Etäseuranta\n- Aikataulu: keltainen\nTalous 1.1.–30.9.2025 (euroa)\n"
        "Kustannuslaji\tBudjetti\tToteuma\nHenkilöstökulut\t150 000\t97 500\nYhteensä\t150 000\t97 500\n"
    )
    assert sorted(_costs(x)) == ["Osahanke 1: Kotiutustiimi", "Osahanke 2: Etäseuranta"]
