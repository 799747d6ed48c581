"""Stop 39 (L11): light matrices whose columns are the parts' short keys, legends of word marks one a line,
sentence legends with "stands for / refers to / menas / tarkoitetaan", colon legends after a key label, and a
form's chosen option after a pointer mark. Each with its negative side."""

from __future__ import annotations

from hankegraafi.ingest import lightvalues
from hankegraafi.ingest.lightunits import keyed_part

PARTS = """Projektet består av två delområden:

- Delområde 1: Hemrehabilitering (DO1)
- **Osio B: Etäseuranta kotona** – mittauslaitteet ja hoitajan etäkäynnit
Kuntien lyhenteet: Kuopio (KUO), Siilinjärvi (SII).
"""


def test_a_key_is_the_part_the_document_named_with_it() -> None:
    assert keyed_part(PARTS, "DO1") == "Delområde 1: Hemrehabilitering"
    assert keyed_part(PARTS, "B") == "Osio B: Etäseuranta kotona"


def test_a_key_no_part_line_gives_is_no_part() -> None:
    assert keyed_part(PARTS, "KUO") == "Kuntien lyhenteet: Kuopio"  # the caller's match_part_line refuses it
    assert keyed_part(PARTS, "DO3") == ""
    assert keyed_part(PARTS, "Aikataulu") == ""


def test_word_marks_given_one_a_line_are_a_legend() -> None:
    lines = ["raiteilla = suunnitelman mukaan", "sivuraiteella = poikkeama suunnitelmasta"]
    assert lightvalues.document_legend(lines) == {"raiteilla": "on-plan", "sivuraiteella": "deviation"}
    listed = ["- i takt = enligt plan", "- i otakt = avviker från planen"]
    assert lightvalues.document_legend(listed) == {"i takt": "on-plan", "i otakt": "deviation"}


def test_a_glossary_one_a_line_is_no_legend() -> None:
    assert lightvalues.document_legend(["hemvård = vård i hemmet", "närvård = vård nära hemmet"]) == {}


def test_sentence_legends_in_other_verbs() -> None:
    stands = [
        '"Cruising" stands for work that follows the project plan; "bumpy" and "grounded" stand for deviations.'
    ]
    assert lightvalues.document_legend(stands) == {
        "cruising": "on-plan",
        "bumpy": "deviation",
        "grounded": "deviation",
    }
    menas = ["Med »rullar« menas att området följer projektplanen. »Hackar« och »står« är avvikelser."]
    assert lightvalues.document_legend(menas) == {
        "rullar": "on-plan",
        "hackar": "deviation",
        "står": "deviation",
    }
    meant = [
        "Sanalla myötätuuli tarkoitetaan, että osa-alue etenee suunnitelman mukaan. Vastatuuli ja tyyni ovat poikkeamia."
    ]
    assert lightvalues.document_legend(meant) == {
        "myötätuuli": "on-plan",
        "vastatuuli": "deviation",
        "tyyni": "deviation",
    }
    refers = [
        '"Steady" refers to an area that follows the project plan. "Wobbly" and "stuck" refer to deviations.'
    ]
    assert lightvalues.document_legend(refers) == {
        "steady": "on-plan",
        "wobbly": "deviation",
        "stuck": "deviation",
    }


def test_a_definition_in_those_verbs_is_no_legend() -> None:
    assert (
        lightvalues.document_legend(["Med hemmaboende menas i rapporten att klienten bor kvar i egen bostad."])
        == {}
    )
    assert (
        lightvalues.document_legend(['"Night line" stands for the pharmacist\'s phone service at night.']) == {}
    )


def test_a_key_label_over_marks_given_with_a_colon() -> None:
    key = ["Key — On course: as planned · Drifting: minor deviation · Off course: serious deviation"]
    assert lightvalues.document_legend(key) == {
        "on course": "on-plan",
        "drifting": "deviation",
        "off course": "deviation",
    }


def test_colon_items_that_are_shares_terms_or_lights_are_no_legend() -> None:
    assert lightvalues.document_legend(["Very satisfied: 41 % · Satisfied: 38 % · Not satisfied: 21 %"]) == {}
    assert (
        lightvalues.document_legend(
            ["Selite: Kotihoito: kotona annettava hoito · Päivätoiminta: ryhmätoiminta"]
        )
        == {}
    )
    assert lightvalues.document_legend(["Selite: Aikataulu: vihreä · Kustannukset: keltainen"]) == {}


def test_a_forms_chosen_option_after_its_pointer() -> None:
    assert lightvalues.value_of("» Ei poikkeamaa") == "on-plan"
    assert lightvalues.value_of("» Vähäinen poikkeama") == "deviation"
    assert lightvalues.value_of("› Enligt plan") == "on-plan"


