"""The index :func:`labels.best_label` looks a line up in: the variants of one label table by exact text and
by length, so that a line is compared only with the variants that could pass the cutoff."""

from __future__ import annotations

import functools
import threading
from collections.abc import Mapping
from difflib import SequenceMatcher
from types import MappingProxyType

from rapidfuzz import fuzz, process

#: From this cutoff up, :func:`labels.similar`'s floor (0.75) cuts nothing that could win, so the
#: index may skip every variant whose bound on the ratio does not exceed the cutoff.
FAST_FROM = 0.75

_Snapshot = tuple[tuple[str, tuple[str, ...]], ...]


def _snapshot(table: Mapping[str, tuple[str, ...]]) -> _Snapshot:
    """The table as a hashable value, so that a changed table never meets an old index."""
    return tuple((key, tuple(variants)) for key, variants in table.items())


class _VariantIndex:
    """The variants of one label table, lower-cased, looked up by exact text and by length.

    A document's lines are mostly no label, and comparing each with every variant
    through difflib took about a sixth of preparing a document (90 000 comparisons
    per 23 documents). The ratio of two strings is at most 2·min/(sum of lengths), so
    only variants of a length near the line's can pass a cutoff; each variant keeps
    one :class:`SequenceMatcher` (difflib caches its facts about the second string),
    and the full ratio is computed only where a bound passes: RapidFuzz's Indel ratio,
    2·LCS/(sum of lengths), computed in C++ for all candidates in one call. difflib's
    matching blocks form a common subsequence, so that ratio is never below difflib's and
    no variant that could win is skipped; the answer is the same as comparing with every
    variant (tests/ingest/test_label_index.py). Python's own bound, ``quick_ratio``, over
    every candidate of a table of 30 columns by 334 rows of short cells took seconds.
    """

    def __init__(self, snapshot: _Snapshot) -> None:
        self.exact: dict[str, str] = {}
        self.by_length: dict[int, list[int]] = {}
        self.entries: list[tuple[str, str]] = []
        self._matchers: dict[int, SequenceMatcher[str]] = {}
        self._by_size: dict[tuple[int, float], tuple[list[int], list[str]]] = {}
        self._lock = threading.Lock()  # the matchers hold the line being compared
        for key, variants in snapshot:
            for variant in variants:
                low = variant.lower()
                self.exact.setdefault(low, key)
                self.by_length.setdefault(len(low), []).append(len(self.entries))
                self.entries.append((key, low))

    def _candidates(self, size: int, cutoff: float) -> tuple[list[int], list[str]]:
        """Entries whose length allows a ratio above ``cutoff`` with a line of ``size``, in table order,
        with their lower-cased variants."""
        found = self._by_size.get((size, cutoff))
        if found is None:
            positions: list[int] = []
            for length, at in self.by_length.items():
                if 2.0 * min(size, length) / (size + length) > cutoff:
                    positions.extend(at)
            positions.sort()
            found = (positions, [self.entries[p][1] for p in positions])
            self._by_size[(size, cutoff)] = found
        return found

    def best(self, text: str, cutoff: float) -> str | None:
        exact = self.exact.get(text)
        if exact is not None:
            return exact
        if not text:
            return None
        best, score = None, cutoff
        positions, variants = self._candidates(len(text), cutoff)
        # A hair under the cutoff, so that a float rounded down never drops a variant at the bound.
        passing = process.extract(
            text, variants, scorer=fuzz.ratio, score_cutoff=cutoff * 100.0 - 1e-6, limit=None
        )
        if not passing:
            return None
        with self._lock:
            for position in sorted(positions[index] for _variant, _score, index in passing):
                matcher = self._matchers.get(position)
                if matcher is None:
                    matcher = SequenceMatcher(None, "", self.entries[position][1], autojunk=False)
                    self._matchers[position] = matcher
                matcher.set_seq1(text)
                if matcher.quick_ratio() <= score:  # an upper bound of the ratio
                    continue
                s = matcher.ratio()
                if s > score:
                    best, score = self.entries[position][0], s
        return best


@functools.lru_cache(maxsize=64)
def _variant_index(snapshot: _Snapshot) -> _VariantIndex:
    return _VariantIndex(snapshot)


def index_of(table: Mapping[str, tuple[str, ...]]) -> _VariantIndex:
    """The index of ``table``, by a snapshot of it (a hashable value, so that a changed table never meets an old
    index); a table of ``labels.tables`` (a read-only view of tuples, which never changes) by its identity: its
    snapshot, built and hashed again for each line asked, was 4 % of extraction (200 000 lines over the corpus)."""
    kept = _KEPT.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    index = _variant_index(_snapshot(table))
    if isinstance(table, MappingProxyType):
        if len(_KEPT) >= 64:
            _KEPT.clear()
        _KEPT[id(table)] = (table, index)  # the table kept too: its id is not reused while it is here
    return index


#: :func:`index_of`'s read-only tables: id → (the table, its index).
_KEPT: dict[int, tuple[object, _VariantIndex]] = {}
