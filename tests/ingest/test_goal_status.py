"""A list of goals judged as a whole: by a summary sentence after it, or by a lead-in before it.

Invented final-report texts. A goal the text judges one by one ("Toteutunut: …")
keeps its own status; only goals left unknown take the collective judgement.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

HEAD = (
    "Suomen kestävän kasvun ohjelma\nKuvitteellisen alueen Pilari 4, Investointi 2\nLoppuraportti\n\n"
    "Perustiedot\nHankkeen / Projektin nimi\tKuvitteellisen alueen Pilari 4, Investointi 2\nTila\tLopetus\n\n"
)


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name="r.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_summary_after_the_list_judges_unjudged_goals() -> None:
    body = (
        "Tavoitteet\n\n"
        "- Kuvata alueen palveluvelka.\n"
        "- Lisätä järjestöjen yhteistyötä.\n"
        "- Kokeilla kulttuurireseptiä.\n"
        "Toteutunut: Ei toteutunut aikataulusyistä.\n\n"
        "Hankesuunnitelmassa esitetyt tavoitteet saavutettiin hyvin.\n"
    )
    assert goals(body) == [
        ("Kuvata alueen palveluvelka.", "achieved"),
        ("Lisätä järjestöjen yhteistyötä.", "achieved"),
        ("Kokeilla kulttuurireseptiä.", "not-achieved"),  # judged on its own
    ]


def test_lead_in_judges_the_list_below() -> None:
    body = (
        "Tavoitteet\n\n"
        "Tavoitteiden osalta on jo toteutunut tai toteutumassa pitkällä aikavälillä:\n\n"
        "- Johtaminen kehittyy\n"
        "- Palveluverkko selkiytyy\n"
    )
    assert goals(body) == [
        ("Johtaminen kehittyy", "partly-achieved"),
        ("Palveluverkko selkiytyy", "partly-achieved"),
    ]


def test_question_heading_is_no_judgement() -> None:
    body = (
        "Tavoitteet\n\n"
        "- Kuvata alueen palveluvelka.\n\n"
        "Mitkä olivat hankesuunnitelmassa luetellut tavoitteet, saavutettiinko ne?\n"
    )
    assert goals(body) == [("Kuvata alueen palveluvelka.", "unknown")]
