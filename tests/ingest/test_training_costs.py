"""Training the project holds is a row of its other costs (ontology/vocab/cost-categories.ttl).

The development sets' authors file "Koulutus" / "Koulutukset" rows of cost tables under other costs
(test10 a12, test12 c01, c06, c11); the Swedish and English words too. A table of trainings counted
(participants planned and held) is no cost table for it.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.readers import read_bytes


def test_training_rows_are_other_costs() -> None:
    for label in ("Koulutus", "Koulutukset", "Koulutuskulut", "Utbildning", "Utbildningar", "Training"):
        assert cost_category(label) == "other-costs", label
    assert cost_category("Muut kustannukset") == "other-costs"


def test_a_table_of_trainings_counted_is_no_cost_table() -> None:
    text = (
        "Tilanneraportti 2/2025\nHanke: Liikkuva neuvola\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "KOULUTUKSET 1–5/2025\tSuunn.\tTot.\nEnsiapukoulutus\t4\t3\nPerhevalmennus\t6\t6\nYhteensä\t10\t9\n"
    )
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    assert [s for p in x.projects for s in p.costs] == []