def test_a_phrase_mark_that_qualifies_a_word_mark_is_its_own() -> None:
    legend = lightvalues.document_legend(
        ["Selite: kuitattu = suunnitelman mukaan; kuitattu ehdoin = poikkeama, korjaus"]
    )
    token = lightvalues.LEGEND.set(legend)
    try:
        assert lightvalues.value_of("kuitattu ehdoin") == "deviation"
        assert lightvalues.value_of("kuitattu") == "on-plan"
    finally:
        lightvalues.LEGEND.reset(token)


def test_a_bare_part_is_named_by_an_apposition_in_any_case() -> None:
    from hankegraafi.ingest.lightunits import named_in_text

    text = "Projektet har två delprojekt: delprojekt 1, Hemrehab, och delprojekt 2, Minnesstöd. Osahanke 3, joka alkaa."
    assert named_in_text(text, "Delprojekt 1") == "Hemrehab"
    assert named_in_text(text, "Delprojekt 2") == "Minnesstöd"
    assert named_in_text(text, "Osahanke 3") == ""  # a relative clause, no name
    assert named_in_text("Investointi 1, 2 ja 3 jatkuvat.", "Investointi 1") == ""


def test_a_table_of_changes_to_the_plan_rates_when_the_document_says_what_no_change_means() -> None:
    from hankegraafi.ingest.lightchanges import changed_rows

    table = [
        "Osa-alue\tMuutokset",
        "Aikataulu\tei muutoksia",
        "Henkilöstö\ttoimi täytettiin myöhemmin",
        "Riskit\t–",
    ]
    said = ["Osa-alue, jossa ei tehty muutoksia, eteni suunnitelman mukaan.", "", *table]
    assert changed_rows(said) == [(4, "schedule", "on-plan"), (5, "staff", "deviation")]
    assert changed_rows(table) == []  # no sentence says what no change means
    history = ["Versio\tMuutokset", "1.0\tensimmäinen versio", "1.1\tliite lisätty", said[0]]
    assert changed_rows(history) == []  # a version history names no dimension


def test_a_legend_of_scores_out_of_their_maximum() -> None:
    legend = lightvalues.document_legend(["Key: 2/2 = on plan, 1/2 = minor deviation, 0/2 = major deviation"])
    assert legend == {"2": "on-plan", "1": "deviation", "0": "deviation"}
    token = lightvalues.LEGEND.set(legend)
    try:
        assert lightvalues.value_of("2/2") == "on-plan"
        assert lightvalues.value_of("1/2") == "deviation"
    finally:
        lightvalues.LEGEND.reset(token)


def test_verdicts_as_labels_over_lists_of_dimensions() -> None:
    from hankegraafi.ingest.lightclauses import verdict_lists

    said = ["Suunnitelmassa: aikataulu, henkilöstö ja hyödyt.", "Poikkeamia: kustannukset ja riskit."]
    assert verdict_lists(said) == {
        "schedule": "on-plan",
        "staff": "on-plan",
        "benefits": "on-plan",
        "costs": "deviation",
        "risks": "deviation",
    }
    assert verdict_lists(["Styrgruppens bedömning: Enligt plan: tidtabell.", "Avvikelser: kostnader."]) == {
        "schedule": "on-plan",
        "costs": "deviation",
    }
    assert verdict_lists(["Poikkeamia: kustannukset."]) == {}  # one verdict alone
    assert verdict_lists(["Onnistumisia: kotikäynnit ja ryhmät.", "Poikkeamia: kustannukset."]) == {}


def test_a_whole_count_and_a_short_one_by_the_legends_words() -> None:
    legend = lightvalues.document_legend(["(full marks = on plan, partial marks = a deviation from the plan)"])
    token = lightvalues.LEGEND.set(legend)
    try:
        assert lightvalues.value_of("5/5") == "on-plan"
        assert lightvalues.value_of("3/5") == "deviation"
    finally:
        lightvalues.LEGEND.reset(token)


def test_counts_written_n_of_m_and_colon_legends_parted_by_bars() -> None:
    legend = lightvalues.document_legend(["A complete count = on plan; an incomplete count = a deviation."])
    token = lightvalues.LEGEND.set(legend)
    try:
        assert lightvalues.value_of("6 of 6") == "on-plan"
        assert lightvalues.value_of("3 of 5") == "deviation"
    finally:
        lightvalues.LEGEND.reset(token)
    bars = ["Selite — Tasaista: suunnitelman mukaan | Aaltoilee: pieni poikkeama | Myrskyää: vakava poikkeama"]
    assert lightvalues.document_legend(bars) == {
        "tasaista": "on-plan",
        "aaltoilee": "deviation",
        "myrskyää": "deviation",
    }
    assert (
        lightvalues.document_legend(["Osallistujakysely — Erittäin tyytyväinen: 46 % | Tyytyväinen: 39 %"])
        == {}
    )
