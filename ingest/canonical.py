"""One canonical project per real project, recomputed from the document graphs.

Each document graph keeps what that document claimed about a project (its record:
the project IRI it used, in that graph). This module reads every document graph,
matches the records that describe one real project and writes the derived graph
``<base>meta/canonical``: a ``hg:CanonicalProject`` per match, with

- a ``hg:ProjectRecord`` per document and project, ``prov:specializationOf`` the
  canonical project, with the document, its date, the evidence of the match and a
  confidence (the project IRI the document used is ``prov:specializationOf`` it too,
  so that money and other queries can count per canonical project);
- the current value of each one-valued fact, chosen by the rule of :func:`precedence`
  (the latest document wins; on the same day a final report over a status report over
  an Innokylä page over a plan); the other documents' values stay in their graphs as
  history;
- a ``hg:Conflict`` where documents disagree on a one-valued fact, with each claim's
  value and document;
- a ``hg:ProposedMatch`` (``hg:needsReview``) where two records look alike only by a
  similar name: proposed for a person to decide, never merged.

Matches never cross counties. The derived graph is replaced in one step after every
write, so it is always wholly old or wholly new and always follows from the documents
now stored: replacing or removing a document recomputes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypedDict

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from hankegraafi.ingest.matching import (
    NAME,
    STRONG,
    WEAK,
    Match,
    Record,
    candidate_pairs,
    compare,
    county_of,
    investment_number,
    level,
    name_key,
    normal_code,
)
from hankegraafi.ontology.namespaces import HG, mint, slugify

Triple = tuple[Node, Node, Node]

#: Facts a project has one value of; documents that disagree on them are in conflict.
ONE_VALUED = {
    "startDate": HG.startDate,
    "endDate": HG.endDate,
    "lifecycleStatus": HG.lifecycleStatus,
    "region": HG.region,
    "identifier": URIRef("http://purl.org/dc/terms/identifier"),
    "granted": HG.grantedAmount,
    "managerOrganisation": HG.managerOrganisation,
}
#: Document kinds in the order the rule prefers them on the same day.
KIND_RANK = {"final-report": 3, "status-report": 2, "innokyla-page": 1, "project-plan": 0}
_QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?g ?doc ?docKind ?docDate ?p ?type ?label ?key ?value WHERE {
  GRAPH ?g {
    ?doc a hg:SourceDocument .
    OPTIONAL { ?doc hg:documentKind ?docKind }
    OPTIONAL { ?doc hg:documentDate ?docDate }
    ?p hg:describedBy ?doc ; a ?type .
    FILTER(?type IN (hg:Project, hg:Investment, hg:SubProject))
    FILTER NOT EXISTS { ?p hg:needsReview true }
    OPTIONAL {
      { ?p rdfs:label ?label }
      UNION { ?p hg:startDate ?value BIND("startDate" AS ?key) }
      UNION { ?p hg:endDate ?value BIND("endDate" AS ?key) }
      UNION { ?p hg:lifecycleStatus ?value BIND("lifecycleStatus" AS ?key) }
      UNION { ?p hg:region ?value BIND("region" AS ?key) }
      UNION { ?p dct:identifier ?value BIND("identifier" AS ?key) }
      UNION { ?p hg:partOf ?value BIND("partOf" AS ?key) }
      UNION { ?p hg:investmentLine ?value BIND("investmentLine" AS ?key) }
      UNION { ?p hg:hasCostStatement ?s . ?s hg:statementKind <https://w3id.org/hankegraafi/vocab/statement-kind/granted> ;
                 hg:hasLine/hg:budget ?value BIND("granted" AS ?key) }
      UNION { ?p hg:personRole ?r . ?r hg:role <https://w3id.org/hankegraafi/vocab/role/project-manager> ;
                 org:memberOf ?value BIND("managerOrganisation" AS ?key) }
    }
  }
}
"""


def precedence(record: Record) -> tuple[str, int, str]:
    """The rule for current values: the latest document wins; on the same day (or with no
    dates) a final report over a status report over an Innokylä page over a plan."""
    return (record.date, KIND_RANK.get(record.kind, 0), str(record.graph))


