"""The query catalogue: headers, parameter binding, and the exact answers of every query.

The queries run on the real embedded store (pyoxigraph on disk in a temporary
directory) loaded with a small invented graph, ``data/catalogue.trig``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from hankegraafi.queries import (
    PARAM_TYPES,
    CatalogueFileError,
    CatalogueQuery,
    Param,
    ParameterError,
    UnknownQuery,
    get,
    load_catalogue,
    run,
)
from hankegraafi.queries.catalogue import parse_query_file
from hankegraafi.server.catalogue import check_schemes
from hankegraafi.store import SelectResult, Store, open_store

DATA = Path(__file__).parent / "data" / "catalogue.trig"
ID = "https://w3id.org/hankegraafi/id/"
V = "https://w3id.org/hankegraafi/vocab/"

REQUIRED_NAMES = {
    "regions-depending-on",
    "dependencies-of",
    "dependents-of",
    "dependency-path",
    "shared-dependencies",
    "budget-by-region",
    "deviations",
    "unmet-goals",
    "outputs-by-type",
    "continuations",
    "collaborations",
    "project-card",
    "project-history",
    "changes-between",
    "conflicts",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(tmp_path_factory.mktemp("catalogue") / "store")
    s.load(DATA, "trig")
    yield s
    s.close()


def short(term: object) -> object:
    """A result term as a short, comparable Python value (IRIs prefixed, literals as values)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term).replace(ID, "id:").replace(V, "hgv:")
    assert isinstance(term, Literal)
    if term.datatype == XSD.gYear:
        return str(term)
    return term.toPython()


def answer(store: Store, name: str, **params: str) -> list[tuple[object, ...]]:
    result = run(store, name, params)
    assert result.variables == [c.name for c in get(name).columns], "columns must match the header"
    return [tuple(short(v) for v in row) for row in result.rows]


# -- the catalogue itself ---------------------------------------------------------


def test_catalogue_has_every_required_query() -> None:
    catalogue = load_catalogue()
    assert set(catalogue) >= REQUIRED_NAMES
    for name, query in catalogue.items():
        assert query.name == name
        assert set(query.titles) >= {"fi", "en"} and all(query.titles.values())
        assert set(query.descriptions) >= {"fi", "en"} and all(query.descriptions.values())
        for item in (*query.params, *query.columns):
            assert item.type in PARAM_TYPES
            assert item.descriptions["fi"] and item.descriptions["en"]
        assert re.search(r"\bORDER BY\b", query.text), f"{name} must order its rows"


def test_load_is_cached_and_get_raises_unknown() -> None:
    assert load_catalogue() is load_catalogue()
    assert get("dependents-of") is load_catalogue()["dependents-of"]
    with pytest.raises(UnknownQuery) as info:
        get("drop-everything")
    assert info.value.name == "drop-everything"


def test_header_is_parsed() -> None:
    q = get("deviations")
    assert q.titles["en"] == "Deviating traffic lights"
    assert [(p.name, p.type, p.required, p.default) for p in q.params] == [
        ("region", "iri", False, None),
        ("dimension", "iri", False, None),
        ("lang", "lang", False, "fi"),
    ]
    assert [c.name for c in q.columns] == [
        "project",
        "projectLabel",
        "region",
        "regionLabel",
        "dimension",
        "dimensionLabel",
        "periodStart",
        "periodEnd",
    ]
    assert q.columns[6].type == "date"
    # Continued description lines are joined.
    assert (
        get("regions-depending-on")
        .descriptions["en"]
        .startswith("Wellbeing services counties and their projects")
    )
    assert "through a service the organisation develops." in get("regions-depending-on").descriptions["en"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("# name: other\n# title@fi: a\n", "does not match the file name"),
        (
            "# name: x\n# title@fi: a\n# title@en: b\n# description@fi: c\n# description@en: d\n"
            "# param: p colour required en=a fi=b\n# column: p iri en=a fi=b\nSELECT ?p {}",
            "unknown type",
        ),
        (
            "# name: x\n# title@fi: a\n# title@en: b\n# description@fi: c\n# description@en: d\n"
            "# param: p iri required en=a fi=b\n# column: q iri en=a fi=b\nSELECT ?q {}",
            "?p does not occur",
        ),
        ("# name: x\n# title@fi: a\n# description@fi: c\n# description@en: d\n", "title missing in en"),
        (
            "# name: x\n# title@fi: a\n# title@en: b\n# description@fi: c\n# description@en: d\n"
            "# param: p iri required en=a\n",
            "description missing in fi",
        ),
        ("# name: x\n# title: a\n", "needs a language"),
        ("# name: x\n# flavour@fi: a\n", "unknown header key"),
    ],
)
def test_bad_headers_are_refused_with_file_and_line(source: str, message: str) -> None:
    with pytest.raises(CatalogueFileError, match=re.escape(message)) as info:
        parse_query_file("x.rq", source)
    assert str(info.value).startswith("x.rq:")


