"""Red team of stop 42's ingest changes (R3): inputs whose extraction CPU grows faster than their size.

Each test compares the CPU time (``time.process_time``, warm, in one process) of an input with that of one a tenth
of its size through the real pipeline (``bench.fuzzing.pipeline``: read_bytes, extract, to_graph): linear work
gives about 10, the square about 100. Findings and reproducers: /work/notes/s42/to_lead.md, "R3 findings".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest

from bench.fuzzing import pipeline
from hankegraafi.ingest.readerror import IngestError
from tests.cpuclock import ratio


def _read(file_name: str) -> Callable[[bytes], None]:
    def read(data: bytes) -> None:
        with contextlib.suppress(IngestError):
            pipeline(data, file_name)

    return read


def _sections(n: int, k: int = 0) -> bytes:
    """A sheet in long form of n sections of two rows each (R3-2); ``k`` names the values of one measure's input."""
    rows = ["osio;kenttä;arvo"] + [f"Osio{i};nimi;X{k}-{i}\nOsio{i};väri;vihreä" for i in range(n)]
    return ("\n".join(rows) + "\n").encode()


@pytest.mark.cputime
def test_a_long_form_sheet_of_many_sections_is_read_in_linear_time() -> None:
    """Each section is segmented on its own lines (``delimited._sections``) and a run of records is read at most
    ``costrecords._RECORD_RUN`` elements from each start (``records_as_tables``)."""
    small, large = ratio(_read("a.csv"), _sections, 80, bound=20)
    # 3479e02: 0.39 s and 11.2 s, x29 (n=300 -> 3 000: 4.0 -> 254 s, x63); fixed: x10.0-13.5; linear: about 10.
    # Stop 54's CI: x20.7 (0.13, 2.63 s): per-chunk hooks that read every element (facts/wholedoc.py) and a small
    # side of 60 sections (0.13 s), one drift of the machine on it.
    assert large / small < 20, (
        f"ten times the sections took {large / small:.1f} times the CPU ({small:.2f}, {large:.2f} s)"
    )
