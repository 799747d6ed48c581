"""The explorer's JSON on the demo graph: exact answers, bounds, and errors that name the parameter.

Most tests go through the real application (``create_app``, queries through
its runner); one class repeats the key answers on a bare app with an open
store, the other way the explorer is registered.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG
from tests.explorer.conftest import ID, V

OMAOLO = V + "service/omaolo"
TARMOA = V + "service/tarmoa"
PTV = V + "service/palvelutietovaranto"
DIGIFINLAND = V + "organisation/digifinland"
SATAKUNTA, POHJANMAA, KESKI_POHJANMAA, ITA_UUSIMAA = (V + f"county/{c}" for c in ("06", "17", "18", "01"))


def get(client: FlaskClient, path: str, **params: Any) -> Any:
    response = client.get(f"/explorer/api/{path}", query_string={"hl": "fi", **params})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def short(iri: str) -> str:
    return iri.replace(ID, "id:").replace(V, "hgv:")


# -- search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Omaolo", OMAOLO),
        ("Omaolon", OMAOLO),  # genitive
        ("omaolo-palvelun", OMAOLO),
        ("Tarmoaan", TARMOA),  # illative of a name Voikko reads as "tarmo"
        ("DigiFinlandin", DIGIFINLAND),  # a name no dictionary knows
        ("palvelutietovarannosta", PTV),  # elative, lemmatised by Voikko
    ],
)
def test_search_finds_inflected_forms(client: FlaskClient, text: str, first: str) -> None:
    hits = get(client, "search", q=text)["hits"]
    assert hits, f"no hits for {text!r}"
    assert hits[0]["id"] == first


def test_search_inflected_word_inside_a_name(client: FlaskClient) -> None:
    # "palvelutarjottimen" (genitive) is in no label; its base form is inside two investment names.
    answer = get(client, "search", q="palvelutarjottimen")
    assert answer["forms"][0] == ["palvelutarjottimen", "palvelutarjotin"]
    assert {short(h["id"]) for h in answer["hits"]} == {
        "id:investment/pohjanmaa-rrp-4",
        "id:investment/keski-pohjanmaa-rrp-4",
    }


def test_search_every_word_must_match(client: FlaskClient) -> None:
    hits = get(client, "search", q="Satakunnan investointi")["hits"]
    assert {short(h["id"]) for h in hits} == {"id:investment/satakunta-rrp-1", "id:investment/satakunta-rrp-4"}


def test_search_labels_in_the_chosen_language(client: FlaskClient) -> None:
    response = client.get("/explorer/api/search", query_string={"q": "Satakunnan RRP", "hl": "en"})
    hits = response.get_json()["hits"]
    assert [h["label"] for h in hits] == ["Satakunta RRP project"]


@pytest.mark.parametrize("text", ["DigiFinlandin", "Satakunnan", "Omaolon", "palvelutarjottimen"])
def test_search_finds_what_the_pages_find(client: FlaskClient, text: str) -> None:
    """One search: the explorer lists the resources the pages' /search lists (of the kinds it draws)."""
    hits = get(client, "search", q=text)["hits"]
    assert hits
    html = client.get("/search", query_string={"q": text, "hl": "fi"}).get_data(as_text=True)
    listed = set(re.findall(r'<a href="(/(?:id|vocab)/[^"#?]+?)(?:\.html)?"', html))
    assert {h["page"] for h in hits} <= listed
    drawn = ("/vocab/service/", "/vocab/organisation/", "/id/investment/", "/id/project/", "/vocab/county/")
    drawn += ("/vocab/region/", "/vocab/programme/", "/vocab/municipality/")
    assert {p for p in listed if p.startswith(drawn)} == {h["page"] for h in hits}


def test_search_nothing(client: FlaskClient) -> None:
    assert get(client, "search", q="zyxwvu")["hits"] == []
    assert get(client, "search", q="")["hits"] == []


# -- walking -----------------------------------------------------------------------------------


def test_start_describes_the_node(client: FlaskClient) -> None:
    answer = get(client, "start", node=ID + "investment/satakunta-rrp-1")
    (node,) = answer["nodes"]
    assert node["kind"] == "investment"
    assert node["label"] == "Investointi 1: Hoitoon pääsyn parantaminen (Satakunta)"
    assert node["regions"] == [SATAKUNTA]
    assert node["programmes"] == [V + "programme/kestavan-kasvun-ohjelma"]
    assert (node["start"], node["end"]) == ("2022", "2025")
    assert node["page"] == "/id/investment/satakunta-rrp-1"
    assert answer["edges"] == []


