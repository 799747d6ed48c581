"""Which catalogue answers are made in other languages from the default one, and how.

That they equal the live calls after every kind of write: tests/queries/test_answers.py."""

from __future__ import annotations

from hankegraafi.queries import answerlangs

COUNTY = "https://w3id.org/hankegraafi/vocab/county/08"
PROJECT = "https://w3id.org/hankegraafi/id/project/p1"


def test_the_queries_whose_language_changes_only_their_label_columns() -> None:
    assert answerlangs.label_columns("projects-by-region") == {
        "regionLabel": "region",
        "projectLabel": "project",
    }
    assert answerlangs.label_columns("budget-by-region") == {"regionLabel": "region", "projectLabel": "project"}
    assert answerlangs.label_columns("unmet-goals") == {
        "projectLabel": "project",
        "regionLabel": "region",
        "statusLabel": "status",
    }
    # A label inside an OPTIONAL with other patterns (eurio-projects), a label that is no MIN(STR())
    # column (conflicts), a query without lang (quality): made live in every language.
    for name in ("eurio-projects", "conflicts", "quality", "project-card"):
        assert answerlangs.label_columns(name) is None, name


def row(project: str, label: str | None) -> dict[str, dict[str, str]]:
    cells = {
        "region": {"type": "uri", "value": COUNTY},
        "regionLabel": {"type": "literal", "value": "Pohjois-Pohjanmaa"},
        "project": {"type": "uri", "value": project},
    }
    if label is not None:
        cells["projectLabel"] = {"type": "literal", "value": label}
    cells["identifier"] = {"type": "literal", "value": "X1"}
    return cells


def test_an_answer_in_another_language_has_that_languages_labels_or_none() -> None:
    variables = ["region", "regionLabel", "project", "projectLabel", "identifier", "whole", "status"]
    answer = (variables, [row(PROJECT, "Hanke"), row(PROJECT + "2", None)])
    labels = {COUNTY: "Norra Österbotten", PROJECT + "2": "Projekt två"}
    made = answerlangs.relabelled("projects-by-region", answer, labels)
    assert made is not None
    assert made[0] == variables
    assert made[1][0] == {
        "region": {"type": "uri", "value": COUNTY},
        "regionLabel": {"type": "literal", "value": "Norra Österbotten"},
        "project": {"type": "uri", "value": PROJECT},
        "identifier": {"type": "literal", "value": "X1"},
    }
    assert made[1][1]["projectLabel"] == {"type": "literal", "value": "Projekt två"}
    # Rows that tie in the sort (their order in a Swedish run need not be this one): none made.
    assert (
        answerlangs.relabelled(
            "projects-by-region", (variables, [row(PROJECT, "a"), row(PROJECT, "b")]), labels
        )
        is None
    )
    # A label's subject that is no IRI: none made.
    odd = row(PROJECT, "Hanke")
    odd["project"] = {"type": "bnode", "value": "b0"}
    assert answerlangs.relabelled("projects-by-region", (variables, [odd]), labels) is None
