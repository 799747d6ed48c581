"""Goals listed under a line of the text that announces them (facts/goalleads.py).

Invented news items and pages: the goals are a list under "Hankkeella on kolme
tavoitetta", "X:n tavoitteet:", "Tavoitteena on, että" or "Målet är att", outside any
goals section; a quote or paragraph after the list, a list of measures and a single
line after a lead-in are no goals.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalleads import lead_in
from hankegraafi.ingest.readers import read_bytes

NEWS = (
    "Ajankohtaista > Uutiset\n\nPerhepalvelut siirtyvät verkkoon\nJulkaistu 3.3.2024\n\n"
    "Kanta-Hämeen hyvinvointialueen Perheiden verkkopalvelu -hanke avaa chatin Hämeenlinnassa ja Riihimäellä.\n\n"
)


def goals(body: str) -> list[tuple[str, str]]:
    x = extract(read_bytes((NEWS + body).encode(), file_name="uutinen.txt", max_bytes=100_000))
    return [(g.description, g.status) for p in x.projects for g in p.goals]


def test_a_count_of_goals_heads_the_list_below() -> None:
    body = (
        "Hankkeella on kaksi tavoitetta\n\n"
        "- Perhe saa vastauksen samana päivänä.\n"
        "- Neuvolan puhelinjono lyhenee puoleen.\n\n"
        "Lisätietoja: projektipäällikkö, puh. 040 000 0000\n"
    )
    assert goals(body) == [
        ("Perhe saa vastauksen samana päivänä.", "unknown"),
        ("Neuvolan puhelinjono lyhenee puoleen.", "unknown"),
    ]


def test_a_swedish_lead_in_ending_in_att_and_a_quote_after_the_list() -> None:
    body = (
        "Projektets mål är att\n"
        "• familjer får svar samma dag\n"
        "• köerna till rådgivningen halveras\n\n"
        "– Chatten har tagits emot väl, säger projektchefen.\n"
    )
    assert goals(body) == [
        ("familjer får svar samma dag", "unknown"),
        ("köerna till rådgivningen halveras", "unknown"),
    ]


def test_a_lead_in_that_judges_the_list_gives_its_status() -> None:
    body = "Tavoitteista toteutuivat:\n- Chat on auki arkisin.\n- Ajanvaraus toimii verkossa.\n"
    assert goals(body) == [("Chat on auki arkisin.", "achieved"), ("Ajanvaraus toimii verkossa.", "achieved")]


def test_measures_and_a_single_line_are_no_goals() -> None:
    body = (
        "Tavoitteiden mittarit:\n- yhteydenottojen määrä\n- vastausaika\n\n"
        "Tavoitteena on, että\n- chat palvelee myös viikonloppuisin.\n"
    )
    assert goals(body) == []


def test_lead_in_forms() -> None:
    assert lead_in("Kyläkierroksen tavoitteet:")
    assert lead_in("Hankkeen tavoitteena on, että")
    assert lead_in("Projektet har tre mål:")
    assert lead_in("Kokeilulle asetettiin neljä tavoitetta")
    assert not lead_in("Sosiaalihuollon neuvonta on tavoitettavissa arkisin.")
    assert not lead_in("Hankkeella on kolme tavoitetta.")  # a sentence of its own, no list follows it
    assert not lead_in("Tavoite 2:")
