"""Seeded synthetic data with the shape of the real graph, at any size.

Two products, both deterministic for a given seed:

* **RDF** (:class:`RdfGenerator`, :func:`write_nquads`): N-Quads with one named
  graph per synthetic source document and its catalogue entry in
  ``<base>meta/catalogue``, plus the real ontology and reference vocabularies,
  so that every catalogue query returns real rows. The shape follows what
  ingest produces from the bundled samples (``docs/MODEL.md``): projects per
  wellbeing services county (weighted by population), investments and
  sub-projects joined by ``hg:partOf`` (a sub-project usually has no county of
  its own and inherits it through two levels), ``hg:Dependency`` nodes with a
  ``dct:requires`` shortcut, concentrated on a few national services
  (Zipf-weighted: Omaolo and DigiFinland take most), dependencies on projects
  of other documents, cost statements with category lines and a total line,
  traffic lights over reporting periods, goals, outputs, participations,
  person roles, continuations, and a ``hg:SourceSpan`` for every extracted
  node (about 40 % of the triples, as in real ingest output).
* **Documents** (:func:`write_documents`): the invented sample documents of
  ``ingest/samples`` used as templates, names and figures varied, written as
  .txt, .html, .pdf (reportlab) and .docx (python-docx), to measure ingest end
  to end.

Each synthetic document draws from its own random stream (seed and index), so
document *i* is the same whatever size is asked for, and a graph of 10^5
triples is a prefix of the one of 10^6.

Command line::

    .venv/bin/python -m bench.generate rdf --triples 1000000 --out data.nq
    .venv/bin/python -m bench.generate docs --count 100 --out docs/
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import math
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import (
    BASE_IRI_DEFAULT,
    ONTOLOGY_GRAPH,
    VOCAB_GRAPH,
    catalogue_graph,
    graph_iri,
    slugify,
)

if TYPE_CHECKING:
    from rdflib import Graph

    from hankegraafi.ontology.registry import Scheme

log = logging.getLogger(__name__)

HG = "https://w3id.org/hankegraafi/ontology#"
HGV = "https://w3id.org/hankegraafi/vocab/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDFS_SEEALSO = "<http://www.w3.org/2000/01/rdf-schema#seeAlso>"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCAT_BYTESIZE = "<http://www.w3.org/ns/dcat#byteSize>"
VOID_TRIPLES = "<http://rdfs.org/ns/void#triples>"
SCHEMA_AMOUNT = "<http://schema.org/amount>"

DEFAULT_SEED = 20240601
TOOL_VERSION = "synthetic"

#: Population of each wellbeing services county in thousands (2023, rounded):
#: larger counties run more projects. Helsinki (90) is its own organiser.
COUNTY_POPULATION = {
    "01": 98, "02": 201, "03": 477, "04": 275, "05": 483, "06": 213, "07": 170, "08": 530,
    "09": 205, "10": 161, "11": 126, "12": 131, "13": 248, "14": 163, "15": 273, "16": 190,
    "17": 176, "18": 68, "19": 418, "20": 70, "21": 176, "90": 664,
}  # fmt: skip

#: National dependency targets in order of popularity (Zipf-weighted below).
NATIONAL_TARGETS = (
    "service/omaolo", "organisation/digifinland", "service/palvelutietovaranto", "organisation/thl",
    "service/omaperhe-fi", "organisation/stm", "service/kanta", "organisation/kela", "service/tarmoa",
    "service/mielenterveystalo", "organisation/dvv", "service/sahkoinen-perhekeskus",
    "service/mielenterveystalo-pro", "service/lahella-fi", "service/zoturi", "organisation/valvira",
)  # fmt: skip

#: Bumped when the same seed writes different data, so that a cached file is not reused.
FORMAT = 2
#: The generator's mix of document kinds (the kinds themselves are the registry's).
#: A kind the vocabulary adds is not drawn until it gets a weight here: ingest needs a layout for it.
DOCUMENT_KIND_MIX = {"final-report": 0.3, "status-report": 0.2, "project-plan": 0.2, "innokyla-page": 0.3}
KIND_FILE_WORD = {
    "final-report": "loppuraportti",
    "status-report": "tilanneraportti",
    "project-plan": "hankesuunnitelma",
    "innokyla-page": "innokyla",
}
FORMATS = ("txt", "html", "pdf", "docx")
MEDIA_TYPES = {
    "txt": "text/plain",
    "html": "text/html",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

THEMES = (
    "Kestävän kasvun hanke", "tulevaisuuden sote-keskus", "rakenneuudistus", "hoitotakuun edistäminen",
    "digitaaliset palvelut", "perhekeskuksen kehittäminen", "mielenterveyspalvelut", "ikääntyneiden kotihoito",
    "työkykyohjelma", "palveluohjauksen toimintamalli", "etävastaanotot", "liikkuvat palvelut",
)  # fmt: skip
INVESTMENT_THEMES = (
    "hoitotakuu", "digitaaliset palvelut", "ennaltaehkäisy", "tietojohtaminen", "kustannusvaikuttavuus",
    "jonojen purku", "etäkuntoutus", "hyvinvointipalvelujen tarjotin",
)  # fmt: skip
GOAL_STATUS_MIX = {
    "achieved": 0.45, "partly-achieved": 0.2, "not-achieved": 0.12, "moved-later": 0.08, "unfinished": 0.05,
    "unknown": 0.1,
}  # fmt: skip
REASONS = (
    "Henkilöstöpula viivästytti käyttöönottoa.", "Hankinta eteni suunniteltua hitaammin.",
    "Potilastietojärjestelmän vaihto siirsi integraatiota.", "Resurssit eivät riittäneet.",
    "Kansallisen palvelun aikataulu muuttui.",
)  # fmt: skip
OUTPUT_UNITS = ("kpl", "koulutusta", "ammattilaista", "asiakasta", "palvelua", "toimipistettä")
#: Continuation is drawn as a link between projects, not as a dependency; a new kind gets NEW_KIND_WEIGHT.
DEPENDENCY_KIND_MIX = {
    "technical": 0.3, "functional": 0.25, "resource": 0.15, "organisational": 0.1, "national-guidance": 0.15,
    "shared-work": 0.05, "continuation": 0.0,
}  # fmt: skip
NEW_KIND_WEIGHT = 0.05
#: Lifecycle statuses a whole project can have ("withdrawn" marks struck-out parts of a plan).
PART_ONLY_LIFECYCLE = frozenset({"withdrawn"})
PROGRAMMES = ("kestavan-kasvun-ohjelma", "tulevaisuuden-sote-keskus", "sote-rakenneuudistus", "tyokykyohjelma")
TARGET_GROUPS = ("older-people", "children", "families", "young-people", "immigrants", "professionals")
SYLLABLES = ("ka", "lo", "mi", "ra", "tu", "va", "si", "ne", "ho", "ja", "ke", "pu", "lä", "yö", "ri", "su")


# -- N-Triples terms -------------------------------------------------------------------


def iri(value: str) -> str:
    return f"<{value}>"


def lit(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def hg(name: str) -> str:
    return f"<{HG}{name}>"


def hgv(path: str) -> str:
    return f"<{HGV}{path}>"


def counties(triples: list[str]) -> list[str]:
    """The ``hg:county`` triples ingest's inference step adds for one document's triples.

    ``hg:region`` is a subproperty of ``hg:county``, and ``hg:partOf`` then ``hg:county``
    is a chain that ends in it (ontology/hankegraafi.ttl): a part has the county of its
    whole. The catalogue's queries read the county that way; the rest of the closure
    (superclasses, EURIO terms) is left out, so queries that need it time an empty answer.
    """
    region, part_of = hg("region"), hg("partOf")
    own: dict[str, set[str]] = {}
    wholes: dict[str, set[str]] = {}
    for line in triples:
        s, p, o = line.split(" ", 2)
        if p == region:
            own.setdefault(s, set()).add(o)
        elif p == part_of:
            wholes.setdefault(s, set()).add(o)

    def of(node: str, seen: frozenset[str]) -> set[str]:
        found = set(own.get(node, ()))
        for whole in wholes.get(node, ()):
            if whole not in seen:
                found |= of(whole, seen | {node})
        return found

    county = hg("county")
    return [f"{node} {county} {c}" for node in sorted({*own, *wholes}) for c in sorted(of(node, frozenset()))]


# -- the reference vocabularies ---------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """What the generator picks from, read from the shipped vocabularies (sorted, so stable)."""

    counties: tuple[str, ...]  # codes, "01" …
    county_names: dict[str, str]  # code → Finnish name
    municipalities: dict[str, tuple[str, ...]]  # code → municipality IRIs
    regional_orgs: tuple[str, ...]
    output_types: tuple[str, ...]
    cost_categories: tuple[str, ...]  # without total
    light_dimensions: tuple[str, ...]  # keys, in the order reports print them
    lifecycle: tuple[str, ...]
    document_kinds: Mix
    goal_statuses: Mix
    dependency_kinds: Mix
    reference_nquads: str = field(repr=False)  # ontology + vocabularies as N-Quads
    reference_quads: int = 0


@dataclass(frozen=True)
class Mix:
    """Keys of a registry scheme and the weights the generator draws them with."""

    keys: tuple[str, ...]
    weights: tuple[float, ...]

    @classmethod
    def of(cls, scheme: Scheme, weights: dict[str, float], new: float) -> Mix:
        """The scheme's keys, weighted ones first in ``weights``' order (so a seed keeps its data).

        A key of ``weights`` the scheme lacks is an error: the mix has drifted from the vocabulary.
        """
        unknown = set(weights) - set(scheme.keys)
        if unknown:
            raise ValueError(f"weights for {sorted(unknown)}, which {scheme.name} does not have")
        keys = [*weights, *(k for k in scheme.keys if k not in weights)]
        return cls(tuple(keys), tuple(weights.get(k, new) for k in keys))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.keys, self.weights)[0]


def vocabulary() -> Vocabulary:
    """The vocabulary concepts and the reference graphs, read once per vocabulary graph."""
    from hankegraafi.ontology import loader

    return _vocabulary(loader.vocabulary_graph())


@cache
def _vocabulary(vocab: Graph) -> Vocabulary:
    from rdflib import URIRef
    from rdflib.namespace import RDF
    from rdflib.namespace import SKOS as RSKOS

    from hankegraafi.ontology import loader

    onto = loader.ontology_graph()
    county_class = URIRef(HG + "WellbeingServicesCounty")
    counties: dict[str, str] = {}
    for county in vocab.subjects(RDF.type, county_class):
        code = str(county).rsplit("/", 1)[-1]
        if code not in COUNTY_POPULATION:
            continue
        names = [str(o) for o in vocab.objects(county, RSKOS.prefLabel) if getattr(o, "language", None) == "fi"]
        counties[code] = min(names) if names else code
    municipalities: dict[str, list[str]] = {c: [] for c in counties}
    for m, county in vocab.subject_objects(URIRef(HG + "inCounty")):
        code = str(county).rsplit("/", 1)[-1]
        if code in municipalities:
            municipalities[code].append(str(m))

    def scheme(name: str) -> list[str]:
        return sorted(f"{name}/{key}" for key in registry.scheme(name).keys)

    national = {f"organisation/{k}" for k in ("thl", "stm", "digifinland", "kela", "dvv", "valvira", "eu")}
    regional = tuple(o for o in scheme("organisation") if o not in national)
    lines = []
    for graph, data in ((str(ONTOLOGY_GRAPH), onto), (str(VOCAB_GRAPH), vocab)):
        nt = data.serialize(format="nt", encoding="utf-8").decode("utf-8")
        for line in sorted(set(nt.splitlines())):
            if line.strip():
                lines.append(f"{line[:-1].rstrip()} <{graph}> .\n")
    return Vocabulary(
        counties=tuple(sorted(counties)),
        county_names=counties,
        municipalities={c: tuple(sorted(v)) for c, v in municipalities.items()},
        regional_orgs=regional,
        output_types=tuple(scheme("output-type")),
        cost_categories=tuple(c for c in scheme("cost-category") if c not in ("cost-category/total",)),
        light_dimensions=registry.light_dimensions().keys,
        lifecycle=tuple(k for k in registry.lifecycle_statuses().keys if k not in PART_ONLY_LIFECYCLE),
        document_kinds=Mix.of(registry.document_kinds(), DOCUMENT_KIND_MIX, 0.0),
        goal_statuses=Mix.of(registry.goal_statuses(), GOAL_STATUS_MIX, NEW_KIND_WEIGHT),
        dependency_kinds=Mix.of(registry.dependency_kinds(), DEPENDENCY_KIND_MIX, NEW_KIND_WEIGHT),
        reference_nquads="".join(lines),
        reference_quads=len(lines),
    )


# -- synthetic documents as RDF ---------------------------------------------------------


@dataclass
class SyntheticDocument:
    """One synthetic source document: its graph's triples and its catalogue entry."""

    index: int
    file_name: str
    kind: str
    graph: str
    triples: list[str]  # N-Triples lines without the final " ." and newline
    catalogue: list[str]
    #: What ingest's inference step would add for this document (its hg:county triples).
    inferred: list[str] = field(default_factory=list)
    inferred_graph: str = ""

    def nquads(self, catalogue_iri: str) -> str:
        g = f" <{self.graph}> .\n"
        c = f" <{catalogue_iri}> .\n"
        text = g.join(self.triples) + g + c.join(self.catalogue) + c
        if self.inferred:
            i = f" <{self.inferred_graph}> .\n"
            text += i.join(self.inferred) + i
        return text

    def ntriples(self) -> str:
        return " .\n".join(self.triples) + " .\n"


