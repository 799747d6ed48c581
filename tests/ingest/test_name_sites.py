"""The places a project's name stands and what stands beside it (ingest/facts/namesites.py).

The report's kind beside the name on a title line or a message's subject ("X – väliraportti
1/2025"), a short name or code in brackets after it ("X (MULU)"). All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.namesites import beside_kind, short_name_of, without_aside
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "seuranta.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_the_part_beside_the_reports_kind_is_the_name_whichever_side_it_stands() -> None:
    assert beside_kind("Muistiluotsi Keski-Suomessa – tilanneraportti 1/2025") == "Muistiluotsi Keski-Suomessa"
    assert beside_kind("Arjen turva | Väliraportti 2/2024") == "Arjen turva"
    assert beside_kind("Seniorstöd på distans: lägesrapport 3/2024") == "Seniorstöd på distans"
    assert beside_kind("Loppuraportti – Kotona Kainuussa") == "Kotona Kainuussa"
    assert beside_kind("Tilanneraportti 1/2025") is None  # the kind alone names nothing
    assert beside_kind("Arjen turva – Kainuu – tilanneraportti 2024") is None  # three parts: left alone
    assert beside_kind("Kotona Kainuussa – Ikäihmisten palvelut") is None  # no kind on the line


MESSAGE = (
    "Lähettäjä: Hankesihteeri <sihteeri@example.fi>\n"
    "Lähetetty: 3.3.2025 8.15\n"
    "Vastaanottaja: Ohjausryhmä <ryhma@example.fi>\n"
    "Aihe: Kotikuntoutus tunturikylissä: väliraportti 1/2025\n"
    "Hei, liitteenä väliraportti. Terveisin sihteeri\n\n"
    "Perustiedot\n"
    "Hallinnoija: Lapin hyvinvointialue\n"
    "Kuntoutusta annetaan Kittilässä ja Kolarissa.\n\n"
    "Liikennevalot\n"
    "Aikataulu: vihreä\n"
)


def test_a_messages_subject_gives_the_name_before_the_reports_kind() -> None:
    extraction = read(MESSAGE, "viesti.txt")
    assert [p.name for p in extraction.projects] == ["Kotikuntoutus tunturikylissä"]


def test_a_whole_projects_name_is_read_without_its_bracketed_aside() -> None:
    assert (
        without_aside("Lähellä ja digitaalisesti Satakunnassa (LÄDI)")
        == "Lähellä ja digitaalisesti Satakunnassa"
    )
    assert without_aside("Etelä-Pohjanmaan kestävän kasvun (RRP, P4, I1)") == "Etelä-Pohjanmaan kestävän kasvun"
    assert (
        without_aside("Hanke (Kotona Kainuussa)") == "Hanke (Kotona Kainuussa)"
    )  # one word: the bracket names
    form = "Hanke\tMuistiluotsi Keski-Suomessa (MULU)\nHallinnoija\tKeski-Suomen hyvinvointialue\n"
    extraction = read(form + "\nAikataulu: vihreä\n", "lomake.txt")
    assert [p.name for p in extraction.projects] == ["Muistiluotsi Keski-Suomessa"]


def test_the_short_name_in_brackets_names_the_same_project_in_the_text() -> None:
    assert short_name_of("MULU -hanke", "Muistiluotsi Keski-Suomessa (MULU)")
    assert short_name_of("MULU-hankkeen", "Muistiluotsi Keski-Suomessa (MULU)")
    assert not short_name_of("Arjen turva -hanke", "Muistiluotsi Keski-Suomessa (MULU)")
    page = (
        "Muistiluotsi Keski-Suomessa (MULU)\n\n"
        "Keski-Suomen hyvinvointialue neuvoo muistisairaita Jyväskylässä ja Äänekoskella.\n\n"
        "MULU-hanke järjestää omaisille illan keväällä.\n"
    )
    assert [p.name for p in read(page, "sivu.txt").projects] == ["Muistiluotsi Keski-Suomessa"]


def test_the_whole_named_by_a_common_noun_renames_no_project() -> None:
    # "Koko hankkeelle …" (to the whole project) is no name: the title keeps naming it.
    text = (
        "KATSAUS 2025: MUISTILUOTSI KESKI-SUOMESSA\n\n"
        "Hallinnoija: Keski-Suomen hyvinvointialue\n"
        "Neuvontaa annetaan Jyväskylässä. Koko hankkeelle on myönnetty 400 000 euroa.\n"
    )
    assert [p.name.casefold() for p in read(text, "katsaus.txt").projects] == ["muistiluotsi keski-suomessa"]