def read_records(store: object) -> list[Record]:
    """Every document's project records, with the facts the matching and the rule need."""
    from hankegraafi.store.graphdiff import select

    result = select(store, _QUERY)
    records: dict[tuple[URIRef, URIRef], Record] = {}
    rows: list[dict[str, Any]] = result.dicts()  # ?g ?doc ?p ?type always bound, IRIs
    for row in rows:
        g, p = row["g"], row["p"]
        kind = str(row.get("docKind") or "").rsplit("/", 1)[-1]
        date = str(row.get("docDate") or "")
        record = records.setdefault((g, p), Record(g, row["doc"], p, kind, date))
        record.types.add(row["type"])
        label = row.get("label")
        if label is not None and str(label) not in record.labels:
            record.labels.append(str(label))
        key, value = row.get("key"), row.get("value")
        if key is not None and value is not None:
            record.facts[str(key)].add(value)
    return sorted(records.values(), key=lambda r: (str(r.graph), str(r.project)))


def build(
    records: list[Record],
    base: str,
    apart: frozenset[frozenset[URIRef]] = frozenset(),
    together: frozenset[frozenset[URIRef]] = frozenset(),
) -> Graph:
    """The derived graph: canonical projects, records, current values, conflicts, proposals.

    People's decisions (the curation graph): ``apart``, pairs of project IRIs said to be two
    projects (``split``), are never matched directly, whatever their codes or names;
    ``together``, pairs said to be one (``merge``), are matched whatever the rules say."""
    g = Graph()
    for triple in build_triples(records, base, apart, together):
        g.add(triple)
    return g


def build_triples(
    records: list[Record],
    base: str,
    apart: frozenset[frozenset[URIRef]] = frozenset(),
    together: frozenset[frozenset[URIRef]] = frozenset(),
) -> set[Triple]:
    """:func:`build`'s triples in a set: the step writes them as they are (adding 100 000 triples to
    an rdflib graph was a third of the step at 10^6)."""
    matched = match(records, apart, together)
    return describe_all(matched, name_clusters(matched, base), base)


@dataclass
class Matched:
    """The records matched into clusters (in the order of their first record), before naming."""

    records: list[Record]
    county: dict[tuple[URIRef, URIRef], URIRef | None]
    clusters: list[list[Record]]  # each newest record first (:func:`precedence`)
    evidence: dict[tuple[URIRef, URIRef], list[Match]]
    proposals: list[Match]


def match(
    records: list[Record],
    apart: frozenset[frozenset[URIRef]] = frozenset(),
    together: frozenset[frozenset[URIRef]] = frozenset(),
) -> Matched:
    """The clusters of records that describe one real project (``records`` sorted by graph and
    project, as :func:`read_records` gives them; ``apart`` and ``together`` as for :func:`build`)."""
    by_key = {r.key: r for r in records}
    county = {r.key: county_of(r, by_key) for r in records}
    parent: dict[tuple[URIRef, URIRef], tuple[URIRef, URIRef]] = {r.key: r.key for r in records}

    def find(k: tuple[URIRef, URIRef]) -> tuple[URIRef, URIRef]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    evidence: dict[tuple[URIRef, URIRef], list[Match]] = defaultdict(list)
    proposals: list[Match] = []
    # A project IRI two documents both used is one project unless their counties differ.
    for a, b in candidate_pairs(records, county):
        if frozenset((a.project, b.project)) in apart:
            continue
        if a.project == b.project and (
            county[a.key] == county[b.key] or None in (county[a.key], county[b.key])
        ):
            found: Match | None = Match(a, b, "same name in both documents", NAME)
        else:
            found = compare(a, b, county)
        if found is None:
            continue
        if found.confidence == WEAK:
            proposals.append(found)
            continue
        parent[find(a.key)] = find(b.key)
        evidence[a.key].append(found)
        evidence[b.key].append(found)
    by_project: dict[URIRef, list[Record]] = defaultdict(list)
    for r in records:
        by_project[r.project].append(r)
    for pair in sorted(together, key=sorted):
        joined = [r for project in sorted(pair) for r in by_project.get(project, [])]
        if len(joined) < 2:
            continue
        first = joined[0]
        for r in joined[1:]:
            if find(r.key) != find(first.key):
                parent[find(r.key)] = find(first.key)
                merged = Match(first, r, "merged by a person (curation decision)", STRONG)
                evidence[first.key].append(merged)
                evidence[r.key].append(merged)
    clusters: dict[tuple[URIRef, URIRef], list[Record]] = defaultdict(list)
    for r in records:
        clusters[find(r.key)].append(r)
    for members in clusters.values():
        members.sort(key=precedence, reverse=True)
    return Matched(records, county, list(clusters.values()), evidence, proposals)


