"""Space characters of other widths are read as spaces (ingest/textforms.py).

Stop 41 (R2): the fact readers' patterns take ``\\s`` for an em space (U+2003), an ideographic space (U+3000)
and the other Unicode spaces, but segmenting collapsed only runs of U+0020, so a run of em spaces in one line
reached patterns such as costlines' ``\\S.*?\\s*[.;]?\\s*$`` whole: cubic in its length (800 em spaces in a
line of costs, 3.7 s; an em-spaced CSV cell, 12 s for 2000). Read as spaces they are collapsed like any
others. The grouping spaces of sums (U+00A0, U+202F) and the tab of cells are kept.
"""

from __future__ import annotations

import logging

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.textforms import as_read
from tests.cpuclock import cpu

_DOC = (
    "Kotihoidon etätiimi -hanke\n\nHyvinvointialue: Pohjois-Savon hyvinvointialue\n"
    "Rahoittaja: sosiaali- ja terveysministeriö\n\n"
    "- Henkilöstökulut: budj. 1 000, tot. 5{run}y\n"
)


def test_odd_spaces_are_spaces_and_grouping_spaces_and_tabs_stay() -> None:
    assert as_read("a\u2003\u2003b\u2009c\u3000d\u2028e") == "a  b c d e"
    assert as_read("100\u00a0000\t20\u202f000") == "100\u00a0000\t20\u202f000"


def _cpu(space: str) -> float:
    text = _DOC.format(run=space * 800)
    return cpu(lambda: extract(read_bytes(text.encode(), file_name="kulut.txt", max_bytes=2_000_000)))


def test_a_run_of_em_spaces_costs_what_a_run_of_spaces_does() -> None:
    logging.disable(logging.WARNING)
    try:
        _cpu(" ")  # the vocabularies' first read
        plain, em = _cpu(" "), _cpu("\u2003")
    finally:
        logging.disable(logging.NOTSET)
    assert em < 3 * plain + 0.5, (plain, em)
