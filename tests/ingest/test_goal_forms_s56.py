"""Goal forms of stop 56 (M8), from test47's misses; all texts are invented.

- A numbered list of goals joined to their verdicts by dot leaders ("1. X ........ toteutunut"), items short and
  long: the text reader took the short items for fields with leaders ("X<TAB>toteutunut") and left the long one
  text, so the list became rows of a table that ran on into the caption below (test47 or18). A numbered list's
  item is no field's label (plaintext._LEADER); the goals' reader takes each item apart by its leaders.
- "Tavoite N: X / Arvio: Y" lines, a goal and its report on one line after a slash: the goal is the words before
  the slash, its status the report's; the next goal's line is never the verdict of the goal above it (test47 or14:
  goal 1 was judged by goal 2's "Toteutui täysin", goal 3 by goal 4's).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _goals(text: str, name: str = "raportti.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


@pytest.mark.parametrize("marker", ["1.", "1)"])
def test_a_numbered_list_of_goals_with_dot_leaders_short_and_long_items(marker: str) -> None:
    two = marker.replace("1", "2")
    text = (
        "Hanke: Perhekeskus kylille\nToteuttaja: Kainuun hyvinvointialue\n\nTavoitteet\n"
        f"  {marker} Neuvolan chat on auki arkisin ........ valmis\n"
        f"  {two} Perheneuvolan ensikäynti järjestyy kahden viikon kuluessa yhteydenotosta ... osittain\n\n"
        "Kustannukset 2024 (€)\nKustannuslaji\tBudjetti\tToteutunut\nHenkilöstökulut\t120 000\t80 000\n"
    )
    assert _goals(text) == [
        ("Neuvolan chat on auki arkisin", "achieved"),
        ("Perheneuvolan ensikäynti järjestyy kahden viikon kuluessa yhteydenotosta", "partly-achieved"),
    ]


def test_a_table_of_contents_with_leaders_gives_no_goals() -> None:
    text = (
        "Hanke: Perhekeskus kylille\nToteuttaja: Kainuun hyvinvointialue\n\nSisällys\n"
        "1. Johdanto ........................ 1\n2. Tavoitteiden tilanne ............ 2\n3. Talous ........ 3\n\n"
        "1. Johdanto\nHanke tukee lapsiperheitä.\n"
    )
    assert _goals(text) == []


@pytest.mark.parametrize(
    ("label", "report", "seam"),
    [("Tavoite", "Arvio", " / "), ("Mål", "Bedömning", "  /  "), ("Tavoite", "Tila", " | ")],
)
def test_goal_and_report_on_one_line_after_a_slash(label: str, report: str, seam: str) -> None:
    verdicts = {
        "Tavoite": ("Toteutui osittain (60 %)", "Ei toteutunut"),
        "Mål": ("Delvis uppnått", "Inte uppnått"),
    }
    first, last = verdicts[label]
    text = (
        "Hanke: Kotihoidon yöpartio\nToteuttaja: Kainuun hyvinvointialue\n\nTavoitteet\n"
        f"{label} 1: Yöpartio tekee etäkäyntejä{seam}{report}: {first}\n"
        f"{label} 2: Asiakkaalla on oma yhteyshenkilö\n"
        f"{label} 3: Käynnit kirjataan samana päivänä{seam}{report}: {last}\n"
    )
    got = dict(_goals(text))
    assert got["Yöpartio tekee etäkäyntejä"] == ("partly-achieved")
    assert got["Asiakkaalla on oma yhteyshenkilö"] == "unknown"  # goal 3's verdict is not goal 2's
    assert got["Käynnit kirjataan samana päivänä"] == "not-achieved"
