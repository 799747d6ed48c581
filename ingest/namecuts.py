"""Where a project's name read from running text ends.

The name after a project word runs to a punctuation mark or a verb ("hankkeelle X.",
"projektet X, som …"); a grant sentence puts the sum right after the word or the name
("har beviljat projektet 290 000 euro för åren 2024–2025", "myönsi hankkeelle X
410 000 euroa"). A sum is no part of a name: the name ends where it begins.
"""

from __future__ import annotations

import re

#: A sum of money and what follows it: "290 000 euro för åren 2024–2025", "1,2 miljoonaa euroa".
_SUM = re.compile(r"(?:^|\s)\d[\d\s\u00a0.,]*\s*(?:€|t€|e\b|eur(?:o\w*)?\b|milj\w*)(?:\s|$|[.,;])", re.I)


def without_sum(name: str) -> str | None:
    """A name cut where a sum begins ("projektet X 290 000 euro för …" names X); None when only a sum is left."""
    match = _SUM.search(name)
    cut = name[: match.start()].strip(" -–,") if match is not None else name
    return cut if len(cut) >= 4 else None
