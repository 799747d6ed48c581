"""Personal data: e-mail addresses and phone numbers never reach a graph; names only when configured."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import FOAF

from hankegraafi.ingest.mapping import scrub
from tests.ingest.conftest import FIXTURES, build

# Written into the invented fixtures by scripts/make_fixtures.py.
EMAILS = ("liisa.virtanen@example.fi", "aino.esimerkki@example.fi")
PHONE = "040 123 4567"


def every_term(graph) -> str:
    return "\n".join(str(term) for triple in graph for term in triple)


@pytest.mark.parametrize("ext", ["txt", "html", "pdf", "docx"])
@pytest.mark.parametrize("names", [False, True])
def test_no_email_or_phone_in_any_graph(ext, names):
    for name in ("loppuraportti", "innokyla"):
        source = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
        assert any(e in source for e in EMAILS)  # the fixture does carry them
        text = every_term(build(FIXTURES / f"{name}.{ext}", publish_person_names=names))
        assert "@" not in text, name
        assert PHONE not in text and "0401234567" not in text.replace(" ", ""), name


def test_person_names_only_when_configured():
    hidden = build(FIXTURES / "loppuraportti.txt")
    assert not list(hidden.objects(None, FOAF.name))
    assert "Virtanen" not in every_term(hidden) and "Liisa" not in every_term(hidden)
    assert "[nimi]" in every_term(hidden)  # the quote "projektipäällikkö Liisa Virtanen" is kept, the name not
    shown = build(FIXTURES / "loppuraportti.txt", publish_person_names=True)
    assert list(shown.objects(None, FOAF.name)) == [Literal("Virtanen Liisa")]
    innokyla = build(FIXTURES / "innokyla.txt", publish_person_names=True)
    assert list(innokyla.objects(None, FOAF.name)) == [Literal("Aino Esimerkki")]


def test_seed_003_contact_e_mail_never_published(seed):
    for names in (False, True):
        graph = seed("003", publish_person_names=names)
        assert "@" not in every_term(graph)
    assert list(seed("003", publish_person_names=True).objects(None, FOAF.name)) == [Literal("Tuija Tuorila")]
    assert not list(seed("003").objects(None, FOAF.name))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soita 040 123 4567 tai +358 40 765 4321.",
            "Soita [puhelinnumero poistettu] tai [puhelinnumero poistettu].",
        ),
        ("Vaihde (09) 310 5015", "Vaihde [puhelinnumero poistettu]"),
        ("Posti: etu.suku@hva.fi.", "Posti: [sähköposti poistettu]."),
        ("Budjetti 950 000 € vuosille 2023-2025, 1.1.2022 - 31.12.2022", None),
        ("Kysely (n=80), 45 % kontakteista, 0 € 0 € 0 €", None),
    ],
)
def test_scrub_removes_contacts_but_not_amounts(text, expected):
    assert scrub(text) == (expected if expected is not None else text)


def test_a_cost_statements_cue_holding_a_phone_number_is_scrubbed(tmp_path):
    """Every text the mapping takes from the document is scrubbed where it is added, not only the texts
    lit() makes: the words that said a cost statement's kind ("hg:statementKindCue") carried a phone
    number into the graph, and the shape then refused the whole document (CI of afab75f)."""
    doc = tmp_path / "neuvonta.txt"
    doc.write_text(
        "Loppuraportti\n\nPohjois-Savon hyvinvointialue\n\n"
        "Hankkeen / Projektin nimi\tPohjois-Savon Pilari 4, Investointi 1\n\n"
        "Tavoitteet\n\n1. Neuvontapuhelimen käyttöönotto:\n"
        "Toteutunut: Neuvonta vastaa numerossa 040–123 4567 arkisin, budjetti 105 040 123 €.\n",
        encoding="utf-8",
    )
    text = every_term(build(doc))
    assert "Neuvonta vastaa" in text  # the sentence is kept
    assert "123 4567" not in text and "040–123" not in text
