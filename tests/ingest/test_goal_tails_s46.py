"""Forms of a goal's verdict read by G3 (stop 46), each seen with more than one author.

Invented text, other areas and wording than the development documents that showed the forms:

- a task list's open box with the verdict after the goal in emphasis, bracketed or as a sentence
  ("- [ ] X *(osittain: 3/5 kuntaa)*" test37, "- [ ] X. *Siirtyy vuodelle 2026.*" test34); a bracket of
  places after an open box is no verdict (the negative);
- goals judged one by one in a sentence of running text after a lead that names them, at their numbers or at
  semicolons ("Tavoitteiden tilanne: X on toteutunut osittain (…); Y on toteutunut." test36, "(1) X; tavoite on
  saavutettu. (2) …" test24, 'investointi 1:n tavoite "X" on saavutettu; …' test30), or in numbered items after a
  lead without a colon ("Vuoden 2022 tavoitteista" / "1) X (saavutettu)," test37); costs, decisions and
  procurements enumerated the same way are no goals (the negatives); a goals label's line read as one goal
  ("Mål: X – uppnått; Y – delvis uppnått." test23) is its items, each judged after its dash;
- a goals title with whose or which period's goals after it ("Mål för 2023" test32, "Goals of the model" test21,
  "MÅLEN I PROJEKTPLANEN" test37) over its list; risks titled the same way are no goals (the negative).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalleads import goal_title
from hankegraafi.ingest.facts.goaltails import emphasised_verdict, judged_items, verdict_of
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "katsaus.md") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_status_label_with_its_detail_after_a_colon_is_the_label_s_status() -> None:
    assert verdict_of("osittain: 22 % kesäkuussa") == "partly-achieved"
    assert verdict_of("delvis: Borgå klart") == "partly-achieved"
    assert verdict_of("Ei toteutunut: selvitys jäi kesken.") == "not-achieved"
    assert verdict_of("vastuu: hankepäällikkö") is None


def test_an_emphasised_tail_is_the_verdict_only_when_it_states_a_status() -> None:
    assert emphasised_verdict("Iltakäynneistä kolmannes kuvapuheluna *(osittain: 22 %)*") == (
        "Iltakäynneistä kolmannes kuvapuheluna",
        "osittain: 22 %",
        "partly-achieved",
    )
    assert emphasised_verdict("Muistutukset kaikille asiakkaille _(siirtyy vuodelle 2026)_")[2] == "moved-later"
    assert emphasised_verdict("Omaiset mukaan käynneille. *Ei toteutunut.*")[2] == "not-achieved"
    assert emphasised_verdict("Palaute kerätään sähköisesti *(Kuopio ja Iisalmi)*") is None
    assert emphasised_verdict("Diary entries visible to the client *(released 3/2024)*") is None


_LIST = """# Kotihoidon etäkäynnit Savossa

Puolivuotiskatsaus 2/2025 · Pohjois-Savon hyvinvointialue

**Hanke:** Kotihoidon etäkäynnit Savossa

## Tavoitteiden tilanne

