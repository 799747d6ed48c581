"""The known errors of issue 13, each as a class of fault with an invented document.

Every text here is invented for the test (no seed or web text). Each test names
the class it closes and tries more than the one example that showed it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import Extraction, Project, extract
from hankegraafi.ingest.facts.goals import goal_status
from hankegraafi.ingest.orgnames import find_org_names
from hankegraafi.ingest.readers import read_bytes
from tests.ingest.conftest import ask, build


def read(text: str, name: str = "doc.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def goals(project: Project) -> list[tuple[str, str]]:
    return [(g.description, g.status) for g in project.goals]


#: An invented final report: a summary (deviations, achievements) and the lists of goals and outputs.
FINAL = """Suomen kestävän kasvun ohjelma
Kestävän kasvun Pohjolanmaa
Loppuraportti

Pohjolanmaan Pilari 4, Investointi 1

Poikkeamat, ongelmat tai riskit

Kotikäyntien etäseurannan käyttöönotto Vaaralaan siirtyi vuodelle 2024 laitehankinnan viivästyttyä.

Keskeiset aikaansaannokset

Kotihoitoon hankittiin 14 kpl etämittauslaitteita ja koulutuksiin osallistui 40 hoitajaa.

Tavoitteet

1. Kotikäyntien etäseurannan käyttöönotto Vaaralaan
Toteutunut: Siirtyi seuraavalle kaudelle.
2. Hoitajien digitaitojen vahvistaminen
Toteutunut: Ei toteutunut kokonaan, koska osa koulutuksista peruttiin.
3. Asiakaspalautteen keruu
Toteutunut: Toteutui osittain.
4. Ajanvarauksen yhtenäistäminen
Toteutunut: Ei toteutunut.

Tuotokset

- Etämittauslaitteet 14 kpl.
- Hoitajien digikoulutus, 40 hoitajaa.
- Etämittauslaitteiden käyttöohje
"""


def test_a_goal_or_output_stated_in_the_summary_and_the_list_is_read_once() -> None:
    investment = read(FINAL).project("Pohjolanmaan Pilari 4, Investointi 1")
    assert goals(investment) == [
        ("Kotikäyntien etäseurannan käyttöönotto Vaaralaan", "moved-later"),
        ("Hoitajien digitaitojen vahvistaminen", "partly-achieved"),
        ("Asiakaspalautteen keruu", "partly-achieved"),
        ("Ajanvarauksen yhtenäistäminen", "not-achieved"),
    ]
    # The listed goal is the fact; the summary sentence is a second source of it.
    moved = investment.goals[0]
    assert sorted([moved.span.first, *(s.first for s in moved.restated)]) == [9, 17]
    counted = [(o.quantity, o.unit) for o in investment.outputs if o.quantity is not None]
    assert counted == [(Decimal("14"), "kpl"), (Decimal("40"), "hoitajaa")]  # not 28 devices, not 80 nurses
    devices = investment.outputs[0]
    assert devices.type == "procurement" and [s.first for s in devices.restated] == [28]


def test_outputs_by_type_count_a_restated_output_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "loppuraportti.txt"
    path.write_text(FINAL, encoding="utf-8")
    graph = build(path)
    assert ask(
        graph,
        "?p hg:hasOutput ?o . ?o hg:quantity ?q ; hg:unit 'kpl' . FILTER(?q = 14) "
        "FILTER NOT EXISTS { ?p hg:hasOutput ?o2 . ?o2 hg:unit 'kpl' . FILTER(?o2 != ?o) }",
    )


@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("Ei toteutunut kokonaan.", "partly-achieved"),
        ("Ei toteutunut täysin, koska aika loppui.", "partly-achieved"),
        ("Tavoitteet eivät toteutuneet kaikilta osin.", "partly-achieved"),
        ("Toteutui vain osittain.", "partly-achieved"),
        ("Ei toteutunut.", "not-achieved"),
        ("Ei toteutunut lainkaan.", "not-achieved"),
        ("Toteutui.", "achieved"),
        # "osittain" that says nothing of achievement is no judgement
        ("Työ on johtanut osittaiseen uudistukseen.", None),
    ],
)
def test_not_met_in_full_is_partly_achieved(answer: str, status: str | None) -> None:
    assert goal_status(answer) == status


#: An invented plan whose project names its own earlier phases and continues another project.
PLAN = """Suomen kestävän kasvun ohjelma
Pohjolanmaan Kestävän kasvun hanke
Hankesuunnitelma