class RdfGenerator:
    """Synthetic documents as RDF; document ``i`` depends only on the seed and ``i``."""

    def __init__(self, seed: int = DEFAULT_SEED, base_iri: str = BASE_IRI_DEFAULT) -> None:
        self.seed = seed
        self.base = base_iri
        self.vocab = vocabulary()
        self.catalogue_iri = str(catalogue_graph(base_iri))
        from hankegraafi.ingest.inference import inferred_graph_iri

        self.inferred_graph = str(inferred_graph_iri(base_iri))
        weights = [math.sqrt(COUNTY_POPULATION[c]) for c in self.vocab.counties]
        self._county_cum = _cumulative(weights)
        self._target_cum = _cumulative([1 / (r + 1) ** 1.1 for r in range(len(NATIONAL_TARGETS))])

    def _rng(self, index: int, part: str) -> random.Random:
        return random.Random(f"{self.seed}:{index}:{part}")

    def head(self, index: int) -> tuple[str, str, str]:
        """County code, kind and project IRI of document ``index`` (cheap: for cross-document links)."""
        rng = self._rng(index, "head")
        county = self.vocab.counties[_pick(rng, self._county_cum)]
        kind = self.vocab.document_kinds.draw(rng)
        return county, kind, f"{self.base}project/synth-{index:06d}"

    def document(self, index: int) -> SyntheticDocument:
        county, kind, project = self.head(index)
        rng = self._rng(index, "body")
        fmt = FORMATS[index % len(FORMATS)]
        county_word = self.vocab.county_names[county].split()[0]
        file_name = f"synth-{index:06d}-{slugify(county_word)}-{KIND_FILE_WORD[kind]}.{fmt}"
        doc_key = slugify(file_name)
        graph = str(graph_iri(file_name, base=self.base))
        document = f"{self.base}document/{doc_key}"
        b = self.base
        t: list[str] = []
        add = t.append
        line = [1]  # next source line, so spans look like real ones

        def span(node: str, quote: str, lines: int = 1) -> None:
            first = line[0]
            last = first + lines - 1
            line[0] = last + 1 + rng.randint(0, 2)
            digest = hashlib.blake2s(f"{node}{quote}".encode(), digest_size=4).hexdigest()
            s = f"<{b}span/{doc_key}/{first}-{last}/{digest}>"
            add(f"<{node}> <{PROV}wasDerivedFrom> {s}")
            add(f"{s} {RDF_TYPE} {hg('SourceSpan')}")
            add(f"{s} <{PROV}value> {lit(quote)}")
            add(f"{s} <{PROV}wasQuotedFrom> <{document}>")
            add(f"{s} {hg('firstLine')} {typed(first, 'integer')}")
            add(f"{s} {hg('lastLine')} {typed(last, 'integer')}")

        def mention(other: str) -> None:
            """A project of another document named in this one: typed, named and sourced here too, as ingest does."""
            name = f"Hanke {other.rsplit('-', 1)[-1]}"
            add(f"<{other}> {RDF_TYPE} {hg('Project')}")
            add(f"<{other}> {RDFS_LABEL} {lit(name, 'fi')}")
            add(f"<{other}> {hg('describedBy')} <{document}>")
            span(other, name)

        theme = rng.choice(THEMES)
        title = f"{county_word} {theme} {_word(rng)}-{index}"
        start_year = rng.randint(2020, 2024)
        years = list(range(start_year, min(start_year + rng.randint(1, 3), 2026) + 1))
        rrf = kind != "innokyla-page" or rng.random() < 0.3
        p = f"<{project}>"

        # The document itself.
        add(f"<{document}> {RDF_TYPE} {hg('SourceDocument')}")
        add(f"<{document}> {hg('documentKind')} {hgv('document-kind/' + kind)}")
        add(f"<{document}> <{DCT}title> {lit(title, 'fi')}")
        add(f"<{document}> {hg('fileName')} {lit(file_name)}")
        add(f"<{document}> {hg('lineCount')} {typed(rng.randint(60, 400), 'integer')}")

        # The project and its parts.
        add(f"{p} {RDF_TYPE} {hg('Project')}")
        add(f"{p} {RDFS_LABEL} {lit(title, 'fi')}")
        if rng.random() < 0.1:
            add(f"{p} {RDFS_LABEL} {lit(f'{county_word} project {index}', 'en')}")
        add(f"{p} <{DCT}description> {lit(f'Hankkeessa kehitetään palveluja: {theme}.', 'fi')}")
        national_project = kind == "innokyla-page" and rng.random() < 0.05
        if not national_project:
            add(f"{p} {hg('region')} {hgv('county/' + county)}")
        if rrf:
            add(f"{p} <{DCT}identifier> {lit(f'RRP{100 + int(county)}.{index % 9 + 1}')}")
            add(f"{p} {hg('programme')} {hgv('programme/kestavan-kasvun-ohjelma')}")
        else:
            add(f"{p} {hg('programme')} {hgv('programme/' + rng.choice(PROGRAMMES))}")
        add(f"{p} {hg('startDate')} {typed(f'{years[0]}-0{rng.randint(1, 9)}-01', 'date')}")
        add(f"{p} {hg('endDate')} {typed(f'{years[-1]}-12-31', 'date')}")
        add(f"{p} {hg('lifecycleStatus')} {hgv('lifecycle/' + rng.choice(self.vocab.lifecycle))}")
        add(f"{p} {hg('describedBy')} <{document}>")
        add(f"{p} {RDFS_SEEALSO} <https://innokyla.example/hanke/{index}>")
        add(f"{p} {hg('targetGroup')} {hgv('target-group/' + rng.choice(TARGET_GROUPS))}")
        span(project, title)

        units: list[tuple[str, bool]] = [(project, True)]  # (IRI, may carry costs and lights)
        if rrf:
            for k in range(1, rng.randint(1, 4) + 1):
                inv = f"{project}/investointi-{k}"
                label = f"Investointi {k}: {rng.choice(INVESTMENT_THEMES)}"
                add(f"<{inv}> {RDF_TYPE} {hg('Investment')}")
                add(f"<{inv}> {RDFS_LABEL} {lit(label, 'fi')}")
                add(f"<{inv}> {hg('partOf')} {p}")
                add(f"{p} {hg('hasPart')} <{inv}>")
                add(f"<{inv}> {hg('investmentLine')} {hgv(f'investment-line/4-{(k - 1) % 4 + 1}')}")
                add(f"<{inv}> {hg('describedBy')} <{document}>")
                if rng.random() < 0.4 and not national_project:
                    add(f"<{inv}> {hg('region')} {hgv('county/' + county)}")
                span(inv, label)
                units.append((inv, True))
                for j in range(1, rng.choice((0, 0, 1, 1, 2)) + 1):
                    sub = f"{inv}/osa-projekti-{j}"
                    sub_label = f"Osa-projekti {j}: {rng.choice(INVESTMENT_THEMES)}"
                    add(f"<{sub}> {RDF_TYPE} {hg('SubProject')}")
                    add(f"<{sub}> {RDFS_LABEL} {lit(sub_label, 'fi')}")
                    add(f"<{sub}> {hg('partOf')} <{inv}>")
                    add(f"<{inv}> {hg('hasPart')} <{sub}>")
                    add(f"<{sub}> {hg('describedBy')} <{document}>")
                    span(sub, sub_label)
                    units.append((sub, False))

        # Goals, outputs and dependencies of every unit.
        for n_unit, (unit, _major) in enumerate(units):
            u = f"<{unit}>"
            for g in range(rng.randint(1, 3)):
                goal = f"{b}goal/{doc_key}/{n_unit}-{g}"
                status = self.vocab.goal_statuses.draw(rng)
                text = f"Tavoite {g + 1}: {rng.choice(INVESTMENT_THEMES)} otetaan käyttöön."
                add(f"{u} {hg('hasGoal')} <{goal}>")
                add(f"<{goal}> {RDF_TYPE} {hg('Goal')}")
                add(f"<{goal}> <{DCT}description> {lit(text, 'fi')}")
                if kind != "project-plan":
                    add(f"<{goal}> {hg('goalStatus')} {hgv('goal-status/' + status)}")
                    if status in ("partly-achieved", "not-achieved", "moved-later"):
                        add(f"<{goal}> {hg('statusReason')} {lit(rng.choice(REASONS), 'fi')}")
                span(goal, text)
            for o in range(rng.choice((0, 1, 1, 2, 3))):
                output = f"{b}output/{doc_key}/{n_unit}-{o}"
                amount = rng.randint(1, 200)
                unit_word = rng.choice(OUTPUT_UNITS)
                text = f"Tuotos: {amount} {unit_word}"
                add(f"{u} {hg('hasOutput')} <{output}>")
                add(f"<{output}> {RDF_TYPE} {hg('Output')}")
                add(f"<{output}> <{DCT}description> {lit(text, 'fi')}")
                add(f"<{output}> {hg('outputType')} {hgv(rng.choice(self.vocab.output_types))}")
                add(f"<{output}> {hg('quantity')} {typed(amount, 'decimal')}")
                add(f"<{output}> {hg('unit')} {lit(unit_word)}")
                span(output, text)
            for d in range(rng.choice((0, 1, 1, 2, 3))):
                roll = rng.random()
                if roll < 0.8 or index == 0:
                    target = HGV + NATIONAL_TARGETS[_pick(rng, self._target_cum)]
                elif roll < 0.95:
                    target = self.head(rng.randrange(0, index))[2]
                    mention(target)
                else:
                    target = HGV + "programme/" + rng.choice(PROGRAMMES)
                dkind = self.vocab.dependency_kinds.draw(rng)
                dep = f"{b}dependency/{doc_key}/{n_unit}-{d}"
                text = f"Työ on riippuvainen kohteesta {target.rsplit('/', 1)[-1]}."
                add(f"<{dep}> {RDF_TYPE} {hg('Dependency')}")
                add(f"<{dep}> {hg('dependent')} {u}")
                add(f"<{dep}> {hg('dependsOn')} <{target}>")
                add(f"<{dep}> {hg('dependencyKind')} {hgv('dependency-kind/' + dkind)}")
                add(f"<{dep}> <{DCT}description> {lit(text, 'fi')}")
                add(f"{u} <{DCT}requires> <{target}>")
                span(dep, text)

        # Money: statements per year with category lines and a total line.
        for n_unit, (unit, major) in enumerate(units):
            if not major or kind == "innokyla-page" or (n_unit and rng.random() < 0.5):
                continue
            for year in years[-2:] if kind != "final-report" else [years[-1]]:
                self._cost_statement(rng, t, span, unit, f"{doc_key}/{n_unit}-{year}", year, "EUR")
            if rng.random() < 0.15:
                self._cost_statement(rng, t, span, unit, f"{doc_key}/{n_unit}-htp", years[0], "person-day")

        # Traffic lights over reporting periods (reports only).
        if kind in ("final-report", "status-report"):
            periods = []
            for q in range(rng.randint(1, 2)):
                year = years[min(q, len(years) - 1)]
                half = q % 2
                period = f"{b}period/{doc_key}/{q}"
                start, end = (
                    (f"{year}-01-01", f"{year}-06-30") if half == 0 else (f"{year}-07-01", f"{year}-12-31")
                )
                add(f"<{period}> {RDF_TYPE} {hg('ReportingPeriod')}")
                add(f"<{period}> {hg('startDate')} {typed(start, 'date')}")
                add(f"<{period}> {hg('endDate')} {typed(end, 'date')}")
                span(period, f"Raportointijakso {start} - {end}")
                periods.append(period)
            for n_unit, (unit, major) in enumerate(units):
                if not major or (n_unit and rng.random() < 0.7):
                    continue
                for q, period in enumerate(periods):
                    for dim in self.vocab.light_dimensions:
                        light = f"{b}traffic-light/{doc_key}/{n_unit}-{q}/{dim}"
                        add(f"<{unit}> {hg('hasTrafficLight')} <{light}>")
                        add(f"<{light}> {RDF_TYPE} {hg('TrafficLight')}")
                        add(f"<{light}> {hg('dimension')} {hgv('light-dimension/' + dim)}")
                        add(f"<{light}> {hg('reportingPeriod')} <{period}>")
                        if dim == "progress":
                            add(
                                f"<{light}> {hg('progressPercent')} {typed(rng.randrange(5, 100, 5), 'decimal')}"
                            )
                        else:
                            value = "deviation" if rng.random() < 0.25 else "on-plan"
                            add(f"<{light}> {hg('lightValue')} {hgv('light-value/' + value)}")
                        span(light, f"{dim}\t{q}")

        # Who takes part.
        partners = [("county/" + county, "administrator")]
        for m in rng.sample(
            self.vocab.municipalities[county], min(len(self.vocab.municipalities[county]), rng.randint(0, 4))
        ):
            partners.append((m[len(HGV) :], "co-implementer"))
        for target in rng.sample(
            ("organisation/thl", "organisation/kela", "organisation/digifinland", "organisation/stm"),
            rng.randint(0, 3),
        ):
            partners.append((target, rng.choice(("partner", "stakeholder"))))
        if rng.random() < 0.5:
            partners.append((rng.choice(self.vocab.regional_orgs), "service-provider"))
        for n, (org, role) in enumerate(partners):
            part = f"{b}participation/{doc_key}/{n}"
            add(f"{p} {hg('participation')} <{part}>")
            add(f"<{part}> {RDF_TYPE} {hg('Participation')}")
            add(f"<{part}> {hg('organisation')} {hgv(org)}")
            add(f"<{part}> {hg('role')} {hgv('role/' + role)}")
            span(part, f"{org}: {role}")
        person = f"{b}person-role/{doc_key}/project-manager-1"
        add(f"{p} {hg('personRole')} <{person}>")
        add(f"<{person}> {RDF_TYPE} {hg('PersonInRole')}")
        add(f"<{person}> {hg('role')} {hgv('role/project-manager')}")
        add(f"<{person}> <http://www.w3.org/ns/org#memberOf> {hgv('county/' + county)}")
        span(person, "Hanke- tai Projektipäällikkö\t[nimi]")
        if rrf:
            funding = f"{b}funding/{doc_key}/1"
            add(f"{p} {hg('funding')} <{funding}>")
            add(f"<{funding}> {RDF_TYPE} {hg('Funding')}")
            add(f"<{funding}> {hg('funder')} {hgv('organisation/stm')}")
            add(f"<{funding}> {hg('programme')} {hgv('programme/kestavan-kasvun-ohjelma')}")
            add(f"<{funding}> {SCHEMA_AMOUNT} {typed(rng.randint(2, 60) * 50000, 'decimal')}")
            span(funding, "Rahoittaja: Sosiaali- ja terveysministeriö")
        if kind == "project-plan":
            for r in range(rng.randint(0, 3)):
                risk = f"{b}risk/{doc_key}/{r}"
                prob, impact = rng.randint(1, 3), rng.randint(1, 3)
                add(f"{p} {hg('hasRisk')} <{risk}>")
                add(f"<{risk}> {RDF_TYPE} {hg('Risk')}")
                add(f"<{risk}> <{DCT}description> {lit('Henkilöstön saatavuus heikkenee.', 'fi')}")
                add(f"<{risk}> {hg('probability')} {typed(prob, 'integer')}")
                add(f"<{risk}> {hg('impact')} {typed(impact, 'integer')}")
                add(f"<{risk}> {hg('riskScore')} {typed(prob * impact, 'integer')}")
                span(risk, "Riski")
        for n in range(rng.choice((0, 0, 1, 2))):
            benefit = f"{b}benefit/{doc_key}/{n}"
            add(f"{p} {hg('hasBenefit')} <{benefit}>")
            add(f"<{benefit}> {RDF_TYPE} {hg('Benefit')}")
            add(f"<{benefit}> <{DCT}description> {lit('Asiakkaat saavat avun nopeammin.', 'fi')}")
            span(benefit, "Hyöty")

        # A successor of an earlier project, now and then.
        if index and rng.random() < 0.08:
            earlier = self.head(rng.randrange(0, index))[2]
            mention(earlier)
            add(f"{p} {hg('continues')} <{earlier}>")
            if rng.random() < 0.5:
                add(f"<{earlier}> {hg('continuedBy')} {p}")

        t = list(dict.fromkeys(t))  # two dependencies on one target repeat the dct:requires shortcut
        catalogue = self._catalogue(graph, file_name, fmt, kind, document, index, len(t))
        return SyntheticDocument(index, file_name, kind, graph, t, catalogue, counties(t), self.inferred_graph)

    def _cost_statement(
        self, rng: random.Random, t: list[str], span: object, unit: str, key: str, year: int, currency: str
    ) -> None:
        add = t.append
        statement = f"{self.base}cost-statement/{key}"
        add(f"<{unit}> {hg('hasCostStatement')} <{statement}>")
        add(f"<{statement}> {RDF_TYPE} {hg('CostStatement')}")
        add(f"<{statement}> {hg('unit')} {lit(currency)}")
        add(f"<{statement}> {hg('statementKind')} {hgv('statement-kind/annual')}")
        add(f"<{statement}> {hg('year')} {typed(year, 'gYear')}")
        span(statement, f"Kustannukset {year}")  # type: ignore[operator]
        scale = 10 if currency == "person-day" else 10000
        total_budget = total_actual = 0
        for n, category in enumerate(rng.sample(self.vocab.cost_categories, rng.randint(2, 4))):
            budget = rng.randint(1, 60) * scale
            actual = int(budget * rng.uniform(0.4, 1.15)) // 10 * 10
            total_budget += budget
            total_actual += actual
            line = f"{statement}/{n}"
            add(f"<{statement}> {hg('hasLine')} <{line}>")
            add(f"<{line}> {RDF_TYPE} {hg('CostLine')}")
            add(f"<{line}> {hg('costCategory')} {hgv(category)}")
            add(f"<{line}> {hg('budget')} {typed(budget, 'decimal')}")
            add(f"<{line}> {hg('actual')} {typed(actual, 'decimal')}")
            add(f"<{line}> {hg('rawLabel')} {lit(category.rsplit('/', 1)[-1])}")
            span(line, f"{category}\t{budget}\t{actual}")  # type: ignore[operator]
        total = f"{statement}/total"
        add(f"<{statement}> {hg('hasLine')} <{total}>")
        add(f"<{total}> {RDF_TYPE} {hg('CostLine')}")
        add(f"<{total}> {hg('costCategory')} {hgv('cost-category/total')}")
        add(f"<{total}> {hg('budget')} {typed(total_budget, 'decimal')}")
        add(f"<{total}> {hg('actual')} {typed(total_actual, 'decimal')}")
        add(f"<{total}> {hg('rawLabel')} {lit('Yhteensä')}")
        span(total, f"Yhteensä\t{total_budget}\t{total_actual}")  # type: ignore[operator]

    def _catalogue(
        self, graph: str, file_name: str, fmt: str, kind: str, document: str, index: int, triples: int
    ) -> list[str]:
        g = f"<{graph}>"
        sha = hashlib.sha256(f"{self.seed}:{file_name}".encode()).hexdigest()
        minute = index % (60 * 24 * 28)
        at = f"2024-02-{1 + minute // 1440:02d}T{minute // 60 % 24:02d}:{minute % 60:02d}:00Z"
        return [
            f"{g} {RDF_TYPE} {hg('DocumentGraph')}",
            f"{g} {hg('fileName')} {lit(file_name)}",
            f"{g} {hg('sha256')} {lit(sha)}",
            f"{g} {DCAT_BYTESIZE} {typed(2000 + triples * 9, 'nonNegativeInteger')}",
            f"{g} <{DCT}format> {lit(MEDIA_TYPES[fmt])}",
            f"{g} {VOID_TRIPLES} {typed(triples, 'nonNegativeInteger')}",
            f"{g} {hg('documentKind')} {hgv('document-kind/' + kind)}",
            f"{g} <{DCT}source> <{document}>",
            f"{g} <{PROV}generatedAtTime> {typed(at, 'dateTime')}",
            f"{g} {hg('toolVersion')} {lit(TOOL_VERSION)}",
        ]

    def documents(self, start: int = 0) -> Iterator[SyntheticDocument]:
        index = start
        while True:
            yield self.document(index)
            index += 1