# -- parameter validation ---------------------------------------------------------


def test_bind_converts_and_returns_text_untouched() -> None:
    q = get("dependency-path")
    text, bindings = q.bind({"from": f"{ID}project/alfa", "to": f"{V}service/omaolo"})
    assert text == q.text
    assert bindings == {
        "from": URIRef(f"{ID}project/alfa"),
        "to": URIRef(f"{V}service/omaolo"),
        "lang": Literal("fi"),
    }


def test_optional_parameters_stay_unbound() -> None:
    _, bindings = get("deviations").bind({})
    assert bindings == {"lang": Literal("fi")}
    _, bindings = get("search-labels").bind({"text": "x"})
    assert bindings == {"text": Literal("x")}


@pytest.mark.parametrize(
    ("name", "params", "param", "reason"),
    [
        ("dependents-of", {}, "node", "missing required parameter"),
        ("dependents-of", {"node": f"{V}service/omaolo", "nodes": "x"}, "nodes", "unknown parameter"),
        ("dependents-of", {"node": "omaolo"}, "node", "not an absolute http(s) or urn IRI"),
        ("dependents-of", {"node": "ftp://example.org/x"}, "node", "not an absolute http(s) or urn IRI"),
        ("dependents-of", {"node": "http:///x"}, "node", "not an absolute http(s) or urn IRI"),
        ("dependents-of", {"node": "http://example.org/a b"}, "node", "not an IRI"),
        ("dependents-of", {"node": "http://example.org/>"}, "node", "not an IRI"),
        ("dependents-of", {"node": f"{V}service/omaolo", "lang": "suomi!"}, "lang", "not a language tag"),
        ("search-labels", {"text": "x" * 1001}, "text", "longer than 1000"),
        ("search-labels", {"text": "a\x00b"}, "text", "U+0000"),
        ("search-labels", {"text": "x\\u0022"}, "text", "backslash before u"),
        ("search-labels", {"text": "C:\\Users"}, "text", "backslash before u"),
    ],
)
def test_bad_parameters_are_refused(name: str, params: dict[str, str], param: str, reason: str) -> None:
    with pytest.raises(ParameterError) as info:
        get(name).bind(params)
    assert info.value.param == param
    assert reason in info.value.reason
    assert name in str(info.value) and param in str(info.value)


def _typed_query(kind: str) -> CatalogueQuery:
    return CatalogueQuery(
        name="probe",
        titles={},
        descriptions={},
        columns=(),
        params=(Param(name="v", type=kind, required=True),),
        text="SELECT ?v WHERE { }",
    )


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("integer", "2023", Literal(2023, datatype=XSD.integer)),
        ("integer", "-7", Literal(-7, datatype=XSD.integer)),
        ("decimal", "12.50", Literal(Decimal("12.50"), datatype=XSD.decimal)),
        ("date", "2022-12-31", Literal(date(2022, 12, 31), datatype=XSD.date)),
        ("lang", "SV", Literal("sv")),
        ("boolean", "true", Literal(True, datatype=XSD.boolean)),
        (
            "iri",
            "urn:uuid:0b6f2c4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            URIRef("urn:uuid:0b6f2c4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"),
        ),
        ("string", "  tilaa ", Literal("  tilaa ")),
    ],
)
def test_types_convert(kind: str, raw: str, expected: Literal) -> None:
    _, bindings = _typed_query(kind).bind({"v": raw})
    assert bindings["v"] == expected


