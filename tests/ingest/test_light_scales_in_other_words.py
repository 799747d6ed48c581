"""Ratings of scales and places stop 35 claimed (invented reports): a target reached or not, a plan followed,
a column of dimensions in other words, a yes-or-no question that asks after a shortfall, a list after a lead
label, a legend of letters in brackets, values in the order of the dimensions named beside them, and a line
that breaks off a paragraph."""

from __future__ import annotations

import time

import pytest

from hankegraafi.ingest import lightclauses, lightorder, lightsweep, lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tavoitteen mukainen", "on-plan"),
        ("enligt målet", "on-plan"),
        ("on target", "on-plan"),
        ("below target", "deviation"),
        ("noudattaa suunnitelmaa", "on-plan"),
        ("följer tidsplanen", "on-plan"),
        ("according to plan", "on-plan"),
        ("epävarma", "deviation"),
        ("osäkert", "deviation"),
    ],
)
def test_a_target_reached_a_plan_followed_or_an_uncertain_state_rates(text: str, value: str) -> None:
    assert lighttext.value_of(text) == value


@pytest.mark.parametrize(
    ("label", "dimension"), [("Timetable", "schedule"), ("Staffing", "staff"), ("Työntekijät", "staff")]
)
def test_more_labels_of_the_dimensions(label: str, dimension: str) -> None:
    assert dimension_of(label) == dimension


def test_a_column_of_dimensions_in_other_words_rates_each_row() -> None:
    lines = [
        "Seurattava asia\tArvio",
        "Aikataulussa pysyminen\tenligt målet",
        "Budjetin käyttö\tunder målet",
        "Vaikutukset asukkaisiin\ton target",
    ]
    found = {(c.dimension, c.value) for c in lightsweep.candidates(lines)}
    assert found == {("schedule", "on-plan"), ("costs", "deviation"), ("benefits", "on-plan")}
    # Two such rows are no column of dimensions: "Henkilöstön koulutus" heads a plan's section too.
    assert {c.dimension for c in lightsweep.candidates(lines[:3])} == {None}


def test_a_question_that_asks_after_a_shortfall_is_a_deviation_when_answered_yes() -> None:
    lines = [
        "Kysymys\tVastaus",
        "Puuttuuko hankkeesta henkilöstöä?\tKyllä",
        "Is the project short of staff?\tNo",
        "Are costs over the budget?\tNo",
    ]
    found = [(c.dimension, c.value) for c in lightsweep.candidates(lines)]
    assert found == [("staff", "deviation"), ("staff", "on-plan"), ("costs", "on-plan")]


def test_a_list_of_ratings_after_a_lead_label() -> None:
    text = (
        "Hanke: Kotihoidon etäkäynnit\nSelite: V = vihreä, K = keltainen\n\n"
        "Kokonaistilanne – aikataulu V · kustannukset K · riskit V\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "risks": "on-plan"}


def test_a_legend_of_letters_in_brackets() -> None:
    legend = document_legend(["Förklaring: (g) enligt plan · (u) osäkert · (r) försenat"])
    assert legend == {"(g)": "on-plan", "(u)": "deviation", "(r)": "deviation"}
    text = "Projekt: Hemrehab i skärgården\n\nFörklaring: (g) enligt plan (r) försenat\n\nTidsplan\t(r)\nKostnader\t(g)\n"
    assert _lights(text) == {"schedule": "deviation", "costs": "on-plan"}


def test_values_in_the_order_of_the_dimensions_named_beside_them() -> None:
    assert lightorder.ordered(
        "Trafikljusen lyste grönt–gult–grönt–rött för tidplan, kostnader, personal och risker."
    ) == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("staff", "on-plan"),
        ("risks", "deviation"),
    ]
    assert lightorder.ordered("Valot (aikataulu / kustannukset / riskit): keltainen / vihreä / vihreä") == [
        ("schedule", "deviation"),
        ("costs", "on-plan"),
        ("risks", "on-plan"),
    ]
    # Each colour once is the scale written out; as many dimensions as values, or none.
    assert (
        lightorder.ordered("Aikataulu, kustannukset ja riskit arvioidaan asteikolla vihreä–keltainen–punainen.")
        == []
    )
    assert lightorder.ordered("Valot vihreä–vihreä–keltainen aikataululle ja kustannuksille.") == []


