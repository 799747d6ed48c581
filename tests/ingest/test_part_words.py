"""Parts named by the project-part vocabulary, the project's name when the title is none, sums in prose.

All text is invented. A part heading is "<word> <number> [separator] <name>", the name
possibly on the next line or a run-in head of a paragraph; a part directly under the
project owns its lights, cost tables and sums; a minute's header, an e-mail's header or a
news headline is no project's name; sums in millions and sums applied for are read.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partwords import match_part_line, part_words
from hankegraafi.ingest.facts.projectname import headline, named_in, no_name, title_name
from hankegraafi.ingest.facts.returned import returned_sum
from hankegraafi.ingest.pipeline import Ingester
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG
from hankegraafi.settings import Config
from hankegraafi.shapes import validate
from tests.ingest.test_parts_and_sums import _sums


def _read(text: str, file_name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Investointi 2 – Sähköinen asiointi", ("investment", "Investointi", "2", "Sähköinen asiointi")),
        ("Investering 1: Hemvård på distans", ("investment", "Investering", "1", "Hemvård på distans")),
        (
            "3.1 Toimenpidekokonaisuus 4. Tiedolla johtaminen",
            ("sub-project", "Toimenpidekokonaisuus", "4", "Tiedolla johtaminen"),
        ),
        ("Kehittämiskokonaisuus 1", ("sub-project", "Kehittämiskokonaisuus", "1", "")),
        ("Delområde 2", ("sub-project", "Delområde", "2", "")),
        ("Työpaketti 3: Viestintä", ("work-package", "Työpaketti", "3", "Viestintä")),
        ("Investointi 2 (Digitaaliset palvelut)", ("investment", "Investointi", "2", "Digitaaliset palvelut")),
        ("Osakokonaisuus B: Etäpalvelut", ("sub-project", "Osakokonaisuus", "B", "Etäpalvelut")),
        ("Delprojekt II – Digital rådgivning", ("sub-project", "Delprojekt", "II", "Digital rådgivning")),
        ("Kehittämiskokonaisuus 3:", ("sub-project", "Kehittämiskokonaisuus", "3", "")),
        ("Osakokonaisuus A-klinikka", None),  # a name, no number
        ("Investointi 1: Hoitotakuu ........ 4", None),  # an entry of a table of contents
        ("Investointi 1\t900 000", None),  # a table's row
        ("Investointi 1 purki hoitojonoja Kajaanissa.", None),  # a sentence about the part
        ("osakokonaisuus 1: x", None),  # not a heading: lower case
    ],
)
def test_a_part_line_is_word_number_and_name(line: str, expected: tuple[str, str, str, str] | None) -> None:
    assert match_part_line(line) == expected


def test_a_new_word_for_a_part_is_one_vocabulary_label() -> None:
    """'Kehittämisteema' is no part until the vocabulary names it; then its heading is one."""
    text = (
        "Hankkeen nimi: Testihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kehittämisteema 1: Etäpalvelut\nEtäpalvelut laajenevat. Teeman kustannusarvio on 50 000 euroa.\n"
    )
    assert not [p for p in _read(text).projects if p.level == "subproject"]
    line = (
        '<https://w3id.org/hankegraafi/vocab/project-part/sub-project> skos:hiddenLabel "Kehittämisteema"@fi .'
    )
    with registry.extended("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + line):
        assert part_words()["kehittämisteema"] == "sub-project"
        parts = [p.name for p in _read(text).projects if p.level == "subproject"]
    assert parts == ["Kehittämisteema 1: Etäpalvelut"]
    assert "kehittämisteema" not in part_words()


_STATUS = """Kainuun hyvinvointialue
Tilanneraportti 3/2025

Hankkeen julkinen nimi: Kylän palvelut lähelle
Raportointijakso: 1.5.2025–31.8.2025

Kehittämiskokonaisuus 1
Liikkuvat palvelut

Aikataulu: vihreä
Kustannukset: keltainen

Palvelubussi kiersi kesällä kuudessa kylässä.

Kustannukset hankkeen alusta
Kustannuslaji\tBudjetti\tToteuma
Palvelujen ostot\t200 000\t120 500
Yhteensä\t200 000\t120 500

