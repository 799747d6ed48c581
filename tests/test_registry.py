"""The registry reads the domain's closed lists from the SKOS vocabularies, in written order."""

from __future__ import annotations

import pytest
from rdflib import SKOS, URIRef

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG, VOCAB

#: A dimension no vocabulary has: the one entry the extension tests add.
NEW_DIMENSION = """
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/hankegraafi/vocab/light-dimension/accessibility> a skos:Concept ;
    skos:inScheme hgv:light-dimension ; skos:topConceptOf hgv:light-dimension ;
    skos:prefLabel "Saavutettavuus"@fi , "Tillgänglighet"@sv , "Accessibility"@en ;
    skos:hiddenLabel "Liikennevalo Saavutettavuus"@fi .
"""


def test_light_dimensions_in_the_order_reports_print_them() -> None:
    dims = registry.light_dimensions()
    assert dims.keys == (
        "progress",
        "schedule",
        "costs",
        "output-quality",
        "output-scope",
        "staff",
        "risks",
        "benefits",
    )
    staff = dims["staff"]
    assert staff.iri == URIRef(f"{VOCAB}light-dimension/staff")
    assert staff.pref == {"fi": "Henkilöstö", "sv": "Personal", "en": "Staff"}
    assert dims.key_of(f"{VOCAB}light-dimension/output-scope") == "output-scope"
    assert dims.key_of(f"{VOCAB}light-value/deviation") is None


def test_spelling_variants_are_the_alt_and_hidden_labels() -> None:
    schedule = registry.light_dimensions()["schedule"]
    assert schedule.surface_forms("fi") == (
        "Aikataulu",
        "Liikenneval. Aikataulu",
        "Liikennevalo Aikataulu",
        "Liikennevalu Aikataulu",
    )
    assert registry.light_dimensions()["progress"].alt == {"fi": ("Edistymä",)}


def test_the_domain_registries() -> None:
    assert registry.dependency_kinds().keys == (
        "technical",
        "functional",
        "resource",
        "organisational",
        "national-guidance",
        "shared-work",
        "continuation",
    )
    assert registry.document_kinds().keys[:4] == (
        "final-report",
        "project-plan",
        "status-report",
        "innokyla-page",
    )
    assert registry.lifecycle_statuses().keys == ("planned", "ongoing", "closing", "ended", "withdrawn")
    assert registry.goal_statuses().keys[:3] == ("achieved", "partly-achieved", "not-achieved")
    assert registry.light_values().keys == ("on-plan", "deviation")
    assert registry.output_types().keys[0] == "operating-model"
    assert "administrative-report" in registry.output_types()
    assert registry.statement_kinds().get("cumulative") is not None
    costs = registry.cost_categories()
    assert costs["asiantuntijapalvelut"].broader == costs["palvelujen-osto"].iri
    assert costs.keys.index("palvelujen-osto") < costs.keys.index("asiantuntijapalvelut")
    assert registry.scheme("county")["07"].notation == "07"
    assert registry.dependency_kinds()["shared-work"].label("fi").text == "Yhteinen kehittäminen"


def test_unknown_scheme_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="light-dimension"):
        registry.scheme("light-dimensions")
    with pytest.raises(KeyError, match="not a concept"):
        registry.light_dimensions()["colour"]


def test_one_fallback_order_says_which_language_it_fell_back_to() -> None:
    staff = f"{VOCAB}light-dimension/staff"
    assert registry.label(staff, "sv") == registry.Label("Personal", "sv", False)
    assert registry.label(staff, "de") == registry.Label("Henkilöstö", "fi", True)
    # The light-dimension scheme has no Swedish name in one place and one in another: both read.
    assert registry.light_dimensions().pref["sv"] == "Trafikljusens dimensioner"
    assert registry.label(str(HG.Municipality), "sv") == registry.Label("kommun", "sv", False)
    assert registry.label(f"{VOCAB}light-dimension/nothing", "fi") is None
    # fi before en before sv, whatever the order of the dict.
    assert registry.pick({"sv": "Tjänst", "en": "Service"}, "fi") == registry.Label("Service", "en", True)
    assert registry.pick({"sv": "Tjänst"}, "fi") == registry.Label("Tjänst", "sv", True)
    assert registry.pick({"de": "Dienst"}, "fi") == registry.Label("Dienst", "de", True)
    assert registry.pick({}, "fi") is None


def test_kind_of_takes_the_most_specific_class_from_the_ontology() -> None:
    kinds = {
        str(HG.Region): "region",
        str(HG.Organisation): "organisation",
        str(HG.WellbeingServicesCounty): "county",
        str(HG.Project): "project",
        str(HG.SubProject): "subproject",
        str(SKOS.Concept): "concept",
        str(HG.NationalActor): "national-actor",
    }
    county = [str(HG.Organisation), str(HG.Region), str(HG.WellbeingServicesCounty)]
    assert registry.kind_of(county, kinds) == "county"
    assert registry.kind_of([str(HG.Project), str(HG.SubProject)], kinds) == "subproject"
    assert registry.kind_of([str(SKOS.Concept), str(HG.NationalActor)], kinds) == "national-actor"
    assert registry.kind_of([str(HG.Goal)], kinds) == "other"
    depth = registry.class_depth()
    assert depth[HG.WellbeingServicesCounty] == depth[HG.Organisation] + 1
    assert registry.organisation_kinds() == (HG.Municipality, HG.NationalActor, HG.WellbeingServicesCounty)


def test_extended_adds_one_entry_and_forgets_it_after() -> None:
    with registry.extended(NEW_DIMENSION):
        dims = registry.light_dimensions()
        assert dims.keys[-1] == "accessibility"
        assert len(dims) == 9
        assert dims["accessibility"].label("sv").text == "Tillgänglighet"
        assert dims["accessibility"].surface_forms("fi") == ("Saavutettavuus", "Liikennevalo Saavutettavuus")
        assert dims["accessibility"].iri == URIRef(f"{VOCAB}light-dimension/accessibility")
        assert registry.label(f"{VOCAB}light-dimension/accessibility", "en") == registry.Label(
            "Accessibility", "en", False
        )
    assert "accessibility" not in registry.light_dimensions()
    assert registry.label(f"{VOCAB}light-dimension/accessibility", "en") is None
