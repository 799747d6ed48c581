"""A grant said by its noun and a verb of being ("Hankkeen kokonaisavustus on 1 260 000 euroa", "Kokonaisuuden
avustus on 3,1 miljoonaa euroa"): a sum granted, the whole's when the clause names the whole
(``moneytext._clause_sums``). Found in test14 e06 and e02."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _granted(text: str) -> dict[str, Decimal]:
    x = extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=100_000))
    return {
        p.name: next(iter(s.lines[-1].values.values()))
        for p in x.projects
        for s in p.costs
        if s.kind == "granted"
    }


def test_a_grant_said_by_its_noun_is_a_sum_granted() -> None:
    page = (
        "Muistipoliklinikan etävastaanotto\n\nKainuun hyvinvointialueen hanke tuo muistipoliklinikan "
        "vastaanoton videolle Kajaanissa ja Sotkamossa.\n\nHankkeen kokonaisavustus on 480 000 euroa. "
        "Vastaanotolle varataan aika puhelimitse.\n"
    )
    assert _granted(page) == {"Muistipoliklinikan etävastaanotto": Decimal(480000)}


def test_a_sum_in_brackets_that_counts_a_tables_amounts_is_no_grant() -> None:
    page = (
        "Muistipoliklinikan etävastaanotto\n\nKainuun hyvinvointialueen hanke tuo muistipoliklinikan "
        "vastaanoton videolle Kajaanissa.\n\nHankkeen rahoitus on (1 000 €) taulukossa alla.\n"
    )
    assert _granted(page) == {}
