"""The units of stop 37 (N7, issue 13): the name a lead gives with its period, parts named by a defined
abbreviation of their word, and a value replaced by struck text in a labelled line.

Each class with its negative side; the texts are invented (tuning documents u770-u779).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.generictitle import name_before_hanke
from hankegraafi.ingest.labels import norm_label
from hankegraafi.ingest.namecuts import unquoted
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.struck import replaced_value


def _units(text: str, file_name: str = "katsaus.txt") -> list[tuple[str, list[tuple[str, str | None]]]]:
    x = extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))
    return [(p.name, [(light.dimension, light.value) for light in p.lights]) for p in x.projects]


# --- the name a lead gives with its period -------------------------------------------------------

_FIELDS_HEAD = """\
Kainuun hyvinvointialue · Perhepalvelut · PERHEARKI KAJAANISSA

## Ohjausryhmälle 3.3.2025

Perhearki Kajaanissa (1.5.2024–30.4.2026) tuo perheohjauksen koteihin Kajaanissa ja Paltamossa.

- Aikataulu: vihreä
- Henkilöstö: keltainen
"""

_MEMO = """\
MEMO
To: Steering group
Re: Night Care Kymi
Date: 2 May 2025

The status of Night Care Kymi (1 June 2024 – 31 May 2026), which brings night visits to Kotka and Hamina.

Schedule - green
Costs - amber
"""

# The lead names an earlier project with its period; the head names it below the title: no rename.
_EARLIER = """\
# Turvallinen arki Oulussa

Pohjois-Pohjanmaan hyvinvointialue · päivitetty 3.6.2024

Jatkoa Kotiapu Oulussa -hankkeelle

Kotiapu Oulussa (2020–2022) kehitti kotihoidon iltapartion. Nyt tuodaan päiväkeskuksen palvelut Ouluun.

- Aikataulu: vihreä
"""


def test_a_word_for_a_project_in_the_lead_is_no_name() -> None:
    text = """\
VÄSTRA NYLANDS VÄLFÄRDSOMRÅDE
Styrgruppen för projektet Stöd i vardagen i Raseborg
Minnesanteckningar 2/2025, 3.6.2025

Projektet (1.1.2024–31.12.2025) finansieras av social- och hälsovårdsministeriet.
"""
    assert [unit for unit, _ in _units(text)] != ["Projektet"]


def test_an_earlier_project_the_head_names_gives_no_name() -> None:
    text = _EARLIER.replace("Nyt tuodaan päiväkeskuksen palvelut", "Uusi hanke tuo päiväkeskuksen palvelut")
    assert "Kotiapu Oulussa" not in [unit for unit, _ in _units(text, "katsaus.md")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_FIELDS_HEAD, "Perhearki Kajaanissa"),
        (_MEMO, "Night Care Kymi"),
        (_EARLIER, "Turvallinen arki Oulussa"),
    ],
)
def test_the_name_a_lead_gives_with_its_period_names_the_project(text: str, name: str) -> None:
    assert [unit for unit, _ in _units(text, "katsaus.md")] == [name]


# --- parts named by an abbreviation the text defines ----------------------------------------------

_SHORT_PARTS = """\
Kotona Kuusamossa – tilannekatsaus 9/2025

Kotona Kuusamossa tuo kotikuntoutuksen Kuusamon ikäihmisille.
Hanke on jaettu kahteen osakokonaisuuteen (OK).

OK1: Kotikuntoutus
Aikataulu: vihreä
Henkilöstö: keltainen

OK2: Etäryhmät
Aikataulu: keltainen
Henkilöstö: vihreä
"""

# Work packages by abbreviation with only text under them stay headings: the lights are the whole's.
_SHORT_PACKAGES = """\
Liikkuva neuvola Haminassa
Väliraportti 10/2024

Liikkuva neuvola Haminassa vie neuvolan palvelut Haminan lapsiperheille.

Lyhenteet: TP = työpaketti.

TP1 Hallinnointi
Ohjausryhmä kokoontui kolme kertaa. TP2:n viestintäsuunnitelma valmistui syyskuussa.

TP2 Viestintä
Neuvola-autosta kerrottiin paikallislehdessä.