def test_values_in_order_across_a_line_break_in_a_news_item() -> None:
    text = (
        "Uutinen 3.3.2025\n\nHanke: Perhekeskus verkossa\n\n"
        "Kevään seurannassa liikennevalot näyttivät keltainen, vihreä, vihreä\n"
        "(järjestyksessä aikataulu, kustannukset, hyödyt).\n"
    )
    assert _lights(text) == {"schedule": "deviation", "costs": "on-plan", "benefits": "on-plan"}


def test_a_line_that_breaks_off_a_paragraph_is_read_with_the_paragraph() -> None:
    text = (
        "Hei,\n\nprojektet Seniorernas vardagsstöd i Lojo: kort lägesrapport.\n\n"
        "Läget just nu: tidsplanen följer planen, kostnaderna har överskridits eftersom hyrorna\n"
        "steg, personalsituationen är kritisk och riskerna är under kontroll.\n"
    )
    assert _lights(text) == {
        "schedule": "on-plan",
        "costs": "deviation",
        "staff": "deviation",
        "risks": "on-plan",
    }


@pytest.mark.parametrize("filler", ["\t" * 160_000, "a" * 160_000, "vihreä–" * 30_000, "– " * 80_000])
def test_values_in_order_read_a_long_line_in_linear_time(filler: str) -> None:
    started = time.process_time()
    lightorder.ordered(filler)
    lightsweep.candidates([filler, filler])
    assert time.process_time() - started < 2.0


def test_values_in_order_named_respectively_or_as_the_legends_codes() -> None:
    assert lightorder.ordered(
        "At the review, schedule, costs and staffing were green, amber and green respectively."
    ) == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("staff", "on-plan"),
    ]
    text = (
        "Hanke: Ravitsemusneuvonta kotiin\n\nMerkinnät: V = vihreä, K = keltainen\n\n"
        "Tilanne (aikataulu – kustannukset – riskit): V – K – V\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation", "risks": "on-plan"}


@pytest.mark.parametrize(
    "question", ["Onko henkilöstössä vajetta?", "Råder det brist på personal?", "Is there a staff shortage?"]
)
def test_more_questions_that_ask_after_a_shortfall(question: str) -> None:
    found = [(c.dimension, c.value) for c in lightsweep.candidates(["Kysymys\tVastaus", f"{question}\tKyllä"])]
    assert found == [("staff", "deviation")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ei suunnitelman mukainen", "deviation"),
        ("inte enligt plan", "deviation"),
        ("följer inte planen", "deviation"),
        ("not on track", "deviation"),
        ("ei riittävä", "deviation"),
        ("Ei ylity", "on-plan"),
        ("not over budget", "on-plan"),
        ("inte över budget", "on-plan"),
        ("ei poikkeamia", "on-plan"),
        ("Ei OK", "deviation"),
        # The negation is one clause's, not the value's.
        ("Tilanne ei ole kriittinen mutta vaatii seurantaa", "deviation"),
    ],
)
def test_a_denied_rating_phrase_is_the_other_value(text: str, value: str) -> None:
    assert lighttext.value_of(text) == value


@pytest.mark.parametrize(
    ("label", "dimension"), [("Timeline", "schedule"), ("Workforce", "staff"), ("Bemanning", "staff")]
)
def test_labels_of_time_and_staff_in_english_and_swedish(label: str, dimension: str) -> None:
    assert dimension_of(label) == dimension


def test_a_list_after_a_lead_label_parted_by_slashes() -> None:
    found = [
        (c.dimension, c.value)
        for c in lightsweep.candidates(["Valot syyskuussa – aikataulu vihreä / riskit punainen"])
    ]
    assert found == [("schedule", "on-plan"), ("risks", "deviation")]


def test_questions_after_a_problem_and_one_broken_over_two_lines() -> None:
    lines = [
        "Kysymys\tVastaus",
        "Onko aikataulusta jääty jälkeen?\tEi",
        "Onko hankkeessa pulaa henkilökunnasta?\tKyllä",
        "Onko tunnistettu riskejä, jotka voivat\tKyllä",
        "vaarantaa tavoitteet?",
    ]
    found = [(c.dimension, c.value) for c in lightsweep.candidates(lines)]
    assert found == [("schedule", "on-plan"), ("staff", "deviation"), ("risks", "deviation")]


