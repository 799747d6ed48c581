"""Source document pages: the file, its graph, what the ingest understood, and every fact read from it.

The coverage section shows what ``hankegraafi ingest --explain`` prints, from what the
ingest stored on the document (ingest/coverage.py): the share of lines a fact was read
from, the lines nothing was read from (each a link to its place on this page), the
sections and fields recognised (by the vocabulary's labels), and the notes — guesses,
defaults and warnings — in the reader's language, so a publisher sees what the ingest
did not understand.
"""

from __future__ import annotations

from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Identifier

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.i18n import translate
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.labels import short_name
from hankegraafi.server.pages.shapes import Link, Section


def document_sections(b: PageBuilder) -> list[Section]:
    """Basic data, the coverage of the ingest, and the facts read line by line."""
    basics = Section("basic", b.t("basic_data"))
    rows = [
        b.row("kind", b.values(b.this, HG.documentKind)),
        b.row("file", b.values(b.this, HG.fileName)),
        b.row("projects", b.links(b.graph.subjects(HG.describedBy, b.this))),
    ]
    for row in b.query("document-graph"):
        p, o = row["p"], row["o"]
        if p == RDF.type:
            rows.append(b.row("graph", [b.link(row["g"])]))
        elif p == URIRef("http://www.w3.org/ns/prov#generatedAtTime"):
            rows.append(b.row("ingested", [Link(str(o))]))
    basics.rows = [r for r in rows if r]
    facts: dict[Identifier, dict[str, Any]] = {}
    for row in b.query("document-facts"):
        span = row["span"]
        entry = facts.setdefault(
            span,
            {
                "first": _count(row.get("first")) or 0,
                "last": _count(row.get("last")),
                "quote": str(row.get("quote", "")),
                "nodes": {},
            },
        )
        node = row.get("node")
        if node is not None:
            info = entry["nodes"].setdefault(node, {"types": set(), "desc": None})
            if "type" in row:
                info["types"].add(row["type"])
            if "desc" in row and info["desc"] is None:
                info["desc"] = str(row["desc"])
    rows_out: list[list[Link]] = []
    seen_lines: set[int] = set()
    for span, entry in sorted(facts.items(), key=lambda kv: (kv[1]["first"], str(kv[0]))):
        first, last = entry["first"], entry["last"]
        lines = str(first) if last in (None, first) else f"{first}–{last}"
        anchor = f"L{first}" if first not in seen_lines else ""
        seen_lines.add(first)
        nodes = []
        for node, info in sorted(entry["nodes"].items(), key=lambda kv: str(kv[0])):
            kind = ", ".join(sorted(b.name(t) for t in info["types"]))
            text = b.index.label(str(node), b.lang) or info["desc"] or short_name(str(node))
            link = b.link(node)
            link.text = f"{kind}: {text}" if kind else text
            nodes.append(link)
        line_link = Link(lines, b.mapping.page_url(str(span)), anchor or None)
        rows_out.append([line_link, Link(entry["quote"]), *nodes])
    read = Section(
        "read-from",
        b.t("read_from"),
        table=([b.t("line"), b.t("quote"), b.t("fact")], rows_out),
    )
    return [basics, coverage_section(b), read]


_SCHEMES = {"heading": "document-section", "field": "document-field"}


def _t(key: str, lang: str) -> str:
    """A text of a document's page: ``document.<key>`` of the one table (``ontology/strings.toml``)."""
    return translate(f"document.{key}", lang)


def _label(kind: str, key: str, lang: str) -> str:
    """The vocabulary's label of a recognised section or field key, else the key."""
    try:
        concept = registry.scheme(_SCHEMES[kind]).get(key)
    except KeyError:
        concept = None
    return concept.label(lang).text if concept is not None else key


def _count(value: object) -> int | None:
    """A stored line number or count, or None when the data holds something else ('1e400', 'x',
    written by a SPARQL Update): the page shows what it can instead of failing."""
    if value is None:
        return None
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 <= number < 10**9 else None


def coverage_section(b: PageBuilder) -> Section:
    """The coverage the ingest stored on the document (hg:linesUsed … hg:extractionNote)."""
    values: dict[str, list[str]] = {}
    for row in b.query("document-coverage"):
        name = str(row["p"]).rsplit("#", 1)[-1]
        values.setdefault(name, []).append(str(row["o"]))
    lang = b.lang
    section = Section("coverage", _t("title", lang))
    used = _count(values["linesUsed"][0]) if values.get("linesUsed") else None
    unused = _count(values["linesUnused"][0]) if values.get("linesUnused") else 0
    unused = unused or 0
    if used is not None:
        total = used + unused
        share = round(100 * used / total) if total else 0
        text = _t("used_value", lang).format(used=used, total=total, share=share)
        section.rows.append((_t("used", lang), [Link(text)]))
    if values.get("unusedLines"):
        section.rows.append(
            (translate("coverage.unused", lang), [Link(r) for r in values["unusedLines"][0].split(", ")])
        )
    for kind, title in (("heading", "sections"), ("field", "fields")):
        keys = sorted(
            {v.split(":", 1)[1] for v in values.get("recognisedLabel", []) if v.startswith(f"{kind}:")}
        )
        if keys:
            section.rows.append((_t(title, lang), [Link(_label(kind, k, lang)) for k in keys]))
    # Imported here, not with the module: ingest.coverage loads the extraction's gazetteer and
    # facts (about 50 modules, 25 MB), which no other page needs (issue 17's memory).
    from hankegraafi.ingest.coverage import note_text

    notes = [Link(note_text(n, lang)) for n in sorted(values.get("extractionNote", []))]
    if notes:
        section.rows.append((_t("notes", lang), notes))
    return section
