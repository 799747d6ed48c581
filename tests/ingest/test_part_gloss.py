"""A listed part's line says more of the part after a spaced dash: its places or a description (invented text).

"- Investointi 2: Etäkuntoutus – Rovaniemi, Sodankylä" names the part "Investointi 2: Etäkuntoutus"; the
places or the description after the dash are no part of its name (partwords.without_gloss, called by
parts.listed_part). The negative side: a goal judged after the dash ("– toteutunut") stays whole, and so does
a project's own title with a dash.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partwords import without_gloss
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _parts(x: Extraction) -> list[str]:
    return [p.name for p in x.projects if p.parent is not None]


def test_places_after_the_dash_are_no_part_of_the_name() -> None:
    x = _read(
        "Kotona pärjäämisen tuki Keski-Suomessa\nTilanneraportti 31.3.2025\nKeski-Suomen hyvinvointialue\n\n"
        "Investoinnit\n\n- Investointi 1: Kotikuntoutus – Jyväskylä, Äänekoski ja Laukaa\n"
        "- Investointi 2: Etähoiva – Jämsä\n\n"
        "Kustannukset hankkeen alusta (euroa)\n\nInvestointi\tBudjetti\tToteuma\n"
        "Investointi 1\t300 000\t90 000\nInvestointi 2\t120 000\t40 000\nYhteensä\t420 000\t130 000\n",
        "tilanneraportti.txt",
    )
    assert _parts(x) == ["Investointi 1: Kotikuntoutus", "Investointi 2: Etähoiva"]
    costs = {p.name: [line.values for c in p.costs for line in c.lines] for p in x.projects if p.parent}
    assert costs["Investointi 1: Kotikuntoutus"] and costs["Investointi 2: Etähoiva"]


def test_a_description_after_the_bold_name_is_no_part_of_it() -> None:
    x = _read(
        "# Projektplan: Trygg kväll i Österbotten\n\n**Sökande:** Österbottens välfärdsområde\n\n## Delprojekt\n\n"
        "1. **Delprojekt 1: Kvällsbesök** – sjukskötare besöker äldre i Vasa och Korsholm\n"
        "2. **Delprojekt 2: Distanskontakt** – videosamtal till ensamboende i Närpes\n\n"
        "## Kostnadsberäkning (euro)\n\n| Delprojekt | Totalt |\n|---|---:|\n"
        "| Delprojekt 1 | 200 000 |\n| Delprojekt 2 | 90 000 |\n| Totalt | 290 000 |\n",
        "projektplan.md",
    )
    assert _parts(x) == ["Delprojekt 1: Kvällsbesök", "Delprojekt 2: Distanskontakt"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Etäkuntoutus – Rovaniemi, Sodankylä, Inari", "Etäkuntoutus"),
        ("Mobil hemsjukhusvård** – sjukskötare med bil i Raseborg", "Mobil hemsjukhusvård"),
        ("Night rounds — nurses in Lappeenranta", "Night rounds"),
        # a goal judged after the dash is the goal families' (whole)
        ("Kotisairaalan asiakaspaikat 60:een – saavutettu", "Kotisairaalan asiakaspaikat 60:een – saavutettu"),
        # no name before the dash: a sentence in lower case
        ("jatkuu syksyllä – Kuopio", "jatkuu syksyllä – Kuopio"),
        # a hyphenated word is no dash
        ("Hoito- ja kuntoutusvelan purku", "Hoito- ja kuntoutusvelan purku"),
        # a range of years or numbers, and a compound that goes on past the dash (R11-1)
        ("Kehittämisohjelma 2024 – 2025", "Kehittämisohjelma 2024 – 2025"),
        ("Palveluseteli 1 - 3", "Palveluseteli 1 - 3"),
        ("Rovaniemi – Sodankylä -yhteys", "Rovaniemi – Sodankylä -yhteys"),
    ],
)
def test_without_gloss(name: str, kept: str) -> None:
    assert without_gloss(name) == kept


def test_a_goal_judged_after_the_dash_under_goals_stays_a_goal() -> None:
    x = _read(
        "Trygg vardag – hemvård i skärgården\nLägesrapport 30.9.2024\nEgentliga Finlands välfärdsområde\n\n"
        "Delprojekt\nDelprojekt 1: Nattpatrullen\nDelprojekt 2: Digital hemvård\n\n"
        "Mål\n- Delprojekt 1: Nattpatrullen besöker alla byar varje vecka – delvis uppnått\n"
        "- Delprojekt 2: Alla klienter har en surfplatta – uppnått\n",
        "lagesrapport.txt",
    )
    assert x.projects[0].name == "Trygg vardag – hemvård i skärgården"
    assert _parts(x) == ["Delprojekt 1: Nattpatrullen", "Delprojekt 2: Digital hemvård"]
    goals = sorted((g.description, g.status) for p in x.projects for g in p.goals)
    assert goals == [
        ("Alla klienter har en surfplatta", "achieved"),
        ("Nattpatrullen besöker alla byar varje vecka", "partly-achieved"),
    ]
