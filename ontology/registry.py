"""The domain's closed lists, read from the SKOS vocabularies: one place for each fact.

The vocabularies in ``ontology/vocab/*.ttl`` are the registry. A traffic-light
dimension, a document kind, a dependency kind or a goal status is one concept
there, with its key (the last segment of its IRI), its labels in fi/sv/en and
the spelling variants documents use (alt and hidden labels). Ingest, the
pages, the explorer, the generator and the translations ask this module
instead of keeping their own lists, so adding a concept is one entry in a
Turtle file.

Order: concepts keep the order the vocabulary file writes them in (a report
prints its lights in that order); RDF has none, so the loader records it.

Labels: ``label(iri, lang)`` is the one fallback order of the project — the
wanted language, then fi → en → sv — and says which language it fell back to,
so that a page can say "shown in Finnish".

Everything is parsed on first use and cached; ``extended(turtle)`` adds a
vocabulary entry for the duration of a ``with`` block (tests use it to show
that one entry is enough).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import HG, VOCAB

#: The one fallback order of labels and interface texts (after the wanted language).
FALLBACK: tuple[str, ...] = ("fi", "en", "sv")
#: The languages the interface is written in.
LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")


class Label(NamedTuple):
    """A text and the language it is in; ``fallback`` when that is not the one asked for."""

    text: str
    lang: str
    fallback: bool


def pick(texts: Mapping[str, str], lang: str) -> Label | None:
    """The text of ``texts`` (language → text) in ``lang``, else fi → en → sv, else any.

    The one fallback order for labels of data and texts of the interface alike.
    """
    for candidate in (lang, *FALLBACK):
        text = texts.get(candidate)
        if text:
            return Label(text, candidate, candidate != lang)
    for candidate, text in sorted(texts.items()):
        if text:
            return Label(text, candidate, candidate != lang)
    return None


@dataclass(frozen=True)
class Concept:
    """One SKOS concept: its key, IRI, labels by language and spelling variants."""

    iri: URIRef
    key: str
    scheme: str
    notation: str | None
    pref: Mapping[str, str]
    alt: Mapping[str, tuple[str, ...]]
    hidden: Mapping[str, tuple[str, ...]]
    broader: URIRef | None
    #: The words that tell the concept in a sentence (``hg:cue``: regular expressions by language).
    cues: Mapping[str, tuple[str, ...]]
    #: Where its cues are tried among the scheme's (``hg:cueRank``, lowest first; None: found by labels).
    cue_rank: int | None
    #: Cues that add up rather than decide (``hg:weightedCue``: pattern and ``hg:cueWeight``), e.g. a
    #: document kind's title (6) and body words (1-3); sorted, as their order does not count.
    weighted_cues: tuple[tuple[str, int], ...] = ()

    def label(self, lang: str) -> Label:
        """The preferred label in ``lang`` with the project's fallback (the key if none)."""
        return pick(self.pref, lang) or Label(self.key, "", True)

    def surface_forms(self, lang: str | None = None) -> tuple[str, ...]:
        """Preferred, alternative and hidden labels (in ``lang`` or all), as written."""
        forms: list[str] = []
        langs = [lang] if lang else sorted({*self.pref, *self.alt, *self.hidden})
        for code in langs:
            if code in self.pref:
                forms.append(self.pref[code])
            forms.extend(self.alt.get(code, ()))
            forms.extend(self.hidden.get(code, ()))
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Scheme:
    """A concept scheme: its concepts in written order, found by key or IRI."""

    name: str
    iri: URIRef
    pref: Mapping[str, str]
    concepts: tuple[Concept, ...]

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, key: object) -> bool:
        return any(c.key == key or c.iri == key for c in self.concepts)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.concepts)

    @property
    def prefix(self) -> str:
        """The IRI prefix of the scheme's concepts (``…/vocab/light-dimension/``)."""
        return f"{VOCAB}{self.name}/"

    def get(self, key: str) -> Concept | None:
        """The concept with this key or IRI, or None."""
        for c in self.concepts:
            if c.key == key or str(c.iri) == key:
                return c
        return None

    def __getitem__(self, key: str) -> Concept:
        found = self.get(key)
        if found is None:
            raise KeyError(f"{key!r} is not a concept of {self.name}")
        return found

    def key_of(self, iri: str) -> str | None:
        """The key of a concept IRI of this scheme (None for any other IRI)."""
        return iri[len(self.prefix) :] if iri.startswith(self.prefix) else None

    def names(self, lang: str) -> dict[str, str]:
        """Key → label in ``lang`` (with fallback), in written order."""
        return {c.key: c.label(lang).text for c in self.concepts}


