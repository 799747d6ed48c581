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


#: A town board's minute about a matter of no sote project: its § heading is in capitals, which
#: the segmenter takes for a heading, but no section the vocabulary knows (stop 28, dev v20).
ROAD_MINUTE = """KUHMALAHDEN KUNTA                          PÖYTÄKIRJA 5/2025
Kunnanhallitus

14 §  SILTAKADUN PÄÄLLYSTEHANKKEEN TOTEUTTAMINEN

Valmistelija: tekninen johtaja

Siltakadun päällyste on kulunut ja kadun reunakivet uusitaan samalla. Työt tehdään kesällä
2025 yhdessä vesihuoltoliikelaitoksen kanssa.

Kustannusarvio
Päällystys                       96 000 €
Reunakivet                       31 000 €
Yhteensä                        127 000 €

Päätös: Ehdotus hyväksyttiin.
"""

CARE_MINUTE = """PIRKANMAAN HYVINVOINTIALUE                  PÖYTÄKIRJA 5/2025
Aluehallitus

14 §  KOTIHOIDON ETÄKÄYNTIEN HANKKEEN TOTEUTTAMINEN

Valmistelija: kotihoidon johtaja

Pirkanmaan hyvinvointialue laajentaa kotihoidon etäkäyntejä Oriveden ja Mänttä-Vilppulan
asiakkaille. Hoitajat tekevät lääkemuistutukset videoyhteydellä.

Kustannusarvio
Laitteet                         96 000 €
Koulutus                         31 000 €
Yhteensä                        127 000 €

Päätös: Ehdotus hyväksyttiin.
"""


@pytest.mark.parametrize(
    ("text", "name"), [(CLUB_NOTICE, "kirje.txt"), (RECIPE, "puuro.txt"), (ROAD_MINUTE, "ptk.txt")]
)
def test_text_about_no_sote_project_is_refused_saying_what_was_looked_for(text: str, name: str) -> None:
    """One weak cue ("kustannusarvio") or a region's genitive is no sign of a sote project."""
    with pytest.raises(IngestError) as refused:
        read(text, name)
    assert "not about a sote project" in str(refused.value)
    assert "wellbeing services county" in str(refused.value)
    assert "ei sote-hanketta" in str(refused.value) and "inget social- och hälsovårdsprojekt" in str(
        refused.value
    )


def test_the_same_minute_about_a_county_s_care_project_is_read() -> None:
    x = read(CARE_MINUTE, "ptk.txt")
    assert x.region is not None and x.region.label == "Pirkanmaan hyvinvointialue"


def test_a_short_plan_about_a_county_project_is_still_read() -> None:
    text = (
        "Kotihoidon kehittäminen\n\nEtelä-Savon hyvinvointialue suunnittelee kotihoidon etäkäyntejä "
        "Mikkelissä. Kustannusarvio on 120 000 euroa.\n"
    )
    x = read(text, "suunnitelma.txt")
    assert x.region is not None and x.region.label == "Etelä-Savon hyvinvointialue"


# --- project identity ------------------------------------------------------------------------


def test_a_name_before_hanke_may_hold_lower_case_words_but_no_verb_or_question() -> None:
    from hankegraafi.ingest.generic import name_before_hanke

    assert name_before_hanke("§ 12 Avustuksen hakeminen Turvallinen kotiutus Kainuussa -hankkeelle") == (
        "Turvallinen kotiutus Kainuussa -hanke"
    )
    assert name_before_hanke("Malli otettiin käyttöön Pohjoisen etäpalvelut -hankkeessa.") == (
        "Pohjoisen etäpalvelut -hanke"
    )
    assert name_before_hanke("Sen jatkoksi haetaan Lappi 3 -hankkeelle rahoitusta.") == "Lappi 3 -hanke"
    assert name_before_hanke("Mitä hankkeessa tehtiin?") is None