def name_clusters(matched: Matched, base: str) -> list[URIRef]:
    """Each cluster's IRI (:func:`canonical_iri`; one a later cluster would share gets a suffix)."""
    names: list[URIRef] = []
    used: set[URIRef] = set()
    for members in matched.clusters:
        iri = canonical_iri(members, matched.county, base)
        while iri in used:  # two real projects that would mint one key: keep them apart
            iri = URIRef(f"{iri}-{len(used)}")
        used.add(iri)
        names.append(iri)
    return names


def describe_all(matched: Matched, names: list[URIRef], base: str) -> set[Triple]:
    """The derived graph's triples of the clusters named ``names`` (one a cluster, in order)."""
    g: set[Triple] = set()
    canonical_of: dict[tuple[URIRef, URIRef], URIRef] = {}
    for members, iri in zip(matched.clusters, names, strict=True):
        for r in members:
            canonical_of[r.key] = iri
    projects_in: dict[URIRef, set[URIRef]] = defaultdict(set)
    for r in matched.records:
        projects_in[r.project].add(canonical_of[r.key])
    for members in matched.clusters:
        describe(g, members, canonical_of, matched.county, matched.evidence, projects_in, base)
    for m in matched.proposals:
        ca, cb = canonical_of[m.a.key], canonical_of[m.b.key]
        if ca == cb:
            continue
        node = mint("proposed-match", *sorted((slugify(str(ca)), slugify(str(cb)))), base=base)
        g.add((node, RDF.type, HG.ProposedMatch))
        g.add((node, HG.needsReview, Literal(True)))
        g.add((node, HG.matchCandidate, ca))
        g.add((node, HG.matchCandidate, cb))
        g.add((node, HG.matchEvidence, Literal(m.evidence, lang="en")))
        g.add((node, HG.matchConfidence, Literal(m.confidence, datatype=XSD.decimal)))
    return g


def canonical_iri(
    members: list[Record], county: dict[tuple[URIRef, URIRef], URIRef | None], base: str
) -> URIRef:
    """A stable IRI from what the match rests on: the plan code, else the county and the
    investment number, else the county and the name key of the earliest-named record."""
    region = next((county[r.key] for r in members if county[r.key] is not None), None)
    area = str(region).rsplit("/", 1)[-1] if region is not None else "no-county"
    codes = sorted({normal_code(v) for r in members for v in r.facts.get("identifier", ())})
    if codes:
        return mint("project", "canonical", area, slugify(codes[0]), base=base)
    number = next((n for r in members if (n := investment_number(r)) is not None), None)
    if number is not None and all(level(r) != "subproject" for r in members):
        return mint("project", "canonical", area, f"investointi-{number}", base=base)
    names = sorted(name_key(label) for r in members for label in r.labels[:1])
    return mint(
        "project", "canonical", area, slugify(names[0] if names else str(members[0].project)), base=base
    )


