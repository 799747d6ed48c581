"""A board's minute names its body and its matter in the head; the project is named in the § title.

The head row of a minute ("Regionstyrelsen | 31.10.2022", "Aluehallitus | 17.6.2024 | Sivu 12")
names the governing body, the date and the page: none of them is the project's name. The §
title gives the matter and the project ("§ 58 TILANNEKATSAUS, X"), in capitals often; the
running text writes the project's name again in its own case. All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.namecuts import governing_body
from hankegraafi.ingest.readers import read_bytes


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="ptk.txt", max_bytes=1_000_000))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Regionstyrelsen", True),
        ("Kunnanhallitus", True),
        ("Sosiaali- ja terveyslautakunta", True),
        ("Kommunfullmäktiges", True),
        ("Social- och hälsovårdsnämnden", True),
        ("Yhtymähallitus:", True),
        ("Hallitusohjelma", False),
        ("Kotona Kainuussa", False),
        ("Lautakunnan päätös", False),
    ],
)
def test_a_governing_body_is_told_by_its_last_word(text: str, body: bool) -> None:
    assert governing_body(text) is body


SWEDISH = """VÄLFÄRDSOMRÅDET I ÖSTERBOTTEN\tPROTOKOLL\t2/2023
Välfärdsnämnden\t14.2.2023\t5 (12)

§ 19\tMELLANRAPPORT, HEMMA I SKÄRGÅRDEN

Ärendet\tHemma i skärgården genomförs 2022–2024 med statsunderstöd som
        social- och hälsovårdsministeriet beviljat. Hemvården i Korsholm och
        Närpes gör hembesök på distans.

Förslag\tVälfärdsnämnden antecknar rapporten.
"""


def test_the_project_a_capitals_title_names_is_spelt_as_the_text_spells_it() -> None:
    x = read(SWEDISH)
    assert x.projects[0].name == "Hemma i skärgården"
    assert "Välfärdsnämnden" not in {p.name for p in x.projects}


def test_a_page_mark_with_no_total_is_no_name() -> None:
    text = (
        "Etelä-Savon hyvinvointialue\tPÖYTÄKIRJA\t4/2024\nAluevaltuusto\t17.06.2024\tSivu 12\n\n"
        "§ 41 Väliraportti\n\nKotona Kylissä -hanke on saanut valtionavustusta 900 000 euroa, ja se "
        "kehittää kotihoitoa Mikkelissä.\n"
    )
    names = [p.name for p in read(text).projects]
    assert "Sivu 12" not in names and "Aluevaltuusto" not in names


def test_the_agent_of_a_granting_participle_is_the_funder() -> None:
    """ "X:n myöntämällä avustuksella" names the funder before the participle, as "X:n rahoittama" does."""
    text = (
        "Kotona Kylissä -hanke\n\nKainuun hyvinvointialueen hanke toteutetaan sosiaali- ja terveysministeriön "
        "myöntämällä valtionavustuksella yhdessä Kajaanin ammattikorkeakoulun kanssa, ja se kehittää kotihoitoa.\n"
    )
    project = read(text).projects[0]
    assert project.funder is not None and project.funder.label == "Sosiaali- ja terveysministeriö"


REPORT = (
    "Loppuraportti\nKestävän kasvun hanke\n\nTiivistelmä\n{sentence}\n\n"
    "Liikennevalot\nAikataulu\tvihreä\nKustannukset\tvihreä\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kainuun Kestävän kasvun hanke päättyi vuoden 2025 lopussa, ja sote-keskukset jatkavat työtä.", None),
        ("Hanke päättyi. Kainuun Kestävän kasvun hankkeelle myönnettiin 3,1 miljoonaa euroa.", None),
        ("Työ jatkuu yhdessä Pirkanmaan Kestävän kasvun hankkeen kanssa.", "Kestävän kasvun hanke"),
    ],
)
def test_the_texts_fuller_name_of_a_generically_titled_project(sentence: str, name: str | None) -> None:
    """ "Kestävän kasvun hanke" in the title, "Kainuun Kestävän kasvun hanke" in the text: the text's
    name, one genitive more; another project worked with ("… kanssa") renames nothing."""
    x = read(REPORT.format(sentence=sentence))
    assert x.projects[0].name == (name or "Kainuun Kestävän kasvun hanke")