@pytest.mark.parametrize(
    ("kind", "raw", "reason"),
    [
        ("integer", "12.5", "not an integer"),
        ("integer", "1e3", "not an integer"),
        ("integer", "", "not an integer"),
        ("decimal", "1,5", "not a decimal"),
        ("decimal", "NaN", "not a decimal"),
        ("date", "31.12.2022", "not a date"),
        ("date", "2022-02-30", "not a valid date"),
        ("boolean", "kyllä", "not a boolean"),
    ],
)
def test_types_refuse(kind: str, raw: str, reason: str) -> None:
    with pytest.raises(ParameterError, match=reason):
        _typed_query(kind).bind({"v": raw})


HOSTILE = st.one_of(
    st.just("> } ; DROP ALL #"),
    st.just('" } ; DROP ALL ; SELECT * { "'),
    st.just("http://example.org/x> } DROP ALL { <a"),
    st.text(alphabet=st.sampled_from(list("<>{}\"'\\;#?$ \n\tDROPALL.:/xé")), min_size=1, max_size=40),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=HOSTILE)
def test_hostile_strings_never_change_the_query(store: Store, raw: str) -> None:
    before = store.count()
    # As an IRI: refused unless it really is one (then it is just an IRI with no answers).
    q = get("dependents-of")
    try:
        text, bindings = q.bind({"node": raw})
    except ParameterError as exc:
        assert exc.param == "node"
    else:
        assert text == q.text
        assert run(store, "dependents-of", {"node": raw}).rows == []
    # As a string: bound as exactly that literal, and it comes back unchanged from the engine.
    probe = CatalogueQuery(
        name="probe",
        titles={},
        descriptions={},
        columns=(),
        params=(Param(name="text", type="string", required=True),),
        text="SELECT ?text ?n WHERE { BIND(STRLEN(?text) AS ?n) }",
    )
    text, bindings = probe.bind({"text": raw})
    assert text == probe.text
    assert bindings == {"text": Literal(raw)}
    result = store.query(text, bindings=bindings)
    assert isinstance(result, SelectResult)
    assert result.rows == [(Literal(raw), Literal(len(raw), datatype=XSD.integer))]
    assert run(store, "search-labels", {"text": raw}).variables == ["resource", "label", "lang"]
    assert store.count() == before


# -- exact answers ------------------------------------------------------------------


def test_regions_depending_on_organisation_includes_its_services(store: Store) -> None:
    assert answer(store, "regions-depending-on", node=f"{V}organisation/digifinland") == [
        (
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "id:project/delta",
            "Kestävän kasvun Delta",
            "hgv:service/omaolo",
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            "hgv:organisation/digifinland",
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-1/omaolo",
            "Osa-projekti Omaolo",
            "hgv:service/omaolo",
        ),
        (
            "hgv:county/18",
            "Keski-Pohjanmaan hyvinvointialue",
            "id:project/epsilon",
            "Epsilon-rakenneuudistus",
            "hgv:organisation/digifinland",
        ),
    ]


def test_regions_depending_on_service_in_english(store: Store) -> None:
    # Project names exist only in Finnish: no English label, the IRI is still there.
    assert answer(store, "regions-depending-on", node=f"{V}service/omaolo", lang="en") == [
        (
            "hgv:county/06",
            "Satakunta wellbeing services county",
            "id:project/delta",
            None,
            "hgv:service/omaolo",
        ),
        (
            "hgv:county/17",
            "Ostrobothnia wellbeing services county",
            "id:project/alfa/investointi-1/omaolo",
            None,
            "hgv:service/omaolo",
        ),
    ]


