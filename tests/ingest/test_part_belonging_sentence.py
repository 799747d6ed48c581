"""A head's sentence saying that what the text tells of belongs to one part names the text's part.

"Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.", "Tjänsten ingår i delprojektet
Digital hemvård.": a news item or page about one part says so by belonging, not by "koskee" or a
report's own kind; its lights and cost table are that part's (subject._said_in_text). Found on test12
c11; tuning document u413.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_PAGE = """Uutiset

Yöhoidon etäkäynnit alkoivat Kajaanissa

Kainuun hyvinvointialueen kotihoito aloitti etäkäynnit yöllä. Kokeilu on osa Kotona Kainuussa -hanketta.

Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.

Tilanne 10/2024: Aikataulu ✔ · Kustannukset ✖ (✔ = suunnitelman mukaan, ✖ = poikkeama)

Kulut 2024\tBudjetti\tToteutunut
Henkilöstökulut\t150 000 €\t98 000 €
Yhteensä\t150 000 €\t98 000 €
"""


def test_a_part_the_text_belongs_to_owns_its_lights_and_costs() -> None:
    x = extract(read_bytes(_PAGE.encode(), file_name="uutinen.txt", max_bytes=100_000))
    [part] = [p for p in x.projects if p.level == "subproject"]
    assert part.name == "Kotihoito verkossa"
    assert {light.dimension: light.value for light in part.lights} == {
        "schedule": "on-plan",
        "costs": "deviation",
    }
    assert [s.kind for s in part.costs] == ["annual"]


def test_swedish_belonging_names_the_part_too() -> None:
    text = _PAGE.replace(
        "Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.",
        "Tjänsten ingår i projektets delprojekt Hemvård på distans.",
    )
    x = extract(read_bytes(text.encode(), file_name="uutinen.txt", max_bytes=100_000))
    assert [p.name for p in x.projects if p.level == "subproject"] == ["Hemvård på distans"]


def test_a_sentence_naming_two_parts_names_no_part_of_the_text() -> None:
    text = _PAGE.replace(
        "Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.",
        "Hankkeeseen kuuluvat osahankkeet Kotihoito verkossa ja Etäkuntoutus.",
    )
    x = extract(read_bytes(text.encode(), file_name="uutinen.txt", max_bytes=100_000))
    [whole] = [p for p in x.projects if p.level == "project"]
    # Two parts listed (ingest/facts/partnames.py), neither the text's own: the lights stay the whole's.
    assert {p.name for p in x.projects if p.level == "subproject"} == {"Kotihoito verkossa", "Etäkuntoutus"}
    assert all(not p.lights for p in x.projects if p.level == "subproject")
    assert {light.dimension for light in whole.lights} == {"schedule", "costs"}


def test_a_sentence_of_inclusion_wrapped_over_the_paragraphs_lines_names_the_part() -> None:
    """'… sisältyy hankkeen' / 'osahankkeeseen Kotihoito verkossa.': being included in a part says
    belonging too, and the sentence a line break carries on is read whole ('ingår' and 'hör till' alike)."""
    text = _PAGE.replace(
        "Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.",
        "Yöllinen etäkäynti tehdään kuvayhteydellä. Uusi palvelu sisältyy Kotona Kainuussa -hankkeen\n"
        "osahankkeeseen Kotihoito verkossa.",
    )
    x = extract(read_bytes(text.encode(), file_name="uutinen.txt", max_bytes=100_000))
    [part] = [p for p in x.projects if p.level == "subproject"]
    assert part.name == "Kotihoito verkossa"
    assert {light.dimension for light in part.lights} == {"schedule", "costs"}
    text = _PAGE.replace(
        "Etäkäynnit kuuluvat hankkeen osahankkeeseen Kotihoito verkossa.",
        "Tjänsten hör till projektets\ndelprojekt Hemvård på distans.",
    )
    x = extract(read_bytes(text.encode(), file_name="uutinen.txt", max_bytes=100_000))
    assert [p.name for p in x.projects if p.level == "subproject"] == ["Hemvård på distans"]
