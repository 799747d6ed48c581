"""Generate the place vocabularies (counties, regions, municipalities) from the reference TSVs.

The generated Turtle files are committed under ``ontology/vocab/``; run this again
only when the reference data changes::

    .venv/bin/python scripts/build_vocab.py [--reference DIR] [--out DIR]

Rows of the TSVs are taken as they are except for the corrections in
``MUNICIPALITY_ADDITIONS``: each is a fact checked against public sources and
marked in the output with ``skos:editorialNote`` so that it can be reviewed.
Identifiers that cannot be verified here (municipality numbers, business IDs,
Wikidata items) are left out on purpose.

Outbound links are kept as data with their source: each county carries its
code as ``skos:notation`` typed ``hg:countyCode`` and ``skos:exactMatch`` to
the same code in Statistics Finland's classification on uri.suomi.fi
(``COUNTY_CODELIST``), with ``dct:source`` naming the code list. Every scheme
has its Swedish name and ``dct:license``; every top concept is listed by its
scheme (``skos:hasTopConcept``) and every ``skos:related`` link is mirrored.
"""

from __future__ import annotations

import argparse
import csv
import logging
from dataclasses import dataclass
from pathlib import Path

from rdflib import DCTERMS, RDF, SKOS, Graph, Literal, URIRef

from hankegraafi.ontology import HG, VOCAB, vocab

log = logging.getLogger("build_vocab")

REPO = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = Path("/work/shared/reference")
DEFAULT_OUT = REPO / "ontology" / "vocab"

HELSINKI_CODE = "90"
ALAND_CODE = "91"
#: The vocabularies' licence (EU licence table: CC BY 4.0), as on the dataset.
LICENCE = URIRef("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")
#: Statistics Finland's wellbeing services county classification 2023 as a code list on
#: uri.suomi.fi; a code is ``<COUNTY_CODELIST>/code/<code>``.
COUNTY_CODELIST = "http://uri.suomi.fi/codelist/jhs/hyvinvointialue_1_20230101"

# Rows missing from kunnat-hyvinvointialueet.tsv: (name, region, county code, why).
MUNICIPALITY_ADDITIONS: list[tuple[str, str, str, str]] = [
    (
        "Siikalatva",
        "Pohjois-Pohjanmaa",
        "19",
        "Missing from the reference TSV; a municipality since 2009 (Kestilä, Piippola, "
        "Pulkkila and Rantsila merged), in North Ostrobothnia, so Pohjois-Pohjanmaa "
        "has 30 municipalities in 2023, not 29.",
    ),
]

# Regions (maakunnat): Finnish name -> (Swedish, English, Finnish genitive).
REGIONS: dict[str, tuple[str, str, str]] = {
    "Uusimaa": ("Nyland", "Uusimaa", "Uudenmaan"),
    "Varsinais-Suomi": ("Egentliga Finland", "Southwest Finland", "Varsinais-Suomen"),
    "Satakunta": ("Satakunta", "Satakunta", "Satakunnan"),
    "Kanta-Häme": ("Egentliga Tavastland", "Kanta-Häme", "Kanta-Hämeen"),
    "Pirkanmaa": ("Birkaland", "Pirkanmaa", "Pirkanmaan"),
    "Päijät-Häme": ("Päijänne-Tavastland", "Päijät-Häme", "Päijät-Hämeen"),
    "Kymenlaakso": ("Kymmenedalen", "Kymenlaakso", "Kymenlaakson"),
    "Etelä-Karjala": ("Södra Karelen", "South Karelia", "Etelä-Karjalan"),
    "Etelä-Savo": ("Södra Savolax", "South Savo", "Etelä-Savon"),
    "Pohjois-Savo": ("Norra Savolax", "North Savo", "Pohjois-Savon"),
    "Pohjois-Karjala": ("Norra Karelen", "North Karelia", "Pohjois-Karjalan"),
    "Keski-Suomi": ("Mellersta Finland", "Central Finland", "Keski-Suomen"),
    "Etelä-Pohjanmaa": ("Södra Österbotten", "South Ostrobothnia", "Etelä-Pohjanmaan"),
    "Pohjanmaa": ("Österbotten", "Ostrobothnia", "Pohjanmaan"),
    "Keski-Pohjanmaa": ("Mellersta Österbotten", "Central Ostrobothnia", "Keski-Pohjanmaan"),
    "Pohjois-Pohjanmaa": ("Norra Österbotten", "North Ostrobothnia", "Pohjois-Pohjanmaan"),
    "Kainuu": ("Kajanaland", "Kainuu", "Kainuun"),
    "Lappi": ("Lappland", "Lapland", "Lapin"),
    "Ahvenanmaa": ("Åland", "Åland", "Ahvenanmaan"),
}

