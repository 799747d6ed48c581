"""The whole an operating model or part belongs to, by the field's label variants.

Innokylä's form says "Toimintamallin kokonaisuus"; county pages and exports say "Osa
kokonaisuutta", "Kuuluu hankkeeseen", "Del av helheten". Each is a label of the part-of
field in the vocabulary; a new one is one vocabulary line. All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="malli.txt", max_bytes=1_000_000))


def page(label: str) -> str:
    return (
        "Kotiutuksen etäohjaus\n\nPerustiedot | Kehittämisen polku | Arviointi\n\n"
        f"Alue\nKainuun hyvinvointialue\n\n{label}\nKotona Kainuussa\n\n"
        "Miksi malli tehtiin\n\nAsiakkaat kotiutuvat Kajaanin sairaalasta, ja hoitaja ohjaa heitä videolla.\n"
    )


def whole_of(x: Extraction) -> tuple[str, str] | None:
    part = next((p for p in x.projects if p.parent is not None), None)
    return (part.name, part.parent.name) if part is not None and part.parent is not None else None


@pytest.mark.parametrize(
    "label", ["Toimintamallin kokonaisuus", "Osa kokonaisuutta", "Kuuluu hankkeeseen", "Del av helheten"]
)
def test_the_whole_is_read_by_each_label(label: str) -> None:
    assert whole_of(read(page(label))) == ("Kotiutuksen etäohjaus", "Kotona Kainuussa")


def test_a_new_label_is_one_vocabulary_line() -> None:
    assert whole_of(read(page("Emokokonaisuus"))) is None
    extra = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/hankegraafi/vocab/document-field/part-of> skos:hiddenLabel "Emokokonaisuus"@fi .
"""
    with registry.extended(extra):
        assert whole_of(read(page("Emokokonaisuus"))) == ("Kotiutuksen etäohjaus", "Kotona Kainuussa")
