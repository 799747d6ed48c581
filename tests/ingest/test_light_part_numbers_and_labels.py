"""A light matrix's rows giving the part by its number alone under the part's word in the corner, and a line
of ratings that a part's label opens (issue 13, stop 40, L12; test28 ob08, ob11; tune u1005-u1008). Invented
text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightunits import part_label
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_a_row_numbers_the_part_the_document_listed() -> None:
    text = "\n".join(
        [
            "Tilanneraportti 2/2025: Kotona Kainuussa",
            "Kainuun hyvinvointialue, Kajaani",
            "Hanke jakautuu kahteen osahankkeeseen:",
            "Osahanke 1: Kotisairaala",
            "Osahanke 2: Muistihoitaja",
            "",
            "Osahanke\tAikataulu\tKustannukset",
            "1\tvihreä\tkeltainen",
            "2.\tkeltainen\tvihreä",
        ]
    )
    lights = _lights(text, "raportti.txt")
    assert lights["Osahanke 1: Kotisairaala"] == {"schedule": "on-plan", "costs": "deviation"}
    assert lights["Osahanke 2: Muistihoitaja"] == {"schedule": "deviation", "costs": "on-plan"}


def test_a_number_no_listed_part_has_makes_no_part() -> None:
    text = "\n".join(
        [
            "Tilanneraportti 2/2025: Kotona Kainuussa",
            "Kainuun hyvinvointialue, Kajaani",
            "",
            "Investointi\tAikataulu\tKustannukset",
            "1\tvihreä\tvihreä",
        ]
    )
    assert all(not name.startswith("Investointi") for name in _lights(text, "raportti.txt"))


def test_a_parts_label_opens_its_line_of_ratings() -> None:
    assert part_label("Delområde 1: tidtabell grön, kostnader gul") == [
        "Delområde 1",
        "tidtabell grön, kostnader gul",
    ]
    assert part_label("- Osakokonaisuus 2 – aikataulu keltainen") == ["Osakokonaisuus 2", "aikataulu keltainen"]
    assert part_label("Sub-project 1: schedule green") == ["Sub-project 1", "schedule green"]
    # A goal's or a meeting's number is no part's.
    assert part_label("Mål 1: tidtabell grön") == []
    assert part_label("Kokous 4: aikataulu ja kustannukset käydään läpi") == []


def test_each_parts_line_rates_that_part_not_the_whole() -> None:
    text = "\n".join(
        [
            "Lägesrapport Q3/2024: Hemrehabilitering i Österbotten",
            "Välfärdsområdet i Österbotten, Vasa",
            "Projektet har två delområden: delområde 1, Höftfrakturer, och delområde 2, Digital fysioterapi.",
            "",
            "Helheten: tidtabell grön, kostnader grön, personal grön.",
            "",
            "Delområde 1: tidtabell grön, kostnader gul, personal grön.",
            "Delområde 2: tidtabell gul, kostnader grön, personal grön.",
        ]
    )
    lights = _lights(text, "lagesrapport.txt")
    assert lights["Delområde 1: Höftfrakturer"] == {
        "schedule": "on-plan",
        "costs": "deviation",
        "staff": "on-plan",
    }
    assert lights["Delområde 2: Digital fysioterapi"] == {
        "schedule": "deviation",
        "costs": "on-plan",
        "staff": "on-plan",
    }
    whole = [units for name, units in lights.items() if not name.startswith("Delområde")]
    assert whole == [{"schedule": "on-plan", "costs": "on-plan", "staff": "on-plan"}]


def test_quoted_lines_rate_the_part_their_label_names() -> None:
    text = "\n".join(
        [
            "Aihe: VS: Kotiapu Kainuussa – tilanne",
            "",
            "Hei, alla viime kuun tilanne.",
            "",
            "> Kotiapu Kainuussa -hanke, Kainuun hyvinvointialue, Kajaani.",
            "> Osahanke 1: Kotisairaala",
            "> Osahanke 2: Muistihoitaja",
            "> Tilannevalot (V = vihreä, K = keltainen):",
            "> Osahanke 1: aikataulu V, kustannukset K",
            "> Osahanke 2: aikataulu K, kustannukset V",
        ]
    )
    lights = _lights(text, "viesti.txt")
    assert lights == {
        "Osahanke 1: Kotisairaala": {"schedule": "on-plan", "costs": "deviation"},
        "Osahanke 2: Muistihoitaja": {"schedule": "deviation", "costs": "on-plan"},
    }
