"""Project, investment, sub-project and work package pages (also a canonical project).

Basic data, goals, outputs, budget, traffic lights, risks, dependencies,
structure, continuity, participants and people; the timeline and conflicts
are in :mod:`.timeline`.
"""

from __future__ import annotations

import contextlib
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF

from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.server.pages.builder import PageBuilder, order, quote_order
from hankegraafi.server.pages.numbers import decimal, money, percent_text
from hankegraafi.server.pages.rdfout import SCHEMA
from hankegraafi.server.pages.shapes import Bar, Budget, Item, Link, Quote, Section

TOTAL = VOCAB["cost-category/total"]
ON_PLAN = VOCAB["light-value/on-plan"]
DEVIATION = VOCAB["light-value/deviation"]
PROJECT_MANAGER_ROLES = {
    VOCAB["role/project-manager"],
    VOCAB["role/project-director"],
    VOCAB["role/coordinator"],
}
#: Badge colour of a goal's status (others are neutral).
GOAL_BADGES = {"achieved": "ok", "partly-achieved": "warn", "not-achieved": "bad", "moved-later": "warn"}


def project_sections(b: PageBuilder) -> list[Section]:
    g, this = b.graph, b.this
    basics = Section("basic", b.t("basic_data"))
    rows = [
        b.row("code", b.values(this, DCTERMS.identifier)),
        b.row("region", b.values(this, HG.region)),
        b.row("period", b.period(this)),
        b.row("status", b.values(this, HG.lifecycleStatus)),
        b.row("phase", b.values(this, HG.phase)),
    ]
    funders: list[Link] = []
    amounts: list[Link] = []
    programmes = b.values(this, HG.programme)
    for funding in g.objects(this, HG.funding):
        funders += b.values(funding, HG.funder)
        programmes += [p for p in b.values(funding, HG.programme) if p.iri not in {x.iri for x in programmes}]
        for amount in g.objects(funding, SCHEMA.amount):
            if isinstance(amount, Literal):
                amounts.append(Link(money(amount, b.lang)))
    rows += [
        b.row("funder", funders),
        b.row("funding", amounts),
        b.row("programme", programmes),
        b.row("investment_line", b.values(this, HG.investmentLine)),
        b.row("manager", people(b, managers_only=True)),
        b.row("topics", b.values(this, DCTERMS.subject)),
        b.row("phenomena", b.values(this, HG.phenomenon)),
        b.row("target_groups", b.values(this, HG.targetGroup)),
        b.row("documents", b.values(this, HG.describedBy)),
    ]
    basics.rows = [r for r in rows if r]
    basics.quotes = b.quotes(this)
    sections = [basics]
    goal_items = goals(b) if HG.CanonicalProject not in b.types() else canonical_goals(b)
    sections.append(Section("goals", b.t("goals"), items=goal_items))
    sections.append(Section("outputs", b.t("outputs"), items=outputs(b)))
    sections.append(Section("budget", b.t("budget"), budgets=budgets(b)))
    sections.append(Section("lights", b.t("lights"), items=lights(b)))
    sections.append(Section("risks", b.t("risks"), items=risks(b)))
    sections += dependency_tables(b)
    sections.append(structure(b))
    sections.append(continuity(b))
    sections.append(Section("participants", b.t("participants"), items=participants(b)))
    sections.append(Section("people", b.t("people"), items=person_items(b)))
    for key, prop in (
        ("benefits", HG.hasBenefit),
        ("effects", HG.hasEffect),
        ("indicators", HG.hasIndicator),
    ):
        sections.append(Section(key, b.t(key), items=simple_items(b, prop)))
    return sections


