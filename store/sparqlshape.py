"""A query's shape: its text with absolute IRIs and plain strings put in one form (issue 17).

The SPARQL guard reads every query with rdflib's grammar (:mod:`.sparqlparse`), 20-50 ms for a
small query with a FILTER and up to a second for the catalogue's, so each text not seen before
paid that before the engine ran (a lookup engine-side costs 0.05-0.2 ms). Real clients send the
same query about another subject: the texts differ only inside IRIs and strings. Those tokens'
contents never change how the grammar reads the rest of the text, so one parse of the shape,
with every such token given one content, reads every text of that shape
(``sparqlparse.read`` then keeps only the readings that hold no IRI of the text: a query with
no SERVICE, LOAD, dataset clause or update; anything else is parsed as it stands).

Why a token's content cannot change the reading, and what is left alone because it could:

* An IRI is replaced only when it is absolute with an authority (``<scheme://…>``). ``<`` could
  also be the less-than operator, and then its content would be read as tokens; but after
  ``<`` an operand can read at most ``scheme:`` (a prefixed name) or ``true``/``false``, and no
  production lets ``//`` follow an expression, so that reading fails on every such text, and
  on the shape the same way. Any other ``<`` or ``>`` in the text (a comparison, a relative
  IRI, ``<urn:…>``, whose content could read as operands) means no shape: the text is parsed
  as it stands.
* A string is replaced only in its short forms without escapes (``"…"``, ``'…'``, the grammar's
  own expressions, ``(?!")`` included), not when ``^^`` follows (a typed literal's value is
  read by its datatype) nor is the IRI after ``^^`` replaced. A long string (``\"\"\"``, ``'''``),
  a quote that opens no short string, or a backslash anywhere (an escape, or ``\\#``, ``\\'``
  in a name, PN_LOCAL_ESC) means no shape.
* The tokens are found left to right as the grammar finds them: a ``#`` outside an IRI or a
  string opens a comment to the end of its line (the text is the one ``for_parser`` gives the
  grammar: a CR is already LF), and outside IRIs, strings and comments no other token of
  SPARQL holds ``<``, ``>``, a quote, ``#`` or a backslash but those refused above.
* Everything else (keywords, names, variables, numbers, punctuation, white space, comments)
  is kept, so the shape has the text's own structure, nesting and size.

``tests/store/test_sparqlshape.py`` compares the reading through the shape with the text's
own parse over the guard's refusal suites and generated texts.
"""

from __future__ import annotations

import re

#: The one IRI every replaced IRI becomes (absolute with an authority, like the ones it stands for).
IRI = "<h://i>"
#: The tokens that matter, in the order the grammar's own terminals would take them at one place.
_TOKENS = re.compile(
    r"""(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    r"""|(?P<long>\"\"\"|''')"""
    r"""|(?P<string>"[^"\n\r\\]*"(?!")|'[^'\n\r\\]*'(?!'))"""
    r"""|(?P<comment>\#[^\n]*)"""
    r"""|(?P<other>[<>"'\\])"""
)
_ABSOLUTE = re.compile(r"<[A-Za-z][A-Za-z0-9]*://")
#: The parts of a reading (``sparqlparse.Reading``) that hold the text's own IRIs, or make it an
#: update: a shape's reading is a text's only when they are all empty.
OWN = ("is_update", "services", "loads", "writes", "from_graphs", "from_named")


def shape(clean: str) -> str | None:
    """The shape of ``clean`` (a text as ``sparqlparse.for_parser`` returns it), or None when the
    text holds a token whose content could change its reading (the module's docstring)."""
    out: list[str] = []
    at = 0
    for match in _TOKENS.finditer(clean):
        kind = match.lastgroup
        start, end = match.span()
        if kind in ("long", "other"):
            return None
        token = match.group()
        typed = clean.startswith("^^", end) or clean.endswith("^^", 0, start)
        if kind == "iri":
            if _ABSOLUTE.match(token) is None:
                return None
            if not typed:
                token = IRI
        elif kind == "string" and not typed:
            token = token[0] + "s" + token[0]
        out.append(clean[at:start])
        out.append(token)
        at = end
    out.append(clean[at:])
    return "".join(out)


__all__ = ["IRI", "OWN", "shape"]
