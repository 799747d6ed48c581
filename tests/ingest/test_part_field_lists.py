"""Parts a head-block field lists parted by semicolons (invented text; ingest/facts/partinline.py ``in_list``).

"Osakokonaisuudet: Kehittämispolku 1: X; Kehittämispolku 2: Y", a fact table's cell "Insatsområde A: X;
Insatsområde B: Y" or "Parts ...... Strand 1 X; Strand 2 Y" (a dash or a space for the colon) names the
project's parts; "Vaiheet: Vaihe 1: …; Vaihe 2: …" and "Kunnat: A; B; C" name none, and a grant on the
fact table's next row stays the whole's.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partinline import in_list
from hankegraafi.ingest.facts.partlists import numbers_other
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _parts(x: Extraction) -> dict[str, str]:
    return {p.name: p.parent.name if p.parent else "" for p in x.projects if p.level != "project"}


def test_a_field_of_parts_in_an_own_word_after_a_dash() -> None:
    x = _read(
        "TILANNERAPORTTI 2/2025\n\nHankkeen nimi ........ Saaristolaisten kotihoito\n"
        "Hyvinvointialue ...... Varsinais-Suomen hyvinvointialue\n"
        "Hankkeen osat ........ Kehityslenkki 1 – Yökäynnit saarissa; Kehityslenkki 2 – Lääkkeet veneellä\n"
        "Raportin päivä ....... 3.6.2025\n\n"
        "Näkökulma\tKehityslenkki 1\tKehityslenkki 2\nAikataulu\tvihreä\tpunainen\n"
    )
    assert _parts(x) == {
        "Yökäynnit saarissa": "Saaristolaisten kotihoito",
        "Lääkkeet veneellä": "Saaristolaisten kotihoito",
    }


def test_a_fact_tables_cell_and_the_grant_below_it() -> None:
    x = _read(
        "<html><body><h1>Trygg natt i Vörå</h1><table>"
        "<tr><th>Projektets namn</th><td>Trygg natt i Vörå</td></tr>"
        "<tr><th>Välfärdsområde</th><td>Österbottens välfärdsområde</td></tr>"
        "<tr><th>Finansiär</th><td>Social- och hälsovårdsministeriet</td></tr>"
        "<tr><th>Delområden</th><td>Satsningsområde A: Nattpatrull; Satsningsområde B: Trygghetslarm</td></tr>"
        "<tr><th>Beviljat statsunderstöd</th><td>410 000 euro</td></tr></table></body></html>",
        "sida.html",
    )
    parts = [p for p in x.projects if p.level != "project"]
    assert sorted(p.name for p in parts) == ["Nattpatrull", "Trygghetslarm"]
    assert all(not p.costs for p in parts)
    whole = next(p for p in x.projects if p.level == "project")
    assert [(c.kind, line.values) for c in whole.costs for line in c.lines] == [
        ("granted", {"budget": Decimal("410000")})
    ]


def test_a_vocabulary_word_without_a_colon() -> None:
    found = in_list(
        "Strands of work: Strand 1 Home visits by video; Strand 2 Pharmacy deliveries", numbers_other
    )
    assert [(p.word, p.key, p.name, p.own) for p in found] == [
        ("Strand", "1", "Home visits by video", False),
        ("Strand", "2", "Pharmacy deliveries", False),
    ]


def test_phases_appendices_and_places_are_no_parts() -> None:
    assert in_list("Vaiheet: Vaihe 1: Kartoitus; Vaihe 2: Pilotti; Vaihe 3: Juurrutus", numbers_other) == []
    assert in_list("Liitteet: Liite 1: Kustannusseuranta; Liite 2: Viestintäsuunnitelma", numbers_other) == []
    assert in_list("Kunnat: Seinäjoki; Lapua; Kauhava", numbers_other) == []
    assert in_list("Osio 1: Kotikäynnit; lisäksi kokeillaan etäkäyntejä", numbers_other) == []
    assert in_list("Osio 2: Kotikäynnit; Osio 3: Etäkäynnit", numbers_other) == []  # no first key
