"""Goal tables named by a kindred word, and goals judged by the share of their target reached (stop 37, G6).

Invented text. Classes: a goal table's goal column named by a compound or kindred word ("Osatavoite",
"Välitavoite / tavoite", "Delmål", "Milestone / key deliverable"), its status column stating achievement
(facts/goalcolumns._KINDRED_HEADER); a milestone's words of lateness and progress ("myöhässä", "Delayed",
"etenee", "On track", "Delivered"; status.ttl); a legend in brackets after a caption ("(K = kyllä, …, E = ei)");
a share of the target reached after a goal under a heading that names achievement ("X – 130 %", "X 0 %";
facts/goalshares.py). Negative side: a savings target's sums ("Säästötavoite | Toteuma"), a payment plan
("Payment milestone | Status" over "Paid"), the same shares under a heading that names goals only (a target level).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalcolumns import goal_columns
from hankegraafi.ingest.facts.goalmarks import goal_legend
from hankegraafi.ingest.facts.goalstatus import percent_status, status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Hanke: Arjen apu\n\nKanta-Hämeen hyvinvointialue\n\nHanke toimii Hämeenlinnassa ja Forssassa.\n\n"


def goals(body: str, name: str = "raportti.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_kindred_goal_columns() -> None:
    rows = [
        ["Välitavoite / tavoite", "Määräaika", "Tila"],
        ["Hoitoketjut kuvattu neljälle ryhmälle", "6/2024", "Saavutettu"],
        ["Etäkäynnit kaikissa kunnissa", "12/2024", "myöhässä"],
    ]
    assert goal_columns(rows) is not None and goal_columns(rows)[:2] == (0, 2)
    rows = [
        ["Delmål", "Läge"],
        ["Nattpatrull i två kommuner", "klart"],
        ["Larmcentral med räddningsverket", "pågår"],
    ]
    assert goal_columns(rows)[:2] == (0, 1)
    # Negative: a savings target's sums, a payment plan's statuses.
    assert (
        goal_columns(
            [["Säästötavoite", "Toteuma"], ["Ostopalvelut vähenevät", "18 000 €"], ["Matkat", "4 200 €"]]
        )
        is None
    )
    assert (
        goal_columns(
            [
                ["Payment milestone", "Amount", "Status"],
                ["First instalment", "1", "Paid"],
                ["Second", "2", "Invoiced"],
            ]
        )
        is None
    )


def test_milestone_words() -> None:
    assert status_of("myöhässä, jatkuu syksyllä") == "moved-later"
    assert status_of("Delayed") == "moved-later"
    assert status_of("Försenat") == "moved-later"
    assert status_of("Etenee, 980 (12/2024)") == "unfinished"
    assert status_of("On track") == "unfinished"
    assert status_of("Delivered M6") == "achieved"
    assert status_of("Paid") is None


def test_legend_in_brackets_keeps_its_last_mark() -> None:
    assert goal_legend(["Välitavoitteet (K = kyllä, O = osittain, E = ei)"]) == {
        "k": "achieved",
        "o": "partly-achieved",
        "e": "not-achieved",
    }


def test_a_share_over_the_target_is_met() -> None:
    assert percent_status("130 %") == "achieved"
    assert percent_status("0 %") == "not-achieved"
    assert percent_status("0,5 %") == "partly-achieved"


def test_milestone_table_in_a_report() -> None:
    body = (
        "2 Osatavoitteet\n\nOsatavoite\tAikataulu\tTilanne\n"
        "Kotikäyntien mobiilikirjaus käytössä\t3/2024\tvalmis\n"
        "Yöpartio molemmissa kunnissa\t9/2024\tmyöhässä, siirtyy 2025\n"
        "Omaishoitajien vertaisryhmä verkossa\t12/2024\tetenee\n\n"
        "3 Säästöt\n\nSäästötavoite\tToteuma\nOstopalvelujen vähentäminen\t18 000 €\nMatkakulut puoleen\t4 200 €\n"
    )
    assert goals(body) == [
        ("Kotikäyntien mobiilikirjaus käytössä", "achieved"),
        ("Yöpartio molemmissa kunnissa", "moved-later"),
        ("Omaishoitajien vertaisryhmä verkossa", "unfinished"),
    ]


def test_shares_under_achievement_and_under_goals() -> None:
    body = (
        "## Tavoitteiden toteutuminen\n\n- Kotikuntoutus jokaiselle kotiutuvalle – 130 %\n"
        "- Etäohjaus kahdesti viikossa: 60 %\n- Kuntosaliryhmä Forssassa 0 %\n"
    )
    assert goals(body, "katsaus.md") == [
        ("Kotikuntoutus jokaiselle kotiutuvalle", "achieved"),
        ("Etäohjaus kahdesti viikossa", "partly-achieved"),
        ("Kuntosaliryhmä Forssassa", "not-achieved"),
    ]
    body = "## Tavoitteet\n\n- Kotona asuvien osuus nousee 93 %\n- Hoitajien välitön asiakastyö 60 %\n"
    assert [s for _, s in goals(body, "suunnitelma.md")] == ["unknown", "unknown"]


def test_a_project_managers_words_of_a_milestone() -> None:
    assert status_of("Complete (163 clients)") == "achieved"
    assert status_of("Slipped to Q2 2026") == "moved-later"
    assert status_of("Senarelagt till 2025") == "moved-later"
    assert status_of("At risk, 212 done so far") == "unfinished"
    assert status_of("Descoped in February 2025") == "not-achieved"
    assert status_of("Ej genomfört") == "not-achieved"
    assert status_of("Valmis osittain") == "partly-achieved"  # the whole's label said of a part
    assert status_of("Klart delvis") == "partly-achieved"
    assert status_of("at risk of slipping") is None  # a risk, no milestone's state


def test_milestones_section_is_goals() -> None:
    body = (
        "## Key milestones\n\n- Night-time remote monitoring for 80 clients — Complete (86 clients)\n"
        "- Shared alarm centre with the rescue department — Slipped to Q1 2026\n\n"
        "## Key risks\n\n- Night nurses are hard to recruit — at risk of slipping\n"
    )
    assert goals(body, "update.md") == [
        ("Night-time remote monitoring for 80 clients", "achieved"),
        ("Shared alarm centre with the rescue department", "moved-later"),
    ]


def test_goals_judged_later_by_their_codes() -> None:
    body = (
        "## Objectives\n\n- G1 Same-day call-back for every family carer\n- G2 Volunteer support persons in all towns\n"
        "- G3 Carers' peer evenings in Swedish\n\n## Assessment\n\n"
        "Assessment, November 2024: G1 achieved. G2 partly achieved, one town has no volunteers yet. G3 moved to 2025.\n"
        "The G2 working group met twice in the autumn.\n"
    )
    assert goals(body, "interim.md") == [
        ("Same-day call-back for every family carer", "achieved"),
        ("Volunteer support persons in all towns", "partly-achieved"),
        ("Carers' peer evenings in Swedish", "moved-later"),
    ]
    body = (
        "1 Mål\nMål 1: Rådgivning per telefon varje vardag\nMål 2: Hembesök hos alla som fyller 80 år\n\n"
        "2 Läget\nMål 1 uppnåddes redan i mars. Mål 2 diskuterades i styrgruppen.\n"
    )
    assert goals(body, "lagesrapport.txt") == [
        ("Rådgivning per telefon varje vardag", "achieved"),
        ("Hembesök hos alla som fyller 80 år", "unknown"),  # a code with no verdict judges nothing
    ]


def test_a_legend_of_the_verb_of_reaching_is_no_goal() -> None:
    from hankegraafi.ingest.facts.goalforms import explains_marks

    assert explains_marks("●●●●● = målet nåddes helt, ○○○○○ = målet nåddes inte alls.")
    assert explains_marks("Tre fyllda prickar betyder att målet nåddes delvis.")
    assert not explains_marks("Familjearbetare på kvällstid i båda kommunerna")


def test_a_status_before_its_goal_in_a_table_without_a_header() -> None:
    assert status_of("→ 2026") == "moved-later"
    assert status_of("-> syksy 2025") == "moved-later"
    assert status_of("→ X") is None
    body = (
        "2 Tavoitteet\n\n✔ valmis\tKotikuntoutusjakso jokaiselle lonkkamurtumapotilaalle\n"
        "◐ osittain\tFysioterapeutin etäkäynnit kahdesti viikossa\n"
        "→ syksy 2025\tYhteinen asiakassuunnitelma kuntien kanssa\n\n"
        "3 Aikataulu\n\n3/2024\tHankkeen aloitustilaisuus Hämeenlinnassa\n9/2025\tLoppuseminaari ja tulosten esittely\n"
    )
    assert goals(body) == [
        ("Kotikuntoutusjakso jokaiselle lonkkamurtumapotilaalle", "achieved"),
        ("Fysioterapeutin etäkäynnit kahdesti viikossa", "partly-achieved"),
        ("Yhteinen asiakassuunnitelma kuntien kanssa", "moved-later"),
    ]


def test_a_legend_of_marks_without_equals_judges_the_marked_goals() -> None:
    from hankegraafi.ingest.facts.goalmarks import mark_items

    assert mark_items("Merkit: (/) toteutunut · (!) osittain · (x) ei toteudu") == {
        "(/)": "achieved",
        "(!)": "partly-achieved",
        "(x)": "not-achieved",
    }
    assert mark_items("Merkinnät kalenterissa: [v] vahvistettu ; [~] alustava") == {}  # no statuses
    body = (
        "## Tavoitteet\n\nMerkinnät: [v] toteutunut ; [~] osittain ; [>] siirtyy\n\n"
        "- [v] Iltakäynti jokaiseen syrjäkylään kahdesti viikossa\n- [~] Kotihoidon etäkäynnit kylille\n"
        "- [>] Yhteinen kyläkuljetus kirjaston kanssa\n"
    )
    assert goals(body, "sivu.md") == [
        ("Iltakäynti jokaiseen syrjäkylään kahdesti viikossa", "achieved"),
        ("Kotihoidon etäkäynnit kylille", "partly-achieved"),
        ("Yhteinen kyläkuljetus kirjaston kanssa", "moved-later"),
    ]
