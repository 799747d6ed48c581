"""A light's state that only the page's markup gives, keyed by a legend in the same markup.

A page may draw each light as a coloured dot or a shaded cell whose colour a class or a ``data-`` attribute
selects (``<li data-status="warn">Riskit</li>``, ``<td class="c0 c11"></td>``), and say what each colour means
in a legend drawn the same way (``<li data-status="warn">pieni poikkeama</li>``, a colour key's shaded cell
beside "minor deviation, action agreed"). The text alone then says "Riskit" and an empty cell. The class
(test29 ib02, test31 ic07; tuning u1543, u1544, negative u1545): an element that carries a mark of a legend
is given that legend's words, after a dimension's name ("Riskit: pieni poikkeama") or as an empty cell's
text. A legend is two entries or more in one list or table, each a mark and words that rate (the vocabulary's,
``lightvalues.value_of``), their marks different; a mark that more than one entry carries (the class every
item has) keys nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import value_of

if TYPE_CHECKING:  # bs4 is imported by the HTML reader when a page is read, not at start
    from bs4 import Tag

#: The elements a legend's entry or a light stands in.
_ENTRIES = ["td", "th", "li", "dd", "dt", "span", "div", "p"]
#: A legend's words and a light's label are short.
_SHORT = 60


def _marks(tag: Tag) -> set[str]:
    """The marks an element carries: each class word, each short ``data-`` attribute's value."""
    classes = tag.get("class")
    found = {f"class={c}" for c in ([classes] if isinstance(classes, str) else list(classes or []))}
    found |= {
        f"{k}={v}"
        for k, v in tag.attrs.items()
        if k.startswith("data-") and isinstance(v, str) and len(v) <= 30
    }
    return found


def _words(tag: Tag, short: dict[int, bool]) -> str:
    """An entry's words: its own text, or an empty cell's next cell's (a colour key's swatch and its meaning)."""
    text = tag.get_text(" ", strip=True)
    if not text and tag.name in ("td", "th"):
        beside = tag.find_next_sibling(["td", "th"])
        text = beside.get_text(" ", strip=True) if beside is not None and short.get(id(beside)) else ""
    return text


def _short_texts(root: Tag) -> dict[int, bool]:
    """Whether each element's text is short (:data:`_SHORT` characters at most), counted once from the leaves
    up: a page nested thousands deep costs its size, not its size times its depth."""
    from bs4 import Tag as _Tag
    from bs4.element import Comment

    size: dict[int, int] = {}
    for tag in reversed([node for node in root.descendants if isinstance(node, _Tag)]):  # children first
        length = 0
        for child in tag.children:
            if isinstance(child, _Tag):
                length += size[id(child)]
            elif isinstance(child, str) and not isinstance(child, Comment):
                length += len(child.strip())
            if length > _SHORT:
                break
        size[id(tag)] = min(length, _SHORT + 1)
    return {key: length <= _SHORT for key, length in size.items()}


def _container(tag: Tag) -> Tag | None:
    """The list or table an entry stands in: its parent, a cell's row's parent."""
    parent = tag.parent
    return parent.parent if parent is not None and parent.name == "tr" else parent


def spell_legend_marks(root: Tag) -> None:
    """Give each element that carries a legend's mark the legend's words (see the module's note)."""
    short = _short_texts(root)
    tags = [t for t in root.find_all(_ENTRIES) if t.attrs and short.get(id(t), False)]
    entries: dict[int, list[tuple[Tag, str, set[str]]]] = {}  # legend container → its entries
    for tag in tags:
        marks, text = _marks(tag), _words(tag, short)
        if marks and text and len(text) <= _SHORT and value_of(text) in ("on-plan", "deviation"):
            container = _container(tag)
            if container is not None:
                entries.setdefault(id(container), []).append((tag, text, marks))
    meaning: dict[str, set[str]] = {}
    legend: set[int] = set()
    for found in entries.values():
        if len({text for _, text, _ in found}) < 2:
            continue  # one rating phrase is a light, not a legend of marks
        for tag, text, marks in found:
            legend.add(id(tag))
            for mark in marks:
                meaning.setdefault(mark, set()).add(text)
    keys = {mark: next(iter(texts)) for mark, texts in meaning.items() if len(texts) == 1}
    if not keys:
        return
    for tag in tags:
        said = {keys[m] for m in _marks(tag) if m in keys}
        if id(tag) in legend or len(said) != 1:
            continue
        text = tag.get_text(" ", strip=True)
        words = next(iter(said))
        if not text and tag.name in ("td", "th"):
            tag.append(f" {words} ")  # a shaded cell of a matrix: its state as its text
        elif text and len(text) <= _SHORT and dimension_of(text) is not None and value_of(text) is None:
            tag.append(f": {words}")  # "Riskit" drawn with the legend's dot: "Riskit: pieni poikkeama"


__all__ = ["spell_legend_marks"]
