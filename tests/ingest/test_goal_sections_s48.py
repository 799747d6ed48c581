"""Stop 48 (G5): where a goals section ends under a heading no vocabulary knows, a goal not met yet that is moved
to a later time, and a goal's label after a key.

- A heading the document marks (markdown "##", an HTML h2, a slide's title) at the goals heading's level or above
  ends the goals: its items are another topic (test39 oj05 "Päätettävät asiat", test31 ic05 a training day's
  programme). A deeper heading ("### Kotihoito") and a heading naming goals or targets go on the goals.
- "ei vielä toteutunut, siirtyy syksyyn 2025" is moved later (test39 oj08); a move that hands the goal over
  ("siirtyy kuntayhtymän vastuulle") or a verb of moving with no later time ("Moves to routine use", R12-10) is none.
- A goal's label after a key of its own ("TP 1 / Tavoite 1: X", test39 oj02; "3.1 Tavoite: X", test34 oe17): the
  goal is the words after the label.

The documents are invented (no real text).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalstatus import line_status, status_of
from hankegraafi.ingest.facts.postponed import postponed
from hankegraafi.ingest.readers import read_bytes

_HEAD_MD = (
    "# Arjen tuki Pohjois-Savossa – tilannekatsaus\n\n**Hanke:** Arjen tuki Pohjois-Savossa\n"
    "**Rahoitus:** Sosiaali- ja terveysministeriö myönsi 870 000 euroa.\n\n"
)


def _goals(text: str, name: str) -> dict[str, str]:
    extraction = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {g.description: g.status for p in extraction.projects for g in p.goals}


def test_a_markdown_heading_of_the_goals_level_ends_the_goals() -> None:
    text = _HEAD_MD + (
        "## Tavoitteet ja niiden tila\n\n- Palveluohjaus yhdestä numerosta – toteutunut\n\n### Kotihoito\n\n"
        "- Iltakäynnit koko alueella – kesken\n\n## Ohjausryhmän seminaari 14.5.2025\n\n"
        "- 9.00 Tervetuloa\n- 11.30 Lounas\n- 12.30 Ryhmätyöt ja yhteenveto\n"
    )
    assert _goals(text, "katsaus.md") == {
        "Palveluohjaus yhdestä numerosta": "achieved",
        "Iltakäynnit koko alueella": "unfinished",
    }


def test_an_html_h2_ends_the_goals_and_an_h3_goes_on() -> None:
    text = (
        "<html><body><h1>Närhälsa i Västra Nyland</h1><p>Styrgruppens möte 12.3.2024 · Västra Nylands välfärdsområde</p>"
        "<p>Social- och hälsovårdsministeriet beviljade projektet 640 000 euro.</p>"
        "<h2>Mål – var står vi</h2><ul><li>Mobil mottagning i skärgården varje vecka – uppnått</li></ul>"
        "<h3>Äldreomsorg</h3><ul><li>Kvällsbesök hos äldre i alla tre kommuner – delvis uppnått</li></ul>"
        "<h2>Ärenden att besluta</h2><ul><li>Ansökan om förlängd projekttid (förslag)</li>"
        "<li>Nästa möte 7.5.2024</li></ul></body></html>"
    )
    assert _goals(text, "styrgrupp.html") == {
        "Mobil mottagning i skärgården varje vecka": "achieved",
        "Kvällsbesök hos äldre i alla tre kommuner": "partly-achieved",
    }


def test_a_heading_naming_targets_goes_on_the_goals() -> None:
    text = _HEAD_MD + (
        "## Tavoitteet\n\n- Palveluohjaus yhdestä numerosta – toteutunut\n\n## Tulokset suhteessa tavoitteisiin\n\n"
        "- Iltakäynnit koko alueella – kesken\n"
    )
    assert _goals(text, "katsaus.md") == {
        "Palveluohjaus yhdestä numerosta": "achieved",
        "Iltakäynnit koko alueella": "unfinished",
    }


def test_subsections_of_the_goals_and_goals_as_headings_of_the_same_level_go_on() -> None:
    """R13 (stop 48): a converted document flattens its levels (every heading "##")."""
    numbered = _HEAD_MD + (
        "## 3 Tavoitteet\n\nHankkeella on kaksi tavoitetta.\n\n## 3.1 Kotiutuksen nopeuttaminen\n\n"
        "Kotiutus nopeutuu kahdella päivällä. Tilanne: saavutettu.\n\n## 3.2 Etäkuntoutuksen laajentaminen\n\n"
        "Etäkuntoutus laajenee kaikkiin kuntiin. Tilanne: kesken.\n\n## 4 Kustannukset\n\nKulut kuten suunniteltiin.\n"
    )
    assert _goals(numbered, "r.md") == {
        "Kotiutus nopeutuu kahdella päivällä": "achieved",
        "Etäkuntoutus laajenee kaikkiin kuntiin": "unfinished",
    }
    headed = _HEAD_MD + (
        "## Tavoitteet\n\n## Kotiutus nopeutuu\n\nSaavutettu.\n\n## Etäkuntoutus laajenee\n\nKesken.\n\n"
        "## Riskit\n\nEi riskejä.\n"
    )
    assert _goals(headed, "r.md") == {"Kotiutus nopeutuu": "achieved", "Etäkuntoutus laajenee": "unfinished"}


def test_goals_as_headings_with_their_status_lines_apart_before_the_next_topic() -> None:
    text = (
        "<html><body><h1>Saatavuus Etelä-Karjalassa</h1><p>Etelä-Karjalan hyvinvointialueen hanke.</p>"
        "<h2>Tavoitteet</h2><h3>Omatiimi kaikilla asemilla</h3>"
        "<p>Tavoitteen toteutuminen: toteutunut (12/2023).</p><h3>Chat vastaa arkisin klo 8–18</h3>"
        "<p>Tavoitteen toteutuminen: kesken, Imatran osalta alkuvuodesta 2024.</p><h2>Resurssit</h2>"
        "<p>Luotu 3.5.2022</p></body></html>"
    )
    assert _goals(text, "sivu.html") == {
        "Omatiimi kaikilla asemilla": "achieved",
        "Chat vastaa arkisin klo 8–18": "unfinished",
    }


def test_not_yet_met_and_moved_to_a_later_time_is_moved_later() -> None:
    assert line_status("ei vielä toteutunut, siirtyy syksyyn 2025") == "moved-later"
    assert line_status("inte ännu uppnått, flyttas till våren 2026") == "moved-later"
    assert status_of("not yet met, postponed to spring 2026") == "moved-later"
    assert status_of("ei vielä toteutunut, siirtyy vuodelle 2024") == "moved-later"


def test_not_yet_met_and_handed_over_or_for_a_reason_is_unfinished() -> None:
    assert line_status("ei vielä toteutunut, siirtyy kuntayhtymän vastuulle") == "unfinished"
    assert status_of("ei vielä toteutunut, koska ohjaajat siirtyivät kevääksi muihin tehtäviin") == "unfinished"
    assert status_of("ei vielä toteutunut, seuranta jatkuu 2025") == "unfinished"


def test_a_verb_of_moving_wants_a_later_time() -> None:
    assert postponed("moves to", " spring 2026")
    assert postponed("moved to", " the next project period")
    assert not postponed("moved to", " another post")
    assert not postponed("moves to", " routine use in all towns")
    assert not postponed("moves to", " the next municipality after Kemi")
    assert not postponed("moved to", " the following units: Kemi, Tornio")
    assert status_of("Not yet achieved, moves to spring 2026") == "moved-later"
    assert status_of("Moves to 2026") == "moved-later"
    assert status_of("Siirtyy kunnalle") != "moved-later"
    assert status_of("Siirtyy") == "moved-later"


def test_the_goals_of_a_slide_deck_end_at_the_next_slide() -> None:
    text = _HEAD_MD + (
        "# Tavoitteet – missä ollaan\n\n- Chat vastaa arkisin → toteutunut\n- Valmennus verkossa → kesken\n\n"
        "# Päätettävät asiat\n\n- Haetaan jatkoaikaa työpaketille 2 (ehdotus)\n- Seuraava kokous 24.5.2023\n"
    )
    goals = _goals(text, "ohjausryhma.md")
    assert goals == {"Chat vastaa arkisin": "achieved", "Valmennus verkossa": "unfinished"}


def test_a_goal_label_after_a_key_of_its_own_is_left_out() -> None:
    """test39 oj02 "TP 1 / Tavoite 1: X", test34 oe17 "3.1 Tavoite: X": the goal is the words after the label."""
    text = (
        "SEURANTARAPORTTI 2/2024\nHanke: Kylien hoitajavastaanotot\nToteuttaja: Keski-Pohjanmaan hyvinvointialue\n\n"
        "Tavoitteet ja niiden toteutuminen\n\nOK 1 / Tavoite 1: Hoitajan vastaanotto jokaisessa kylätalossa\n"
        "kerran viikossa.\nToteutuminen: toteutunut\nOK 2 / Tavoite 1: Lääkärin etäkonsultaatio kylätaloilta.\n"
        "Toteutuminen: kesken\n\nOK 2 / Tavoitteiden seuranta: ohjausryhmä seuraa käyntimääriä kuukausittain.\n"
    )
    assert _goals(text, "raportti.txt") == {
        "Hoitajan vastaanotto jokaisessa kylätalossa kerran viikossa": "achieved",
        "Lääkärin etäkonsultaatio kylätaloilta": "unfinished",
    }
    numbered = (
        "# Slutrapport: Hemvård nära\n\n**Projekt:** Hemvård nära\n**Genomförare:** Östra Nylands välfärdsområde\n\n"
        "## 2. Mål och resultat\n\n2.1 Mål: Kvällsbesök i hemvården alla dagar i veckan.\n    Bedömning: uppnått.\n\n"
        "2.2 Mål: Digital medicinpåminnelse för hundra klienter.\n    Bedömning: delvis uppnått (64 klienter).\n"
    )
    assert _goals(numbered, "rapport.md") == {
        "Kvällsbesök i hemvården alla dagar i veckan": "achieved",
        "Digital medicinpåminnelse för hundra klienter": "partly-achieved",
    }
