"""Which catalogue calls are stored per key, and how each key's answer is cut from one whole run.

:func:`hankegraafi.queries.answers.recompute` runs each whole-graph query once per write; the
answers for one county, one node, one statement kind or one pair of counties are cut from those
runs here, so that a call with a key is answered as fast as the call without one. Every cut
gives the rows the call with the key bound gives live, in its order: tests/queries/test_answers.py
compares each with the live query after every kind of write.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterator, Mapping

from rdflib.namespace import RDFS, SKOS

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.queries.catalogue import get
from hankegraafi.queries.pieces import Answer
from hankegraafi.store import results
from hankegraafi.store.base import SelectResult, Store, StoreError, inject_values, sparql_term

#: Every parameter whose answers are cut from the whole answer (:func:`keyed_parts`), by query: the
#: parameter's value is bound by the VALUES block at the start of the WHERE group, joined before
#: any grouping; its variable is a grouping key and a column of the same name. So the call with
#: a value gives the whole answer's groups of that value, with the same MIN labels, in the same
#: order, wherever no two of them tie in the sort (a part whose rows tie is left live,
#: :func:`tied`). Live at 10^6 triples each such call ran the whole query: outputs-by-type by
#: county or type 1.1-1.5 s, collaborations of one organisation 0.8 s, unmet-goals by county or
#: status 0.2-0.3 s, deviations of one light dimension 0.25 s. The budget-by-region's counties
#: are cut from each kind's part (:data:`BY_KIND`).
BY_KEY: dict[str, tuple[str, ...]] = {
    "projects-by-region": ("region",),
    "deviations": ("region", "dimension"),
    "budget-by-region": ("region",),
    "quality": ("region",),
    "outputs-by-type": ("region", "type"),
    "collaborations": ("organisation",),
    "unmet-goals": ("region", "status"),
}
#: Queries whose per-county answer is their whole answer's rows of that county, stored beside it
#: at no cost: the county is bound by a VALUES block at the start of the WHERE group, joined
#: before grouping; ``?region`` is a grouping key and a column, and the sort keys are the grouping
#: keys (budget-by-region: one statement kind per call), so no two rows tie. The county pages
#: call projects-by-region and budget-by-region with their county. In quality the VALUES block
#: joins the grouped (county, project) rows of its inner select, sorted by county, score, project.
#: In unmet-goals a goal with two statuses ties (its county's part is then left live).
BY_REGION = tuple(name for name, params in BY_KEY.items() if "region" in params)

#: Per-service queries (a required ``node``, the only required parameter) whose answer for one
#: node is cut from one run over every node (:func:`whole_text`): a live per-node call took
#: 0.3–2 s at 10^6 triples, the run over all 700-odd nodes 7 s, once per write. The node's
#: rows of the whole are its answer: ``?node`` is added as the first grouping and sort key,
#: so each node's groups, their MIN labels and their order are those of the call with it bound.
BY_NODE = ("regions-depending-on", "dependents-of")

#: The query whose ``kind`` parameter (a cost statement kind, the string after
#: ``hgv:statement-kind/``) is stored for every kind of the vocabulary's statement-kind scheme, with
#: each county's part: cut from one run over every kind (:func:`kinds_text`), grouped by its
#: ``?statementKind`` column. A live call took 0.6-1.9 s at 10^6 triples for any kind, with rows or
#: without; the run over every kind 1.7 s, once per write. The kind is a grouping key and no two rows
#: of one kind tie in the sort, so each kind's rows of the whole are the call's answer in its order.
BY_KIND = "budget-by-region"

#: The areas a county page or a per-county call can name (every graph: the reference data): the
#: counties, Helsinki and Åland, every area of the classification (hg:ServiceArea, stop 48; a store
#: whose vocabulary predates it types its counties hg:WellbeingServicesCounty only).
COUNTIES_QUERY = (
    "SELECT DISTINCT ?county WHERE { GRAPH ?g { ?county a ?area } "
    f"VALUES ?area {{ <{HG.WellbeingServicesCounty}> <{HG.ServiceArea}> }} }}"
)


def known_counties(store: Store) -> list[str]:
    """Every county of the store, so that a county without rows gets its (empty) answer stored
    too: else its page ran the query live on every request (2 s at 10^6 triples for no rows)."""
    found = store.query(COUNTIES_QUERY)
    if not isinstance(found, SelectResult):
        raise StoreError("the store answered a SELECT with something else")
    return sorted(str(row[0]) for row in found.rows if row and row[0] is not None)


def key_values(param: str, counties: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The values of a :data:`BY_KEY` parameter whose answer is stored even without rows (the
    counties, the concepts of the parameter's scheme); any other value is stored when it has rows
    (an organisation), else it runs live."""
    if param == "region":
        return tuple(counties)
    scheme = KEY_SCHEMES.get(param)
    return concept_iris(scheme) if scheme is not None else ()


