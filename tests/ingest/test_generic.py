"""Documents in layouts no rule knows are read, not refused; only text about no sote project is refused.

Each case is an invented document of a family the ingest meets in the wild (a
county's web page, a board's minutes, an Innokylä tab saved as a page, a plan
whose estimate has a column per investment) or text about something else.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.generic import GENERIC, name_before_hanke
from hankegraafi.ingest.readers import IngestError, read_bytes

VOCAB = "https://w3id.org/hankegraafi/vocab/"


def read(text: str, name: str = "sivu.txt"):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))


COUNTY_PAGE = """Etusivu > Hankkeet > Arjen turva Pohjois-Savossa

Arjen turva Pohjois-Savossa

Pohjois-Savon hyvinvointialue kehittää ikääntyneiden kotihoitoa Kuopiossa, Iisalmessa ja Varkaudessa.
Hanketta rahoittaa sosiaali- ja terveysministeriö, ja työtä tehdään yhteistyössä Savonia-ammattikorkeakoulun kanssa.
Etähoiva edellyttää Omaolo-palvelun käyttöönottoa.

Lisätietoja: hankepäällikkö Leena Pesonen
"""


def test_a_county_page_is_read_as_a_generic_document_with_a_warning() -> None:
    x = read(COUNTY_PAGE, "kotihoito.txt")
    assert x.kind == GENERIC
    assert x.title == "Arjen turva Pohjois-Savossa"
    assert x.region is not None and str(x.region.iri) == VOCAB + "county/13"
    assert sorted(str(e.iri)[len(VOCAB) :] for e, _ in x.municipalities) == [
        "municipality/iisalmi",
        "municipality/kuopio",
        "municipality/varkaus",
    ]
    project = x.projects[0]
    assert project.funder is not None and str(project.funder.iri) == VOCAB + "organisation/stm"
    targets = {d.target.label for d in project.dependencies}
    assert "Omaolo" in targets
    assert any("Savonia" in label for label in targets)
    assert x.warnings[0].startswith("kotihoito.txt: layout not recognised")
    assert "read as a generic document from county Pohjois-Savon hyvinvointialue" in x.warnings[0]


MINUTES = """ALUEHALLITUS                 PÖYTÄKIRJA 7/2024

Kokousaika 12.4.2024 klo 9.00

§ 58
Hakemus Kestävän kasvun Kainuu -hankkeen jatkovaiheen valtionavustukseksi

Valmistelija: kehitysjohtaja Olli Kemppainen

Kainuun hyvinvointialue hakee valtionavustusta investoinneittain:

Investointi 1: Hoitojonojen purku 700 000 euroa
Investointi 2: Etäpalvelut 300 000 euroa

