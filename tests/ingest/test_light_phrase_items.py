"""Legend items whose marks are phrases joined before one "=" (issue 13, stop 41, L13; test30 oc06 oc14, test29
ib70; tune u1100-u1102). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightitems import phrase_items
from hankegraafi.ingest.lightvalues import document_legend, legend_meanings
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_phrase_marks_joined_before_one_meaning() -> None:
    line = "Läge (inget hinder = enligt plan; hinder finns och hinder växer = avvikelse)"
    assert phrase_items(line, legend_meanings) == [
        ("inget hinder", "enligt plan"),
        ("hinder finns", "avvikelse"),
        ("hinder växer", "avvikelse"),
    ]
    # The word "hinder" alone is no mark: the phrase that holds it decides.
    legend = document_legend([line])
    assert (legend["inget hinder"], legend["hinder finns"], legend["hinder växer"]) == (
        "on-plan",
        "deviation",
        "deviation",
    )
    assert "hinder" not in legend


def test_counts_out_of_their_whole_are_marks() -> None:
    assert legend_meanings(
        phrase_items("Poäng (4 av 4 = enligt plan, 3 av 4 eller 2 av 4 = avvikelse)", legend_meanings)
    ) == {"4 av 4": "on-plan", "3 av 4": "deviation", "2 av 4": "deviation"}


def test_a_glossary_of_the_same_shape_is_no_legend() -> None:
    assert (
        phrase_items(
            "Sanasto: kotihoito ja kotisairaala = kotiin tuotavat palvelut; omainen = läheinen", legend_meanings
        )
        == []
    )
    # One-word marks stay the word readers' (their grades of one noun too).
    assert (
        phrase_items("vihreä = suunnitelman mukaan, keltainen ja punainen = poikkeama", legend_meanings) == []
    )


def test_a_status_table_under_a_legend_of_phrases() -> None:
    text = (
        "Tilanneraportti 3/2025\nHanke: Arjen apu Kotkassa\n\n"
        "Osa-alueet (kaikki kunnossa = suunnitelman mukaan; korjattavaa löytyi ja työ pysähtyi = poikkeama)\n"
        "Osa-alue\tTila\n"
        "Aikataulu\tkaikki kunnossa\n"
        "Kustannukset\tkorjattavaa löytyi\n"
        "Henkilöstö\ttyö pysähtyi\n"
    )
    assert _lights(text, "raportti.txt") == {
        "Arjen apu Kotkassa": {"schedule": "on-plan", "costs": "deviation", "staff": "deviation"}
    }
