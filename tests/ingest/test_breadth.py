"""General causes found on session 24's new tuning documents, each on a small invented text.

Each test is one class of fault (not one document): a report title with a page mark,
a "Label: value" line, a wrapped table cell, a numbered heading in capitals, a status
broken off its goal, an owner's genitive before a project's name, a grant stated as
"X myönsi hankkeelle N euroa", a goal stated in running text, a status sentence about
a light or staff, an actors list with an organisation no vocabulary knows.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import detect_kind, segment


def read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def goals(x: Extraction) -> list[tuple[str, str]]:
    return [(g.description, g.status) for p in x.projects for g in p.goals]


INTERIM = """VÄLIRAPORTTI\tSivu 1 (2)
Hanke: Sujuva arki Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue
Raportointikausi: 1.1.2022 - 30.6.2022

2. TAVOITTEET
Tavoite\tTilanne 30.6.2022
Kotihoidon käynnit kirjataan mobiilisti kaikilla\tToteutunut osittain
alueilla
Sähköinen ajanvaraus käytössä\tSiirtynyt myöhemmäksi

3. KUSTANNUKSET RAPORTOINTIKAUDELLA
Kustannuslaji\tMyönnetty\tToteutunut
Yhteensä\t100 000\t40 000
"""


def test_interim_report_title_fields_wrapped_cells_and_capital_headings() -> None:
    assert detect_kind(INTERIM.splitlines()) == "status-report"
    x = read(INTERIM)
    assert [p.name for p in x.projects] == ["Sujuva arki Kainuussa"]
    assert x.projects[0].reporting_period is not None
    assert goals(x) == [
        ("Kotihoidon käynnit kirjataan mobiilisti kaikilla alueilla", "partly-achieved"),
        ("Sähköinen ajanvaraus käytössä", "moved-later"),
    ]
    (statement,) = x.projects[0].costs
    assert (statement.kind, statement.year, statement.cue) == ("period", "2022", "RAPORTOINTIKAUDELLA")
    assert statement.lines[0].values == {"granted": Decimal(100000), "actual": Decimal(40000)}
    headings = [e.text for e in segment(INTERIM.splitlines()).elements if e.type == "heading"]
    assert "3. KUSTANNUKSET RAPORTOINTIKAUDELLA" in headings


def test_a_status_broken_off_its_goal_is_the_goal_s_status() -> None:
    x = read(
        "Tilanneraportti 2024\nHanke: Etähoiva Kainuussa\nHyvinvointialue: Kainuun hyvinvointialue\n\n"
        "Tavoitteet\n"
        "Tavoite 1: Etäkäyntien osuus nousee neljännekseen kaikista käynneistä –\n"
        "Toteutunut osittain\n"
        "Tavoite 2: Omaishoitajien valmennus tarjotaan verkossa – Ei toteutunut\n"
    )
    assert sorted(goals(x)) == [
        ("Etäkäyntien osuus nousee neljännekseen kaikista käynneistä", "partly-achieved"),
        ("Omaishoitajien valmennus tarjotaan verkossa", "not-achieved"),
    ]


def test_a_status_sentence_about_a_light_or_staff_is_no_goal() -> None:
    x = read(
        "Tilanneraportti 2024\nHanke: Etähoiva Kainuussa\nHyvinvointialue: Kainuun hyvinvointialue\n\n"
        "Yleistilanne\n"
        "Riskivalo on keltainen, koska sopimus ei toteutunut ajallaan. "
        "Fysioterapeuttien rekrytointi ei onnistunut suunnitellusti. "
        "Kotiutustiimin laajentaminen Kajaaniin jäi kesken henkilöstöpulan vuoksi.\n"
    )
    assert [d for d, _ in goals(x)] == [
        "Kotiutustiimin laajentaminen Kajaaniin jäi kesken henkilöstöpulan vuoksi."
    ]


NEWS = """<html><body><header>Sivusto</header><main>
<h1>Digitaaliset palvelut laajenevat Kajaanissa</h1>
<p>Kainuun hyvinvointialueen Digiarki-hanke laajentaa sähköistä asiointia Kajaanissa. Sosiaali- ja
terveysministeriö myönsi hankkeelle 640 000 euroa valtionavustusta.</p>
<p>Hankkeen tavoitteena on, että puolet kiireettömistä yhteydenotoista hoidetaan sähköisesti.</p>
</main></body></html>"""


def test_news_page_names_the_project_of_its_text_its_grant_and_goal() -> None:
    x = read(NEWS, "uutinen.html")
    (project,) = x.projects
    assert project.name.replace(" -", "-") == "Digiarki-hanke"  # the owner's genitive left out
    assert project.funder is not None and project.funder.label == "Sosiaali- ja terveysministeriö"
    granted = [c for c in project.costs if c.kind == "granted"]
    assert [line.values["budget"] for c in granted for line in c.lines] == [Decimal(640000)]
    assert goals(x) == [("Puolet kiireettömistä yhteydenotoista hoidetaan sähköisesti.", "unknown")]


def test_an_actors_list_item_with_an_organisation_s_head_word_takes_part() -> None:
    x = read(
        "Kokonaisuuden nimi\nKotona asumisen kokonaisuus\nToimijat\n"
        "Kainuun hyvinvointialue, Karelia-ammattikorkeakoulu, Perhepalvelujen kehittäminen\n",
        "kokonaisuus.txt",
    )
    partners = {p.organisation.label for p in x.projects[0].participations}
    assert "Karelia-ammattikorkeakoulu" in partners
    assert "Perhepalvelujen kehittäminen" not in partners


def test_swedish_organisations_with_the_head_word_first_or_last() -> None:
    x = read(
        "Projektplan\nProjekt: Trygg vård i Österbotten\nVälfärdsområde: Österbottens välfärdsområde\n\n"
        "Samarbete\nProjektet genomförs i samarbete med Åbo Akademi, Yrkeshögskolan Novia och Stiftelsen Vasa Hälsa.\n"
    )
    partners = {p.organisation.label for p in x.projects[0].participations if p.role == "partner"}
    assert partners == {"Åbo Akademi", "Yrkeshögskolan Novia", "Stiftelsen Vasa Hälsa"}
    assert not any(m.label == "Turku" for m, _ in x.municipalities)  # "Åbo" of Åbo Akademi is no place named