def simple_items(b: PageBuilder, prop: URIRef) -> list[Item]:
    items = []
    for node in b.graph.objects(b.this, prop):
        item = Item(b.described(node), "", quotes=b.quotes(node))
        if prop == HG.hasIndicator:
            target = b.graph.value(node, HG.targetValue)
            unit = b.graph.value(node, HG.targetUnit)
            if target is not None:
                item.fields.append((b.t("target_value"), [Link(f"{b.literal(target)} {unit or ''}".strip())]))  # type: ignore[arg-type]
            item.fields += [f for f in [b.field("deadline", node, HG.deadline)] if f]
        if prop == HG.hasEffect:
            item.fields += [f for f in [b.field("period", node, HG.timeHorizon)] if f]
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def goals(b: PageBuilder) -> list[Item]:
    items = []
    for node in b.graph.objects(b.this, HG.hasGoal):
        status = b.graph.value(node, HG.goalStatus)
        badge = None
        if isinstance(status, URIRef):
            tail = str(status).rsplit("/", 1)[-1]
            badge = (GOAL_BADGES.get(tail, "neutral"), b.name(status))
        item = Item(b.described(node), "", badge=badge, quotes=b.quotes(node))
        reason = b.field("reason", node, HG.statusReason)
        if reason:
            item.fields.append(reason)
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def canonical_goals(b: PageBuilder) -> list[Item]:
    """A canonical project's goals from all its documents, each goal once however many
    documents repeat it, with the status of the latest document that judged it and the
    documents that state it (newest first)."""
    seen: dict[str, dict[str, Any]] = {}
    for row in b.query("canonical-goals"):
        text = str(row["description"])
        key = " ".join(text.lower().rstrip(".").split())
        entry = seen.setdefault(key, {"text": text, "docs": {}, "status": None, "day": ""})
        day = str(row.get("date", ""))
        entry["docs"][str(row["document"])] = day
        status = row.get("status")
        if status is not None and day >= entry["day"]:
            entry["status"], entry["day"] = status, day
    items = []
    for entry in seen.values():
        badge = None
        if isinstance(entry["status"], URIRef):
            tail = str(entry["status"]).rsplit("/", 1)[-1]
            badge = (GOAL_BADGES.get(tail, "neutral"), b.name(entry["status"]))
        docs = sorted(entry["docs"].items(), key=lambda kv: kv[1], reverse=True)
        item = Item(Link(entry["text"]), "", badge=badge)
        item.fields.append((b.t("documents"), [b.link(URIRef(doc)) for doc, _day in docs]))
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def outputs(b: PageBuilder) -> list[Item]:
    items = []
    for node in b.graph.objects(b.this, HG.hasOutput):
        item = Item(b.described(node), "", quotes=b.quotes(node))
        qty = b.graph.value(node, HG.quantity)
        if qty is not None:
            unit = b.graph.value(node, HG.unit)
            item.fields.append((b.t("quantity"), [Link(f"{b.literal(qty)} {unit or ''}".strip())]))  # type: ignore[arg-type]
        kind = b.field("kind", node, HG.outputType)
        if kind:
            item.fields.append(kind)
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def risks(b: PageBuilder) -> list[Item]:
    items = []
    for node in b.graph.objects(b.this, HG.hasRisk):
        item = Item(b.described(node), "", quotes=b.quotes(node))
        for key, prop in (
            ("probability", HG.probability),
            ("impact", HG.impact),
            ("score", HG.riskScore),
            ("mitigation", HG.mitigation),
            ("role", HG.riskOwner),
        ):
            f = b.field(key, node, prop)
            if f:
                item.fields.append(f)
        score = b.graph.value(node, HG.riskScore)
        if isinstance(score, Literal):
            try:
                n = int(score)
                item.badge = ("bad" if n >= 12 else "warn" if n >= 6 else "ok", str(n))
            except ValueError:
                pass
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def lights(b: PageBuilder) -> list[Item]:
    items = []
    for node in b.graph.objects(b.this, HG.hasTrafficLight):
        dimension = b.graph.value(node, HG.dimension)
        value = b.graph.value(node, HG.lightValue)
        percent = b.graph.value(node, HG.progressPercent)
        title = b.name(dimension) if dimension is not None else b.name(node)
        badge = None
        if value is not None and value == ON_PLAN:
            badge = ("ok", b.name(value))
        elif value is not None and value == DEVIATION:
            badge = ("bad", b.name(value))
        elif isinstance(value, URIRef):
            badge = ("neutral", b.name(value))
        link = b.link(node)
        link.text = title
        item = Item(link, "", badge=badge, quotes=b.quotes(node))
        if isinstance(percent, Literal):
            with contextlib.suppress(ValueError):
                item.percent = max(0.0, min(100.0, float(percent)))
        period = b.graph.value(node, HG.reportingPeriod)
        if period is not None:
            item.fields.append((b.t("period"), b.period(period)))
        items.append(item)
    return sorted(items, key=lambda i: (i.link.text.casefold(), _first_text(i.fields), i.link.iri or ""))


