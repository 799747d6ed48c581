"""A legend of a yes-or-no answer's marks that says which answer deviates (issue 13, stop 45).

"✓ = kyllä, ✗ = ei (poikkeama)" under a table of parts whose columns are the dimensions named as their good
state ("Aikataulussa | Budjetissa | Henkilöstö riittää | Riskit hallinnassa", test36 og16): the yes is on plan,
the no a deviation. "Suunnitelman mukaan (1 = kyllä, 0 = ei)" as a column's header (test24 r16) is the same
class, left while r16's parts are no units. A yes-or-no legend that says neither ("K = kyllä, E = ei" under a checklist, or after "Onko viiveitä?", whose yes
is the deviation) explains no light. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest import lightvalues
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def test_a_no_glossed_as_a_deviation_makes_the_yes_on_plan() -> None:
    legend = lightvalues.document_legend(["X = kyllä, O = ei (poikkeama)"])
    assert legend == {"X": "on-plan", "O": "deviation"}
    assert lightvalues.document_legend(["J = ja, N = nej (avvikelse)"]) == {"J": "on-plan", "N": "deviation"}


def test_a_legend_inside_a_question_on_plan_gives_its_yes_on_plan() -> None:
    """test24 r16's form (stop 51: the question decides; r16's rows, rated by parts' keys, give no light yet)."""
    legend = lightvalues.document_legend(["Osa\tMittari\tSuunnitelman mukaan (1 = kyllä, 0 = ei)"])
    assert legend == {"1": "on-plan", "0": "deviation"}


def test_a_yes_or_no_legend_takes_its_values_from_the_question_it_answers() -> None:
    """Stop 51 (test42 om15 "ENLIGT PLAN?  ☑ = ja  ☐ = nej"): a question after a problem makes the yes a deviation,
    one after the plan the yes on plan; a legend that answers no question, or one that rates nothing, explains
    nothing."""
    assert lightvalues.document_legend(["K = kyllä, E = ei"]) == {}
    assert lightvalues.document_legend(["Onko viiveitä? (K = kyllä, E = ei)"]) == {
        "K": "deviation",
        "E": "on-plan",
    }
    assert lightvalues.document_legend(["ENLIGT PLAN?\t☑ = ja  ☐ = nej"]) == {"☑": "on-plan", "☐": "deviation"}
    assert lightvalues.document_legend(["Key: Y = yes, N = no", "", "| Area | Within plan? |"]) == {
        "Y": "on-plan",
        "N": "deviation",
    }
    assert lightvalues.document_legend(["Onko osa-alueelle nimetty vastuuhenkilö? (K = kyllä, E = ei)"]) == {}


def test_marks_of_a_glossed_yes_or_no_legend_rate_the_dimensions() -> None:
    text = "\n".join(
        [
            "# Hankkeen tilanne 1/2025",
            "",
            "**Hanke:** Kotihoidon yöpartio Vaasassa",
            "**Hallinnoija:** Pohjanmaan hyvinvointialue",
            "",
            "| Kysymys | Vastaus |",
            "|---|---|",
            "| Aikataulussa | X |",
            "| Riskit hallinnassa | O |",
            "",
            "X = kyllä, O = ei (poikkeama)",
        ]
    )
    result = extract(read_bytes(text.encode(), file_name="tilanne.md", max_bytes=1_000_000))
    lights = {(light.dimension, light.value) for project in result.projects for light in project.lights}
    assert {("schedule", "on-plan"), ("risks", "deviation")} <= lights, lights


def test_a_part_rated_by_marks_is_named_as_the_parts_family_names_it() -> None:
    """A row "Osahanke 1 Yöhoito | X | O" names the part "Osahanke 1: Yöhoito", as a list of parts would (its
    lights had gone to a second unit "Osahanke 1 Yöhoito", test36 og16)."""
    text = "\n".join(
        [
            "Tilanneraportti\tYöhoito kotiin Vaasassa\t\t",
            "Hallinnoija\tPohjanmaan hyvinvointialue\t\t",
            "\t\t\t",
            "Osahanke\tAikataulussa\tBudjetissa\tRiskit hallinnassa",
            "Osahanke 1 Yöhoito\tX\tX\tO",
            "Osahanke 2 Etäkäynnit\tO\tX\tX",
            "X = kyllä, O = ei (poikkeama)\t\t\t",
        ]
    )
    result = extract(read_bytes(text.encode(), file_name="tilanne.tsv", max_bytes=1_000_000))
    lights = {
        (project.name, light.dimension, light.value) for project in result.projects for light in project.lights
    }
    assert ("Osahanke 1: Yöhoito", "risks", "deviation") in lights, lights
    assert ("Osahanke 2: Etäkäynnit", "schedule", "deviation") in lights, lights
    assert not any(name == "Osahanke 1 Yöhoito" for name, _, _ in lights), lights


def test_a_long_form_table_gives_each_part_its_rows_by_the_abbreviation_it_was_given() -> None:
    """Stop 51 (test24 r16): "Osakokonaisuus | Osa-alue | Suunnitelman mukaan (1 = kyllä, 0 = ei)" over rows "MT |
    Aikataulu | 1", the parts named once in a list of abbreviations ("MT = Mielenterveyden etävastaanotto")."""
    text = "\n".join(
        [
            "Seuranta;;",
            "Hanke;Nuorten etäpalvelut;",
            "Lyhenteet;MT = Mielenterveyden etävastaanotto;PC = Päihdepalvelujen chat",
            ";;",
            "Osakokonaisuus;Osa-alue;Suunnitelman mukaan (1 = kyllä, 0 = ei)",
            "MT;Aikataulu;1",
            "MT;Henkilöstö;0",
            "PC;Aikataulu;0",
            "PC;Kustannukset;1",
        ]
    )
    result = extract(read_bytes(text.encode(), file_name="seuranta.csv", max_bytes=1_000_000))
    lights = {p.name: {light.dimension: light.value for light in p.lights} for p in result.projects if p.lights}
    assert lights == {
        "Mielenterveyden etävastaanotto": {"schedule": "on-plan", "staff": "deviation"},
        "Päihdepalvelujen chat": {"schedule": "deviation", "costs": "on-plan"},
    }