def test_expand_a_service(client: FlaskClient) -> None:
    answer = get(client, "expand", node=OMAOLO)
    edges = {(short(e["source"]), e["rel"], short(e["target"]), e["depKind"]) for e in answer["edges"]}
    assert edges == {
        ("id:investment/satakunta-rrp-1", "dependency", "hgv:service/omaolo", "technical"),
        ("id:investment/pohjanmaa-rrp-1", "dependency", "hgv:service/omaolo", "functional"),
        ("id:investment/ita-uusimaa-rrp-1", "dependency", "hgv:service/omaolo", "technical"),
        ("hgv:service/omaolo", "developer", "hgv:organisation/digifinland", None),
    }
    assert answer["total"] == 4 and answer["more"] is False
    # Every edge end is described; the dependency edges carry their hg:Dependency node.
    assert {n["id"] for n in answer["nodes"]} == {e["source"] for e in answer["edges"]} | {OMAOLO, DIGIFINLAND}
    deps = sorted(short(e["dependency"]) for e in answer["edges"] if e["rel"] == "dependency")
    assert deps == [
        "id:dependency/ita-uusimaa-rrp-1-omaolo",
        "id:dependency/pohjanmaa-rrp-1-omaolo",
        "id:dependency/satakunta-rrp-1-omaolo",
    ]


def test_expand_direction(client: FlaskClient) -> None:
    out = get(client, "expand", node=OMAOLO, dir="out")
    assert [(e["rel"], short(e["target"])) for e in out["edges"]] == [
        ("developer", "hgv:organisation/digifinland")
    ]
    incoming = get(client, "expand", node=OMAOLO, dir="in", rel="dependency")
    assert len(incoming["edges"]) == 3 and all(e["target"] == OMAOLO for e in incoming["edges"])


def test_expand_pages_through_a_hub(client: FlaskClient) -> None:
    # Four things lie in Satakunta: the project, its two investments and the earlier project.
    first = get(client, "expand", node=SATAKUNTA, dir="in", limit=3)
    assert (first["returned"], first["total"], first["more"], first["nextOffset"]) == (3, 4, True, 3)
    second = get(client, "expand", node=SATAKUNTA, dir="in", limit=3, offset=3)
    assert (second["returned"], second["more"]) == (1, False)
    seen = {e["source"] for e in first["edges"]} | {e["source"] for e in second["edges"]}
    assert {short(s) for s in seen} == {
        "id:project/satakunta-rrp",
        "id:investment/satakunta-rrp-1",
        "id:investment/satakunta-rrp-4",
        "id:project/satakunta-perhekeskus",
    }


def test_expand_is_capped(client: FlaskClient) -> None:
    response = client.get("/explorer/api/expand", query_string={"node": OMAOLO, "limit": 100_000})
    assert response.status_code == 400
    assert "limit" in response.get_json()["message"]


# -- questions ---------------------------------------------------------------------------------


def test_impact_of_omaolo(client: FlaskClient) -> None:
    answer = get(client, "impact", node=OMAOLO)
    assert {short(a) for a in answer["affected"]} == {
        "id:investment/satakunta-rrp-1",
        "id:investment/pohjanmaa-rrp-1",
        "id:investment/ita-uusimaa-rrp-1",
        "id:project/satakunta-rrp",
        "id:project/pohjanmaa-rrp",
        "id:project/ita-uusimaa-rrp",
    }
    assert answer["regions"] == [ITA_UUSIMAA, SATAKUNTA, POHJANMAA]
    assert answer["directRegions"] == answer["regions"]
    assert answer["query"].startswith("/queries/regions-depending-on?")
    assert answer["truncated"] is False


def test_impact_travels_along_chains(client: FlaskClient) -> None:
    # Keski-Pohjanmaa's investment 4 is relied on by Pohjanmaa's, which Itä-Uusimaa relies on.
    answer = get(client, "impact", node=ID + "investment/keski-pohjanmaa-rrp-4")
    assert {short(a) for a in answer["affected"]} >= {
        "id:investment/pohjanmaa-rrp-4",
        "id:investment/ita-uusimaa-rrp-1",
    }
    assert set(answer["regions"]) >= {POHJANMAA, ITA_UUSIMAA}


def test_impact_of_an_organisation_reaches_its_services(client: FlaskClient) -> None:
    answer = get(client, "impact", node=DIGIFINLAND)
    affected = {short(a) for a in answer["affected"]}
    assert {"id:investment/satakunta-rrp-1", "id:investment/keski-pohjanmaa-rrp-4"} <= affected
    assert set(answer["regions"]) == {ITA_UUSIMAA, SATAKUNTA, POHJANMAA, KESKI_POHJANMAA}