Kehittämiskokonaisuus 2 – Etäneuvonta
Aikataulu: punainen
Kustannukset: vihreä

Neuvonnan aloitus siirtyi. Kehittämiskokonaisuuden kustannusarvio on 90 000 euroa.

Talous
Hankkeelle myönnettiin 400 000 euroa valtionavustusta.
"""


def test_parts_of_the_whole_own_their_lights_costs_and_sums() -> None:
    x = _read(_STATUS)
    root = x.projects[0]
    assert root.name == "Kylän palvelut lähelle"  # a field label the vocabulary knows since this session
    parts = {p.name: p for p in x.projects if p.parent is root}
    assert set(parts) == {"Kehittämiskokonaisuus 1: Liikkuvat palvelut", "Kehittämiskokonaisuus 2: Etäneuvonta"}
    first, second = parts.values()
    assert {(li.dimension, li.value) for li in first.lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }
    assert {(li.dimension, li.value) for li in second.lights} == {
        ("schedule", "deviation"),
        ("costs", "on-plan"),
    }
    assert [line.values for line in first.costs[0].lines] == [
        {"budget": Decimal(200000), "actual": Decimal(120500)},
        {"budget": Decimal(200000), "actual": Decimal(120500)},
    ]
    assert not root.lights and not second.costs[1:]
    sums = _sums(x)
    assert sums[(second.name, "estimate")] == Decimal(90000)  # "Kehittämiskokonaisuuden kustannusarvio"
    assert sums[(root.name, "granted")] == Decimal(400000)  # "Hankkeelle myönnettiin", inside part 2's text


def test_run_in_part_heading_and_a_headline_that_is_no_name() -> None:
    page = (
        "<html><body><h1>Etäpalvelut laajenevat saaristoon</h1>"
        "<p>Hyvinvointialueen Saariston arki -hanke tuo etäpalvelut saarille. STM myönsi 12.3.2025 tekemällään "
        "päätöksellä hankkeelle 1,5 miljoonaa euroa. Hankkeen kustannusarvio on 1,9 miljoonaa euroa.</p>"
        "<p>Osakokonaisuus 1 – Saarten etävastaanotot. Vastaanottopisteet avataan. "
        "Osakokonaisuuden kustannusarvio on 700 000 euroa.</p></body></html>"
    )
    x = _read(page, "uutinen.html")
    names = [p.name for p in x.projects]
    assert names == ["Saariston arki -hanke", "Osakokonaisuus 1: Saarten etävastaanotot"]
    sums = _sums(x)
    assert sums[("Saariston arki -hanke", "granted")] == Decimal(1_500_000)
    assert sums[("Saariston arki -hanke", "estimate")] == Decimal(1_900_000)
    assert sums[("Osakokonaisuus 1: Saarten etävastaanotot", "estimate")] == Decimal(700_000)


def test_minutes_and_mail_headers_are_no_name() -> None:
    minutes = (
        "KAINUUN HYVINVOINTIALUE            PÖYTÄKIRJA 4/2025\n"
        "Aluehallitus                      12.5.2025\n\n"
        "§ 77 Valtionavustuksen vastaanottaminen\n\n"
        "XHYVA/55/2025\n\n"
        "Valmistelija: hankejohtaja Eeva Esimerkki\n\n"
        "Hyvinvointialue haki avustusta 950 000 euroa Hyvä vanhuus -hankkeelle. Ministeriö myönsi "
        "hyvinvointialueelle Hyvä vanhuus -hankkeeseen 800 000 euroa.\n"
    )
    x = _read(minutes, "poytakirja.txt")
    assert [p.name for p in x.projects] == ["Hyvä vanhuus -hanke"]
    sums = _sums(x)
    assert sums[("Hyvä vanhuus -hanke", "applied")] == Decimal(950_000)
    assert sums[("Hyvä vanhuus -hanke", "granted")] == Decimal(800_000)


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("Lähettäjä: Hanketoimisto", True),
        ("Aihe: Väliraportti 1/2025", True),
        ("Hei,", True),
        ("§ 12 Hankkeen käynnistäminen", True),
        ("PÖYTÄKIRJA 2/2025", True),
        ("Julkaistu 3.3.2025", True),
        ("Valmistelija: kehittämispäällikkö N N", True),
        ("Etäpalvelut laajenevat saaristoon", True),  # a headline: "laajenevat" is a verb
        ("Arki sujuvaksi Savossa", False),
        ("Toimiva arki Keski-Suomessa", False),
        ("Etelä-Pohjanmaan Kestävän kasvun hanke, Investointi 2: Kotona asumisen tuki", False),
        ("Hanke: Hyvä arki Varsinais-Suomessa", False),
    ],
)
def test_no_name(line: str, answer: bool) -> None:
    assert no_name(line) is answer


def test_a_headline_with_a_verbal_noun_is_a_name() -> None:
    assert not headline("Kotona asumisen tuki")  # "asumisen" is a verb's noun form, no clause


def test_named_in_needs_the_word_hanke_with_a_dash() -> None:
    assert named_in("ohessa Hämeen hyvä arki -hankkeen väliraportti.") == "Hämeen hyvä arki -hanke"
    assert named_in("Yhteenveto hankkeen toteutumisesta") is None
    assert named_in("Liitteenä Arjen turva Pohjois-Savossa -hankkeen tilannekatsaus.") == (
        "Arjen turva Pohjois-Savossa -hanke"
    )
    assert named_in("Hanke jatkaa X-hankkeen työtä.") is None  # another project


def test_a_funder_field_naming_a_programme_names_its_granting_authority() -> None:
    text = (
        "Tilanneraportti 1/2025\n\nHankkeen nimi: Kylän palvelut lähelle\nHallinnoija: Kainuun hyvinvointialue\n"
        "Rahoitus: Programmet för hållbar tillväxt i Finland\n\nHanke eteni suunnitellusti.\n"
    )
    root = _read(text).projects[0]
    assert root.funder is not None and str(root.funder.iri).endswith("/organisation/stm")
    assert root.programme is not None and str(root.programme.iri).endswith("/programme/kestavan-kasvun-ohjelma")
    assert root.funder_named is False  # read from the programme, not named
    assert not [pa for pa in root.participations if not pa.organisation.linked]


def test_a_basic_data_row_states_the_sum_applied_for() -> None:
    """What was applied for is a statement of its own kind, apart from the estimate and the grant."""
    page = (
        "<html><body><h1>Hankesuunnitelma</h1><table>"
        "<tr><td>Hankkeen nimi</td><td>Yöhoito kotiin</td></tr>"
        "<tr><td>Hakija</td><td>Kainuun hyvinvointialue</td></tr>"
        "<tr><td>Haettava avustus</td><td>420 000 €</td></tr></table>"
        "<h2>Tausta</h2><p>Yöhoitoa ei ole ollut kylissä.</p></body></html>"
    )
    assert _sums(_read(page, "suunnitelma.html")) == {("Yöhoito kotiin", "applied"): Decimal(420_000)}


_FINAL = """Loppuraportti

