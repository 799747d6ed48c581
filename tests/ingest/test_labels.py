"""Labels are data: field labels and section headings come from the SKOS vocabularies.

A new spelling of a field or heading is one ``skos:hiddenLabel`` line in
``ontology/vocab/fields.ttl``; these tests add one with ``registry.extended`` and
see an invented document that uses it read correctly, then check that the
Innokylä toimintamalli labels of issue 13 are known. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.labels import match_field, match_heading, tables
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import segment
from hankegraafi.ontology import registry

PREFIX = "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
FIELD = "<https://w3id.org/hankegraafi/vocab/document-field/"
SECTION = "<https://w3id.org/hankegraafi/vocab/document-section/"

#: An invented status report whose funder is given under a label no template uses.
REPORT = (
    "Kuvitteellinen kotikuntoutushanke\n"
    "Tilanneraportti\n\n"
    "Perustiedot\n"
    "Tila\tKäynnissä\n"
    "Hankkeen maksaja\tSosiaali- ja terveysministeriö\n\n"
    "Mitä saimme valmiiksi\n\n"
    "1. Kotikuntoutuksen tiimi aloitti kahdessa kunnassa.\n"
    "2. Asiakaskyselyn malli valmistui.\n"
)


def read(text: str, name: str = "doc.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_a_new_field_label_is_one_vocabulary_line() -> None:
    before = read(REPORT).project("Kuvitteellinen kotikuntoutushanke")
    assert before.funder is None
    with registry.extended(PREFIX + FIELD + 'funder> skos:hiddenLabel "Hankkeen maksaja"@fi .'):
        assert match_field("Hankkeen maksaja") == "funder"
        project = read(REPORT).project("Kuvitteellinen kotikuntoutushanke")
    assert project.funder is not None
    assert project.funder.label == "Sosiaali- ja terveysministeriö"
    assert project.funder_span is not None and project.funder_span.first == 6
    assert match_field("Hankkeen maksaja") is None  # gone with the extension


def test_a_new_heading_label_is_one_vocabulary_line() -> None:
    assert read(REPORT).project("Kuvitteellinen kotikuntoutushanke").goals == []
    with registry.extended(PREFIX + SECTION + 'goals> skos:hiddenLabel "Mitä saimme valmiiksi"@fi .'):
        goals = read(REPORT).project("Kuvitteellinen kotikuntoutushanke").goals
    assert [(g.description, g.status) for g in goals] == [
        ("Kotikuntoutuksen tiimi aloitti kahdessa kunnassa.", "unknown"),
        ("Asiakaskyselyn malli valmistui.", "unknown"),  # an item is judged by its answer only
    ]


def test_labels_are_read_from_the_vocabularies_in_every_language() -> None:
    labels = tables()
    assert "Toimintamallin rahoittaja" in labels.fields["funder"]
    assert "Finansiär" in labels.fields["funder"]  # Swedish
    # per language (en, fi, sv) the preferred label, then its variants ("Objectives", "Aims" in English)
    assert labels.headings["goals"][0] == "Goals"
    assert labels.headings["goals"].index("Tavoitteet") < labels.headings["goals"].index("Mål")
    assert "Liikennevalo Edistymä" in labels.lights["progress"]  # a hidden label of status.ttl
    assert match_field("Toimintamallin nimi") == "name"
    assert match_field("Paikkakunta, maakunta tai hyvinvointialue") == "place"
    assert match_field("Projektets namn") == "name"
    assert match_heading("Tavoiteltu muutos") == ("goals", "")  # a narrower section reads as its broader
    assert match_heading("Muutoksen mittaaminen") == ("indicators", "")
    assert match_heading("Ratkaisun perusidea") == ("solution-idea", "")


#: An invented Innokylä toimintamalli page.
MODEL_PAGE = (
    "Toimintamallin nimi\nKylätalon etävastaanotto\n\n"
    "Toimintamallin lyhyt kuvaus\nKylätalolla on etäyhteyspiste, josta asukas tapaa hoitajan videolla.\n\n"
    "Toteutuspaikka\nKuvitteellisen alueen hyvinvointialue\n\n"
    "Toimintamallin rahoittaja\nSosiaali- ja terveysministeriö\n\n"
    "Toimintamallin kokonaisuus\nEtäpalvelujen kokonaisuus\n\n"
    "Tekijä\nMaija Mallikas\n\n"
    "Luotu\n3.2.2025\n\n"
    "Viimeksi muokattu\n14.5.2025\n\n"
    "Ratkaisun perusidea\n\nAsukas varaa ajan ja tulee kylätalolle.\n\n"
    "Tavoiteltu muutos\n\n- Harvemmin käyntejä keskustan terveysasemalle.\n\n"
    "Muutoksen mittaaminen\n\nSeurataan etävastaanottojen määrää kuukausittain.\n"
)


def test_a_toimintamalli_page_is_read_by_its_own_labels() -> None:
    seg = segment(MODEL_PAGE.splitlines())
    fields = {e.key: e.value for e in seg.elements if e.type == "field"}
    assert fields["name"] == "Kylätalon etävastaanotto"
    assert fields["place"] == "Kuvitteellisen alueen hyvinvointialue"
    assert fields["part-of"] == "Etäpalvelujen kokonaisuus"
    assert fields["author"] == "Maija Mallikas"
    assert [e.key for e in seg.elements if e.type == "heading"] == ["solution-idea", "goals", "indicators"]
    x = read(MODEL_PAGE, "toimintamalli.txt")
    assert x.kind == "innokyla-page"
    project = x.project("Kylätalon etävastaanotto")
    assert project.description == "Kylätalolla on etäyhteyspiste, josta asukas tapaa hoitajan videolla."
    assert project.funder is not None and project.funder.label == "Sosiaali- ja terveysministeriö"
    assert [g.description for g in project.goals] == ["Harvemmin käyntejä keskustan terveysasemalle."]
    assert str(x.created) == "2025-02-03" and str(x.modified) == "2025-05-14"
    assert "Maija Mallikas" in x.person_names  # the author is scrubbed from quotes, never published


#: A dependency kind no code knows, as one vocabulary entry (invented).
NEW_KIND = PREFIX + (
    "<https://w3id.org/hankegraafi/vocab/dependency-kind/data-exchange> a skos:Concept ;\n"
    "    skos:inScheme <https://w3id.org/hankegraafi/vocab/dependency-kind> ;\n"
    '    skos:prefLabel "Tiedonvaihto"@fi , "Datautbyte"@sv , "Data exchange"@en .'
)


def test_a_new_dependency_kind_is_read_by_its_labels() -> None:
    text = (
        REPORT
        + "\nRiippuvuudet\n\nTiedonvaihdon Kanta-palvelujen kanssa on oltava valmis ennen laajentamista.\n"
    )
    kinds = {
        d.target.label: d.kind for d in read(text).project("Kuvitteellinen kotikuntoutushanke").dependencies
    }
    assert kinds["Kanta-palvelut"] == "shared-work"  # "kanssa": the cue words of the shipped kinds
    with registry.extended(NEW_KIND):
        project = read(text).project("Kuvitteellinen kotikuntoutushanke")
    assert {d.target.label: d.kind for d in project.dependencies}["Kanta-palvelut"] == "data-exchange"


def test_a_short_label_is_matched_as_written() -> None:
    """One letter makes another word of a short label: a message's "Aihe" (subject) is no "Vaihe" (phase)."""
    assert match_field("Aihe") is None
    assert match_field("Aihe:") is None
    assert match_field("Vaihe") == "phase"