def test_dependencies_of_a_project_and_its_parts(store: Store) -> None:
    assert answer(store, "dependencies-of", project=f"{ID}project/alfa") == [
        (
            "id:project/alfa",
            "Alfa-hanke",
            "id:project/beta",
            "Beta: tulevaisuuden sote-keskus",
            "hgv:dependency-kind/functional",
            "toiminnallinen",
            "Työnjako sote-keskushankkeen kanssa.",
        ),
        (
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            "hgv:organisation/digifinland",
            "DigiFinland Oy",
            "hgv:dependency-kind/resource",
            "resurssi",
            None,
        ),
        (
            "id:project/alfa/investointi-1/omaolo",
            "Osa-projekti Omaolo",
            "hgv:service/omaolo",
            "Omaolo",
            "hgv:dependency-kind/technical",
            "tekninen",
            "Laajentaminen vaatii palvelun valmistajan tuen.",
        ),
    ]
    assert answer(store, "dependencies-of", project=f"{ID}project/gamma", lang="en") == [
        (
            "id:project/gamma",
            None,
            "hgv:service/omaolo",
            "Omaolo",
            "hgv:dependency-kind/technical",
            "technical",
            None,
        ),
    ]


def test_dependents_of_keeps_projects_without_a_county(store: Store) -> None:
    assert answer(store, "dependents-of", node=f"{V}service/omaolo") == [
        (
            "id:project/alfa/investointi-1/omaolo",
            "Osa-projekti Omaolo",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "hgv:dependency-kind/technical",
            "tekninen",
        ),
        (
            "id:project/delta",
            "Kestävän kasvun Delta",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "hgv:dependency-kind/technical",
            "tekninen",
        ),
        (
            "id:project/gamma",
            "Gamma: kansallinen kehittämishanke",
            None,
            None,
            "hgv:dependency-kind/technical",
            "tekninen",
        ),
    ]
    assert answer(store, "dependents-of", node=f"{ID}project/beta") == [
        (
            "id:project/alfa",
            "Alfa-hanke",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "hgv:dependency-kind/functional",
            "toiminnallinen",
        ),
        (
            "id:project/epsilon",
            "Epsilon-rakenneuudistus",
            "hgv:county/18",
            "Keski-Pohjanmaan hyvinvointialue",
            "hgv:dependency-kind/functional",
            "toiminnallinen",
        ),
    ]


def test_dependency_path(store: Store) -> None:
    """Transitive chains through dependencies, parts and developers, each step with its kind (issue 19)."""
    hg = "https://w3id.org/hankegraafi/ontology#"
    part, developer = f"{hg}hasPart", f"{hg}developer"
    technical, functional = "hgv:dependency-kind/technical", "hgv:dependency-kind/functional"
    resource = "hgv:dependency-kind/resource"
    sub = ("id:project/alfa/investointi-1/omaolo", "Osa-projekti Omaolo")
    inv = ("id:project/alfa/investointi-1", "Investointi 1: hoitotakuu")
    beta = ("id:project/beta", "Beta: tulevaisuuden sote-keskus")
    gamma = ("id:project/gamma", "Gamma: kansallinen kehittämishanke")
    omaolo = ("hgv:service/omaolo", "Omaolo")
    none2 = (None, None)

    def steps(*kinds: str) -> tuple[str | None, ...]:
        out: list[str | None] = []
        for kind in (*kinds, *([None] * (4 - len(kinds)))):
            out += [kind, None]  # the catalogue graph's dependencies name no source span
        return tuple(out)

    assert answer(store, "dependency-path", **{"from": f"{ID}project/alfa", "to": f"{V}service/omaolo"}) == [
        (2, *sub, *none2, *none2, *steps(part, technical)),
        (3, *inv, *sub, *none2, *steps(part, part, technical)),
        (3, *beta, *gamma, *none2, *steps(functional, functional, technical)),
    ]
    # Through a service to the organisation that develops it.
    assert answer(
        store, "dependency-path", **{"from": f"{ID}project/alfa", "to": f"{V}organisation/digifinland"}
    ) == [
        (2, *inv, *none2, *none2, *steps(part, resource)),
        (3, *sub, *omaolo, *none2, *steps(part, technical, developer)),
        (4, *inv, *sub, *omaolo, *steps(part, part, technical, developer)),
        (4, *beta, *gamma, *omaolo, *steps(functional, functional, technical, developer)),
    ]
    assert answer(store, "dependency-path", **{"from": f"{ID}project/epsilon", "to": f"{ID}project/gamma"}) == [
        (2, *beta, *none2, *none2, *steps(functional, functional)),
    ]
    assert answer(store, "dependency-path", **{"from": f"{ID}project/alfa", "to": f"{ID}project/beta"}) == [
        (1, *none2, *none2, *none2, *steps(functional)),
    ]
    assert answer(store, "dependency-path", **{"from": f"{V}service/omaolo", "to": f"{ID}project/alfa"}) == []


