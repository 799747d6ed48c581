"""The result cache holds at most ``max_total_bytes`` of answers, and drops those of an older write
generation as soon as a newer one is stored (issue 17, memory: 256 answers of up to 2 MB had been
allowed, 512 MB in a web process whose whole budget is 200 MB)."""

from __future__ import annotations

from hankegraafi.server.engine import Outcome
from hankegraafi.server.runtime import ResultCache


def _answer(size: int, mark: bytes = b"x") -> Outcome:
    return Outcome(body=mark * size, media_type="application/json", form="SELECT", rows=1, truncated=False)


def test_the_cache_holds_at_most_its_total_bytes_least_recently_used_first() -> None:
    cache = ResultCache(ttl=300, max_total_bytes=2_500_000)
    for n in range(5):
        cache.put((0, f"q{n}"), _answer(1_000_000))
    assert cache.held == 2_000_000
    assert [cache.get((0, f"q{n}")) is not None for n in range(5)] == [False, False, False, True, True]
    cache.get((0, "q3"))  # used: q4 is now the least recently used
    cache.put((0, "q5"), _answer(1_000_000))
    assert cache.get((0, "q4")) is None
    assert cache.get((0, "q3")) is not None and cache.get((0, "q5")) is not None
    assert cache.held == 2_000_000


def test_an_answer_over_the_entry_bound_is_not_kept_and_a_replaced_one_is_counted_once() -> None:
    cache = ResultCache(ttl=300)
    cache.put((0, "big"), _answer(2_000_001))
    assert cache.get((0, "big")) is None and cache.held == 0
    cache.put((0, "q"), _answer(10))
    cache.put((0, "q"), _answer(30, b"y"))
    answer = cache.get((0, "q"))
    assert answer is not None and answer.body == b"y" * 30
    assert cache.held == 30


def test_answers_of_an_older_write_generation_go_when_a_newer_one_is_stored() -> None:
    cache = ResultCache(ttl=300)
    for n in range(10):
        cache.put((3, f"q{n}"), _answer(1_000))
    assert cache.held == 10_000
    cache.put((4, "q0"), _answer(500))
    assert cache.held == 500
    assert [k for k in cache._items] == [(4, "q0")]
    cache.put((3, "late"), _answer(100))  # a reader that began before the write: never asked again
    assert cache.get((3, "late")) is None and cache.held == 500


def test_the_default_bound_is_24_mb() -> None:
    cache = ResultCache(ttl=300)
    assert (cache.max_entries, cache.max_bytes, cache.max_total_bytes) == (256, 2_000_000, 24_000_000)
    for n in range(256):
        cache.put((0, n), _answer(1_500_000))
    assert cache.held == 16 * 1_500_000
    assert len(cache._items) == 16
