"""A kokonaisuus page's toimintamallit under their section are units of the whole (invented text; partmodels.py).

A list under "Kokonaisuuteen kuuluvat toimintamallit" makes each model a unit and never the current one: the
lights after the list are the whole's. Cards ("### X" under "## Toimintamallit") own their lights. A section in
prose, or the singular label of one model, lists nothing. A model named in the list and the same model's own
page (its "Toimintamallin kokonaisuus" field) are one project IRI.
"""

from __future__ import annotations

from rdflib import RDFS

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.mapping import to_graph
from hankegraafi.ingest.readers import read_bytes

_HEAD = (
    "Kainuun kotona asumisen tuki\n\nKokonaisuus\n\nKokonaisuuden nimi: Kainuun kotona asumisen tuki\n"
    "Vastuutaho: Kainuun hyvinvointialue\nToiminta-aika: 1.3.2023 - 31.12.2025\nPaikkakunnat: Kajaani, Sotkamo\n\n"
)
_LIST = (
    "Kokonaisuuteen kuuluvat toimintamallit\n"
    " 1. Apuvälinelainaamo kotiin – lainaamo tuo apuvälineet kotiin\n 2. Kotihoidon etäkäynnit\n\n"
)


def _read(text: str, name: str = "kokonaisuus.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _units(x: Extraction) -> dict[str, str | None]:
    return {p.name: p.parent.name if p.parent else None for p in x.projects}


def test_a_listed_model_is_a_unit_of_the_whole_and_the_text_after_it_the_wholes() -> None:
    x = _read(_HEAD + _LIST + "Tilannearvio\nAikataulu: vihreä\nKustannukset: punainen\n")
    assert _units(x) == {
        "Kainuun kotona asumisen tuki": None,
        "Apuvälinelainaamo kotiin": "Kainuun kotona asumisen tuki",
        "Kotihoidon etäkäynnit": "Kainuun kotona asumisen tuki",
    }
    lights = {(p.name, light.dimension): light.value for p in x.projects for light in p.lights}
    assert lights == {
        ("Kainuun kotona asumisen tuki", "schedule"): "on-plan",
        ("Kainuun kotona asumisen tuki", "costs"): "deviation",
    }


def test_cards_under_the_section_own_their_lights() -> None:
    x = _read(
        "# Trygg hemma i Österbotten\n\n*Helhet · Österbottens välfärdsområde*\n\n## Verksamhetsmodeller\n\n"
        "### Kvällspatrullen\n\nBesök mellan klockan 18 och 23.\n\n"
        "| Tidtabell | Kostnader |\n|---|---|\n| grön | gul |\n\n"
        "### Digitalt stöd\n\nHandledning via video.\n\n| Tidtabell | Kostnader |\n|---|---|\n| gul | grön |\n\n"
        "## Kontakt\n\nUtvecklingschef\n",
        "helhet.md",
    )
    lights = {(p.name, light.dimension): light.value for p in x.projects for light in p.lights}
    assert lights == {
        ("Kvällspatrullen", "schedule"): "on-plan",
        ("Kvällspatrullen", "costs"): "deviation",
        ("Digitalt stöd", "schedule"): "deviation",
        ("Digitalt stöd", "costs"): "on-plan",
    }


def test_a_section_in_prose_lists_no_model() -> None:
    x = _read(
        _HEAD + "Toimintamallit\nToimintamallit kuvataan syksyllä 2025, kun kokeilut on arvioitu.\n\n"
        "Liitteet\n1. Kylien palvelutarvekartoitus (pdf)\n2. Etäpisteiden sijaintikartta (pdf)\n"
    )
    assert list(_units(x)) == ["Kainuun kotona asumisen tuki"]


def test_the_listed_model_and_its_own_page_are_one_project() -> None:
    page = _read(
        "Apuvälinelainaamo kotiin\n\nToimintamallin nimi\nApuvälinelainaamo kotiin\n\n"
        "Toimintamallin kokonaisuus\nKainuun kotona asumisen tuki\n\n"
        "Paikkakunta, maakunta tai hyvinvointialue\nKainuun hyvinvointialue\n\n"
        "Lyhyt kuvaus\nLainaamo tuo apuvälineet kotiin kahden arkipäivän kuluessa.\n",
        "malli.txt",
    )
    whole = _read(_HEAD + _LIST)
    iris = [
        {
            str(o): str(s)
            for s, o in to_graph(x, base_iri="https://example.org/", document_iri=d).subject_objects(RDFS.label)
        }
        for x, d in ((page, "urn:doc:1"), (whole, "urn:doc:2"))
    ]
    for name in ("Apuvälinelainaamo kotiin", "Kainuun kotona asumisen tuki"):
        assert iris[0][name] == iris[1][name]


def test_a_models_tables_head_row_is_no_model() -> None:
    """R8-6: "Nimi | Tila" or "Model name | Status" over a Markdown rule heads the models, it is none of them."""
    for head in ("| Nimi | Tila |", "| Model name | Status |"):
        x = _read(
            "# Ikäihmisten kotona asumisen tuki Kainuussa\n\nKokonaisuus · Kainuun hyvinvointialue\n\n"
            f"## Toimintamallit\n\n{head}\n|---|---|\n| Kotiutustiimi | Valmis |\n| Etäkotihoito | Kehitteillä |\n",
            "kokonaisuus.md",
        )
        assert list(_units(x)) == [
            "Ikäihmisten kotona asumisen tuki Kainuussa",
            "Kotiutustiimi",
            "Etäkotihoito",
        ]
