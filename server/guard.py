"""What a query may ask for, decided before it runs.

Both rdflib and pyoxigraph follow ``SERVICE`` to any URL, and ``LOAD`` and a
remote ``FROM`` make an engine fetch data, so the endpoint refuses them before
execution. The check reads SPARQL at the level of tokens (after the codepoint
escapes that SPARQL resolves before parsing), skipping comments, strings and
IRIs: a keyword cannot hide in any of them, and one that is present anywhere
else is refused, even where a parser would have rejected the query anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRIREF = re.compile(r'<([^<>"{}|^`\\\x00-\x20]*)>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_PNAME = re.compile(r"([A-Za-z][\w\-.]*)?:((?:[\w\-:%.]|\\.)*)", re.UNICODE)
_VAR = re.compile(r"[?$]\w+", re.UNICODE)
_LANG = re.compile(r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*")

#: Keywords that make an engine reach out to the network (or write).
FORBIDDEN = {
    "SERVICE": "SERVICE (federated query) is not allowed: this endpoint never sends requests elsewhere",
    "LOAD": "LOAD is not allowed: this endpoint never fetches remote data",
}
#: Deepest nesting of ``{`` and ``(`` accepted. The engines parse recursively:
#: 20 000 nested groups overflow a query worker's stack, so they are refused here.
MAX_NESTING = 200
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


class Refused(ValueError):
    """The query asks for something this endpoint never does; the message says what."""


@dataclass
class Scan:
    """What the token scan found."""

    keywords: list[str] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)
    from_graphs: list[str] = field(default_factory=list)
    from_named: list[str] = field(default_factory=list)

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named)

    @property
    def is_update(self) -> bool:
        """True when the first keyword after the prologue is an update operation."""
        for word in self.keywords:
            if word in ("PREFIX", "BASE"):
                continue
            return word in UPDATE_WORDS
        return False


def unescape(text: str) -> str:
    """Resolve ``\\uXXXX`` and ``\\UXXXXXXXX`` as SPARQL does before parsing."""

    def repl(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        try:
            return chr(code)
        except ValueError:
            return m.group(0)

    return _ESCAPE.sub(repl, text)


def scan(sparql: str) -> Scan:
    """Tokens that matter for safety: keywords, prefixes and dataset clauses."""
    text = unescape(sparql)
    out = Scan()
    base: str | None = None
    i, n = 0, len(text)
    # A small state machine over the keywords that take an argument.
    pending: str | None = None  # "FROM", "FROM NAMED", "PREFIX", "PREFIX:name", "BASE"
    pending_prefix = ""
    depth = 0
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c == "#":
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
            continue
        if c in "\"'":
            i = _skip_string(text, i)
            lang = _LANG.match(text, i)
            if lang:
                i = lang.end()
            pending = None
            continue
        if c == "<":
            m = _IRIREF.match(text, i)
            if m:
                iri = m.group(1)
                if pending in ("FROM", "FROM NAMED"):
                    target = out.from_named if pending == "FROM NAMED" else out.from_graphs
                    target.append(urljoin(base, iri) if base else iri)
                elif pending == "PREFIX:name":
                    out.prefixes[pending_prefix] = urljoin(base, iri) if base else iri
                elif pending == "BASE":
                    base = urljoin(base, iri) if base else iri
                pending = None
                i = m.end()
                continue
            i += 1
            pending = None
            continue
        if c in "?$":
            m = _VAR.match(text, i)
            i = m.end() if m else i + 1
            pending = None
            continue
        word_m = _WORD.match(text, i)
        if c == ":" or (word_m and text.startswith(":", word_m.end())):
            pname = _PNAME.match(text, i)
            assert pname is not None
            prefix, local = pname.group(1) or "", pname.group(2)
            if pending == "PREFIX":
                pending, pending_prefix = "PREFIX:name", prefix
            elif pending in ("FROM", "FROM NAMED"):
                if prefix not in out.prefixes:
                    raise Refused(f"unknown prefix {prefix!r} in a FROM clause")
                target = out.from_named if pending == "FROM NAMED" else out.from_graphs
                target.append(out.prefixes[prefix] + local.replace("\\", ""))
                pending = None
            else:
                pending = None
            i = max(pname.end(), i + 1)
            continue
        if word_m:
            word = word_m.group(0).upper()
            out.keywords.append(word)
            if word in FORBIDDEN:
                raise Refused(FORBIDDEN[word])
            if word == "FROM":
                pending = "FROM"
            elif word == "NAMED" and pending == "FROM":
                pending = "FROM NAMED"
            elif word in ("PREFIX", "BASE"):
                pending = word
            else:
                pending = None
            i = word_m.end()
            continue
        if c == "_" and text.startswith("_:", i):
            m = _PNAME.match(text, i + 1)
            i = m.end() if m else i + 2
            continue
        if c in "{(":
            depth += 1
            if depth > MAX_NESTING:
                raise Refused(f"the query nests groups or expressions deeper than {MAX_NESTING} levels")
        elif c in "})":
            depth = max(0, depth - 1)
        pending = None
        i += 1
    return out


def _skip_string(text: str, i: int) -> int:
    """Index just past the string literal that starts at ``i``."""
    quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else text[i]
    j = i + len(quote)
    n = len(text)
    while j < n:
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(quote, j):
            return j + len(quote)
        if len(quote) == 1 and text[j] in "\r\n":
            return j  # unterminated; the parser will say so
        j += 1
    return n


__all__ = ["FORBIDDEN", "Refused", "Scan", "scan", "unescape"]
