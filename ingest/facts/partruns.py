"""Where the last of a run of parts ends (``partscopes.close_last_of_run``): at the whole's next heading, or,
for parts listed alike with their ratings alone, at the first caption after the last one's ratings.

Class read (N16, stop 44): parts presented one after another, each a part line over its ratings and nothing
else ("Delprojekt 1: X" over "- Tidsplan: [###]" …, "Inv. 3 Y" over "Tidtabell …… inom ramen" …), then a
caption of the whole over its table or list ("Budget och utfall 2025 (1.1–28.2), euro", "Mål för 2023 enligt
projektplanen"): test33 id12, test22 q02. Each earlier part's section ends at the next part line with no
caption in it, so the caption after the last one's ratings is the whole's, as a heading is. A run whose parts
hold captions of their own ("Talous" over each one's table) keeps to headings, and so do numbered outlines.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hankegraafi.ingest.segment import Element


def run_end(
    elements: list[Element], run: list[int], caption_line: Callable[[Element], bool], own: Callable[[str], bool]
) -> Element | None:
    """The element where the last part of ``run`` (indices of its part elements, in order) ends: the first
    heading after it, or, when each part before it holds ratings alone, the caption right after the last one's
    ratings; None when none follows. A caption naming a part by its word alone (``own``: "Delprojektets
    läge") is the part's own, no end."""

    def caption(element: Element) -> bool:
        return caption_line(element) and not own(element.text)

    last = run[-1]
    heading = next((e for e in elements[last + 1 :] if e.type == "heading"), None)
    blocks = [elements[start + 1 : stop] for start, stop in itertools.pairwise(run)]
    if not all(blocks) or not all(_rating(e) for block in blocks for e in block):
        return heading  # a part with text, captions or tables of its own besides its ratings: headings alone
    rest = elements[last + 1 :]
    rated = next((n for n, e in enumerate(rest) if not _rating(e)), len(rest))
    if rated == 0 or rated == len(rest) or not caption(rest[rated]):
        return heading
    return rest[rated]


def _rating(element: Element) -> bool:
    """A light, or a list item of text (a rating the lights read from its line: "- Tidsplan: [###]")."""
    return element.type == "light" or (element.type == "text" and element.text.strip()[:1] in "-•*")
