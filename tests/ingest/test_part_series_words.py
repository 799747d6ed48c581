"""Parts numbered in a word of the document's own, which the vocabulary does not hold (invented text).

"Toimintalinja 1: X" / "Toimintalinja 2: Y", "Verksamhetslinje A: X – beskrivning" in a list, "Stream 1 – X
(S1)" as headings: two lines at least in the same word numbered from the first are the project's parts, and
the word is then read as a part's word in the whole document (a matrix's columns "Verksamhetslinje A |
Verksamhetslinje B"); the parts are named by their names alone at the end. A sum returned in a part's text
goes back from the whole's grant unless the part has one of its own. Words that number other things are no parts: steps, workshops, options, annexes,
groups; a line that is a sentence is no part's line.
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


def test_headings_in_a_word_of_its_own_are_parts_with_their_lights() -> None:
    x = _read(
        "vihreä = suunnitelman mukaan, punainen = poikkeama\n\n"
        "Toimintalinja 1: Turvakävijät\nAikataulu\tvihreä\nKustannukset\tpunainen\n\n"
        "Toimintalinja 2: Etäkuntoutus kotiin\nAikataulu\tpunainen\nKustannukset\tvihreä\n"
    )
    assert _parts(x) == ["Etäkuntoutus kotiin", "Turvakävijät"]
    lights = _lights(x)
    assert lights["Turvakävijät"] == [("costs", "deviation"), ("schedule", "on-plan")]
    assert lights["Etäkuntoutus kotiin"] == [("costs", "on-plan"), ("schedule", "deviation")]


def test_a_list_loses_the_description_after_a_dash_and_a_matrix_names_the_parts_by_word_and_letter() -> None:
    x = _read(
        "Arbetet är uppdelat så här:\n"
        "- Verksamhetslinje A: Kvällsbesök i hemmet – hemvårdens team besöker äldre på kvällen\n"
        "- Verksamhetslinje B: Digital gemenskap – samtalsgrupper via surfplatta\n\n"
        "grön = enligt plan, röd = avvikelse\n\n"
        "Område\tVerksamhetslinje A\tVerksamhetslinje B\nTidtabell\tgrön\tröd\n",
        head="Lägesrapport 2/2025\n\nProjektets namn\tTrygg vardag\n\n",
    )
    assert _parts(x) == ["Digital gemenskap", "Kvällsbesök i hemmet"]
    lights = _lights(x)
    assert lights["Kvällsbesök i hemmet"] == [("schedule", "on-plan")]
    assert lights["Digital gemenskap"] == [("schedule", "deviation")]


def test_a_short_form_in_brackets_is_no_part_of_the_name() -> None:
    x = _read(
        "## Stream 1 – Night nurse visits (S1)\n\nText.\n\n## Stream 2 – Remote night watch (S2)\n\nText.\n"
    )
    assert _parts(x) == ["Night nurse visits", "Remote night watch"]


def test_steps_workshops_groups_and_options_are_no_parts() -> None:
    x = _read(
        "Näin pääset mukaan\n- Vaihe 1: Ilmoittaudu hoitajalle\n- Vaihe 2: Neuvoja soittaa sinulle\n\n"
        "Työpajat\n- Työpaja 1: Tasapaino – tiistai 11.3. klo 13\n- Työpaja 2: Lihaskunto – tiistai 8.4. klo 13\n\n"
        "Kohderyhmät\n- Ryhmä A: Kotihoidon asiakkaat\n- Ryhmä B: Omaishoitajat\n\n"
        "The board has two options.\nOption 1: Continue with own funding\nOption 2: End the project\n\n"
        "Annex 1: Final cost report\nAnnex 2: Evaluation summary\n"
    )
    assert _parts(x) == []


def test_numbered_sentences_are_no_parts() -> None:
    x = _read(
        "Kevään nostot\n- Nosto 1: Kotikäyntejä tehtiin jo 120.\n- Nosto 2: Asiakkaista 80 prosenttia jatkaa.\n"
    )
    assert _parts(x) == []


def test_a_single_line_in_a_word_of_its_own_is_no_series() -> None:
    x = _read("Toimintalinja 1: Turvakävijät\nAikataulu\tvihreä\n")
    assert _parts(x) == []


def test_the_word_holds_for_one_document_only() -> None:
    _read("Toimintalinja 1: Turvakävijät\n\nText.\n\nToimintalinja 2: Etäkuntoutus\n\nText.\n")
    x = _read("Toimintalinja 1: Turvakävijät\n\nText.\n")
    assert _parts(x) == []


def _returned(x: Extraction) -> dict[str, list[str]]:
    return {
        p.name: [str(s.lines[0].values["budget"]) for s in p.costs if s.kind == "returned"]
        for p in x.projects
        if any(s.kind == "returned" for s in p.costs)
    }


def test_a_sum_returned_in_a_parts_text_goes_back_from_the_wholes_grant() -> None:
    x = _read(
        "Myönnetty avustus 500 000 €.\n\n"
        "Toimintalinja 1: Turvakävijät\nAikataulu\tvihreä\n\n"
        "Toimintalinja 2: Etäkuntoutus\nAikataulu\tvihreä\n\n"
        "Käyttämättä jäänyt 12 000 € palautetaan rahoittajalle.\n"
    )
    assert _returned(x) == {"Kotona pidempään": ["12000"]}


def test_a_part_with_a_grant_of_its_own_keeps_its_return() -> None:
    x = _read(
        "Osakokonaisuus 1: Turvakävijät\nOsakokonaisuudelle myönnettiin 200 000 €.\n\n"
        "Osakokonaisuus 2: Etäkuntoutus\nOsakokonaisuudelle myönnettiin 100 000 €.\n"
        "Osakokonaisuuden käyttämättä jäänyt 8 000 € palautetaan.\n"
    )
    assert _returned(x) == {"Osakokonaisuus 2: Etäkuntoutus": ["8000"]}
