"""The explorer's own SPARQL: a node's neighbourhood and node details.

The cross-region questions (impact, shared dependencies, chains, budgets,
deviations) run the catalogue queries; what is here is the walking the
catalogue has no query for: the edges around a set of nodes, in the relations
and directions the user picked, a page at a time. The text is assembled only
from the fixed fragments below; every IRI or string the user gave goes in
through :func:`values_block` or a binding, written by rdflib's ``n3()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rdflib import Literal, URIRef

from hankegraafi.store.base import sparql_term

PROLOGUE = """PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

#: Graph patterns per (relation, direction), joining ?focus to ?other; each
#: is one branch of a UNION. "out" follows the relation from ?focus (the
#: dependent, the part, the project, the service, the predecessor); "in"
#: arrives at ?focus. ?dep is the hg:Dependency node when there is one; a
#: dct:requires without one counts once (MINUS, with the focus bound again
#: inside it: much faster on pyoxigraph than FILTER NOT EXISTS).
FRAGMENTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("dependency", "out"): (
        "?dep hg:dependent ?focus ; hg:dependsOn ?other . OPTIONAL { ?dep hg:dependencyKind ?kind }",
        "?focus dct:requires ?other . MINUS { %FOCUS% ?d0 hg:dependent ?focus ; hg:dependsOn ?other }",
    ),
    ("dependency", "in"): (
        "?dep hg:dependsOn ?focus ; hg:dependent ?other . OPTIONAL { ?dep hg:dependencyKind ?kind }",
        "?other dct:requires ?focus . MINUS { %FOCUS% ?d0 hg:dependsOn ?focus ; hg:dependent ?other }",
    ),
    ("partof", "out"): ("?focus hg:partOf ?other .", "?other hg:hasPart ?focus ."),
    ("partof", "in"): ("?other hg:partOf ?focus .", "?focus hg:hasPart ?other ."),
    ("region", "out"): ("?focus hg:region ?other .",),
    ("region", "in"): ("?other hg:region ?focus .",),
    ("programme", "out"): ("?focus hg:programme ?other .",),
    ("programme", "in"): ("?other hg:programme ?focus .",),
    ("participation", "out"): ("?focus hg:participation ?part . ?part hg:organisation ?other .",),
    ("participation", "in"): ("?part hg:organisation ?focus . ?other hg:participation ?part .",),
    ("developer", "out"): ("?focus hg:developer ?other .",),
    ("developer", "in"): ("?other hg:developer ?focus .",),
    ("continuation", "out"): ("?focus hg:continuedBy ?other .", "?other hg:continues ?focus ."),
    ("continuation", "in"): ("?other hg:continuedBy ?focus .", "?focus hg:continues ?other ."),
}

#: Order in which relations fill a page of neighbours: dependencies first.
RANK = {
    "dependency": 0,
    "partof": 1,
    "developer": 2,
    "continuation": 3,
    "participation": 4,
    "programme": 5,
    "region": 6,
}


def values_block(var: str, terms: Iterable[URIRef | Literal]) -> str:
    """``VALUES ?var { … }`` with every term written and escaped by :func:`sparql_term`."""
    return f"VALUES ?{var} {{ {' '.join(sparql_term(t) for t in terms)} }}"


def _union(pairs: Sequence[tuple[str, str]], focus: str) -> str:
    """One UNION branch per pattern, each starting from the bound ``focus`` nodes.

    The VALUES block is repeated inside every branch so that the engine
    starts each branch from the few focus nodes instead of joining a scan of
    every dependency with them afterwards.
    """
    parts = []
    for rel, direction in sorted(pairs, key=lambda p: RANK[p[0]]):
        for pattern in FRAGMENTS[(rel, direction)]:
            body = pattern.replace("%FOCUS%", focus)
            parts.append(
                f'{{ {focus} {body}\n      BIND("{rel}" AS ?rel) BIND("{direction}" AS ?dir) BIND({RANK[rel]} AS ?rank) }}'
            )
    return "\n    UNION ".join(parts)


def edges_query(
    focus: Sequence[URIRef], pairs: Sequence[tuple[str, str]], *, limit: int, offset: int = 0
) -> str:
    """Edges around the ``focus`` nodes in the given (relation, direction) pairs, a page of them.

    There is no ORDER BY: sorting makes the engine read every edge of a hub
    before the first page (a service with thousands of dependents), while
    without it the page streams out after ``limit`` rows. The branches come
    out in the order of ``pairs`` (dependencies first, see :data:`RANK`), and
    the same store gives the same order, so OFFSET pages stay consistent.
    """
    return f"""{PROLOGUE}
SELECT DISTINCT ?focus ?rel ?dir ?other ?dep ?kind ?rank WHERE {{
  {{
    {_union(pairs, values_block("focus", focus))}
  }}
  FILTER(isIRI(?other) && ?other != ?focus)
}}
LIMIT {int(limit)} OFFSET {int(offset)}"""


