"""Blocks of lines an exporter repeated within one project part, found before segmenting.

A Word or PDF export sometimes prints a block of four lines or more twice inside one part (a
field group copied, a table header on each page); the second copy is noise. A part begins at a
name field or a part's heading. Moved out of segment.py (its size) unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hankegraafi.ingest.labels import match_field, match_part, norm_label

if TYPE_CHECKING:
    from hankegraafi.ingest.segment import Line


def drop_repeated_blocks(lines: list[Line], size: int = 4) -> set[int]:
    """Blocks of ``size`` or more lines repeated within one project part (exporter noise)."""
    removed: set[int] = set()
    scope: list[Line] = []
    scopes: list[list[Line]] = []
    for line in lines:
        if not line.text:
            continue
        first_cell = line.text.split("\t")[0]
        if scope and (match_field(first_cell) == "name" or match_part(line.text)):
            scopes.append(scope)
            scope = []
        scope.append(line)
    scopes.append(scope)
    for part in scopes:
        texts = [norm_label(line.text) for line in part]
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + size <= len(texts):
            window = tuple(texts[i : i + size])
            start = seen.get(window)
            if start is not None and start + size <= i:
                j, k = start, i
                while k < len(texts) and j < i and texts[j] == texts[k]:
                    removed.add(part[k].no)
                    j += 1
                    k += 1
                i = k
                continue
            seen.setdefault(window, i)
            i += 1
    return removed