def _cumulative(weights: Sequence[float]) -> list[float]:
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return [x / total for x in out]


def _pick(rng: random.Random, cumulative: list[float]) -> int:
    x = rng.random()
    for i, c in enumerate(cumulative):
        if x < c:
            return i
    return len(cumulative) - 1


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


@dataclass(frozen=True)
class GenerationStats:
    """What :func:`write_nquads` wrote."""

    documents: int
    quads: int
    bytes: int
    seconds: float
    sha256: str


def write_nquads(
    out: IO[bytes],
    triples: int,
    *,
    seed: int = DEFAULT_SEED,
    base_iri: str = BASE_IRI_DEFAULT,
    reference: bool = True,
) -> GenerationStats:
    """Write at least ``triples`` quads (whole documents) as N-Quads; the same seed writes the same bytes."""
    if triples < 0:
        raise ValueError(f"triples must be zero or more, not {triples}")
    started = time.perf_counter()
    gen = RdfGenerator(seed, base_iri)
    digest = hashlib.sha256()
    written = quads = docs = 0

    def emit(text: str) -> None:
        nonlocal written
        data = text.encode("utf-8")
        digest.update(data)
        out.write(data)
        written += len(data)

    if reference:
        emit(gen.vocab.reference_nquads)
        quads += gen.vocab.reference_quads
    buffer: list[str] = []
    for doc in gen.documents():
        if quads >= triples:
            break
        buffer.append(doc.nquads(gen.catalogue_iri))
        quads += len(doc.triples) + len(doc.catalogue) + len(doc.inferred)
        docs += 1
        if len(buffer) >= 200:
            emit("".join(buffer))
            buffer.clear()
    if buffer:
        emit("".join(buffer))
    return GenerationStats(docs, quads, written, time.perf_counter() - started, digest.hexdigest())


