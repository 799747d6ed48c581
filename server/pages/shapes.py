"""What a resource page is made of, shaped for the templates: links, items, sections, the page.

The page types (:mod:`.pagetypes`) fill these; the templates only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from hankegraafi.server.links import linkable


@dataclass
class Link:
    """A value on a page: a link to a resource (local page or foreign IRI) or plain text."""

    text: str
    href: str | None = None
    iri: str | None = None
    #: The language of ``text`` when it is not the page's (a literal or a name in another): ``lang``.
    lang: str | None = None


def _linkable(href: object) -> bool:
    """:func:`~hankegraafi.server.links.linkable`, with the page's own links answered first: an
    address that starts with ``/`` (a local page) or ``http(s)://`` is always one."""
    if isinstance(href, str) and (href[:1] == "/" or href.startswith(("http://", "https://"))):
        return True
    return linkable(href)


def _link_text(link: Any) -> str:
    """:func:`link_html`'s HTML as a plain string (its parts escaped): the lists and rows join
    strings and make one :class:`Markup` of them, not one per link (a county page at 10^6 triples
    writes 1 500 links; the Markup made and joined per link was about a third of their cost)."""
    text = escape(link.text)
    lang = link.lang
    if _linkable(link.href):
        if lang:
            return f'<a href="{escape(link.href)}" lang="{escape(lang)}">{text}</a>'
        return f'<a href="{escape(link.href)}">{text}</a>'
    if lang:
        return f'<span lang="{escape(lang)}">{text}</span>'
    return str(text)


def link_html(link: Any) -> Markup:
    """A link as the ``link`` macro of templates/pages/macros.html wrote it (the filter
    ``link_html``): an ``<a href>`` when its address may be one (:func:`~hankegraafi.server.links.linkable`),
    with its language when it is not the page's, else its text. One Python call instead of a
    Jinja macro per link: a county page at 10^6 triples writes 1 500 of them."""
    return Markup(_link_text(link))


def links_html(links: Any, sep: str = ", ") -> Markup:
    """Links one after another with ``sep`` between (a template's own text: not escaped), as
    the ``links`` macro wrote them (the filter ``links_html``): one call per list, where a loop of
    Jinja's ran per link (a county page at 10^6 triples writes 300-400 such lists)."""
    return Markup(sep.join(_link_text(link) for link in links))


def row_html(row: Any, width: int, anchored: bool = False) -> Markup:
    """A table row's cells as ``resource.html`` wrote them cell by cell (the filter ``row_html``):
    its first ``width - 1`` cells one link each, the rest in the last cell, linked one after
    another; with ``anchored`` (the sources table, ``read-from``) the first cell's link carries
    its IRI as its ``id``, so a quote's link can point at the row."""
    cells = []
    for i, cell in enumerate(row[: width - 1]):
        if i == 0 and anchored and cell.iri and _linkable(cell.href):
            cells.append(
                f'<td><a id="{escape(cell.iri)}" href="{escape(cell.href)}">{escape(cell.text)}</a></td>'
            )
        else:
            cells.append(f"<td>{_link_text(cell)}</td>")
    cells.append(f"<td>{', '.join(_link_text(link) for link in row[width - 1 :])}</td>")
    return Markup("".join(cells))


@dataclass
class Quote:
    """Where a fact was read: the quoted text, the document and its lines."""

    text: str
    doc: Link | None
    lines: str
    span: Link


@dataclass
class Item:
    """One fact node (a goal, an output, a risk …) with its fields and sources."""

    link: Link
    text: str
    fields: list[tuple[str, list[Link]]] = field(default_factory=list)
    badge: tuple[str, str] | None = None
    quotes: list[Quote] = field(default_factory=list)
    percent: float | None = None


@dataclass
class Bar:
    label: str
    budget: float
    actual: float
    budget_text: str
    actual_text: str
    utilisation: str


@dataclass
class Budget:
    title: str
    unit: str
    bars: list[Bar]
    total: Bar | None
    quotes: list[Quote]
    scale: float

    @property
    def height(self) -> int:
        return 34 * (len(self.bars) + (1 if self.total else 0)) + 10


@dataclass
class Paging:
    """Where a long list's shown part lies: items ``first``–``last`` of ``total`` (1-based), and the
    addresses of the parts before and after (None at an end)."""

    total: int
    first: int
    last: int
    prev: str | None = None
    next: str | None = None


@dataclass
class Section:
    """A titled part of a page: key/value rows, items, a table or a budget chart."""

    id: str
    title: str
    rows: list[tuple[str, list[Link]]] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    table: tuple[list[str], list[list[Link]]] | None = None
    budgets: list[Budget] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    note: str = ""
    #: Set when the section's table or items are one part of a longer list (:meth:`~.builder.PageBuilder.part_of`).
    paging: Paging | None = None

    @property
    def empty(self) -> bool:
        return not (self.rows or self.items or (self.table and self.table[1]) or self.budgets or self.quotes)


@dataclass
class Page:
    iri: str
    title: str
    kind: str
    kind_label: str
    other_names: list[tuple[str, str]]
    summary: str
    sections: list[Section]
    statements: list[tuple[Link, list[Link]]]
    #: Per property: the property, the values shown and, for a long list, where they lie in it.
    incoming: list[tuple[Link, list[Link], Paging | None]]
    formats: list[tuple[str, str]]
    explore: str | None = None
    #: The title's language when it is not the page's (no name in the page's language).
    title_lang: str | None = None
