"""Title lines that name the organisation or the report, not the project (stop 28, u149).

A report opens with its county's names ("X hyvinvointialue | Lyhenne", "X välfärdsområde ·
Y hyvinvointialue") and a line of its kind and period ("Osavuosikatsaus H1/2024"); the
project is what the name field names, one project, not an investment of the county line.
Invented texts.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.projectname import kind_line
from hankegraafi.ingest.readers import read_bytes


def projects(text: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [(p.name, p.level) for p in x.projects]


BODY = (
    "Hankkeen nimi: Saariston perhetyö\nHankeaika: 1.1.2024–31.12.2025\n\n"
    "Toiminta\n\nPerhetyöntekijät tapasivat jakson aikana 80 perhettä Paraisilla ja Kemiönsaarella.\n"
)


def test_a_county_line_with_a_short_name_is_no_project() -> None:
    text = "Varsinais-Suomen hyvinvointialue – VarHA\n\nOsavuosikatsaus 1–6/2024\n\n" + BODY
    assert projects(text) == [("Saariston perhetyö", "project")]


def test_a_county_named_in_two_languages_is_no_project() -> None:
    text = (
        "Egentliga Finlands välfärdsområde · Varsinais-Suomen hyvinvointialue\n\nKvartalsrapport Q2/2024\n\n"
        + BODY
    )
    assert projects(text) == [("Saariston perhetyö", "project")]


def test_a_name_beside_the_county_stays_the_name() -> None:
    # Three words of its own: a project's name beside its county's; the county's part is the owner,
    # set aside (namesites.title_parts_name, stop 35), the name stays.
    text = "Perhetyö saaristossa nyt – Varsinais-Suomen hyvinvointialue\n\nHankeaika: 1.1.2024–31.12.2025\n"
    assert projects(text)[0][0] == "Perhetyö saaristossa nyt"


def test_kind_lines() -> None:
    assert kind_line("Osavuosikatsaus H1/2024")
    assert kind_line("Neljännesvuosiraportti Q3/2025")
    assert kind_line("## Kvartalsrapport 2/2024")
    assert kind_line("Tilannekatsaus")
    assert not kind_line("Tilannekatsaus kotihoidon etäkäynneistä")
    assert not kind_line("Saariston perhetyö 2024")


def test_a_kind_title_heading_names_the_project_after_the_kind() -> None:
    text = "# Hankesuunnitelma: Saariston perhetyö\n\n**Hakija:** Varsinais-Suomen hyvinvointialue\n\nTausta\n\nPerheitä tavataan Paraisilla.\n"
    assert projects(text, "p.md") == [("Saariston perhetyö", "project")]


def test_an_application_line_is_no_project() -> None:
    assert kind_line("Valtionavustushakemus")
    assert kind_line("Muutoshakemus 2/2024")


def test_a_name_beside_its_formal_description_is_the_name() -> None:
    """A title pairs the project's own name with its description "X:n hyvinvointialueen Kestävän
    kasvun hanke (programme)", either way round: the name is the project's, not "Kestävän kasvun
    hanke" (test2 h07 was filed under that name with all its lights and costs)."""
    body = "Raportointijakso\n1.1.2024–30.6.2024\n\nEdistyminen\n40 %\n"
    first = (
        "Tilanneraportti 1/2024\n\nVarmat askeleet Lapissa – Lapin hyvinvointialueen Kestävän kasvun hanke "
        "(Suomen kestävän kasvun ohjelma, pilari 4)\n\n" + body
    )
    assert projects(first) == [("Varmat askeleet Lapissa", "project")]
    second = "Tilanneraportti 1/2024\n\nLapin hyvinvointialueen RRF-hanke – Varmat askeleet Lapissa\n\n" + body
    assert projects(second) == [("Varmat askeleet Lapissa", "project")]
