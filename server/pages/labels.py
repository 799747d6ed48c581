"""Names and types of resources: of every named resource, or of the IRIs one page shows.

Pages show a name for each IRI they link to, in the reader's language with
a fallback. The home page, search, browse and the review pages read the whole
table: made of the name index stored when the data was written
(:func:`stored`, ``queries/nameindex.py``) while it follows the data, else read
(:func:`build`: one query reads every ``skos:prefLabel``, ``rdfs:label`` and
``dct:title``, a second the types of the resources that have a name); cached
until the data changes. A resource page reads
only the names of the IRIs it shows (:class:`PageLabels`, one query per batch
of IRIs): building the whole table took 2.5 s of the first page after a start
at 10^5 triples, and it is rebuilt after every write. The names of what the
page's card holds whole are taken from the card (:meth:`PageLabels.know`), and
names read are kept for the next pages while the data is unchanged
(:class:`SharedNames`). Once the store's every name has been read for the data
as it is (:class:`NameTable`, in a thread, once per write generation: 15 800
rows at 10^6 triples), a resource page reads no names at all.
"""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Identifier

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG
from hankegraafi.queries import nameindex
from hankegraafi.server import i18n, reads
from hankegraafi.server.i18n import pick
from hankegraafi.server.pages import storednames
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.iris import is_iri, values_block
from hankegraafi.server.pages.rdfout import contact_text, publishable_text

log = logging.getLogger(__name__)

#: Every name of the store and the types of named resources: the two queries of the whole index,
#: whose rows the stored name index holds (``queries/nameindex.py``).
LABELS_QUERY, TYPES_QUERY = nameindex.LABELS_QUERY, nameindex.TYPES_QUERY