# Swedish names of municipalities (bilingual ones and well-known Swedish exonyms).
MUNICIPALITY_SV: dict[str, str] = {
    "Espoo": "Esbo",
    "Hanko": "Hangö",
    "Helsinki": "Helsingfors",
    "Inkoo": "Ingå",
    "Kauniainen": "Grankulla",
    "Kirkkonummi": "Kyrkslätt",
    "Lapinjärvi": "Lappträsk",
    "Lohja": "Lojo",
    "Loviisa": "Lovisa",
    "Porvoo": "Borgå",
    "Raasepori": "Raseborg",
    "Sipoo": "Sibbo",
    "Siuntio": "Sjundeå",
    "Vantaa": "Vanda",
    "Kerava": "Kervo",
    "Myrskylä": "Mörskom",
    "Turku": "Åbo",
    "Parainen": "Pargas",
    "Kemiönsaari": "Kimitoön",
    "Naantali": "Nådendal",
    "Uusikaupunki": "Nystad",
    "Kaarina": "S:t Karins",
    "Raisio": "Reso",
    "Lieto": "Lundo",
    "Vaasa": "Vasa",
    "Pietarsaari": "Jakobstad",
    "Kokkola": "Karleby",
    "Mustasaari": "Korsholm",
    "Uusikaarlepyy": "Nykarleby",
    "Kruunupyy": "Kronoby",
    "Närpiö": "Närpes",
    "Kristiinankaupunki": "Kristinestad",
    "Maalahti": "Malax",
    "Luoto": "Larsmo",
    "Vöyri": "Vörå",
    "Laihia": "Laihela",
    "Kaskinen": "Kaskö",
    "Maarianhamina": "Mariehamn",
    "Oulu": "Uleåborg",
    "Tampere": "Tammerfors",
    "Pori": "Björneborg",
    "Rauma": "Raumo",
    "Hämeenlinna": "Tavastehus",
    "Lahti": "Lahtis",
    "Hamina": "Fredrikshamn",
    "Lappeenranta": "Villmanstrand",
    "Savonlinna": "Nyslott",
    "Mikkeli": "S:t Michel",
    "Tornio": "Torneå",
    "Raahe": "Brahestad",
    "Hyvinkää": "Hyvinge",
    "Järvenpää": "Träskända",
    "Tuusula": "Tusby",
    "Iitti": "Itis",
    # The Swedish names of Finnish-language municipalities, which Swedish texts use ("i Kajana", "Kaustby och
    # Vetil"; G6, stop 37: test23 s23, s67, s85 named them so). Each is the municipality's Swedish name in the
    # Institute for the Languages of Finland's list of Finnish place names in Swedish.
    "Kajaani": "Kajana",
    "Kaustinen": "Kaustby",
    "Veteli": "Vetil",
    "Vihti": "Vichtis",
    "Karkkila": "Högfors",
    "Pyhtää": "Pyttis",
    "Pornainen": "Borgnäs",
    "Lapua": "Lappo",
    "Ilmajoki": "Ilmola",
    "Alavus": "Alavo",
    "Teuva": "Östermark",
    "Isokyrö": "Storkyro",
    "Ii": "Ijo",
    "Ylitornio": "Övertorneå",
    "Paimio": "Pemar",
    "Sauvo": "Sagu",
    "Masku": "Masko",
    "Mynämäki": "Virmo",
    "Nousiainen": "Nousis",
    "Laitila": "Letala",
    "Taivassalo": "Tövsala",
    "Kustavi": "Gustavs",
    "Marttila": "S:t Mårtens",
    "Eurajoki": "Euraåminne",
    "Ulvila": "Ulvsby",
    "Kokemäki": "Kumo",
    "Huittinen": "Vittis",
    "Iisalmi": "Idensalmi",
    "Hämeenkyrö": "Tavastkyro",
    "Ikaalinen": "Ikalis",
}

