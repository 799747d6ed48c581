"""A long table or a long run of lines is read in time linear in its number of rows.

Stop 32 profiled a cost sheet of 10^5 rows (4.4 MB of CSV, "Rivi N henkilöstökulut;91969;6845;8482")
through ``hankegraafi ingest --explain``, at 2 000 to 40 000 rows (cProfile, and CPU time by size):
the segmenter asked, for every line no rule took, whether any element before it was a heading or a
field, by looking at all of them again, the square of the number of lines (50 million generator steps
at 10 000 rows; at 40 000 rows 95 s of CPU against 67 s without; the sheet is segmented twice, as
text and as cells). It now looks at each element once. Every other cost per row is a bounded amount
of work (fuzzy label matching of each row's cells), so reading grows with the rows.

The test compares CPU time (not wall time, which the machine's load moves) with that of a text a tenth
of the size: linear work gives about 10, the square about 40 at these sizes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import IngestError, read_document
from hankegraafi.ingest.segment import segment
from tests.cpuclock import ratio
from tests.reliability.figures import record

# CPU seconds of this process measured, which the other tests on the machine do not move (scripts/test.sh
# runs these on every core; wall-clock bounds are marked timing and run alone).
pytestmark = pytest.mark.cputime


def _lines(n: int, salt: int) -> list[str]:
    """Lines no rule of the segmenter takes (no label, heading, table row or light): each is tried by all.
    ``salt`` makes each call's text new (the segmenter remembers a text it has read)."""
    return [
        f"Rivi {i} kertoo hankkeen kustannuksista ja niiden seurannasta, kuten raportit tekevät {salt}."
        for i in range(n)
    ]


def _segmented(lines: list[str]) -> None:
    assert len(segment(lines).elements) == len(lines)


def test_a_long_run_of_lines_is_segmented_in_linear_time() -> None:
    # Each measure its own lines (a salt), the small text before and after the large one, the least of the two: on
    # a shared machine the CPU a second of work costs drifts (stop 42 at load 8-10: 0.57-1.09 s for the small
    # text), and one drift fell on the divisor (tests/cpuclock.py).
    small, large = ratio(_segmented, _lines, 3_000, bound=25)
    record(
        "long run of lines",
        small_cpu_s=round(small, 2),
        large_cpu_s=round(large, 2),
        ratio=round(large / small, 1),
    )
    # Before stop 32: about 40 times (4 000 -> 40 000 lines: 1.1 s -> 45 s of CPU).
    assert large / small < 25, (
        f"ten times the lines took {large / small:.1f} times the CPU time ({small:.2f} s, {large:.2f} s)"
    )


def _sheet(path: Path, rows: int, salt: int = 0) -> Path:
    body = [
        f"Rivi {i}/{salt} henkilöstökulut;{1000 + 37 * i % 90000};{500 + 11 * i % 9000};{700 + 13 * i % 9000}"
        for i in range(rows)
    ]
    path.write_text(
        "\n".join(["Hanke;Testihanke;;;", "Kustannuslaji;Budjetti;Toteuma;Ennuste", *body]) + "\n",
        encoding="utf-8",
    )
    return path


def _refused(path: Path) -> None:
    # A sheet of cost rows and nothing of a project: refused, after reading it all.
    with pytest.raises(IngestError):
        extract(read_document(path, max_bytes=50_000_000))


def test_a_cost_sheet_of_many_rows_is_read_in_linear_time(tmp_path: Path) -> None:
    a, b = ratio(_refused, lambda rows, k: _sheet(tmp_path / f"{rows}-{k}.csv", rows, k), 300, bound=25)
    record("cost sheet", small_cpu_s=round(a, 2), large_cpu_s=round(b, 2), ratio=round(b / a, 1))
    assert b / a < 25, f"ten times the rows took {b / a:.1f} times the CPU time ({a:.2f} s, {b:.2f} s)"
