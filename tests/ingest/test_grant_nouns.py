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


def test_a_sum_right_after_a_verb_of_getting_or_allotting_is_granted() -> None:
    from hankegraafi.ingest.sumcues import GRANTED_SUM

    for sentence, amount in (
        ("Työpaketti 2: Paljon palveluja tarvitsevat sai 720 000 euroa.", "720 000"),
        ("Delprojekt 2 har fått 1,2 miljoner euro av projektets finansiering.", "1,2 miljoner"),
        ("Osahankkeelle on kohdennettu avustusta 1 850 000 €.", "1 850 000"),
        ("Haettava valtionavustus: 3 750 000 euroa. Aiemmin myönnetty: 1 200 000 euroa.", "1 200 000"),
    ):
        m = GRANTED_SUM.search(sentence)
        assert m is not None and (m.group("amount") or m.group("amount2")).startswith(amount), sentence
    # A count after the verb is no sum.
    assert GRANTED_SUM.search("Hanke sai 120 uutta asiakasta.") is None


def test_a_grant_said_by_its_size_before_the_verb_is_granted() -> None:
    """'Avustuksen määrä on …', 'Bidragets belopp är …': a noun of the grant's size may stand between the
    grant's genitive and its verb; a share of it ('Avustuksesta on …') is none."""
    page = (
        "Muistipoliklinikan etävastaanotto\n\nKainuun hyvinvointialueen hanke tuo muistipoliklinikan "
        "vastaanoton videolle Kajaanissa.\n\nHankkeelle myönnetyn avustuksen määrä on 480 000 euroa.\n"
    )
    assert _granted(page) == {"Muistipoliklinikan etävastaanotto": Decimal(480000)}
    page = page.replace(
        "Hankkeelle myönnetyn avustuksen määrä on 480 000 euroa.", "Bidragets belopp är 480 000 euro."
    )
    assert _granted(page) == {"Muistipoliklinikan etävastaanotto": Decimal(480000)}
    page = page.replace("Bidragets belopp är 480 000 euro.", "Avustuksesta on 40 000 euroa jäljellä.")
    assert _granted(page) == {}


def test_a_sum_after_a_verb_of_allotting_in_any_tense_is_the_parts_grant() -> None:
    """'Delprojekt 1: X tilldelades 450 000 euro', 'Osahanke 2: Y osoitettiin 300 000 euroa': the part's name
    ends where the clause of its grant begins (namecuts.without_money_clause), the sum granted to it."""
    page = (
        "Muistipoliklinikan etävastaanotto\n\nKainuun hyvinvointialueen hanke tuo muistipoliklinikan "
        "vastaanoton videolle Kajaanissa.\n\n"
        "Delprojekt 1: Videomottagning tilldelades 210 000 euro av projektets finansiering.\n\n"
        "Osahanke 2: Omaisten neuvonta osoitettiin 120 000 euroa hankkeen avustuksesta.\n"
    )
    assert _granted(page) == {
        "Delprojekt 1: Videomottagning": Decimal(210000),
        "Osahanke 2: Omaisten neuvonta": Decimal(120000),
    }