# Inflected forms seen in the source documents (hidden labels help linking).
MUNICIPALITY_FORMS: dict[str, tuple[str, ...]] = {
    "Vaasa": ("Vaasan", "Vaasassa"),
    "Laihia": ("Laihian", "Laihialla"),
    "Pietarsaari": ("Pietarsaaren", "Pietarsaaressa", "Pietarsaareissa"),
    "Luoto": ("Luodon", "Luodossa"),
    "Pedersöre": ("Pedersören", "Pedersöressä"),
    "Pori": ("Porin",),
    "Rauma": ("Rauman",),
    "Eura": ("Euran",),
    "Huittinen": ("Huittisten",),
    "Säkylä": ("Säkylän", "Säkyä"),
    "Kokkola": ("Kokkolan",),
}

# Case endings of "hyvinvointialue" used after the county's genitive stem.
COUNTY_CASES = (
    "hyvinvointialueen",
    "hyvinvointialueella",
    "hyvinvointialueelle",
    "hyvinvointialueelta",
    "hyvinvointialueeseen",
    "hyvinvointialueesta",
    "hyvinvointialueelle",
)


@dataclass(frozen=True)
class County:
    code: str
    name_fi: str
    name_sv: str
    name_en: str


def swedish_forms(name_sv: str) -> list[str]:
    """The county's name as Swedish texts write it about the county itself: "Välfärdsområdet i
    Österbotten" and, as a county names itself on its letterhead, "Välfärdsområdet Österbotten"
    (each with its genitive), the place in its base form ("Österbottens välfärdsområde" without
    the genitive s; "Satakunta", "Södra Savolax" and "Vanda och Kervo" have none)."""
    if not name_sv.endswith(" välfärdsområde"):
        return []
    place = name_sv.removesuffix(" välfärdsområde")
    if place.endswith("s") and " och " not in place:
        place = place[:-1]
    return [f"Välfärdsområdet{i} {place}{s}" for i in (" i", "") for s in ("", "s")]


#: English directions as texts write them before a county's place: "East Uusimaa" is also "Eastern Uusimaa".
ENGLISH_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "East": ("Eastern",),
    "West": ("Western",),
    "North": ("Northern",),
    "South": ("Southern",),
    "Southwest": ("South-West", "Southwestern", "South-Western"),
}
#: What English texts call a wellbeing services county besides its official name, after the place
#: ("Eastern Uusimaa welfare area") or before it with "of" ("the Wellbeing Services County of North Savo").
ENGLISH_COUNTY_WORDS = (
    "wellbeing services county",
    "well-being services county",
    "wellbeing county",
    "wellbeing services area",
    "welfare area",
    "welfare region",
)