def test_shared_dependencies(store: Store) -> None:
    assert answer(store, "shared-dependencies", region1=f"{V}county/17", region2=f"{V}county/06") == [
        ("hgv:service/omaolo", "Omaolo", 1, 1),
        ("hgv:service/tarmoa", "Tarmoa", 1, 1),
    ]
    assert answer(store, "shared-dependencies", region1=f"{V}county/17", region2=f"{V}county/18") == [
        # ordered by IRI: the data base (…/id/) sorts before the vocabularies (…/vocab/)
        ("id:project/beta", "Beta: tulevaisuuden sote-keskus", 1, 1),
        ("hgv:organisation/digifinland", "DigiFinland Oy", 1, 1),
    ]


def test_budget_by_region(store: Store) -> None:
    """Annual figures per year (a statement without a kind but with a year counts as annual)."""
    rows = [row[:8] for row in answer(store, "budget-by-region", kind="annual")]
    assert rows == [
        (
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "id:project/delta",
            "Kestävän kasvun Delta",
            "2022",
            Decimal("1000000"),
            Decimal("750000"),
            Decimal("75"),
        ),
        (
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "id:project/delta",
            "Kestävän kasvun Delta",
            "2023",
            Decimal("1200000"),
            Decimal("900000"),
            Decimal("75"),
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            "2022",
            Decimal("500000"),
            Decimal("410000"),
            Decimal("82"),
        ),
        # Its county is stated twice (own and via the whole): still counted once.
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-2",
            "Investointi 2: digitaaliset palvelut",
            "2022",
            Decimal("300000"),
            Decimal("330000"),
            Decimal("110"),
        ),
    ]
    assert [r[:8] for r in answer(store, "budget-by-region", kind="annual", region=f"{V}county/06")] == rows[:2]
    assert [r[:8] for r in answer(store, "budget-by-region", kind="annual", inYear="2023")] == rows[1:2]
    assert answer(store, "budget-by-region", region=f"{V}county/18") == []


def test_budget_by_region_takes_the_latest_cumulative_statement(store: Store) -> None:
    """Two reports' cumulative follow-ups of one project are never added: the latest one counts."""
    final = (
        "hgv:county/06",
        "Satakunnan hyvinvointialue",
        "id:project/delta",
        "Kestävän kasvun Delta",
        None,
        Decimal("2200000"),
        Decimal("1650000"),
        Decimal("75"),
        "hgv:statement-kind/cumulative",
        date(2023, 3, 1),
        None,
        None,
        "id:document/satakunta-loppuraportti-pdf",
    )
    assert answer(store, "budget-by-region") == [final]
    assert answer(store, "budget-by-region", kind="cumulative") == [final]
    # As of an earlier day, or at the end of 2022, the status report's figures were the latest.
    earlier = answer(store, "budget-by-region", asOf="2022-12-31")
    assert [(r[5], r[6], r[9], r[12]) for r in earlier] == [
        (Decimal("2200000"), Decimal("400000"), date(2022, 6, 30), "id:document/satakunta-tilanneraportti-txt")
    ]
    assert answer(store, "budget-by-region", inYear="2022") == earlier
    assert answer(store, "budget-by-region", asOf="2022-01-01") == []


