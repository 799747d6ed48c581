"""The ontology and the vocabularies are complete, labelled and agree with docs/MODEL.md."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from hankegraafi.ingest.labels import norm_label
from hankegraafi.ontology import (
    HG,
    VOCAB,
    ontology_graph,
    registry,
    vocab,
    vocabulary_graph,
)

REPO = Path(__file__).resolve().parents[2]
MODEL_MD = REPO / "docs" / "MODEL.md"
REFERENCE = Path("/work/shared/reference")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDFS.Datatype)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


@pytest.fixture(scope="module")
def voc() -> Graph:
    return vocabulary_graph()


def hg_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for t in TERM_TYPES
        for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(str(HG))
    }


def langs(g: Graph, s: URIRef, p: URIRef) -> set[str]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


def test_ontology_header(onto: Graph):
    ont = URIRef("https://w3id.org/hankegraafi/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionIRI) == URIRef("https://w3id.org/hankegraafi/ontology/0.1.0")
    assert str(onto.value(ont, OWL.versionInfo)) == "0.1.0"
    dct = "http://purl.org/dc/terms/"
    assert {"fi", "en"} <= langs(onto, ont, URIRef(dct + "title"))
    assert {"fi", "en"} <= langs(onto, ont, URIRef(dct + "description"))
    assert "eupl" in str(onto.value(ont, URIRef(dct + "license"))).lower()
    assert str(onto.value(ont, URIRef("http://purl.org/vocab/vann/preferredNamespacePrefix"))) == "hg"
    assert not list(onto.subject_objects(OWL.imports)), "no owl:imports: must reason offline"


def test_every_hg_term_has_fi_and_en_label_and_definition(onto: Graph):
    terms = hg_terms(onto)
    assert len(terms) > 90
    missing = [
        (str(t), need)
        for t in sorted(terms)
        for need, prop in (("label", RDFS.label), ("definition", SKOS.definition))
        if not {"fi", "en"} <= langs(onto, t, prop)
    ]
    assert missing == []


def test_no_xsd_date_range(onto: Graph):
    """HermiT rejects xsd:date ranges; dates are left to SHACL."""
    assert list(onto.subjects(RDFS.range, XSD.date)) == []
    assert list(onto.subjects(RDFS.range, XSD.gYear)) == []


def test_hg_terms_used_in_vocab_are_defined(onto: Graph, voc: Graph):
    used = {t for triple in voc for t in triple if isinstance(t, URIRef) and str(t).startswith(str(HG))}
    assert used - hg_terms(onto) == set()


def model_md_text() -> str:
    if not MODEL_MD.exists():
        pytest.skip("docs/MODEL.md not present")
    return MODEL_MD.read_text(encoding="utf-8")


def test_every_model_md_hg_term_is_defined(onto: Graph):
    names = set(re.findall(r"\bhg:([A-Za-z][A-Za-z0-9]*)", model_md_text()))
    assert len(names) > 60
    undefined = sorted(n for n in names if HG[n] not in hg_terms(onto))
    assert undefined == []


def model_md_concepts() -> set[URIRef]:
    """hgv: concepts named in MODEL.md, explicitly or listed beside ``hgv:<scheme>/*``.

    A list counts when it follows the wildcard in brackets, or fills the notes
    column of a row whose earlier column holds the wildcard.
    """
    text = model_md_text()
    found = {vocab(s, k) for s, k in re.findall(r"hgv:([a-z-]+)/([a-z0-9-]+)", text)}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        for scheme in re.findall(r"hgv:([a-z-]+)/\*", line):
            listed = re.search(rf"hgv:{scheme}/\*`?\s*\(([^)]*)\)", line)
            where = next(i for i, c in enumerate(cells) if f"hgv:{scheme}/*" in c)
            if listed:
                keys = listed.group(1)
            elif where < len(cells) - 1:
                keys = cells[-1]
            else:
                continue
            for item in keys.split(","):
                words = item.split()
                if words and re.fullmatch(r"[a-z][a-z0-9-]*", words[0]):
                    found.add(vocab(scheme, words[0]))
    return found


def test_every_model_md_concept_exists(voc: Graph):
    concepts = model_md_concepts()
    # the parser found the lists of every form
    assert vocab("role", "co-implementer") in concepts
    assert vocab("light-dimension", "output-scope") in concepts
    assert vocab("lifecycle", "withdrawn") in concepts
    assert vocab("dependency-kind", "national-guidance") in concepts
    missing = sorted(str(c) for c in concepts if (c, RDF.type, SKOS.Concept) not in voc)
    assert missing == []


def test_every_concept_has_fi_en_labels_definitions_and_a_scheme(voc: Graph):
    concepts = set(voc.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) > 450
    problems = []
    for c in sorted(concepts):
        if not {"fi", "en"} <= langs(voc, c, SKOS.prefLabel):
            problems.append((str(c), "prefLabel"))
        if not {"fi", "en"} <= langs(voc, c, SKOS.definition):
            problems.append((str(c), "definition"))
        schemes = set(voc.objects(c, SKOS.inScheme))
        if len(schemes) != 1 or (next(iter(schemes)), RDF.type, SKOS.ConceptScheme) not in voc:
            problems.append((str(c), "scheme"))
    assert problems == []


def test_concept_iris_follow_vocab_function(voc: Graph):
    """IRIs are exactly ``vocab(scheme, key)`` and sit in the scheme their path names."""
    for c in voc.subjects(RDF.type, SKOS.Concept):
        rest = str(c).removeprefix(str(VOCAB))
        scheme, key = rest.split("/")
        assert vocab(scheme, key) == c
        assert voc.value(c, SKOS.inScheme) == URIRef(f"{VOCAB}{scheme}")


def test_skos_label_integrity(voc: Graph):
    """One prefLabel per language; a prefLabel is never also an alt/hidden label (SKOS S13, S14)."""
    for c in voc.subjects(RDF.type, SKOS.Concept):
        prefs = list(voc.objects(c, SKOS.prefLabel))
        assert len(prefs) == len({p.language for p in prefs}), c
        others = set(voc.objects(c, SKOS.altLabel)) | set(voc.objects(c, SKOS.hiddenLabel))
        assert not set(prefs) & others, c
    for s in voc.subjects(RDF.type, SKOS.ConceptScheme):
        assert {"fi", "en"} <= langs(voc, s, SKOS.prefLabel), s


# --- places -----------------------------------------------------------------------


def test_21_counties_and_helsinki_with_codes_and_three_names(voc: Graph):
    counties = set(voc.subjects(RDF.type, HG.WellbeingServicesCounty))
    assert len(counties) == 22
    codes = {str(voc.value(c, SKOS.notation)) for c in counties}
    assert codes == {f"{n:02d}" for n in range(1, 22)} | {"90"}
    for c in counties:
        assert langs(voc, c, SKOS.prefLabel) == {"fi", "sv", "en"}
    assert voc.value(vocab("county", "06"), SKOS.prefLabel) is not None
    assert Literal("Satakunnan hyvinvointialue", lang="fi") in set(
        voc.objects(vocab("county", "06"), SKOS.prefLabel)
    )
    assert Literal("City of Helsinki", lang="en") in set(voc.objects(vocab("county", "90"), SKOS.prefLabel))


def test_aland_is_an_area_of_the_classification_not_a_county(voc: Graph):
    """Åland (91) is no wellbeing services county but an area of the classification (hg:ServiceArea, stop 48):
    a project's region and its municipalities' hg:inCounty."""
    aland = vocab("county", "91")
    assert (aland, RDF.type, SKOS.Concept) in voc
    assert (aland, RDF.type, HG.WellbeingServicesCounty) not in voc
    assert (aland, RDF.type, HG.ServiceArea) in voc
    assert (aland, RDF.type, HG.Organisation) in voc
    assert voc.value(aland, SKOS.editorialNote) is not None
    assert voc.value(vocab("municipality", "Maarianhamina"), HG.inCounty) == aland
    assert len(set(voc.subjects(HG.inCounty, aland))) == 16


def reference_rows() -> list[dict[str, str]]:
    path = REFERENCE / "kunnat-hyvinvointialueet.tsv"
    if not path.exists():
        pytest.skip("reference TSVs not available")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_all_municipalities_with_county_and_region(voc: Graph):
    municipalities = set(voc.subjects(RDF.type, HG.Municipality))
    # 308 rows of the reference TSV plus Siikalatva, which the TSV lacks
    assert len(municipalities) == 309
    aland = {m for m in municipalities if voc.value(m, HG.inRegion) == vocab("region", "Ahvenanmaa")}
    assert len(aland) == 16
    for m in municipalities:
        assert len(list(voc.objects(m, HG.inRegion))) == 1, m
        counties = list(voc.objects(m, HG.inCounty))
        assert len(counties) == 1, m
        assert (counties[0] == vocab("county", "91")) == (m in aland), m
        assert ((counties[0], RDF.type, HG.WellbeingServicesCounty) in voc) == (m not in aland), m
    assert voc.value(vocab("municipality", "Vaasa"), HG.inCounty) == vocab("county", "17")
    assert voc.value(vocab("municipality", "Siikalatva"), HG.inCounty) == vocab("county", "19")
    assert voc.value(vocab("municipality", "Helsinki"), HG.inCounty) == vocab("county", "90")


def test_every_reference_row_is_in_the_vocabulary(voc: Graph):
    for row in reference_rows():
        m = vocab("municipality", row["municipality_fi"])
        assert Literal(row["municipality_fi"], lang="fi") in set(voc.objects(m, SKOS.prefLabel))
        assert voc.value(m, HG.inRegion) == vocab("region", row["region_fi"])
        assert voc.value(m, HG.inCounty) == vocab("county", row["county_code"])


def test_generated_place_vocabularies_are_up_to_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Re-running scripts/build_vocab.py gives the committed files (compared as graphs)."""
    reference_rows()
    spec = importlib.util.spec_from_file_location("build_vocab", REPO / "scripts" / "build_vocab.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_vocab", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    module.main(["--reference", str(REFERENCE), "--out", str(tmp_path)])
    for name in ("counties.ttl", "regions.ttl", "municipalities.ttl"):
        fresh = Graph().parse(tmp_path / name)
        committed = Graph().parse(REPO / "ontology" / "vocab" / name)
        assert isomorphic(fresh, committed), name


# --- services, organisations, programmes, costs -----------------------------------------


@pytest.mark.parametrize(
    ("service", "developer"),
    [
        ("omaolo", "digifinland"),
        ("sahkoinen-perhekeskus", "digifinland"),
        ("tarmoa", "digifinland"),
        ("palvelutietovaranto", "dvv"),
        ("kanta", "kela"),
        ("mielenterveystalo", "hus"),
    ],
)
def test_service_developers(voc: Graph, service: str, developer: str):
    s = vocab("service", service)
    assert (s, RDF.type, HG.DigitalService) in voc
    assert voc.value(s, HG.developer) == vocab("organisation", developer)


def test_national_actors(voc: Graph):
    actors = set(voc.subjects(RDF.type, HG.NationalActor))
    assert {vocab("organisation", k) for k in ("thl", "stm", "digifinland", "kela", "dvv", "valvira")} <= actors
    for a in actors:
        assert langs(voc, a, SKOS.prefLabel) == {"fi", "sv", "en"}


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        ("asiantuntijapalvelut", "palvelujen-osto"),
        ("investointikulut", "muut-kustannukset"),
        ("henkilostokulut", "omat-henkilostokustannukset"),
        ("matkakulut", "muut-kustannukset"),
    ],
)
def test_cost_category_hierarchy(voc: Graph, child: str, parent: str):
    assert voc.value(vocab("cost-category", child), SKOS.broader) == vocab("cost-category", parent)


def test_investment_lines_belong_to_pillar_4(voc: Graph):
    for n in range(1, 5):
        line = vocab("investment-line", f"4-{n}")
        assert (line, RDF.type, HG.InvestmentLine) in voc
        assert voc.value(line, HG.pillar) == vocab("pillar", "4")
        assert str(voc.value(line, SKOS.notation)) == f"4.{n}"
    indicator = voc.value(vocab("investment-line", "4-4"), HG.hasIndicator)
    assert voc.value(indicator, HG.targetValue).toPython() == 45
    assert str(voc.value(indicator, HG.deadline)) == "Q4/2025"


# --- labels of document forms ------------------------------------------------------------


def named(surface: str, scheme: str | None = None) -> tuple[URIRef, ...]:
    """The concepts whose pref/alt/hidden label is ``surface`` once normalised.

    Read as ingest reads a label (``labels.best_label``): the surface through the
    one label normaliser, ``norm_label``, against each label of the registry in
    lower case.
    """
    key = norm_label(surface)
    schemes = [registry.scheme(scheme)] if scheme else list(registry.schemes().values())
    found = {c.iri for s in schemes for c in s if any(f.lower() == key for f in c.surface_forms())}
    return tuple(sorted(found))


@pytest.mark.parametrize(
    ("surface", "scheme", "key"),
    [
        ("THL:n", "organisation", "thl"),
        ("DigiFinlandin", "organisation", "digifinland"),
        ("Omaolon", "service", "omaolo"),
        ("Omaolo-palvelun", "service", "omaolo"),
        ("Väiilliset kustannukset", "cost-category", "valilliset-kustannukset"),
        ("Omat henkilöstökustannu", "cost-category", "omat-henkilostokustannukset"),
        ("Liikenneval- Riskit [*]", "light-dimension", "risks"),
        ("Liikennevalo Edistymä ^{*}", "light-dimension", "progress"),
        ("● Suunniteltu", "light-value", "on-plan"),
        ("⚠ Poikkeama, vaatii seurantaa", "light-value", "deviation"),
        ("Satakunnan hyvinvointialueella", "county", "06"),
        ("Pietarsaareissa", "municipality", "Pietarsaari"),
        ("Sosiaali- ja terveysministeriö (STM)", "organisation", "stm"),
    ],
)
def test_document_forms_are_labels_of_one_concept(surface: str, scheme: str, key: str):
    expected = vocab(scheme, key)
    if surface == "Sosiaali- ja terveysministeriö (STM)":
        # a name with its abbreviation in brackets is not a label; the reader splits it
        assert named(surface) == ()
        assert named("Sosiaali- ja terveysministeriö") == (expected,)
        return
    assert named(surface) == (expected,)
    assert named(surface, scheme) == (expected,)


def test_ambiguous_labels_need_a_scheme():
    assert (
        len(named("Henkilöstö")) == 3
    )  # a light's dimension, a target group, a cost row (the whole of own staff)
    assert named("Henkilöstö", "light-dimension") == (vocab("light-dimension", "staff"),)
    assert named("Henkilöstö", "cost-category") == (vocab("cost-category", "omat-henkilostokustannukset"),)
    assert named("Ahvenanmaa", "region") == (vocab("region", "Ahvenanmaa"),)


@given(st.text(max_size=40))
def test_norm_label_gives_one_spaced_lower_case_key(text: str):
    key = norm_label(text)
    assert key == key.strip() == key.lower()
    assert not re.search(r"\s\s|[^\S ]", key)  # white space only as single spaces
    assert not key.endswith(tuple("*?:."))


def test_norm_label_examples():
    assert norm_label("  THL:N ") == "thl:n"
    assert norm_label("Puhelin- ja  ICT-laitehankinnat") == "puhelin- ja ict-laitehankinnat"
    assert norm_label("Liikennevalo Aikataulu [*]") == "liikennevalo aikataulu"
    assert norm_label("Liikennevalo Edistymä ^{*}") == "liikennevalo edistymä"
    assert norm_label("3.2 Kustannukset (EUR):") == "kustannukset"


def test_nothing_is_parsed_at_import():
    code = (
        "import hankegraafi.ontology as o;"
        "assert o.ontology_graph.cache_info().currsize == 0;"
        "assert o.vocabulary_graph.cache_info().currsize == 0"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
