"""Validate one document graph against hankegraafi's own SHACL shapes.

Only our shapes graph is used (shapes found in the data are ignored), no
owl:imports are followed and no inference is run. Instead a slim background
graph is mixed into a copy of the data (pyshacl's ``ont_graph``): the
ontology's ``rdfs:subClassOf`` axioms, so that ``sh:class hg:Project`` accepts
an ``hg:Investment``, and the ``rdf:type`` / ``skos:inScheme`` triples of the
reference vocabularies, so that ``hg:dimension`` values can be checked to be
concepts of the light-dimension scheme. The data graph itself is not changed.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

import pyshacl
from pyshacl.entrypoints import make_default_logger
from pyshacl.errors import ValidationFailure
from pyshacl.graph_abstraction import DataGraph
from pyshacl.monkey import apply_patches
from pyshacl.shapes_graph import ShapesGraph
from pyshacl.validator import Validator, assign_baked_in
from rdflib import BNode, Graph, Literal, Node, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS

from hankegraafi.ontology import registry, texts
from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.shapes import narrowed, totals, turbo
from hankegraafi.shapes.background import BackgroundError as BackgroundError  # re-exported
from hankegraafi.shapes.background import background_graph
from hankegraafi.shapes.background import slim as slim  # re-exported
from hankegraafi.shapes.graphs import IndexedValidationGraph, ValidationGraph
from hankegraafi.shapes.pii import CONTACT_PATTERN
from hankegraafi.shapes.pyshacl_tuning import install as _install_tuning

log = logging.getLogger(__name__)

SHAPES_FILE = "hankegraafi-shapes.ttl"

#: The order in which severities are shown, worst first.
SEVERITY_ORDER: tuple[URIRef, ...] = (SH.Violation, SH.Warning, SH.Info)

#: The name of each severity in the one table of interface texts (``validation.<name>`` singular,
#: ``validation.<name>s`` plural; ontology/strings.toml).
_SEVERITY_KEYS: dict[URIRef, str] = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


class ShapesError(Exception):
    """Validation could not run: the shapes graph is not usable by the engine."""


def _pick(messages: Iterable[tuple[str, str]], lang: str) -> str:
    """The message in ``lang``, else in the project's one fallback order (fi → en → sv), else any."""
    by_lang = dict(messages)
    return texts.pick(by_lang, lang) or next(iter(by_lang.values()), "")


def _t(key: str, lang: str, **values: object) -> str:
    return texts.translate(f"validation.{key}", lang, **values)