MARKDOWN_PAGE = """[Innokylä](https://innokyla.fi/fi) › Kotiapteekki etänä

# Kotiapteekki etänä

**Toimintamallin nimi**
Kotiapteekki etänä

**Paikkakunta, maakunta tai hyvinvointialue**
Etelä-Savon hyvinvointialue; Mikkeli

**Toimintamallin kokonaisuus**
[Kestävän kasvun Etelä-Savo](https://innokyla.fi/fi/kokonaisuus/x)

## Ratkaisun perusidea

Farmaseutti tarkistaa kotihoidon asiakkaan lääkkeet videoyhteydellä, ja tiedot kirjataan Kanta-palveluihin.
"""


def test_a_toimintamalli_saved_as_markdown_is_named_by_its_field_with_its_whole() -> None:
    x = read(MARKDOWN_PAGE, "kotiapteekki.md")
    names = {p.name: p for p in x.projects}
    assert "Kotiapteekki etänä" in names
    assert not any(name.startswith("Investointi") for name in names)
    assert names["Kotiapteekki etänä"].parent is not None
    assert names["Kotiapteekki etänä"].parent.name == "Kestävän kasvun Etelä-Savo"


def test_a_news_item_is_about_the_project_its_text_names_not_its_headline() -> None:
    text = (
        "Startsida > Aktuellt > Nyheter\n\nNattpatrullen når nu hela kusten\n\nPublicerad 3.2.2025\n\n"
        "Projektet Trygga nätter i Österbotten har utvidgat hemvårdens nattpatrull till Närpes. "
        "Österbottens välfärdsområde leder arbetet.\n"
    )
    x = read(text, "nyhet.txt")
    assert x.projects[0].name == "Trygga nätter i Österbotten"


@pytest.mark.parametrize(
    ("owner", "code"),
    [
        ("Välfärdsområdet i Österbotten", "17"),
        ("Välfärdsområdet i Södra Savolax", "12"),
        ("Välfärdsområdet i Kymmenedalen", "10"),
    ],
)
def test_a_county_named_in_swedish_as_the_welfare_area_of_a_place_is_the_county(owner: str, code: str) -> None:
    """ "Välfärdsområdet i X" (scripts/build_vocab.py's Swedish forms in counties.ttl) is the county, as
    "Xs välfärdsområde" is, not an unknown organisation of that name."""
    x = read(
        f"Lägesrapport\nProjektets namn: Ett projekt\nHuvudman: {owner}\n\nArbetet fortsätter.\n", "sv.txt"
    )
    [taking_part] = x.projects[0].participations
    assert (taking_part.role, taking_part.surface) == ("administrator", owner)
    assert str(taking_part.organisation.iri).endswith(f"/county/{code}")


# --- organisations and dependencies ------------------------------------------------------------

PROJECT_PAGE = """Kotona pidempään

Kainuun hyvinvointialue kehittää kotihoitoa Kajaanissa ja Sotkamossa.
Toteutuskumppaneina ovat Kajaanin ammattikorkeakoulu ja Kotiavun Osuuskunta Oy.
Arviointiaineiston kerää Ikäihmisten Tuen säätiö sr.
Kotihoidon käynnit kirjataan Omaolossa.
Toimintamallin kuvaus julkaistaan Innokylässä syksyllä.
"""


def test_organisations_named_in_running_text_take_part_and_partners_are_dependencies() -> None:
    x = read(PROJECT_PAGE, "kotona.txt")
    project = x.projects[0]
    roles = {p.organisation.label: p.role for p in project.participations}
    assert roles["Kajaanin ammattikorkeakoulu"] == "partner"
    assert roles["Kotiavun Osuuskunta Oy"] == "partner"
    assert roles["Ikäihmisten Tuen säätiö sr"] == "stakeholder"
    targets = {d.target.label for d in project.dependencies}
    assert {"Kajaanin ammattikorkeakoulu", "Kotiavun Osuuskunta Oy", "Omaolo"} <= targets
    # "Arviointiaineiston kerää X.": the subject after its verb at the clause's end gathers the data (agency.py)
    assert "Ikäihmisten Tuen säätiö sr" in targets
    assert "Innokylä" not in targets  # where the model is described, not what the work relies on


