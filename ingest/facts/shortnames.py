"""The short names a document gives its owner: a county's or an organisation's name with a short form in
brackets beside it ("Keski-Suomen hyvinvointialue (Hyvil)", "Hyvil (Keski-Suomen hyvinvointialue)",
"Österbottens välfärdsområde (Ovo)").

A title part that is only such a short form is the owner, set aside like the full name ("Hyvil |
Loppuraportti" names no project; namesites._owner_part, generictitle._whole_entity). The vocabulary need not
know the brand: the document defines it. Class: test42 om09 ("Hyvil"); tune u1820-u1823.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest.facts.context import Context

#: The types of a name that a title writes as the document's owner.
_OWNER_TYPES = ("county", "organisation", "national-actor", "municipality")
#: A bracket on a line: its inside, a short form or a full name.
_BRACKET = re.compile(r"\(([^()\n]{2,80})\)")
#: A short form: one or two capitalised words without digits, at most 24 letters ("Hyvil", "Siun sote", "PSHVA").
_SHORT = re.compile(r"(?-i:[A-ZÅÄÖ][\wÅÄÖåäö-]{1,23}(?:\s[\wÅÄÖåäö-]{2,12})?)")
#: The lines read: the head and body of a document; a long one's first lines are where it defines its terms.
_LINES = 2000

_DEFINED: weakref.WeakKeyDictionary[Context, frozenset[str]] = weakref.WeakKeyDictionary()


def _owner_at_end(ctx: Context, text: str) -> bool:
    """``text`` ends in a county's or an organisation's whole name, after the line's start or a separator
    ("Keski-Suomen hyvinvointialue", "…, 30.4.2025. Pohjois-Savon hyvinvointialue"); a place inside a
    project's name ("Kotiin kotiutus Keski-Pohjanmaalla (KoKo)") is none."""
    chunk = re.split(r"[.,;:|–—]\s+|\s+[-–—|]\s+", text.rstrip())[-1].strip(" *_#")
    return _whole_owner(ctx, chunk)


def _whole_owner(ctx: Context, text: str) -> bool:
    """``text`` is only a county's or an organisation's name."""
    found = ctx.names.known(text.strip())
    return (
        len(found) == 1
        and found[0].entry.type in _OWNER_TYPES
        and len(found[0].surface) >= len(text.strip()) - 2
    )


def defined_short_names(ctx: Context) -> frozenset[str]:
    """The short forms (case-folded) the document gives a county or an organisation in brackets."""
    cached = _DEFINED.get(ctx)
    if cached is not None:
        return cached
    out: set[str] = set()
    for line in ctx.doc.lines[:_LINES]:
        if "(" not in line or len(line) > 2000:
            continue
        for bracket in _BRACKET.finditer(line):
            inside, before = bracket.group(1).strip(), line[: bracket.start()].rstrip()
            if _SHORT.fullmatch(inside) and not ctx.names.known(inside) and _owner_at_end(ctx, before):
                out.add(inside.casefold())  # "Keski-Suomen hyvinvointialue (Hyvil)"
            elif (
                (word := re.search(r"(?:^|\s)(\S{2,24})$", before)) is not None
                and _SHORT.fullmatch(word.group(1))
                and _whole_owner(ctx, inside)
                and not ctx.names.known(word.group(1))
            ):
                out.add(word.group(1).casefold())  # "Hyvil (Keski-Suomen hyvinvointialue)"
    _DEFINED[ctx] = result = frozenset(out)
    return result


def defined_owner(ctx: Context | None, text: str) -> bool:
    """``text`` is only a short name the document gives its owner (:func:`defined_short_names`)."""
    return ctx is not None and text.strip(" .*_#").casefold() in defined_short_names(ctx)
