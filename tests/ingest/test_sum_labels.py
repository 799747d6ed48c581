"""A sum's label names its kind by its words, not only as the vocabulary prints it (``sums.sum_label_kind``).

Templates vary a label by a word: the whole's ("Hankkeen kokonaisavustus"), a total's ("Myönnetty avustus
yhteensä"), a compound ("Haettu lisärahoitus", "Ansökt tilläggsfinansiering"), markup and a bullet
("- **Ansökt …:**"). Each of these is still the sum granted, applied for or estimated.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.sums import labelled_sum, sum_label_kind
from hankegraafi.ingest.readers import read_bytes


def test_a_labels_kind_by_its_words() -> None:
    assert sum_label_kind("**Myönnetty avustus yhteensä** (hanke)") == "granted"
    assert sum_label_kind("Hankkeen kokonaisavustus") == "granted"  # a compound of the one-word label
    assert sum_label_kind("Beviljat understöd totalt") == "granted"
    assert sum_label_kind("Haettu lisärahoitus") == "applied"  # the one kind's word first
    assert sum_label_kind("Ansökt tilläggsfinansiering:") == "applied"
    assert sum_label_kind("Hankkeen kokonaiskustannukset:") == "estimate"
    assert sum_label_kind("Kokonaisbudjetti yhteensä") == "estimate"
    assert sum_label_kind("Palautettava avustus") == "returned"
    assert sum_label_kind("Palautettava avustus", ("granted", "applied")) is None
    # Spent, an own share, a cost, a rate: no kind of a sum granted or planned.
    for other in (
        "Toteutuneet kokonaiskustannukset",
        "Käytetty avustus",
        "Omarahoitus",
        "Henkilöstökulut",
        "Kustannukset yhteensä",
        "Avustuksen käyttöaste",
        "Tämän osion osuus",
    ):
        assert sum_label_kind(other) is None, other


def test_a_list_line_of_a_sum_under_a_label_with_markup() -> None:
    assert labelled_sum("- **Ansökt tilläggsfinansiering:** 95 000 euro") == ("applied", Decimal(95000))
    assert labelled_sum("• Valtionavustus: 6 200 000 €") == ("granted", Decimal(6200000))
    assert labelled_sum("- Omarahoitus: 350 000 €") is None
    # A sentence wrapped over lines: its last line is no label and sum.
    assert labelled_sum("koko kokonaisuuden avustus 7,8 milj. euroa.") is None


def test_a_reports_list_of_sums_is_read_whole() -> None:
    page = (
        "Tilannekatsaus 3/2024\n\nHanke: Muistihoitajat kotiin\nKatsauskausi: 1.9.–31.12.2024\n\n"
        "Talous\n- **Hankkeen kokonaisavustus:** 540 000 €\n- Haettu lisärahoitus: 60 000 €\n\n"
        "Mitä tehtiin\nPohjois-Savon hyvinvointialueen muistihoitajat kävivät kotona Varkaudessa ja Kuopiossa.\n"
    )
    x = extract(read_bytes(page.encode(), file_name="katsaus.txt", max_bytes=100_000))
    sums = {
        (s.kind, next(iter(s.lines[-1].values.values())))
        for p in x.projects
        for s in p.costs
        if s.kind in ("granted", "applied")
    }
    assert sums == {("granted", Decimal(540000)), ("applied", Decimal(60000))}


def test_a_note_in_brackets_after_a_sums_currency_is_no_part_of_it() -> None:
    from hankegraafi.ingest.facts.sums import sum_of

    assert sum_of("1 494 000 euroa (90 % kustannuksista)") == Decimal(1494000)
    assert sum_of("620 000 € (muutoshakemus 9/2023)") == Decimal(620000)
