"""The documents of a project on one axis (the timeline) and what they disagree on (conflicts)."""

from __future__ import annotations

from typing import Any

from rdflib import URIRef
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.numbers import decimal, money
from hankegraafi.server.pages.shapes import Link, Section


def canonical_of(b: PageBuilder) -> Identifier | None:
    """The canonical project this page's project is a record of (itself on a canonical page)."""
    rows = b.query("canonical")
    return rows[0]["c"] if rows else None


#: The properties a timeline row states, as their rows give them (made once, not per row).
_STATUS, _LIGHT = str(HG.lifecycleStatus), str(HG.lightValue)
_SUMS = (str(HG.budget), str(HG.actual))

#: The columns by which project-history orders its rows (``ORDER BY``), sorted here as it sorts them.
HISTORY_ORDER = ("documentDate", "document", "property", "detail", "value")


def history_key(row: dict[str, Identifier]) -> tuple[str, ...]:
    """project-history's order of a timeline row: its columns' texts, an unbound one first. Each
    column holds one kind of term (an ``xsd:date``, an IRI, simple literals), whose SPARQL order is
    that of its text; the page keeps the last of a document's rows for one fact, so the order
    decides which it shows."""
    return tuple(str(row.get(column, "")) for column in HISTORY_ORDER)


def time_sections(b: PageBuilder, *, canonical: bool) -> list[Section]:
    """The timeline (one row per document, oldest first: its date, status, cumulative and
    period budget against actual, and the traffic lights that deviate) and the conflicts."""
    target = b.this if canonical else canonical_of(b)
    # The catalogue's project-history for the project, as the page's own query (sparql/timeline.rq,
    # the same rows, 2-3 ms where project-history bound by a VALUES block took seconds), in its order.
    # Stored when the data was written (PageBuilder.timeline), else the query live.
    history = sorted(b.timeline(target or b.this), key=history_key)
    by_doc: dict[tuple[str, str], dict[str, Any]] = {}
    for row in history:
        key = (str(row.get("documentDate", "")), str(row["document"]))
        entry = by_doc.setdefault(key, {"doc": row["document"], "lights": {}, "money": {}, "status": None})
        prop, detail, value = str(row["property"]), str(row.get("detail", "")), row.get("value")
        if prop == _STATUS:
            entry["status"] = URIRef(str(value))
        elif prop == _LIGHT:
            entry["lights"][detail] = str(value).rsplit("/", 1)[-1]
        elif prop in _SUMS and not detail.startswith(("annual", "estimate", "granted")):
            kind = "period" if detail.startswith("reporting-period") else "cumulative"
            amount = decimal(value)  # a stored "INF" or "abc" is no sum (None: the cell stays empty)
            if amount is not None:
                entry["money"][(kind, prop.rsplit("#", 1)[-1])] = amount
    rows: list[list[Link]] = []
    for (day, _doc), entry in sorted(by_doc.items()):
        money_cells = [
            Link(money(entry["money"].get((kind, col)), b.lang))
            for kind in ("cumulative", "period")
            for col in ("budget", "actual")
        ]
        lights = [
            Link(f"⚠ {b.name(VOCAB[f'light-dimension/{dim}'])}")
            for dim, value in sorted(entry["lights"].items())
            if value == "deviation"
        ]
        if entry["lights"] and not lights:
            lights = [Link(f"● {b.t('light_all_on_plan')}")]
        rows.append(
            [
                Link(day),
                b.link(entry["doc"]),
                b.link(entry["status"]) if entry["status"] is not None else Link(""),
                *money_cells,
                *lights,
            ]
        )
    headers = [
        b.t("as_of"),
        b.t("document"),
        b.t("status"),
        b.t("timeline_cumulative_budget"),
        b.t("timeline_cumulative_actual"),
        b.t("timeline_period_budget"),
        b.t("timeline_period_actual"),
        b.t("lights"),
    ]
    timeline = Section("timeline", b.t("timeline"), table=(headers, rows) if len(rows) else None)
    conflict_rows: list[list[Link]] = []
    if target is not None:
        for row in b.run("conflicts", project=str(target)):
            prop = URIRef(str(row["property"]))
            chosen = str(row["value"]) == str(row["currentValue"])
            conflict_rows.append(
                [
                    b.link(prop),
                    Link(("✔ " if chosen else "") + str(row["value"])),
                    Link(str(row.get("documentDate", ""))),
                    b.link(row["document"]),
                ]
            )
    conflicts = Section(
        "conflicts",
        b.t("conflicts"),
        table=([b.t("property"), b.t("value"), b.t("as_of"), b.t("document")], conflict_rows),
        note=b.t("conflicts_note"),
    )
    return [timeline, conflicts]
