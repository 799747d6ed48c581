"""Weighted cues are searched line by line in linear time, and find what they found before.

Found by attack (A6, stop 35): a CSV of one row and 8 000 empty lines took 65 s of CPU, because
``^\\s*X`` and ``^\\W*X`` searched with ``re.M`` ran from every line start across all blank or
dash-only lines below it. The texts are invented.
"""

from __future__ import annotations

import re
import time

import pytest

from hankegraafi.ingest import cues, domain, segment
from hankegraafi.ingest.cues import line_bounded
from hankegraafi.ontology import registry

#: Texts where a cue's leading run meets line ends: blank lines, dash lines, indents, a cue at the end.
TEXTS = [
    "a\n\n\n   loppuraportti\n",
    "otsikko\n-\n--\n  – kuulutus  \n",
    "\n\n\t\nTilanneraportti 2024\n",
    "x\n\n\n\nma 3.6. klo 10 avoin ovi\n",
    "  \n \n Hankesuunnitelma 2023–2025\n",
    "- - -\n* * *\n» tapahtumat\n",
    "aihealueet\n",
    "\n",
    "",
]


def test_a_leading_run_is_kept_to_its_line_and_nothing_else_changes() -> None:
    assert line_bounded(r"^\s*loppuraportti\s*$") == r"^[^\S\n]*loppuraportti\s*$"
    assert line_bounded(r"^\W*(?:ma|ti)\.?\s+\d") == r"^[^\w\n]*(?:ma|ti)\.?\s+\d"
    assert line_bounded(r"^\s+x") == r"^\s+x"  # a run of at least one: not the same cue on one line
    assert line_bounded(r"hanke\s*$") == r"hanke\s*$"


@pytest.mark.parametrize("scheme", ["document-kind", "text-genre"])
def test_every_shipped_weighted_cue_finds_what_it_found_before(scheme: str) -> None:
    originals = {c.key: c.weighted_cues for c in registry.scheme(scheme) if c.weighted_cues}
    bounded = cues.weighted(scheme)
    assert set(bounded) == set(originals)
    rewritten = 0
    for key, found in bounded.items():
        for (cue, _), (original, _) in zip(found, originals[key], strict=True):
            rewritten += cue != original
            for text in TEXTS:
                assert bool(re.search(cue, text, re.I | re.M)) == bool(
                    re.search(original, text, re.I | re.M)
                ), (
                    key,
                    original,
                    text,
                )
    assert rewritten >= 5, rewritten


@pytest.mark.parametrize("filler", ["\n", "-\n", " \n", "\t–\n"])
def test_many_empty_or_punctuation_lines_are_read_in_linear_time(filler: str) -> None:
    domain.genre_weights("a\n")  # the vocabularies read once, outside the measured time
    start = time.process_time()
    domain.genre_weights("a\n" + filler * 40_000)
    segment.kind_scores(["a", *[filler.strip()] * 40_000])
    assert time.process_time() - start < 2.0  # quadratic: 8 000 lines took 65 s