def test_organisation_names_by_their_form() -> None:
    from hankegraafi.ingest.orgnames import find_org_names

    def names(text: str) -> list[str]:
        return [o.name for o in find_org_names(text)]

    assert names("Työtä tehdään Pohjois-Savon Muistiyhdistyksen Iisalmen piiri ry:n kanssa.") == [
        "Pohjois-Savon Muistiyhdistyksen Iisalmen piiri ry"
    ]
    assert names("Lisäksi Arjen Apu Oy auttaa.") == ["Arjen Apu Oy"]
    assert names("Videoyhteys hyödyntää Kuopion yliopistollisen sairaalan alustaa.") == [
        "Kuopion yliopistollinen sairaala"
    ]


# --- goals -----------------------------------------------------------------------------------


def test_a_goal_table_with_a_yes_partly_no_column() -> None:
    text = (
        "# Loppuraportti\n\n**Hankkeen nimi:** Vahva arki Kymenlaaksossa\n"
        "**Hallinnoija:** Kymenlaakson hyvinvointialue\n\n## Tavoitteiden toteutuminen\n\n"
        "| Tavoite | Toteutui? | Perustelu |\n|---|---|---|\n"
        "| Kotihoidon yöpartio toimii kaikissa kunnissa | Kyllä | Käytössä |\n"
        "| Omaishoitajien vapaat varataan sähköisesti | Osittain | Kahdessa kunnassa |\n"
        "| Ikäneuvola avataan Haminaan | Ei | Tilat puuttuivat |\n"
    )
    x = read(text, "loppu.md")
    goals = [(g.description, g.status) for p in x.projects for g in p.goals]
    assert goals == [
        ("Kotihoidon yöpartio toimii kaikissa kunnissa", "achieved"),
        ("Omaishoitajien vapaat varataan sähköisesti", "partly-achieved"),
        ("Ikäneuvola avataan Haminaan", "not-achieved"),
    ]
    assert [p.name for p in x.projects] == ["Vahva arki Kymenlaaksossa"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Målet uppnåddes delvis", "partly-achieved"),
        ("Uppnåddes inte", "not-achieved"),
        ("saavutettu", "achieved"),
        ("Ei toteutunut kokonaan", "partly-achieved"),
        ("Palveluohjaus siirtyi osaksi perustoimintaa", None),
        ("Siirtyi vuodelle 2026", "moved-later"),
    ],
)
def test_achievement_phrasings(text: str, status: str | None) -> None:
    from hankegraafi.ingest.facts.goals import goal_status

    assert goal_status(text) == status


def test_a_goal_and_its_report_on_two_labelled_lines() -> None:
    text = (
        "Väliraportti 1/2024\n\nHanke: Kotikuntoutus Kainuussa\nRaportointijakso: 1.1.–30.6.2024\n\n"
        "2 Tavoitteet ja niiden toteutuminen\n"
        "Tavoite: Kuntoutusjonot lyhenevät kuuteen viikkoon.\nTilanne: Toteutunut.\n\n"
        "Tavoite: Etäkäyntejä on puolet kaikista käynneistä.\nTilanne: Toteutunut osittain, osuus on 30 prosenttia.\n"
    )
    x = read(text, "valiraportti.txt")
    goals = [(g.description, g.status) for p in x.projects for g in p.goals]
    assert goals == [
        ("Kuntoutusjonot lyhenevät kuuteen viikkoon", "achieved"),
        ("Etäkäyntejä on puolet kaikista käynneistä", "partly-achieved"),
    ]


def test_a_site_title_with_a_section_word_is_no_project_and_the_funding_programme_a_resource() -> None:
    text = (
        "Kainuun hyvinvointialue – Ajankohtaista\n\nIltapäivystys laajenee\n\nJulkaistu 2.2.2025\n\n"
        "Turvallinen ilta -hankkeessa kehitetty etäpäivystys palvelee nyt Kuhmossa. Hanketta rahoittaa "
        "sosiaali- ja terveysministeriö osana Suomen kestävän kasvun ohjelmaa. Potilastiedot kirjataan Kanta-palveluihin.\n"
    )
    x = read(text, "uutinen.txt")
    project = x.projects[0]
    assert project.name == "Turvallinen ilta -hanke"
    targets = {d.target.label for d in project.dependencies}
    assert "Kanta-palvelut" in targets
    # The programme the work is funded from is a resource it depends on (programmes.py, the corpus gold).
    assert {(d.target.label, d.kind) for d in project.dependencies if d.target.type == "programme"} == {
        ("Suomen kestävän kasvun ohjelma", "resource")
    }