def test_everything_a_project_depends_on(client: FlaskClient) -> None:
    answer = get(client, "dependencies", node=ID + "project/satakunta-rrp")
    assert answer["dependsOn"] == [OMAOLO, PTV, TARMOA]
    transitive = get(client, "dependencies", node=ID + "investment/ita-uusimaa-rrp-1")
    assert {short(d) for d in transitive["dependsOn"]} == {
        "id:investment/pohjanmaa-rrp-4",
        "id:investment/keski-pohjanmaa-rrp-4",
        "hgv:service/tarmoa",
        "hgv:service/omaolo",
        "hgv:organisation/thl",
    }


def test_shortest_path_across_regions(client: FlaskClient) -> None:
    answer = get(
        client, "path", a=ID + "investment/ita-uusimaa-rrp-1", b=ID + "investment/keski-pohjanmaa-rrp-4"
    )
    assert answer["length"] == 2
    assert [[short(n) for n in p["nodes"]] for p in answer["paths"]] == [
        [
            "id:investment/ita-uusimaa-rrp-1",
            "id:investment/pohjanmaa-rrp-4",
            "id:investment/keski-pohjanmaa-rrp-4",
        ]
    ]
    assert [short(e) for e in answer["paths"][0]["edges"]] == [
        "id:dependency/ita-uusimaa-rrp-1-p4",
        "id:dependency/pohjanmaa-rrp-4-kp4",
    ]
    # The catalogue's dependency-path finds the same directed chain.
    assert answer["chains"] == [{"hops": 2, "nodes": answer["paths"][0]["nodes"]}]


def test_path_through_a_shared_service(client: FlaskClient) -> None:
    a, b = ID + "investment/satakunta-rrp-1", ID + "investment/pohjanmaa-rrp-1"
    answer = get(client, "path", a=a, b=b)
    assert answer["length"] == 2
    assert [p["nodes"] for p in answer["paths"]] == [[a, OMAOLO, b]]
    assert answer["chains"] == []  # neither depends on the other


def test_no_path(client: FlaskClient) -> None:
    answer = get(
        client, "path", a=ID + "project/satakunta-perhekeskus", b=V + "organisation/soite", rel="dependency"
    )
    assert (answer["found"], answer["paths"], answer["length"]) == (False, [], None)


def test_what_two_regions_share(client: FlaskClient) -> None:
    answer = get(client, "shared", a=SATAKUNTA, b=POHJANMAA)
    assert answer["shared"] == [OMAOLO]
    assert answer["counts"] == {OMAOLO: {"projects1": 1, "projects2": 1}}
    edges = {(short(e["source"]), e["rel"], short(e["target"])) for e in answer["edges"]}
    assert edges == {
        ("id:investment/satakunta-rrp-1", "dependency", "hgv:service/omaolo"),
        ("id:investment/pohjanmaa-rrp-1", "dependency", "hgv:service/omaolo"),
        ("id:investment/satakunta-rrp-1", "region", "hgv:county/06"),
        ("id:investment/pohjanmaa-rrp-1", "region", "hgv:county/17"),
    }


# -- the side panel ----------------------------------------------------------------------------


def test_node_facts(client: FlaskClient) -> None:
    facts = get(client, "node", node=ID + "project/satakunta-rrp")
    by_property = {(f["property"], f.get("label", f["value"])) for f in facts["facts"]}
    assert ("identifier", "RRP106") in by_property
    assert ("region", "Satakunnan hyvinvointialue") in by_property
    assert (
        "description",
        "Hoitoon pääsyn ja digitaalisten palvelujen kehittäminen Satakunnassa.",
    ) in by_property
    assert facts["page"] == "/id/project/satakunta-rrp"
    # Each property is named in the page's language by the ontology or reused-labels.ttl (issue 19).
    names = {f["property"]: f["propertyLabel"] for f in facts["facts"]}
    assert names["description"] == "kuvaus"
    assert names["region"] == registry.label(str(HG.region), "fi").text
    for lang in ("sv", "en"):
        shown = {
            f["property"]: f["propertyLabel"]
            for f in get(client, "node", node=ID + "project/satakunta-rrp", hl=lang)["facts"]
        }
        assert shown["description"] == {"sv": "beskrivning", "en": "description"}[lang]
        assert shown["identifier"] == {"sv": "identifierare", "en": "identifier"}[lang]
    assert [q["name"] for q in facts["queries"]] == [
        "project-card",
        "dependencies-of",
        "project-history",
        "dependents-of",
    ]


