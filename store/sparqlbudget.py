"""The size of a SPARQL text, counted before the parser is given it.

rdflib's parser (:mod:`.sparqlparse`) is recursive and slow, and it runs in the web process:
a text is held to a size, token and operator budget first, with a scanner that only counts
(a resource bound, never a safety decision: what the text means is read by the grammar alone).
"""

from __future__ import annotations

import re

#: Most tokens (roughly: words, IRIs, literals, punctuation) read at all. The
#: parser spends up to ~1 ms per token in the worst case, so this bounds the
#: time one query can keep the web process busy to a few seconds.
MAX_TOKENS = 8_000
#: Most operator and separator tokens (``+ - * / | & ! = < > , ^``): each operand
#: of an expression costs the parser ~1.5 ms (it descends the whole expression
#: grammar), so a 4 000-operand chain within MAX_TOKENS would take 6–30 s; the
#: largest catalogue query has 146.
MAX_OPERATORS = 600
#: Longest text the token count runs over (above the default 1 MB request limit:
#: a long comment or literal is cheap to parse; tokens and operators are what cost).
MAX_CHARACTERS = 2_000_000

# A word may hold "-" only after a letter-led start (a name such as ex:a-b):
# a number ends at "-", so "1-1-1" counts as five tokens and two operators,
# as the grammar reads it (a red-team query of 400 000 "1-"s was one token).
_TOKEN = re.compile(
    r'<[^<>\s"{}|^`\\]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|[A-Za-z_?$:][\w.:\-]*|[\w.:]+|\S"
)
_OPERATORS = frozenset("+-*/|&!=<>,^")


def fault(text: str) -> str | None:
    """Why ``text`` is larger than the reader's budget, or None when it is within it."""
    if len(text) > MAX_CHARACTERS:
        return f"the query is too large to check ({len(text)} characters)"
    operators = 0
    for count, token in enumerate(_TOKEN.finditer(text), 1):
        if count > MAX_TOKENS:
            return f"the query has more than {MAX_TOKENS} tokens; it is too large to check"
        if token.group(0) in _OPERATORS:
            operators += 1
            if operators > MAX_OPERATORS:
                return f"the query has more than {MAX_OPERATORS} operators; it is too large to check"
    return None