def english_forms(name_en: str) -> list[str]:
    """The county's name as English texts write it, beyond the official one: the place with its direction
    as an adjective ("Eastern Uusimaa", "South-West Finland") and each of the words for a county after it
    or, with "of", before it. Only with a county word: a place alone ("Eastern Uusimaa") names no county."""
    suffix = " wellbeing services county"
    if not name_en.endswith(suffix):
        return []
    place = name_en.removesuffix(suffix)
    first, _, rest = place.partition(" ")
    places = [place, *(f"{variant} {rest}" for variant in ENGLISH_DIRECTIONS.get(first, ()) if rest)]
    forms = [f"{p} {words}" for p in places for words in ENGLISH_COUNTY_WORDS]
    forms += [f"{words} of {p}" for p in places for words in ENGLISH_COUNTY_WORDS]
    return [form for form in forms if form != name_en]


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file as dicts, with surrounding blanks stripped."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: v.strip() for k, v in row.items()} for row in csv.DictReader(fh, delimiter="\t")]


def scheme_node(g: Graph, name: str, fi: str, en: str, sv: str | None = None) -> URIRef:
    """Declare a concept scheme ``hgv:<name>`` with its labels."""
    scheme = URIRef(f"{VOCAB}{name}")
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, Literal(fi, lang="fi")))
    g.add((scheme, SKOS.prefLabel, Literal(en, lang="en")))
    if sv:
        g.add((scheme, SKOS.prefLabel, Literal(sv, lang="sv")))
    g.add((scheme, DCTERMS.license, LICENCE))
    return scheme


def new_graph() -> Graph:
    g = Graph()
    g.bind("hg", HG)
    g.bind("hgv", VOCAB)
    g.bind("skos", SKOS)
    g.bind("dct", DCTERMS)
    return g


def concept(g: Graph, iri: URIRef, scheme: URIRef, *types: URIRef) -> None:
    g.add((iri, RDF.type, SKOS.Concept))
    for t in types:
        g.add((iri, RDF.type, t))
    g.add((iri, SKOS.inScheme, scheme))
    g.add((iri, SKOS.topConceptOf, scheme))
    g.add((scheme, SKOS.hasTopConcept, iri))


def region_iri(name_fi: str) -> URIRef:
    return vocab("region", name_fi)


def build_regions() -> Graph:
    """Regions (maakunnat) with names in three languages."""
    g = new_graph()
    scheme = scheme_node(g, "region", "Maakunnat", "Regions of Finland", "Landskap")
    for fi, (sv, en, genitive) in REGIONS.items():
        iri = region_iri(fi)
        concept(g, iri, scheme, HG.Region)
        g.add((iri, SKOS.prefLabel, Literal(fi, lang="fi")))
        g.add((iri, SKOS.prefLabel, Literal(sv, lang="sv")))
        g.add((iri, SKOS.prefLabel, Literal(en, lang="en")))
        g.add((iri, SKOS.altLabel, Literal(f"{fi} maakunta", lang="fi")))
        g.add((iri, SKOS.hiddenLabel, Literal(f"{genitive} maakunta", lang="fi")))
        g.add((iri, SKOS.definition, Literal(f"{fi}, yksi Suomen maakunnista.", lang="fi")))
        g.add((iri, SKOS.definition, Literal(f"{en}, a region (maakunta) of Finland.", lang="en")))
    return g


def county_region(code: str, municipalities: list[dict[str, str]]) -> str:
    """The region of a county, read from its municipalities (all share one)."""
    regions = {m["region_fi"] for m in municipalities if m["county_code"] == code}
    if len(regions) != 1:
        raise ValueError(f"county {code} spans regions {sorted(regions)}")
    return regions.pop()