Hankkeen tarve ja suhde muuhun kehittämiseen

Pohjolanmaan hyvinvointialueella jatketaan Kestävän kasvun hankkeen aiemmissa vaiheissa aloitettua työtä. Hanke on jatkoa Kotikulma-hankkeelle.
"""


def test_a_mention_of_the_projects_own_earlier_phases_is_no_other_project() -> None:
    project = read(PLAN).project("Pohjolanmaan Kestävän kasvun hanke")
    assert [(c.other.label, c.direction) for c in project.continuations] == [("Kotikulma", "predecessor")]


#: An invented Innokylä page of a second phase, and the final report of the first.
PHASE_2 = """Kokonaisuuden nimi
Kestävän kasvun Pohjolanmaa 2

Lyhyt kuvaus
Hanke jatkaa Kestävän kasvun Pohjolanmaa -hankkeessa aloitettua kehittämistä kotihoidossa.

Luotu
2.3.2023

Viimeksi muokattu
5.3.2023
"""

PHASE_1 = FINAL.replace(
    "Tuotokset\n",
    "Keskeiset tehtävät seuraavalla raportointikaudella\n\n"
    "- Kehittäminen jatkuu Kestävän kasvun Pohjolanmaa 2 -hankkeessa.\n\nTuotokset\n",
)


def test_a_continuation_links_whole_projects_both_ways() -> None:
    second = read(PHASE_2, "innokyla.txt").project("Kestävän kasvun Pohjolanmaa 2")
    assert [(c.other.label, c.direction) for c in second.continuations] == [
        ("Kestävän kasvun Pohjolanmaa", "predecessor")  # read from the description field
    ]
    first = read(PHASE_1)
    assert [
        (c.other.label, c.direction) for c in first.project("Kestävän kasvun Pohjolanmaa").continuations
    ] == [("Kestävän kasvun Pohjolanmaa 2", "successor")]
    assert first.project("Pohjolanmaan Pilari 4, Investointi 1").continuations == []


#: An invented final report with a sub-project named after the national service it brings in.
NAMESAKE = """Suomen kestävän kasvun ohjelma
Pohjolanmaan Pilari 4, Investointi 2
Loppuraportti

Osa-projekti: Omaolo

Riippuvuudet

Omaolo-palvelun käyttöönotto edellyttää DigiFinlandin kanssa sovittua integraatiota.

Osa-projekti: Mielenterveystalo

Riippuvuudet

