"""A part's section ends where the document turns to the whole, before the whole's facts are filed.

All text is invented. A later rating of the same dimension used to replace the part's own while the
walk still stood in the part, and the moves at the end then gave the whole its rating back but the
part's was lost (ingest/facts/partends.py).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction, Project
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "muistio.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _lights(project: Project) -> dict[str, str | None]:
    return {light.dimension: light.value for light in project.lights}


def _named(x: Extraction, start: str) -> Project:
    return next(p for p in x.projects if p.name.startswith(start))


_SENTENCE_PARTS = """Hanke: Arjen apu Savossa
Etelä-Savon hyvinvointialue 5.5.2024

Osahanke 1: Kotikäynnit laajenivat Mikkeliin huhtikuussa.
Aikataulu: vihreä
Kustannukset: keltainen

Osahanke 2: Etäryhmät alkoivat Savonlinnassa maaliskuussa.
Aikataulu: punainen
Kustannukset: vihreä

Arvio 30.4.2024
Aikataulu: keltainen
Kustannukset: vihreä
Henkilöstö: punainen
"""


def test_a_caption_after_a_sentence_part_ends_it_before_its_lights_are_read() -> None:
    x = _read(_SENTENCE_PARTS)
    whole = x.projects[0]
    assert whole.name == "Arjen apu Savossa"
    assert _lights(_named(x, "Osahanke 1")) == {"schedule": "on-plan", "costs": "deviation"}
    # the part keeps its own ratings: the whole's later ones of the same dimensions no longer replace them
    assert _lights(_named(x, "Osahanke 2")) == {"schedule": "deviation", "costs": "on-plan"}
    assert _lights(whole) == {"schedule": "deviation", "costs": "on-plan", "staff": "deviation"}


_WHOLE_BLOCK = """Lägesrapport 2/2024
Projekt: Trygg vård i Västra Nyland

Delprojekt 3 – läget 31.8.2024
Tidtabell\tgrön
Kostnader\tröd

Hela projektets läge 31.8.2024
Tidtabell\tgul
Kostnader\tgrön
"""


def test_a_caption_of_the_whole_project_gives_its_block_to_the_whole() -> None:
    x = _read(_WHOLE_BLOCK, "lagesrapport.txt")
    whole = x.projects[0]
    part = _named(x, "Delprojekt 3")
    assert part.name == "Delprojekt 3"  # "läget 31.8.2024" is the caption's own words, no name
    assert _lights(part) == {"schedule": "on-plan", "costs": "deviation"}
    assert _lights(whole) == {"schedule": "deviation", "costs": "on-plan"}


def test_a_part_line_whose_words_after_the_number_are_a_dated_caption_names_the_part_by_number() -> None:
    assert match_part_line("Delprojekt 2 – läget 30.9.2024") == ("sub-project", "Delprojekt", "2", "")
    assert match_part_line("Osahanke 4: tilanne 31.3.") == ("sub-project", "Osahanke", "4", "")
    assert match_part_line("Investointi 1: hoitovelan purku") == (
        "investment",
        "Investointi",
        "1",
        "hoitovelan purku",
    )


_LEAD = """Uutinen 3.4.2025

Parempi arki Pohjanmaalla -hankkeen osahanke 3: Kotikuntoutus alkoi Vaasassa maaliskuussa.

Osahankkeen tilanne
Aikataulu\tvihreä
Kustannukset\tvihreä
Henkilöstö\tpunainen

Koko hankkeen tilanne
Aikataulu\tkeltainen
Kustannukset\tpunainen
"""


def test_a_lead_sentences_part_takes_its_lights_while_the_text_is_read() -> None:
    x = _read(_LEAD, "uutinen.txt")
    whole = x.projects[0]
    part = _named(x, "Osahanke 3")
    assert part.name == "Osahanke 3: Kotikuntoutus"
    # the whole's later ratings no longer replace the part's own before the part is known
    assert _lights(part) == {"schedule": "on-plan", "costs": "on-plan", "staff": "deviation"}
    assert _lights(whole) == {"schedule": "deviation", "costs": "deviation"}


_APPOSITION = """Nyhet 2.5.2025

