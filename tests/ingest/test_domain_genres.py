"""Refusing what is not about a project: another genre of the domain weighed against a project's words.

A fee table, a job advert, a tender, an event calendar or a timetable of a wellbeing
services county names the county, national services and sums, as a project's text does.
Such a text is refused, saying which genre it looked like; a short text about a project
is read even when it uses some of those genres' words. All texts here are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest import cues
from hankegraafi.ingest.domain import MIN_GENRE_WEIGHT, genre_weights, other_genre
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import IngestError, read_bytes
from hankegraafi.ontology import registry


def read(text: str, name: str = "sivu.txt"):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


FEES = """Asiakasmaksut 2026

Etelä-Karjalan hyvinvointialueen asiakasmaksut Lappeenrannassa ja Imatralla.

Palvelu\tMaksu
Lääkärikäynti\t22,80 €
Kotisairaanhoidon käynti\t16,90 €
Turvapuhelin\t41,00 €/kk

Maksukatto on 770 euroa vuodessa. Omakannasta näet laskutetut käynnit; Kela korvaa matkat.
"""

JOB = """Lähihoitaja, kotihoito, Seinäjoki

Etelä-Pohjanmaan hyvinvointialue
Työsuhde: määräaikainen
Hakuaika päättyy 2.5.2026

Haemme kotihoitoon lähihoitajaa. Kirjaat käynnit Kanta-palveluihin.
Tarjoamme tehtäväkohtaisen palkan 2 510 euroa kuukaudessa. Hae tehtävää Kuntarekryssä.
"""

TIMETABLE = """Hammashoitobussin aikataulu kevät 2026
Pohjois-Karjalan hyvinvointialue, voimassa 12.1.–29.5.2026. Ota Kela-kortti mukaan.

Päivä\tPaikka\tKello
maanantai\tIlomantsi, kirkonkylä\t9.00–14.00
tiistai\tJuuka, koulu\t9.30–13.00
keskiviikko\tPolvijärvi, terveysasema\t10.00–15.00
"""

NEWS = """Muistihoitaja tulee kotiin Pieksämäellä

Etelä-Savon hyvinvointialueen Muistipolku-hanke tuo muistihoitajan kotikäynnit Pieksämäelle.
Sosiaali- ja terveysministeriö myönsi hankkeelle 310 000 euroa.

Lisätietoja: projektipäällikkö Aino Esimerkki, puh. 040 000 0000
"""


@pytest.mark.parametrize(
    ("text", "genre", "fi", "sv"),
    [
        (FEES, "fee-table", "asiakasmaksut tai hinnasto", "klientavgifter eller prislista"),
        (JOB, "job-advert", "työpaikkailmoitus", "platsannons"),
        (TIMETABLE, "timetable", "aikataulu", "tidtabell"),
    ],
)
def test_a_text_of_another_genre_naming_a_county_is_refused_saying_the_genre(
    text: str, genre: str, fi: str, sv: str
) -> None:
    assert other_genre(text) is not None and other_genre(text)[0] == genre  # type: ignore[index]
    with pytest.raises(IngestError) as caught:
        read(text, "sivu.txt")
    message = str(caught.value)
    assert message.startswith("sivu.txt: unrecognised document, not about a sote project: looked for")
    assert "hyvinvointialue" in message  # what it found, which such texts name too
    assert f"tekstilaji: {fi}" in message and f"textgenre: {sv}" in message


def test_a_short_news_item_about_a_project_is_read() -> None:
    x = read(NEWS, "uutinen.txt")
    assert [p.name for p in x.projects][:1] == ["Muistipolku -hanke"]  # the name as the ingest writes it
    assert other_genre(NEWS) is None


def test_a_project_named_as_such_is_read_even_in_a_job_advert() -> None:
    """Never refuse a project: an advert for a project's own staff names the project and its funding."""
    text = JOB.replace(
        "Haemme kotihoitoon lähihoitajaa.",
        "Haemme Kotona Lakeudella -hankkeeseen lähihoitajaa. Hanke kehittää kotihoidon etäkäyntejä, ja "
        "sosiaali- ja terveysministeriö myönsi sille valtionavustusta.",
    )
    x = read(text, "ilmoitus.txt")
    assert any("Kotona Lakeudella" in p.name for p in x.projects)


def test_genre_weights_add_each_cue_once() -> None:
    weights = genre_weights(JOB + JOB)
    assert weights == genre_weights(JOB)
    assert weights["job-advert"] >= MIN_GENRE_WEIGHT > weights["development-project"]


def test_a_genre_word_is_one_vocabulary_entry() -> None:
    """A new cue of a genre, added to the vocabulary, makes a text of that genre refused."""
    text = "Kylpyläpäivä\n\nKeski-Suomen hyvinvointialue kutsuu omaishoitajat kylpyläpäivään Jyväskylässä.\n"
    assert other_genre(text) is None
    extra = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
<https://w3id.org/hankegraafi/vocab/text-genre/event-calendar>
    hg:weightedCue [ hg:cue "kylpyläpäiv"@fi ; hg:cueWeight 5 ] .
"""
    with registry.extended(extra):
        assert ("kylpyläpäiv", 5) in cues.weighted("text-genre")["event-calendar"]
        assert other_genre(text) == ("event-calendar", 5)
    assert other_genre(text) is None


FEE_DECISION = """Etelä-Savon hyvinvointialue
Aluehallitus
Pöytäkirja 9/2025

