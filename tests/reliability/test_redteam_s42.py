"""Red team of stop 42's ingest changes (R3): inputs whose extraction CPU grows faster than their size.

Each test compares the CPU time (``time.process_time``, warm, in one process) of an input with that of one a tenth
of its size through the real pipeline (``bench.fuzzing.pipeline``: read_bytes, extract, to_graph): linear work
gives about 10, the square about 100. Findings and reproducers: /work/notes/s42/to_lead.md, "R3 findings".
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

import pytest

from bench.fuzzing import pipeline
from hankegraafi.ingest.readerror import IngestError


def _cpu(data: bytes, file_name: str) -> float:
    started = time.process_time()
    with contextlib.suppress(IngestError):
        pipeline(data, file_name)
    return time.process_time() - started


def _ratio(make: Callable[[int], bytes], file_name: str, n: int) -> tuple[float, float]:
    _cpu(make(max(1, n // 10)), file_name)  # vocabularies and caches loaded outside the measure
    small = min(_cpu(make(n), file_name) for _ in range(2))
    return small, _cpu(make(10 * n), file_name)


def _sections(n: int) -> bytes:
    """A sheet in long form of n sections of two rows each (R3-2)."""
    rows = ["osio;kenttä;arvo"] + [f"Osio{i};nimi;X{i}\nOsio{i};väri;vihreä" for i in range(n)]
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.cputime
def test_a_long_form_sheet_of_many_sections_is_read_in_linear_time() -> None:
    """Each section is segmented on its own lines (``delimited._sections``) and a run of records is read at most
    ``costlines._RECORD_RUN`` elements from each start (``records_as_tables``)."""
    small, large = _ratio(_sections, "a.csv", 60)
    # 3479e02: 0.39 s and 11.2 s, x29 (n=300 -> 3 000: 4.0 -> 254 s, x63); fixed: x10.0-13.5; linear: about 10
    assert large / small < 20, (
        f"ten times the sections took {large / small:.1f} times the CPU ({small:.2f}, {large:.2f} s)"
    )
