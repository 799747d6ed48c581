"""Content negotiation from one table of media types.

Every format the server speaks is one row of :data:`FORMATS`: its key (the
value of a ``format=`` parameter), its media type, the kind of answer it can
carry, and the other media types clients send for it. Routes ask
:func:`negotiate` for a kind and get a row or a 406; routes that offer their
own choice of rows (a resource page, the dataset description) ask
:func:`choose`. Both pick with :func:`pick`, the one matcher.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from werkzeug.datastructures import MIMEAccept

from hankegraafi.server.errors import NotAcceptable

Kind = Literal["results", "graph", "page"]


@dataclass(frozen=True)
class Format:
    key: str
    media_type: str
    kinds: tuple[Kind, ...]
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    text: bool = True  # give a charset

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.text else self.media_type


#: The one table. Order matters: on equal preference (``*/*``) the first row of a kind wins.
FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        "application/sparql-results+json",
        ("results",),
        ("application/json", "text/javascript", "application/javascript"),
        ("srj",),
    ),
    Format("xml", "application/sparql-results+xml", ("results",), ("application/xml", "text/xml"), ("srx",)),
    Format("csv", "text/csv", ("results",)),
    Format("tsv", "text/tab-separated-values", ("results",)),
    Format("ttl", "text/turtle", ("graph",), ("application/x-turtle",), ("turtle",)),
    Format("nt", "application/n-triples", ("graph",), ("text/plain",), ("ntriples",)),
    Format("jsonld", "application/ld+json", ("graph",), ("application/json",), ("json-ld",)),
    Format("rdfxml", "application/rdf+xml", ("graph",), ("application/xml", "text/xml"), ("rdf",)),
    Format("html", "text/html", ("results", "page")),
    Format("doc", "application/json", ("page",), names=("json",)),
)


def formats_for(kind: Kind, *, html: bool = True) -> list[Format]:
    return [f for f in FORMATS if kind in f.kinds and (html or f.key != "html")]


def negotiate(kind: Kind, accept: MIMEAccept, format_param: str | None = None, *, html: bool = True) -> Format:
    """The best format of ``kind``: a ``format=`` parameter first, then Accept, else the first row."""
    candidates = formats_for(kind, html=html)
    if format_param:
        return named(format_param, candidates)
    match = best(kind, accept, html=html)
    if match is None:
        offered = ", ".join(f.media_type for f in candidates)
        raise NotAcceptable(f"none of the accepted media types can be given (offered: {offered})")
    return match


def best(kind: Kind, accept: MIMEAccept, *, html: bool = True) -> Format | None:
    """Like :func:`negotiate` but None instead of a 406 (used to pick before the query form is known)."""
    return pick(formats_for(kind, html=html), accept)


def named(format_param: str, offered: Sequence[Format]) -> Format:
    """The row of ``offered`` a ``format=`` value names (its key, a name or its media type), or a 406 naming
    what is offered: a format asked by name is never silently answered in another."""
    wanted = format_param.strip().lower()
    media = wanted.split(";")[0].strip()
    chosen = next((f for f in offered if wanted == f.key or wanted in f.names or media == f.media_type), None)
    if chosen is None:
        names = ", ".join(f.key for f in offered)
        raise NotAcceptable(f"format {format_param!r} is not offered here (offered: {names})")
    return chosen


def agreed(key: str, format_param: str | None) -> str:
    """A document's format ``key`` (from its suffix), checked against a ``format=`` that names another: a 406
    naming both, never the suffix's format answered unsaid (``/id/x.ttl?format=json`` had been Turtle)."""
    if format_param:
        asked = named(format_param, FORMATS)
        if asked.key != key:
            raise NotAcceptable(f"format {format_param!r} conflicts with the document's suffix ({key})")
    return key


def choose(accept: MIMEAccept, offered: Sequence[Format], format_param: str | None = None) -> Format:
    """The best of ``offered`` (rows of :data:`FORMATS`, in order of preference) for a ``format=`` value,
    else for Accept, or a 406."""
    if format_param:
        return named(format_param, offered)
    chosen = pick(offered, accept)
    if chosen is None:
        names = ", ".join(f.media_type for f in offered)
        raise NotAcceptable(f"none of the accepted media types can be given (offered: {names})")
    return chosen


def pick(offered: Sequence[Format], accept: MIMEAccept) -> Format | None:
    """The best of ``offered`` for Accept: the first one when Accept is missing; None when none fits.

    Each row stands for its media type and its aliases. An exact media type
    wins over a wildcard of equal quality (werkzeug's ``best_match`` does
    that) and on a tie the order of ``offered`` decides (``*/*``: the first).
    """
    if not accept:
        return offered[0]
    media: list[str] = []
    owner: dict[str, Format] = {}
    for f in offered:
        for m in (f.media_type, *f.aliases):
            if m not in owner:
                media.append(m)
                owner[m] = f
    chosen = accept.best_match(media)
    return owner[chosen] if chosen else None
