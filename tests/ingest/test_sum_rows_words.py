"""A basic-data row states its sum under a label that varies the vocabulary's by a word (invented text).

"Hankkeen kokonaisavustus | 4 100 000 euroa" is the sum granted, "Haettu lisärahoitus | 620 000 €" the
sum applied for (sumrows.sum_kind reads the label's kind by its words, sums.sum_label_kind); a form's
field filled "0,00" states no sum.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_PAGE = """TILANNEKATSAUS 2/2024

Hanke\tKotihoidon tuki Kymenlaaksossa
Hankkeen kokonaisavustus\t4 100 000 euroa
Haettu muutos (€)\t0,00
Haettu lisärahoitus\t620 000 €

Liikennevalot
Aikataulu\tvihreä
"""


def test_sum_rows_are_read_by_the_words_of_their_labels() -> None:
    x = extract(read_bytes(_PAGE.encode(), file_name="katsaus.txt", max_bytes=100_000))
    [whole] = [p for p in x.projects if p.level == "project"]
    sums = {s.kind: s.lines[0].values["budget"] for s in whole.costs}
    assert sums == {"granted": Decimal("4100000"), "applied": Decimal("620000")}
