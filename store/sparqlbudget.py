"""The cost of a SPARQL text to the parser, counted before the parser is given it.

rdflib's parser (:mod:`.sparqlparse`) is recursive and slow, and it runs in one thread of the web
process: a text is held to a size, token, operator and cost budget first, by a scanner that only
counts (a resource bound, never a safety decision: what the text means is read by the grammar).

The parser's time per token depends on where the token stands. A term of an expression (inside
``FILTER(…)``, ``BIND(…)``, a projection ``(… AS ?v)``, a function's arguments, ``ORDER BY``,
``GROUP BY``, ``HAVING``) makes it descend the whole expression grammar and try every built-in
call first: 0.3–1 ms per token, 2 ms per term; a triple pattern's or a ``VALUES`` block's term
costs 0.05–0.2 ms. A budget of tokens alone let 7 900 ``ORDER BY`` variables cost 6.9 s and 2 000
``FILTER(?v)`` 4 s (found by attack, stops 43 and 44), so each token is weighed by its place.

The scanner must never read a token coarser than the grammar does where an expression can stand,
or the operators inside it go uncounted (found by attack, stop 44): ``?a-1-1-…`` was one word
and ``?a<?b&&?c&&…>`` one IRI to the count, while the grammar read a chain of thousands of
operands (1.9 ms each, unbounded by the token budget). Variables hold no ``-`` or ``.``, keywords
no ``-``, and inside an expression a ``<`` after a term is the operator, as the grammar reads it.
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
#: Most cost units (about 0.25 ms of the parser's time each on this project's two-core machine):
#: a token counts 1, a term of an expression :data:`EXPRESSION_TERM`, a bare term of ``ORDER BY`` or
#: ``GROUP BY`` :data:`CONDITION_TERM`. The parse of a text within it takes about 2 s at most.
MAX_COST = 8_000
#: Cost of a term (variable, literal, IRI, name, function) inside an expression: ~2 ms to parse.
EXPRESSION_TERM = 8
#: Cost of a bracket opening an expression: ``ORDER BY (?v)`` costs ~3.2 ms, ``ORDER BY ?v`` ~0.9 ms.
BRACKET = 4
#: Cost of a variable, IRI or name standing bare in ``ORDER BY``/``GROUP BY``: ~0.9 ms to parse.
CONDITION_TERM = 4

_TOKEN = re.compile(
    r"(?P<comment>#[^\r\n]*)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\r\n]|\\.)*"|\'(?:[^\'\\\r\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<var>[?$]\w+)"
    # A prefixed name may hold "-" and "." (ex:a-b); a keyword or a number does not (true-1-1
    # is three terms to the grammar). The prefix is bounded, so a run of "a-a-a-…" is linear.
    r"|(?P<name>[A-Za-z_][\w.\-]{0,80}:[\w.:\-%\\]*|:[\w.:\-%\\]*)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<number>\d[\w.]*|\.\d[\w.]*)"
    r"|(?P<mark>\S)"
)
_OPERATORS = frozenset("+-*/|&!=<>,^")
#: Tokens that end a term: after one of them, inside an expression, ``<`` is "less than".
_TERMS = frozenset({"string", "iri", "var", "name", "word", "number"})
#: Words after which a ``(`` opens an expression although it stands in a group.
_EXPRESSION_WORDS = frozenset({"FILTER", "BIND", "HAVING", "ASC", "DESC", "BY"})
#: Words that hold no expression after them: a ``(`` there is a variable list or a collection.
_DATA_WORDS = frozenset({"VALUES", "A", "UNDEF", "TRUE", "FALSE"})
#: Words that end a clause of conditions (ORDER BY, GROUP BY, HAVING) or a projection.
_CLAUSE_ENDS = frozenset({"LIMIT", "OFFSET", "VALUES", "WHERE", "FROM"})
#: Words inside an expression that are grammar, not terms (``(?x AS ?y)``, ``COUNT(DISTINCT ?x)``).
_STRUCTURE_WORDS = frozenset({"AS", "DISTINCT", "SEPARATOR"})

# Contexts: a group or template {…}, an expression (…), data: a VALUES block, a collection, a path.
_GROUP, _EXPRESSION, _DATA = "g", "e", "d"


def fault(text: str) -> str | None:
    """Why ``text`` is larger than the reader's budget, or None when it is within it."""
    if len(text) > MAX_CHARACTERS:
        return f"the query is too large to check ({len(text)} characters)"
    return _scan(text, MAX_TOKENS, MAX_OPERATORS, MAX_COST)[1]


