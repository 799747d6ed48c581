"""Partners and owners in the forms stop 54 read (N26, tuning documents u2160–u2163): a Swedish name in the
other word order ("Arcada yrkeshögskola"), a company's name without its legal form ("Folkhälsan Välfärd"), the work
done by now in the perfect ("har utbildat", "on kouluttanut"), an association's district ("… Hämeen piiri") and an
owner's genitive before the bare word "hanke" ("Siun soten hanke"). Each with its negative.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "TILANNERAPORTTI 1/2025\n\nHanke: Kuvitteellinen kotihoitohanke\nRaportointijakso: 1.1.2025–30.6.2025\n\n"
)


def read(body: str, head: str = HEAD, name: str = "r.txt") -> Extraction:
    return extract(read_bytes((head + body).encode(), file_name=name, max_bytes=100_000))


def relied_on(x: Extraction) -> dict[str, bool]:
    """Each dependency's label, with whether the vocabulary knows it."""
    return {d.target.label: d.target.linked for p in x.projects for d in p.dependencies}


def partners(x: Extraction) -> set[str]:
    """The organisations taking part as partners (a body only named is at most a stakeholder)."""
    return {pa.organisation.label for p in x.projects for pa in p.participations if pa.role == "partner"}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Arcada yrkeshögskola utvärderade modellen.", "Yrkeshögskolan Arcada"),
        ("JAMK yrkeshögskola utbildar hälsovårdarna.", "Jyväskylän ammattikorkeakoulu"),
        ("Folkhälsan Välfärd ansvarade för grupperna.", "Folkhälsan Välfärd Ab"),
        ("Yrkeshögskolan Novia har utbildat sex rådgivare.", "Yrkeshögskolan Novia"),
        ("Laurea yrkeshögskola har utvärderat nattpatrullen.", "Laurea-ammattikorkeakoulu"),
        ("Jyväskylän ammattikorkeakoulu on kouluttanut hoitajat.", "Jyväskylän ammattikorkeakoulu"),
    ],
)
def test_a_partner_doing_the_work_in_these_forms_is_a_known_dependency(sentence: str, label: str) -> None:
    assert relied_on(read(sentence + "\n")).get(label) is True


@pytest.mark.parametrize(
    "sentence",
    [
        # R19's general statements of an agency's own work (the cue verbs ohjaa, håller, runs stay no cue).
        "Kela ohjaa asiakkaat kuntoutukseen lääkärinlausunnon perusteella.",
        "Valvira ohjaa ja valvoo yksityisiä palveluntuottajia.",
        "Projektet håller på att utvecklas och Kela håller sina egna tjänster oförändrade.",
        "THL ran the national survey in 2023; the project used its results.",
        # A company's short name alone is the other organisation, only mentioned.
        "Som bakgrund läste gruppen en rapport som Folkhälsan gav ut år 2019.",
    ],
)
def test_a_general_statement_makes_no_partner(sentence: str) -> None:
    assert not partners(read(sentence + "\n"))


def test_an_associations_district_is_an_organisation_of_its_own() -> None:
    x = read("Suomen Punaisen Ristin Hämeen piiri kouluttaa vapaaehtoiset.\n")
    assert "Suomen Punaisen Ristin Hämeen piiri" in relied_on(x)
    assert "Suomen Punainen Risti" not in relied_on(x)


def test_a_district_as_a_scope_is_no_organisation() -> None:
    x = read("Kotihoidon piiriin ohjattiin keväällä 40 uutta asiakasta.\n")
    assert not partners(x) and not relied_on(x)


_PAGE = (
    "# Arjen turvaverkko Jämsässä\n\nKeski-Suomen hyvinvointialue · 14.5.2025\n\n{} tuo yöpartion Jämsään.\n"
)


@pytest.mark.parametrize("owner", ["Siun soten hanke", "Eksoten hanke", "Hyvilin hanke"])
def test_an_owners_project_keeps_the_pages_name(owner: str) -> None:
    x = read("", head=_PAGE.format(owner), name="sivu.md")
    assert [p.name for p in x.projects] == ["Arjen turvaverkko Jämsässä"]


def test_a_name_in_words_of_the_language_renames_a_headline() -> None:
    page = "# Yhdistykset mukaan kotona asumisen tueksi\n\nKeski-Suomen hyvinvointialue · 3.6.2025\n\n"
    x = read("Kestävän arjen hanke kutsuu yhdistykset koolle.\n", head=page, name="sivu.md")
    assert [p.name for p in x.projects] == ["Kestävän arjen hanke"]
