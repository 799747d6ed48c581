"""Red team of stop 43's ingest changes (R5): a crash and a wrong read on hostile but plausible text.

Written as strict xfails by R5; the lead fixed the three classes in the same stop (money._table of no rows,
plaintext._across_rules between a row of sums and the next header, partshort._initials_of of a compound's
members), and they are plain tests now.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readerror import IngestError
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize("text", ["\t---\n", "Kululaji  Budjetti\n\t-----\t\nMatkat  1 000\n"])
def test_a_table_of_only_a_rule_is_no_crash(text: str) -> None:
    """A rule cell alone ("\\t---") is dropped by tables.without_rule_rows, leaving a table of no rows:
    extract must read the document or refuse it with IngestError, never raise ValueError."""
    with contextlib.suppress(IngestError):
        extract(read_bytes(text.encode(), file_name="muistio.txt", max_bytes=100_000))


_STACKED = """\
Tilannekatsaus 3/2025

Hanke: Kotiutuksen tuki Lapissa

Kululaji          Budjetti   Ennuste
Henkilöstökulut    240 500   230 000
Matkakulut          12 000    11 000
------------------------------------
Kululaji          Toteuma    Ennuste
Henkilöstökulut    118 300   236 000
Matkakulut           7 150    13 400
"""


def test_a_rule_between_two_tables_keeps_the_second_header() -> None:
    """Two tables of the same width one above the other, a rule between: the second's header
    ("Kululaji  Toteuma  Ennuste") names its columns; read as a row of the first, its actual sums
    became budget (ac6fa67 read them right)."""
    x = extract(read_bytes(_STACKED.encode(), file_name="muistio.txt", max_bytes=100_000))
    actual = {
        (line.category, column): value
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
        if value in (Decimal(118300), Decimal(7150))
    }
    assert actual == {("staff-costs", "actual"): Decimal(118300), ("travel", "actual"): Decimal(7150)}


_WARDS = """\
# Tilannekatsaus 3/2025: Kotiutuksen tuki Lapissa

Hanke: Kotiutuksen tuki Lapissa. Hanke ei jakaudu osahankkeisiin.

## Kustannukset osastoittain

| Osasto | Budjetti | Toteuma |
|---|---|---|
| OS1 Sisätaudit | 120 000 | 80 000 |
| OS2 Kirurgia | 60 000 | 30 000 |
| Yhteensä | 180 000 | 110 000 |
"""


def test_codes_whose_letters_are_no_initials_make_no_parts() -> None:
    """Wards "OS1", "OS2" in a text that writes "osahankkeisiin" once (to say there are none): "OS" is no
    initials of osa|hanke ("OH"), so no sub-project "Osahanke 1: Sisätaudit" may be invented."""
    x = extract(read_bytes(_WARDS.encode(), file_name="muistio.md", max_bytes=100_000))
    assert [p.name for p in x.projects if p.level != "project"] == []