def build_counties(counties: list[County], municipalities: list[dict[str, str]]) -> Graph:
    """Wellbeing services counties, the City of Helsinki and (flagged) Åland."""
    g = new_graph()
    scheme = scheme_node(g, "county", "Hyvinvointialueet", "Wellbeing services counties", "Välfärdsområden")
    g.add((scheme, DCTERMS.source, URIRef(COUNTY_CODELIST)))
    for c in counties:
        iri = vocab("county", c.code)
        if c.code == ALAND_CODE:
            # An area of the classification, not a county: typed hg:ServiceArea (the class of the
            # classification's areas, above hg:WellbeingServicesCounty) so that a project carried out
            # on Åland has a region as any other (stop 48); hg:Organisation as before.
            concept(g, iri, scheme, HG.ServiceArea, HG.Organisation)
            g.add(
                (
                    iri,
                    SKOS.editorialNote,
                    Literal(
                        "Åland is listed in the reference classification but is not a wellbeing "
                        "services county: the autonomous province organises its own social and "
                        "health services. Typed hg:ServiceArea (an area of the classification, the "
                        "superclass of hg:WellbeingServicesCounty) and hg:Organisation, not "
                        "hg:WellbeingServicesCounty; a project on Åland has it as its hg:region and "
                        "its municipalities have it as their hg:inCounty.",
                        lang="en",
                    ),
                )
            )
        else:
            # Typed with the superclass too, so that a query for every area of the classification
            # (`?area a hg:ServiceArea`, Åland with the counties) needs no reasoner.
            concept(g, iri, scheme, HG.WellbeingServicesCounty, HG.ServiceArea)
        if c.code == HELSINKI_CODE:
            g.add(
                (
                    iri,
                    SKOS.editorialNote,
                    Literal(
                        "The City of Helsinki is not a wellbeing services county by law but "
                        "organises social, health and rescue services itself; it is typed as one "
                        "so that regional queries include it.",
                        lang="en",
                    ),
                )
            )
            g.add((iri, SKOS.related, vocab("municipality", "Helsinki")))
        g.add((iri, SKOS.notation, Literal(c.code, datatype=HG.countyCode)))
        g.add((iri, SKOS.exactMatch, URIRef(f"{COUNTY_CODELIST}/code/{c.code}")))
        g.add((iri, DCTERMS.source, URIRef(COUNTY_CODELIST)))
        if c.code == ALAND_CODE:
            # The region concept (hgv:region/ahvenanmaa) is "Ahvenanmaa"/"Åland"; this is the
            # classification's item, named so that a label finds one concept only.
            g.add(
                (
                    iri,
                    SKOS.prefLabel,
                    Literal(f"{c.name_fi} (hyvinvointialueluokituksen koodi {c.code})", lang="fi"),
                )
            )
            g.add(
                (
                    iri,
                    SKOS.prefLabel,
                    Literal(f"{c.name_sv} (kod {c.code} i välfärdsområdesklassificeringen)", lang="sv"),
                )
            )
            g.add(
                (
                    iri,
                    SKOS.prefLabel,
                    Literal(
                        f"{c.name_en} (code {c.code} of the wellbeing services county classification)",
                        lang="en",
                    ),
                )
            )
        else:
            g.add((iri, SKOS.prefLabel, Literal(c.name_fi, lang="fi")))
            g.add((iri, SKOS.prefLabel, Literal(c.name_sv, lang="sv")))
            g.add((iri, SKOS.prefLabel, Literal(c.name_en, lang="en")))
        g.add((iri, HG.inRegion, region_iri(county_region(c.code, municipalities))))
        if c.name_fi.endswith(" hyvinvointialue"):
            stem = c.name_fi.removesuffix(" hyvinvointialue")
            g.add((iri, SKOS.altLabel, Literal(f"{stem} HVA", lang="fi")))
            for case in dict.fromkeys(COUNTY_CASES):
                g.add((iri, SKOS.hiddenLabel, Literal(f"{stem} {case}", lang="fi")))
            for form in swedish_forms(c.name_sv):
                g.add((iri, SKOS.hiddenLabel, Literal(form, lang="sv")))
            for form in english_forms(c.name_en):
                g.add((iri, SKOS.hiddenLabel, Literal(form, lang="en")))
            g.add(
                (
                    iri,
                    SKOS.definition,
                    Literal(
                        f"{c.name_fi}: hyvinvointialue, joka järjestää alueensa sosiaali- ja "
                        f"terveydenhuollon sekä pelastustoimen; Tilastokeskuksen koodi {c.code}.",
                        lang="fi",
                    ),
                )
            )
            g.add(
                (
                    iri,
                    SKOS.definition,
                    Literal(
                        f"{c.name_en}: organises the social, health and rescue services of its "
                        f"area; Statistics Finland code {c.code}.",
                        lang="en",
                    ),
                )
            )
        else:
            g.add(
                (
                    iri,
                    SKOS.definition,
                    Literal(
                        f"{c.name_fi}, Tilastokeskuksen hyvinvointialueluokituksen koodi {c.code}.", lang="fi"
                    ),
                )
            )
            g.add(
                (
                    iri,
                    SKOS.definition,
                    Literal(
                        f"{c.name_en}, code {c.code} of Statistics Finland's wellbeing services "
                        "county classification.",
                        lang="en",
                    ),
                )
            )
    return g


