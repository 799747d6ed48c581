"""Source document pages: the file, its graph and every fact read from it, line by line."""

from __future__ import annotations

from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDF
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.labels import short_name
from hankegraafi.server.pages.shapes import Link, Section


def document_sections(b: PageBuilder) -> list[Section]:
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
                "first": int(row["first"]) if "first" in row else 0,
                "last": int(row["last"]) if "last" in row else None,
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
    return [basics, read]
