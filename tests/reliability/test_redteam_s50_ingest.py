"""Red team of stop 50's ingest changes (R15): wrong reads the stop's new rules make, in invented documents (no real
text). Each fault is a strict xfail until its owner fixes the class and takes the marker out in the fixing commit;
the plain tests pin what the commits promise.

- R15-1 (66dc5454, facts/mentioned.origins_of_money): "through" of time ("through 2026", American English for
  "until") or "via"/"through"/"genom" of a means ("genom projektbidrag", "through a project grant") before
  another party in the funder field makes the funder an origin of money and the next party the funder: "Funding:
  Kela through 2026, with THL" reads THL, "Finansiär: Kela genom projektbidrag och Vasa stad" reads Vaasa
  (947cf8c8: Kela).
- R15-2 (66dc5454, same): a "via"/"kautta" of something else than the money, after a comma or in brackets ("STM,
  yhteydet Kelan kautta", "Sitra (applications via Kela)", "the Ministry …, reporting via THL") makes the
  party after it the funder (947cf8c8: the first party).
- R15-3 (66dc5454, same, the "both origins" spread): every party of a list before the origin is dropped with it:
  "Kela, Sitra and EU via the Ministry …", "Rahoittaja: Kela, Sitra ja EU STM:n kautta" read the ministry
  (947cf8c8: Kela, the field's first party).
- R15-5 (facts/delimited.py, older than stop 50; s50-l7's sheet_delimiter adds a third way in): a line longer than
  the csv module's field limit (131 072 characters) with a semicolon in a .txt, or any such line in a .csv, raises
  _csv.Error out of extract(): the document is not ingested at all (the pipeline logs "a fault of ours").
- R15-6 (5eaf48a9, facts/mentioned.origins_of_money narrowed): the channel in brackets or after a comma right after
  the origin ("EU (via the Ministry …)", "Rahoittaja: EU (STM:n kautta)", "Finansiär: EU (genom STM)", "EU funds, via
  the Ministry …") is the funder, as 66dc5454 read it; the narrowed rule (no comma, no unclosed bracket between)
  reads the EU again.
- R15-7 (66dc5454, organisations._funder): the origin before a channel that an "and" joins to another party ("EU via
  the Ministry of Social Affairs and Health and Kela") makes the funder a new organisation named "Ministry of Social
  Affairs and Health and Kela": the owner dropped, parties[0] is a name-form mention running over "and Kela"
  (947cf8c8: the EU).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def _extraction(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _orgs(extraction: Extraction, role: str) -> list[str]:
    return [
        str(getattr(pa.organisation, "iri", pa.organisation)).rsplit("/", 1)[-1]
        for p in extraction.projects
        for pa in p.participations
        if pa.role == role
    ]


def _funders(language: str, value: str) -> list[str]:
    head, label, body = {
        "en": (
            "Home care at a distance project\nStatus report 2024\nWellbeing services county of Ostrobothnia\n\n",
            "Funding",
            "The project develops home care in Vaasa.",
        ),
        "fi": (
            "Kotihoidon etäpalvelut -hanke\nTilanneraportti 2024\nPohjanmaan hyvinvointialue\n\n",
            "Rahoittaja",
            "Hanke kehittää kotihoitoa Vaasassa.",
        ),
        "sv": (
            "Hemvård på distans projekt\nLägesrapport 2024\nVälfärdsområdet Österbotten\n\n",
            "Finansiär",
            "Projektet utvecklar hemvården i Vasa.",
        ),
    }[language]
    return _orgs(_extraction(f"{head}{label}: {value}\n\n{body}\n", "raportti.txt"), "funder")


# Pinned: what 66dc5454 promises (the origin before "via"/"through"/"genom" or "X:n kautta" is no funder).
@pytest.mark.parametrize(
    ("language", "value", "funders"),
    [
        ("en", "EU funds via the Ministry of Social Affairs and Health", ["stm"]),
        ("en", "the EU through the Ministry of Social Affairs and Health", ["stm"]),
        ("sv", "EU genom STM", ["stm"]),
        ("fi", "Euroopan unioni STM:n kautta", ["stm"]),
        ("fi", "STM", ["stm"]),
        ("en", "Kela", ["kela"]),
        ("fi", "STM ja Kela", ["stm"]),
    ],
)
def test_the_origin_of_money_before_its_channel_is_no_funder(
    language: str, value: str, funders: list[str]
) -> None:
    assert _funders(language, value) == funders


# R15-1: "through" of time, "via"/"through"/"genom" of a means, before another party.
# Fixed in stop 50 (the lead: only the party right before the channel is its origin, with no comma or
# unclosed bracket between them and the preposition right before the channel), was a strict xfail (R15-1).
@pytest.mark.parametrize(
    ("language", "value", "funder"),
    [
        ("en", "Kela through 2026, with THL", "kela"),
        ("sv", "Kela genom projektbidrag och Vasa stad", "kela"),
        ("sv", "FPA genom projektbidrag och Sitra", "kela"),
    ],
)
def test_through_a_time_or_a_means_makes_no_channel(language: str, value: str, funder: str) -> None:
    assert _funders(language, value) == [funder]


# R15-2: a "via"/"kautta" of something else, after a comma or in brackets.
# Fixed in stop 50 (the lead: only the party right before the channel is its origin, with no comma or
# unclosed bracket between them and the preposition right before the channel), was a strict xfail (R15-2).
@pytest.mark.parametrize(
    ("language", "value", "funder"),
    [
        ("en", "the Ministry of Social Affairs and Health, reporting via THL", "stm"),
        ("en", "Sitra (applications via Kela)", "sitra"),
        ("fi", "STM, yhteydet Kelan kautta", "stm"),
        ("fi", "STM, hakemus jätetty THL:n kautta", "stm"),
    ],
)
def test_a_via_of_something_else_makes_no_channel(language: str, value: str, funder: str) -> None:
    assert _funders(language, value) == [funder]


# R15-3: a list of funders before the origin of money.
# Fixed in stop 50 (the lead: only the party right before the channel is its origin, with no comma or
# unclosed bracket between them and the preposition right before the channel), was a strict xfail (R15-3).
@pytest.mark.parametrize(
    ("language", "value"),
    [
        ("en", "Kela, Sitra and EU via the Ministry of Social Affairs and Health"),
        ("fi", "Kela, Sitra ja EU STM:n kautta"),
        ("sv", "FPA, Sitra och EU genom STM"),
    ],
)
def test_a_list_before_the_origin_keeps_its_funders(language: str, value: str) -> None:
    assert _funders(language, value) == ["kela"]


# R15-5: a line longer than the csv module's field limit.
_LONG = "kotihoito " * 15_000  # 150 000 characters: over csv.field_size_limit() (131 072)


@pytest.mark.xfail(
    strict=True,
    reason="R15-5 (facts/delimited.py pasted_rows/delimiter_of): a line over csv's field limit raises _csv.Error",
)
@pytest.mark.parametrize(
    ("text", "name", "project"),
    [
        (
            f"Kotihoidon etäpalvelut -hanke\nPohjanmaan hyvinvointialue\n\nKuvaus; {_LONG}\n",
            "raportti.txt",
            "Kotihoidon etäpalvelut -hanke",
        ),
        (
            f"Hanke;Kotihoidon etäpalvelut;;\nAlue;Pohjanmaan hyvinvointialue;;\nKuvaus;{_LONG};;\n",
            "kortti.csv",
            "Kotihoidon etäpalvelut",
        ),
    ],
)
def test_a_line_over_the_csv_field_limit_is_read(text: str, name: str, project: str) -> None:
    extraction = extract(read_bytes(text.encode(), file_name=name, max_bytes=1_000_000))
    assert [p.name for p in extraction.projects] == [project]


# R15-6: the channel in brackets or after a comma, right after the origin (66dc5454 read it).
@pytest.mark.xfail(
    strict=True,
    reason="R15-6 (5eaf48a9, facts/mentioned.origins_of_money): a channel in brackets the gap opens ('EU (STM:n "
    "kautta)', 'EU (via the Ministry …)') or after a comma is no channel: the EU is the funder again",
)
@pytest.mark.parametrize(
    ("language", "value"),
    [
        ("en", "EU (via the Ministry of Social Affairs and Health)"),
        ("en", "EU funds (via the Ministry of Social Affairs and Health)"),
        ("fi", "EU (STM:n kautta)"),
        ("fi", "Euroopan unioni (STM:n kautta)"),
        ("sv", "EU (genom STM)"),
        ("en", "EU funds, via the Ministry of Social Affairs and Health"),
    ],
)
def test_a_channel_in_brackets_after_the_origin_is_the_funder(language: str, value: str) -> None:
    assert _funders(language, value) == ["stm"]


# R15-7: a party joined to the channel by "and" is no part of the channel's name.
@pytest.mark.xfail(
    strict=True,
    reason="R15-7 (66dc5454, organisations._funder): 'EU via the Ministry of Social Affairs and Health and Kela' "
    "mints an organisation 'Ministry of Social Affairs and Health and Kela' as the funder",
)
@pytest.mark.parametrize(
    "value",
    [
        "EU via the Ministry of Social Affairs and Health and Kela",
        "EU through the Ministry of Social Affairs and Health and Sitra",
    ],
)
def test_a_party_after_the_channel_makes_no_new_organisation(value: str) -> None:
    assert _funders("en", value) == ["stm"]