def _texts(values: Iterable[Node]) -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = {}
    for value in values:
        if isinstance(value, Literal):
            by_lang.setdefault(value.language or "", []).append(str(value))
    return {lang: sorted(texts) for lang, texts in by_lang.items()}


def _pref(values: Iterable[Node]) -> Mapping[str, str]:
    return MappingProxyType({lang: texts[0] for lang, texts in _texts(values).items()})


def _integer(value: Node | None) -> int | None:
    return int(value) if isinstance(value, Literal) else None


def _weighted_cues(g: Graph, iri: URIRef) -> tuple[tuple[str, int], ...]:
    found = []
    for node in g.objects(iri, HG.weightedCue):
        text, weight = g.value(node, HG.cue), _integer(g.value(node, HG.cueWeight))
        if isinstance(text, Literal) and weight is not None:
            found.append((str(text), weight))
    return tuple(sorted(found))


@functools.cache
def schemes() -> Mapping[str, Scheme]:
    """Every concept scheme of the vocabularies by name (``light-dimension``, ``county``, …)."""
    g = loader.vocabulary_graph()
    order = loader.written_order()
    members: dict[URIRef, list[URIRef]] = {}
    for concept, scheme in g.subject_objects(SKOS.inScheme):
        if isinstance(concept, URIRef) and isinstance(scheme, URIRef):
            members.setdefault(scheme, []).append(concept)
    found: dict[str, Scheme] = {}
    for scheme_iri in g.subjects(RDF.type, SKOS.ConceptScheme):
        if not isinstance(scheme_iri, URIRef) or not str(scheme_iri).startswith(str(VOCAB)):
            continue
        name = str(scheme_iri)[len(str(VOCAB)) :]
        concepts = []
        for iri in sorted(set(members.get(scheme_iri, [])), key=lambda c: (order.get(c, len(order)), str(c))):
            broader = g.value(iri, SKOS.broader)
            notation = g.value(iri, SKOS.notation)
            concepts.append(
                Concept(
                    iri=iri,
                    key=str(iri).rsplit("/", 1)[-1],
                    scheme=name,
                    notation=str(notation) if notation is not None else None,
                    pref=_pref(g.objects(iri, SKOS.prefLabel)),
                    alt=MappingProxyType(
                        {k: tuple(v) for k, v in _texts(g.objects(iri, SKOS.altLabel)).items()}
                    ),
                    hidden=MappingProxyType(
                        {k: tuple(v) for k, v in _texts(g.objects(iri, SKOS.hiddenLabel)).items()}
                    ),
                    broader=broader if isinstance(broader, URIRef) else None,
                    cues=MappingProxyType({k: tuple(v) for k, v in _texts(g.objects(iri, HG.cue)).items()}),
                    cue_rank=_integer(g.value(iri, HG.cueRank)),
                    weighted_cues=_weighted_cues(g, iri),
                )
            )
        found[name] = Scheme(name, scheme_iri, _pref(g.objects(scheme_iri, SKOS.prefLabel)), tuple(concepts))
    return MappingProxyType(found)


def scheme(name: str) -> Scheme:
    """One concept scheme by name; KeyError names the schemes there are."""
    try:
        return schemes()[name]
    except KeyError:
        raise KeyError(f"no concept scheme {name!r}; there are {sorted(schemes())}") from None


# --- the domain registries issue 18 names ---------------------------------------------------


def light_dimensions() -> Scheme:
    """What a status report's traffic lights rate (progress, schedule, costs, …)."""
    return scheme("light-dimension")


def light_values() -> Scheme:
    """The values a traffic light takes (on plan, deviation)."""
    return scheme("light-value")


def document_kinds() -> Scheme:
    """The kinds of source document ingest reads (final report, status report, …)."""
    return scheme("document-kind")


def lifecycle_statuses() -> Scheme:
    return scheme("lifecycle")


def goal_statuses() -> Scheme:
    return scheme("goal-status")


def dependency_kinds() -> Scheme:
    return scheme("dependency-kind")


def output_types() -> Scheme:
    return scheme("output-type")


def cost_categories() -> Scheme:
    """The rows of cost tables, group rows before their sub-rows (``Concept.broader``)."""
    return scheme("cost-category")


def statement_kinds() -> Scheme:
    return scheme("statement-kind")


# --- labels of any IRI ----------------------------------------------------------------------


#: Names in fi/sv/en of the other vocabularies' terms our data uses (dct:, prov:, skos: …).
REUSED_LABELS_FILE = "reused-labels.ttl"


@functools.cache
def reused_labels() -> Graph:
    """The names of the reused vocabularies' terms (``reused-labels.ttl``), parsed once."""
    return loader.package_graph(REUSED_LABELS_FILE)


