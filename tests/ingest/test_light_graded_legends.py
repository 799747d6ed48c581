"""A legend whose keys are grades of one noun ("Låg risk = enligt plan; medel och hög risk = avvikelse"):
the grades are the marks (issue 13, stop 37, L9; test23 s46; tune u737 u738). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import legend_meanings, legend_pairs
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


def test_the_grades_of_one_noun_are_the_marks() -> None:
    pairs = legend_pairs("Matala riski = suunnitelman mukaan, kohtalainen tai korkea riski = poikkeama.")
    assert legend_meanings(pairs) == {"matala": "on-plan", "korkea": "deviation", "kohtalainen": "deviation"}
    assert legend_meanings(legend_pairs("Low concern = on plan; high concern = deviation")) == {
        "low": "on-plan",
        "high": "deviation",
    }
    # Marks that differ are the marks as they stand.
    assert legend_meanings(legend_pairs("hyvä = etenee suunnitellusti, heikko = poikkeama")) == {
        "hyvä": "on-plan",
        "heikko": "deviation",
    }


def test_a_table_of_grades_under_such_a_legend_and_a_risk_register_beside_it() -> None:
    text = (
        "Tilanneraportti 4/2025\nHankkeen nimi: Turvallisesti kotona\nKainuun hyvinvointialue\n\n"
        "Matala riski = suunnitelman mukaan, kohtalainen tai korkea riski = poikkeama.\n\n"
        "Osa-alue\tRiskitaso\nAikataulu\tmatala\nKustannukset\tkorkea\n\n"
        "Riski\tTodennäköisyys\tVaikutus\nLaitetoimitus myöhästyy\tmatala\tkorkea\n"
    )
    assert _lights(text, "raportti.txt") == {"schedule": "on-plan", "costs": "deviation"}


def test_a_bar_between_a_legends_pairs() -> None:
    pairs = legend_pairs("Key: G = on track | A = at risk | R = off track")
    assert legend_meanings(pairs) == {"G": "on-plan", "A": "deviation", "R": "deviation"}
    # A contact line with a bar names no value; a table's row keeps its cells.
    assert legend_meanings(legend_pairs("Kontakt: tfn = 040 000 | e-post = x@example.org")) == {}
