"""A space-aligned table whose columns stand only two spaces apart in some rows (issue 13).

Right-aligned sums leave the narrowest gap beside the widest label or the largest sum
("Omat henkilöstökustannukset   1 215 000     640 300  1 190 000", a data frame printed as text);
such a row is split at its two-space gaps when a neighbouring row of the table has as many cells
(plaintext._narrow_gaps). Found by the variant generator (bench/variants, format txt-space);
tuning document u309.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.plaintext import tabulate
from hankegraafi.ingest.readers import read_bytes


def test_a_row_with_two_space_gaps_keeps_its_columns() -> None:
    lines = [
        "Kustannuslaji                  Budjetti     Toteuma",
        "Omat henkilöstökustannukset   1 215 000     640 300",
        "Matkakulut                       12 500       4 870",
        "Yhteensä                     1 227 500  645 170",
    ]
    assert tabulate(lines)[3].split("\t") == ["Yhteensä", "1 227 500", "645 170"]
    assert tabulate(lines)[1].split("\t") == ["Omat henkilöstökustannukset", "1 215 000", "640 300"]


def test_two_spaces_after_a_sentence_stay_text() -> None:
    lines = [
        "Hanke                 Kotiapu",
        "Hallinnoija           Kainuun hyvinvointialue",
        "Aloitus               1.1.2024",
        "Työ alkoi.  Seuraavaksi koulutetaan.",
    ]
    assert tabulate(lines)[3] == "Työ alkoi.  Seuraavaksi koulutetaan."


def test_the_sums_of_such_a_table_are_read() -> None:
    text = (
        "Talousraportti\nHanke:        Kotiapu Kainuuseen\nHallinnoija:  Kainuun hyvinvointialue\n\n"
        "Kustannukset (euroa)\n"
        "Kustannuslaji                  Budjetti     Toteuma\n"
        "Omat henkilöstökustannukset   1 215 000     640 300\n"
        "Matkakulut                       12 500       4 870\n"
        "Yhteensä                      1 227 500     645 170\n"
    )
    x = extract(read_bytes(text.encode(), file_name="talous.txt", max_bytes=100_000))
    cells = {
        (line.category, column): value
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
    }
    assert cells[("own-staff-costs", "budget")] == Decimal(1215000)
    assert cells[("own-staff-costs", "actual")] == Decimal(640300)