#: The vocabulary scheme whose concepts each :data:`BY_KEY` parameter names (besides ``region``).
KEY_SCHEMES = {"dimension": "light-dimension", "type": "output-type", "status": "goal-status"}
#: The schemes this step reads concepts of: :data:`KEY_SCHEMES`' and the statement kinds.
STEP_SCHEMES = (*KEY_SCHEMES.values(), "statement-kind")

#: Each scheme's concept IRIs given for one derived step (:func:`given_schemes`).
_GIVEN: list[Mapping[str, tuple[str, ...]]] = []


@contextlib.contextmanager
def given_schemes(concepts: Mapping[str, tuple[str, ...]]) -> Iterator[None]:
    """The concept IRIs of :data:`STEP_SCHEMES` from elsewhere (the store's vocabulary graph, known to
    equal the sources) while the block runs, instead of the registry: a fresh process that removed
    one document parsed every vocabulary for them (1.9 s of CPU). Their order may differ from the
    registry's: it orders only the writes of a set of triples."""
    _GIVEN.append(concepts)
    try:
        yield
    finally:
        _GIVEN.pop()


def concept_iris(scheme: str) -> tuple[str, ...]:
    """The IRIs of a scheme's concepts (given for this step, else the registry's)."""
    if _GIVEN and scheme in _GIVEN[-1]:
        return _GIVEN[-1][scheme]
    return tuple(str(c.iri) for c in registry.scheme(scheme))


_ORDER = re.compile(r"\bORDER\s+BY((?:\s+\?\w+)+)\s*$", re.IGNORECASE)


def sort_variables(name: str) -> tuple[str, ...] | None:
    """The variables a catalogue query sorts by (its text ends with ``ORDER BY ?a ?b …``), or None
    if it sorts by anything else (then no part of it is cut: :func:`keyed_parts`)."""
    found = _ORDER.search(get(name).text.strip())
    return None if found is None else tuple(v.lstrip("?") for v in found.group(1).split())


def tied(rows: list[results.Row], order: tuple[str, ...]) -> bool:
    """Whether two rows next to each other are equal in every sort variable: their order in the
    whole answer need not be the order the call with a key gives them."""
    keys = [[row.get(v) for v in order] for row in rows]
    return any(a == b for a, b in itertools.pairwise(keys))


def keyed_parts(
    name: str, answer: Answer, counties: list[str] | tuple[str, ...]
) -> Iterator[tuple[str, str, Answer]]:
    """(parameter, value, answer) of every :data:`BY_KEY` parameter of ``name`` and each value
    of its rows (and of :func:`key_values`), cut from the whole ``answer``; parts whose rows tie
    in the sort are left out (they run live)."""
    order = sort_variables(name)
    if order is None:
        return
    for param in BY_KEY.get(name, ()):
        for value, part in split(answer, param, keys=key_values(param, counties)).items():
            if not tied(part[1], order):
                yield param, value, part


def by_region(answer: Answer, counties: list[str] | tuple[str, ...] = ()) -> dict[str, Answer]:
    """The rows of an answer of a :data:`BY_REGION` query, split by their county (``?region``);
    each of ``counties`` without rows gets the empty answer."""
    return split(answer, "region", keys=counties)


def split(
    answer: Answer, var: str, *, keys: list[str] | tuple[str, ...] = (), drop: bool = False
) -> dict[str, Answer]:
    """The rows of an answer grouped by the IRI in ``var`` (rows without one left out), in their
    order; each of ``keys`` without rows gets the empty answer; ``drop`` leaves ``var`` out of the
    parts (a column the bound call does not have)."""
    variables, rows = answer
    parts: dict[str, list[results.Row]] = {key: [] for key in keys}
    for row in rows:
        if drop:
            row = dict(row)
            value = row.pop(var, None)
        else:
            value = row.get(var)
        if value is not None and value["type"] == "uri":
            parts.setdefault(value["value"], []).append(row)
    kept = [v for v in variables if not (drop and v == var)]
    return {key: (kept, part) for key, part in parts.items()}


#: The per-county-pair query: each pair's answer is made from one run that counts every
#: target's dependent projects per county (:func:`shared_sides_text`), 1.2 s per live call at
#: 10^6 triples, ~500 pairs. The pairs are put together here, not by the engine: a change to
#: shared-dependencies.rq needs the same change in :func:`shared_pairs` (tests/queries/
#: test_answers.py compares every pair with the live query after every kind of write).
SHARED = "shared-dependencies"