def test_deviations(store: Store) -> None:
    rows = answer(store, "deviations")
    assert rows == [
        (
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "hgv:light-dimension/costs",
            "Kustannukset",
            None,
            None,
        ),
        (
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "hgv:light-dimension/staff",
            "Henkilöstö",
            None,
            None,
        ),
        (
            "id:project/delta",
            "Kestävän kasvun Delta",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "hgv:light-dimension/costs",
            "Kustannukset",
            date(2022, 1, 1),
            date(2022, 12, 31),
        ),
    ]
    assert answer(store, "deviations", dimension=f"{V}light-dimension/costs") == [rows[0], rows[2]]
    assert answer(store, "deviations", dimension=f"{V}light-dimension/costs", region=f"{V}county/17") == [
        rows[0]
    ]
    assert answer(store, "deviations", dimension=f"{V}light-dimension/schedule") == []


def test_unmet_goals(store: Store) -> None:
    rows = answer(store, "unmet-goals")
    assert rows == [
        (
            "id:project/alfa",
            "Alfa-hanke",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:goal/alfa-2",
            "Omaolo laajennetaan kaikkiin kuntiin.",
            "hgv:goal-status/not-achieved",
            "ei toteutunut",
            "Henkilöstöpula viivästytti laajentamista.",
        ),
        (
            "id:project/alfa",
            "Alfa-hanke",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:goal/alfa-3",
            "Laajentamissuunnitelma valmistuu.",
            "hgv:goal-status/moved-later",
            "siirtyi myöhemmäksi",
            "Siirtyi seuraavalle vuodelle.",
        ),
        (
            "id:project/delta",
            "Kestävän kasvun Delta",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "id:goal/delta-1",
            "Jonot puretaan.",
            "hgv:goal-status/partly-achieved",
            "osittain toteutunut",
            "Hankinnat etenivät hitaasti.",
        ),
    ]
    assert answer(store, "unmet-goals", region=f"{V}county/06") == [rows[2]]
    assert answer(store, "unmet-goals", status=f"{V}goal-status/not-achieved") == [rows[0]]
    # An achieved goal is not unmet, whatever the caller asks.
    assert answer(store, "unmet-goals", status=f"{V}goal-status/achieved") == []


def test_outputs_by_type(store: Store) -> None:
    rows = answer(store, "outputs-by-type")
    assert rows == [
        (
            "hgv:output-type/device",
            "laite",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "kpl",
            1,
            1,
            Decimal("3"),
        ),
        (
            "hgv:output-type/operating-model",
            "toimintamalli",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "kpl",
            1,
            1,
            Decimal("1"),
        ),
        (
            "hgv:output-type/training",
            "koulutus",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            "koulutusta",
            1,
            1,
            Decimal("5"),
        ),
        (
            "hgv:output-type/training",
            "koulutus",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "koulutusta",
            1,
            1,
            Decimal("12"),
        ),
    ]
    assert answer(store, "outputs-by-type", type=f"{V}output-type/training") == rows[2:]
    assert answer(store, "outputs-by-type", type=f"{V}output-type/training", region=f"{V}county/17") == rows[3:]


def test_continuations_both_directions(store: Store) -> None:
    rows = answer(store, "continuations")
    assert rows == [
        ("id:project/alfa", "Alfa-hanke", "id:project/alfa-ii", "Alfa II -hanke"),
        ("id:project/delta", "Kestävän kasvun Delta", "id:project/delta-ii", "Kestävän kasvun Delta II"),
    ]
    assert answer(store, "continuations", project=f"{ID}project/delta") == [rows[1]]


def test_collaborations(store: Store) -> None:
    rows = answer(store, "collaborations")
    assert rows == [
        (
            "id:organisation/esimerkkikonsultit",
            "Esimerkkikonsultit Oy",
            "hgv:county/06",
            "Satakunnan hyvinvointialue",
            1,
        ),
        (
            "id:organisation/esimerkkikonsultit",
            "Esimerkkikonsultit Oy",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            1,
        ),
        ("hgv:organisation/digifinland", "DigiFinland Oy", "hgv:county/06", "Satakunnan hyvinvointialue", 1),
        ("hgv:organisation/digifinland", "DigiFinland Oy", "hgv:county/17", "Pohjanmaan hyvinvointialue", 1),
        (
            "hgv:organisation/thl",
            "Terveyden ja hyvinvoinnin laitos",
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            1,
        ),
        (
            "hgv:organisation/thl",
            "Terveyden ja hyvinvoinnin laitos",
            "hgv:county/18",
            "Keski-Pohjanmaan hyvinvointialue",
            1,
        ),
    ]
    assert answer(store, "collaborations", organisation=f"{V}organisation/thl") == rows[4:6]
    # The county administers only its own projects: not a collaboration.
    assert answer(store, "collaborations", organisation=f"{V}county/17") == []