def test_towns_in_a_county_name_used_as_a_place_are_municipalities() -> None:
    text = (
        "Väliraportti 1/2025\n\nHanke: Nuorten tuki Vantaalla ja Keravalla\n\n"
        "Hankkeessa kehitetään nuorten mielenterveyspalveluja koulujen kanssa.\n"
    )
    x = read(text, "vaka.txt")
    keys = {str(entry.iri).rsplit("/", 1)[-1] for entry, _ in x.municipalities}
    assert {"vantaa", "kerava"} <= keys


def test_goal_status_symbols_in_a_status_column() -> None:
    text = (
        "Tilanneraportti 2/2024\n\nHankkeen nimi: Kotona kotiin\n\nTavoitteiden toteutuminen\n"
        "Tavoite\tTila\nYöpartio kattaa koko alueen\t✔ toteutunut\nEtäkäynnit vakiintuvat\t◐\n"
        "Ikäneuvola avataan\t✖\n"
    )
    x = read(text, "tila.txt")
    statuses = [g.status for p in x.projects for g in p.goals]
    assert statuses == ["achieved", "partly-achieved", "not-achieved"]


def test_a_new_section_label_variant_is_one_vocabulary_line() -> None:
    """The goals section's labels are the vocabulary's: "Målsättning" (added as one altLabel) is one."""
    from hankegraafi.ingest.labels import match_heading

    assert match_heading("Målsättning")[0] == "goals"
    assert match_heading("Samarbete och beroenden")[0] == "dependencies"


GOAL_HEAD = "Loppuraportti\n\nHankkeen nimi: Yöhoito kotiin\nHallinnoija: Kainuun hyvinvointialue\n\n"
GOAL_FORMS = {
    "a <dl> of goals and states": (
        "x.html",
        "<html><body><h1>Loppuraportti</h1><p>Hankkeen nimi: Yöhoito kotiin</p><p>Kainuun hyvinvointialue</p>"
        "<h2>Tavoitteiden toteutuminen</h2><dl><dt>Tavoite 1</dt><dd>Yöhoito kattaa kaikki alueen kunnat</dd>"
        "<dt>Tila</dt><dd>Toteutunut</dd><dt>Tavoite 2</dt><dd>Etäkäynnit vakiintuvat osaksi kotihoitoa</dd>"
        "<dt>Tila</dt><dd>Osittain</dd></dl></body></html>",
    ),
    "a label line, the goal, its report": (
        "x.txt",
        GOAL_HEAD + "Tavoitteiden toteutuminen\n\nTavoite 1\nYöhoito kattaa kaikki alueen kunnat.\n"
        "Toteutuminen: toteutui\n\nTavoite 2\nEtäkäynnit vakiintuvat osaksi kotihoitoa.\n"
        "Toteutuminen: toteutui osittain\n",
    ),
    "the state in brackets": (
        "x.txt",
        GOAL_HEAD + "Tavoitteet\n- Yöhoito kattaa kaikki alueen kunnat (toteutunut)\n"
        "- Etäkäynnit vakiintuvat osaksi kotihoitoa (osittain)\n",
    ),
    "a mark before the goal": (
        "x.txt",
        GOAL_HEAD
        + "Tavoitteet\n✔ Yöhoito kattaa kaikki alueen kunnat\n◐ Etäkäynnit vakiintuvat osaksi kotihoitoa\n",
    ),
    "a result and an assessment column": (
        "x.txt",
        GOAL_HEAD
        + "Tavoitteet\nTavoite\tTulos\tArvio\nYöhoito kattaa kaikki alueen kunnat\t8 kuntaa\ttoteutunut\n"
        "Etäkäynnit vakiintuvat osaksi kotihoitoa\t30 %\tosittain\n",
    ),
    "an answer line after each numbered goal": (
        "x.txt",
        GOAL_HEAD + "Tavoitteet ja tulokset\n1. Yöhoito kattaa kaikki alueen kunnat\nToteutunut: Kyllä\n"
        "2. Etäkäynnit vakiintuvat osaksi kotihoitoa\nToteutunut: Osittain, kahdessa kunnassa\n",
    ),
}


