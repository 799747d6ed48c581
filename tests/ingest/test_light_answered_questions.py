"""A steering group's yes-or-no questions about the dimensions, answered in brackets or with a remark after the
answer, in any kind of document (issue 13, stop 40, L12; test28 ob03; tune u1003, u1004). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightsweep import answered
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> tuple[str, list[dict[str, object]]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return x.kind, [{light.dimension: light.value for light in p.lights} for p in x.projects if p.lights]


def test_an_answer_in_brackets_or_with_its_remark() -> None:
    assert answered(["Håller tidtabellen?", "[ Ja ]"]) == ("schedule", "on-plan")
    assert answered(["Onko kustannusarviossa pysytty?", "[ Ei – henkilöstökulut ylittyvät ]"]) == (
        "costs",
        "deviation",
    )
    assert answered(
        ["Have costs stayed within the estimate?", "No – the tablets cost more than the plan assumed"]
    ) == (
        "costs",
        "deviation",
    )
    # A remark that is no answer: the first words are no yes or no.
    assert answered(["Have costs stayed within the estimate?", "Mostly, the tablets cost more"]) is None


_PLAN = """Hankesuunnitelma, päivitys 2
Hanke: Etäkuntoutus Päijät-Hämeessä
Päijät-Hämeen hyvinvointialue, Lahti ja Heinola
Toteutusaika 1.9.2023–31.8.2025
Kustannusarvio 450 000 €

Ohjausryhmän tarkistus 6/2024
{review}

Usein kysyttyä
Maksaako käynti asiakkaalle?\tEi
Voiko omainen osallistua?\tKyllä
"""


def test_a_plan_rates_by_its_steering_groups_answers() -> None:
    review = "\n".join(
        [
            "Onko hanke edennyt aikataulussa?\t[ Kyllä ]",
            "Onko kustannusarviossa pysytty?\t[ Ei – laitteet kallistuivat ]",
            "Ovatko riskit hallinnassa?\t[ Kyllä ]",
        ]
    )
    kind, lights = _lights(_PLAN.format(review=review), "suunnitelma.txt")
    assert kind == "project-plan"
    assert lights == [{"schedule": "on-plan", "costs": "deviation", "risks": "on-plan"}]


def test_one_question_in_a_plan_rates_nothing() -> None:
    kind, lights = _lights(_PLAN.format(review="Onko hanke edennyt aikataulussa?\tKyllä"), "suunnitelma.txt")
    assert kind == "project-plan"
    assert lights == []