@functools.cache
def _labels() -> Mapping[str, Mapping[str, str]]:
    """IRI → language → preferred label, for concepts, schemes, ontology terms and reused terms."""
    by_iri: dict[str, dict[str, str]] = {}
    for g, prop in (
        (loader.vocabulary_graph(), SKOS.prefLabel),
        (loader.ontology_graph(), RDFS.label),
        (loader.ontology_graph(), SKOS.prefLabel),
        (reused_labels(), RDFS.label),
    ):
        for s, value in g.subject_objects(prop):
            if isinstance(s, URIRef) and isinstance(value, Literal):
                texts = by_iri.setdefault(str(s), {})
                texts.setdefault(value.language or "", str(value))
    return MappingProxyType({k: MappingProxyType(v) for k, v in by_iri.items()})


def labels(iri: str) -> Mapping[str, str]:
    """Language → label of a vocabulary concept, ontology term or reused term (empty if none)."""
    return _labels().get(str(iri), MappingProxyType({}))


def label(iri: str, lang: str) -> Label | None:
    """The label of a vocabulary concept, ontology term or reused term in ``lang``, else fi → en → sv.

    ``label(VOCAB["light-dimension/staff"], "de")`` is
    ``Label("Henkilöstö", "fi", fallback=True)``; ``label(DCTERMS.description, "sv")``
    is ``Label("beskrivning", "sv", fallback=False)`` (``reused-labels.ttl``); None
    for an IRI none of them names.
    """
    texts = _labels().get(str(iri))
    return pick(texts, lang) if texts else None


# --- classes and kinds ----------------------------------------------------------------------


@functools.cache
def class_depth() -> Mapping[URIRef, int]:
    """Each class of the ontology → its depth under ``rdfs:subClassOf`` (0 for a root)."""
    onto = loader.ontology_graph()
    parents: dict[URIRef, set[URIRef]] = {}
    for cls in onto.subjects(RDF.type, OWL.Class):
        if isinstance(cls, URIRef):
            parents.setdefault(cls, set())
    for child, parent in onto.subject_objects(RDFS.subClassOf):
        if isinstance(child, URIRef) and isinstance(parent, URIRef):
            parents.setdefault(child, set()).add(parent)
            parents.setdefault(parent, set())

    depth: dict[URIRef, int] = {}

    def walk(cls: URIRef, seen: frozenset[URIRef]) -> int:
        if cls not in depth:
            ups = [p for p in parents.get(cls, ()) if p not in seen]
            depth[cls] = 1 + max((walk(p, seen | {cls}) for p in ups), default=-1)
        return depth[cls]

    for cls in parents:
        walk(cls, frozenset())
    return MappingProxyType(depth)


def kind_of(types: Iterable[str], kinds: Mapping[str, str], default: str = "other") -> str:
    """The kind of a resource from its types: the kind of its most specific mapped class.

    ``kinds`` maps class IRIs to the caller's kind names (the pages group by
    sixteen kinds, the explorer by six); which class is more specific comes
    from the ontology, so a county typed both ``hg:WellbeingServicesCounty``
    and ``hg:Organisation`` is a county for both. Ties keep ``kinds``' order.
    """
    depth = class_depth()
    present = set(map(str, types))
    best: tuple[int, int, str] | None = None
    for position, (cls, kind) in enumerate(kinds.items()):
        if cls in present:
            rank = (-depth.get(URIRef(cls), 0), position, kind)
            if best is None or rank < best:
                best = rank
    return best[2] if best else default


@functools.cache
def organisation_kinds() -> tuple[URIRef, ...]:
    """The subclasses of ``hg:Organisation`` (national actor, county, municipality), by name."""
    onto = loader.ontology_graph()
    return tuple(sorted(c for c in onto.subjects(RDFS.subClassOf, HG.Organisation) if isinstance(c, URIRef)))


# --- extending the registry (tests) ---------------------------------------------------------


def clear_caches() -> None:
    """Forget what was read, so that the next call reads the vocabularies again."""
    loader.clear_caches()
    for cached in (schemes, _labels, reused_labels, class_depth, organisation_kinds):
        cached.cache_clear()


@contextmanager
def extended(turtle: str) -> Iterator[None]:
    """The vocabularies with ``turtle`` added, inside the ``with`` block only.

    A test adds one concept (a new traffic-light dimension) and checks that
    ingest, pages, explorer and queries all see it. Consumers that copied the
    registry into a module-level constant at import will not — that is the
    point of the test.
    """
    loader._EXTRA_SOURCES.append(turtle)
    clear_caches()
    try:
        yield
    finally:
        loader._EXTRA_SOURCES.remove(turtle)
        clear_caches()