def describe(
    g: set[Triple],
    members: list[Record],
    canonical_of: dict[tuple[URIRef, URIRef], URIRef],
    county: dict[tuple[URIRef, URIRef], URIRef | None],
    evidence: dict[tuple[URIRef, URIRef], list[Match]],
    projects_in: dict[URIRef, set[URIRef]],
    base: str,
) -> None:
    """One canonical project: its records, current values and conflicts (members newest first)."""
    c = canonical_of[members[0].key]
    current = members[0]
    g.add((c, RDF.type, HG.CanonicalProject))
    levels = {level(r) for r in members}  # an Innokylä page calls an investment a project
    g.add((c, HG.level, Literal(next(x for x in ("subproject", "investment", "project") if x in levels))))
    labels = [label for r in members for label in r.labels]
    if labels:
        g.add((c, RDFS.label, Literal(labels[0], lang="fi")))
    for label in dict.fromkeys(labels[1:]):
        if label != labels[0]:
            g.add((c, SKOS.altLabel, Literal(label, lang="fi")))
    region = next((county[r.key] for r in members if county[r.key] is not None), None)
    if region is not None:
        g.add((c, HG.region, region))
    for r in members:
        record = mint("project-record", _local(r.graph), _local(r.project), base=base)
        g.add((record, RDF.type, HG.ProjectRecord))
        g.add((record, PROV.specializationOf, c))
        g.add((record, HG.recordOf, r.project))
        g.add((record, HG.inGraph, r.graph))
        g.add((record, PROV.wasQuotedFrom, r.document))
        if r.date:
            g.add((record, HG.documentDate, Literal(r.date, datatype=XSD.date)))
        g.add((record, HG.current, Literal(r is current)))
        matches = evidence.get(r.key, [])
        if matches:
            best = max(matches, key=lambda m: m.confidence)
            g.add((record, HG.matchEvidence, Literal(best.evidence, lang="en")))
            g.add((record, HG.matchConfidence, Literal(best.confidence, datatype=XSD.decimal)))
        else:
            g.add((record, HG.matchEvidence, Literal("the only record of this project", lang="en")))
            g.add((record, HG.matchConfidence, Literal(STRONG, datatype=XSD.decimal)))
        g.add((c, HG.describedBy, r.document))
        if projects_in[r.project] == {c}:
            g.add((r.project, PROV.specializationOf, c))
        whole = r.one("partOf")
        if whole is not None:
            whole_key = (r.graph, whole)
            if whole_key in canonical_of and canonical_of[whole_key] != c:
                g.add((c, HG.partOf, canonical_of[whole_key]))
    for name, prop in ONE_VALUED.items():
        claims = [(r, v) for r in members for v in sorted(r.facts.get(name, ()), key=str)]
        if not claims:
            continue
        value = current_value(claims)
        if name != "region":
            g.add((c, prop, value))  # type: ignore[arg-type]
        if not disagree(name, claims):
            continue
        conflict = mint("conflict", slugify(str(c).rsplit("/", 1)[-1]), name, base=base)
        g.add((conflict, RDF.type, HG.Conflict))
        g.add((conflict, HG.conflictAbout, c))
        g.add((conflict, HG.conflictProperty, prop))
        g.add((conflict, HG.currentValue, value))  # type: ignore[arg-type]
        for index, (r, v) in enumerate(claims, start=1):
            claim = URIRef(f"{conflict}/claim-{index}")
            g.add((conflict, HG.claim, claim))
            g.add((claim, RDF.type, HG.Claim))
            g.add((claim, RDF.value, v))  # type: ignore[arg-type]
            g.add((claim, PROV.wasQuotedFrom, r.document))
            if r.date:
                g.add((claim, HG.documentDate, Literal(r.date, datatype=XSD.date)))


#: Facts that change over a project's life: documents of different dates may differ (that is
#: history, shown on the timeline); only documents of the same day that differ are in conflict.
TIME_VARYING = frozenset({"lifecycleStatus", "managerOrganisation"})


def _year_only(value: object) -> bool:
    return isinstance(value, Literal) and value.datatype == XSD.gYear


def current_value(claims: list[tuple[Record, object]]) -> object:
    """The rule's choice among claims ordered newest document first: the newest, except that a
    year alone ("Toimiaika 2022–2023") yields to a full date of that year from any document."""
    first = claims[0][1]
    if _year_only(first):
        for _r, v in claims:
            if isinstance(v, Literal) and v.datatype == XSD.date and str(v)[:4] == str(first)[:4]:
                return v
    return first


def disagree(name: str, claims: list[tuple[Record, object]]) -> bool:
    """Whether the documents' values of a one-valued fact contradict each other. A year alone
    agrees with a date in it; a time-varying fact contradicts only within one day's documents."""
    dates = {str(v)[:4] for _r, v in claims if isinstance(v, Literal) and v.datatype == XSD.date}
    values = {_comparable(v) for _r, v in claims if not (_year_only(v) and str(v)[:4] in dates)}
    if len(values) < 2:
        return False
    if name in TIME_VARYING:
        by_day: dict[str, set[str]] = defaultdict(set)
        for r, v in claims:
            by_day[r.date].add(_comparable(v))
        return any(len(vs) > 1 for vs in by_day.values())
    return True


