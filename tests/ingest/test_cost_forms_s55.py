"""Cost-table forms of stop 55 (C8): the negatives of the classes whose red-team cases (R19-1, R19-20 in
tests/reliability/test_redteam_s54_ingest.py) now read. Invented text only."""

from __future__ import annotations

import pytest

from hankegraafi.ingest import tables


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Planerat", "budget"),
        ("Allocated", "budget"),
        ("Spent", "actual"),
        ("Unused", None),
        ("Unspent", None),
        ("Oförbrukat", None),
    ],
)
def test_a_column_word_and_its_negation(header: str, role: str | None) -> None:
    """A column of what is left ("Unused", "Oförbrukat") is no column of the word it negates."""
    assert tables.column_role(header) == role
