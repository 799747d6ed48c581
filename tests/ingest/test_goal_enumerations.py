"""Goals enumerated in one sentence with a status in brackets after each, a status printed beside its goal
with no mark between (a page's badge), and a goal not met yet.

Invented texts (tuning documents u440–u441 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import badge_status, line_status, status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI 2/2025\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def goals(body: str, name: str = "r.txt", head: str = HEAD) -> list[tuple[str, str]]:
    x = extract(read_bytes((head + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_goals_enumerated_in_a_sentence_after_the_goal_word() -> None:
    body = (
        "Yhteenveto\n"
        "Kevään tavoitteista yöhoidon käynnit kirjataan mobiilisti (toteutunut), asiakkaan kotikuntoutus "
        "arvioidaan viikossa (osittain, Kuvalassa kaksi viikkoa) ja omaisten neuvontapuhelin avataan "
        "(siirtyi vuodelle 2026).\n"
    )
    assert sorted(goals(body)) == [
        ("asiakkaan kotikuntoutus arvioidaan viikossa", "partly-achieved"),
        ("omaisten neuvontapuhelin avataan", "moved-later"),
        ("yöhoidon käynnit kirjataan mobiilisti", "achieved"),
    ]


def test_goals_enumerated_after_a_label_in_emphasis_in_swedish() -> None:
    body = (
        "**Målen:** nattpatrull i hela Kuvby (uppnått), digital tidsbokning på svenska (pågår) samt "
        "mobil provtagning i Kuvstad (inte uppnått).\n"
    )
    assert sorted(goals(body, "p.md")) == [
        ("digital tidsbokning på svenska", "unfinished"),
        ("mobil provtagning i Kuvstad", "not-achieved"),
        ("nattpatrull i hela Kuvby", "achieved"),
    ]


def test_a_sentence_whose_brackets_are_no_statuses_is_no_enumeration() -> None:
    body = (
        "Yhteenveto\n"
        "Hankkeen tavoitteista osa toteutui. Kumppaneina ovat Kuvitteellinen ammattikorkeakoulu (KAMK) ja "
        "Kuvalan kaupunki (tilat).\n"
    )
    assert not any("KAMK" in goal or "Kuvalan" in goal for goal, _ in goals(body))


def test_a_status_beside_its_goal_with_no_mark_between() -> None:
    assert badge_status("Yöhoidon käynnit kirjataan mobiilisti Valmis") == (
        "Yöhoidon käynnit kirjataan mobiilisti",
        "Valmis",
        "achieved",
    )
    assert badge_status("Kotikäynnit Kuvalassa Ei käynnistynyt – siirtyy 2026") == (
        "Kotikäynnit Kuvalassa",
        "Ei käynnistynyt – siirtyy 2026",
        "moved-later",
    )
    assert badge_status("Asiakkaat käyttävät Valmis-palvelua") is None  # a compound, no label
    assert badge_status("Palveluohjaus siirtyy Kuvalan Kotihoidolle") is None  # names in capitals
    body = (
        "2. Tavoitteet\n"
        "- Yöhoidon käynnit kirjataan mobiilisti Valmis\n"
        "- Kotikuntoutuksen arvio kaikille uusille asiakkaille Työn alla\n"
        "- Omaisten neuvontapuhelin Inte påbörjat – flyttas till 2026\n"
    )
    assert goals(body) == [
        ("Yöhoidon käynnit kirjataan mobiilisti", "achieved"),
        ("Kotikuntoutuksen arvio kaikille uusille asiakkaille", "unfinished"),
        ("Omaisten neuvontapuhelin", "moved-later"),
    ]


def test_a_goal_not_met_yet_is_unfinished() -> None:
    assert status_of("Edennyt, ei vielä saavutettu (19 vrk)") == "unfinished"
    assert status_of("ei vielä toteutunut") == "unfinished"  # not the label "Ei toteutunut" with a filler
    assert line_status("inte ännu uppnått") == "unfinished"
    assert status_of("not yet achieved") == "unfinished"
    assert status_of("ei vielä toteutunut kokonaan") == "partly-achieved"
    assert status_of("ei vielä arvioitavissa") == "unknown"  # not yet assessable: unknown, said so, no "no"
    assert status_of("ei toteutunut") == "not-achieved"


def test_numbered_goals_end_at_the_next_section_numbered_as_their_heading_is() -> None:
    """ "3 Tavoitteet" numbered without a full stop ends at "4 Toteutuneet …", unknown to the vocabulary:
    the last goal is not judged by that heading's words nor runs on to the document's end."""
    body = (
        "3 Tavoitteiden saavuttaminen\n"
        "1. Arviointikäynti tehdään viikossa – toteutui\n"
        "2. Etäkuntoutus tarjotaan kaikille halukkaille – ei toteutunut\n"
        "\n"
        "4 Toteutuneet koulutukset vuosittain\n"
        "Vuonna 2024 pidettiin kuusi koulutusta.\n"
    )
    assert goals(body) == [
        ("Arviointikäynti tehdään viikossa", "achieved"),
        ("Etäkuntoutus tarjotaan kaikille halukkaille", "not-achieved"),
    ]
    numbered_alike = body.replace("3 Tavoitteiden", "3. Tavoitteiden").replace(
        "4 Toteutuneet", "3. Toteutuneet"
    )
    # a list item numbered as the list goes on stays the list's
    assert ("Etäkuntoutus tarjotaan kaikille halukkaille", "not-achieved") in goals(numbered_alike)


def test_goal_lines_that_name_their_part_first() -> None:
    """ "Osahanke 1: X – saavutettu" under a goals heading: the part's goal X, judged after the dash."""
    body = (
        "2 Tavoitteet\n"
        "Osahanke 1: Kotisairaalan paikat lisääntyvät kahteenkymmeneen – saavutettu\n"
        "Osahanke 2: Päihdeneuvonnan chat avoinna arkisin – osittain\n"
        "\n"
        "3 Viestintä\n"
        "Raportti käsiteltiin ohjausryhmässä.\n"
    )
    assert goals(body) == [
        ("Kotisairaalan paikat lisääntyvät kahteenkymmeneen", "achieved"),
        ("Päihdeneuvonnan chat avoinna arkisin", "partly-achieved"),
    ]