Tilannevalot
Aikataulu: vihreä
Kustannukset: keltainen
"""


def test_parts_named_by_a_defined_abbreviation_own_their_lights() -> None:
    assert _units(_SHORT_PARTS) == [
        ("Kotona Kuusamossa", []),
        ("Osakokonaisuus 1: Kotikuntoutus", [("schedule", "on-plan"), ("staff", "deviation")]),
        ("Osakokonaisuus 2: Etäryhmät", [("schedule", "deviation"), ("staff", "on-plan")]),
    ]


def test_work_packages_by_abbreviation_over_text_are_headings_of_the_whole() -> None:
    assert _units(_SHORT_PACKAGES) == [
        ("Liikkuva neuvola Haminassa", [("schedule", "on-plan"), ("costs", "deviation")]),
    ]


# --- struck text inside a labelled line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("- Aikataulu: ~~keltainen~~ **vihreä**", "- Aikataulu: **vihreä**"),
        ("- Kustannukset: ~~vihreä~~ keltainen ~~punainen~~", "- Kustannukset: keltainen"),
        ("Tidtabell\t~~gul~~ grön", "Tidtabell\tgrön"),
        ("~~2.3 Investointi 4: X~~ POISTETTU", None),  # struck from the line's start: withdrawn
        ("Riskit: ~~keltainen~~", None),  # no new value
        ("Aikataulu: ~~keltainen", None),  # a strike running over lines
    ],
)
def test_a_struck_value_gives_way_to_the_new_one_beside_it(line: str, kept: str | None) -> None:
    assert replaced_value(line) == kept


def test_the_new_value_of_a_struck_light_is_read() -> None:
    text = """\
Hyvä kotiutus Porissa
Tilanne 30.9.2024

Hyvä kotiutus Porissa tukee kotiutuvia ikäihmisiä Porissa.

Aikataulu: ~~keltainen~~ vihreä
Henkilöstö: ~~vihreä~~ **keltainen**
"""
    assert _units(text) == [("Hyvä kotiutus Porissa", [("schedule", "on-plan"), ("staff", "deviation")])]


# --- name fields: a form's hint after the label, a quoted value, a programme code in brackets -------


@pytest.mark.parametrize(
    ("label", "normal"),
    [
        ("Hankkeen nimi (pakollinen)", "hankkeen nimi"),
        ("Projektets namn (fritext):", "projektets namn"),
        ("Project name (free text, max. 100 characters)", "project name"),
        ("Costs (drop-down menu)", "costs"),
        ("Hankkeen nimi (lyhenne)", "hankkeen nimi (lyhenne)"),  # a bracket of the label's own words stays
    ],
)
def test_a_forms_hint_after_a_label_is_no_word_of_it(label: str, normal: str) -> None:
    assert norm_label(label) == normal


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ('"Trygg hemvård i Borgå",', "Trygg hemvård i Borgå"),
        ('"Arjen apu" ja "Kotiapu"', '"Arjen apu" ja "Kotiapu"'),
    ],
)
def test_a_quoted_value_of_a_record_is_its_name(value: str, name: str) -> None:
    assert unquoted(value) == name


def test_a_form_printouts_name_field_with_a_hint_names_the_project() -> None:
    text = """\
Seurantalomake – tuloste 14.5.2025

Hankkeen nimi (pakollinen): Muistiystävällinen Lempäälä
Hyvinvointialue (valitse listasta): Pirkanmaan hyvinvointialue
"""
    assert [unit for unit, _ in _units(text)] == ["Muistiystävällinen Lempäälä"]


def test_a_programme_code_in_brackets_after_a_name_field_makes_no_investment() -> None:
    coded = "PUOLIVUOTISSEURANTA 1/2024\nHanke\tKotiin kuntoutus Kainuussa (Pilari 4, Investointi 2)\n"
    part = "PUOLIVUOTISSEURANTA 1/2024\nHankkeen nimi\tKainuun Kestävän kasvun hanke, Investointi 2\n"
    x = extract(read_bytes(coded.encode(), file_name="seuranta.txt", max_bytes=100_000))
    assert [(p.name, p.level) for p in x.projects] == [("Kotiin kuntoutus Kainuussa", "project")]
    y = extract(read_bytes(part.encode(), file_name="seuranta.txt", max_bytes=100_000))
    assert [p.level for p in y.projects if "Investointi 2" in p.name] == ["investment"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Saimme hankkeelle kaksi uutta perheohjaajaa syksyllä.", None),  # a verb in the first person
        ("Aloitimme hankkeen maaliskuussa 2024.", None),
        ("Tukeva-hankkeelle myönnettiin jatkoaikaa.", "Tukeva -hanke"),  # a one-word name stays
    ],
)
def test_a_verb_before_the_project_word_is_no_name(sentence: str, name: str | None) -> None:
    assert name_before_hanke(sentence) == name
