"""A table parted by pipes with neither outer pipes nor a delimiter row, in a plain page or a mail (issue 13,
stop 46).

"Kululaji | Myönnetty € | Toteutunut €" over "Henkilöstökulut | 470 000 | 351 900" (test32 od15, a page saved as
text), "Laji | Myönnetty | Toteutunut | Sidottu" (test33 id06) and "Staff costs | 450,000 | 283,500" (test33
id55, mails): the rows are a table as "| a | b |" rows are. A breadcrumb or a contact list parted by pipes
has no sums and stays text. Invented text (tune u1406, u1407).
"""

from __future__ import annotations

import gc
import time
from decimal import Decimal

from hankegraafi.ingest.plaintext import outer_pipes
from tests.ingest.costcells import category_cells, extract_text


def test_rows_of_sums_parted_by_pipes_get_their_outer_pipes() -> None:
    lines = ["Kululaji | Budjetti | Toteutunut", "Palkat | 310 000 | 187 450", "Matkat | 8 000 | 3 120", ""]
    assert outer_pipes(lines)[:3] == [
        "| Kululaji | Budjetti | Toteutunut |",
        "| Palkat | 310 000 | 187 450 |",
        "| Matkat | 8 000 | 3 120 |",
    ]


def test_a_breadcrumb_and_a_contact_list_stay_text() -> None:
    lines = [
        "Etusivu | Palvelut | Hankkeet",
        "Nimi | Tehtävä | Puhelin",
        "Anna Virtanen | projektipäällikkö | 040 123 4567",
        "Mikko Laine | kehittäjä | 040 765 4321",
    ]
    assert outer_pipes(lines) == lines


def test_a_cost_table_parted_by_pipes_is_read() -> None:
    text = "\n".join(
        [
            "OHJAUSRYHMÄN MUISTIO 3/2024",
            "Kainuun hyvinvointialue",
            "",
            "Hanke: Ikäihmisten liikuntaneuvonta Kainuussa",
            "",
            "Kustannukset 31.8.2024 asti (kumulatiivinen, euroa):",
            "",
            "Kustannuslaji | Budjetti | Toteutunut",
            "Henkilöstökulut | 310 000 | 187 450",
            "Matkakulut | 8 000 | 3 120",
            "Yhteensä | 318 000 | 190 570",
        ]
    )
    cells = category_cells(extract_text(text, "muistio.txt"))
    assert ("staff-costs", "actual", Decimal("187450")) in cells, cells
    assert ("total", "budget", Decimal("318000")) in cells, cells


def test_many_lines_of_pipes_are_read_in_linear_time() -> None:
    """Ten times the lines take about ten times as long, not a hundred (a loaded machine's noise aside). The best
    of three runs with the collector off: in a worker that has run a thousand tests, one full collection of its
    heap took 1.4 s inside the timed call (stop 51's CI), which says nothing of the reader."""

    def took(count: int) -> float:
        lines = ["a | b | 1 000"] * count + ["x | " * 500 + "1"] * (count // 100)
        best = float("inf")
        gc.collect()
        gc.disable()
        try:
            for _ in range(3):
                started = time.perf_counter()
                outer_pipes(lines)
                best = min(best, time.perf_counter() - started)
        finally:
            gc.enable()
        return best

    small, large = took(2_000), took(20_000)
    assert large < 30 * small + 0.5, (small, large)