§ 120 Asiakasmaksujen indeksitarkistus 1.1.2026

Perustelut
Enimmäismaksut nousevat kansaneläkeindeksin mukaan. Terveyskeskusmaksu on 24,10 euroa, ja
maksukatto on 780 euroa vuodessa Mikkelissä, Savonlinnassa ja muissa kunnissa.

Päätös
Aluehallitus hyväksyi asiakasmaksut.
"""

MINUTES_ABOUT_A_PROJECT = """Etelä-Savon hyvinvointialue
Aluehallitus
Pöytäkirja 9/2025

§ 121 Avustushakemus: Kotikuntoutus kyliin -hanke

Perustelut
Hyvinvointialue hakee sosiaali- ja terveysministeriöltä valtionavustusta Kotikuntoutus kyliin -hankkeelle.
Hankkeen kustannusarvio on 640 000 euroa, ja se toteutetaan Mikkelissä ja Juvalla vuosina 2026–2027.

Päätös
Aluehallitus päätti hakea avustusta.
"""

PLATSANNONS = """Sjukskötare till hemsjukhuset, Vasa

Välfärdsområdet i Österbotten söker en sjukskötare. Anställningsform: tillsvidare.
Ansökningstid går ut 20.3.2026. Vi erbjuder lön enligt avtalet, 2 950 euro i månaden.
I arbetet använder du Kanta-tjänsterna. Sök tjänsten via Kuntarekry.
"""


@pytest.mark.parametrize(("text", "genre"), [(FEE_DECISION, "fee-table"), (PLATSANNONS, "job-advert")])
def test_a_fee_decision_in_minutes_and_a_swedish_advert_are_refused(text: str, genre: str) -> None:
    assert other_genre(text) is not None and other_genre(text)[0] == genre  # type: ignore[index]
    with pytest.raises(IngestError, match="not about a sote project"):
        read(text, "poytakirja.txt")


def test_minutes_deciding_to_apply_for_a_projects_grant_are_read() -> None:
    x = read(MINUTES_ABOUT_A_PROJECT, "poytakirja.txt")  # read, not refused (its name is another family's)
    assert x.projects and x.kind != "refused"
    assert other_genre(MINUTES_ABOUT_A_PROJECT) is None


def test_a_service_notice_about_congestion_is_refused() -> None:
    """A county's notice of waiting times names the county, Omaolo and Kela, and a visit fee: no project."""
    text = (
        "Päivystyksen ruuhka joulukuussa\n\n"
        "Keski-Suomen hyvinvointialueen päivystyksessä Jyväskylässä odotusajat ovat pitkiä. Kiireettömissä "
        "asioissa käytä Omaoloa.\nPäivystyksen käyntimaksu on 28,70 euroa. Kela korvaa taksimatkat.\n"
    )
    assert other_genre(text) == ("service-notice", 4)
    with pytest.raises(IngestError, match="tekstilaji: palvelutiedote"):
        read(text, "tiedote.txt")


def test_a_companys_advert_to_the_counties_is_refused() -> None:
    """An advert names the county it sells to, Kanta and a price: it is no project of the county's."""
    text = (
        "Etävastaanotto helposti\n\n"
        "Palvelumme toimii jo Pohjanmaan hyvinvointialueella, ja se on liitetty Kanta-palveluihin.\n"
        "Hinta alkaen 2 900 € kuukaudessa. Pyydä tarjous tai varaa demo: myynti@esimerkki.example\n"
    )
    assert other_genre(text) == ("advertisement", 7)
    with pytest.raises(IngestError, match="tekstilaji: mainos"):
        read(text, "mainos.txt")


# Stop 40: the words of care are the ``care-field`` vocabulary's, in the three languages. Until then the
# list in ingest/domain.py had nine Swedish and no English word, and a Swedish steering group's minutes
# about elderly care at home (no county of the reform, no organisation of the vocabularies) were refused.
SV_MINUTES = """Protokoll från styrgruppen 2/2025 – Hemrehabilitering i skärgården

Projekt\tHemrehabilitering i skärgården
Huvudman\tSkärgårdens samkommun
Projekttid\t1.3.2024–28.2.2026

Läget: hemtjänsten gör rehabiliterande besök hos äldre klienter på tre öar.
Målet är att patienter som skrivs ut från sjukhuset kommer hem tryggt.
"""

EN_NOTE = """Walking Together at Home – steering group note, May 2025

Project: Walking Together at Home
Period: 1 Sep 2024 – 31 Aug 2026

Home care nurses visit older people twice a week; the physiotherapist plans the rehabilitation.
The aim is that clients can stay at home longer.
"""

SV_JOB = """Sjukskötare till hemvården, Närpes

Vi söker en sjukskötare till hemvården. Arbetstid: vardagar. Ansökningstiden går ut 30.4.2026.
Lönen enligt avtal. Sök via Kuntarekry. Arbetet innebär hembesök hos äldre klienter.
"""


@pytest.mark.parametrize(("text", "name"), [(SV_MINUTES, "protokoll.txt"), (EN_NOTE, "note.txt")])
def test_a_project_text_in_swedish_or_english_about_care_is_read(text: str, name: str) -> None:
    assert read(text, name).projects


def test_a_job_advert_in_swedish_for_care_work_is_still_refused() -> None:
    with pytest.raises(IngestError, match="not about a sote project"):
        read(SV_JOB, "platsannons.txt")