Päätös: Ehdotus hyväksyttiin.
"""


def test_minutes_name_the_project_in_the_title_and_the_parts_with_their_sums() -> None:
    x = read(MINUTES, "poytakirja.txt")
    assert x.kind == GENERIC
    root = x.projects[0]
    assert root.name == "Kestävän kasvun Kainuu -hanke"
    parts = {p.name: p for p in x.projects if p.level == "investment"}
    assert set(parts) == {"Investointi 1: Hoitojonojen purku", "Investointi 2: Etäpalvelut"}
    sums = {name: [c.lines[0].values["budget"] for c in p.costs] for name, p in parts.items()}
    assert sums == {
        "Investointi 1: Hoitojonojen purku": [Decimal(700000)],
        "Investointi 2: Etäpalvelut": [Decimal(300000)],
    }
    assert all(p.parent is root for p in parts.values())
    kainuu = Gazetteer.default().lookup("Kainuun hyvinvointialue")
    assert x.region is not None and kainuu is not None and x.region.iri == kainuu.iri


def test_text_about_no_sote_project_is_refused_saying_what_was_looked_for() -> None:
    notice = "Tiedote\n\nKirkkotie suljetaan päällystystöiden vuoksi 3.–5.6. Kiertotie on merkitty opastein.\n"
    with pytest.raises(IngestError) as caught:
        read(notice, "tiedote.txt")
    message = str(caught.value)
    assert message.startswith("tiedote.txt: unrecognised document, not about a sote project")
    assert "looked for a project's name" in message and "wellbeing services county" in message


def test_an_innokyla_tab_saved_as_a_page_is_about_its_toimintamalli() -> None:
    tab = (
        "Kotikuntoutuksen etäohjaus\n\nPerustiedot | Kehittämisen polku | Arviointi\n\nKehittämisen polku\n\n"
        "Tavoiteltu muutos\nAsiakas saa kuntoutuksen kotiin jo kotiutumispäivänä. Lisäksi käynnit vähenevät.\n\n"
        "Muutoksen mittaaminen\n- Kotiutuspäivänä alkaneet jaksot\n"
    )
    x = read(tab, "tab.txt")
    assert x.kind == "innokyla-page"
    assert x.tab_of == "Kotikuntoutuksen etäohjaus"
    assert [p.name for p in x.projects] == ["Kotikuntoutuksen etäohjaus"]
    assert [(g.description, g.status) for g in x.projects[0].goals] == [
        ("Asiakas saa kuntoutuksen kotiin jo kotiutumispäivänä.", "unknown")
    ]


def test_a_plan_estimate_with_a_column_per_investment_and_a_label_broken_over_two_lines() -> None:
    plan = (
        "HANKESUUNNITELMA\nKestävän kasvun Kanta-Häme, vaihe 3\n\nKustannusarvio (euroa)\n"
        "Kustannuslaji\tInvestointi 1\tInvestointi 2\tYhteensä\n"
        "Palvelujen ostot\t100 000\t50 000\t150 000\n"
        "Omat henkilöstö-\t40 000\t20 000\t60 000\nkustannukset\n"
        "Yhteensä\t140 000\t70 000\t210 000\n"
    )
    x = read(plan, "plan.txt")
    by_name = {p.name: p for p in x.projects}
    one = by_name["Investointi 1"].costs[0]
    assert [(line.raw_label, line.category, line.values["budget"]) for line in one.lines] == [
        ("Palvelujen ostot", "service-purchases", Decimal(100000)),
        ("Omat henkilöstökustannukset", "own-staff-costs", Decimal(40000)),
        ("Yhteensä", "total", Decimal(140000)),
    ]
    whole = by_name["Kestävän kasvun Kanta-Häme, vaihe 3"].costs
    assert [c.kind for c in whole] == ["estimate"] and whole[0].lines[-1].values["budget"] == Decimal(210000)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Hakemus Kestävän kasvun Etelä-Savo -hankkeen 2. vaiheen avustukseksi",
            "Kestävän kasvun Etelä-Savo -hanke",
        ),
        ("§ 12 Lappi 3 -hankkeen valtionavustushakemus", "Lappi 3 -hanke"),
        ("Tiedoksianto: Kestävän kasvun hankkeen rahoituspäätös", "Kestävän kasvun hanke"),
        ("Rahoituspäätös tiedoksi", None),
    ],
)
def test_the_name_inside_a_title_about_an_application(title: str, name: str | None) -> None:
    assert name_before_hanke(title) == name


def test_goals_with_their_status_in_a_table_and_after_the_goal() -> None:
    report = (
        "Tilanneraportti\nHankkeen nimi\tKestävän kasvun Kymenlaakso, Investointi 2\n\nTavoitteet\n"
        "- Sähköinen ajanvaraus kaikissa kunnissa. Toteutunut osittain.\n"
        "- Chat-palvelu auki iltaisin – siirtyi myöhemmäksi\n\n"
        "Tavoitteiden toteutuminen\n\nTavoite\tTila\nJonot alle kolme viikkoa\tKesken\nPalaute kerätään\tToteutunut\n"
    )
    x = read(report, "raportti.txt")
    goals = sorted((g.description, g.status) for p in x.projects for g in p.goals)
    assert goals == [
        ("Chat-palvelu auki iltaisin", "moved-later"),
        ("Jonot alle kolme viikkoa", "unfinished"),
        ("Palaute kerätään", "achieved"),
        ("Sähköinen ajanvaraus kaikissa kunnissa", "partly-achieved"),
    ]


def test_labelled_goals_with_a_status_after_them_and_a_goal_heading_that_is_no_goal() -> None:
    page = (
        "Kokonaisuuden nimi\nArjen tuki Kainuussa\n\nTavoitteet\n\n"
        "Tavoite 1: Kotihoidon asiakkaat saavat etäkäynnit – Toteutunut osittain\n"
        "Tavoite 2: Omaishoitajien vapaat varataan verkossa.\n\nTavoite 3. Saatavuus\n"
    )
    x = read(page, "kokonaisuus.txt")
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Kotihoidon asiakkaat saavat etäkäynnit", "partly-achieved"),
        ("Omaishoitajien vapaat varataan verkossa.", "unknown"),
    ]


def test_a_plans_estimate_as_a_table_of_its_own_per_investment() -> None:
    plan = (
        "HANKESUUNNITELMA\nKestävän kasvun Kainuu, vaihe 3\n\nInvestointi 1: Hoitojonot\n\n"
        "Kustannuslaji\tKustannusarvio (€)\nPalvelujen ostot\t640 000 €\nYhteensä\t640 000 €\n"
    )
    x = read(plan, "plan.txt")
    (statement,) = x.project("Investointi 1: Hoitojonot").costs
    assert statement.kind == "estimate"
    assert [(line.category, line.values) for line in statement.lines] == [
        ("service-purchases", {"budget": Decimal(640000)}),
        ("total", {"budget": Decimal(640000)}),
    ]


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "Kirkkotien perusparannushanke\n\nKaupunki parantaa Kirkkotien vuosina 2024–2025. Kiertotie on merkitty.\n",
            False,
        ),
        (
            "Evästekäytäntö\n\nKäytämme evästeitä palvelumme kehittämiseen ja asiakaskokemuksen parantamiseen.\n",
            False,
        ),
        (
            "Etusivu > Hankkeet > Arjen turva\n\n"
            "Arjen turva -hanke kehittää ikääntyneiden kotihoitoa ja asiakasohjausta sosiaalipalveluissa.\n",
            True,
        ),
    ],
)
def test_a_project_counts_only_in_a_text_about_social_and_health_care(text: str, about: bool) -> None:
    if about:
        assert read(text).title == "Arjen turva"
    else:
        with pytest.raises(IngestError, match="not about a sote project"):
            read(text)


def test_municipalities_named_but_not_an_institutions_town_or_a_roman_numeral() -> None:
    page = (
        "Prima Botnia II\n\nHanke kehittää kotihoitoa Vaasassa ja Närpiössä yhdessä Helsingin yliopiston "
        "kanssa. Pohjanmaan hyvinvointialue vastaa hoidosta ja asiakasohjauksesta sosiaalipalveluissa.\n"
    )
    x = read(page)
    assert sorted(e.label for e, _ in x.municipalities) == ["Närpiö", "Vaasa"]


def test_cost_columns_in_thousands_of_euros_are_read_in_euros() -> None:
    report = (
        "LOPPURAPORTTI\nHankkeen nimi\tKotona Kainuussa\n\nKustannukset\n"
        "Kustannuslaji\tMyönnetty t€\tToteutunut t€\tKäyttöaste %\n"
        "Palvelujen ostot\t120,5\t100\t83\nYhteensä\t120,5\t100\t83\n"
    )
    (statement,) = read(report, "loppuraportti.txt").project("Kotona Kainuussa").costs
    assert statement.lines[0].values == {
        "granted": Decimal(120500),
        "actual": Decimal(100000),
        "utilisation-percent": Decimal(83),
    }


def test_swedish_minutes_name_the_project_in_their_text() -> None:
    minutes = (
        "VÄLFÄRDSOMRÅDESSTYRELSEN     PROTOKOLL 4/2024\n\n§ 31\nAnsökan om statsunderstöd\n\n"
        "Västra Nylands välfärdsområde ansöker om statsunderstöd för projektet Hållbar tillväxt i Västra Nyland. "
        "Projektet utvecklar hemvård och social service i Lojo, Raseborg och Ingå.\n\n"
        "Förslag: Styrelsen beslutar att ansöka om statsunderstöd.\n"
    )
    x = read(minutes, "protokoll.txt")
    assert [p.name for p in x.projects] == ["Hållbar tillväxt i Västra Nyland"]
    assert sorted(e.label for e, _ in x.municipalities) == ["Inkoo", "Lohja", "Raasepori"]
    assert x.region is not None and x.region.label == "Länsi-Uudenmaan hyvinvointialue"


def test_swedish_investments_listed_with_their_sums() -> None:
    page = (
        "Hållbar tillväxt i Västra Nyland\n\nProjektet utvecklar social- och hälsovård i Lojo och Raseborg.\n\n"
        "- Investering 1: Vårdköer 300 000 euro\n- Investering 2: Digitala tjänster 200 000 euro\n"
    )
    document = read_bytes(page.encode(), file_name="projekt.txt", max_bytes=100_000)
    assert document.warnings == []  # a list item ending in a sum is no sentence cut short
    x = extract(document)
    parts = {p.name: p.costs[0].lines[0].values["budget"] for p in x.projects if p.level == "investment"}
    assert parts == {
        "Investering 1: Vårdköer": Decimal(300000),
        "Investering 2: Digitala tjänster": Decimal(200000),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A place whose genitive ends like an owner's ("Satakunnan" ~ "kunnan") stays in the name.
        ("Satakunnan Perheiden arki -hanke käynnistyi huhtikuussa.", "Satakunnan Perheiden arki -hanke"),
        ("Satakunnan Kestävän kasvun hanke sai valtionavustusta.", "Satakunnan Kestävän kasvun hanke"),
        # A minute's margin heading run into the text it heads is no part of the name.
        ("Perustelut Satakunnan Kestävän kasvun hanke sai avustusta.", "Satakunnan Kestävän kasvun hanke"),
        # An owner's genitive does not ("Porin kaupungin Kotona Porissa -hanke").
        ("Porin kaupungin Kotona Porissa -hanke alkoi.", "Kotona Porissa -hanke"),
    ],
)
def test_a_place_ending_like_an_owner_stays_in_the_name(text: str, name: str) -> None:
    assert name_before_hanke(text) == name