Hankkeen nimi: Kylän palvelut lähelle
Hallinnoija: Kainuun hyvinvointialue

Talous
Hakemuksessa haettiin 1 300 000 euroa, ja hankkeen kokonaiskustannusarvio on 1 625 000 euroa.
Hankkeelle myönnettiin 1 200 000 euroa valtionavustusta. Käyttämättä jäänyt avustus, 38 500 euroa,
palautetaan Sosiaali- ja terveysministeriölle.
"""


def test_applied_and_returned_money_are_statements_of_their_own_kinds_in_the_graph(tmp_path: Path) -> None:
    """The sum applied for and the unused part of a grant that goes back: kinds of their own, never a budget."""
    assert returned_sum("Käyttämättä jäänyt avustus, 38 500 euroa, palautetaan STM:lle.") == (
        "palautetaan",
        "38 500",
    )
    assert returned_sum("Ministeriölle palautetaan 2 000 euroa.") == ("palautetaan", "2 000")
    assert returned_sum("Av medlen återbetalas 1,2 miljoner euro.") == ("återbetalas", "1,2 miljoner")
    assert returned_sum("Hankkeelle myönnettiin 400 000 euroa.") is None
    path = tmp_path / "loppuraportti.txt"
    path.write_text(_FINAL, encoding="utf-8")
    graph, _kind, _warnings = Ingester(None, Config.load({}, environ={}), validate=False).build_graph(path)
    kinds = {
        str(graph.value(s, HG.statementKind)).rsplit("/", 1)[-1]: [
            Decimal(str(graph.value(line, HG.budget))) for line in graph.objects(s, HG.hasLine)
        ]
        for s in graph.subjects(None, HG.CostStatement)
    }
    assert kinds == {
        "applied": [Decimal(1_300_000)],  # what was asked for, the estimate and the grant: each apart
        "estimate": [Decimal(1_625_000)],
        "granted": [Decimal(1_200_000)],
        "returned": [Decimal(38_500)],
    }
    report = validate(graph)
    assert report.conforms, report.render("en")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Valtionavustusta myönnettiin yhteensä 2,4 milj. euroa.", ("granted", Decimal(2_400_000))),
        ("STM on myöntänyt hankkeelle valtionavustusta 1 500 000 euroa.", ("granted", Decimal(1_500_000))),
        ("Ministeriö myönsi hankkeelle 2.400.000 euroa.", ("granted", Decimal(2_400_000))),
        ("Hanke sai valtionavustusta 300 000 euroa.", ("granted", Decimal(300_000))),
        ("För projektet beviljat 300 000 euro.", ("granted", Decimal(300_000))),
        ("Projektet fick 450 000 euro i statsunderstöd.", ("granted", Decimal(450_000))),
        ("Hankkeen kokonaisbudjetti on 3,2 M€.", ("estimate", Decimal(3_200_000))),
        ("Avustusta haettiin 850 000 €.", ("applied", Decimal(850_000))),
        ("Välfärdsområdet ansökte om 500 000 euro.", ("applied", Decimal(500_000))),
        ("Projektets budget är 1,2 miljoner euro.", ("estimate", Decimal(1_200_000))),
        ("Projektets totala kostnader beräknas till 700 000 euro.", ("estimate", Decimal(700_000))),
        ("Det outnyttjade beloppet 20 000 euro återbetalas.", ("returned", Decimal(20_000))),
        ("Palautettava summa on 12 000 €.", ("returned", Decimal(12_000))),
        ("Hankkeen toteutuneet kokonaiskustannukset olivat 1 100 000 euroa.", None),  # spent, no estimate
    ],
)
def test_sums_in_prose(sentence: str, expected: tuple[str, Decimal] | None) -> None:
    x = _read(f"Hankkeen nimi: Testihanke\nHallinnoija: Kainuun hyvinvointialue\n\n{sentence}\n")
    found = [(kind, value) for (_name, kind), value in _sums(x).items()]
    assert found == ([expected] if expected else [])


def test_a_headline_naming_the_project_gives_its_name() -> None:
    assert title_name("Kotona Karjalassa -hanke sai 2,4 miljoonaa euroa") == "Kotona Karjalassa -hanke"
    assert title_name("Toimiva arki Keski-Suomessa") == "Toimiva arki Keski-Suomessa"
    text = (
        "Kotona Karjalassa -hanke sai 2,4 miljoonaa euroa\n\nHankesuunnitelma\n\n"
        "Pohjois-Karjalan hyvinvointialue kehittää kotihoitoa. Kustannusarvio on 3 000 000 euroa.\n"
    )
    assert [p.name for p in _read(text).projects] == ["Kotona Karjalassa -hanke"]


def test_a_cost_estimate_with_a_column_per_sub_project() -> None:
    text = (
        "HANKESUUNNITELMA\n\nHankkeen nimi: Kylän palvelut lähelle\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannusarvio\n"
        "Kustannuslaji\tOsakokonaisuus 1: Liikkuvat palvelut\tOsakokonaisuus 2: Etäneuvonta\tYhteensä\n"
        "Palvelujen ostot\t100 000\t40 000\t140 000\n"
        "Omat henkilöstökustannukset\t200 000\t60 000\t260 000\n"
        "Yhteensä\t300 000\t100 000\t400 000\n"
    )
    x = _read(text, "suunnitelma.txt")
    parts = {p.name: p for p in x.projects if p.level == "subproject"}
    assert set(parts) == {"Osakokonaisuus 1: Liikkuvat palvelut", "Osakokonaisuus 2: Etäneuvonta"}
    sums = _sums(x)
    assert sums[("Osakokonaisuus 1: Liikkuvat palvelut", "estimate")] == Decimal(300_000)
    assert sums[("Osakokonaisuus 2: Etäneuvonta", "estimate")] == Decimal(100_000)
    assert sums[("Kylän palvelut lähelle", "estimate")] == Decimal(400_000)


def test_a_light_by_colour_is_read_in_any_layout_and_a_plans_risk_is_none() -> None:
    text = (
        "HANKESUUNNITELMA\n\nHankkeen nimi: Kylän palvelut lähelle\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Tilannekatsaus\nAikataulu: vihreä\nKustannukset: keltainen\n\n"
        "Riskit\nRiskit: Rekrytointi voi viivästyä.\n\nKustannusarvio on 400 000 euroa.\n"
    )
    x = _read(text, "suunnitelma.txt")
    assert x.kind == "project-plan"
    assert {(li.dimension, li.value) for li in x.projects[0].lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }


def test_a_cost_follow_up_with_a_row_per_part_gives_each_part_its_totals() -> None:
    text = (
        "TILANNERAPORTTI 2/2025\n\nHankkeen nimi: Kylän palvelut lähelle\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kustannukset osakokonaisuuksittain hankkeen alusta\n"
        "Osakokonaisuus\tBudjetti\tToteuma\tKäyttöaste %\n"
        "Osakokonaisuus 1: Liikkuvat palvelut\t300 000\t150 000\t50\n"
        "Osakokonaisuus 2: Etäneuvonta\t100 000\t80 000\t80\n"
        "Yhteensä\t400 000\t230 000\t58\n"
    )
    x = _read(text)
    found = {
        (p.name, c.kind): c.lines[0].values
        for p in x.projects
        for c in p.costs
        if c.lines[0].category == "total"
    }
    assert found == {
        ("Osakokonaisuus 1: Liikkuvat palvelut", "cumulative"): {
            "budget": Decimal(300_000),
            "actual": Decimal(150_000),
            "utilisation-percent": Decimal(50),
        },
        ("Osakokonaisuus 2: Etäneuvonta", "cumulative"): {
            "budget": Decimal(100_000),
            "actual": Decimal(80_000),
            "utilisation-percent": Decimal(80),
        },
        ("Kylän palvelut lähelle", "cumulative"): {
            "budget": Decimal(400_000),
            "actual": Decimal(230_000),
            "utilisation-percent": Decimal(58),
        },
    }


def test_a_part_line_ending_in_its_sum() -> None:
    text = (
        "PROTOKOLL 3/2025\nRegionstyrelsen 4.3.2025\n\n§ 22 Statsunderstöd för projektet Trygg vård i Österbotten\n\n"
        "Social- och hälsovårdsministeriet beviljade den 1 mars 2025 Österbottens välfärdsområde 1,6 miljoner euro "
        "för projektet Trygg vård i Österbotten.\n\n"
        "Delprojekt 1: Hemvård på distans, 900 000 euro\nDelprojekt 2: Digital rådgivning, 700 000 euro\n"
    )
    assert _sums(_read(text, "protokoll.txt")) == {
        ("Trygg vård i Österbotten", "granted"): Decimal(1_600_000),
        ("Delprojekt 1: Hemvård på distans", "granted"): Decimal(900_000),
        ("Delprojekt 2: Digital rådgivning", "granted"): Decimal(700_000),
    }


def test_a_part_named_after_a_comma() -> None:
    """'Investering 1, Vårdgaranti …' in a minute's list of investments (found by a held-out
    document that the stop-26 part words had lost); a comma before a number names nothing."""
    from hankegraafi.ingest.facts.partwords import match_part_line

    assert match_part_line("Investering 1, Vårdgaranti och kontinuitet i vården") == (
        "investment",
        "Investering",
        "1",
        "Vårdgaranti och kontinuitet i vården",
    )
    assert match_part_line("Investointi 1, 2 ja 3") is None