def cost(text: str) -> int:
    """The cost units of ``text`` as the budget counts them, with no limit (for tests and tools)."""
    return _scan(text, None, None, None)[0]


def _scan(
    text: str, max_tokens: int | None, max_operators: int | None, max_cost: int | None
) -> tuple[int, str | None]:
    """The cost of ``text`` and the first limit it passes (None: within every one given)."""
    operators = tokens = cost = 0
    stack: list[tuple[str, str, str | None]] = []  # (context, its closer, the clause it interrupted)
    clause: str | None = None  # "select" (a projection) or "conditions" (ORDER BY, GROUP BY, HAVING)
    values = False  # after VALUES, before its block
    kind = before = ""  # the previous token's kind and (upper-case) text, comments skipped
    previous = ""  # the one before that, upper-case
    pos, end = 0, len(text)
    while pos < end:
        match = _TOKEN.search(text, pos)
        if match is None:
            break
        token, group = match.group(0), match.lastgroup or "mark"
        pos = match.end()
        if group == "comment":  # a token and a unit: a million characters of comments parse in ~1 s
            tokens += 1
            cost += 1
            continue
        inside = stack[-1][0] if stack else _GROUP
        if group == "iri" and inside == _EXPRESSION and (kind in _TERMS or before == ")"):
            token, group, pos = (
                "<",
                "mark",
                match.start() + 1,
            )  # "?a<?b&&?c>…": less than, as the grammar reads it
        tokens += 1
        if max_tokens is not None and tokens > max_tokens:
            return cost, f"the query has more than {MAX_TOKENS} tokens; it is too large to check"
        word = token.upper() if group == "word" else ""
        if group == "mark":
            if token in _OPERATORS:
                operators += 1
                if max_operators is not None and operators > max_operators:
                    return cost, f"the query has more than {MAX_OPERATORS} operators; it is too large to check"
            cost += 1
            if token == "(":
                opened = _open_paren(inside, clause, values, kind, before, previous)
                stack.append((opened, ")", clause))
                if opened == _EXPRESSION:
                    cost += BRACKET - 1
            elif token == "{":
                block = _DATA if values or inside == _DATA else _GROUP
                stack.append((block, "}", clause))
                values = False
                clause = None
            elif token in ")}":
                while stack:
                    _, closer, clause_before = stack.pop()
                    if closer == "}":
                        clause = clause_before
                    if closer == token:
                        break
        elif (inside == _EXPRESSION and word not in _STRUCTURE_WORDS) or (
            before == "FILTER" and group in ("word", "name", "iri")
        ):  # FILTER EXISTS, FILTER regex(…): the built-in calls are tried one by one, as in an expression
            cost += EXPRESSION_TERM
        elif clause == "conditions" and inside == _GROUP and group in ("var", "iri", "name", "word"):
            cost += 1 if word == "BY" else CONDITION_TERM
        else:
            cost += 1
        if word == "SELECT":
            clause = "select"
        elif word in ("ORDER", "GROUP") or word == "HAVING":
            clause = "conditions"
        elif word in _CLAUSE_ENDS and inside != _EXPRESSION:
            clause = None
        if word == "VALUES":
            values = True
        if max_cost is not None and cost > max_cost:
            return cost, (
                f"the query costs more than {MAX_COST} units to check (a term of an expression "
                f"counts {EXPRESSION_TERM}, of ORDER BY or GROUP BY {CONDITION_TERM}, any other token 1); "
                "it is too large to check"
            )
        previous, before, kind = before, word or token.upper(), group
    return cost, None


def _open_paren(inside: str, clause: str | None, values: bool, kind: str, before: str, previous: str) -> str:
    """What a ``(`` opens: an expression unless it plainly holds data (the safe side when unsure)."""
    if inside in (_EXPRESSION, _DATA):
        return inside
    if values:
        return _DATA  # VALUES (?a ?b)
    if clause is not None:
        return _EXPRESSION  # SELECT (… AS ?v), ORDER BY (…), GROUP BY (…), HAVING (…)
    if kind == "word":
        return _DATA if before in _DATA_WORDS else _EXPRESSION  # FILTER(, BIND(, STR(, REGEX(
    if kind in ("iri", "name") and previous == "FILTER":
        return _EXPRESSION  # FILTER ex:f(…)
    if kind in ("var", "iri", "name", "string", "number") or before in (")", "]", "[", ",", ";", "(", "{", "."):
        return _DATA  # a collection or a path in a triple pattern
    return _EXPRESSION