def _local(iri: URIRef) -> str:
    """The last path segments of a minted IRI ("graph/x" → "x", "project/a/b" → "a-b")."""
    text = str(iri)
    for marker in ("/graph/", "/project/"):
        if marker in text:
            return text.split(marker, 1)[1]
    return text.rsplit("/", 1)[-1]


def _comparable(value: object) -> str:
    if isinstance(value, Literal) and value.datatype == XSD.decimal:
        return str(Decimal(str(value)).normalize())
    return str(value)


def canonical_graph_iri(base: str) -> URIRef:
    """The derived graph, beside the document catalogue (``<base>meta/catalogue``)."""
    return URIRef(f"{base}meta/canonical")


def recompute(store: object, base: str) -> int:
    """Rebuild the derived graph from the document graphs now stored, written in one update;
    returns how many canonical projects it holds (after a write of a few document graphs the
    derived step rewrites only what they reach: :mod:`.canondelta`)."""
    from hankegraafi.ingest.curation.decisions import merge_pairs, split_pairs
    from hankegraafi.store.graphdiff import write_graph

    triples = build_triples(read_records(store), base, split_pairs(store, base), merge_pairs(store, base))
    write_graph(store, canonical_graph_iri(base), triples)  # only what changed, in one update
    return sum(1 for _s, p, o in triples if p == RDF.type and o == HG.CanonicalProject)


__all__ = [
    "ONE_VALUED",
    "build",
    "build_triples",
    "canonical_graph_iri",
    "precedence",
    "read_records",
    "recompute",
]


_CONFLICT_TEXT = {
    "fi": "Varoitus: asiakirjat ovat eri mieltä tiedosta {prop} hankkeessa {project}: {claims}; nykyiseksi valittu {current}.",
    "en": "Warning: documents disagree on {prop} of {project}: {claims}; chosen as current {current}.",
    "sv": "Varning: dokumenten är oense om {prop} för {project}: {claims}; vald som aktuell {current}.",
}
_NO_CONFLICTS = {
    "fi": "Ei ristiriitoja asiakirjojen välillä.",
    "en": "No conflicts between documents.",
    "sv": "Inga konflikter mellan dokumenten.",
}


class _Conflict(TypedDict):
    """One conflicting fact of a project, as a warning line shows it."""

    project: object  # its label, else its IRI
    current: object  # the value the derived graph holds
    claims: list[str]  # each document's value, with the document and its date


def conflict_warnings(store: object, lang: str = "fi") -> list[str]:
    """The conflicts of the derived graph as warning lines in ``lang`` (fi, sv, en), one per fact:
    ``hankegraafi validate`` prints them; they never make it fail, since both documents may be right
    about their own day and a person has to decide."""
    from hankegraafi.queries.catalogue import run

    result = run(store, "conflicts", {"lang": lang})  # type: ignore[arg-type]
    grouped: dict[tuple[str, str], _Conflict] = {}
    for row in result.rows:
        values = dict(zip(result.variables, row, strict=True))
        key = (str(values["project"]), str(values["property"]))
        entry = grouped.setdefault(
            key,
            {"project": values.get("projectLabel") or key[0], "current": values["currentValue"], "claims": []},
        )
        date = values.get("documentDate")
        doc = str(values["document"]).rsplit("/", 1)[-1]
        entry["claims"].append(f"{values['value']} ({doc}{', ' + str(date) if date else ''})")
    template = _CONFLICT_TEXT.get(lang, _CONFLICT_TEXT["en"])
    lines = [
        template.format(
            prop=key[1].rsplit("#", 1)[-1],
            project=entry["project"],
            claims="; ".join(entry["claims"]),
            current=entry["current"],
        )
        for key, entry in sorted(grouped.items())
    ]
    return lines or [_NO_CONFLICTS.get(lang, _NO_CONFLICTS["en"])]