def count_query(focus: Sequence[URIRef], pairs: Sequence[tuple[str, str]], *, cap: int) -> str:
    """How many neighbour edges there are, counting at most ``cap`` (a hub's count stays cheap)."""
    return f"""{PROLOGUE}
SELECT (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?focus ?rel ?other ?dep WHERE {{
    {{
      {_union(pairs, values_block("focus", focus))}
    }}
    FILTER(isIRI(?other) && ?other != ?focus)
  }} LIMIT {int(cap)}
}}"""


def details_query(nodes: Sequence[URIRef]) -> str:
    """Types, names, counties, programmes and dates of nodes, one fact a row.

    The nodes are bound inside every branch, as in :func:`edges_query`.
    """
    bound = values_block("node", nodes)
    branches = (
        "?node a ?type",
        "?node rdfs:label|skos:prefLabel ?label",
        "?node hg:region ?region",
        "?node hg:partOf ?w1 . ?w1 hg:region ?region",
        "?node hg:partOf ?w1 . ?w1 hg:partOf ?w2 . ?w2 hg:region ?region",
        "?node hg:programme ?programme",
        "?node hg:startDate ?start",
        "?node hg:endDate ?end",
    )
    union = "\n  UNION ".join(f"{{ {bound} {b} }}" for b in branches)
    return f"""{PROLOGUE}
SELECT ?node ?type ?label ?region ?programme ?start ?end WHERE {{
  {union}
}}"""


#: Properties shown as a node's key facts in the side panel, in this order.
FACT_PROPERTIES = (
    "http://purl.org/dc/terms/identifier",
    "http://purl.org/dc/terms/description",
    "http://www.w3.org/2004/02/skos/core#definition",
    "https://w3id.org/hankegraafi/ontology#lifecycleStatus",
    "https://w3id.org/hankegraafi/ontology#startDate",
    "https://w3id.org/hankegraafi/ontology#endDate",
    "https://w3id.org/hankegraafi/ontology#region",
    "https://w3id.org/hankegraafi/ontology#programme",
    "https://w3id.org/hankegraafi/ontology#partOf",
    "https://w3id.org/hankegraafi/ontology#developer",
    "http://www.w3.org/2004/02/skos/core#notation",
)


def facts_query(node: URIRef) -> str:
    """A node's key facts, with the names of the resources they point to."""
    props = values_block("p", [URIRef(p) for p in FACT_PROPERTIES])
    return f"""{PROLOGUE}
SELECT ?p ?o ?oLabel WHERE {{
  {values_block("node", [node])}
  {props}
  ?node ?p ?o .
  OPTIONAL {{ ?o rdfs:label|skos:prefLabel ?oLabel }}
}}"""


def dependency_query(dependency: URIRef) -> str:
    """One hg:Dependency: its two ends, kind, description and the quotes it was derived from."""
    return f"""{PROLOGUE}
SELECT ?dependent ?target ?kind ?kindLabel ?description ?quote ?first ?last ?document ?docTitle ?fileName WHERE {{
  {values_block("dep", [dependency])}
  ?dep hg:dependent ?dependent ; hg:dependsOn ?target .
  OPTIONAL {{ ?dep hg:dependencyKind ?kind OPTIONAL {{ ?kind skos:prefLabel ?kindLabel }} }}
  OPTIONAL {{ ?dep dct:description ?description }}
  OPTIONAL {{
    ?dep prov:wasDerivedFrom ?span .
    OPTIONAL {{ ?span prov:value ?quote }}
    OPTIONAL {{ ?span hg:firstLine ?first }}
    OPTIONAL {{ ?span hg:lastLine ?last }}
    OPTIONAL {{ ?span prov:wasQuotedFrom ?document
               OPTIONAL {{ ?document dct:title ?docTitle }} OPTIONAL {{ ?document hg:fileName ?fileName }} }}
  }}
}}"""


#: Classes a search hit must have: the kinds the explorer draws.
SEARCH_CLASSES = (
    "https://w3id.org/hankegraafi/ontology#Project",
    "https://w3id.org/hankegraafi/ontology#Investment",
    "https://w3id.org/hankegraafi/ontology#SubProject",
    "https://w3id.org/hankegraafi/ontology#WorkPackage",
    "https://w3id.org/hankegraafi/ontology#DigitalService",
    "https://w3id.org/hankegraafi/ontology#Organisation",
    "https://w3id.org/hankegraafi/ontology#NationalActor",
    "https://w3id.org/hankegraafi/ontology#Municipality",
    "https://w3id.org/hankegraafi/ontology#WellbeingServicesCounty",
    "https://w3id.org/hankegraafi/ontology#Region",
    "https://w3id.org/hankegraafi/ontology#Programme",
)


def services_query() -> str:
    """The digital services in the store (the columns of the dependency matrix)."""
    return f"""{PROLOGUE}
SELECT ?service (MIN(STR(?label0)) AS ?label) WHERE {{
  ?service a hg:DigitalService .
  OPTIONAL {{ ?service skos:prefLabel|rdfs:label ?label0 }}
}}
GROUP BY ?service ORDER BY ?service"""


def developed_by_query(node: URIRef) -> str:
    """Services the node develops (an organisation's impact reaches their dependents)."""
    return f"""{PROLOGUE}
SELECT ?service WHERE {{ {values_block("node", [node])} ?service hg:developer ?node . }}"""