Mielenterveystalon omahoito-ohjelmat otetaan käyttöön HUSin ohjeiden mukaisesti.
"""


def test_a_project_does_not_depend_on_its_namesake() -> None:
    x = read(NAMESAKE)
    investment = x.project("Pohjolanmaan Pilari 4, Investointi 2")
    for name in ("Omaolo", "Mielenterveystalo"):
        part = x.project(name)
        assert part.parent is investment
        assert name not in {d.target.label for d in part.dependencies}
    assert {"Omaolo", "Mielenterveystalo"} <= {d.target.label for d in investment.dependencies}
    assert "DigiFinland Oy" in {d.target.label for d in x.project("Omaolo").dependencies}


def test_an_estimate_stated_only_as_a_sum_is_its_total(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "suunnitelma.txt"
    path.write_text(
        "Suomen kestävän kasvun ohjelma\nPohjolanmaan hankesuunnitelma\nHankesuunnitelma\n\n"
        "Investointi 3: Etäkuntoutus\n\nKustannusarvio on noin 64 500 €.\n",
        encoding="utf-8",
    )
    graph = build(path)
    assert ask(
        graph,
        "?s hg:statementKind hgv:statement-kind\\/estimate ; hg:hasLine ?l . "
        "?l hg:costCategory hgv:cost-category\\/total ; hg:budget ?b . FILTER(?b = 64500)",
    )


@pytest.mark.parametrize("empty", ["-", "–", "Ei ole.", "n/a", "..."])
def test_an_empty_section_is_no_goal_output_or_benefit(empty: str) -> None:
    text = (
        "Suomen kestävän kasvun ohjelma\nPohjolanmaan Pilari 4, Investointi 3\nLoppuraportti\n\n"
        f"Tavoitteet\n\n{empty}\n\nTuotokset\n\n{empty}\n\nHyödyt\n\n{empty}\n"
    )
    investment = read(text).project("Pohjolanmaan Pilari 4, Investointi 3")
    assert (investment.goals, investment.outputs, investment.benefits) == ([], [], [])


@pytest.mark.parametrize(
    "state",
    [
        "Kehittäminen kesken",
        "Kehittämisvaihe: Kehittäminen kesken",
        "Toimintamalli on vielä kesken.",
        "Hanke on edelleen käynnissä.",
    ],
)
def test_the_state_of_the_whole_project_is_no_goal(state: str) -> None:
    text = (
        "Suomen kestävän kasvun ohjelma\nPohjolanmaan Pilari 4, Investointi 3\nTilanneraportti\n\n"
        f"Yleistilanne\n\n{state}\n\nTavoitteet\n\n{state}\n"
        "- Kotiutustiimi toimii kaikissa kunnissa.\n"
    )
    investment = read(text).project("Pohjolanmaan Pilari 4, Investointi 3")
    assert goals(investment) == [("Kotiutustiimi toimii kaikissa kunnissa.", "unknown")]


def test_a_goal_stated_as_not_met_in_running_text_is_still_a_goal() -> None:
    text = (
        "Suomen kestävän kasvun ohjelma\nPohjolanmaan Pilari 4, Investointi 3\nLoppuraportti\n\n"
        "Poikkeamat\n\nKotiutustiimin laajentaminen Vaaralaan jäi kesken henkilöstöpulan vuoksi.\n"
    )
    investment = read(text).project("Pohjolanmaan Pilari 4, Investointi 3")
    assert goals(investment) == [
        ("Kotiutustiimin laajentaminen Vaaralaan jäi kesken henkilöstöpulan vuoksi.", "partly-achieved")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hanketta hallinnoi Pohjolan erityishuoltopiiri: Kuusikon palvelukeskuksen ky.",
            "Pohjolan erityishuoltopiiri: Kuusikon palvelukeskuksen ky",
        ),
        (
            "Mukana on Rannikon kuntayhtymä: Merenrannan kuntoutussäätiö sekä kolme kuntaa.",
            "Rannikon kuntayhtymä: Merenrannan kuntoutussäätiö",
        ),
    ],
)
def test_an_organisation_and_its_unit_joined_by_a_colon_are_one_organisation(text: str, name: str) -> None:
    assert [o.name for o in find_org_names(text)] == [name]


def test_a_colon_joined_administrator_is_one_participant() -> None:
    text = (
        "Kuusikon asumisen kehittämishanke\nHankesuunnitelma\n\nToimijat\n\n"
        "Hanketta hallinnoi Pohjolan erityishuoltopiiri: Kuusikon palvelukeskuksen ky. "
        "Osatoteuttajana toimii Rannikon kaupunki.\n"
    )
    project = read(text).project("Kuusikon asumisen kehittämishanke")
    assert sorted({(p.role, p.organisation.label) for p in project.participations}) == [
        ("administrator", "Pohjolan erityishuoltopiiri: Kuusikon palvelukeskuksen ky"),
        ("co-implementer", "Rannikon kaupunki"),
    ]
