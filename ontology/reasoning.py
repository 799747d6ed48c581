"""The HermiT check: is the ontology, with its vocabularies and the stored data, consistent?

``hankegraafi ontology check`` and CI run it when the ontology changes; ingest never does
(the inferred graph is materialised by :mod:`hankegraafi.ingest.inference` from rules read
off the ontology, without a reasoner). HermiT runs through owlready2 on Java, over

- the ontology and the SKOS vocabularies shipped in this package;
- ``reused-axioms.ttl``: the OWL axioms of PROV-O, ORG, SKOS and DCAT that bear on our data
  (neither rdflib nor owlready2 ships them, and the check runs offline);
- optionally the stored data (every graph but the ontology's and the vocabularies').

Literals whose datatype is outside the OWL 2 datatype map (the data's ``xsd:date`` and
``xsd:gYear`` days and years) are set aside before HermiT sees them, and counted per
property and datatype: HermiT refuses such a literal outright, and the ontology gives the
date properties no range, so leaving them out hides no contradiction the reasoner could find.
They stay as they are in the published graph, where SPARQL users compare them as dates.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import HG

REUSED_FILE = "reused-axioms.ttl"
_X = str(XSD)
#: The OWL 2 datatype map (OWL 2 Structural Specification, section 4), plus rdf:langString,
#: which owlready2's HermiT reads as a plain literal with a language tag.
OWL2_DATATYPES = frozenset(
    {
        URIRef(_X + n)
        for n in [
            "decimal",
            "integer",
            "nonNegativeInteger",
            "nonPositiveInteger",
            "positiveInteger",
            "negativeInteger",
            "long",
            "int",
            "short",
            "byte",
            "unsignedLong",
            "unsignedInt",
            "unsignedShort",
            "unsignedByte",
            "double",
            "float",
            "string",
            "normalizedString",
            "token",
            "language",
            "Name",
            "NCName",
            "NMTOKEN",
            "boolean",
            "hexBinary",
            "base64Binary",
            "anyURI",
            "dateTime",
            "dateTimeStamp",
        ]
    }
    | {RDF.PlainLiteral, RDF.XMLLiteral, RDF.langString, RDFS.Literal, OWL.real, OWL.rational}
)


class ReasonerUnavailable(RuntimeError):
    """owlready2 or Java is missing: the check cannot run (which is not the same as failing)."""


@dataclass
class CheckResult:
    """What HermiT found, and what it was given."""

    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    #: each class of ours with every superclass HermiT inferred (named classes only)
    hierarchy: dict[str, list[str]] = field(default_factory=dict)
    #: literals left out: (property, datatype) -> how many
    set_aside: Counter[tuple[str, str]] = field(default_factory=Counter)
    axiom_triples: int = 0
    data_triples: int = 0
    seconds: float = 0.0
    message: str = ""


@functools.cache
def reused_axioms() -> Graph:
    """The reused vocabularies' own axioms (``reused-axioms.ttl``), parsed once."""
    return loader.package_graph(REUSED_FILE)


def axioms() -> Graph:
    """The ontology, the vocabularies and the reused axioms: what every check reasons with."""
    from hankegraafi.ontology.loader import ontology_graph, vocabulary_graph

    g = Graph()
    for part in (ontology_graph(), vocabulary_graph(), reused_axioms()):
        for triple in part:
            g.add(triple)
    return g


def stored_data(store: object, base: str) -> Graph:
    """Every triple of the store's graphs except the ontology's and the vocabularies' (already in)."""
    from hankegraafi.ontology.namespaces import ONTOLOGY_GRAPH, VOCAB_GRAPH

    result = store.query(  # type: ignore[attr-defined]
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{VOCAB_GRAPH}>)) }}"
    )
    assert isinstance(result, Graph)
    return result


#: HermiT's own parser refuses an xsd:dateTime with more than three digits of a second
#: (ingest times carry microseconds): valid XSD, so such values are set aside too, and said so.
_HERMIT_DATETIME = re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?(Z|[+-]\d\d:\d\d)?")


def refused(literal: Literal) -> bool:
    """Whether HermiT cannot take this literal: a datatype outside the OWL 2 map, or a
    dateTime its parser refuses."""
    if literal.datatype is None:
        return False
    if literal.datatype not in OWL2_DATATYPES:
        return True
    return literal.datatype in (XSD.dateTime, XSD.dateTimeStamp) and not _HERMIT_DATETIME.fullmatch(
        str(literal)
    )


def set_aside(data: Graph) -> tuple[Graph, Counter[tuple[str, str]]]:
    """The data without the literals HermiT cannot take, and how many of which were left out."""
    kept = Graph()
    dropped: Counter[tuple[str, str]] = Counter()
    for s, p, o in data:
        if isinstance(o, Literal) and refused(o):
            dropped[(str(p), str(o.datatype))] += 1
            continue
        kept.add((s, p, o))
    return kept, dropped