def budgets(b: PageBuilder) -> list[Budget]:
    g = b.graph
    out = []
    for statement in g.objects(b.this, HG.hasCostStatement):
        unit = str(g.value(statement, HG.unit) or "EUR")
        lines = list(g.objects(statement, HG.hasLine))
        bars: list[Bar] = []
        total: Bar | None = None
        for line in lines:
            if g.value(line, HG.parentLine) is not None:
                continue
            budget, actual = decimal(g.value(line, HG.budget)), decimal(g.value(line, HG.actual))
            if budget is None and actual is None:
                continue
            category = g.value(line, HG.costCategory)
            raw = g.value(line, HG.rawLabel)
            label = str(raw) if raw is not None else b.name(category) if category is not None else ""
            bar = Bar(
                label=label,
                budget=float(budget or 0),
                actual=float(actual or 0),
                budget_text=money(budget, b.lang, unit) if budget is not None else "–",
                actual_text=money(actual, b.lang, unit) if actual is not None else "–",
                utilisation=percent_text(actual, budget, b.lang),
            )
            if category == TOTAL:
                total = bar
            else:
                bars.append(bar)
        if not bars and total is None:
            continue
        bars.sort(key=lambda b: -b.budget)
        biggest = max(
            [b.budget for b in bars]
            + [b.actual for b in bars]
            + ([total.budget, total.actual] if total else [])
            + [1.0]
        )
        parts = [b.name(o) for p in (HG.statementKind,) for o in g.objects(statement, p)]
        year = g.value(statement, HG.year)
        if year is not None:
            parts.append(str(year))
        # Which report and day the table is as of: two reports' tables of one project look
        # alike otherwise, and only the latest one of a kind is current.
        as_of = g.value(statement, HG.asOf)
        if as_of is not None:
            parts.append(f"{b.t('as_of').lower()} {as_of}")
        source = b.quotes(statement)
        if source and source[0].doc is not None:
            parts.append(source[0].doc.text)
        quotes: list[Quote] = []
        for line in lines:
            quotes += b.quotes(line)
        quotes.sort(key=quote_order)
        out.append(Budget(" · ".join(parts) or unit, unit, bars, total, quotes, 330.0 / biggest))
    return sorted(out, key=lambda b: b.title)


