"""Cost tables of every column set, number format, layout and kind (invented documents).

The categories come from the vocabulary alone (ontology/vocab/cost-categories.ttl),
the kind of a table (cumulative, reporting period, annual) from its own words, and a
kind that no words state is a default the extraction notes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.model import CostStatement
from hankegraafi.ingest.facts.money import COST_CATEGORIES, cost_category
from hankegraafi.ingest.facts.text import parse_amount
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import slugify


def read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def tables(x: Extraction) -> list[CostStatement]:
    return [c for p in x.projects for c in p.costs]


def cells(statement: CostStatement) -> dict[tuple[str | None, str], Decimal]:
    return {(line.category, column): value for line in statement.lines for column, value in line.values.items()}


# --- the vocabulary is the one registry ------------------------------------------------------


def test_categories_are_the_vocabulary_with_stable_iris() -> None:
    scheme = registry.cost_categories()
    assert set(COST_CATEGORIES) == {c.notation for c in scheme if c.notation}
    for concept in scheme:
        if concept.notation is None:
            continue
        labels, parent = COST_CATEGORIES[concept.notation]
        # The first label's slug is the IRI's key: the IRIs the mapping mints did not change.
        assert slugify(labels[0]) == concept.key or concept.notation == "total"
        assert set(concept.surface_forms()) <= set(labels)
        broader = scheme.get(str(concept.broader)) if concept.broader is not None else None
        assert parent == (broader.notation if broader is not None else None)


def test_a_new_label_variant_is_one_vocabulary_line() -> None:
    turtle = (
        "<https://w3id.org/hankegraafi/vocab/cost-category/matkakulut> "
        '<http://www.w3.org/2004/02/skos/core#altLabel> "Reissukulut"@fi .'
    )
    assert cost_category("Reissukulut") is None
    with registry.extended(turtle):
        from hankegraafi.ingest.facts import money

        assert "Reissukulut" in money._categories()["travel"][0]


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Palvelujen ostot", "service-purchases"),
        ("Ostetut palvelut", "service-purchases"),
        ("Henkilöstökustannukset", "own-staff-costs"),
        ("Palkat ja henkilösivukulut", "staff-costs"),
        ("Kustannukset yhteensä", "total"),
        ("Övriga kostnader", "other-costs"),
        ("Väiilliset kustannukset", "indirect-costs"),
    ],
)
def test_category_variants(label: str, key: str) -> None:
    assert cost_category(label) == key


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234 567,89 €", Decimal("1234567.89")),
        ("1\u00a0234\u00a0567,89\u00a0€", Decimal("1234567.89")),
        ("1\u2009234\u202f567", Decimal("1234567")),
        ("1.234.567", Decimal("1234567")),
        ("1.100.000,00", Decimal("1100000")),
        ("1,2 milj. €", Decimal("1200000")),
        ("0,5 M€", Decimal("500000")),
        ("120 t€", Decimal("120000")),
        ("85 k€", Decimal("85000")),
        ("(12 000)", Decimal("-12000")),
        ("\u221212 000 €", Decimal("-12000")),
        ("210 000,00 euroa", Decimal("210000")),
        ("12 000,- €", Decimal("12000")),
        ("€ 4 500", Decimal("4500")),
        ("-", None),
        ("ei tiedossa", None),
    ],
)
def test_number_formats(text: str, value: Decimal | None) -> None:
    assert parse_amount(text) == value


# --- kinds ---------------------------------------------------------------------------------

HEAD = """Tilanneraportti 2024
Hanke: Kotihoito Kainuussa
Hyvinvointialue: Kainuun hyvinvointialue
Raportointijakso: 1.1.2024 - 30.6.2024