def test_dependency_panel_has_kind_and_quote(client: FlaskClient) -> None:
    info = get(client, "dependency", dependency=ID + "dependency/satakunta-rrp-1-omaolo")
    assert (info["kind"], info["kindName"]) == ("technical", "Tekninen")  # the vocabulary's label
    assert info["description"] == "Sähköinen oirearvio toteutetaan Omaolo-palvelun avulla."
    assert info["quotes"] == [
        {
            "text": "Hanke on riippuvainen DigiFinlandin Omaolo-palvelun kehityksestä ja aikataulusta.",
            "firstLine": 41,
            "lastLine": 42,
            "document": ID + "document/satakunta-loppuraportti",
            "documentTitle": "Satakunnan RRP-hankkeen loppuraportti",
            "fileName": "satakunta-loppuraportti.txt",
            "documentPage": "/id/document/satakunta-loppuraportti",
        }
    ]
    assert info["page"] == "/id/dependency/satakunta-rrp-1-omaolo"


# -- cross-region views ------------------------------------------------------------------------


def test_budget_chart(client: FlaskClient) -> None:
    chart = get(client, "charts/budget")
    counties = {c["id"]: c for c in chart["counties"]}
    satakunta = counties[SATAKUNTA]
    assert (satakunta["budget"], satakunta["actual"], satakunta["utilisation"]) == (
        2_000_000.0,
        1_960_000.0,
        98.0,
    )
    assert [(p["label"], p["utilisation"]) for p in satakunta["projects"]] == [
        ("Investointi 1: Hoitoon pääsyn parantaminen (Satakunta)", 112.5),
        ("Investointi 4: Digitaaliset palvelut (Satakunta)", 76.2),
    ]
    assert len(chart["counties"]) == 4
    assert chart["query"] == "/queries/budget-by-region?lang=fi&kind=cumulative"


def test_deviation_heat_map(client: FlaskClient) -> None:
    chart = get(client, "charts/deviations")
    cells = {(short(c["region"]), c["dimension"]): c["count"] for c in chart["cells"]}
    assert cells == {
        ("hgv:county/06", "costs"): 1,
        ("hgv:county/06", "schedule"): 1,
        ("hgv:county/17", "staff"): 1,
        ("hgv:county/18", "costs"): 1,
        ("hgv:county/18", "schedule"): 1,
    }
    assert [d["id"] for d in chart["dimensions"]] == ["schedule", "costs", "staff"]
    assert [d["label"] for d in chart["dimensions"]] == ["Aikataulu", "Kustannukset", "Henkilöstö"]


def test_service_matrix(client: FlaskClient) -> None:
    chart = get(client, "charts/matrix")
    cells = {(short(c["region"]), short(c["service"])): c["count"] for c in chart["cells"]}
    assert cells == {
        ("hgv:county/01", "hgv:service/omaolo"): 1,
        ("hgv:county/06", "hgv:service/omaolo"): 1,
        ("hgv:county/17", "hgv:service/omaolo"): 1,
        ("hgv:county/06", "hgv:service/palvelutietovaranto"): 1,
        ("hgv:county/06", "hgv:service/sahkoinen-perhekeskus"): 1,
        ("hgv:county/06", "hgv:service/tarmoa"): 1,
        ("hgv:county/18", "hgv:service/tarmoa"): 1,
    }


# -- export ------------------------------------------------------------------------------------


def test_turtle_export_of_the_visible_subgraph(client: FlaskClient) -> None:
    view = get(client, "expand", node=OMAOLO)
    body = {"nodes": [n["id"] for n in view["nodes"]], "edges": view["edges"]}
    response = client.post("/explorer/api/export.ttl?hl=fi", json=body)
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    g = Graph().parse(data=response.get_data(as_text=True), format="turtle")
    assert (URIRef(ID + "investment/satakunta-rrp-1"), DCTERMS.requires, URIRef(OMAOLO)) in g
    dep = URIRef(ID + "dependency/satakunta-rrp-1-omaolo")
    assert (dep, HG.dependencyKind, URIRef(V + "dependency-kind/technical")) in g
    assert (URIRef(OMAOLO), HG.developer, URIRef(DIGIFINLAND)) in g
    assert (URIRef(OMAOLO), RDF.type, HG.DigitalService) in g
    assert str(g.value(URIRef(OMAOLO), RDFS.label)) == "Omaolo"
    assert len(set(g.subjects(RDF.type, None))) == len(body["nodes"]) + 3  # the three dependency nodes


