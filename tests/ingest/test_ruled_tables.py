"""A space-aligned table whose header a dashed rule parts from its body (ingest/labels.py, segment.py).

Invented report text: "Tavoite  Arvio" over "-------  -----", then lettered items whose
sentence the narrow column carries onto the next line, a capital there or not. The rule
is no row and no end of the table; the wrapped line goes on the item above it.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import open_item, table_cells
from hankegraafi.ingest.readers import read_bytes

REPORT = """SEURANTARAPORTTI 1/2025

Hankkeen nimi ......... Arjen apu Kainuussa
Hallinnoija ........... Kainuun hyvinvointialue
Laadittu .............. 3.4.2025

1 TAVOITTEET
------------

Tavoite                                        Arvio
---------------------------------------------  ------------------
a) Ateriapalvelun tilaus onnistuu verkossa     Toteutunut
   Kajaanissa ja Sotkamossa.
b) Turvapuhelimen hälytyksiin vastataan        Jäi kesken
   kymmenessä minuutissa.
"""


def test_a_rule_of_dashed_columns_is_no_row_and_a_single_underline_is_no_table() -> None:
    assert table_cells("-----------------  ------------") == []
    assert table_cells("-------------") is None


def test_an_item_cut_before_its_sentence_ends_goes_on_below() -> None:
    assert open_item("b) Omaolon oirearviot on otettu käyttöön")
    assert not open_item("b) Omaolon oirearviot on otettu käyttöön.")
    assert not open_item("Palvelujen ostot")


def test_the_goals_of_a_ruled_space_aligned_table_with_their_status() -> None:
    x = extract(read_bytes(REPORT.encode(), file_name="raportti.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Ateriapalvelun tilaus onnistuu verkossa Kajaanissa ja Sotkamossa.", "achieved"),
        ("Turvapuhelimen hälytyksiin vastataan kymmenessä minuutissa.", "unfinished"),
    ]
