"""The names resource pages keep for each other (``labels.SharedNames``) stay within their bound:
a kept name costs the web process about 640 bytes, and at 10^6 triples pages read hundreds of
thousands of IRIs, so a full table gives up the older half it read instead of growing."""

from __future__ import annotations

from hankegraafi.server.pages.labels import Names, SharedNames


def _names(prefix: str, n: int) -> dict[str, Names]:
    return {f"https://example.org/{prefix}/{i}": ({"fi": f"{prefix} {i}"}, []) for i in range(n)}


def test_a_full_table_gives_up_the_older_names_and_keeps_the_newer() -> None:
    shared = SharedNames(limit=10)
    first, second, third = _names("a", 6), _names("b", 3), _names("c", 4)
    shared.put(1, first)
    shared.put(1, second)
    assert shared.get(1, [*first, *second]) == {**first, **second}
    shared.put(1, third)  # 9 + 4 > 10: half the limit less the 4 new, the newest first
    kept = shared.get(1, [*first, *second, *third])
    assert set(kept) == {*list(second)[-1:], *third}
    assert kept["https://example.org/c/3"] == ({"fi": "c 3"}, [])


def test_the_bound_holds_over_many_pages() -> None:
    shared = SharedNames(limit=1000)
    for page in range(50):
        names = _names(f"page{page}", 300)
        shared.put(7, names)
        assert shared.get(7, names) == names  # what a page just read is kept whole
        assert (
            len(
                shared.get(7, [f"https://example.org/page{p}/{i}" for p in range(page + 1) for i in range(300)])
            )
            <= 1000
        )


def test_names_of_another_generation_are_never_given() -> None:
    shared = SharedNames()
    shared.put(3, _names("x", 2))
    assert shared.get(4, _names("x", 2)) == {}
    shared.put(2, _names("y", 2))  # a page that began before the write keeps nothing
    assert shared.get(3, _names("y", 2)) == {}
    shared.put(5, _names("z", 1))
    assert shared.get(3, _names("x", 2)) == {}
