"""Money and cost forms of stop 53 (C6), each with the form where the rule must not fire: a figure grouped in
thousands before "t€", the accountant's ",-", an own share under its label, a date span whose start lacks its last
dot, and a sum alone under its label's line (R18-1). Invented text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = (
    "Kotona kuntoon -hanke\nTilanneraportti 2/2025\nEtelä-Savon hyvinvointialue\n\n"
    "Hanke kehittää kotikuntoutusta Mikkelissä.\n\n"
)


def _statements(text: str, name: str = "raportti.md") -> list[tuple[str, str | None, dict[str, Decimal]]]:
    x = extract(read_bytes((_HEAD + text).encode(), file_name=name, max_bytes=100_000))
    return [(s.kind, s.year, dict(line.values)) for p in x.projects for s in p.costs for line in s.lines]


def _sums(text: str, name: str = "raportti.md") -> list[tuple[str, Decimal]]:
    return [(kind, values["budget"]) for kind, _, values in _statements(text, name) if "budget" in values]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ansökt understöd sammanlagt 2 150 t€, varav", [("applied", Decimal(2_150_000))]),
        ("Hankkeelle myönnettiin 1 200 k€ valtionavustusta.", [("granted", Decimal(1_200_000))]),
        # not grouped: a year before a sum in thousands stays a year
        ("Vuonna 2024 hankkeelle myönnettiin 640 t€.", [("granted", Decimal(640_000))]),
    ],
)
def test_a_grouped_figure_before_its_scale_is_read_whole(line: str, expected: list) -> None:
    assert _sums(line + "\n") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Myönnetty avustus: 640 000,-", [("granted", Decimal(640_000))]),
        ("STM myönsi hankkeelle 640 000,- euroa.", [("granted", Decimal(640_000))]),
        # a span of years written with a dash after a comma is no sum
        ("Hanke toimii vuosina 2022,-2025 ja sille myönnettiin 640 000 €.", [("granted", Decimal(640_000))]),
    ],
)
def test_the_accountants_dash_for_cents(line: str, expected: list) -> None:
    assert _sums(line + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omarahoitus: 300 000 €\n", []),
        ("- Kuntarahoitus: 300 000 €\n", []),
        ("Own contribution: 300 000 €\n", []),
        # the own share named in an earlier clause, or in a note in brackets, is not the sum's
        ("Omarahoitus kattaa 20 %, ja STM myönsi hankkeelle 1 200 000 €.\n", [("granted", Decimal(1_200_000))]),
        ("Kokonaisbudjetti (sis. omarahoitus): 2 975 000 €\n", [("estimate", Decimal(2_975_000))]),
    ],
)
def test_an_own_share_is_no_money(text: str, expected: list) -> None:
    assert _sums(text) == expected


_PERIOD_TABLE = (
    "## Kostnader {span} (euro)\n\n| Kostnadsslag | Budget | Utfall |\n|---|---|---|\n"
    "| Köpta tjänster | 64 000 | 71 250 |\n| Sammanlagt | 64 000 | 71 250 |\n"
)


@pytest.mark.parametrize(
    ("span", "kind", "year"),
    [
        ("1.1–30.6.2023", "period", "2023"),
        ("1.1.–30.6.2023", "period", "2023"),
        # over a year: the project's costs so far
        ("1.1.2022–30.6.2023", "cumulative", None),
    ],
)
def test_a_span_whose_start_lacks_its_dot(span: str, kind: str, year: str | None) -> None:
    got = {(k, y) for k, y, _ in _statements(_PERIOD_TABLE.format(span=span))}
    assert got == {(kind, year)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Myönnetty avustus\n\n1 200 000 €\n", [("granted", Decimal(1_200_000))]),
        ("**Haettu avustus**\n\n950 000 €\n", [("applied", Decimal(950_000))]),
        # a heading that names no sum's kind, a spent sum's and an own share's label: no sum
        ("## Talous\n\n120 000 €\n", []),
        ("## Toteutuneet kustannukset\n\n850 000 €\n", []),
        ("## Omarahoitus\n\n300 000 €\n", []),
    ],
)
def test_a_sum_alone_under_its_label(text: str, expected: list) -> None:
    assert _sums(text) == expected


_PARTS_ESTIMATE = (
    "Haettu avustus yhteensä 1 500 000 €, josta\n\n- Investointi 1: Kotihoito {first}\n"
    "- Investointi 2: Digipalvelut 600 000 €\n\n## Kustannusarvio (€)\n\n"
    "| Kustannuslaji | Investointi 1 | Investointi 2 | Yhteensä |\n|---|---|---|---|\n"
    "| Palvelujen ostot | 700 000 | 400 000 | 1 100 000 |\n| Ohjelmistot | 200 000 | 200 000 | 400 000 |\n"
    "| Yhteensä | 900 000 | 600 000 | 1 500 000 |\n"
)


def _part_estimates(first: str) -> dict[str, list[str | None]]:
    x = extract(
        read_bytes((_HEAD + _PARTS_ESTIMATE.format(first=first)).encode(), file_name="r.md", max_bytes=100_000)
    )
    return {
        p.name: [line.category for s in p.costs if s.kind == "estimate" for line in s.lines]
        for p in x.projects
        if p.name.startswith("Investointi")
    }


def test_a_part_column_replaces_the_sum_said_of_it_before_the_table() -> None:
    """test44 oo17: "varav Investering 1: X … 1 240 t€" over an estimate with a column a part."""
    got = _part_estimates("900 000 €")
    assert got["Investointi 1: Kotihoito"] == ["service-purchases", "software", "total"]
    assert got["Investointi 2: Digipalvelut"] == ["service-purchases", "software", "total"]


def test_a_sum_said_of_a_part_that_is_not_its_columns_total_stays() -> None:
    assert _part_estimates("950 000 €")["Investointi 1: Kotihoito"] == ["total"]