def check(data: Graph | None = None, *, base_axioms: Graph | None = None) -> CheckResult:
    """Run HermiT over the axioms (by default :func:`axioms`) and ``data``; never raises on an
    inconsistency (the result says so), raises :class:`ReasonerUnavailable` without Java.

    Two runs of owlready2's HermiT: owlready2 classifies the axioms (the hierarchy, the classes
    that can have no members); then, with data, HermiT's consistency check alone (``-k``) over
    axioms and data together. owlready2's own run would also realise every individual, which
    took 397 s over the samples and the seeds against 20 s for the check."""
    try:
        import owlready2
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ReasonerUnavailable("owlready2 is not installed") from exc
    if shutil.which("java") is None:
        raise ReasonerUnavailable("HermiT needs Java (no 'java' on PATH)")
    whole = Graph()
    for triple in base_axioms if base_axioms is not None else axioms():
        whole.add(triple)
    dropped: Counter[tuple[str, str]] = Counter()
    kept = Graph()
    if data is not None:
        kept, dropped = set_aside(data)
    # The axioms' own typed notations (hg:countyCode) are annotations, so only data is set aside.
    result = CheckResult(consistent=True, set_aside=dropped, axiom_triples=len(whole), data_triples=len(kept))
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hankegraafi-hermit-") as tmp:
        path = Path(tmp) / "axioms.nt"
        whole.serialize(destination=path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        try:
            with fast_java():
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            result.consistent = False
            result.message = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
        else:
            result.unsatisfiable = sorted(c.iri for c in world.inconsistent_classes() if hasattr(c, "iri"))
            result.consistent = not result.unsatisfiable
            result.hierarchy = _hierarchy(world)
        finally:
            world.close()
        if result.consistent and data is not None:
            for triple in kept:
                whole.add(triple)
            with_data = Path(tmp) / "with-data.nt"
            whole.serialize(destination=with_data, format="nt", encoding="utf-8")
            result.consistent, result.message = _hermit_consistent(with_data)
    result.seconds = time.perf_counter() - started
    return result


#: The JVM flags of one short HermiT run: the client compiler and the serial collector (a JVM that knows
#: neither flag ignores them).
FAST_JVM = ("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")


@contextlib.contextmanager
def fast_java() -> Iterator[None]:
    """owlready2's HermiT run (the axioms' classification) with ``FAST_JVM``: 17.9-20.4 -> 11.0-11.2 s of CPU
    over the ontology's axioms, the same hierarchy (stop 53). owlready2 builds its java command itself, so
    the flags go in ``JAVA_TOOL_OPTIONS`` of the environment it starts java with (its ``_subprocess_kargs``;
    java's note that it picked them up is a line of output owlready2 does not read)."""
    from owlready2 import reasoning as owl_reasoning

    kargs = getattr(owl_reasoning, "_subprocess_kargs", None)
    if not isinstance(kargs, dict) or "env" in kargs:
        yield
        return
    options = " ".join([os.environ.get("JAVA_TOOL_OPTIONS", ""), *FAST_JVM]).strip()  # any of the user's kept
    kargs["env"] = {**os.environ, "JAVA_TOOL_OPTIONS": options}
    try:
        yield
    finally:
        kargs.pop("env", None)


def _hermit_consistent(path: Path) -> tuple[bool, str]:
    """HermiT's consistency check (the jar owlready2 ships) over one N-Triples file."""
    import subprocess

    import owlready2

    home = Path(owlready2.__file__).parent / "hermit"
    command = [
        "java",
        f"-Xmx{owlready2.JAVA_MEMORY}M",
        # One short check: the client compiler and the serial collector halve its CPU (samples + seeds
        # 6.3 -> 3.0 s, the same answer).
        *FAST_JVM,
        "-cp",
        f"{home}{os.pathsep}{home / 'HermiT.jar'}",
        "org.semanticweb.HermiT.cli.CommandLine",
        "-k",
        path.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    text = (done.stdout + done.stderr).strip()
    if done.returncode == 0 and "is satisfiable" in text and "not satisfiable" not in text:
        return True, ""
    if "InconsistentOntology" in text or "not satisfiable" in text:
        return False, text.splitlines()[0] if text else ""
    raise ReasonerUnavailable(f"HermiT failed: {text[-500:]}")


def _hierarchy(world: object) -> dict[str, list[str]]:
    hierarchy: dict[str, list[str]] = {}
    for cls in world.classes():  # type: ignore[attr-defined]
        iri = getattr(cls, "iri", "")
        if not iri.startswith(str(HG)):
            continue
        supers = {c.iri for c in cls.ancestors() if hasattr(c, "iri")} - {iri, str(OWL.Thing)}
        hierarchy[iri] = sorted(supers)
    return dict(sorted(hierarchy.items()))


MESSAGES = {
    "consistent": {
        "fi": "Ristiriidaton: HermiT ei löytänyt ristiriitaa ({axioms} aksioomakolmikkoa, {data} datakolmikkoa, {seconds:.1f} s).",
        "sv": "Konsistent: HermiT fann ingen motsägelse ({axioms} axiomtripplar, {data} datatripplar, {seconds:.1f} s).",
        "en": "Consistent: HermiT found no contradiction ({axioms} axiom triples, {data} data triples, {seconds:.1f} s).",
    },
    "inconsistent": {
        "fi": "RISTIRIITAINEN: HermiT löysi ristiriidan ({seconds:.1f} s). {detail}",
        "sv": "INKONSISTENT: HermiT fann en motsägelse ({seconds:.1f} s). {detail}",
        "en": "INCONSISTENT: HermiT found a contradiction ({seconds:.1f} s). {detail}",
    },
    "unsatisfiable": {
        "fi": "Luokka, jolla ei voi olla jäseniä: {cls}",
        "sv": "Klass som inte kan ha några medlemmar: {cls}",
        "en": "Class that can have no members: {cls}",
    },
    "set_aside": {
        "fi": "Sivuutettu {n} literaalia ominaisuudella {prop}, tietotyyppi {dt}: tyyppi ei kuulu OWL 2:n tietotyyppeihin, "
        "joten HermiT ei hyväksy sitä; ontologia ei anna päivämääräominaisuuksille arvoaluetta, joten ristiriitaa ei jää piiloon.",
        "sv": "Åsidosatte {n} literaler med egenskapen {prop}, datatyp {dt}: typen hör inte till OWL 2:s datatyper, "
        "så HermiT godtar den inte; ontologin ger datumegenskaperna inget värdeområde, så ingen motsägelse döljs.",
        "en": "Set aside {n} literals of {prop} typed {dt}: the datatype is outside the OWL 2 datatype map, so HermiT "
        "refuses it; the ontology gives date properties no range, so no contradiction is hidden.",
    },
    "set_aside_time": {
        "fi": "Sivuutettu {n} literaalia ominaisuudella {prop}, tietotyyppi {dt}: sekunnin osia on yli kolme numeroa, "
        "joita HermiTin jäsennin ei hyväksy (XSD sallii ne).",
        "sv": "Åsidosatte {n} literaler med egenskapen {prop}, datatyp {dt}: sekunden har fler än tre decimaler, "
        "vilket HermiTs tolk inte godtar (XSD tillåter dem).",
        "en": "Set aside {n} literals of {prop} typed {dt}: more than three digits of a second, which HermiT's "
        "parser refuses (XSD allows them).",
    },
    "hierarchy": {
        "fi": "Päätelty luokkahierarkia (luokka ⊑ yläluokat):",
        "sv": "Härledd klasshierarki (klass ⊑ överklasser):",
        "en": "Inferred class hierarchy (class ⊑ superclasses):",
    },
    "no_data": {
        "fi": "Tietovarastoa ei ole; tarkistettiin ontologia ja sanastot ilman dataa.",
        "sv": "Inget datalager; ontologin och vokabulären kontrollerades utan data.",
        "en": "No store; checked the ontology and the vocabularies without data.",
    },
}


def message(key: str, lang: str, **values: object) -> str:
    """One line of the check's report in ``lang`` (fi, sv, en)."""
    texts = MESSAGES[key]
    return texts.get(lang, texts["en"]).format(**values)


def short(iri: str) -> str:
    """An IRI with the project's prefixes, for the report."""
    from hankegraafi.ontology.namespaces import PREFIXES

    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"


def report_lines(result: CheckResult, lang: str = "fi", *, hierarchy: bool = True) -> list[str]:
    """The report the command prints: verdict, what was set aside, the inferred hierarchy."""
    lines: list[str] = []
    if result.consistent:
        lines.append(
            message(
                "consistent",
                lang,
                axioms=result.axiom_triples,
                data=result.data_triples,
                seconds=result.seconds,
            )
        )
    else:
        lines.append(message("inconsistent", lang, seconds=result.seconds, detail=result.message))
        lines += [message("unsatisfiable", lang, cls=short(c)) for c in result.unsatisfiable]
    for (prop, dt), n in sorted(result.set_aside.items()):
        key = "set_aside" if URIRef(dt) not in OWL2_DATATYPES else "set_aside_time"
        lines.append(message(key, lang, n=n, prop=short(prop), dt=short(dt)))
    if hierarchy and result.hierarchy:
        lines.append(message("hierarchy", lang))
        for cls, supers in result.hierarchy.items():
            lines.append(f"  {short(cls)} ⊑ {', '.join(short(s) for s in supers) or '-'}")
    return lines


__all__ = ["CheckResult", "ReasonerUnavailable", "axioms", "check", "report_lines", "set_aside", "stored_data"]