Inom projektet Trygg vård i Österbotten har delprojekt 2, Mobil fysioterapi, inlett hembesöken i Vasa.
Delprojektet har beviljats 300 000 euro av projektets sammanlagt 1,5 miljoner euro.
"""


def test_a_part_named_between_commas_after_the_whole_takes_the_sum_its_clause_names() -> None:
    x = _read(_APPOSITION, "nyhet.txt")
    whole = x.projects[0]
    part = _named(x, "Delprojekt 2")
    assert part.name == "Delprojekt 2: Mobil fysioterapi"
    assert [(s.kind, s.lines[0].values["budget"]) for s in part.costs] == [("granted", 300000)]
    assert ("granted", 1500000) in [(s.kind, s.lines[0].values["budget"]) for s in whole.costs]


def test_a_part_lines_sentence_is_cut_at_its_verb_in_the_past_and_when_it_runs_on() -> None:
    from hankegraafi.ingest.facts.partwords import sentence_name

    assert sentence_name("Home visits by video reached Eura in May.", "Sub-project 1: …. ") == (
        "Home visits by video"
    )
    assert sentence_name("Support of carers began in Kemi.", "x.") == "Support of carers"
    assert (
        sentence_name("Läxhjälp på nätet utökade öppettiderna till kvällar och helger i", "x")
        == "Läxhjälp på nätet"
    )
    assert sentence_name("Kotihoidon etätuki", "Osahanke 1: Kotihoidon etätuki") == "Kotihoidon etätuki"


_LISTED_FIRST = """Hanke: Turvallinen koti Kymenlaaksossa

Osahanke\tKunta
Osahanke 1: Etälääkäri\tKotka
Osahanke 2: Kotiapu\tKouvola

Osahanke 1 – tilanne 30.6.2025
Aikataulu: vihreä
Kustannukset: punainen

Osahanke 2 – tilanne 30.6.2025
Aikataulu: punainen
Kustannukset: vihreä
"""


def test_a_part_listed_in_a_table_before_its_section_reports_on_its_own() -> None:
    x = _read(_LISTED_FIRST, "raportti.txt")
    assert _lights(_named(x, "Osahanke 1")) == {"schedule": "on-plan", "costs": "deviation"}
    assert _lights(_named(x, "Osahanke 2")) == {"schedule": "deviation", "costs": "on-plan"}
    assert _named(x, "Osahanke 1").name == "Osahanke 1: Etälääkäri"


_WRAPPED_LEAD = """Tiedote 2.6.2025

Kainuun kotihoitohankkeessa osahanke 1, Etäyöhoito, on saanut 150 000 euroa
hankkeen kaikkiaan 700 000 euron avustuksesta. Työ alkoi Kuhmossa toukokuussa.

Osahankkeen tilanne
Aikataulu\tvihreä
Kustannukset\tpunainen
"""


def test_a_lead_wrapped_over_lines_names_its_whole_in_a_compound_and_its_sums_go_by_clause() -> None:
    x = _read(_WRAPPED_LEAD, "tiedote.txt")
    whole = x.projects[0]
    part = _named(x, "Osahanke 1")
    assert part.name == "Osahanke 1: Etäyöhoito"
    assert _lights(part) == {"schedule": "on-plan", "costs": "deviation"}
    assert [(s.kind, s.lines[0].values["budget"]) for s in part.costs] == [("granted", 150000)]
    assert ("granted", 700000) in [(s.kind, s.lines[0].values["budget"]) for s in whole.costs]


def test_parts_a_sentence_lists_by_word_number_and_name_are_made() -> None:
    x = _read(
        "Projekt: Trygg kväll i Borgå\nÖstra Nylands välfärdsområde\n\nProjektet har två delprojekt: "
        "Delprojekt 1 Kvällsjour och Delprojekt 2 Hemrehab.\n",
        "sida.txt",
    )
    assert {p.name for p in x.projects[1:]} == {"Delprojekt 1: Kvällsjour", "Delprojekt 2: Hemrehab"}


_OWN_WORD = """Tilannekatsaus 10/2024
Hanke: Arjen turva Kainuussa
Kainuun hyvinvointialue

Hanke jakautuu kahteen osioon Kajaanissa ja Kuhmossa.

Osio 1: Iltapartio laajeni Kuhmoon lokakuussa.
Aikataulu: vihreä

Osio 2: Kotikuntoutus alkoi Kajaanissa syyskuussa.
Aikataulu: punainen
"""


def test_the_word_a_sentence_counts_the_parts_in_names_them() -> None:
    x = _read(_OWN_WORD, "katsaus.txt")
    assert _lights(_named(x, "Iltapartio")) == {"schedule": "on-plan"}
    assert _lights(_named(x, "Kotikuntoutus")) == {"schedule": "deviation"}


def test_a_forms_numbered_sections_in_that_word_stay_sections_without_a_count() -> None:
    x = _read(
        _OWN_WORD.replace("Hanke jakautuu kahteen osioon Kajaanissa ja Kuhmossa.", "Työ tehdään Kajaanissa.")
    )
    assert not any(p.name.startswith(("Osio", "Iltapartio")) for p in x.projects)


def test_a_label_of_the_whole_read_as_a_field_without_value_is_a_caption_of_the_whole() -> None:
    from hankegraafi.ingest.facts.partscopes import whole_caption
    from hankegraafi.ingest.segment import Element

    assert whole_caption(Element("field", 8, 8, "Hela projektet", key="part-of", value=""))
    assert not whole_caption(Element("field", 8, 8, "Hela projektet\tX", key="part-of", value="X"))
