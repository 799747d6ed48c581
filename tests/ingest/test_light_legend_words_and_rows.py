"""Traffic lights test12's misses showed by class (stop 32, helper V3; invented text).

A legend that gives two grades one meaning ("Kohtalainen tai Heikko = poikkeama"), a legend's word mark
with a comment after it ("huoli (kaksi sijaista)"), and a row of lights on one line after a label that
says when they were given ("Tilanne 5/2023: Aikataulu ✔ · Kustannukset ✖"), and a table of parts with a
column of their states, rated by the dimension a line by the table names ("Tila kuvaa aikataulua").
"""

from __future__ import annotations

from hankegraafi.ingest import lighttext
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import document_legend, legend_pairs
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str = "raportti.txt") -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {light.dimension: light.value or light.percent for p in x.projects for light in p.lights}


def test_two_grades_joined_by_or_share_the_meaning_the_legend_gives_them() -> None:
    assert document_legend(["Asteikko: Hyvä = suunnitelman mukaan; Kohtalainen tai Heikko = poikkeama"]) == {
        "hyvä": "on-plan",
        "kohtalainen": "deviation",
        "heikko": "deviation",
    }
    assert (
        document_legend(["Skala: Bra = enligt plan; Godtagbar eller Svag = avvikelse"])["godtagbar"]
        == "deviation"
    )
    # "Osittain tai Ei": the negation pattern reads "tai ei" as one mark; both grades are marks.
    assert document_legend(["(Onnistui = suunnitelman mukaan; Osittain tai Ei = poikkeama)"]) == {
        "onnistui": "on-plan",
        "osittain": "deviation",
        "ei": "deviation",
    }
    assert document_legend(["Hyvä = suunnitelman mukaan, Osittain/Ei = poikkeama"])["osittain"] == "deviation"
    # A word before a mark that is not joined to it by "or" is no mark.
    assert [m for m, _ in legend_pairs("Merkit: kunnossa = etenee, huoli = poikkeama")] == ["kunnossa", "huoli"]


GRADES = """LOPPURAPORTTI

Hankkeen nimi: Etäneuvola
Hallinnoija: Kainuun hyvinvointialue

Toteutuminen
Asteikko: Hyvä = suunnitelman mukaan; Kohtalainen tai Heikko = poikkeama.
Osa-alue\tArvio
Aikataulu\tKohtalainen
Kustannukset\tHyvä
"""


def test_a_grade_only_the_legends_or_explains_is_read_in_a_table() -> None:
    assert _lights(GRADES) == {"schedule": "deviation", "costs": "on-plan"}


COMMENTED = """TILANNEKATSAUS 3/2024

Hanke: Kotiin tuotu kuntoutus
Hallinnoija: Lapin hyvinvointialue

TILANNE (sujuu = suunnitelman mukaan, jumissa = poikkeama)
  Aikataulu ........ sujuu
  Henkilöstö ....... jumissa (kaksi fysioterapeuttia sijaisina)
  Riskit ........... sujuu – ei uusia riskejä
"""


def test_a_legends_word_mark_with_a_comment_after_it_is_the_value() -> None:
    assert _lights(COMMENTED) == {"schedule": "on-plan", "staff": "deviation", "risks": "on-plan"}


def test_a_sentence_that_starts_with_a_legends_word_is_no_value() -> None:
    text = COMMENTED.replace("jumissa (kaksi fysioterapeuttia sijaisina)", "jumissa olivat sijaiset koko kesän")
    assert "staff" not in _lights(text)


def test_a_row_of_lights_after_a_label_on_one_line() -> None:
    with lighttext.legend(["(✔ = suunnitelman mukaan, ✖ = poikkeama)"]):
        assert lighttext.line_lights("Tilanne 5/2023: Aikataulu ✔ · Kustannukset ✔ · Henkilöstö ✖") == [
            ("schedule", "on-plan"),
            ("costs", "on-plan"),
            ("staff", "deviation"),
        ]
    assert lighttext.line_lights("Tilannearvio 30.6.: Aikataulu 🟢 · Kustannukset 🟡") == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    ]
    # One light after a label is the label's line as before; a label that is a dimension is that light.
    assert lighttext.line_lights("Päivitetty 30.6.: Aikataulu 🟢") == []


