"""Goals written as sentences, one a line, each with the legend's mark after its full stop (issue 13).

"Toimintamalli vakiintuu kaikkiin kuntiin. ✖" under "Merkinnät: ✔ = toteutunut, …": the mark after the
sentence is the goal's status, as after a dash ("X – ✖", goalforms._tailed_lines); before, the lines
were read run together and one goal took the next one's first words. Found by the variant generator
(goals = prose, status = symbol); tuning document u351. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Tilannekatsaus\nHanke: Etäfysioterapia saaristoon\nHallinnoija: Varsinais-Suomen hyvinvointialue\n\n"


def _goals(text: str) -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_a_mark_after_a_goals_full_stop_is_its_status() -> None:
    text = _HEAD + (
        "Tavoitteiden toteutuminen\n"
        "Merkinnät: ✔ = toteutunut, ◐ = osittain toteutunut, ✖ = ei toteutunut\n"
        "Fysioterapeutti tapaa saariston asiakkaat videolla. ✔\n"
        "Kotiharjoitteet kirjataan sähköiseen ohjelmaan. ✖\n"
        "Odotusaika lyhenee kahteen viikkoon. ◐\n"
    )
    assert _goals(text) == [
        ("Fysioterapeutti tapaa saariston asiakkaat videolla", "achieved"),
        ("Kotiharjoitteet kirjataan sähköiseen ohjelmaan", "not-achieved"),
        ("Odotusaika lyhenee kahteen viikkoon", "partly-achieved"),
    ]
