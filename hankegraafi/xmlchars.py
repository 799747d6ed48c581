"""Characters that no XML 1.0 document can hold, and so no answer the endpoint gives in XML.

The SPARQL XML results, RDF/XML, TriX, the Atom feed and the sitemap are XML 1.0, whose
``Char`` production (https://www.w3.org/TR/xml/#charsets) leaves out the C0 controls but tab,
line feed and carriage return, the surrogate code points and U+FFFE / U+FFFF. Not even a
character reference (``&#1;``) may name one. A literal holding one is valid RDF and valid
SPARQL, but every XML answer that shows it is ill-formed and a client's parser stops at it
(an HTTP 200 that cannot be read). So such characters never enter the store: a reader drops
them from a document's text, and a query, an update or an RDF body holding one is refused
with the place where it stands.
"""

from __future__ import annotations

import re

#: Why such a character is refused, after its name in a message.
WHY = (
    "is a character no XML answer can hold (XML 1.0 leaves out control characters, surrogates, U+FFFE, U+FFFF)"
)

#: One character outside XML 1.0's ``Char`` production (the spec's list, not a guess).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def first_forbidden(text: str) -> int | None:
    """Offset of the first character of ``text`` that XML 1.0 cannot hold, or None."""
    match = FORBIDDEN.search(text)
    return match.start() if match else None


def name(char: str) -> str:
    """The character as ``U+0001``: the raw character would not show in a message."""
    return f"U+{ord(char):04X}"


def without_forbidden(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold; a form feed or vertical tab (a page
    break of a text export) becomes a space, so that the words on either side stay apart."""
    if FORBIDDEN.search(text) is None:
        return text
    return FORBIDDEN.sub(lambda m: " " if m.group(0) in "\x0b\x0c" else "", text)


def marked(text: str) -> str:
    """``text`` with each character XML 1.0 cannot hold shown as U+FFFD: for a name (a file's),
    which must stay one name and tell where something was."""
    return FORBIDDEN.sub("\ufffd", text)


def check_term(value: str, what: str) -> None:
    """Raise ValueError naming ``what`` (a term's place) and the character, if ``value`` holds one."""
    at = first_forbidden(value)
    if at is not None:
        raise ValueError(
            f"{what} holds {name(value[at])} at character {at + 1}, {WHY.removeprefix('is ')}: remove it"
        )


__all__ = ["FORBIDDEN", "WHY", "check_term", "first_forbidden", "marked", "name", "without_forbidden"]
