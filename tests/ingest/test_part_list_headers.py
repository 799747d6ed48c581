"""A two-column table of parts under the part's word is a list of parts, not a head field naming one.

"Investointi | Haettava avustus" over "Investointi 1: X | 4 900 000 €", "Osakokonaisuus | Vastuutaho"
over "Osakokonaisuus 1: Y | Z": the first row is the header of a column of parts
(partlines._heads_parts). Read as a head field "Osakokonaisuus: Vastuutaho" it made a part named after
the column's header, and the lights and cost tables below were filed under it. Found on test12 (c10, a
board's minutes); tuning document u363.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_MINUTES = """\
Aluehallitus\tPöytäkirja 2/2024

§ 14\tValtionavustushaku: Etäpalvelujen kehittämishanke

Kainuun hyvinvointialue hakee avustusta Etäpalvelujen kehittämishankkeelle kahtena kokonaisuutena.

{table}

Riskiarvio (vihreä = ei estettä, keltainen = seurattava)
Aikataulu\tkeltainen
Henkilöstö\tvihreä
"""


def _units(table: str) -> list[tuple[str, list[tuple[str, str]]]]:
    text = _MINUTES.format(table=table)
    x = extract(read_bytes(text.encode(), file_name="poytakirja.txt", max_bytes=100_000))
    return [(p.name, [(light.dimension, light.value) for light in p.lights]) for p in x.projects]


def test_a_header_over_a_column_of_parts_names_no_part() -> None:
    table = (
        "Toimenpidekokonaisuus\tToteuttaja\nToimenpidekokonaisuus 1: Etävastaanotot\tKajaanin terveysasema\n"
    )
    table += "Toimenpidekokonaisuus 2: Etäkuntoutus\tKuhmon kotihoito"
    units = _units(table)
    assert [name for name, _lights in units] == [
        "Etäpalvelujen kehittämishanke",
        "Toimenpidekokonaisuus 1: Etävastaanotot",
        "Toimenpidekokonaisuus 2: Etäkuntoutus",
    ]
    assert units[0][1] == [("schedule", "deviation"), ("staff", "on-plan")]


def test_a_head_field_naming_the_part_still_names_it() -> None:
    table = "Hanke\tEtäpalvelujen kehittämishanke\nOsahanke\tEtäkuntoutus kotiin\nHallinnoija\tKainuun hyvinvointialue"
    units = _units(table)
    assert units[-1] == ("Etäkuntoutus kotiin", [("schedule", "deviation"), ("staff", "on-plan")])
