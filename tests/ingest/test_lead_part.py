"""Which unit a text's facts are about, and the names of the units, where the text says it in a sentence.

- A text whose lead sentence introduces one part of the project it names ("X -hankkeen osahanke 3: Y
  valmistui …", "Delprojekt 2: Y inom projektet X avslutades …") reports on that part: its lights
  and cost tables are the part's, those under a heading naming the whole the whole's
  (facts/partslead.py; found on test10 a11, test14 e09 e18; tuning documents u490, u491).
- A part's line that is a sentence about the part names it only up to the sentence's verb
  (namecuts.without_clause; test17 j06; u494, u495).
- A message's subject of three segments or more names the project in the one segment that is no
  kind, meeting or note (namesites.subject_segments_name; test14 e12, test17 j11; u492, u493).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.namesites import subject_segments_name
from hankegraafi.ingest.namecuts import without_clause
from hankegraafi.ingest.readers import read_bytes

_NEWS = """Ajankohtaista

Muistipoliklinikan etävastaanotot jatkuvat

Satakunnan Arjen tuki -hankkeen osahanke 2: Muistihoitajan etävastaanotto päättyi lokakuussa. Palvelu jatkuu Porissa ja Raumalla.

Osahankkeelle myönnettiin 310 000 euroa, koko hankkeelle 3,4 miljoonaa euroa.

Loppuarvio
Aikataulu\tvihreä
Kustannukset\tkeltainen

Kustannukset 2023–2024
Kustannuslaji\tToteutunut €\tEnnuste €
Henkilöstökulut\t220 400\t231 000
Yhteensä\t220 400\t231 000
"""


def _read(text: str, name: str = "uutinen.txt"):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_a_lead_sentence_introducing_one_part_gives_it_the_texts_facts() -> None:
    x = _read(_NEWS)
    [whole] = [p for p in x.projects if p.level == "project"]
    [part] = [p for p in x.projects if p.level == "subproject"]
    assert whole.name == "Satakunnan Arjen tuki -hanke"
    assert part.name == "Osahanke 2: Muistihoitajan etävastaanotto"
    assert {light.dimension: light.value for light in part.lights} == {
        "schedule": "on-plan",
        "costs": "deviation",
    }
    assert not whole.lights
    assert [s.kind for s in part.costs if len(s.lines) > 1] == ["cumulative"]


def test_a_heading_naming_the_whole_keeps_its_lights_the_wholes() -> None:
    x = _read(_NEWS.replace("Loppuarvio", "Koko hankkeen tilannearvio"))
    [whole] = [p for p in x.projects if p.level == "project"]
    [part] = [p for p in x.projects if p.level == "subproject"]
    assert {light.dimension for light in whole.lights} == {"schedule", "costs"}
    assert not part.lights


def test_a_part_named_without_its_project_is_a_mention_in_passing() -> None:
    text = _NEWS.replace("Satakunnan Arjen tuki -hankkeen osahanke 2", "Porissa myös osahanke 2")
    x = _read(text)
    assert all(not p.lights for p in x.projects if p.level == "subproject")


def test_swedish_lead_with_the_project_after_the_part() -> None:
    text = """Nyheter

Hemrehabiliteringen fortsätter

Delprojekt 1: Rehabilitering i hemmet inom projektet Trygg vardag i Österbotten avslutades i december. Verksamheten fortsätter i Vasa.

Slutbedömning
Tidsplan: grön
Kostnader: gul
"""
    x = _read(text)
    [whole] = [p for p in x.projects if p.level == "project"]
    [part] = [p for p in x.projects if p.level == "subproject"]
    assert whole.name == "Trygg vardag i Österbotten"
    assert part.name == "Delprojekt 1: Rehabilitering i hemmet"
    assert {light.dimension: light.value for light in part.lights} == {
        "schedule": "on-plan",
        "costs": "deviation",
    }


def test_a_part_line_that_is_a_sentence_names_the_part_up_to_its_verb() -> None:
    assert without_clause("Omaishoitajien valmennus sai jaksolla uuden ohjaajan. Osahankkeelle on") == (
        "Omaishoitajien valmennus"
    )
    assert without_clause("Sähköinen ajanvaraus otettiin käyttöön Kouvolassa.") == "Sähköinen ajanvaraus"
    assert (
        without_clause("Digital socialrådgivning startade chatten i Lojo i juni.") == "Digital socialrådgivning"
    )
    assert without_clause("Etävastaanottopisteet kyliin. Kylätaloihin tuodaan laitteet") == (
        "Etävastaanottopisteet kyliin"
    )
    # No sentence's end: a name, or a goal judged after a dash, stays whole.
    assert without_clause("Kotona asuminen sujuu") == "Kotona asuminen sujuu"
    assert without_clause("Kvällsmottagningen är öppen två dagar i veckan – uppnått") == (
        "Kvällsmottagningen är öppen två dagar i veckan – uppnått"
    )


def test_a_subject_of_segments_names_the_project_in_the_one_left() -> None:
    assert subject_segments_name("Subject: Tilannekatsaus: Arjen tuki Lapissa (RRF), ohjausryhmä 14.3.") == (
        "Arjen tuki Lapissa"
    )
    assert subject_segments_name("Ämne: SV: Styrgruppen 8.5 – lägesrapport, Hemvård i Nyland (RRF)") == (
        "Hemvård i Nyland"
    )
    assert subject_segments_name("Aihe: Tiedoksi – Kainuun etäkuntoutus (KEK) – johtoryhmä 4.10.") == (
        "Kainuun etäkuntoutus"
    )
    # Two segments are beside_kind's; two names left name no one project; no label, no subject.
    assert subject_segments_name("Subject: Tilannekatsaus 5/2024 – X-hanke / Liikkuvat palvelut") is None
    assert subject_segments_name("Aihe: Arjen tuki, Kotona Lapissa – tilannekatsaus") is None
    assert subject_segments_name("Tilannekatsaus: Arjen tuki Lapissa (RRF), ohjausryhmä 14.3.") is None


def test_an_email_named_by_its_subject_files_its_lights_under_the_project() -> None:
    text = """From: Projektipäällikkö