#: The names of given IRIs (:class:`PageLabels`): the rows :data:`LABELS_QUERY` has for them. One
#: pattern per naming property: the engine looks up (IRI, property) pairs instead of reading every
#: triple of each IRI (a project's 177 IRIs at 10^5 triples: 11 ms against 22).
PAGE_LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?s ?p ?label WHERE {
  %s
  { ?s skos:prefLabel ?label BIND(skos:prefLabel AS ?p) }
  UNION { ?s rdfs:label ?label BIND(rdfs:label AS ?p) }
  UNION { ?s dct:title ?label BIND(dct:title AS ?p) }
  UNION { ?s skos:altLabel ?label BIND(skos:altLabel AS ?p) }
  FILTER(isLiteral(?label))
}
"""
#: IRIs per :data:`PAGE_LABELS_QUERY` (a project page shows a few hundred).
PAGE_BATCH = 1000
#: The properties :data:`PAGE_LABELS_QUERY` reads names from.
_LABEL_PROPERTIES = (SKOS.prefLabel, RDFS.label, DCTERMS.title, SKOS.altLabel)
#: The properties whose presence gives a resource its types in :data:`TYPES_QUERY`.
NAMING = (SKOS.prefLabel, RDFS.label, DCTERMS.title)

#: Preference among the naming properties: a concept's prefLabel before an rdfs:label.
_RANK: dict[Identifier, int] = {SKOS.prefLabel: 0, RDFS.label: 1, DCTERMS.title: 2}

#: The kinds a resource is grouped by (search results, home page counts), most specific first.
KINDS: tuple[tuple[str, URIRef], ...] = (
    ("subproject", HG.SubProject),
    ("workpackage", HG.WorkPackage),
    ("investment", HG.Investment),
    ("project", HG.Project),
    ("county", HG.WellbeingServicesCounty),
    ("county", HG.ServiceArea),
    ("municipality", HG.Municipality),
    ("region", HG.Region),
    ("national-actor", HG.NationalActor),
    ("organisation", HG.Organisation),
    ("service", HG.DigitalService),
    ("programme", HG.Programme),
    ("investment-line", HG.InvestmentLine),
    ("document", HG.SourceDocument),
    ("indicator", HG.Indicator),
    ("scheme", SKOS.ConceptScheme),
    ("concept", SKOS.Concept),
)
KIND_OF_CLASS = {cls: kind for kind, cls in KINDS}
_KIND_BY_CLASS = {str(cls): kind for kind, cls in KINDS}


def kind_asked(value: str) -> str:
    """The kind a search's ``type`` names: a kind of :data:`KINDS` (``project``), ``term`` or ``other``,
    or its class as an IRI, a CURIE (``hg:Project``) or a local name in any case (``Project``).

    Raises ``BadRequest`` naming ``type`` for any other value: ``/search?q=…&type=Project`` or
    ``type=zzz`` had listed no hit under the search's heading, unsaid (found by attack, stop 44; the
    catalogue's and ``/browse``'s filters answer so since stop 43).
    """
    from hankegraafi.ontology.namespaces import PREFIXES
    from hankegraafi.queries.params import expand
    from hankegraafi.server.errors import BadRequest

    text = value.strip()
    iri = expand(text, PREFIXES) or text
    for kind, cls in KINDS:
        if text.casefold() in (kind, str(cls).rsplit("/", 1)[-1].rsplit("#", 1)[-1].casefold()) or iri == str(
            cls
        ):
            return kind
    if text.casefold() in ("term", "other"):
        return text.casefold()
    known = ", ".join([kind for kind, _ in KINDS] + ["term", "other"])
    raise BadRequest(f"parameter 'type': {value[:80]!r} is no kind of resource here ({known})")


def kind_of(types: Iterable[str]) -> str:
    """The kind of :data:`KINDS` of a resource with ``types``: that of its most specific class
    (by the ontology's ``rdfs:subClassOf``, ``registry.kind_of``), or ``other``. The one mapping
    of classes to kinds; the explorer groups these kinds into its six."""
    return registry.kind_of(types, _KIND_BY_CLASS)


PROJECT_CLASSES = (HG.Project, HG.Investment, HG.SubProject, HG.WorkPackage)


@dataclass
class LabelIndex:
    """Names by IRI and language, and the types of named resources."""

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    types: dict[str, set[str]] = field(default_factory=dict)
    #: Other names (``skos:altLabel``, e.g. "THL"): found by search, never shown as the name.
    alt: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def want(self, terms: Iterable[object]) -> None:
        """Say which IRIs are about to be named (the whole table has them all: nothing to do)."""

    def stored(self, iri: str) -> dict[str, str]:
        """Language → name of ``iri`` in the store (without the registry's)."""
        return self.labels.get(str(iri), {})

    def add_types(self, iri: str, card: Iterable[tuple[object, object, object]]) -> None:
        """Take the types of ``iri`` from the triples of its card (the whole table has them)."""

    def know(self, subjects: Iterable[object], card: Iterable[tuple[object, object, object]]) -> None:
        """Take the names of ``subjects`` from ``card``, which holds every triple of them (the
        whole table has them)."""

    def label(self, iri: str, lang: str) -> str | None:
        """The name of ``iri`` in ``lang`` with the one fallback order, or None.

        Terms of the ontology and of the vocabularies we reuse (``dct:description``,
        ``prov:wasDerivedFrom`` …) are named by ``ontology/registry.py`` (the
        ontology's and ``reused-labels.ttl``'s labels, in fi/sv/en) before the
        store's copy, so a property is never shown by its IRI's last part.
        """
        return pick(texts, lang) if (texts := self.texts(iri)) else None

    def texts(self, iri: str) -> dict[str, str]:
        """Language → name of ``iri``: the store's names, the registry's over them."""
        stored = self.stored(iri)
        known = registry.labels(iri)
        return {**stored, **known} if known else stored

    def name(self, iri: str, lang: str) -> str:
        """A name to show for ``iri``: its label, else what :func:`unnamed` makes of its IRI."""
        found = self.label(iri, lang)
        return found if found else unnamed(str(iri), lang)

    def shown_lang(self, iri: str, lang: str) -> str | None:
        """The language of the name :meth:`label` shows when it is not ``lang`` (None when it is)."""
        texts = self.texts(iri)
        found = registry.pick(texts, lang) if texts else None
        return found.lang if found and found.fallback and found.lang else None

    def kind(self, iri: str) -> str:
        """The most specific kind of :data:`KINDS` the resource has, or ``other``."""
        kind = kind_of(self.types.get(str(iri), set()))
        if kind != "other":
            return kind
        if str(iri).startswith(str(HG)):
            return "term"
        return "other"

    def known(self, iri: str) -> bool:
        """Whether the dataset (or the ontology and vocabularies) names or types ``iri``: a value that
        neither does names nothing here (``/browse``'s facets refuse it)."""
        return str(iri) in self.types or bool(self.texts(str(iri)))

    def of_kind(self, *kinds: str) -> list[str]:
        wanted = set(kinds)
        return [iri for iri in self.types if self.kind(iri) in wanted]


def short_name(iri: str) -> str:
    """The last path segment or fragment of an IRI (for resources without a label)."""
    text = iri.rstrip("/")
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
            break
    return text or iri


def unnamed(iri: str, lang: str) -> str:
    """A name in ``lang`` for a resource without one, from its IRI: what it is and which concept
    its key names, e.g. ``…/id/participation/…/partner`` → "Osallistuminen: Yhteistyökumppani",
    ``…/id/traffic-light/…/costs`` → "Liikennevalo: Kustannukset", ``…/id/span/…/8bbd8e97`` →
    "Lähdekohta: 8bbd8e97", ``…/id/reporting-period/…/period`` → "Raportointijakso"; else the
    IRI's last part.

    Detail nodes (participations, traffic lights, periods) have no name of their own, and the
    last part of their IRI is a key (a slug) no reader should see (issue 19).
    """
    key = short_name(iri)
    if "/id/meta/" in iri:  # a service graph (catalogue, answers …): its name is in the one table
        meta = iri.split("/id/meta/", 1)[1]
        if f"meta_graph.{meta}" in i18n.STRINGS:
            return i18n.translate(f"meta_graph.{meta}", lang)
    what = _class_label(iri, lang)
    segment = iri.split("/id/", 1)[1].split("/", 1)[0] if "/id/" in iri else ""
    scheme = _SEGMENT_SCHEME.get(segment)
    # A person's role is numbered among the project's people in it (``…/project-manager-1``).
    concept = (
        registry.scheme(scheme).get(re.sub(r"-\d+$", "", key) if segment == "person-role" else key)
        if scheme
        else None
    )
    named = concept.label(lang).text if concept is not None else None
    # An identifier (a hash, lines "5-5", a document's slug) says which one; a plain word is a slug.
    ident = key if re.search(r"[\d-]", key) and key != segment else None
    if what and (named or ident):
        return f"{what}: {named or ident}"
    return what or named or key


#: The concept scheme whose key ends the IRI of a detail node of a kind (``…/participation/…/partner``).
_SEGMENT_SCHEME = {
    "participation": "role",
    "person-role": "role",
    "traffic-light": "light-dimension",
    "dependency": "dependency-kind",
}
#: Kind segments of minted IRIs that are not their class's name in kebab case.
_SEGMENT_CLASS = {
    "span": HG.SourceSpan,
    "graph": HG.DocumentGraph,
    "change": PROV.Activity,
    "person-role": HG.PersonInRole,
}


def _class_label(iri: str, lang: str) -> str | None:
    """The label of the class a minted IRI's kind segment names (``/id/traffic-light/…`` → hg:TrafficLight)."""
    if "/id/" not in iri:
        return None
    segment = iri.split("/id/", 1)[1].split("/", 1)[0]
    cls = _SEGMENT_CLASS.get(segment) or HG["".join(part.capitalize() for part in segment.split("-"))]
    found = registry.label(str(cls), lang)
    return found.text[:1].upper() + found.text[1:] if found else None


def build(data: DataAccess, *, person_names: bool) -> LabelIndex:
    """Read every name and the types of named resources (labels with contact details are skipped)."""
    index = LabelIndex()
    _add_names(index, data.select(LABELS_QUERY), person_names=person_names)
    _add_types(index, sorted((str(row["s"]), str(row["type"])) for row in data.select(TYPES_QUERY)))
    log.debug("label index: %d named resources", len(index.labels))
    return index


def from_stored(stored: nameindex.Stored, *, person_names: bool) -> LabelIndex:
    """The index :func:`build` reads, made of the rows the write stored (``queries/nameindex.py``):
    the same rows in the same (sorted) order, so the same index, without a query of the whole store."""
    index = LabelIndex()
    iris = stored.iris
    _add_name_rows(
        index,
        ((iris[s], p, lang, text) for s, p, lang, text in stored.names),
        person_names=person_names,
    )
    index.types = stored.types_by_subject()
    return index


def stored(st: Any, data: DataAccess, *, person_names: bool) -> tuple[LabelIndex, nameindex.Stored] | None:
    """The index :func:`build` reads, made of the stored name index while it follows the data
    (once per data version, shared: ``storednames``), and that index (its words' forms); or None."""
    return storednames.read(
        st, data, person_names=person_names, make=lambda s: from_stored(s, person_names=person_names)
    )


def _add_types(index: LabelIndex, rows: Iterable[tuple[str, str]]) -> None:
    kinds: dict[str, str] = {}  # one string per class: 44 446 rows name a few dozen (10 MB -> 2 at 10^6)
    for iri, kind in rows:
        index.types.setdefault(iri, set()).add(kinds.setdefault(kind, kind))


#: Each naming property's place in :data:`_LABEL_PROPERTIES` (the stored index's order, ``nameindex.PROPERTIES``).
_PLACE: dict[Identifier, int] = {p: n for n, p in enumerate(_LABEL_PROPERTIES)}
_ALT = _PLACE[SKOS.altLabel]


def _add_names(index: LabelIndex, rows: Iterable[dict[str, Identifier]], *, person_names: bool) -> None:
    """Put the names of ``rows`` (?s ?p ?label, every row of each ?s; ?p one of :data:`_LABEL_PROPERTIES`)
    into ``index`` (:func:`_add_name_rows`), in the stored index's order (``nameindex.assemble``), not
    the engine's: the whole index, the stored one and a page's give each IRI the same other names."""
    _add_name_rows(index, sorted(_name_tuples(rows)), person_names=person_names)


def _name_tuples(rows: Iterable[dict[str, Identifier]]) -> Iterator[tuple[str, int, str, str]]:
    """(subject, property's place, language, text) of each row that names (?s ?p ?label)."""
    for row in rows:
        if isinstance(label := row["label"], Literal) and (place := _PLACE.get(row["p"])) is not None:
            yield str(row["s"]), place, label.language or "", str(label)


def _add_name_rows(index: LabelIndex, rows: Iterable[tuple[str, int, str, str]], *, person_names: bool) -> None:
    """Put the names of ``rows`` (subject, property's place in :data:`_LABEL_PROPERTIES`, language,
    text; every row of each subject) into ``index``: per language the best by :data:`_RANK`, then
    the smallest text; ``skos:altLabel`` as other names. What :func:`publishable_text` refuses is
    left out (the property's rule read once per property: the stored index's 16 000 rows at 10^6
    triples hashed an rdflib term three times each)."""
    allowed = [publishable_text(p, "", person_names=person_names) for p in _LABEL_PROPERTIES]
    ranks = [_RANK.get(p, 9) for p in _LABEL_PROPERTIES]
    best: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for s, p, lang, text in rows:
        if not allowed[p] or contact_text(text):
            continue
        if p == _ALT:
            index.alt.setdefault(s, []).append((lang, text))
            continue
        rank = ranks[p]
        have = best[s].get(lang)
        if have is None or (rank, text) < have:
            best[s][lang] = (rank, text)
    for iri, by_lang in best.items():
        index.labels[iri] = {lang: text for lang, (_, text) in by_lang.items()}


#: What :class:`SharedNames` keeps of one IRI: its names by language and its other names.
Names = tuple[dict[str, str], list[tuple[str, str]]]


class SharedNames:
    """The names resource pages read (:class:`PageLabels`), kept for the next pages while the data
    is unchanged: the names of the ontology's terms, the vocabularies' concepts, the counties and
    organisations recur on every page. Keyed by the runner's write generation, so used only where
    it changes with every change of the data (``QueryService.generation_exact``: a serving pool
    on an embedded store); at most ``limit`` IRIs: when full, the older half read goes (what recurs
    is read again). A kept name costs about 640 bytes of the web process, so the 40 000 are about
    25 MB (the limit was 200 000, about 130 MB, once pages at 10^6 triples had read that many)."""

    def __init__(self, limit: int = 40_000) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._names: dict[str, Names] = {}

    def get(self, generation: int, iris: Iterable[str]) -> dict[str, Names]:
        """What is kept of ``iris`` for ``generation`` (nothing from another)."""
        with self._lock:
            if generation != self._generation:
                return {}
            return {iri: hit for iri in iris if (hit := self._names.get(iri)) is not None}

    def put(self, generation: int, names: dict[str, Names]) -> None:
        """Keep ``names`` read at ``generation``: a newer generation drops what is kept, an older
        one (a page that began before a write) keeps nothing."""
        with self._lock:
            if self._generation is None or generation > self._generation:
                self._generation = generation
                self._names = {}
            elif generation < self._generation:
                return
            if len(self._names) + len(names) > self._limit:
                keep = max(0, min(len(self._names), self._limit // 2) - len(names))
                self._names = dict(list(self._names.items())[len(self._names) - keep :]) if keep else {}
            self._names.update(names)


#: Most named IRIs :class:`NameTable` keeps (its rows: every name); a store with more is named per
#: page (:class:`PageLabels`' queries). At 10^6 triples of bench.generate data the store has
#: 15 800 names of 10 000 IRIs (altLabel included), a table of a few MB.
TABLE_ROWS = 150_000


class NameTable:
    """Every name of the store, read once per write generation and shared by every resource page:
    a page then names what it shows from memory, with no query of its own. At 10^6 triples the
    per-page name queries cost a county page 25-50 ms of CPU (500-860 rows) and a service page
    15-30 ms, while the whole table is 15 800 rows read once (the rows :data:`LABELS_QUERY` gives:
    the same names as :func:`build` and :class:`PageLabels`). Used only where the generation
    changes with every change of the data (``QueryService.generation_exact``); read in a thread
    of its own (:meth:`refresh`), so no page waits for it: pages read their names as before until
    it is there. A table read while a write happened is dropped (its generation is gone). Where
    the write stored the name index (``stored``), the table is the stored label index's own dicts:
    one read and one copy of every name for the table, the home page and the search."""

    def __init__(self, limit: int = TABLE_ROWS, stored: Any = None) -> None:
        self._limit = limit
        #: (data, person_names) → the stored label index for the data now or None (:func:`stored`).
        self._stored = stored
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._names: dict[str, Names] = {}
        self._loading: int | None = None
        #: Set when the store has more names than the limit: pages name per page.
        self.too_large_at: int | None = None

    def get(self, generation: int) -> dict[str, Names] | None:
        """Every IRI's names for ``generation`` (an IRI not in it has none), or None if not read."""
        with self._lock:
            return self._names if generation == self._generation else None

    def refresh(self, data: DataAccess, *, person_names: bool) -> None:
        """Start reading the table for the data's generation now in a thread, unless it is read,
        being read, or the data has more names than the limit."""
        if not data.generation_exact or data.generation is None:
            return
        generation = int(data.generation)
        with self._lock:
            if generation in (self._generation, self._loading, self.too_large_at):
                return
            self._loading = generation
        threading.Thread(
            target=self.load, args=(data, generation), kwargs={"person_names": person_names}, daemon=True
        ).start()

    def load(self, data: DataAccess, generation: int, *, person_names: bool) -> None:
        """Read every name (:data:`LABELS_QUERY`) and keep them for ``generation`` if the data is
        still at it afterwards."""
        try:
            found = self._stored(data, person_names) if self._stored is not None else None
            rows = (
                found[1].names
                if found is not None
                else data.bounded_select(LABELS_QUERY, max_rows=self._limit + 1)
            )
            if len(rows) > self._limit:
                with self._lock:
                    self.too_large_at = generation
                return
            index = found[0] if found is not None else LabelIndex()
            if found is None:  # the label index's own dicts when stored: one copy of every name
                _add_names(index, rows, person_names=person_names)
            names: dict[str, Names] = {iri: (by_lang, []) for iri, by_lang in index.labels.items()}
            for iri, alt in index.alt.items():
                names[iri] = (names.get(iri, ({}, []))[0], alt)
            with self._lock:
                stored = data.generation == generation and (
                    self._generation is None or generation > self._generation
                )
                if stored:
                    self._generation = generation
                    self._names = names
            if stored:
                # The table and what the process built before it (the app, the ontology, the
                # vocabularies) live until the next write: out of the collector's full passes,
                # which walked them all again and again as pages allocate (in process at 10^6
                # triples 1.35 s of the 5.7 s of CPU of 90 pages, 0.17 s with them frozen).
                gc.collect()
                gc.freeze()
        except Exception:  # the pages name per page as before; the next page tries again
            log.exception("reading the name table failed")
        finally:
            with self._lock:
                if self._loading == generation:
                    self._loading = None


def for_page(st: Any, data: DataAccess, *, person_names: bool) -> PageLabels:
    """The names of one resource page, with what the pages' state (``st``, ``access.PagesState``)
    shares among them: the names other pages read and the store's name table, made on first use.
    The table is read in a thread started after a page has been answered (``NameTable.refresh``:
    0.3-1 s of CPU at 10^6 triples, once per write generation), so the first page after a start
    does not wait for it; until it is read, pages read their names with their own queries."""
    with st.lock:
        if st.names is None:
            st.names = SharedNames()
            st.table = NameTable(stored=lambda data, names: stored(st, data, person_names=names))
    return PageLabels(data, person_names=person_names, shared=st.names, table=st.table)


class PageLabels(LabelIndex):
    """The names of the IRIs one page shows, read when the page says it will show them.

    The page builder calls :meth:`want` with every IRI of the resource's card and of each
    query's rows (one :data:`PAGE_LABELS_QUERY` per call for the IRIs not read yet); an IRI
    asked for that was not announced is read on its own. The names are those :func:`build`
    gives for the same IRIs, so a page reads the same with either.
    """

    def __init__(
        self,
        data: DataAccess,
        *,
        person_names: bool,
        shared: SharedNames | None = None,
        table: NameTable | None = None,
    ) -> None:
        super().__init__()
        self._data = data
        self._person_names = person_names
        self._read: set[str] = set()
        #: Queries made (the benchmark and tests read it: a page should need one or two).
        self.queries = 0
        # The names other pages read, while the data is what it was then (the generation now).
        exact = (shared is not None or table is not None) and data.generation_exact
        generation = data.generation if exact else None
        self._shared = shared if generation is not None else None
        self._generation = generation or 0
        #: Every name of the store at this generation (:class:`NameTable`), when it is read.
        self._table = table.get(generation) if table is not None and generation is not None else None

    def want(self, terms: Iterable[object]) -> None:
        new = sorted({str(t) for t in terms if isinstance(t, URIRef)} - self._read)
        self._read.update(new)
        iris = [i for i in new if is_iri(i)]  # anything else has no name to read
        with reads.inner() as recorder:  # a page's reads, for its stored body (server/reads.py)
            self._want(iris)
        if recorder is not None and iris:
            recorder.add("names", [iris, self._person_names], self.names_of(iris))

    def names_of(self, iris: list[str]) -> list[object]:
        """What :meth:`want` read of ``iris``: each one's names and other names."""
        return [
            (i, list(self.labels.get(i, {}).items()), [tuple(a) for a in self.alt.get(i, [])]) for i in iris
        ]

    def _want(self, iris: list[str]) -> None:
        if self._table is not None:  # every name is there: an IRI not in it has none
            for iri in iris:
                hit = self._table.get(iri)
                if hit is not None:
                    if hit[0]:  # the table's own dicts: nothing changes them
                        self.labels[iri] = hit[0]
                    if hit[1]:
                        self.alt[iri] = hit[1]
            return
        if self._shared is not None:
            kept = self._shared.get(self._generation, iris)
            for iri, (names, alt) in kept.items():
                if names:
                    self.labels[iri] = dict(names)
                if alt:
                    self.alt[iri] = list(alt)
            iris = [i for i in iris if i not in kept]
        for start in range(0, len(iris), PAGE_BATCH):
            batch = iris[start : start + PAGE_BATCH]
            block = values_block("s", [URIRef(i) for i in batch])
            self.queries += 1
            rows = self._data.bounded_select(PAGE_LABELS_QUERY % block)
            _add_names(self, rows, person_names=self._person_names)
            if self._shared is not None:
                read = {i: (dict(self.labels.get(i, {})), list(self.alt.get(i, []))) for i in batch}
                self._shared.put(self._generation, read)

    def know(self, subjects: Iterable[object], card: Iterable[tuple[object, object, object]]) -> None:
        """The names of ``subjects`` (IRIs whose every triple ``card`` holds: a page's card, read
        before its PII was removed) from ``card``: the rows :data:`PAGE_LABELS_QUERY` gives for
        them, without the query. A project's card holds most of the IRIs it shows (its details,
        their sources), so only the others are read (:meth:`want`)."""
        if self._table is not None:  # the table has their names: the same rows
            self.want(subjects)
            return
        iris = {s for s in subjects if isinstance(s, URIRef) and str(s) not in self._read}
        rows: list[dict[str, Identifier]] = [
            {"s": s, "p": p, "label": o}
            for s, p, o in card
            if isinstance(s, URIRef) and s in iris and isinstance(p, URIRef) and p in _LABEL_PROPERTIES
            if isinstance(o, Literal)
        ]
        self._read.update(str(s) for s in iris)
        _add_names(self, rows, person_names=self._person_names)

    def stored(self, iri: str) -> dict[str, str]:
        if str(iri) not in self._read:
            self.want([URIRef(str(iri))])
        return self.labels.get(str(iri), {})

    def add_types(self, iri: str, card: Iterable[tuple[object, object, object]]) -> None:
        """The types :data:`TYPES_QUERY` gives ``iri``, from the triples of its card: its IRI
        types if it has a name property at all (no query)."""
        triples = [(p, o) for s, p, o in card if str(s) == str(iri)]
        if any(p in NAMING for p, _ in triples):
            types = {str(o) for p, o in triples if p == RDF.type and isinstance(o, URIRef)}
            if types:
                self.types[str(iri)] = types
