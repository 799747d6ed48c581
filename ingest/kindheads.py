"""Column heads of two words, a statement kind's and a role's ("Kertymä budjetti", "Vuoden budjetti", "Årets budget").

Read by ``tables.column_role`` before its fuzzy match of the whole head, which took "Kertymä budjetti" for the actual
("Kertymä" alone is one) and "Vuoden budjetti" for the period's budget ("Jakson budjetti"): the kind's word says which
statement the column belongs to (``costkinds``), the role's word which column it is.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.labels import best_label

#: A word that names a statement's kind, not a column's role: "Kertymä", "Kumulatiivinen", "Vuoden", "Årets".
_KIND_WORD = re.compile(
    r"kertymä\w*|kertyn\w*|kumulatiivi\w*|vuoden|årets|ackumuler\w*|kumulativ\w*|cumulative|annual|year's|yearly",
    re.I,
)
#: The roles a two-word head of a kind's word may name.
_KIND_ROLES = ("budget", "actual", "forecast", "committed", "granted")


def role_of(bare: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The role of a head of two words, a statement kind's and a role's ("Kertymä budjetti", "Vuoden budjetti",
    "Budjetti kertymä", "Årets budget"): the role word's, exactly. A fuzzy match of the whole took "Kertymä
    budjetti" for the actual ("Kertymä" alone is one) and "Vuoden budjetti" for the period's ("Jakson budjetti")."""
    words = bare.split()
    if len(words) != 2:
        return None
    for kind_word, role_word in (words, words[::-1]):
        if (
            _KIND_WORD.fullmatch(kind_word)
            and (role := best_label(role_word, table, cutoff=0.9)) in _KIND_ROLES
        ):
            return role
    return None