@pytest.mark.parametrize("form", list(GOAL_FORMS))
def test_goals_with_their_achievement_in_the_forms_reports_give_them(form: str) -> None:
    name, text = GOAL_FORMS[form]
    x = read(text, name)
    goals = [(g.description, g.status) for p in x.projects for g in p.goals]
    assert goals == [
        ("Yöhoito kattaa kaikki alueen kunnat", "achieved"),
        ("Etäkäynnit vakiintuvat osaksi kotihoitoa", "partly-achieved"),
    ]


NAME_BODY = (
    "Kainuun hyvinvointialue kehittää kotihoitoa Kajaanissa. Hanketta rahoittaa sosiaali- ja "
    "terveysministeriö. Yhteistyötä tehdään Kajaanin ammattikorkeakoulun kanssa.\n"
)
NAME_FORMS = {
    "a quoted name before -hanke": (
        "Ajankohtaista\n\nKotiutuminen helpottuu\n\n«Kotiin turvallisesti» -hankkeessa kotiutuminen "
        "suunnitellaan etukäteen. " + NAME_BODY,
        {"Kotiin turvallisesti -hanke", "Kotiin turvallisesti"},
    ),
    "a quoted name after hanke": (
        'Ajankohtaista\n\nKotiutuminen helpottuu\n\nHankkeessa "Kotiin turvallisesti" kotiutuminen '
        "suunnitellaan etukäteen. " + NAME_BODY,
        {"Kotiin turvallisesti"},
    ),
    "the name said": (
        "Tiedote 3.3.2024\n\nKotiutuminen helpottuu\n\nHankkeen nimi on Kotiin turvallisesti. " + NAME_BODY,
        {"Kotiin turvallisesti"},
    ),
    "a cover in capitals": (
        "KOTIIN TURVALLISESTI -HANKE\nLoppuraportti\n\n" + NAME_BODY,
        {"Kotiin turvallisesti -hanke"},
    ),
}


@pytest.mark.parametrize("form", list(NAME_FORMS))
def test_a_project_name_in_the_forms_pages_give_it(form: str) -> None:
    text, names = NAME_FORMS[form]
    x = read(text, "sivu.txt")
    assert x.projects[0].name in names


def test_plain_case_keeps_the_names_the_vocabularies_know() -> None:
    from hankegraafi.ingest.entities import Gazetteer
    from hankegraafi.ingest.facts.names import plain_case

    class Holder:
        gaz = Gazetteer.default()

    assert plain_case(Holder(), "KESTÄVÄN KASVUN KAINUU") == "Kestävän kasvun Kainuu"
    assert plain_case(Holder(), "Kestävän kasvun Kainuu") == "Kestävän kasvun Kainuu"


def test_national_organisations_and_office_names_in_running_text() -> None:
    from hankegraafi.ingest.entities import Gazetteer
    from hankegraafi.ingest.facts.names import Names

    names = Names(Gazetteer.default(), [])
    found = names.mentions(
        "Mukana ovat Suomen Punainen Risti, Kuntaliitto, Kainuun TE-toimisto ja Pohjois-Savon ELY-keskus."
    )
    assert [m.entry.label for m in found] == [
        "Suomen Punainen Risti",
        "Suomen Kuntaliitto",
        "Kainuun TE-toimisto",
        "Pohjois-Savon ELY-keskus",
    ]
    assert [m.entry.type for m in names.mentions("Asiakas soittaa Kajaanin toimistoon.")] == ["municipality"]