def test_export_refuses_what_is_not_an_iri(client: FlaskClient) -> None:
    response = client.post("/explorer/api/export.ttl", json={"nodes": ["<bad>"], "edges": []})
    assert response.status_code == 400
    assert "nodes[0]" in response.get_json()["message"]


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "names"),
    [
        ("expand", {"node": "not an iri"}, "'node'"),
        ("expand", {}, "'node'"),
        ("expand", {"node": OMAOLO, "dir": "sideways"}, "'dir'"),
        ("expand", {"node": OMAOLO, "rel": "friendship"}, "'rel'"),
        ("expand", {"node": OMAOLO, "offset": "-1"}, "'offset'"),
        ("path", {"a": OMAOLO}, "'b'"),
        ("dependency", {"dependency": "javascript:alert(1)"}, "'dependency'"),
        ("search", {"q": "x" * 201}, "'q'"),
    ],
)
def test_bad_parameters_are_named(client: FlaskClient, path: str, params: dict[str, str], names: str) -> None:
    response = client.get(f"/explorer/api/{path}", query_string=params)
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert names in response.get_json()["message"]


@pytest.mark.parametrize("which", ["app", "bare"])
def test_http_errors_keep_their_status_and_headers(client: FlaskClient, bare_app: Flask, which: str) -> None:
    """The app's one error handler answers the explorer too: 404 is not-found, a 405 names Allow."""
    c = client if which == "app" else bare_app.test_client()
    missing = c.get("/explorer/api/nosuch")
    assert missing.status_code == 404
    assert missing.get_json()["error"] == "not-found"
    assert "Accept" in missing.headers["Vary"]
    wrong = c.post("/explorer/api/search")
    assert wrong.status_code == 405
    assert wrong.get_json()["error"] == "method-not-allowed"
    assert set(wrong.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "HEAD"}
    # A client asking for text gets text.
    plain = c.get("/explorer/api/expand", headers={"Accept": "text/plain"})
    assert plain.status_code == 400 and plain.mimetype == "text/plain"
    assert plain.get_data(as_text=True).startswith("400 bad-request: ")


# -- the pages ---------------------------------------------------------------------------------


def test_pages_render_in_each_language(client: FlaskClient) -> None:
    for hl, title in (("fi", "Riippuvuuskartta"), ("sv", "Beroendekarta"), ("en", "Dependency explorer")):
        page = client.get("/explorer", query_string={"hl": hl, "node": OMAOLO}).get_data(as_text=True)
        assert f"<title>{title} · Hankegraafi</title>" in page
        assert "/explorer/assets/vendor/explorer/cytoscape.min.js" in page
    views = client.get("/explorer/views?hl=en").get_data(as_text=True)
    assert "Budget against actual per county and investment" in views
    script = client.get("/explorer/assets/explorer/explorer.js")
    assert script.status_code == 200 and b"explorerState" in script.data
    script.close()


# -- the other way of registering --------------------------------------------------------------


class TestBareApp:
    """The explorer on an open store (no runner) gives the same answers."""

    def test_same_answers(self, bare_app: Flask, client: FlaskClient) -> None:
        bare = bare_app.test_client()
        for path, params in (
            ("expand", {"node": OMAOLO}),
            ("impact", {"node": OMAOLO}),
            ("path", {"a": ID + "investment/ita-uusimaa-rrp-1", "b": ID + "investment/keski-pohjanmaa-rrp-4"}),
            ("search", {"q": "Omaolon"}),
            ("search", {"q": "DigiFinlandin"}),
            ("search", {"q": "Satakunnan investointi"}),
            ("charts/budget", {}),
        ):
            assert get(bare, path, **params) == get(client, path, **params), path


@pytest.mark.parametrize(
    ("given", "node"), [("hgv:service/omaolo", OMAOLO), ("06", SATAKUNTA), (" hgv:county/06 ", SATAKUNTA)]
)
def test_a_node_is_given_as_the_refusal_says_by_curie_or_county_code(
    client: FlaskClient, given: str, node: str
) -> None:
    """The IRI parameter's refusal says 'a CURIE (such as hgv:service/omaolo) or a county code (such
    as 06)'; the explorer refused both in those words (found by attack, stop 32)."""
    assert get(client, "impact", node=given) == get(client, "impact", node=node)
    refused = client.get("/explorer/api/impact", query_string={"node": "hgv:", "hl": "en"})
    assert refused.status_code == 400 and "CURIE" in refused.get_json()["message"]
