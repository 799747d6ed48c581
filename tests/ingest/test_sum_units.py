"""Whose sum each clause states in a document about one part (invented text; ``facts/sumunits.py``).

A report of one investment or sub-project, or a toimintamalli page under its kokonaisuus, names the part's
sum and the whole's in one sentence by common nouns ("Investoinnille …", "koko hankkeen …"): each sum
goes to the unit its clause names, and a table totalling the part's sum stays the part's.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.sumunits import clauses
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _money(x: Extraction) -> dict[str, set[Decimal]]:
    """Project name → the totals of its single sums (granted, applied, estimate)."""
    return {
        p.name: {
            next(iter(s.lines[0].values.values()))
            for s in p.costs
            if s.kind in ("granted", "applied", "estimate") and len(s.lines) == 1
        }
        for p in x.projects
    }


def _tables(x: Extraction) -> dict[str, list[str]]:
    return {p.name: [s.kind for s in p.costs if len(s.lines) > 1] for p in x.projects}


_REPORT = """VÄLIRAPORTTI 2/2024
Hanke: Hyvinvointia Keski-Pohjanmaalle
Raportti koskee: Osahanke 3: Kotikuntoutus

Talous
Osahankkeelle myönnettiin 410 000 euroa. Koko hankkeen avustus on 2,6 milj. euroa.
Kotikuntoutus alkoi Kokkolassa.

Kustannuslaji\tMyönnetty\tToteutunut
Henkilöstökulut\t300 000\t120 000
Ohjelmistot\t110 000\t40 000
Yhteensä\t410 000\t160 000
"""


def test_a_part_and_the_whole_each_get_their_sum_and_the_table_stays_the_parts() -> None:
    x = _read(_REPORT)
    money = _money(x)
    assert money["Osahanke 3: Kotikuntoutus"] == {Decimal("410000")}
    assert money["Hyvinvointia Keski-Pohjanmaalle"] == {Decimal("2600000")}
    # the table totals the part's grant, not the whole's: it is the part's
    assert _tables(x)["Osahanke 3: Kotikuntoutus"] == ["cumulative"]
    assert _tables(x)["Hyvinvointia Keski-Pohjanmaalle"] == []


def test_the_whole_named_in_brackets_after_the_parts_sum_in_swedish() -> None:
    text = """Österbottens välfärdsområde
Lägesrapport hösten 2024
Projekt: Tryggt hemma i Österbotten
Rapporten gäller: Delprojekt 1: Nattpatrullen

Delprojektet har tilldelats 250 000 euro av projektets sammanlagda statsunderstöd (1 900 000 euro).
Nattpatrullen kör i Vasa och Korsholm.
"""
    money = _money(_read(text))
    assert money["Delprojekt 1: Nattpatrullen"] == {Decimal("250000")}
    assert money["Tryggt hemma i Österbotten"] == {Decimal("1900000")}


def test_a_sentence_naming_the_period_not_the_whole_keeps_the_parts_sum() -> None:
    """ "koko hankeajalle" is the whole period, not the whole project."""
    text = _REPORT.replace(
        "Osahankkeelle myönnettiin 410 000 euroa. Koko hankkeen avustus on 2,6 milj. euroa.",
        "Osahankkeelle on myönnetty 410 000 euroa koko hankeajalle.",
    )
    money = _money(_read(text))
    assert money["Osahanke 3: Kotikuntoutus"] == {Decimal("410000")}
    assert money["Hyvinvointia Keski-Pohjanmaalle"] == set()


def test_clauses_read_each_sum_with_the_words_since_the_last_one() -> None:
    found = clauses("Investoinnille myönnettiin 1 200 000 euroa; koko hankkeen avustus oli 8,4 milj. euroa.")
    assert [(lead.strip(), value) for lead, value, _tail in found] == [
        ("Investoinnille myönnettiin", Decimal("1200000")),
        ("koko hankkeen avustus oli", Decimal("8400000")),
    ]
    # the euro in any case: "250 000 euron lisärahoitusta"
    found = clauses(
        "Investoinnin avustus on 1,6 miljoonaa euroa, ja hankkeelle on haettu 250 000 euron lisärahoitusta."
    )
    assert [value for _lead, value, _tail in found] == [Decimal("1600000"), Decimal("250000")]
    # and the words after each sum to its clause's end: the noun it qualifies
    assert [tail.strip() for _lead, _value, tail in found] == ["", "lisärahoitusta."]


def test_a_clause_naming_no_unit_speaks_of_the_one_before_it() -> None:
    """ "Delprojektet beviljades …; av dem återbetalas …": both sums are the part's, the second returned."""
    text = """Österbottens välfärdsområde
Slutrapport
Projekt: Tryggt hemma i Österbotten
Rapporten gäller: Delprojekt 1: Nattpatrullen

Delprojektet beviljades 250 000 euro; av dem återbetalas 12 000 euro.
"""
    x = _read(text)
    kinds = {(p.name, s.kind) for p in x.projects for s in p.costs}
    assert kinds == {("Delprojekt 1: Nattpatrullen", "granted"), ("Delprojekt 1: Nattpatrullen", "returned")}


