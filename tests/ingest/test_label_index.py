"""best_label's index gives the answer of comparing the line with every variant.

``labels._best_by_scan`` is the definition (the loop ingest ran before the index);
the index must agree on every line, including near misses, ties and exact variants.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest

from hankegraafi.ingest import labels, tables
from hankegraafi.ingest.facts import costcats
from hankegraafi.ingest.labels import _best_by_scan, best_label

_ALPHABET = "abcdefghijklmnopqrstuvwxyzäöå -"


def _mutations(text: str, rng: random.Random) -> list[str]:
    """A variant as a document might misspell it: a character lost, added, changed or swapped."""
    out = [text]
    if len(text) > 1:
        i = rng.randrange(len(text))
        out.append(text[:i] + text[i + 1 :])
        out.append(text[:i] + rng.choice(_ALPHABET) + text[i + 1 :])
        j = rng.randrange(len(text) - 1)
        out.append(text[:j] + text[j + 1] + text[j] + text[j + 2 :])
        out.append(text[: max(1, len(text) * 3 // 4)])
    i = rng.randrange(len(text) + 1)
    out.append(text[:i] + rng.choice(_ALPHABET) + text[i:])
    out.append(text + " " + rng.choice(["yhteensä", "2024", "osa", "x"]))
    return out


def _lines(table: Mapping[str, tuple[str, ...]], rng: random.Random, count: int) -> list[str]:
    variants = [v.lower() for vs in table.values() for v in vs]
    picked = rng.sample(variants, min(count, len(variants)))
    lines = [m for v in picked for m in _mutations(v, rng)]
    return [*lines, "", "x", "tämä rivi ei ole otsikko vaan tavallista tekstiä", "ååå"]


def _tables() -> dict[str, Mapping[str, tuple[str, ...]]]:
    current = labels.tables()
    return {
        "fields": current.fields,
        "headings": current.headings,
        "lights": current.lights,
        "columns": tables.labels(),
        "cost-categories": costcats._CATEGORY_LABELS,
    }


@pytest.mark.parametrize("name", ["fields", "headings", "lights", "columns", "cost-categories"])
def test_index_agrees_with_scan(name: str) -> None:
    table = _tables()[name]
    rng = random.Random(f"labels-{name}")
    found = 0
    fuzzy = 0
    for line in _lines(table, rng, 25):
        for cutoff in (0.75, 0.8, 0.84, 0.86):
            expected = _best_by_scan(line, table, cutoff)
            assert best_label(line, table, cutoff) == expected, (line, cutoff)
            found += expected is not None
            fuzzy += expected is not None and line not in {v.lower() for vs in table.values() for v in vs}
    # The lines must exercise both the exact lookup and the fuzzy comparison.
    assert found > 50
    assert fuzzy > 20


def test_first_of_equal_variants_wins() -> None:
    """Table order decides ties and duplicates, as the scan does."""
    table = {"a": ("Kustannukset",), "b": ("kustannukset", "Kustannuksett"), "c": ("kustannuksia",)}
    assert best_label("kustannukset", table) == "a"
    # Equally close to a's and b's first variant: the earlier key wins.
    assert _best_by_scan("kustannuksetx", table, 0.84) == "a"
    assert best_label("kustannuksetx", table) == "a"
    # The closest variant wins over an earlier, less close one.
    assert best_label("kustannuksett", table) == "b"


def test_changed_table_is_not_served_from_an_old_index() -> None:
    table = {"budget": ("Budjetti",)}
    assert best_label("budjetti", table) == "budget"
    table["budget"] = ("Talousarvio",)
    assert best_label("budjetti", table) is None
    assert best_label("talousarvio", table) == "budget"


def test_low_cutoff_uses_the_scan() -> None:
    """Below similar()'s floor the index could skip a winner, so the scan answers."""
    table = {"a": ("abcdefgh",), "b": ("zzzzzzzz",)}
    for line in ("abcd", "abcdzzzz", "qqqq", ""):
        assert best_label(line, table, 0.5) == _best_by_scan(line, table, 0.5)
