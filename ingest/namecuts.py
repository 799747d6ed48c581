"""Where a project's name read from running text ends.

The name after a project word runs to a punctuation mark or a verb ("hankkeelle X.",
"projektet X, som …"); a grant sentence puts the sum right after the word or the name
("har beviljat projektet 290 000 euro för åren 2024–2025", "myönsi hankkeelle X
410 000 euroa"). A sum is no part of a name: the name ends where it begins. A name that
ends in a word standing only inside names ("Framtidens hemvård i") was cut by a line break.
"""

from __future__ import annotations

import re

#: A sum of money and what follows it: "290 000 euro för åren 2024–2025", "1,2 miljoonaa euroa".
_SUM = re.compile(r"(?:^|\s)\d[\d\s\u00a0.,]*\s*(?:€|t€|e\b|eur(?:o\w*)?\b|milj\w*)(?:\s|$|[.,;])", re.I)


#: The years a grant or plan covers after the name: "hankkeelle X vuosille 2023–2025", "för projektet X åren 2023–2025".
_PERIOD = re.compile(
    r"\s+(?:vuosi(?:lle|na|en)|vuode(?:lle|ksi|n)|(?:under |för )?åren|(?:för|under) år|for the years|in the years)"
    r"\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?\b.*$",
    re.I,
)


def without_sum(name: str) -> str | None:
    """A name cut where a sum or the years it covers begin ("projektet X 290 000 euro för …", "hankkeelle X
    vuosille 2023–2025" name X); None when only a sum is left."""
    match = _SUM.search(name)
    cut = name[: match.start()].strip(" -–,") if match is not None else name
    cut = _PERIOD.sub("", cut).strip(" -–,")
    return cut if len(cut) >= 4 else None


#: Words that stand inside a name between capitalised ones, never at its end ("Hemma i Borgå", "Koti ja arki").
_INNER = re.compile(r"^(?:i|och|på|av|med|till|för|ja|sekä|and|of|in|for)$")


def cut_at_break(name: str) -> bool:
    """A name ending in an inner word or a hyphen ("Framtidens hemvård i", "Sosiaali- ja terveys-"):
    a line break cut it, the rest is on the next line, and the name read is no name."""
    words = name.split()
    return len(words) > 1 and (_INNER.match(words[-1]) is not None or words[-1].endswith("-"))