def test_project_card(store: Store) -> None:
    rows = answer(store, "project-card", project=f"{ID}project/beta")
    hg = "https://w3id.org/hankegraafi/ontology#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    dct = "http://purl.org/dc/terms/"
    assert rows == [
        (
            "id:participation/beta-thl",
            "out",
            f"{hg}organisation",
            None,
            "hgv:organisation/thl",
            "Terveyden ja hyvinvoinnin laitos",
        ),
        ("id:participation/beta-thl", "out", f"{hg}role", None, "hgv:role/partner", None),
        ("id:project/beta", "in", f"{dct}requires", None, "id:project/alfa", "Alfa-hanke"),
        ("id:project/beta", "in", f"{dct}requires", None, "id:project/epsilon", "Epsilon-rakenneuudistus"),
        ("id:project/beta", "in", f"{hg}dependent", None, "id:dependency/beta-gamma", None),
        ("id:project/beta", "in", f"{hg}dependent", None, "id:dependency/beta-tarmoa", None),
        ("id:project/beta", "in", f"{hg}dependsOn", None, "id:dependency/alfa-beta", None),
        ("id:project/beta", "in", f"{hg}dependsOn", None, "id:dependency/epsilon-beta", None),
        (
            "id:project/beta",
            "out",
            f"{dct}requires",
            None,
            "id:project/gamma",
            "Gamma: kansallinen kehittämishanke",
        ),
        ("id:project/beta", "out", f"{dct}requires", None, "hgv:service/tarmoa", "Tarmoa"),
        ("id:project/beta", "out", f"{rdf}type", None, f"{hg}Project", None),
        ("id:project/beta", "out", f"{rdfs}label", None, "Beta: tulevaisuuden sote-keskus", None),
        ("id:project/beta", "out", f"{hg}participation", None, "id:participation/beta-thl", None),
        ("id:project/beta", "out", f"{hg}region", None, "hgv:county/17", "Pohjanmaan hyvinvointialue"),
    ]


def test_projects_by_region(store: Store) -> None:
    assert answer(store, "projects-by-region", region=f"{V}county/17") == [
        ("hgv:county/17", "Pohjanmaan hyvinvointialue", "id:project/alfa", "Alfa-hanke", "RRP-T1", None, None),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-1",
            "Investointi 1: hoitotakuu",
            None,
            "id:project/alfa",
            None,
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-1/omaolo",
            "Osa-projekti Omaolo",
            None,
            "id:project/alfa/investointi-1",
            None,
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/alfa/investointi-2",
            "Investointi 2: digitaaliset palvelut",
            None,
            "id:project/alfa",
            None,
        ),
        (
            "hgv:county/17",
            "Pohjanmaan hyvinvointialue",
            "id:project/beta",
            "Beta: tulevaisuuden sote-keskus",
            None,
            None,
            None,
        ),
    ]


def test_search_labels(store: Store) -> None:
    assert answer(store, "search-labels", text="OMAOLO") == [
        ("id:project/alfa/investointi-1/omaolo", "Osa-projekti Omaolo", "fi"),
        ("hgv:service/omaolo", "Omaolo", "en"),
        ("hgv:service/omaolo", "Omaolo", "fi"),
    ]
    assert answer(store, "search-labels", text="omaolo", lang="en") == [("hgv:service/omaolo", "Omaolo", "en")]