"""


def test_cumulative_and_period_tables_of_one_report_are_kept_apart() -> None:
    x = read(
        HEAD
        + "Kustannukset raportointijaksolla\n\n"
        + "Kustannuslaji\tBudjetoitu\tToteutunut\n"
        + "Palvelujen ostot\t50 000\t41 000\n"
        + "Yhteensä\t50 000\t41 000\n\n"
        + "Kustannukset hankkeen alusta (kumulatiivinen)\n\n"
        + "Kustannuslaji\tBudjetti\tToteuma\tSidottu\tEnnuste\n"
        + "Palvelujen ostot\t200 000\t120 000\t10 000\t195 000\n"
        + "Yhteensä\t200 000\t120 000\t10 000\t195 000\n"
    )
    period, cumulative = tables(x)
    assert (period.kind, period.year, period.cue) == ("period", "2024", "raportointijaksolla")
    assert (cumulative.kind, cumulative.cue) == ("cumulative", "hankkeen alusta")
    assert cells(period)[("total", "actual")] == Decimal(41000)
    assert cells(cumulative)[("total", "forecast")] == Decimal(195000)
    assert cells(cumulative)[("service-purchases", "committed")] == Decimal(10000)
    assert not any(n.startswith("cost-kind-default") for n in x.notes)


def test_a_table_that_states_no_kind_is_a_noted_default() -> None:
    x = read(HEAD + "Talous\n\nKustannuslaji\tBudjetti\tToteuma\nYhteensä\t10 000\t9 000\n")
    (statement,) = tables(x)
    assert statement.kind == "cumulative" and statement.cue is None
    assert any(n.startswith("cost-kind-default:cumulative") for n in x.notes)


def test_granted_realised_and_utilisation_in_thousands() -> None:
    x = read(
        HEAD
        + "Kustannukset koko hankeajalta\n\n"
        + "Kustannuslaji\tMyönnetty t€\tToteutunut t€\tKäyttöaste %\n"
        + "Omat henkilöstökustannukset\t1 020\t611,9\t60\n"
        + "Yhteensä\t1 300\t730,5\t56\n"
    )
    (statement,) = tables(x)
    got = cells(statement)
    assert got[("own-staff-costs", "granted")] == Decimal(1020000)
    assert got[("total", "actual")] == Decimal(730500)
    assert got[("total", "utilisation-percent")] == Decimal(56)  # a percentage is never multiplied


def test_html_table_with_negative_deviation() -> None:
    html = """<html><body><main><h1>Loppuraportti</h1>
<p>Hanke: Kotihoito Kainuussa</p><p>Kainuun hyvinvointialue</p>
<h2>Kustannukset, kumulatiivinen</h2>
<table><tr><th>Kustannuslaji</th><th>Budjetti</th><th>Toteutunut</th><th>Poikkeama</th></tr>
<tr><td>Muut kustannukset</td><td>1.200.000,00</td><td>1.250.000,00</td><td>(50 000)</td></tr>
<tr><td>Yhteensä</td><td>1.200.000,00</td><td>1.250.000,00</td><td>\u221250 000</td></tr></table>
</main></body></html>"""
    x = read(html, "loppuraportti.html")
    (statement,) = tables(x)
    assert statement.kind == "cumulative"
    assert cells(statement)[("other-costs", "deviation")] == Decimal(-50000)
    assert cells(statement)[("total", "deviation")] == Decimal(-50000)


def test_space_aligned_text_and_a_row_broken_over_two_lines() -> None:
    text = (
        HEAD.replace("Raportointijakso: ", "Raportointijakso ........ ")
        + "Kustannukset (kumulatiivinen)\n\n"
        + "Kustannuslaji                 Budjetti      Toteuma\n"
        + "Palvelujen ostot               300 000      120 000\n"
        + "Puhelin- ja ICT-\n"
        + "laitehankinnat                  40 000       38 500\n"
        + "Yhteensä                       340 000      158 500\n"
    )
    x = read(text)
    (statement,) = tables(x)
    got = cells(statement)
    assert got[("phone-and-ict-equipment", "actual")] == Decimal(38500)
    assert got[("total", "budget")] == Decimal(340000)
