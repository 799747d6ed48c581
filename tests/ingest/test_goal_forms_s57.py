"""Goal forms of stop 57 (K1), from test48's and test50's misses and test42 om09; all texts are invented.

- A part's key before each goal and the verdict after an arrow, a colon or in brackets ("TP 1: X => toteutunut"):
  the parts reader took the lines for part headings (only a dash was a judged goal's tail); now a goal of the part
  (partwords._JUDGED, tune u2390).
- A sheet's goal table keyed by its parts' short word ("TP | Tavoite | Tilanne" over "TP1 | X | …", "TP1 | Y | …"):
  the codes reader took the second goal of a key for a verdict on the first (goalcodes: a code shared by goals is
  their part's; u2391, test46 oq13).
- A verb of reaching asked below a labelled goal ("Saavutettu: osittain"): the answer decides, not the verb
  (goalheads.opening_verdict; u2392).
- A list item's report on its own line, in emphasis or not ("*Result: met*", "Resultat: inte uppnått"), and the
  part's key in brackets before the goal ("(DP1) X") (goalreports, goalkeys; u2393).
- A form's options stacked one a line under the goal ("(x) Toteutunut" / "( ) Osittain"; goaltables._stacked, u2394).
- Verdicts by number with an answer's word ("Tavoite 3: Osittain, …"; goalnumbers), and a legend of symbols after a
  label ("Tilan merkit: 🟢 …, 🟡 …") no goal (goals._GLOSSED_MARKS; u2395).
- A goal table's head that asks whether the goal was met ("Tavoite | Toteutuiko tavoite?") is the verdict's column,
  and a heading in capitals below the table is no wrapped goal (goalcolumns, goaltables; u2396).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goals import legend_line
from hankegraafi.ingest.facts.partwords import judged_name
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "raportti.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


_HEAD = "Väliraportti 1/2025\nKotiin tukea Kainuussa\n\nToteuttaja: Kainuun hyvinvointialue\n\n"


@pytest.mark.parametrize(
    "name",
    [
        "Kotikäynti samana päivänä => toteutunut",
        "Kotikäynti samana päivänä -> onnistui osittain",
        "Kotikäynti samana päivänä → uppnått",
        "Kotikäynti samana päivänä: kesken",
        "Kotikäynti samana päivänä (ei toteutunut)",
        "Kotikäynti samana päivänä – saavutettu",
    ],
)
def test_a_parts_name_with_a_verdict_after_it_is_a_judged_goal(name: str) -> None:
    assert judged_name(name)


@pytest.mark.parametrize(
    "name", ["Kotihoidon iltapalvelut (Pori ja Rauma)", "Etäkuntoutus: Rovaniemi", "Kotisairaala -> Kajaani"]
)
def test_a_parts_name_with_places_after_it_is_no_goal(name: str) -> None:
    assert not judged_name(name)


def test_goals_keyed_by_a_parts_short_word_with_arrows() -> None:
    text = (
        _HEAD + "Arvio\n\tTP 1\tTP 2\nAikataulu\t1\t2\n\nTavoitteet\n"
        "TP 1: Iltakäynti järjestyy samana päivänä -> toteutui\n"
        "TP 2: Omaishoitajan vapaa varataan verkossa -> ei toteutunut\n\n"
        "Työpaketti 1: Kotihoidon illat\nTyöpaketti 2: Omaishoito\n"
    )
    assert _goals(text) == [
        ("Iltakäynti järjestyy samana päivänä", "achieved"),
        ("Omaishoitajan vapaa varataan verkossa", "not-achieved"),
    ]


def test_a_sheets_goal_table_keyed_by_parts_each_goal_kept() -> None:
    text = (
        "Hanke\tKotiin tukea Kainuussa\nToteuttaja\tKainuun hyvinvointialue\n\n"
        "Tavoitteet\nTP\tTavoite\tTilanne\nTP1\tIltakäynnit Kajaanissa ja Sotkamossa\tToteutunut\n"
        "TP1\tKuhmon yöpartio\tKesken\nTP2\tOmaishoitajien valmennus siirtyy verkkoon\tEi toteutunut\n"
        "TP2\tSuomussalmen vertaisryhmät\tSiirtyy kevääseen 2026\n"
    )
    assert sorted(_goals(text, "seuranta.tsv")) == [
        ("Iltakäynnit Kajaanissa ja Sotkamossa", "achieved"),
        ("Kuhmon yöpartio", "unfinished"),
        ("Omaishoitajien valmennus siirtyy verkkoon", "not-achieved"),
        ("Suomussalmen vertaisryhmät", "moved-later"),
    ]


def test_a_verb_of_reaching_asked_under_a_labelled_goal() -> None:
    text = (
        _HEAD
        + "C. ASETETUT TAVOITTEET\n\n  Tavoite 1: Iltakäynti järjestyy samana päivänä\n  Saavutettu: kyllä\n\n"
        "  Tavoite 2: Omaishoitajan vapaa varataan verkossa\n  Saavutettu: ei\n"
    )
    assert _goals(text) == [
        ("Iltakäynti järjestyy samana päivänä", "achieved"),
        ("Omaishoitajan vapaa varataan verkossa", "not-achieved"),
    ]


@pytest.mark.parametrize("emphasis", ["*", ""])
def test_a_list_items_result_line_and_its_bracketed_key(emphasis: str) -> None:
    text = (
        "# Home Help Kainuu project – progress update\n\nKainuu wellbeing services county, 1 June 2025.\n\n"
        "## Objectives\n\n"
        f"- (WP1) Evening visits start on the day of the call\n  {emphasis}Result: met in May{emphasis}\n"
        f"- (WP2) Carers book their days off online\n  {emphasis}Result: not met (forms still on paper){emphasis}\n"
    )
    assert _goals(text, "update.md") == [
        ("Evening visits start on the day of the call", "achieved"),
        ("Carers book their days off online", "not-achieved"),
    ]


def test_one_goal_with_a_bracket_before_it_keeps_it() -> None:
    text = _HEAD + "Tavoitteet\n\n- (Uusi) Iltakäynti järjestyy samana päivänä – toteutunut\n"
    assert _goals(text) == [("(Uusi) Iltakäynti järjestyy samana päivänä", "achieved")]


def test_a_forms_options_stacked_under_each_goal() -> None:
    text = (
        _HEAD
        + "3. Tavoitteet\nIltakäynti järjestyy samana päivänä\n(x) Toteutunut\n( ) Osittain\n( ) Ei toteutunut\n"
        "Omaishoitajan vapaa varataan verkossa\n( ) Toteutunut\n( ) Osittain\n(x) Ei toteutunut\n4. Kustannukset\n"
    )
    assert _goals(text) == [
        ("Iltakäynti järjestyy samana päivänä", "achieved"),
        ("Omaishoitajan vapaa varataan verkossa", "not-achieved"),
    ]


def test_verdicts_by_number_with_an_answers_word() -> None:
    text = (
        _HEAD
        + "Tavoitteet\n1. Iltakäynti järjestyy samana päivänä\n2. Omaishoitajan vapaa varataan verkossa\n\n"
        "Tavoite 1: Toteutunut\nTavoite 2: Osittain, vain Kajaanissa\n"
    )
    assert _goals(text) == [
        ("Iltakäynti järjestyy samana päivänä", "achieved"),
        ("Omaishoitajan vapaa varataan verkossa", "partly-achieved"),
    ]


def test_a_legend_of_symbols_after_its_label_is_no_goal() -> None:
    assert legend_line("Tilan merkit: 🟢 suunnitelman mukainen, 🟡 poikkeama, 🔴 vakava poikkeama.")
    assert legend_line("Merkit: ● valmis · ◐ kesken · ○ ei aloitettu")
    assert not legend_line("✅ Chat auki ✅ Neuvonta auki")  # two goals marked on one line, no label
    assert not legend_line("Iltakäynti järjestyy samana päivänä → saavutettu")


def test_a_goal_tables_head_asking_whether_met_and_a_heading_below() -> None:
    text = (
        "LOPPURAPORTTI;\nHanke;Kotiin tukea Kainuussa\nToteuttaja;Kainuun hyvinvointialue\n;\n"
        "Tavoite;Toteutuiko tavoite?\nIltakäynti järjestyy samana päivänä;Kyllä\n"
        "Omaishoitajan vapaa varataan verkossa;Myöhemmin, keväällä 2026\n;\nKUSTANNUKSET KOKO HANKEAJALTA;\n"
        "Kustannukset raportoidaan erikseen.;\n"
    )
    assert _goals(text, "loppuraportti.csv") == [
        ("Iltakäynti järjestyy samana päivänä", "achieved"),
        ("Omaishoitajan vapaa varataan verkossa", "moved-later"),
    ]


def test_a_goals_code_that_opens_a_later_verdict_is_the_goals_own() -> None:
    text = (
        _HEAD + "Tavoitteet\n\nTavoite 1: Iltakäynti järjestyy samana päivänä.\nTavoite 2: Omaishoitajan vapaa "
        "varataan verkossa.\n\nTavoitteiden toteutuminen\n\nTavoite 1 toteutui: iltakäynnit vakiintuivat. "
        "Tavoite 2 siirtyi jatkohankkeeseen.\n"
    )
    found = _goals(text)
    assert ("Iltakäynti järjestyy samana päivänä.", "achieved") in found
    assert ("Omaishoitajan vapaa varataan verkossa.", "moved-later") in found
