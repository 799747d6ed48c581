"""A plan's cover names the programme it applies to ("Hakemus – Suomen kestävän kasvun ohjelma, haku 2",
"Owner · Kestävän kasvun ohjelma, pilari 4 · Päiväys …"); the name field below names the project, which
is then the whole, not an investment of the programme (invented text; programmelines.programme_name,
called by identity._name). A name with the programme's words and a place is a project's own."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _projects(text: str) -> list[tuple[str, str, str | None]]:
    projects = extract(read_bytes(text.encode(), file_name="plan.txt", max_bytes=100_000)).projects
    return [(p.level, p.name, p.parent.name if p.parent else None) for p in projects]


def test_a_programme_beside_the_plans_kind_names_no_project() -> None:
    text = (
        "Valtionavustushakemus – Suomen kestävän kasvun ohjelma (RRP, pilari 4), haku 2\n"
        "Hakija: Pohjois-Savon hyvinvointialue\nHankkeen nimi: Muistihoitaja kotiin\n"
        "Hankeaika: 1.1.2023–31.12.2025\n\nInvestoinnit\nInvestointi 2 – Muistikoordinaattori Iisalmessa\n\n"
        "Hankkeen tarve\nMuistisairaiden kotona asuminen vaatii tukea, ja jonot ovat pitkiä.\n"
    )
    projects = _projects(text)
    assert projects[0] == ("project", "Muistihoitaja kotiin", None)
    assert ("investment", "Investointi 2: Muistikoordinaattori Iisalmessa", "Muistihoitaja kotiin") in projects
    assert not any("ohjelma" in name for _, name, _ in projects)


def test_a_cover_line_of_owner_programme_and_date_names_no_project() -> None:
    # The title's name reads as a clause ("… tulee kotiin"), so the cover line below it made the whole.
    text = (
        "Hankesuunnitelma: Neuvola tulee kotiin\n"
        "Etelä-Savon hyvinvointialue · Suomen kestävän kasvun ohjelma, pilari 4 · Päiväys 12.9.2022\n\n"
        "Hankkeen nimi\tNeuvola tulee kotiin\nHankeaika\t1.1.2023–31.12.2025\n\n"
        "Investoinnit\nInvestointi 1: Neuvolan kotikäynnit Mikkelissä\n\nHanke jatkaa perhekeskusten aiempaa työtä.\n"
    )
    projects = _projects(text)
    assert projects[0] == ("project", "Neuvola tulee kotiin", None)
    assert [name for level, name, _ in projects if level == "project"] == ["Neuvola tulee kotiin"]


def test_a_name_with_the_programmes_words_and_a_place_is_the_projects() -> None:
    text = (
        "Kestävän kasvun Kainuu – hankesuunnitelma\nKainuun hyvinvointialue · Päiväys 2.5.2022\n"
        "Hankkeen nimi: Kestävän kasvun Kainuu\n\nInvestoinnit\nInvestointi 3 – Kotihoidon etäkäynnit Kuhmossa\n\n"
        "Hankkeen tarve\nKainuussa välimatkat ovat pitkiä.\n"
    )
    projects = _projects(text)
    assert projects[0] == ("project", "Kestävän kasvun Kainuu", None)
    assert ("investment", "Investointi 3: Kotihoidon etäkäynnit Kuhmossa", "Kestävän kasvun Kainuu") in projects


def test_a_short_name_or_the_applicant_in_the_name_field_renames_no_whole() -> None:
    cover = "Valtionavustushakemus – Suomen kestävän kasvun ohjelma, haku 2\nHakija: Pohjois-Savon hyvinvointialue\n"
    rest = "\nInvestoinnit\nInvestointi 1 – Muistikoordinaattori Iisalmessa\n\nHankkeen tarve\nJonot ovat pitkiä.\n"
    for field in ("Hankkeen nimi (lyhenne): MUKO\n", "Hankkeen nimi: Pohjois-Savon hyvinvointialue\n"):
        whole = _projects(cover + field + rest)[0]
        assert whole[1] not in ("MUKO", "Pohjois-Savon hyvinvointialue")


def test_a_parts_name_field_under_a_programme_cover_renames_no_whole() -> None:
    cover = "Avustushakemus – Suomen kestävän kasvun ohjelma, haku 2\nHakija: Lapin hyvinvointialue\n"
    rest = "\nHankkeen tarve\nMatkat terveysasemille ovat pitkiä.\n"
    for label in ("Osahankkeen nimi", "Investoinnin nimi"):
        text = cover + f"{label}: Etävastaanotto Kittilässä\n{label}: Etävastaanotto Sallassa\n" + rest
        projects = _projects(text)
        assert projects[0][1] != "Etävastaanotto Kittilässä"
        assert ("Etävastaanotto Sallassa", "Etävastaanotto Kittilässä") not in [(n, p) for _, n, p in projects]


def test_a_repeated_or_blank_name_field_under_a_programme_cover_renames_no_whole() -> None:
    cover = "Avustushakemus – Suomen kestävän kasvun ohjelma, haku 2\nHakija: Lapin hyvinvointialue\n"
    rest = "\nHankkeen tarve\nMatkat terveysasemille ovat pitkiä.\n"
    repeated = "Kokeilun nimi: Etävastaanotto Kittilässä\nKokeilun nimi: Etävastaanotto Sallassa\n"
    assert _projects(cover + repeated + rest)[0][1] != "Etävastaanotto Kittilässä"
    for blank in ("–", "[kirjoita hankkeen nimi]", "to be confirmed"):
        assert _projects(cover + f"Hankkeen nimi: {blank}\n" + rest)[0][1] != blank