def test_a_label_in_other_words_beside_lines_that_rate() -> None:
    lines = ["- Tidsplan — grön", "- Kostnader — gul", "- Nytta för klienterna — grön"]
    found = [(c.dimension, c.value) for c in lightsweep.candidates(lines)]
    assert found == [("schedule", "on-plan"), ("costs", "deviation"), ("benefits", "on-plan")]
    # Alone, such a label is no dimension: "Nytta för klienterna — grön" heads nothing rated.
    assert [c.dimension for c in lightsweep.candidates(lines[2:])] == []


def test_a_part_of_a_list_with_its_colour_last() -> None:
    text = (
        "Project: Youth Chat\n\nOverall in June: schedule green, costs green, benefits to young people amber\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "costs": "on-plan", "benefits": "deviation"}


def test_a_legends_worst_grade_in_words_the_vocabulary_does_not_know() -> None:
    legend = document_legend(["Legend: (+) as planned   (?) uncertain   (-) stalled"])
    assert legend == {
        "(+)": "on-plan",
        "(?)": "deviation",
        "(-)": "deviation",
        "(–)": "deviation",
        "(−)": "deviation",
    }


def test_a_paragraph_that_rates_three_dimensions_clause_by_clause() -> None:
    text = (
        "Hanke: Perhekeskus pyörillä\n\nTILANNE\n\n"
        "Hankkeen aikataulu on pysynyt suunnitellusti ja henkilöstöä on riittävästi, mutta kustannukset\n"
        "ylittävät budjetin, koska vuokrat nousivat. Asiakkaat ovat olleet tyytyväisiä.\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "staff": "on-plan", "costs": "deviation"}
    assert lightclauses.clause_light("but the costs exceeded the budget") == ("costs", "deviation")
    # Two dimensions are running text, not a list of ratings.
    assert lightclauses.paragraph_lights(["Aikataulu on pitänyt ja kustannukset ylittyivät."]) == {}


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("Is the clinic understaffed at the moment?", ("staff", "on-plan")),
        ("Is there a shortage of funds this year?", ("costs", "on-plan")),
        ("Toimiiko hanke vajaalla miehityksellä?", ("staff", "on-plan")),
    ],
)
def test_questions_that_name_their_dimension_inside_a_word_or_by_money(question: str, found: tuple) -> None:
    assert [(c.dimension, c.value) for c in lightsweep.candidates(["Q\tA", f"{question}\tNo"])] == [found]


def test_a_column_of_dimensions_in_other_words_rated_in_colours_needs_two_rows() -> None:
    lines = ["Näkökulma\tTilannearvio", "Pysyminen aikataulussa\tvihreä", "Työntekijöiden määrä\tpunainen"]
    assert {(c.dimension, c.value) for c in lightsweep.candidates(lines)} == {
        ("schedule", "on-plan"),
        ("staff", "deviation"),
    }


def test_a_row_naming_the_people_served_or_money_in_a_column_of_dimensions() -> None:
    lines = [
        "Aspect\tRating",
        "Keeping to the timetable\tgreen",
        "Money left for the year\tamber",
        "What the clients gained\tgreen",
    ]
    assert {(c.dimension, c.value) for c in lightsweep.candidates(lines)} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("benefits", "on-plan"),
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [("överskrids inte", "on-plan"), ("avviker inte", "on-plan"), ("kept to its timeline", "on-plan")],
)
def test_a_negation_after_its_verb_and_a_timeline_kept(text: str, value: str) -> None:
    assert lighttext.value_of(text) == value


def test_a_legend_of_signs_whose_words_the_vocabulary_lacks() -> None:
    legend = document_legend(["Merkit: (+) vauhdissa\t(0) odottaa\t(–) seis"])
    assert legend["(+)"] == "on-plan"
    assert legend["(0)"] == legend["(–)"] == "deviation"


def test_a_finnish_paragraph_with_the_schedule_kept_and_staffing_enough() -> None:
    said = [
        "Kesään mennessä hanke on pysynyt aikataulussaan, miehitys on ollut riittävä ja kulut alittivat budjetin."
    ]
    assert lightclauses.paragraph_lights(said) == {
        "schedule": "on-plan",
        "staff": "on-plan",
        "costs": "on-plan",
    }


def test_a_long_row_label_by_a_cue_of_its_dimension_or_the_people_served() -> None:
    lines = [
        "Aspect\tRating",
        "Getting things done on time\tgreen",
        "People in post\tamber",
        "What the elderly have gained from the visits\tgreen",
    ]
    assert {(c.dimension, c.value) for c in lightsweep.candidates(lines)} == {
        ("schedule", "on-plan"),
        ("staff", "deviation"),
        ("benefits", "on-plan"),
    }
