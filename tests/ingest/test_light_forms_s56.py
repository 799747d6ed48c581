"""Light forms of stop 56 (L13), from test47's misses: a page's key of marks in its <footer> (ingest/htmlchrome.py;
test47 or06; tune u2320–u2321), yes-or-no questions answered in a column per part (facts/lightmatrix.py; test47
or08, test35 of02; tune u2322–u2323), a question answered per period (ingest/lightsweep.py; tune u2324) and the
outputs' word beside another dimension's (ingest/lightdims.py: "tuotosten laadussa"). Invented text."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightdims import dimension_of, loose_dimension
from hankegraafi.ingest.lightsweep import answered
from hankegraafi.ingest.readers import read_bytes

_ON, _DEV = "on-plan", "deviation"


def _lights(text: str, name: str) -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


_PAGE = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Seuranta</title></head><body>
<h1>Kotisairaala kylille -hanke</h1>
<p>Pohjois-Pohjanmaan hyvinvointialueen hanke tuo kotisairaalan käynnit Kuusamon ja Taivalkosken kyliin.</p>
<table><tr><th>Osa-alue</th><th>Arvio</th></tr>
<tr><td>Aikataulu</td><td>{a}</td></tr><tr><td>Kustannukset</td><td>{b}</td></tr><tr><td>Riskit</td><td>{c}</td></tr>
</table>
<footer>{footer}<p>Hyvinvointialue · Kauppurienkatu 1, Oulu · <a href="/yhteys">Yhteystiedot</a></p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("marks", "key", "expected"),
    [
        (
            ("E", "H", "E"),
            "Merkinnät: E = etenee suunnitellusti, H = viivästynyt, S = pysähtynyt.",
            (_ON, _DEV, _ON),
        ),
        (("+", "−", "−"), "<small>+ = enligt plan · − = avvikelse</small>", (_ON, _DEV, _DEV)),
    ],
)
def test_a_key_of_marks_in_the_footer_is_read_the_rest_of_the_footer_is_not(
    marks: tuple[str, str, str], key: str, expected: tuple[str, str, str]
) -> None:
    page = _PAGE.format(a=marks[0], b=marks[1], c=marks[2], footer=f"<p>{key}</p>")
    document = read_bytes(page.encode(), file_name="sivu.html", max_bytes=100_000)
    project = extract(document).projects[0]
    assert {light.dimension: light.value for light in project.lights} == dict(
        zip(("schedule", "costs", "risks"), expected, strict=True)
    )
    assert "Oulu" not in "\n".join(document.lines)  # the footer's address stays the site's


def test_a_footer_without_a_key_is_chrome_whole() -> None:
    page = _PAGE.format(a="E", b="H", c="E", footer="<p>Merkinnät: * = arvio, ** = ennakkotieto.</p>")
    document = read_bytes(page.encode(), file_name="sivu.html", max_bytes=100_000)
    assert not extract(document).projects[0].lights
    assert "ennakkotieto" not in "\n".join(document.lines)


_QUESTIONS = {
    "fi": (
        "raportti.txt",
        "Tilanneraportti 2/2024\nHanke: Arjen apu Pohjois-Pohjanmaalla\n\nOsahanke 1: Kotihoidon yöpartio\n"
        "Osahanke 2: Omaishoidon vapaat\n\nKysymys\tOsahanke 1\tOsahanke 2\n"
        "Poikkeamia aikataulussa?\tEi\tKyllä\nPoikkeamia tuotosten laadussa?\tKyllä\tEi\n"
        "Onko osahankkeessa merkittäviä\tEi\tKyllä\nriskejä?\nOnko osahankkeella oma nettisivu?\tKyllä\tEi\n",
        {
            "Osahanke 1: Kotihoidon yöpartio": {"schedule": _ON, "output-quality": _DEV, "risks": _ON},
            "Osahanke 2: Omaishoidon vapaat": {"schedule": _DEV, "output-quality": _ON, "risks": _DEV},
        },
    ),
    "en": (
        "report.md",
        "# Home Again Lapland: status report 1/2025\n\nSubproject 1: Night patrol\n\nSubproject 2: Respite care\n\n"
        "| Question | Subproject 1 | Subproject 2 |\n|---|---|---|\n| Is the subproject on schedule? | Yes | No |\n"
        "| Has the budget been exceeded? | No | Yes |\n| Does it have a web page? | Yes | No |\n",
        {
            "Subproject 1: Night patrol": {"schedule": _ON, "costs": _ON},
            "Subproject 2: Respite care": {"schedule": _DEV, "costs": _DEV},
        },
    ),
}


@pytest.mark.parametrize("language", sorted(_QUESTIONS))
def test_yes_or_no_answers_in_a_column_per_part(language: str) -> None:
    name, text, expected = _QUESTIONS[language]
    assert _lights(text, name) == expected


def test_a_question_answered_per_period_rates_by_the_latest() -> None:
    text = (
        "# Kotiin kuntoutumaan -hanke: tilanneraportti 3/2024\n\n| Kysymys | Kevät 2024 | Syksy 2024 |\n|---|---|---|\n"
        "| Onko hanke pysynyt aikataulussa? | Kyllä | Ei |\n| Onko viestintäsuunnitelma tehty? | Ei | Kyllä |\n\n"
        "| Osa-alue | Arvio |\n|---|---|\n| Kustannukset | vihreä |\n"
    )
    assert _lights(text, "raportti.md") == {"Kotiin kuntoutumaan -hanke": {"schedule": _DEV, "costs": _ON}}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Poikkeamia tuotosten laadussa", "output-quality"),
        ("Avvikelser i prestationernas kvalitet", "output-quality"),
        ("Deviations in output quality", "output-quality"),
        ("Poikkeamia tuotoksissa", "output-scope"),
        ("Tuotosten laajuus ja laatu", None),  # two dimensions named: none
    ],
)
def test_the_outputs_word_yields_to_the_dimension_beside_it(label: str, expected: str | None) -> None:
    assert loose_dimension(label) == expected
    assert dimension_of("Tuotokset") == "output-scope" and dimension_of("Laatu") == "output-quality"


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        ("Onko investoinnissa merkittäviä riskejä?", _ON, _DEV),
        ("Finns det nya risker?", _ON, _DEV),
        ("Ovatko riskit hallinnassa?", _DEV, _ON),
        ("Has the budget been exceeded?", _ON, _DEV),
    ],
)
def test_a_question_after_a_problem_is_answered_by_its_no(question: str, no: str, yes: str) -> None:
    assert answered([question, "Ei" if question[0] == "O" else "No"])[1] == no  # type: ignore[index]
    assert answered([question, "Kyllä" if question[0] == "O" else "Yes"])[1] == yes  # type: ignore[index]