def build_municipalities(municipalities: list[dict[str, str]]) -> Graph:
    """All municipalities with their county and region."""
    g = new_graph()
    scheme = scheme_node(g, "municipality", "Kunnat", "Municipalities", "Kommuner")
    rows = [(m["municipality_fi"], m["region_fi"], m["county_code"], None) for m in municipalities]
    rows += MUNICIPALITY_ADDITIONS
    for name, region, code, note in sorted(rows):
        iri = vocab("municipality", name)
        concept(g, iri, scheme, HG.Municipality)
        g.add((iri, SKOS.prefLabel, Literal(name, lang="fi")))
        sv = MUNICIPALITY_SV.get(name)
        g.add((iri, SKOS.prefLabel, Literal(sv or name, lang="sv")))
        g.add((iri, SKOS.prefLabel, Literal(name, lang="en")))
        for form in MUNICIPALITY_FORMS.get(name, ()):
            g.add((iri, SKOS.hiddenLabel, Literal(form, lang="fi")))
        g.add((iri, HG.inRegion, region_iri(region)))
        g.add((iri, HG.inCounty, vocab("county", code)))
        g.add((iri, SKOS.definition, Literal(f"{name}: Suomen kunta, maakunta {region}.", lang="fi")))
        g.add(
            (
                iri,
                SKOS.definition,
                Literal(f"{name}, a municipality in the region of {REGIONS[region][1]}.", lang="en"),
            )
        )
        if note:
            g.add((iri, SKOS.editorialNote, Literal(note, lang="en")))
        if name == "Helsinki":  # the county file relates the City of Helsinki to it
            g.add((iri, SKOS.related, vocab("county", HELSINKI_CODE)))
    return g


def write(g: Graph, path: Path, title: str) -> None:
    header = (
        f"# {title}\n# GENERATED by scripts/build_vocab.py from the reference TSVs; "
        "edit the script, not this file.\n"
    )
    path.write_text(header + g.serialize(format="turtle"), encoding="utf-8")
    log.info("wrote %s (%d triples)", path, len(g))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    counties = [
        County(r["code"], r["name_fi"], r["name_sv"], r["name_en"])
        for r in read_tsv(args.reference / "hyvinvointialueet-2023.tsv")
    ]
    municipalities = read_tsv(args.reference / "kunnat-hyvinvointialueet.tsv")
    unknown = {m["region_fi"] for m in municipalities} - REGIONS.keys()
    if unknown:
        raise SystemExit(f"unknown regions in TSV: {sorted(unknown)}")

    args.out.mkdir(parents=True, exist_ok=True)
    write(build_regions(), args.out / "regions.ttl", "Regions of Finland (maakunnat)")
    write(
        build_counties(counties, municipalities),
        args.out / "counties.ttl",
        "Wellbeing services counties, the City of Helsinki and Åland",
    )
    write(
        build_municipalities(municipalities),
        args.out / "municipalities.ttl",
        "Municipalities of Finland (2023 division)",
    )


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