To: Ohjausryhmä
Subject: Ohjausryhmä 19.9. – tilannekatsaus, Arjen tuki Lapissa (RRF)

Hei kaikki,

alla lyhyt tilannekatsaus.

Aikataulu: vihreä
Kustannukset: keltainen
"""
    x = _read(text, "viesti.txt")
    [whole] = x.projects
    assert whole.name == "Arjen tuki Lapissa"
    assert {light.dimension for light in whole.lights} == {"schedule", "costs"}


def test_a_part_opened_by_a_sentence_ends_at_the_next_caption() -> None:
    text = """§ 12 Arjen tuki -hankkeen tilannekatsaus

Arjen tuki -hanke toteutetaan vuosina 2022–2025.
Investointi 3: Etäkuntoutus siirtyi huhtikuussa uusiin tiloihin Savonlinnassa.

Tilannearvio 31.3.2024
Aikataulu\tsuunnitelman mukainen
Henkilöstö\tpoikkeama
"""
    x = _read(text, "poytakirja.txt")
    [part] = [p for p in x.projects if p.level == "investment"]
    assert part.name == "Investointi 3: Etäkuntoutus"
    assert not part.lights
    assert {light.dimension for p in x.projects if p.level == "project" for light in p.lights} == {
        "schedule",
        "staff",
    }


def test_a_breadcrumb_ending_in_a_tab_names_the_page_by_the_item_before() -> None:
    text = """Innokylä › Toimintamallit › Kotikuntoutus verkossa › Toteutus

Kotikuntoutus verkossa

Kuvaus | Toteutus | Arviointi | Liitteet

Aikataulu\tvihreä
Kustannukset\tkeltainen
"""
    x = _read(text, "valilehti.txt")
    assert [p.name for p in x.projects] == ["Kotikuntoutus verkossa"]


def test_a_tab_pages_lead_sentence_is_no_name() -> None:
    text = """Tryggt hem efter sjukhusvistelsen

Ett hemvårdsteam besöker klienten samma dag som hen skrivs ut från sjukhuset.

Grunduppgifter | Utvecklingsstigen | Utvärdering

Tidsplan\tgrön
"""
    x = _read(text, "modell.txt")
    assert x.projects[0].name == "Tryggt hem efter sjukhusvistelsen"


def test_names_beginning_alike_are_one_project() -> None:
    from hankegraafi.ingest.facts.namesites import begins_alike

    assert begins_alike("Vardagsstöd i Vanda", "Vardagsstöd i Vanda och Kervo")
    # A news headline going on past the name in words of its own is no fuller name (tune u372).
    assert not begins_alike(
        "Kotikuntoutuksen etävalmennus -hanke", "Kotikuntoutuksen etävalmennus puolivälissä"
    )
    assert not begins_alike("Arjen tuki kotona", "Arjen tuki kotona laajenee Lahteen")
    assert begins_alike("Seniorernas vardag utvecklar", "Seniorernas vardag")
    assert not begins_alike("Arki", "Arki kotona")  # too short to tell
    assert not begins_alike("Kotona Karjalassa", "Kotihoito Karjalassa")


def test_a_title_of_a_matter_over_the_project_names_the_project() -> None:
    from hankegraafi.ingest.namecuts import headline_name

    assert headline_name("Lägesöversikt över projektet Hållbar tillväxt i Västra Nyland") == (
        "Hållbar tillväxt i Västra Nyland"
    )
    assert headline_name("Uppföljning av projektet Trygga steg") == "Trygga steg"
    assert headline_name("Status report on the Digital Family Centre project") == "Digital Family Centre"
    assert headline_name("Beslut om projektet") is None  # no name after the word


def test_a_date_before_the_name_makes_no_fuller_name() -> None:
    from hankegraafi.ingest.facts.namesites import fuller

    assert fuller("Kanta-Hämeen Kestävän kasvun hanke", "Kestävän kasvun hanke")
    assert not fuller(
        "25.9.2023 Satakunnan tulevaisuuden sote-keskus -hanke", "Satakunnan tulevaisuuden sote-keskus"
    )


def test_any_matter_or_body_over_the_project_names_the_project() -> None:
    from hankegraafi.ingest.namecuts import headline_name

    assert headline_name("Kommunikationsplan för projektet Hälsokiosker i Jakobstadsregionen") == (
        "Hälsokiosker i Jakobstadsregionen"
    )
    assert headline_name("Midterm evaluation of project Night Nursing Helsinki") == "Night Nursing Helsinki"
    assert headline_name("Arbetsgruppen inom projektet Trygga steg") == "Trygga steg"
    assert headline_name("Evaluation of project work") is None  # no capitalised name after the word