def dependency_items(b: PageBuilder, direction: URIRef) -> list[Item]:
    """Dependency nodes whose ``direction`` (hg:dependent or hg:dependsOn) is this resource."""
    g = b.graph
    other = HG.dependsOn if direction == HG.dependent else HG.dependent
    items = []
    for dep in g.subjects(direction, b.this):
        if (dep, RDF.type, HG.Dependency) not in g and g.value(dep, other) is None:
            continue
        target = g.value(dep, other)
        link = b.link(target) if target is not None else b.link(dep)
        item = Item(
            link,
            b.description(dep) if g.value(dep, DCTERMS.description) else "",
            quotes=b.quotes(dep),
        )
        kind = g.value(dep, HG.dependencyKind)
        if kind is not None:
            item.badge = ("neutral", b.name(kind))
        item.fields.append((b.t("dependency"), [b.link(dep)]))
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def dependency_tables(b: PageBuilder) -> list[Section]:
    out = Section("depends-on", b.t("depends_on"), items=dependency_items(b, HG.dependent))
    seen = {i.link.iri for i in out.items}
    via_parts = []
    for row in b.run("dependencies-of", project=str(b.this)):
        if row.get("dependent") == b.this:
            continue
        target = row.get("target")
        if target is None:
            continue
        kind = row.get("kind")
        via_parts.append(
            [
                b.link(target),
                Link(b.name(kind)) if kind is not None else Link(""),
                b.link(row["dependent"]),
            ]
        )
    if via_parts:
        via_parts.sort(key=lambda r: (order(r[0]), order(r[2])))
        out.table = ([b.t("target"), b.t("kind"), b.t("via_part")], via_parts)
    del seen
    incoming = Section("depended-by", b.t("depended_by"), items=dependency_items(b, HG.dependsOn))
    return [out, incoming]


def structure(b: PageBuilder) -> Section:
    g, this = b.graph, b.this
    wholes = {o for o in g.objects(this, HG.partOf)} | {s for s in g.subjects(HG.hasPart, this)}
    parts = {o for o in g.objects(this, HG.hasPart)} | {s for s in g.subjects(HG.partOf, this)}
    section = Section("structure", b.t("structure"))
    section.rows = [r for r in (b.row("part_of", b.links(wholes)), b.row("parts", b.links(parts))) if r]
    return section


def continuity(b: PageBuilder) -> Section:
    g, this = b.graph, b.this
    before = {o for o in g.objects(this, HG.continues)} | {s for s in g.subjects(HG.continuedBy, this)}
    after = {o for o in g.objects(this, HG.continuedBy)} | {s for s in g.subjects(HG.continues, this)}
    section = Section("continuity", b.t("continuity"))
    section.rows = [
        r for r in (b.row("predecessors", b.links(before)), b.row("successors", b.links(after))) if r
    ]
    return section


def participants(b: PageBuilder) -> list[Item]:
    g = b.graph
    items = []
    for part in g.objects(b.this, HG.participation):
        org = g.value(part, HG.organisation)
        if org is None:
            continue
        item = Item(b.link(org), "", quotes=b.quotes(part))
        roles = b.values(part, HG.role)
        if roles:
            item.fields.append((b.t("role"), roles))
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def people(b: PageBuilder, *, managers_only: bool) -> list[Link]:
    """Roles of people, with the organisation and (only where allowed) the name."""
    out = []
    for item in person_items(b):
        if managers_only and not item.badge:
            continue
        out.append(item.link)
    return out


def person_items(b: PageBuilder) -> list[Item]:
    g = b.graph
    items = []
    for pr in g.objects(b.this, HG.personRole):
        roles = [r for r in g.objects(pr, HG.role) if isinstance(r, URIRef)]
        parts = [b.name(r) for r in roles] or [b.t("role")]
        orgs = [b.name(o) for o in g.objects(pr, ORG.memberOf)]
        names = [str(n) for n in g.objects(pr, FOAF.name)] if b.person_names else []
        text = ", ".join(parts)
        if orgs:
            text += f" ({', '.join(orgs)})"
        text += f": {', '.join(names)}" if names else f" – {b.t('name_withheld')}"
        manager = any(r in PROJECT_MANAGER_ROLES for r in roles)
        link = b.link(pr)
        link.text = text
        badge = ("neutral", b.t("manager")) if manager else None
        item = Item(link, "", quotes=b.quotes(pr), badge=badge)
        items.append(item)
    return sorted(items, key=lambda i: order(i.link))


def _first_text(fields: list[tuple[str, list[Link]]]) -> str:
    return fields[0][1][0].text if fields and fields[0][1] else ""
