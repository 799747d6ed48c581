"""segment() keeps its last answer for the same lines, and hands out copies nobody shares."""

from __future__ import annotations

from hankegraafi.ingest import segment as seg_module
from hankegraafi.ingest.segment import segment
from hankegraafi.ontology import registry

_LINES = [
    "Hankkeen nimi",
    "Kotihoidon etäpalvelut",
    "",
    "Kustannukset",
    "Henkilöstö\t120 000 €\t95 000 €",
    "Yhteensä\t120 000 €\t95 000 €",
    "",
    "Liikennevalo - Aikataulu",
    "Suunnitellusti",
]


def _shape(result: object) -> object:
    return repr(result)


def test_the_same_lines_give_an_equal_fresh_answer() -> None:
    first = segment(list(_LINES))
    second = segment(list(_LINES))
    assert _shape(first) == _shape(second) == _shape(seg_module._segment(list(_LINES)))
    assert first is not second and first.elements is not second.elements
    assert all(a is not b for a, b in zip(first.elements, second.elements, strict=True))
    # A caller changing its copy changes nobody else's.
    first.elements[0].value = "muutettu"
    for element in first.elements:
        element.rows.append(["x"])
    first.kind = "generic"
    third = segment(list(_LINES))
    assert _shape(third) == _shape(second)


def test_other_lines_or_a_new_reading_are_segmented_again() -> None:
    before = segment(list(_LINES))
    changed = [*_LINES[:-1], "Poikkeama"]
    assert _shape(segment(changed)) == _shape(seg_module._segment(changed)) != _shape(before)
    lines = list(_LINES)
    segment(lines)
    lines[1] = "Toinen nimi"  # the same list, changed in place
    assert _shape(segment(lines)) == _shape(seg_module._segment(lines))
    with registry.extended(""):  # the vocabularies read again
        assert _shape(segment(list(_LINES))) == _shape(before)