- [x] Etäkäynnit ovat arkea Kuopion kotihoidossa
- [ ] Iltakäynneistä kolmannes tehdään kuvapuheluna *(osittain: 22 % kesäkuussa)*
- [ ] Lääkemuistutukset automatisoidaan _(siirtyy vuodelle 2026)_
- [ ] Omaiset voivat osallistua etäkäynnille. *Ei toteutunut: selvitys jäi kesken.*
- [ ] Asiakaspalaute kerätään sähköisesti (Kuopio ja Iisalmi)
"""


def test_an_open_box_s_goal_takes_the_verdict_written_after_it() -> None:
    assert _goals(_LIST) == [
        ("Etäkäynnit ovat arkea Kuopion kotihoidossa", "achieved"),
        ("Iltakäynneistä kolmannes tehdään kuvapuheluna", "partly-achieved"),
        ("Lääkemuistutukset automatisoidaan", "moved-later"),
        ("Omaiset voivat osallistua etäkäynnille", "not-achieved"),
        ("Asiakaspalaute kerätään sähköisesti (Kuopio ja Iisalmi)", "unknown"),
    ]


def test_goals_judged_one_by_one_in_a_sentence_after_a_lead_naming_them() -> None:
    assert judged_items(
        "Måluppfyllelse hittills: hemrehabilitering i alla kommuner har uppnåtts; kvällsmottagning i Hangö har"
        " delvis uppnåtts (två kvällar av fyra); tidsbokning på nätet har inte uppnåtts."
    ) == [
        ("hemrehabilitering i alla kommuner", "achieved"),
        ("kvällsmottagning i Hangö", "partly-achieved"),
        ("tidsbokning på nätet", "not-achieved"),
    ]
    assert judged_items(
        "The project had two goals. (1) A kiosk in every village school; this goal was met. (2) Video calls"
        " with a nurse every weekday; this goal was partly met."
    ) == [
        ("A kiosk in every village school", "achieved"),
        ("Video calls with a nurse every weekday", "partly-achieved"),
    ]
    assert judged_items(
        'Tavoitetilanne: osahankkeen 1 tavoite "Kotikäynti viikon sisällä kotiutuksesta" on saavutettu;'
        ' osahankkeen 2 tavoite "Omaisten ryhmä joka kunnassa" on kesken (2/4).'
    ) == [
        ("Kotikäynti viikon sisällä kotiutuksesta", "achieved"),
        ("Omaisten ryhmä joka kunnassa", "unfinished"),
    ]


def test_the_same_shape_after_a_lead_that_names_no_goals_is_none() -> None:
    assert (
        judged_items("Upphandlingarna: utrustningen har levererats; videoutrustningen har delvis levererats.")
        == []
    )
    assert (
        judged_items("Kustannuksista 1) henkilöstökulut (toteutunut 92 %), 2) ostopalvelut (toteutunut 40 %).")
        == []
    )
    assert (
        judged_items("Lautakunta päättää 1) merkitä väliarvion tiedoksi, 2) lähettää sen aluehallitukselle.")
        == []
    )


_MINUTE = """KESKI-SUOMEN HYVINVOINTIALUE\tPÖYTÄKIRJA\t4/2024
Sosiaali- ja terveyslautakunta

§ 52\tPERHEIDEN ARKI -HANKKEEN TILANNE
        KSHVA/233/00.01.02/2024

Perustelut\tPerheiden arki -hanke on edennyt.

                Hankkeen vuoden 2024 tavoitteista
                1) perhetyöhön pääsee kahden viikon kuluessa Jämsässä
                   (toteutunut),
                2) lastensuojelun asiakasmäärä vähenee kymmenyksellä
                   (osittain, vähennys 6 %),
                3) etävastaanotto avataan Äänekoskella (ei toteutunut,
                   siirtyy vuodelle 2025).

Päätös\tMerkittiin tiedoksi.
"""


def test_numbered_items_after_a_lead_of_the_goals_without_a_colon() -> None:
    goals = dict(_goals(_MINUTE, "poytakirja.txt"))
    assert goals["perhetyöhön pääsee kahden viikon kuluessa Jämsässä"] == "achieved"
    assert goals["lastensuojelun asiakasmäärä vähenee kymmenyksellä"] == "partly-achieved"


_PAGE = """Österbottens välfärdsområde
Projektsida, uppdaterad 3.2.2025

Kvällsvård på distans i Österbotten

Projektet Kvällsvård på distans i Österbotten utvecklar videobesök i hemvården i Jakobstad.

Mål: videobesök hos 40 klienter – uppnått; kvällsbesök i Pedersöre – delvis uppnått.
"""


def test_a_goals_label_s_line_is_its_items_each_judged_after_its_dash() -> None:
    assert _goals(_PAGE, "projektsida.txt") == [
        ("videobesök hos 40 klienter", "achieved"),
        ("kvällsbesök i Pedersöre", "partly-achieved"),
    ]


def test_a_goals_title_with_whose_or_which_period_s_goals_after_it() -> None:
    assert goal_title("Mål för 2023 enligt projektplanen")
    assert goal_title("Objectives for the second year")
    assert goal_title("MÅLEN I PROJEKTPLANEN")
    assert goal_title("Tavoitteet vuodelle 2025")
    assert not goal_title("Riskit vuodelle 2025")
    assert not goal_title("Goals of the project were met")


_MAIL = """Subject: Lägesrapport – Digital rådgivning i Österbotten
Date: Mon, 04 Nov 2024 09:12:00 +0200

Hej, här är läget för projektet Digital rådgivning i Österbotten, som Österbottens välfärdsområde driver.

MÅL FÖR 2024
  1. Rådgivning via video i Vasa
     -> uppnått i maj
  2. Hälften av samtalen sker på distans
     -> delvis uppnått, 35 % i september

RISKER FÖR 2024
  1. Rådgivarnas sjukfrånvaro
"""


def test_numbered_goals_under_such_a_title_answered_below_after_an_arrow() -> None:
    assert _goals(_MAIL, "lagesrapport.eml") == [
        ("Rådgivning via video i Vasa", "achieved"),
        ("Hälften av samtalen sker på distans", "partly-achieved"),
    ]