PARTS = """TILANNEKATSAUS 2/2025

Hankkeen nimi: Yhteiset palvelut
Hallinnoija: Kainuun hyvinvointialue

Osahanke\tVastuuhenkilö\tTila 6/2025
Osahanke 1: Kotihoidon yöpartio\tA. Virtanen\t🟢
Osahanke 2: Etäkuntoutus\tB. Laine\t🔴
{explained}
"""


def test_a_status_column_of_a_table_of_parts_rates_each_part_by_the_dimension_the_text_names() -> None:
    x = extract(
        read_bytes(
            PARTS.format(explained="Tila kuvaa osahankkeen aikataulua.").encode(),
            file_name="katsaus.txt",
            max_bytes=100_000,
        )
    )
    lights = {p.name: {(light.dimension, light.value) for light in p.lights} for p in x.projects if p.lights}
    assert lights == {
        "Osahanke 1: Kotihoidon yöpartio": {("schedule", "on-plan")},
        "Osahanke 2: Etäkuntoutus": {("schedule", "deviation")},
    }


def test_a_status_column_no_line_ties_to_one_dimension_gives_no_light() -> None:
    for explained in ("", "Tila kuvaa kustannuksia ja aikataulua."):
        assert _lights(PARTS.format(explained=explained), "katsaus.txt") == {}


def test_the_dimension_a_line_speaks_of() -> None:
    from hankegraafi.ingest.lightdims import dimension_spoken_of

    assert dimension_spoken_of("Tilanne: V = aikataulussa, K = viivettä alle kuukausi") == "schedule"
    assert dimension_spoken_of("Status shows the schedule.") == "schedule"
    assert dimension_spoken_of("Tila kuvaa kustannuksia ja aikataulua.") is None  # two dimensions
    assert dimension_spoken_of("Tilanne: vihreä = hyvä, punainen = huono") is None


def test_a_colour_rates_a_dimension_whose_own_words_hold_a_values_word() -> None:
    from hankegraafi.ingest.lightvalues import sentence_light

    # "Aikataulussa pysyminen" (keeping to schedule) names the dimension; "aikataulussa" alone says on plan.
    assert sentence_light("Aikataulussa pysymisen liikennevalo on punainen.") == ("schedule", "deviation")
    assert sentence_light("Aikataulussa pysymisen tilanne on vihreä.") == ("schedule", "on-plan")
    # Weighed both ways with no colour, or two colours: no one value, as before.
    assert sentence_light("Aikataulussa pysyttiin, mutta kustannukset ylittyivät.") is None
    assert sentence_light("Aikataulussa pysyminen vaihteli vihreästä punaiseen.") is None


NUMBERED = """VÄLIRAPORTTI 2/2025

Hankkeen nimi: Lähipalvelut kylille
Hallinnoija: Kainuun hyvinvointialue

Osakokonaisuudet
Osakokonaisuus 1: Liikkuva neuvola
Osakokonaisuus 2: Kotihoidon etäkäynnit

Arvio osakokonaisuuksittain
Osakokonaisuus\tAikataulu\tRiskit
Osakokonaisuus 1\tvihreä\tpunainen
Osakokonaisuus 2\tkeltainen\tvihreä
"""


def test_a_light_matrix_row_naming_a_part_by_word_and_number_rates_that_part() -> None:
    x = extract(read_bytes(NUMBERED.encode(), file_name="raportti.txt", max_bytes=100_000))
    lights = {p.name: {(light.dimension, light.value) for light in p.lights} for p in x.projects if p.lights}
    assert lights == {
        "Osakokonaisuus 1: Liikkuva neuvola": {("schedule", "on-plan"), ("risks", "deviation")},
        "Osakokonaisuus 2: Kotihoidon etäkäynnit": {("schedule", "deviation"), ("risks", "on-plan")},
    }