def generate_file(path: Path, triples: int, *, seed: int = DEFAULT_SEED) -> GenerationStats:
    """Write the N-Quads file once; an existing file of the same size and seed is reused (its stamp says so)."""
    stamp = path.with_name(path.name + ".stamp")
    key = f"seed={seed} triples={triples} format={FORMAT}"
    if path.exists() and stamp.exists():
        lines = stamp.read_text(encoding="utf-8").splitlines()
        if lines and lines[0] == key:
            documents, quads, size, sha = lines[1].split()
            return GenerationStats(int(documents), int(quads), int(size), 0.0, sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("wb") as fh:
        stats = write_nquads(fh, triples, seed=seed)
    tmp.replace(path)
    stamp.write_text(f"{key}\n{stats.documents} {stats.quads} {stats.bytes} {stats.sha256}\n", encoding="utf-8")
    return stats


# -- synthetic source files for ingest ------------------------------------------------


@dataclass(frozen=True)
class Template:
    """A bundled sample document and the project names in it that get a variant suffix."""

    file: str
    names: tuple[str, ...]


TEMPLATES = (
    Template("kainuu-loppuraportti.txt", ("Kainuun Pilari 4, Investointi 1",)),
    Template("lappi-loppuraportti.txt", ("Kestävän kasvun Lappi", "Lapin Pilari 4, Investointi 1")),
    Template("etela-savo-hankesuunnitelma.txt", ("Etelä-Savon Kestävän kasvun hanke",)),
    Template("pirkanmaa-innokyla.txt", ("Pirkanmaan tulevaisuuden sote-keskus",)),
    Template("lappi-2-innokyla.txt", ("Kestävän kasvun Lappi 2",)),
    Template("keski-suomi-tilanneraportti.txt", ("Keski-Suomen Pilari 4, Investointi 2",)),
)

_EUROS = re.compile(r"\b(\d{1,3}(?:[ \u00a0]\d{3})*)(\s?€)")
_PERCENT = re.compile(r"\b(\d{1,3})(\s?%)")
_PLAN_CODE = re.compile(r"\bRRP(\d{3})\.(\d)\b")


def _sample_text(name: str) -> str:
    from importlib.resources import files

    return files("hankegraafi.ingest").joinpath("samples", name).read_text(encoding="utf-8")


def document_lines(index: int, seed: int = DEFAULT_SEED) -> tuple[str, list[str]]:
    """The text lines of synthetic source document ``index`` and its base file name (no suffix)."""
    rng = random.Random(f"{seed}:{index}:file")
    template = TEMPLATES[index % len(TEMPLATES)]
    text = _sample_text(template.file)
    tag = f"{_word(rng)} {index}"
    for name in sorted(template.names, key=len, reverse=True):
        text = re.sub(rf"{re.escape(name)}(?![\w-])", f"{name} {tag}", text)
    factor = rng.randint(1, 4)

    def euros(m: re.Match[str]) -> str:
        value = int(re.sub(r"\D", "", m.group(1))) * factor
        return f"{value:,}".replace(",", " ") + m.group(2)

    text = _EUROS.sub(euros, text)
    text = _PERCENT.sub(lambda m: f"{rng.randrange(5, 100, 5)}{m.group(2)}", text)
    text = _PLAN_CODE.sub(lambda m: f"RRP{m.group(1)}.{(int(m.group(2)) + index) % 9 + 1}", text)
    stem = f"synth-{index:06d}-{template.file.rsplit('.', 1)[0]}"
    return stem, text.splitlines()


def write_documents(
    out_dir: Path, count: int, *, seed: int = DEFAULT_SEED, formats: Sequence[str] = FORMATS
) -> list[Path]:
    """Write ``count`` synthetic source documents, the formats in turn; returns their paths."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown document format {fmt!r} (expected one of {FORMATS})")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        fmt = formats[index % len(formats)]
        stem, lines = document_lines(index, seed)
        path = out_dir / f"{stem}.{fmt}"
        WRITERS[fmt](path, lines)
        paths.append(path)
    return paths


def _write_txt(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[str]]]:
    """Runs of table rows (tab-separated) and single paragraphs, blank lines dropped."""
    table: list[str] = []
    for line in lines:
        if "\t" in line:
            table.append(line)
            continue
        if table:
            yield "table", table
            table = []
        if line.strip():
            yield "p", [line]
    if table:
        yield "table", table


def _write_html(path: Path, lines: list[str]) -> None:
    from html import escape

    out = [
        '<!DOCTYPE html>\n<html lang="fi"><head><meta charset="utf-8"><title>',
        escape(path.stem),
        "</title></head><body>\n",
    ]
    for kind, block in _blocks(lines):
        if kind == "table":
            out.append("<table>\n")
            for row in block:
                out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row.split("\t")) + "</tr>\n")
            out.append("</table>\n")
        else:
            text = escape(block[0])
            text = re.sub(r"~~(.+?)~~", r"<del>\1</del>", text)
            out.append(f"<p>{text}</p>\n")
    out.append("</body></html>\n")
    path.write_text("".join(out), encoding="utf-8")


_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@cache
def _pdf_font() -> str:
    """DejaVu Sans where installed (it has ● and ⚠), else Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if Path(_FONT).exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", _FONT))
        return "DejaVuSans"
    return "Helvetica"


def _write_pdf(path: Path, lines: list[str]) -> None:
    import textwrap

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _pdf_font()
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _width, height = A4
    y = height - 50

    def newline(step: float = 13) -> None:
        nonlocal y
        y -= step
        if y < 50:
            pdf.showPage()
            y = height - 50

    for kind, block in _blocks(lines):
        pdf.setFont(font, 9)
        if kind == "table":
            for row in block:
                cells = row.split("\t")
                x = 50.0
                for n, cell in enumerate(cells):
                    pdf.drawString(x, y, cell[:60])
                    x += 190 if n == 0 else 80
                newline()
        else:
            for part in textwrap.wrap(block[0], 100) or [""]:
                pdf.drawString(50, y, part)
                newline()
        newline(6)
    pdf.save()


def _write_docx(path: Path, lines: list[str]) -> None:
    import datetime as dt

    import docx

    document = docx.Document()
    document.core_properties.created = dt.datetime(2024, 1, 1)
    document.core_properties.modified = dt.datetime(2024, 1, 1)
    for kind, block in _blocks(lines):
        if kind == "table":
            rows = [r.split("\t") for r in block]
            columns = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=columns)
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        else:
            paragraph = document.add_paragraph()
            for n, piece in enumerate(re.split(r"~~(.+?)~~", block[0])):
                if piece:
                    run = paragraph.add_run(piece)
                    run.font.strike = n % 2 == 1
    document.save(str(path))


