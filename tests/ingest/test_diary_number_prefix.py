"""A diary number's prefix names no party (issue 13, stop 32; the form of test12 c06's "STM/1187/2022").

Minutes and reports cite decisions by their diary numbers ("dnro STM/1187/2022", "VN/4455/2023"):
the acronym names the registry the number belongs to, not an organisation taking part. The same
acronym in a sentence of its own ("STM myönsi avustuksen") still names the ministry. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Hanke: Kotisairaala saaristoon\nHallinnoija: Varsinais-Suomen hyvinvointialue\n\n"
_STM = "Sosiaali- ja terveysministeriö"


def _organisations(text: str) -> list[str]:
    x = extract(read_bytes(text.encode(), file_name="muistio.txt", max_bytes=100_000))
    return [pa.organisation.label for p in x.projects for pa in p.participations]


def test_a_diary_numbers_prefix_is_no_party() -> None:
    assert _STM not in _organisations(_HEAD + "Avustuspäätös on tehty (dnro STM/1187/2022) marraskuussa.\n")


def test_the_same_acronym_in_a_sentence_names_the_ministry() -> None:
    assert _STM in _organisations(_HEAD + "STM myönsi hankkeelle avustuksen marraskuussa.\n")
