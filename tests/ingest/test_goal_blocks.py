"""Goals in the layouts of stop 26: labelled blocks, brackets, marks, percentages, vocabulary words.

Invented status-report texts. A goal's status is read from the report's own words
("Toteutuminen: Ei toteutunut kokonaan"), from a label of the ``goal-status``
vocabulary (a new spelling is one vocabulary line, shown by adding one), from a
mark or a percentage; measures ("Mittari: …") and legends of the marks are no goals.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalforms import status_of
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

HEAD = (
    "TILANNERAPORTTI 2/2024\n\nHanke: Kuvitteellinen kotihoidon hanke\nRaportointijakso: 1.1.2024–30.6.2024\n\n"
)


def goals(body: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_tavoite_block_wrapped_over_lines_with_its_report_and_measure() -> None:
    body = (
        "Tavoitteet\n"
        "Tavoite 1\nKotihoidon iltakäynnit ulotetaan kaikkiin\nkuntiin\n"
        "Toteutuminen: Ei toteutunut kokonaan\n"
        "Mittari: käyntien määrä. Lähtötaso: 0. Tavoitetaso: 40.\n"
        "Tavoite 2\nOmaishoitajien vertaistuki toimii verkossa\nToteutuminen: Ei käynnistynyt\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit ulotetaan kaikkiin kuntiin", "partly-achieved"),
        ("Omaishoitajien vertaistuki toimii verkossa", "not-achieved"),
    ]


def test_swedish_mal_with_utfall_on_the_next_line() -> None:
    body = (
        "Mål och utfall\n\n"
        "Mål 1: Hemvården erbjuder videobesök\nUtfall: delvis uppnått, en kommun saknas.\n\n"
        "Mål 2: Personalen har utbildats\nMåluppfyllelse: uppnått\n\n"
        "Mål 3: Gemensam jourlinje för hemvården\nUtfall: flyttas till 2025\n"
    )
    assert goals(body) == [
        ("Hemvården erbjuder videobesök", "partly-achieved"),
        ("Personalen har utbildats", "achieved"),
        ("Gemensam jourlinje för hemvården", "moved-later"),
    ]


def test_a_numbered_goal_keeps_the_status_in_its_brackets() -> None:
    body = (
        "Tavoitteet ja niiden toteutuminen\n"
        "1. Iltakotihoito kattaa kaikki kunnat (toteutunut)\n"
        "2. Kotikuntoutuksen arviointikäynti kaikille uusille asiakkaille (ei käynnistynyt)\n\n"
        "Tilanne: osa tavoitteista on vielä kesken.\n"
    )
    assert goals(body) == [
        ("Iltakotihoito kattaa kaikki kunnat", "achieved"),
        ("Kotikuntoutuksen arviointikäynti kaikille uusille asiakkaille", "not-achieved"),
    ]


def test_a_goal_table_with_marks_words_and_percentages_and_its_legend() -> None:
    html = (
        "<html><body><h1>Loppuraportti: Kuvitteellinen perhekeskus -hanke</h1>"
        "<p>Keski-Uudenmaan hyvinvointialue</p>"
        "<h2>Tavoitteiden toteutuminen</h2><table><tr><th>Tavoite</th><th>Tila</th></tr>"
        "<tr><td>Chat on auki arkipäivisin</td><td>✓ valmis</td></tr>"
        "<tr><td>Ajanvaraus verkossa kaikissa neuvoloissa</td><td>100 %</td></tr>"
        "<tr><td>Ryhmämateriaali käytössä kaikkialla</td><td>60 %</td></tr>"
        "<tr><td>Eroperheiden palveluohjaus</td><td>kesken</td></tr>"
        "<tr><td>Isyysneuvolan chat-ryhmä</td><td>✗</td></tr></table>"
        "<p>Merkinnät: ✓ valmis, ✗ ei toteutunut, prosentti kertoo osittaisen toteutumisen.</p>"
        "</body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="r.html", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Chat on auki arkipäivisin", "achieved"),
        ("Ajanvaraus verkossa kaikissa neuvoloissa", "achieved"),
        ("Ryhmämateriaali käytössä kaikkialla", "partly-achieved"),
        ("Eroperheiden palveluohjaus", "unfinished"),
        ("Isyysneuvolan chat-ryhmä", "not-achieved"),
    ]


def test_a_new_status_word_is_one_vocabulary_line() -> None:
    assert status_of("Toteutunut osittain") == "partly-achieved"
    assert status_of("Ei toteutunut kokonaan") == "partly-achieved"
    assert status_of("Valmis 3/2024") == "achieved"
    assert status_of("0 %") == "not-achieved"
    assert status_of("Rauennut") is None
    line = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://w3id.org/hankegraafi/vocab/goal-status/not-achieved> skos:hiddenLabel "Rauennut"@fi .'
    )
    with registry.extended(line):
        assert status_of("Rauennut") == "not-achieved"
        assert status_of("rauennut, koska rahoitus loppui") == "not-achieved"
    assert status_of("Rauennut") is None


def test_measures_under_a_goal_are_no_goals() -> None:
    body = (
        "Tavoitteet\n"
        "- Kotihoidon iltakäynnit kaikissa kunnissa\n  - Mittari: käyntien määrä\n"
        "  - Tavoitetaso: 40 käyntiä viikossa\n"
        "- Omaishoitajien vertaistuki verkossa\n  - Mittari: ryhmien määrä\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit kaikissa kunnissa", "unknown"),
        ("Omaishoitajien vertaistuki verkossa", "unknown"),
    ]


def test_a_goal_labelled_without_a_number_with_measures_and_a_toteuma() -> None:
    body = (
        "Tavoitteiden toteutuminen\n"
        "Tavoite: Kotihoidon iltakäynnit kaikissa kunnissa\nMittari: käyntien määrä\nLähtötaso: 3\n"
        "Tavoitetaso: 5\nToteuma: 4 (toteutunut osittain)\n\n"
        "Tavoite: Omaishoitajien vertaistuki verkossa\nMittari: ryhmien määrä\nToteuma: toteutunut\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit kaikissa kunnissa", "partly-achieved"),
        ("Omaishoitajien vertaistuki verkossa", "achieved"),
    ]


def test_a_numbered_label_followed_by_a_dash() -> None:
    body = (
        "Tavoitteet\n"
        "Tavoite 1 – Kotihoidon iltakäynnit kaikissa kunnissa (toteutunut)\n"
        "Tavoite 2 – Omaishoitajien vertaistuki verkossa (kesken)\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit kaikissa kunnissa", "achieved"),
        ("Omaishoitajien vertaistuki verkossa", "unfinished"),
    ]


def _table_goals(rows: list[list[str]]) -> list[tuple[str, str]]:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = (
        "<html><body><h1>Loppuraportti: Kuvitteellinen kotihoito -hanke</h1><p>Kainuun hyvinvointialue</p>"
        f"<h2>Tavoitteiden toteutuminen</h2><table>{cells}</table></body></html>"
    )
    x = extract(read_bytes(html.encode(), file_name="r.html", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_goal_tables_with_other_headers_percentages_and_coloured_marks() -> None:
    assert _table_goals(
        [["Hankkeen tavoitteet", "Tilanne 30.6.2024"], ["Iltakäynnit kaikissa kunnissa", "Ei"]]
    ) == [("Iltakäynnit kaikissa kunnissa", "not-achieved")]
    assert _table_goals(
        [
            ["Tavoitteet ja mittarit", "Toteutuminen %"],
            ["Iltakäynnit kaikissa kunnissa", "80"],
            ["Vertaistuki", "100"],
        ]
    ) == [("Iltakäynnit kaikissa kunnissa", "partly-achieved"), ("Vertaistuki", "achieved")]
    assert _table_goals(
        [["Tavoite", "Tila", "Selite"], ["Iltakäynnit kaikissa kunnissa", "🟡", "Kaksi kuntaa puuttuu"]]
    ) == [("Iltakäynnit kaikissa kunnissa", "partly-achieved")]


def test_a_list_label_ends_the_item_above_and_a_reason_does_not_judge_the_goal() -> None:
    body = (
        "Yhteenveto\n\n"
        "Suun terveydenhuollon oirearvion käyttöönotto siirtyi vuodelle 2025, koska integraatio ei valmistunut.\n\n"
        "Tavoitteet\n\n"
        "Oirearviot:\n"
        "-Oirearviot käytössä kaikilla terveysasemilla. Toteutunut.\n"
        "-Suun terveydenhuollon oirearvio käytössä. Siirtyi vuodelle 2025.\n"
        "Etäpisteet:\n"
        "-Vähintään kymmenen etäpistettä avattu. Toteutunut.\n"
    )
    assert goals(body) == [
        ("Oirearviot käytössä kaikilla terveysasemilla", "achieved"),
        ("Suun terveydenhuollon oirearvio käytössä", "moved-later"),
        ("Vähintään kymmenen etäpistettä avattu", "achieved"),
    ]


def test_a_delayed_procurement_in_running_text_is_no_goal() -> None:
    body = "Yhteenveto\n\nSähköisen asioinnin kilpailutus viivästyi, joten käyttöönotto siirtyy syksyyn.\n"
    assert goals(body) == []


def test_kesken_after_a_goal_is_unfinished() -> None:
    body = (
        "Tavoitteet\n\n- Kotihoidon iltakäynnit ulotetaan kaikkiin\n  kuntiin (toteutunut)\n"
        "- Omaishoitajien vertaistuki toimii verkossa\n  (kesken)\n"
        "- Etäkuntoutus kolmessa kunnassa\nToteutunut: Jäi kesken, koska tilat puuttuivat.\n"
    )
    assert goals(body) == [
        ("Kotihoidon iltakäynnit ulotetaan kaikkiin kuntiin", "achieved"),
        ("Omaishoitajien vertaistuki toimii verkossa", "unfinished"),
        ("Etäkuntoutus kolmessa kunnassa", "unfinished"),
    ]
