"""The filters that write a page's lists of links and its table rows in Python (``shapes.links_html``,
``shapes.row_html``) write what the Jinja loops they replaced wrote, for every kind of link: an
address that may be an ``href`` or not, a language, markup in the text, the sources table's
anchored first cell, a row shorter or longer than its header."""

from __future__ import annotations

import pytest
from jinja2 import Environment

from hankegraafi.server.links import linkable
from hankegraafi.server.pages.shapes import Link, link_html, links_html, row_html

#: The loops as resource.html and macros.html wrote them before the filters.
OLD_LINKS = "{%- for l in ls %}{{ l|link_html }}{% if not loop.last %}, {% endif %}{% endfor -%}"
OLD_LINES = "{% for v in ls %}{{ v|link_html }}{% if not loop.last %}<br>{% endif %}{% endfor %}"
OLD_ROW = (
    "{% for cell in row[:width - 1] %}<td>{% if loop.first and anchored and cell.iri and cell.href is linkable %}"
    '<a id="{{ cell.iri }}" href="{{ cell.href }}">{{ cell.text }}</a>{% else %}{{ cell|link_html }}{% endif %}</td>'
    "{% endfor %}<td>{{ links(row[width - 1:]) }}</td>"
)
NEW = {
    OLD_LINKS: "{{ ls|links_html }}",
    OLD_LINES: "{{ ls|links_html('<br>') }}",
    OLD_ROW: "{{ row|row_html(width, anchored) }}",
}


def _env() -> Environment:
    env = Environment(autoescape=True)
    env.filters.update(link_html=link_html, links_html=links_html, row_html=row_html)
    env.tests["linkable"] = linkable
    env.globals["links"] = env.from_string(
        "{% macro links(ls) -%}" + OLD_LINKS + "{%- endmacro %}"
    ).module.links  # type: ignore[attr-defined]
    return env


LINKS = [
    Link('Hanke <A> & "B"', "/id/project/x?a=1&b=2", "https://example.org/id/project/x", None),
    Link("Åbo", "https://example.org/vocab/county/02", "https://example.org/vocab/county/02", "sv"),
    Link("plain text"),
    Link("with lang", None, None, "en"),
    Link("script", "javascript:alert(1)", "javascript:alert(1)", None),
    Link("data", "data:text/html,x", None, "fi"),
    Link("", "/id/empty", "https://example.org/id/empty"),
]


@pytest.mark.parametrize("old", [OLD_LINKS, OLD_LINES])
def test_lists_of_links_are_written_as_the_loops_wrote_them(old: str) -> None:
    env = _env()
    for n in range(len(LINKS) + 1):
        ls = LINKS[:n] + LINKS[n:][:1] * 2
        assert env.from_string(NEW[old]).render(ls=ls) == env.from_string(old).render(ls=ls)


@pytest.mark.parametrize("anchored", [False, True])
def test_table_rows_are_written_as_the_loop_wrote_them(anchored: bool) -> None:
    env = _env()
    compared = 0
    for width in (1, 2, 3, 5):
        for start in range(len(LINKS)):
            for length in (0, 1, width - 1, width, width + 2):
                row = (LINKS[start:] + LINKS[:start])[: max(length, 0)]
                old = env.from_string(OLD_ROW).render(row=row, width=width, anchored=anchored)
                new = env.from_string(NEW[OLD_ROW]).render(row=row, width=width, anchored=anchored)
                assert new == old, (width, row, anchored)
                compared += bool(old)
    assert compared > 50
