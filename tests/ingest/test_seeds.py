"""Facts read by hand from each of the five real seed documents, asserted on ingest's graph.

The seeds are read from ../shared/seeds (never copied into the repository).
Every assertion below is a fact a person reading the document can check
against the line noted beside it; the graph is the one ingest would store.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from hankegraafi.ontology.namespaces import HG, vocab
from hankegraafi.shapes import validate
from tests.ingest.conftest import ask, sparql

ORG = "https://w3id.org/hankegraafi/vocab/organisation/"


def node(graph, label: str) -> URIRef:
    """The one project-like node whose rdfs:label is ``label``."""
    rows = sparql(
        graph,
        "SELECT DISTINCT ?p { ?p rdfs:label ?l ; hg:describedBy ?d . FILTER(STR(?l) = ?want) }",
        want=Literal(label),
    )
    assert len(rows) == 1, f"expected one node labelled {label!r}, found {rows}"
    return rows[0][0]


def cost(
    graph, project: URIRef, raw_label: str, column: str = "budget", kind: str = "cumulative", unit: str = "EUR"
) -> Decimal:
    rows = sparql(
        graph,
        f"""SELECT ?v {{ ?p hg:hasCostStatement ?s . ?s hg:unit ?unit ;
        hg:statementKind ?k ; hg:hasLine ?l . ?l hg:rawLabel ?raw ; hg:{column} ?v . }}""",
        p=project,
        unit=Literal(unit),
        k=vocab("statement-kind", kind),
        raw=Literal(raw_label),
    )
    assert len(rows) == 1, f"{raw_label} {column}: {rows}"
    value = rows[0][0]
    assert value.datatype == XSD.decimal
    return value.toPython()


def light(graph, project: URIRef, dimension: str) -> str | Decimal:
    rows = sparql(
        graph,
        """SELECT ?v ?pct { ?p hg:hasTrafficLight ?t . ?t hg:dimension ?d .
        OPTIONAL { ?t hg:lightValue ?v } OPTIONAL { ?t hg:progressPercent ?pct } }""",
        p=project,
        d=vocab("light-dimension", dimension),
    )
    assert len(rows) == 1, f"{dimension}: {rows}"
    value, pct = rows[0]
    return pct.toPython() if pct is not None else str(value).rsplit("/", 1)[-1]


def goal_status(graph, project: URIRef, starts: str) -> tuple[str, str | None]:
    rows = sparql(
        graph,
        """SELECT ?s ?r { ?p hg:hasGoal ?g . ?g dct:description ?d ; hg:goalStatus ?s .
        OPTIONAL { ?g hg:statusReason ?r } FILTER(STRSTARTS(STR(?d), ?starts)) }""",
        p=project,
        starts=Literal(starts),
    )
    assert len(rows) == 1, f"goal {starts!r}: {rows}"
    status, reason = rows[0]
    return str(status).rsplit("/", 1)[-1], (str(reason) if reason is not None else None)


def depends_on(graph, project: URIRef, target: URIRef) -> set[str]:
    """Kinds of the dependencies of ``project`` on ``target`` (each with its sentence and span)."""
    rows = sparql(
        graph,
        """SELECT ?kind ?text { ?d a hg:Dependency ; hg:dependent ?p ; hg:dependsOn ?t ;
        hg:dependencyKind ?kind ; dct:description ?text ; prov:wasDerivedFrom ?span .
        ?span hg:firstLine ?first ; prov:value ?quote . ?p dct:requires ?t . }""",
        p=project,
        t=target,
    )
    return {str(k).rsplit("/", 1)[-1] for k, _ in rows}


def all_text(graph) -> str:
    return "\n".join(str(o) for o in graph.objects())


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_graph_conforms_and_every_fact_has_a_source_span(seed, prefix):
    graph = seed(prefix)
    report = validate(graph)
    assert report.conforms, report.render("en")
    missing = sparql(
        graph,
        """SELECT ?n { ?n a ?c . FILTER(?c IN (hg:Goal, hg:Output, hg:CostLine, hg:TrafficLight,
        hg:Dependency, hg:Risk, hg:Participation, hg:Investment, hg:SubProject))
        FILTER NOT EXISTS { ?n prov:wasDerivedFrom ?s . ?s hg:firstLine ?f ; hg:lastLine ?l ; prov:value ?q ;
                            prov:wasQuotedFrom ?doc . ?doc a hg:SourceDocument } }""",
    )
    assert missing == []


# --- 000: RRP112.1, Pohjanmaan Pilari 4, Investointi 1 (final report) --------------------------


def test_seed_000_basic_data(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    assert ask(g, "?d hg:documentKind hgv:document-kind\\/final-report")
    assert (inv, HG.region, vocab("county", "17")) in g  # Pohjanmaan hyvinvointialue
    assert g.value(inv, URIRef("http://purl.org/dc/terms/identifier")) == Literal("RRP112.1")  # line 3
    assert (inv, HG.lifecycleStatus, vocab("lifecycle", "closing")) in g  # Tila Lopetus, line 7
    assert g.value(inv, HG.startDate) == Literal("2022-05-02", datatype=XSD.date)  # line 10
    assert g.value(inv, HG.endDate) == Literal("2022-12-31", datatype=XSD.date)
    assert (inv, HG.investmentLine, vocab("investment-line", "4-1")) in g
    assert ask(g, "?a a hg:Attachment ; hg:fileName 'Ikäihmiset kehittämissuunnitelma.pptx'")  # line 27


def test_seed_000_lights_all_on_plan_progress_80(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    assert light(g, inv, "progress") == Decimal("80")  # line 16
    for dimension in ("schedule", "costs", "output-quality", "output-scope", "staff", "risks", "benefits"):
        assert light(g, inv, dimension) == "on-plan", dimension  # lines 17-23


def test_seed_000_cost_table_with_misspelt_label(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    assert cost(g, inv, "Palvelujen osto") == Decimal("275656")  # line 400
    assert cost(g, inv, "Omat henkilöstökustannukset") == Decimal("355576")  # line 401
    assert cost(g, inv, "Muut kustannukset") == Decimal("3715")  # line 402
    assert cost(g, inv, "Yhteensä") == Decimal("634947")  # line 404
    assert cost(g, inv, "Yhteensä", "actual") == Decimal("0")
    # "Väiilliset" (sic, line 403) is still the indirect-costs category
    assert ask(
        g,
        "?l hg:rawLabel 'Väiilliset kustannukset' ; hg:costCategory hgv:cost-category\\/valilliset-kustannukset",
    )
    # the person-day table (line 104) is a statement of its own
    assert cost(g, inv, "Yhteensä", unit="person-day") == Decimal("0")


def test_seed_000_depends_on_digifinland_as_omaolo_developer(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    omaolo_part = node(g, "Omaolo")
    assert (omaolo_part, HG.partOf, inv) in g  # "Osa-projekti Omaolo:", line 33
    assert (vocab("service", "omaolo"), HG.developer, URIRef(ORG + "digifinland")) in g  # line 62
    assert depends_on(g, omaolo_part, URIRef(ORG + "digifinland"))  # "riippuvaista DigiFinlandin …", line 62
    assert depends_on(g, omaolo_part, URIRef(ORG + "2m-it"))  # "2M-IT:n asiantuntijoiden kanssa", line 64
    assert depends_on(
        g, inv, URIRef(ORG + "thl")
    )  # "riippuvuuksia THL:n kehittämisen painopisteisiin", line 193


def test_seed_000_goals_with_status_and_reason(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    status, reason = goal_status(g, inv, "Paljon palveluja käyttävien tunnistaminen")  # line 129-131
    assert status == "not-achieved"
    assert "resurssipuutteesta" in reason
    assert goal_status(g, inv, "Tilanearviointitiimien toimintamallien")[0] == "not-achieved"  # line 154-155
    assert goal_status(g, inv, "Etäpalveluiden kehittäminen")[0] == "achieved"  # line 140-141
    assert goal_status(g, inv, "Kirjaamiskäytänteiden yhtenäistäminen")[0] == "achieved"  # line 80-82


def test_seed_000_continues_in_prima_botnia_ii_and_sub_projects(seed):
    g = seed("000")
    inv = node(g, "Pohjanmaan Pilari 4, Investointi 1")
    # "Laajentamistyö jatkuu Prima Botnia II- hankkeessa", line 36: the investment is continued there
    assert ask(g, "?p hg:continuedBy ?n . ?n rdfs:label 'Prima Botnia II'@fi ; hg:needsReview true", p=inv)
    parts = {
        str(r[0]) for r in sparql(g, "SELECT ?l { ?s hg:partOf ?p ; a hg:SubProject ; rdfs:label ?l }", p=inv)
    }
    assert {
        "Omaolo",
        "Laadukkaan tietopohjan rakentaminen johtamisen tueksi",
        "Nuorten ja nuorten aikuisten mielenterveyden edistäminen",
    } <= parts  # lines 33, 251-252, 322


def test_seed_000_manager_name_not_published(seed):
    g = seed("000")
    assert ask(g, "?r a hg:PersonInRole ; hg:role hgv:role\\/project-manager")  # line 9
    assert "Pirttipera" not in all_text(g)


# --- 001: Kestävän kasvun Satakunta, final report with investments 1, 2 and 4 --------------------


def test_seed_001_project_and_investments(seed):
    g = seed("001")
    root = node(g, "Kestävän kasvun Satakunta")  # line 5
    assert (root, HG.programme, vocab("programme", "kestavan-kasvun-ohjelma")) in g  # line 3
    assert (root, HG.region, vocab("county", "06")) in g  # line 11
    assert ask(g, "?d a hg:SourceDocument ; dct:issued '2023-02-28'^^xsd:date")  # line 13
    investments = {
        str(r[0]) for r in sparql(g, "SELECT ?l { ?i a hg:Investment ; hg:partOf ?r ; rdfs:label ?l }", r=root)
    }
    assert investments == {
        "Satakunnan Pilari 4, Investointi 1",
        "Satakunnan Pilari 4, Investointi 2",
        "Satakunnan Pilari 4, Investointi 4",
    }
    inv1 = node(g, "Satakunnan Pilari 4, Investointi 1")
    assert g.value(inv1, HG.startDate) == Literal("2022-01-01", datatype=XSD.date)  # line 29
    assert g.value(inv1, HG.endDate) == Literal("2022-12-31", datatype=XSD.date)  # line 31
    assert (inv1, HG.phase, vocab("lifecycle", "closing")) in g  # Vaihe Lopetus, line 22-23
    assert (inv1, HG.lifecycleStatus, vocab("lifecycle", "ongoing")) in g  # Tila Käynnissä, line 24-25
    inv4 = node(g, "Satakunnan Pilari 4, Investointi 4")
    assert ask(
        g,
        "?i hg:hasTrafficLight/hg:reportingPeriod ?r . ?r hg:startDate '2022-01-01'^^xsd:date ;"
        " hg:endDate '2023-12-31'^^xsd:date",
        i=inv4,
    )  # line 525


def test_seed_001_investment_1_budget_actual_and_lights(seed):
    g = seed("001")
    inv1 = node(g, "Satakunnan Pilari 4, Investointi 1")
    assert cost(g, inv1, "Yhteensä") == Decimal("950000")  # line 68
    assert cost(g, inv1, "Yhteensä", "actual") == Decimal("529310")
    assert cost(g, inv1, "Asiantuntijapalvelut", "actual") == Decimal("247873")  # line 56
    assert cost(g, inv1, "Materiaalikulut", "actual") == Decimal("138096")  # line 64
    assert cost(g, inv1, "Investointikulut") == Decimal("295000")  # line 66
    assert ask(g, "?l hg:rawLabel 'Asiantuntijapalvelut' ; hg:parentLine/hg:rawLabel 'Palvelujen osto'")
    assert light(g, inv1, "costs") == "deviation"  # line 77-78
    assert light(g, inv1, "staff") == "deviation"  # line 83-84
    assert light(g, inv1, "schedule") == "on-plan"  # line 75-76
    assert light(g, inv1, "progress") == Decimal("90")  # line 72-74


def test_seed_001_investments_2_and_4_costs(seed):
    g = seed("001")
    inv2 = node(g, "Satakunnan Pilari 4, Investointi 2")
    assert cost(g, inv2, "Yhteensä") == Decimal("240000")  # line 295
    assert cost(g, inv2, "Yhteensä", "actual") == Decimal("135657")
    assert light(g, inv2, "costs") == "deviation"  # "Liikenneval. Kustannukset", line 214-215
    assert light(g, inv2, "staff") == "on-plan"
    inv4 = node(g, "Satakunnan Pilari 4, Investointi 4")
    assert cost(g, inv4, "Yhteensä") == Decimal("430000")  # line 605
    assert cost(g, inv4, "Yhteensä", "actual") == Decimal("232736")
    assert cost(g, inv4, "Ohjelmistot") == Decimal("150000")  # line 601
    # "Markkakulut" (sic, line 598) is travel
    assert ask(
        g,
        "?l hg:rawLabel 'Markkakulut' ; hg:costCategory hgv:cost-category\\/matkakulut ; hg:actual ?a . FILTER(?a = 665)",
    )


def test_seed_001_outputs_indicators_and_continuation(seed):
    g = seed("001")
    inv1 = node(g, "Satakunnan Pilari 4, Investointi 1")
    quantities = {
        (r[0].toPython(), str(r[1]) if r[1] else None)
        for r in sparql(
            g, "SELECT ?q ?u { ?i hg:hasOutput ?o . ?o hg:quantity ?q . OPTIONAL { ?o hg:unit ?u } }", i=inv1
        )
    }
    assert (Decimal("73"), None) in quantities  # "Voimaperheet-koulutuksiin osallistui 73", line 148
    assert (Decimal("3"), "hoitoyksikköä") in quantities  # "3 liikkuvaa hoitoyksikköä", line 49
    assert (Decimal("10"), "kpl") in quantities  # "10kpl suukameroita", line 49
    assert ask(
        g,
        "?i hg:hasIndicator ?x . ?x hg:targetValue ?v ; hg:targetUnit '%' ; hg:deadline 'Q4/2025' . FILTER(?v = 80)",
        i=inv1,
    )  # "7 päivän hoitotakuu toteutuu 80% … Q4/2025", line 161
    inv4 = node(g, "Satakunnan Pilari 4, Investointi 4")
    assert ask(
        g,
        "?i hg:hasIndicator ?x . ?x hg:targetValue ?v ; hg:targetUnit '%' ; hg:deadline 'Q4/2025' . FILTER(?v = 45)",
        i=inv4,
    )  # "45 % … Kvartaali 4 / 2025 mennessä", line 662
    # "Jatkokehittämistä toteutetaan Kestävän kasvun Satakunta 2 -hankkeessa", line 99, under investment 1:
    # the next project continues the whole project, not the investment the sentence stands in.
    whole = node(g, "Kestävän kasvun Satakunta")
    assert ask(g, "?p hg:continuedBy ?n . ?n rdfs:label 'Kestävän kasvun Satakunta 2'@fi", p=whole)
    assert not ask(g, "?i hg:continuedBy ?n", i=inv1)


def test_seed_001_partners_dependencies_and_goals(seed):
    g = seed("001")
    inv1 = node(g, "Satakunnan Pilari 4, Investointi 1")
    co = {
        str(r[0])
        for r in sparql(
            g,
            """SELECT ?o { ?i hg:participation ?x . ?x hg:organisation ?o ;
        hg:role hgv:role\\/co-implementer }""",
            i=inv1,
        )
    }
    assert {
        ORG + "satasairaala",
        ORG + "posa",
        ORG + "kessote",
        ORG + "porin-perusturva",
        str(vocab("municipality", "Rauma")),
    } <= co  # line 185
    inv4 = node(g, "Satakunnan Pilari 4, Investointi 4")
    assert depends_on(g, inv4, URIRef(ORG + "digifinland"))  # line 683
    assert depends_on(g, inv4, URIRef(ORG + "thl"))
    inv2 = node(g, "Satakunnan Pilari 4, Investointi 2")
    assert (
        goal_status(g, inv2, "Kulttuurihyvinvointisuunnitelman tekeminen siirtyi")[0] == "moved-later"
    )  # l. 428
    assert "Niemi" not in all_text(g)  # the manager's name, lines 27, 196, 513


# --- 002: Pohjanmaa: tulevaisuuden sote-keskus (Innokylä page) -----------------------------------


def test_seed_002_innokyla_basic_data(seed):
    g = seed("002")
    p = node(g, "Pohjanmaa: tulevaisuuden sote-keskus")  # line 10
    assert ask(
        g,
        "?d hg:documentKind hgv:document-kind\\/innokyla-page ; dct:created '2020-06-30'^^xsd:date ;"
        " dct:modified '2020-09-30'^^xsd:date",
    )  # lines 37, 41
    assert g.value(p, HG.startDate) == Literal("2020", datatype=XSD.gYear)  # Toimiaika 2020-2022, line 21
    assert g.value(p, HG.endDate) == Literal("2022", datatype=XSD.gYear)
    assert (p, HG.region, vocab("county", "17")) in g
    assert (p, HG.programme, vocab("programme", "tulevaisuuden-sote-keskus")) in g  # line 1
    assert ask(g, "?p hg:funding/hg:funder ?stm", p=p, stm=URIRef(ORG + "stm"))  # line 32
    assert ask(
        g,
        "?p hg:participation ?x . ?x hg:role hgv:role\\/administrator ; hg:organisation ?vshp",
        p=p,
        vshp=URIRef(ORG + "vshp"),
    )  # "hallinnoija on Vaasan sairaanhoitopiiri", line 25
    assert (p, URIRef("http://purl.org/dc/terms/subject"), vocab("topic", "sosiaali-ja-terveyskeskukset")) in g
    assert not ask(g, "?p hg:phenomenon ?x", p=p)  # "Ei liity ilmiöön", line 114
    assert "perustason sosiaali- ja terveyspalveluja" in str(
        g.value(p, URIRef("http://purl.org/dc/terms/description"))
    )


def test_seed_002_target_results_are_goals(seed):
    g = seed("002")
    p = node(g, "Pohjanmaa: tulevaisuuden sote-keskus")
    assert (
        goal_status(g, p, "Mallinnettu alueellinen ja digitaalinen soteintegroitu perhekeskustoimintamalli")[0]
        == "unknown"
    )  # line 80: a target, not yet a result
    assert (
        goal_status(g, p, "Moniammatillinen ja monialainen tiimityön toimintamalli")[0] == "unknown"
    )  # line 94
    assert goal_status(g, p, "asiakkaiden pallottelu on vähentynyt")[0] == "unknown"  # "-> …", line 96
    assert not ask(g, "?x a hg:PersonInRole")


# --- 003: Keski-Pohjanmaan rakenneuudistus (Innokylä page) ---------------------------------------


def test_seed_003_basic_data_and_contact_without_personal_data(seed):
    g = seed("003")
    p = node(g, "Keski-Pohjanmaan rakenneuudistus")  # line 6
    assert ask(g, "?d dct:created '2020-09-17'^^xsd:date ; dct:modified '2022-02-28'^^xsd:date")  # lines 44, 48
    assert g.value(p, HG.startDate) == Literal("2020", datatype=XSD.gYear)  # "vuosina 2020-2021", line 23
    assert g.value(p, HG.endDate) == Literal("2021", datatype=XSD.gYear)
    assert (p, HG.region, vocab("county", "18")) in g
    assert ask(g, "?p hg:funding/hg:funder ?stm", p=p, stm=URIRef(ORG + "stm"))  # line 34
    assert ask(
        g,
        "?p hg:personRole ?r . ?r hg:role hgv:role\\/contact-person ; org:memberOf ?soite",
        p=p,
        soite=URIRef(ORG + "soite"),
    )  # lines 35-38
    text = all_text(g)
    assert "tuija.tuorila@soite.fi" not in text and "@soite.fi" not in text  # line 40
    assert "Tuorila" not in text  # names are not published by default


def test_seed_003_stakeholders(seed):
    g = seed("003")
    p = node(g, "Keski-Pohjanmaan rakenneuudistus")
    stakeholders = {
        str(r[0])
        for r in sparql(
            g,
            """SELECT ?o { ?p hg:participation ?x . ?x hg:organisation ?o ;
        hg:role hgv:role\\/stakeholder }""",
            p=p,
        )
    }
    assert {
        ORG + "sonet-botnia",
        ORG + "keski-pohjanmaan-liitto",
        ORG + "thl",
        ORG + "centria",
        ORG + "chydenius",
        ORG + "kpedu",
    } <= stakeholders  # line 27
    # "Keski-Pohjanmaan LAPE -yhteistyötyöryhmä" is not the county taking part
    assert str(vocab("county", "18")) not in stakeholders


def test_seed_003_areas_and_sub_projects(seed):
    g = seed("003")
    p = node(g, "Keski-Pohjanmaan rakenneuudistus")
    area1 = node(g, "Vapaaehtoinen alueellinen valmistelu ja hankekoordinaatio")  # line 53
    area3 = node(g, "Toimintatapojen ja prosessien uudistaminen digitaalisten välineiden avulla")  # line 144
    assert (area1, HG.partOf, p) in g and (area3, HG.partOf, p) in g
    assert (node(g, "Johtamisen ja ohjauksen kehittäminen"), HG.partOf, p) in g  # line 85
    assert (node(g, "Alueellinen järjestäminen"), HG.partOf, area1) in g  # "Aliprojekti …", line 55
    assert depends_on(g, area3, vocab("service", "kanta"))  # "Kanta-velvoitteiden", line 172
    area2 = node(g, "Johtamisen ja ohjauksen kehittäminen")
    assert ask(
        g, "?a hg:hasOutput/dct:description ?d . FILTER(STRSTARTS(?d, 'tietojohtamisen vakiintunut'))", a=area2
    )  # line 126
    assert ask(g, "?p hg:continuedBy ?n . ?n rdfs:label 'Soite 2.1 hanke'@fi", p=p)  # line 236


def test_seed_003_unmet_goals(seed):
    g = seed("003")
    coordination = node(g, "hankekoordinaatio")  # "Aliprojekti hankekoordinaatio", line 73
    status, _ = goal_status(
        g, coordination, "Lisäkehittämiskohteina hankesuunnitelmaan hyväksyttyjä"
    )  # line 77
    assert status == "not-achieved"


# --- 004: Itä-Uudenmaan Kestävän kasvun hanke, 4th phase plan ------------------------------------


def test_seed_004_plan_and_withdrawn_investments(seed):
    g = seed("004")
    root = node(g, "Itä-Uudenmaan Kestävän kasvun hanke")  # line 5
    assert ask(g, "?d hg:documentKind hgv:document-kind\\/project-plan ; dct:issued '2024-04-25'^^xsd:date")
    assert (root, HG.region, vocab("county", "01")) in g  # line 9
    assert (root, HG.programme, vocab("programme", "kestavan-kasvun-ohjelma")) in g  # line 3
    status = {
        str(r[0]): str(r[1]).rsplit("/", 1)[-1] if r[1] else None
        for r in sparql(
            g,
            """
        SELECT ?l ?s { ?i a hg:Investment ; hg:partOf ?r ; rdfs:label ?l . OPTIONAL { ?i hg:lifecycleStatus ?s } }""",
            r=root,
        )
    }
    assert status == {  # the table of contents (lines 21-28) names no investments of its own
        "Investointi 1: Hoidon jatkuvuusmalli": "withdrawn",  # "~~… POISTETTU~~", line 46
        "Investointi 2: Hyvinvoinnin monialainen digitaalinen palvelutarjotin": None,  # line 48
        "Investointi 4: Hoidon jatkuvuusmallin digiratkaisut": "withdrawn",  # line 88
    }


def test_seed_004_risk_table(seed):
    g = seed("004")
    rows = {
        str(r[0]): (int(r[1]), int(r[2]), int(r[3]), str(r[4]))
        for r in sparql(
            g,
            """
        SELECT ?d ?p ?i ?s ?o { ?x a hg:Risk ; dct:description ?d ; hg:probability ?p ; hg:impact ?i ;
        hg:riskScore ?s ; hg:riskOwner ?o }""",
        )
    }
    assert rows == {  # lines 94-97
        "Talouden seurannan epäonnistuminen": (3, 5, 15, "Hankejohto"),
        "Viestinnän epäonnistuminen": (3, 4, 12, "Erityisasiantuntija yhdessä digipalveluiden kanssa"),
        "Pysyvän henkilöstön osallistuminen kehittämissuunnitelmaan ei toteudu": (
            4,
            4,
            16,
            "Esihenkilöt yhdessä hankejohtajan kanssa",
        ),
        "Synkronointi tuottavuusohjelman kanssa epäonnistuu": (2, 3, 6, "ICT-kehittämispäällikkö"),
    }
    assert ask(g, "?x hg:riskScore 15 ; hg:mitigation ?m . FILTER(STRSTARTS(?m, 'Viikottainen talouden'))")


def test_seed_004_investment_2_goal_dependencies_benefit(seed):
    g = seed("004")
    inv2 = node(g, "Investointi 2: Hyvinvoinnin monialainen digitaalinen palvelutarjotin")
    assert (
        goal_status(g, inv2, "Tavoitteena on, että Itä-Uudenmaan hyvinvointialueella on otettu käyttöön")[0]
        == "unknown"
    )  # line 56
    assert depends_on(g, inv2, vocab("service", "tarmoa"))  # line 52
    assert depends_on(g, inv2, vocab("service", "palvelutietovaranto"))  # line 62
    assert depends_on(g, inv2, URIRef(ORG + "digifinland"))  # line 52
    assert ask(
        g,
        "?i hg:hasBenefit/dct:description ?d . FILTER(STRSTARTS(?d, 'Tarmoa palvelun käyttöönotolla'))",
        i=inv2,
    )  # line 86
    # nothing of the withdrawn investments' content is read as the plan's
    inv1 = node(g, "Investointi 1: Hoidon jatkuvuusmalli")
    assert not ask(g, "?i hg:hasGoal|hg:hasOutput|hg:hasCostStatement ?x", i=inv1)