def test_a_title_naming_the_part_and_a_field_naming_the_whole_put_the_whole_on_top() -> None:
    """ "Loppuraportti – Osahanke 1: X" over "Hanke: Y": Y is the project, X its part with the table."""
    text = """Loppuraportti – Osahanke 2: Perhekeskuksen chat

Hanke: Lapset ensin Kainuussa
Raportti hyväksytty: 3.3.2025

Chat avattiin Kajaanissa. Osahankkeelle myönnettiin 200 000 euroa.

Kustannuslaji\tMyönnetty\tToteutunut
Henkilöstökulut\t200 000\t190 000
Yhteensä\t200 000\t190 000
"""
    x = _read(text)
    levels = {p.name: (p.level, p.parent.name if p.parent else None) for p in x.projects}
    assert levels == {
        "Lapset ensin Kainuussa": ("project", None),
        "Osahanke 2: Perhekeskuksen chat": ("subproject", "Lapset ensin Kainuussa"),
    }
    assert x.projects[0].name == "Lapset ensin Kainuussa"
    assert _tables(x)["Osahanke 2: Perhekeskuksen chat"] == ["cumulative"]


def test_a_part_named_in_the_heads_running_text_with_its_name_in_brackets_is_the_reports_unit() -> None:
    """ "Tämä katsaus koskee osahanketta 2 (X)": the table and lights below are the part's; a part named
    without its name in brackets ("… hakee 410 000 euroa lisää") is named in passing."""
    text = """Tilannekatsaus 3/2025
Hanke: Lähipalvelut Lapissa

Katsaus koskee osahanketta 2 (Kylälääkäri). Vastaanotot alkoivat Sallassa.

Aikataulu: vihreä

Kustannuslaji\tBudjetti 2025\tToteuma 2025
Henkilöstökulut\t90 000\t40 000
Yhteensä\t90 000\t40 000
"""
    x = _read(text)
    (part,) = [p for p in x.projects if p.parent is not None]
    assert (part.name, part.level) == ("Osahanke 2: Kylälääkäri", "subproject")
    assert _tables(x)[part.name] == ["annual"]
    assert [light.dimension for light in part.lights] == ["schedule"]
    passing = text.replace(
        "Katsaus koskee osahanketta 2 (Kylälääkäri).", "Osahanke 2: Kylälääkäri hakee 5 000 euroa lisää."
    )
    y = _read(passing)
    assert _tables(y)["Lähipalvelut Lapissa"] == ["annual"]


def test_a_fact_box_naming_the_one_part_without_a_number_makes_it_the_reports_unit() -> None:
    """ "Osakokonaisuus | Osakokonaisuus: X" in the basic data: the table under a later section is X's."""
    text = """LOPPURAPORTTI

1  PERUSTIEDOT
   Hankkeen nimi\tHyvä arki Keski-Suomessa
   Osakokonaisuus\tOsakokonaisuus: Perhetyö
   Toteutusaika\t1.1.2023 - 31.12.2024

2  TOTEUTUS
   Perhetyö alkoi Jyväskylässä.

3  KUSTANNUKSET
   Kustannuslaji\tMyönnetty\tToteutunut
   Henkilöstökulut\t100 000\t90 000
   Yhteensä\t100 000\t90 000
"""
    x = _read(text)
    assert _tables(x) == {"Hyvä arki Keski-Suomessa": [], "Osakokonaisuus: Perhetyö": ["cumulative"]}


def test_a_part_mentioned_in_passing_with_its_name_in_brackets_leaves_the_report_the_wholes() -> None:
    """Only a line saying what the text is about makes the part its unit (subject._ABOUT): "Osahanke 2
    (Kylälääkäri) viivästyi kesällä" is news of one part in a report of the whole."""
    text = """Tilannekatsaus 3/2025
Hanke: Lähipalvelut Lapissa

Osahanke 2 (Kylälääkäri) viivästyi kesällä. Vastaanotot alkoivat Sallassa.

Aikataulu: vihreä

Kustannuslaji\tBudjetti 2025\tToteuma 2025
Henkilöstökulut\t90 000\t40 000
Yhteensä\t90 000\t40 000
"""
    x = _read(text)
    assert _tables(x)["Lähipalvelut Lapissa"] == ["annual"]
    (whole,) = [p for p in x.projects if p.name == "Lähipalvelut Lapissa"]
    assert [light.dimension for light in whole.lights] == ["schedule"]
