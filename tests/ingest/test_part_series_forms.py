"""Parts in a word of the document's own, in the forms stop 39's series rule missed (invented text).

The word a sentence counts the parts in, inflected ("kahtena kehittämispolkuna", sv "två arbetslinjer");
the series when the counted word finds no lines; an English word of two ("Care pathway 1: X"); a name
after spaces alone ("Arbetslinje 1   X"); a table of rows "Osio 1 | X", or numbered under the word's
header beside a name column ("Kehittämispolku | Nimi" over "1 | X"); the light rows under a header that
names the parts stay theirs after the last part's text ends. Negative: steps and risks numbered in a
table, "Meeting room 1: Aurora" (a word of an event), a sentence.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes

_HEAD = "Tilanneraportti 2/2025\n\nHankkeen nimi\tKotona pidempään\n\n"


def _read(body: str, head: str = _HEAD, file_name: str = "raportti.txt") -> Extraction:
    return extract(read_bytes((head + body).encode(), file_name=file_name, max_bytes=100_000))


def _parts(x: Extraction) -> list[str]:
    return sorted(p.name for p in x.projects if p.level != "project")


def _lights(x: Extraction) -> dict[str, list[tuple[str, str]]]:
    return {p.name: sorted((light.dimension, light.value) for light in p.lights) for p in x.projects}


def test_a_table_numbering_the_parts_under_the_counted_word() -> None:
    x = _read(
        "## Polut\n\nHanke toteutetaan kahtena kehittämispolkuna.\n\n| Kehittämispolku | Nimi | Vastuu |\n"
        "|---|---|---|\n| 1 | Perheneuvonnan chat | perhekeskus |\n| 2 | Kotikäynnit | neuvolat |\n\n"
        "## Vaiheet\n\n| Vaihe | Nimi | Aika |\n|---|---|---|\n| 1 | Suunnittelu | kevät |\n| 2 | Pilotointi | syksy |\n",
        file_name="suunnitelma.md",
    )
    assert _parts(x) == ["Kotikäynnit", "Perheneuvonnan chat"]


def test_rows_of_a_word_and_number_beside_a_name() -> None:
    x = _read(
        "1. OSIOT\nHanke jaettiin kahteen osioon:\n  Osio 1   Kotikuntoutus\n  Osio 2   Muistipoliklinikka\n"
        "  Osio 3   Omaishoidon tuki\n"
    )
    assert _parts(x) == ["Kotikuntoutus", "Muistipoliklinikka", "Omaishoidon tuki"]


def test_a_swedish_count_and_lines_with_spaces_and_their_matrix() -> None:
    x = _read(
        "PROJEKTETS ARBETSLINJER\nProjektet är indelat i två arbetslinjer:\n  Arbetslinje 1   Digital hemsjukvård\n"
        "  Arbetslinje 2   Kvällspatrull\nArbetet pågår i Raseborg.\n\nLÄGE PER ARBETSLINJE\n"
        "Område\tArbetslinje 1\tArbetslinje 2\nTidsplan\tgrön\tgul\nKostnader\tgrön\tgrön\n"
    )
    lights = _lights(x)
    assert lights["Kvällspatrull"] == [("costs", "on-plan"), ("schedule", "deviation")]
    assert lights["Digital hemsjukvård"] == [("costs", "on-plan"), ("schedule", "on-plan")]


def test_an_english_word_of_two_and_a_room_that_is_no_part() -> None:
    x = _read(
        "The project has two care pathways:\n- Care pathway 1: Discharge coaching\n"
        "- Care pathway 2: Evening visits\n\nVenues\n- Meeting room 1: Aurora\n- Meeting room 2: Borealis\n",
        head="Status report 2/2025\n\nProject name: Home First Kanta-Häme\nCounty: Kanta-Häme wellbeing services county\n\n",
    )
    assert _parts(x) == ["Discharge coaching", "Evening visits"]


def test_numbered_sentences_and_risks_stay_what_they_are() -> None:
    x = _read(
        "Riskit\nRiski\tKuvaus\n1\tRekrytointi viivästyy\n2\tHankinta venyy\n\n"
        "Nosto 1: Kotikäyntejä tehtiin jo 120.\nNosto 2: Ryhmiä pidettiin 14.\n\n"
        "Tunnus\tTehtävän nimi\tValmis %\n0\tKoko hanke\t55 %\n1\tKotiutushoitaja\t70 %\n2\tKuntoutus\t40 %\n"
    )
    assert _parts(x) == []


def _costs(x: Extraction) -> dict[str, list[tuple[str, str]]]:
    return {
        p.name: sorted((c.kind, k) for c in p.costs for line in c.lines for k in line.values)
        for p in x.projects
    }


def test_a_table_of_the_parts_columns_under_a_caption_of_what_was_spent() -> None:
    body = (
        "Projektet är indelat i två arbetslinjer:\n  Arbetslinje 1   Digital hemsjukvård\n"
        "  Arbetslinje 2   Kvällspatrull\n\n{caption}\nKostnadsslag\tArbetslinje 1\tArbetslinje 2\n"
        "Personalkostnader\t184 300\t121 900\nTotalt\t226 900\t180 000\n"
    )
    spent = _costs(_read(body.format(caption="UTFALL PER ARBETSLINJE 1.1.2024–30.6.2025 (euro)")))
    assert set(spent["Kvällspatrull"]) == {("cumulative", "actual")}
    planned = _costs(_read(body.format(caption="BUDGET PER ARBETSLINJE (euro)")))
    assert "actual" not in {k for _, k in planned["Kvällspatrull"]}
