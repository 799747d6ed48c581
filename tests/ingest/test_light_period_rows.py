"""Traffic lights of a template that keeps the last report's row beside this one's (stop 32, issue 13;
invented reports): the dimensions as columns over a row per report, the rows named by which report
they are ("Edellinen raportti" / "Tämä raportti", "Last reported" / "This period"), in either order,
in a text table or under a Markdown rule. The current row rates; the earlier one does not.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

HEAD = "Tilanneraportti 2/2024\nHankkeen nimi: Jaksohanke\nHallinnoija: Lapin hyvinvointialue\n\n"


def _lights(text: str, name: str = "valot.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_the_current_reports_row_rates_after_the_earlier_one() -> None:
    report = HEAD + (
        "Arvio\tAikataulu\tKustannukset\tRiskit\n"
        "Edellinen raportti\tkeltainen\tvihreä\tpunainen\n"
        "Tämä raportti\tvihreä\tvihreä\tpunainen\n"
    )
    assert _lights(report) == {"schedule": "on-plan", "costs": "on-plan", "risks": "deviation"}


def test_the_current_row_first_is_not_replaced_by_the_last_reported() -> None:
    report = HEAD + (
        "RAG\tSchedule\tCosts\tStaff\nThis period\tred\tgreen\tamber\nLast reported\tgreen\tgreen\tgreen\n"
    )
    assert _lights(report) == {"schedule": "deviation", "costs": "on-plan", "staff": "deviation"}


def test_rows_under_a_markdown_rule_read_as_periods_too() -> None:
    report = HEAD + (
        "| Bedömning | Tidsplan | Kostnader | Personal |\n|---|---|---|---|\n"
        "| Föregående rapport | gul | grön | grön |\n| Denna rapport | grön | grön | röd |\n"
    )
    assert _lights(report, "valot.md") == {"schedule": "on-plan", "costs": "on-plan", "staff": "deviation"}


def test_a_forecast_column_beside_the_rating_now_is_no_light_of_the_report() -> None:
    report = HEAD + (
        "Osa-alue\tTilanne nyt\tEnnuste\nAikataulu\tkeltainen\tvihreä\nKustannukset\tvihreä\tpunainen\n"
    )
    assert _lights(report) == {"schedule": "deviation", "costs": "on-plan"}
    english = HEAD + "Area\tTo date\tForecast\nSchedule\tgreen\tamber\nRisks\tred\tgreen\n"
    assert _lights(english) == {"schedule": "on-plan", "risks": "deviation"}


def test_a_forecast_after_dated_periods_leaves_the_latest_period_the_light() -> None:
    # "1/2024 | 2/2024 | Ennuste": the latest dated column, not the forecast after it nor the last cell.
    report = HEAD + "Osa-alue\t1/2024\t2/2024\tEnnuste\nAikataulu\tvihreä\tkeltainen\tvihreä\n"
    assert _lights(report) == {"schedule": "deviation"}


def test_a_dimension_in_other_words_in_a_matrix_of_periods_takes_the_latest_period() -> None:
    # The template's own wording of the dimension ("Aikataulussa pysyminen") under "1/2024 | 2/2024".
    report = HEAD + (
        "Liikennevalot\n\nSelite: V = vihreä, K = keltainen, P = punainen\n\n"
        "Osa-alue\t1/2024\t2/2024\nAikataulussa pysyminen\tK\tV\nRiskienhallinta\tV\tP\n"
    )
    assert _lights(report) == {"schedule": "on-plan", "risks": "deviation"}


def test_a_checklists_verdict_is_a_value_of_the_scale() -> None:
    # "OK / Huomioitavaa / Ei OK" (status.ttl's light-value cues): "Ei OK" is no "OK".
    report = HEAD + "Osa-alue\tArvio\nAikataulu\tEi OK\nKustannukset\tOK\nHenkilöstö\tHuomioitavaa\n"
    assert _lights(report) == {"schedule": "deviation", "costs": "on-plan", "staff": "deviation"}
    swedish = HEAD + "Område\tBedömning\nTidsplan\tInte OK\nKostnader\tOK\n"
    assert _lights(swedish) == {"schedule": "deviation", "costs": "on-plan"}
