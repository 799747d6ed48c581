"""A granted sum in running text, in the forms news and county pages print it (invented sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    "sentence",
    [
        "Hankkeelle myönnettiin 3 100 000 euroa.",
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 3 100 000 euron valtionavustuksen.",
        "Projektet har beviljats 3 100 000 euro.",
    ],
)
def test_a_granted_sum_in_a_sentence(sentence: str) -> None:
    text = f"Kainuun hyvinvointialue\n\nRahahanke\n\nRahahanke kehittää kotihoitoa Kajaanissa. {sentence}\n"
    x = extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=100_000))
    granted = [c for p in x.projects for c in p.costs if c.kind == "granted"]
    assert [line.values["budget"] for c in granted for line in c.lines] == [Decimal(3_100_000)]