def test_conflicts(store: Store) -> None:
    """Each claim of a disputed one-valued fact, with its document, date and the current value."""
    assert answer(store, "conflicts") == [
        (
            "id:project/canonical/06/delta",
            "Kestävän kasvun Delta",
            "https://w3id.org/hankegraafi/ontology#endDate",
            "2023-06-30",
            "2022-12-31",
            "id:document/satakunta-tilanneraportti-txt",
            date(2022, 6, 30),
        ),
        (
            "id:project/canonical/06/delta",
            "Kestävän kasvun Delta",
            "https://w3id.org/hankegraafi/ontology#endDate",
            "2023-06-30",
            "2023-06-30",
            "id:document/satakunta-loppuraportti-pdf",
            date(2023, 3, 1),
        ),
    ]
    assert answer(store, "conflicts", project=f"{ID}project/alfa") == []


def test_project_history_reads_each_document_graph(store: Store) -> None:
    """Through the canonical project's records: each statement of each document's own graph, oldest first."""
    rows = answer(store, "project-history", project=f"{ID}project/canonical/06/delta")
    hg = "https://w3id.org/hankegraafi/ontology#"
    status = [r for r in rows if r[1] == "id:document/satakunta-tilanneraportti-txt"]
    assert {(r[3], r[4], r[5]) for r in status} == {
        (f"{hg}startDate", "", "2022-01-01"),
        (f"{hg}endDate", "", "2022-12-31"),
        (f"{hg}budget", "cumulative", "2200000"),
        (f"{hg}actual", "cumulative", "400000"),
    }
    assert all(r[0] == date(2022, 6, 30) for r in status)
    final = [r for r in rows if r[1] == "id:document/satakunta-loppuraportti-pdf"]
    assert (f"{hg}actual", "cumulative", "1650000") in {(r[3], r[4], r[5]) for r in final}
    assert (f"{hg}lightValue", "costs", f"{V}light-value/deviation") in {(r[3], r[4], r[5]) for r in final}
    assert rows.index(status[0]) < rows.index(final[0])
    # The IRI a document used answers too.
    assert answer(store, "project-history", project=f"{ID}project/delta") == rows


def test_changes_between(store: Store) -> None:
    rows = answer(
        store,
        "changes-between",
        project=f"{ID}project/canonical/06/delta",
        before=f"{ID}document/satakunta-tilanneraportti-txt",
        after=f"{ID}document/satakunta-loppuraportti-pdf",
    )
    hg = "https://w3id.org/hankegraafi/ontology#"
    changed = {(r[0], r[1]): (r[2], r[3]) for r in rows}
    assert changed[(f"{hg}actual", "cumulative")] == ("400000", "1650000")
    assert changed[(f"{hg}startDate", "")] == ("2022-01-01", "")
    assert (f"{hg}budget", "cumulative") not in changed  # 2 200 000 in both


def test_a_scheme_parameter_takes_its_vocabulary_keys() -> None:
    """Every ``scheme=`` names a vocabulary scheme with concepts, and each of its keys is a value the query takes."""
    from hankegraafi.ontology import registry

    declared = [(q, p) for q in load_catalogue().values() for p in q.params if p.scheme is not None]
    assert [(q.name, p.name, p.scheme) for q, p in declared] == [("budget-by-region", "kind", "statement-kind")]
    for query, param in declared:
        keys = [c.key for c in registry.schemes()[param.scheme].concepts]
        assert {"cumulative", "annual", "reporting-period", "estimate", "granted"} <= set(keys)
        for key in keys:
            check_schemes(query, {param.name: key})
            assert query.bind({param.name: key})[1][param.name] == Literal(key)
        for wrong in ("zzz", "Annual", keys[0] + " "):
            with pytest.raises(ParameterError, match="is no key of the statement-kind vocabulary") as info:
                check_schemes(query, {param.name: wrong})
            assert info.value.param == param.name


def test_scheme_belongs_to_a_string_parameter() -> None:
    header = "# name: x\n# title@fi: a\n# title@en: b\n# description@fi: c\n# description@en: d\n"
    with pytest.raises(CatalogueFileError, match="scheme= names a vocabulary scheme"):
        parse_query_file("x.rq", header + "# param: p iri optional scheme=county en=a fi=b\nSELECT ?p {}")