WRITERS = {"txt": _write_txt, "html": _write_html, "pdf": _write_pdf, "docx": _write_docx}


# -- command line ------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description="Synteettistä testiaineistoa / Seeded synthetic data: RDF (N-Quads) or source documents.",
    )
    sub = parser.add_subparsers(dest="what", required=True)
    rdf = sub.add_parser("rdf", help="N-Quads with the shape of the real graph")
    rdf.add_argument("--triples", type=int, required=True, help="at least this many quads (whole documents)")
    rdf.add_argument("--out", type=Path, required=True, help="file to write (.nq)")
    rdf.add_argument("--seed", type=int, default=DEFAULT_SEED)
    rdf.add_argument("--no-reference", action="store_true", help="leave out the ontology and vocabularies")
    docs = sub.add_parser("docs", help="source documents (.txt, .html, .pdf, .docx) for ingest")
    docs.add_argument("--count", type=int, required=True)
    docs.add_argument("--out", type=Path, required=True, help="folder to write into")
    docs.add_argument("--seed", type=int, default=DEFAULT_SEED)
    docs.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt,html,pdf,docx")
    args = parser.parse_args(argv)
    if args.what == "rdf":
        if args.triples < 0:
            parser.error(f"--triples must be zero or more, not {args.triples}")
        with args.out.open("wb") as fh:
            stats = write_nquads(fh, args.triples, seed=args.seed, reference=not args.no_reference)
        sys.stderr.write(
            f"{args.out}: {stats.quads} quads, {stats.documents} documents, {stats.bytes} bytes, "
            f"{stats.seconds:.1f} s, sha256 {stats.sha256}\n"
        )
        return 0
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if args.count < 0 or bad:
        parser.error(f"--count must be zero or more and --formats one of {FORMATS} (got {bad or args.count})")
    paths = write_documents(args.out, args.count, seed=args.seed, formats=formats)
    sys.stderr.write(f"{args.out}: {len(paths)} documents\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
