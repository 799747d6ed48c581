"""The explorer's own SPARQL: a node's neighbourhood, node details, label search.

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

PROLOGUE = """PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

#: One graph pattern per (relation, direction), joining ?focus to ?other.
#: "out" follows the relation from ?focus (the dependent, the part, the
#: project, the service, the predecessor); "in" arrives at ?focus.
#: ?dep is the hg:Dependency node when there is one.
FRAGMENTS: dict[tuple[str, str], str] = {
    ("dependency", "out"): """
      { ?dep hg:dependent ?focus ; hg:dependsOn ?other . OPTIONAL { ?dep hg:dependencyKind ?kind } }
      UNION { ?focus dct:requires ?other . FILTER NOT EXISTS { ?d0 hg:dependent ?focus ; hg:dependsOn ?other } }""",
    ("dependency", "in"): """
      { ?dep hg:dependsOn ?focus ; hg:dependent ?other . OPTIONAL { ?dep hg:dependencyKind ?kind } }
      UNION { ?other dct:requires ?focus . FILTER NOT EXISTS { ?d0 hg:dependent ?other ; hg:dependsOn ?focus } }""",
    ("partof", "out"): "?focus hg:partOf|^hg:hasPart ?other .",
    ("partof", "in"): "?other hg:partOf|^hg:hasPart ?focus .",
    ("region", "out"): "?focus hg:region ?other .",
    ("region", "in"): "?other hg:region ?focus .",
    ("programme", "out"): "?focus hg:programme ?other .",
    ("programme", "in"): "?other hg:programme ?focus .",
    ("participation", "out"): "?focus hg:participation/hg:organisation ?other .",
    ("participation", "in"): "?other hg:participation/hg:organisation ?focus .",
    ("developer", "out"): "?focus hg:developer ?other .",
    ("developer", "in"): "?other hg:developer ?focus .",
    ("continuation", "out"): "?focus hg:continuedBy|^hg:continues ?other .",
    ("continuation", "in"): "?other hg:continuedBy|^hg:continues ?focus .",
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
    """``VALUES ?var { … }`` with every term written (and escaped) by rdflib."""
    return f"VALUES ?{var} {{ {' '.join(t.n3() for t in terms)} }}"


def _union(pairs: Sequence[tuple[str, str]]) -> str:
    parts = []
    for rel, direction in pairs:
        body = FRAGMENTS[(rel, direction)]
        parts.append(
            f'{{ {body}\n      BIND("{rel}" AS ?rel) BIND("{direction}" AS ?dir) BIND({RANK[rel]} AS ?rank) }}'
        )
    return "\n    UNION ".join(parts)


def edges_query(
    focus: Sequence[URIRef], pairs: Sequence[tuple[str, str]], *, limit: int, offset: int = 0
) -> str:
    """Edges around the ``focus`` nodes in the given (relation, direction) pairs, a page of them."""
    return f"""{PROLOGUE}
SELECT DISTINCT ?focus ?rel ?dir ?other ?dep ?kind ?rank WHERE {{
  {values_block("focus", focus)}
  {{
    {_union(pairs)}
  }}
  FILTER(isIRI(?other) && ?other != ?focus)
}}
ORDER BY ?rank ?focus ?other ?dep
LIMIT {int(limit)} OFFSET {int(offset)}"""


def count_query(focus: Sequence[URIRef], pairs: Sequence[tuple[str, str]], *, cap: int) -> str:
    """How many neighbour edges there are, counting at most ``cap`` (a hub's count stays cheap)."""
    return f"""{PROLOGUE}
SELECT (COUNT(*) AS ?n) WHERE {{
  SELECT DISTINCT ?focus ?rel ?other ?dep WHERE {{
    {values_block("focus", focus)}
    {{
      {_union(pairs)}
    }}
    FILTER(isIRI(?other) && ?other != ?focus)
  }} LIMIT {int(cap)}
}}"""


def details_query(nodes: Sequence[URIRef]) -> str:
    """Types, names, counties, programmes and dates of nodes, one fact a row."""
    return f"""{PROLOGUE}
SELECT ?node ?type ?label ?region ?programme ?start ?end WHERE {{
  {values_block("node", nodes)}
  {{ ?node a ?type }}
  UNION {{ ?node rdfs:label|skos:prefLabel ?label }}
  UNION {{ ?node hg:region ?region }}
  UNION {{ ?node hg:partOf/hg:region ?region }}
  UNION {{ ?node hg:partOf/hg:partOf/hg:region ?region }}
  UNION {{ ?node hg:programme ?programme }}
  UNION {{ ?node hg:startDate ?start }}
  UNION {{ ?node hg:endDate ?end }}
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


#: Classes a search hit must have: the six kinds the explorer draws.
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


def search_query(groups: Sequence[Sequence[str]], *, limit: int) -> str:
    """Named nodes whose name contains, for every word group, one of its variables' texts.

    ``groups`` holds variable names (``?w0c0`` …) whose values the caller binds;
    no text of the user's is written here.
    """
    conditions = " && ".join(
        "(" + " || ".join(f"CONTAINS(?lname, ?{var})" for var in group) + ")" for group in groups
    )
    classes = values_block("type", [URIRef(c) for c in SEARCH_CLASSES])
    return f"""{PROLOGUE}
SELECT DISTINCT ?node ?name WHERE {{
  ?node rdfs:label|skos:prefLabel|skos:altLabel|skos:hiddenLabel ?name .
  BIND(LCASE(STR(?name)) AS ?lname)
  FILTER({conditions})
  FILTER EXISTS {{ {classes} ?node a ?type }}
}}
LIMIT {int(limit)}"""


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