def shared_sides_text() -> str:
    """Each side of :data:`SHARED` for every county at once: (target, county, projects) counted as
    the query counts one side, with the target's label in the default language as it takes it."""
    _text, bindings = get(SHARED).bind({"region1": "urn:x-hankegraafi:a", "region2": "urn:x-hankegraafi:b"})
    lang = sparql_term(bindings["lang"])
    return f"""PREFIX hg: <{HG}>
    SELECT ?target ?region ?projects (MIN(STR(?label0)) AS ?label) WHERE {{
      {{ SELECT ?target ?region (COUNT(DISTINCT ?project) AS ?projects) WHERE {{
           ?dependency hg:dependent ?project ; hg:dependsOn ?target . {{ ?project hg:county ?region }}
         }} GROUP BY ?target ?region }}
      OPTIONAL {{ ?target <{SKOS.prefLabel}>|<{RDFS.label}> ?label0 FILTER(LANGMATCHES(LANG(?label0), {lang})) }}
    }} GROUP BY ?target ?region ?projects"""


def shared_pairs(answer: Answer, counties: list[str]) -> dict[tuple[str, str], Answer]:
    """The answer of :data:`SHARED` for every ordered pair of ``counties`` (the county IRIs of the
    sides' rows as well), from the JSON of :func:`shared_sides_text`: the targets both counties
    depend on, by target (IRIs sort by their text, as the engine sorts them), each side's count."""
    per: dict[str, dict[str, tuple[dict[str, str], dict[str, str] | None]]] = {}
    for row in answer[1]:
        target, region = row["target"], row["region"]
        if target["type"] == "uri" and region["type"] == "uri":
            per.setdefault(region["value"], {})[target["value"]] = (row["projects"], row.get("label"))
    variables = ["target", "targetLabel", "projects1", "projects2"]
    out: dict[tuple[str, str], Answer] = {}
    regions = sorted(set(counties) | set(per))
    for first in regions:
        one = per.get(first, {})
        for second in regions:
            two = per.get(second, {})
            rows: list[results.Row] = []
            for iri in sorted(one.keys() & two.keys()):
                label = one[iri][1]
                cells: results.Row = {"target": {"type": "uri", "value": iri}}
                cells |= {"targetLabel": label} if label is not None else {}
                rows.append(cells | {"projects1": one[iri][0], "projects2": two[iri][0]})
            out[(first, second)] = (variables, rows)
    return out


#: The kind :data:`BY_KIND` gives without a ``kind``, and the line of its text that binds the kind
#: asked for, else that one: the call without a kind is stored from the default kind's rows (the
#: same rows; 0.6-1.6 s less per write at 10^6 triples than running it), so a text that no longer
#: has this line stops :func:`recompute` (and tests/queries/test_answers.py) instead of storing
#: a wrong default.
DEFAULT_KIND = "cumulative"
KIND_LINE = f'  BIND(IRI(CONCAT(STR(k:), COALESCE(?kind, "{DEFAULT_KIND}"))) AS ?statementKind)\n'


def statement_kinds() -> tuple[str, ...]:
    """The kinds the ``kind`` parameter names: the statement-kind scheme's keys (one place)."""
    return tuple(iri.rsplit("/", 1)[-1] for iri in concept_iris("statement-kind"))


def kinds_text() -> str:
    """:data:`BY_KIND` over every kind: its default bindings, and ``?statementKind`` read from each
    statement instead of bound (:data:`KIND_LINE` left out)."""
    text, bindings = get(BY_KIND).bind({})
    if text.count(KIND_LINE) != 1:
        raise ValueError(f"{BY_KIND}: no line binding the kind to leave out")
    text = text.replace(KIND_LINE, "")
    return inject_values(text, bindings) if bindings else text


def by_kind(answer: Answer) -> dict[str, Answer]:
    """The answer of each kind of :func:`statement_kinds` (an empty one where it has no rows), cut
    from the canonical answer of :func:`kinds_text`; rows of a kind outside the vocabulary are left
    out (such a call runs live)."""
    prefix = f"{VOCAB}statement-kind/"  # registry.Scheme.prefix, without parsing the vocabularies
    parts = split(answer, "statementKind", keys=[f"{prefix}{kind}" for kind in statement_kinds()])
    kinds = statement_kinds()
    return {
        iri[len(prefix) :]: part
        for iri, part in parts.items()
        if iri.startswith(prefix) and iri[len(prefix) :] in kinds
    }


def whole_text(name: str) -> str:
    """A :data:`BY_NODE` query over every node: its default bindings but ``node`` written in,
    ``?node`` the first column and the first grouping and sort key."""
    text, bindings = get(name).bind({"node": "urn:x-hankegraafi:every-node"})
    del bindings["node"]
    whole = inject_values(text, bindings) if bindings else text
    for clause in ("SELECT", "GROUP BY", "ORDER BY"):
        whole, found = re.subn(rf"\b{clause}\s", f"{clause} ?node ", whole, count=1)
        if not found:
            raise ValueError(f"{name}: no {clause} to add ?node to")
    return whole