def test_a_goal_row_wrapped_in_both_cells_is_one_goal() -> None:
    """A space-aligned goal table whose goal and status both run on to the next line: the next line's goal
    cell goes on the goal; its status cell goes on the status above (in lower case, or after a comma)."""
    body = (
        "2  TAVOITTEET\n"
        "   Tavoite                                      Tila hankkeen lopussa\n"
        "   -------------------------------------------  ------------------------\n"
        "   Yöpartio kattaa kaikki kuvitteellisen        Toteutui osittain,\n"
        "   kotihoidon asiakkaat                         Kuvala puuttuu\n"
        "   Moniammatillinen tiimi toimii jokaisella     Toteutui osittain, Kuvala\n"
        "   vastaanotolla                                puuttuu\n"
        "   Hälytyksiin vastataan 30 minuutissa          Toteutui\n"
    )
    assert goals(body) == [
        ("Yöpartio kattaa kaikki kuvitteellisen kotihoidon asiakkaat", "partly-achieved"),
        ("Moniammatillinen tiimi toimii jokaisella vastaanotolla", "partly-achieved"),
        ("Hälytyksiin vastataan 30 minuutissa", "achieved"),
    ]


def test_goals_enumerated_after_a_lead_whose_goal_word_a_few_words_part_from_its_colon() -> None:
    """'Målen för 2024 gick så här: X (uppnått), …', 'Vuoden tavoitteet toteutuivat seuraavasti: …': the goal
    word leads, its verb and a few words after it, then the colon and the enumeration."""
    body = (
        "Katsaus\n"
        "Syksyn tavoitteet toteutuivat seuraavasti: yöhoidon käynnit kirjataan mobiilisti (toteutunut),\n"
        "omaisten neuvontapuhelin avataan (osittain toteutunut) ja kotikuntoutus arvioidaan\n"
        "viikossa (ei vielä toteutunut).\n"
    )
    assert sorted(goals(body)) == [
        ("kotikuntoutus arvioidaan viikossa", "unfinished"),
        ("omaisten neuvontapuhelin avataan", "partly-achieved"),
        ("yöhoidon käynnit kirjataan mobiilisti", "achieved"),
    ]
    body = (
        "Målen för hösten gick så här: nattpatrull i Kuvby (uppnått)\n"
        "och mobil provtagning i Kuvstad (inte uppnått).\n"
    )
    assert sorted(goals(body)) == [
        ("mobil provtagning i Kuvstad", "not-achieved"),
        ("nattpatrull i Kuvby", "achieved"),
    ]
    one_line = body.replace(")\noch", ") och")
    assert sorted(goals(one_line)) == sorted(goals(body))


def test_a_badge_saying_not_yet_is_unfinished() -> None:
    """A page's badge 'Ei vielä saavutettu' / 'Inte ännu uppnått' beside its goal: the scale's label with
    'not yet' in it (goalstatus._NOT_YET), read as a badge like the label alone."""
    assert badge_status("Yöpartio kattaa kaikki kunnat Ei vielä saavutettu") == (
        "Yöpartio kattaa kaikki kunnat",
        "Ei vielä saavutettu",
        "unfinished",
    )
    assert badge_status("Mobil provtagning i Kuvstad Inte ännu uppnått")[2] == "unfinished"
    assert (
        badge_status("Yöpartio kattaa kaikki kunnat Ei vielä saavutettu, koska rekrytointi jatkuu") is not None
    )
    assert badge_status("Yöpartio Ei vielä saavutettu") is None  # one word before: no goal
