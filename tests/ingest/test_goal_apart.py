"""A goal's status written apart from the goal: on the next line after an arrow, as the box a form
ticks, as a badge printed a line below a goal heading, with a figure or a word in brackets.

Invented texts (tuning documents u200–u202 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import line_status, status_of, ticked_option
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI 2/2025\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def goals(body: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_the_ticked_option_of_a_choice_line() -> None:
    assert ticked_option("[ ] toteutunut [X] osittain [ ] ei toteutunut") == "osittain"
    assert ticked_option("☐ Valmis  ☐ Kesken  ☒ Siirtyy syksyyn 2026") == "Siirtyy syksyyn 2026"
    assert ticked_option("(x) kyllä ( ) ei") == "kyllä"
    assert ticked_option("[X] valmis [X] kesken") is None  # two ticked: no answer
    assert ticked_option("☒ Ajanvaraus ei avautunut") is None  # one mark: a marked goal, no form
    assert status_of("[ ] toteutunut [ ] osittain [X] ei toteutunut") == "not-achieved"


def test_a_status_with_a_bracket_reads_by_its_words_else_by_the_bracket() -> None:
    assert status_of("Ei toteutunut kokonaan (16 %)") == "partly-achieved"
    assert status_of("Avbröts (oavslutat)") == "unfinished"  # the template's own word in brackets
    assert line_status("Osittain (24 %)") == "partly-achieved"
    assert status_of("Hämeenlinnaan ja Riihimäelle") is None


def test_a_status_line_after_an_arrow() -> None:
    assert line_status("-> saavutettu") == "achieved"
    assert line_status("→ siirtyy vuodelle 2027") == "moved-later"
    assert line_status("-> Jonotilannetta verrataan naapurikuntien lukuihin") is None


def test_a_bulleted_goal_with_its_status_on_the_next_line() -> None:
    body = (
        "Tavoitteet\n\n"
        "- Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä\n"
        "-> saavutettu\n"
        "- Yöpartio kattaa koko alueen\n"
        "-> osittain (kaksi kuntaa kolmesta)\n"
    )
    assert goals(body) == [
        ("Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä", "achieved"),
        ("Yöpartio kattaa koko alueen", "partly-achieved"),
    ]


def test_goals_with_a_choice_line_under_each() -> None:
    body = (
        "Tavoitteiden toteutuminen\n"
        "T1  Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä\n"
        "    [X] toteutunut  [ ] osittain  [ ] ei toteutunut\n"
        "T2  Yöpartio kattaa koko alueen\n"
        "    [ ] toteutunut  [ ] osittain  [X] ei toteutunut\n"
    )
    assert goals(body) == [
        ("Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä", "achieved"),
        ("Yöpartio kattaa koko alueen", "not-achieved"),
    ]


def test_goal_cards_with_a_badge_a_line_below() -> None:
    body = (
        "<html><body><h1>Kuvitteellinen kotihoitohanke</h1>"
        "<p>Hanke on Kainuun hyvinvointialueen kotihoidon kehittämishanke.</p><h2>Tavoitteet</h2>"
        "<div><h3>Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä</h3><span>Toteutunut</span></div>"
        "<div><h3>Yöpartio kattaa koko alueen</h3><span>Siirtyy jatkokaudelle</span></div>"
        "</body></html>"
    )
    x = extract(read_bytes(body.encode(), file_name="p.html", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä", "achieved"),
        ("Yöpartio kattaa koko alueen", "moved-later"),
    ]


def test_statuses_in_inflected_and_swedish_forms_read_as_the_vocabulary_concepts() -> None:
    assert status_of("Jäänyt kesken") == "unfinished"  # "Kesken" with words that say nothing of it
    assert status_of("On vielä kesken") == "unfinished"
    assert status_of("Keskeytyi (henkilöstövaje)") == "unfinished"  # a hiddenLabel of the vocabulary
    assert status_of("Avbrutet") == "unfinished"
    assert status_of("Toteutunut osin") == "partly-achieved"
    assert status_of("Pääosin toteutunut") == "partly-achieved"  # the vocabulary's own label
    assert status_of("Uppnådd") == "achieved"
    assert status_of("Inte uppnådd") == "not-achieved"
    assert status_of("Toteutuneet") == "achieved"
    assert status_of("Överförs till 2026") == "moved-later"
    assert status_of("Överfördes till ordinarie verksamhet") is None  # handed over, not postponed


def test_goals_line_by_line_each_with_its_status_after_it() -> None:
    body = (
        "Tavoitteet\n"
        "Kotikäynnit kirjataan mobiilisti – Saavutettu\n"
        "Yöpartio kattaa koko alueen – Ei saavutettu\n"
        "Omaishoitajien vapaat varataan verkossa: kesken\n"
    )
    assert sorted(goals(body)) == [
        ("Kotikäynnit kirjataan mobiilisti", "achieved"),
        ("Omaishoitajien vapaat varataan verkossa", "unfinished"),
        ("Yöpartio kattaa koko alueen", "not-achieved"),
    ]


def test_a_conjunction_after_a_dash_is_no_answer() -> None:
    assert line_status("ja hyvinvointisuunnitelmatyön yhteyteen") is None  # Finnish "ja", not Swedish "ja"
    assert line_status("Kyllä, kaikissa kunnissa") == "achieved"


def test_a_status_written_before_its_goal() -> None:
    body = (
        "Tavoitteet\n"
        "- [x] Kotikäynnit kirjataan mobiilisti\n"
        "- [ ] Yöpartio kattaa koko alueen\n"
        "- Siirtyy vuodelle 2026: Omaishoitajien vapaat varataan verkossa\n"
        "- Kanta-palvelut: käyntien kirjaukset arkistoidaan\n"
    )
    assert goals(body) == [
        ("Kotikäynnit kirjataan mobiilisti", "achieved"),
        ("Yöpartio kattaa koko alueen", "unknown"),  # an empty box says nothing
        ("Omaishoitajien vapaat varataan verkossa", "moved-later"),
        ("Kanta-palvelut: käyntien kirjaukset arkistoidaan", "unknown"),  # a name before the colon, no status
    ]
