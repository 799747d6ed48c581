"""A rating a document states by itself is a light in any kind of document (issue 13, stop 31, F9).

Plans and Innokylä pages give no traffic lights, so their rows that only resemble one ("Riskit |
Rekrytointi voi viivästyä", a plan's risk) are dropped. But a toimintamalli page may carry a status
table rated by marks its legend explains, and a status report may be taken for a plan by its kind:
a row whose value cell is such a mark (or a score a scale explains, or a percentage of progress)
rates, whatever the kind (test10 a01, a02; tuning document u340). Invented documents.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import segment


def _lights(text: str, name: str = "sivu.txt") -> tuple[str | None, dict[str, object]]:
    """The segmenter's kind of the document (the kind the lights' gate reads) and its lights."""
    document = read_bytes(text.encode(), file_name=name, max_bytes=100_000)
    x = extract(document)
    return segment(document.lines).kind, {
        light.dimension: light.value or light.percent for p in x.projects for light in p.lights
    }


_PAGE = (
    "Toimintamallin nimi\nMuistihoitajan etävastaanotto\n"
    "Toimintamallin lyhyt kuvaus\nMuistihoitaja tapaa asiakkaan videoyhteydellä.\n"
    "Toteutuspaikka\nKajaani\n"
    "Paikkakunta, maakunta tai hyvinvointialue\nKainuun hyvinvointialue\n"
    "Toimintamallin kokonaisuus\nKainuun Kestävän kasvun hanke\n"
    "Viimeksi muokattu\n02.05.2024\n\n"
)


def test_marks_a_legend_explains_rate_on_an_innokyla_page() -> None:
    page = _PAGE + (
        "Tilanne\n\nKoodit: H = hyvä, etenee suunnitellusti; Y = ylitys tai viive, poikkeama\n\n"
        "Osa-alue\tArvio\tHuomio\nAikataulu\tH\t\nKustannukset\tY\tLaitteet kallistuivat.\n"
    )
    kind, lights = _lights(page)
    assert kind == "innokyla-page"
    assert lights == {"schedule": "on-plan", "costs": "deviation"}


def test_a_phrase_that_resembles_a_rating_on_a_page_is_no_light() -> None:
    page = _PAGE + "Riskit\tRekrytointi voi viivästyä kesällä.\nAikataulu\tKevät 2025\n"
    kind, lights = _lights(page)
    assert kind == "innokyla-page"
    assert lights == {}


def test_scores_and_progress_rate_where_the_kind_is_a_plans() -> None:
    plan = (
        "HANKESUUNNITELMA\nHankkeen nimi\tLapin etäkuntoutus\nHallinnoija\tLapin hyvinvointialue\n\n"
        "Arvio (1 = suunnitelman mukainen, 2 = poikkeama)\nAikataulu\t1\nHenkilöstö\t2\tYksi vakanssi auki.\n"
        "Valmiusaste\t35 %\n"
    )
    kind, lights = _lights(plan)
    assert kind == "project-plan"
    assert lights == {"schedule": "on-plan", "staff": "deviation", "progress": Decimal(35)}