def test_another_project_worked_with_is_a_dependency_not_this_page_s_name() -> None:
    text = (
        "Kotiin turvallisesti\n\nKainuun hyvinvointialue kehittää kotiutumista Kajaanissa ja Kuhmossa.\n"
        "Työ tehdään yhdessä Kestävän kasvun Kainuu -hankkeen kanssa.\n"
    )
    x = read(text, "kotiin.txt")
    assert [p.name for p in x.projects] == ["Kotiin turvallisesti"]
    assert [d.target.label for d in x.projects[0].dependencies] == ["Kestävän kasvun Kainuu"]


def test_minutes_name_the_funder_applied_to_and_sums_in_millions() -> None:
    text = (
        "Aluehallitus\nPöytäkirja 12.2.2024\n\n§ 31 Valtionavustuksen hakeminen Sujuva kotiutus Kainuussa -hankkeelle\n\n"
        "Aluehallitus päättää hakea sosiaali- ja terveysministeriöltä valtionavustusta hankkeelle. "
        "Kainuun hyvinvointialue kehittää kotiutumista Kajaanissa.\n\n"
        "Sosiaali- ja terveysministeriö on myöntänyt valtionavustusta yhteensä 2,6 milj. euroa.\n"
    )
    x = read(text, "pk.txt")
    project = x.projects[0]
    assert project.name == "Sujuva kotiutus Kainuussa -hanke"
    assert project.funder is not None and project.funder.label == "Sosiaali- ja terveysministeriö"
    granted = [s for s in project.costs if s.kind == "granted"]
    assert [line.values for s in granted for line in s.lines] == [{"budget": 2_600_000}]


def test_a_distribution_line_names_no_party() -> None:
    text = (
        "Kotiin turvallisesti\n\nKainuun hyvinvointialue kehittää kotiutumista Kajaanissa yhteistyössä "
        "Kajaanin ammattikorkeakoulun kanssa.\n\nTiedoksi: Kuhmon Kotipalvelu Oy, Sotkamon Sanomat Oy\n"
    )
    x = read(text, "kotiin.txt")
    labels = {p.organisation.label for p in x.projects[0].participations}
    assert "Kajaanin ammattikorkeakoulu" in labels
    assert not labels & {"Kuhmon Kotipalvelu Oy", "Sotkamon Sanomat Oy"}


def test_a_web_page_reporting_results_in_prose() -> None:
    text = (
        "Etusivu > Hankkeet > Perhekeskus lähellä\n\nPerhekeskus lähellä\n\n"
        "Keski-Uudenmaan hyvinvointialue kokoaa lapsiperheiden palvelut yhteen Hyvinkäällä.\n\n"
        "Tulokset\n\nNeuvolan ja perheneuvolan yhteinen ajanvaraus saavutettiin kaikissa kunnissa. "
        "Vanhemmuuden tuen ryhmiä saatiin käyntiin vain osittain, sillä tilat puuttuivat.\n"
    )
    x = read(text, "perhekeskus.txt")
    goals = [(g.description[:40], g.status) for p in x.projects for g in p.goals]
    assert goals == [
        ("Neuvolan ja perheneuvolan yhteinen ajanv", "achieved"),
        ("Vanhemmuuden tuen ryhmiä saatiin käyntii", "partly-achieved"),
    ]


REPORT_WITH_NAME_FIELD = """Osavuosikatsaus 1.1.–30.6.2024

Hyvinvointialue: Kainuun hyvinvointialue
Hankkeen nimi: Kainuu lähellä – kestävän kasvun hanke
Raportointijakso: 1.1.–30.6.2024

Tavoitteet
Hoitojonot puretaan vuoden 2024 loppuun mennessä.
"""


def test_an_unnumbered_part_keeps_its_own_name() -> None:
    """A name field under a report's title makes a part without a number: it is named by the
    field ('Kainuu lähellä – …'), never 'Investointi : Kainuu lähellä – …' (an empty number)."""
    names = [p.name for p in read(REPORT_WITH_NAME_FIELD, "katsaus.txt").projects]
    assert "Kainuu lähellä – kestävän kasvun hanke" in names, names
    assert not any(name.startswith("Investointi :") for name in names), names