@dataclass(frozen=True)
class ValidationResult:
    """One sh:ValidationResult, with its messages in every language given."""

    focus_node: Node
    path: Node | None
    value: Node | None
    severity: URIRef
    message: str
    source_shape: Node
    source_constraint_component: URIRef
    messages: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    def message_in(self, lang: str) -> str:
        """The message in ``lang``, falling back to English, then Finnish."""
        return _pick(self.messages, lang) if self.messages else self.message


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`.

    ``conforms`` is False only when there is a sh:Violation: warnings and
    infos do not stop a graph from being published.
    """

    conforms: bool
    results: list[ValidationResult]
    lang: str = "fi"

    def count(self, severity: URIRef) -> int:
        """How many results have ``severity``."""
        return sum(1 for r in self.results if r.severity == severity)

    def render(self, lang: str | None = None) -> str:
        """A readable report in Finnish, Swedish or English, grouped by focus node."""
        lang = lang or self.lang
        lines = [_t("conforms" if self.conforms else "not_conforms", lang)]
        if not self.results:
            lines.append(_t("none", lang))
            return "\n".join(lines) + "\n"
        counts = ", ".join(
            f"{n} {_t(_SEVERITY_KEYS[s] + ('' if n == 1 else 's'), lang)}"
            for s in SEVERITY_ORDER
            if (n := self.count(s))
        )
        lines.append(_t("counts", lang, counts=counts))
        groups: dict[Node, list[ValidationResult]] = {}
        for result in self.results:
            groups.setdefault(result.focus_node, []).append(result)
        for focus in sorted(groups, key=_sort_key):
            lines.append("")
            lines.append(_short(focus))
            ordered = sorted(
                groups[focus],
                # the value last: results alike but for it come in one order whichever engine ran
                key=lambda r: (
                    _severity_rank(r.severity),
                    _sort_key(r.path),
                    r.message_in(lang),
                    _sort_key(r.value),
                ),
            )
            for r in ordered:
                key = _SEVERITY_KEYS.get(r.severity)
                label = (_t(key, lang) if key else _short(r.severity)).upper()
                line = f"  [{label}] {r.message_in(lang)}"
                details = []
                if r.path is not None:
                    details.append(f"{_t('path', lang)} {_short(r.path)}")
                if r.value is not None:
                    details.append(f"{_t('value', lang)} {_short(r.value)}")
                if details:
                    line += " (" + "; ".join(details) + ")"
                lines.append(line)
        return "\n".join(lines) + "\n"


def _severity_rank(severity: URIRef) -> int:
    try:
        return SEVERITY_ORDER.index(severity)
    except ValueError:
        return len(SEVERITY_ORDER)


def _sort_key(node: Node | None) -> tuple[int, str]:
    if node is None:
        return (2, "")
    return (1 if isinstance(node, BNode) else 0, str(node))


def _short(node: Node) -> str:
    """A term written compactly with the project's prefixes."""
    if isinstance(node, URIRef):
        text = str(node)
        best = max(
            ((p, ns) for p, ns in PREFIXES.items() if text.startswith(ns)),
            key=lambda item: len(item[1]),
            default=None,
        )
        if best is not None:
            return f"{best[0]}:{text[len(best[1]) :]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return repr(str(node)) if node.language is None else f"{str(node)!r}@{node.language}"
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


@functools.cache
def shapes_graph() -> Graph:
    """Our shapes, read once from the installed package."""
    source = resources.files(__package__).joinpath(SHAPES_FILE)
    graph = Graph()
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    log.debug("loaded %d shape triples", len(graph))
    return graph


_HG_SHA256 = URIRef(PREFIXES["hg"] + "sha256")
_NO_CONTACT = URIRef("https://w3id.org/hankegraafi/shapes#NoContactDetailsShape")
#: A transient mark on the validated copy: this subject has a literal that reads as contact details.
_CONTACT_CANDIDATE = URIRef("urn:hankegraafi:validation:contact-candidate")
_CONTACT = re.compile(CONTACT_PATTERN, re.IGNORECASE)
_STRING_TYPES = (None, URIRef("http://www.w3.org/2001/XMLSchema#string"))


@functools.cache
def _running_shapes() -> Graph:
    """The shapes as validation runs them.

    ``hgsh:NoContactDetailsShape`` finds its focus nodes with a SPARQL REGEX over
    every triple, which rdflib evaluates at about 150 µs a triple: more than
    half of a document's validation. Here its target is the subjects that
    Python's ``re`` finds with the same pattern (a test keeps the two equal);
    the shape's own SPARQL constraint still decides and words the result. The
    shapes file keeps the SPARQL target for anyone who validates without us.
    """
    graph = Graph()
    for triple in shapes_graph():
        graph.add(triple)
    for target in list(graph.objects(_NO_CONTACT, SH.target)):
        graph.remove((_NO_CONTACT, SH.target, target))
        graph.remove((target, None, None))
    graph.add((_NO_CONTACT, SH.targetSubjectsOf, _CONTACT_CANDIDATE))
    return graph


@functools.cache
def _background_index() -> tuple[
    tuple[tuple[Node, Node, Node], ...], dict[Node, tuple[tuple[Node, Node, Node], ...]]
]:
    """The background split into the class axioms and, per vocabulary term, its own triples."""
    axioms: list[tuple[Node, Node, Node]] = []
    by_subject: dict[Node, list[tuple[Node, Node, Node]]] = {}
    for triple in background_graph():
        if triple[1] == RDFS.subClassOf:
            axioms.append(triple)
        else:
            by_subject.setdefault(triple[0], []).append(triple)
    return tuple(axioms), {k: tuple(v) for k, v in by_subject.items()}


def _background_for(triples: Iterable[tuple[Node, Node, Node]]) -> list[tuple[Node, Node, Node]]:
    """The class axioms, and the memberships of the vocabulary terms the ``triples`` mention.

    Copying the whole background (1 600 triples) into every document's copy
    took about 40 ms a document; the terms a document does not mention play
    no part in checking it.
    """
    axioms, by_subject = _background_index()
    picked = list(axioms)
    seen: set[Node] = set()
    for s, _p, o in triples:
        for node in (s, o):
            if node not in seen:
                seen.add(node)
                picked.extend(by_subject.get(node, ()))
    return picked


def _contact_candidates(triples: Iterable[tuple[Node, Node, Node]]) -> set[Node]:
    """Subjects with a string literal (not a checksum) that reads as an e-mail address or phone number."""
    found: set[Node] = set()
    for s, p, o in triples:
        if (
            isinstance(o, Literal)
            and p != _HG_SHA256
            and (o.datatype in _STRING_TYPES or o.language)
            and _CONTACT.search(str(o))
        ):
            found.add(s)
    return found


_HG_INDICATOR = URIRef(PREFIXES["hg"] + "Indicator")
_INDICATOR_SHAPES = (
    URIRef("https://w3id.org/hankegraafi/shapes#IndicatorShape"),
    URIRef("https://w3id.org/hankegraafi/shapes#ProvenanceShape"),
)
#: A transient mark on the validated copy: an hg:Indicator read from a document (not a vocabulary concept).
_FACT_INDICATOR = URIRef("urn:hankegraafi:validation:fact-indicator")


@functools.cache
def _fast_shapes(python_totals: bool) -> Graph:
    """The running shapes with no SPARQL target left, so pyshacl runs without SHACL-AF.

    hgsh:IndicatorShape and hgsh:ProvenanceShape target the hg:Indicator nodes
    that are not skos:Concepts with a SPARQL query; here their target is the
    subjects of a mark that :func:`_fact_indicators` puts on the same nodes.
    Two warning shapes are narrowed to the nodes their SPARQL can answer for
    (shapes/narrowed.py). Without ``advanced`` pyshacl scans a shorter list of constraint
    parameters for every shape (the SPARQL-based constraints are core SHACL
    and still run); the reports are the same (tests/shapes/test_same_reports.py).
    """
    graph = IndexedValidationGraph()  # pyshacl looks its shapes up ~9 000 times a document
    for triple in _running_shapes():
        graph.add(triple)
    for shape in _INDICATOR_SHAPES:
        for target in list(graph.objects(shape, SH.target)):
            graph.remove((shape, SH.target, target))
            graph.remove((target, None, None))
        graph.add((shape, SH.targetSubjectsOf, _FACT_INDICATOR))
    narrowed.narrow(graph)
    if python_totals:  # rows computed by shapes/totals.py
        graph.set((totals.CONSTRAINT, SH.select, Literal(totals.python_query())))
    return graph


@functools.cache
def _turbo_shapes() -> Graph:
    """The running shapes as pyshacl-turbo runs them: the totals constraint reads rows computed in Python.

    The SPARQL targets stay (the Rust engine answers them in microseconds).
    """
    graph = Graph(bind_namespaces="none")
    for triple in _running_shapes():
        graph.add(triple)
    graph.set((totals.CONSTRAINT, SH.select, Literal(totals.python_query())))
    return graph


def _fact_indicators(graph: Graph) -> list[Node]:
    """The hg:Indicator nodes of ``graph`` that are not skos:Concepts (the SPARQL targets' answer)."""
    return [s for s in set(graph.subjects(RDF.type, _HG_INDICATOR)) if (s, RDF.type, SKOS.Concept) not in graph]


def _copy_triples(data: Graph, extra: Graph | None) -> list[tuple[Node, Node, Node]]:
    """The triples of the validated copy: data, extra, the background it needs and the contact marks."""
    own = list(data)
    extras = list(extra) if extra is not None else []
    marks = [
        (s, _CONTACT_CANDIDATE, Literal(True)) for s in _contact_candidates(own) | _contact_candidates(extras)
    ]
    triples = itertools.chain(own, extras, _background_for(itertools.chain(own, extras)), marks)
    return list(dict.fromkeys(triples))  # each once, as in a graph


def _assemble(data: Graph, extra: Graph | None, *, indexed: bool = False) -> ValidationGraph:
    """The copy that is validated: data, extra, the background it needs and the contact marks."""
    # pyshacl's ont_graph would copy only RDFS/OWL axioms, not the concepts'
    # memberships, so the copy that is validated is assembled here. The triples are
    # read out of rdflib's store once (each pass over it costs a few ms a document).
    triples = _copy_triples(data, extra)
    if indexed:
        copy = IndexedValidationGraph()
        copy.load(triples)
        return copy
    target = ValidationGraph()
    target.addN((s, p, o, target) for s, p, o in triples)
    return target


def _report_of(report_graph: Graph, lang: str) -> ValidationReport:
    """Our report of an engine's sh:ValidationReport graph: conforms unless there is a sh:Violation."""
    results = _read_results(report_graph, lang)
    conforms = not any(r.severity == SH.Violation for r in results)
    return ValidationReport(conforms=conforms, results=results, lang=lang)


def _run(target: Graph, shapes: Graph, *, advanced: bool, lang: str) -> ValidationReport:
    _conforms, report_graph, _text = pyshacl.validate(
        target,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=advanced,
        do_owl_imports=False,
        meta_shacl=False,
        inplace=True,  # on our own copy
    )
    if not isinstance(report_graph, Graph):
        # pyshacl hands back a ValidationFailure when the shapes themselves are wrong.
        raise ShapesError(f"validation could not run: {report_graph}")
    return _report_of(report_graph, lang)


@functools.cache
def _harvested(python_totals: bool) -> ShapesGraph:
    """pyshacl's reading of :func:`_fast_shapes`, made once per process.

    ``pyshacl.validate`` wraps the shapes in a new ShapesGraph on every call and
    harvests its ~200 shapes again (about 30 ms a document). A harvested shape
    only reads the shapes graph, which never changes, so one harvest serves every
    document; it is done here, whole, so that threads never share a half-built one.
    """
    shapes = ShapesGraph(_fast_shapes(python_totals), False, _pyshacl_logger())
    _ = shapes.shapes  # the harvest
    return shapes


@functools.cache
def _pyshacl_logger() -> logging.Logger:
    """The logger ``pyshacl.validate`` sets up (on every call; once here)."""
    return make_default_logger(name="pyshacl-validate", debug=False)


def _run_harvested(target: Graph, python_totals: bool, *, lang: str) -> ValidationReport:
    """:func:`_run` with the shapes of :func:`_fast_shapes` and ``advanced`` off, on the shared harvest.

    The options are those :func:`_run` gives ``pyshacl.validate``; the Validator is
    the one it builds, but for the ShapesGraph it reads the shapes from.
    """
    apply_patches()
    assign_baked_in()
    options: dict[str, object] = {
        "debug": False,
        "inference": "none",
        "inplace": True,  # on our own copy
        "abort_on_first": False,
        "allow_infos": True,
        "allow_warnings": True,
        "advanced": False,
        "iterate_rules": False,
        "use_js": None,
        "sparql_mode": False,
        "logger": _pyshacl_logger(),
        "focus_nodes": None,
        "use_shapes": None,
    }
    shapes = _harvested(python_totals)
    validator = Validator(DataGraph.from_rdflib(target), shacl_graph=shapes.graph, options=options)
    validator.shacl_graph = shapes
    try:
        _conforms, report_graph, _text = validator.run()
    except ValidationFailure as exc:  # the shapes themselves are wrong
        raise ShapesError(f"validation could not run: {exc}") from exc
    return _report_of(report_graph, lang)


def validate(data: Graph, *, lang: str = "fi", extra: Graph | None = None) -> ValidationReport:
    """Check one document graph against our shapes.

    ``extra`` is merged, whole, into the copy that is validated (beside the
    background): for example the catalogue entry of the document, or
    vocabulary terms not yet shipped. Its nodes are validated too. The check
    runs on pyshacl-turbo's engine where it is installed (shapes/turbo.py),
    else on pyshacl (:func:`validate_pyshacl`); the reports are the same.
    """
    if turbo.available():
        triples = _copy_triples(data, extra)
        # hgsh:TotalEqualsSumOfTopLines words its sum as the SPARQL engine writes it ("900.50" in
        # rdflib's, "900.5" in the Rust one's): the rows are computed as rdflib computes them
        # (shapes/totals.py), and a statement they cannot answer goes to pyshacl, whole.
        lookup = data
        if extra is not None:
            lookup = IndexedValidationGraph()
            lookup.load(triples)
        rows = totals.row_triples(lookup, list(set(lookup.subjects(totals.HAS_LINE, None))))
        if rows is not None:
            try:
                return _report_of(turbo.report(_turbo_shapes(), [*triples, *rows]), lang)
            except turbo.EngineFailure as exc:
                raise ShapesError(f"validation could not run: {exc}") from exc
            except turbo.InputRefused:
                log.debug("pyshacl-turbo refused the data; validating with pyshacl")
    return validate_pyshacl(data, lang=lang, extra=extra)


def validate_pyshacl(data: Graph, *, lang: str = "fi", extra: Graph | None = None) -> ValidationReport:
    """:func:`validate` on pyshacl: Python-computed targets, shapes harvested once, indexed copy."""
    _install_tuning()
    target = _assemble(data, extra, indexed=True)
    indicators = _fact_indicators(target)
    python_totals = totals.mark(target, list(set(target.subjects(totals.HAS_LINE, None))))
    # Every read before the marks are written: a write costs the copy a rebuild of its indexes.
    marks = narrowed.tags(target, _fast_shapes(python_totals))
    marks.extend((node, _FACT_INDICATOR, Literal(True)) for node in indicators)
    for triple in marks:
        target.add(triple)
    return _run_harvested(target, python_totals, lang=lang)


def validate_reference(data: Graph, *, lang: str = "fi", extra: Graph | None = None) -> ValidationReport:
    """Validation as it ran before issue 17 (SPARQL targets, SHACL-AF on).

    Kept so that a test and bench/validate_speed.py can compare :func:`validate`
    with it: both must give the same report for every graph.
    """
    return _run(_assemble(data, extra), _running_shapes(), advanced=True, lang=lang)


_PLACEHOLDER = re.compile(r"\{[?$]\w+\}")


@functools.lru_cache(maxsize=512)
def _templates(node: Node) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The sh:message templates of a shape or SPARQL constraint, as (language, pattern)."""
    found = []
    for message in shapes_graph().objects(node, SH.message):
        if isinstance(message, Literal):
            pieces = _PLACEHOLDER.split(str(message))
            pattern = re.compile("^" + ".*".join(re.escape(p) for p in pieces) + "$", re.DOTALL)
            found.append((message.language or "", pattern))
    return tuple(found)


#: An IRI pyshacl wrote into a message for ``{?path}`` or ``{?value}`` (up to a space or a closing mark).
_IRI_IN_TEXT = re.compile(r"https?://[^\s<>\"'),;]+")


def _named(text: str, lang: str) -> str:
    """The message with each IRI our vocabularies name replaced by its name in ``lang``.

    A SPARQL constraint's ``{?path}`` is filled with the property's full IRI, which means
    nothing to a publisher ("Yhteensä-rivin https://…#budget"); an IRI nobody names (a
    document's own resource) is left as it is, so that it can still be looked up.
    """

    def name(match: re.Match[str]) -> str:
        iri = match.group(0).rstrip(".:")
        found = registry.label(iri, lang or "fi")
        return match.group(0).replace(iri, found.text) if found is not None else match.group(0)

    return _IRI_IN_TEXT.sub(name, text)


def _language(text: str, templates: Iterable[tuple[str, re.Pattern[str]]]) -> str | None:
    return next((lang for lang, pattern in templates if pattern.match(text)), None)


def _messages(report: Graph, result: Node) -> tuple[tuple[str, str], ...]:
    """The result's messages with their languages.

    pyshacl drops the language tag of a SPARQL constraint's message when it
    fills in ``{?value}``, and adds the shape's own messages beside it. The
    language is recovered from the template each message was made from, and
    the constraint's messages (they name the values) win over the shape's.
    """
    raw = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    constraint = report.value(result, SH.sourceConstraint)
    if constraint is not None and _templates(constraint):
        own = []
        for m in raw:
            lang = _language(str(m), _templates(constraint))
            if lang is not None:
                own.append((m.language or lang, str(m)))
        if own:
            return tuple(sorted((lang, _named(text, lang)) for lang, text in own))
    shape = report.value(result, SH.sourceShape)
    templates = _templates(shape) if shape is not None else ()
    found = ((m.language or _language(str(m), templates) or "", str(m)) for m in raw)
    return tuple(sorted((lang, _named(text, lang)) for lang, text in found))


def _required(report: Graph, result: Node, prop: URIRef) -> Node:
    """A value SHACL requires of every validation result (sh:focusNode, sh:sourceShape, …)."""
    value = report.value(result, prop)
    if value is None:
        raise ValueError(f"the validation report gives a result without {prop}")
    return value


def _required_iri(report: Graph, result: Node, prop: URIRef) -> URIRef:
    value = _required(report, result, prop)
    if not isinstance(value, URIRef):
        raise ValueError(f"the validation report gives a result whose {prop} is not an IRI: {value!r}")
    return value


def _read_results(report: Graph, lang: str) -> list[ValidationResult]:
    results = []
    # Only top-level results: the sh:detail of an sh:node failure is not reported twice.
    for node in report.objects(None, SH.result):
        messages = _messages(report, node)
        results.append(
            ValidationResult(
                focus_node=_required(report, node, SH.focusNode),
                path=report.value(node, SH.resultPath),
                value=report.value(node, SH.value),
                severity=_required_iri(report, node, SH.resultSeverity),
                message=_pick(messages, lang),
                source_shape=_required(report, node, SH.sourceShape),
                source_constraint_component=_required_iri(report, node, SH.sourceConstraintComponent),
                messages=messages,
            )
        )
    # Every field in the key: results that share focus node, severity, path and value come in one
    # order whichever engine ran and however its report graph happened to hash.
    results.sort(
        key=lambda r: (
            _sort_key(r.focus_node),
            _severity_rank(r.severity),
            str(r.path),
            _sort_key(r.value),
            str(r.source_constraint_component),
            r.message,
            r.messages,
        )
    )
    return results
