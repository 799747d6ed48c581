"""A section's heading with a comma's aside after its label or a genitive before it (ingest/labels.py, G10 stop 41).

Invented lines. Classes seen in two sets of other authors: "Tavoitteet, tilanne lokakuussa" over a list of goals
after a section of benefits (test29), "4 Kokeilujen tavoitteet" over the trials' goals after a numbered costs
section (test31). Negative side: a sentence that begins with a label and a comma ("Tavoitteet, jotka asetettiin,
ovat ennallaan"), a label followed by more than one word of its own after the genitive ("Kuntien tavoitteet
eroavat"), a genitive before a word that is no section's label, and one before another section's label: "Arvioinnin
tulokset" of an Innokylä tab are the evaluation's findings, not the project's outputs (tune u05, test t04, test10 a13).
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Tavoitteet, tilanne lokakuussa", "goals"),
        ("Goals, status in October", "goals"),
        ("Mål, läget i oktober", "goals"),
        ("4 Kokeilujen tavoitteet", "goals"),
        ("Osahankkeiden tavoitteet", "goals"),
        ("3 Försökens mål", "goals"),
        ("Pilots' goals", "goals"),
    ],
)
def test_a_label_with_a_comma_aside_or_a_genitive(line: str, key: str) -> None:
    assert match_heading(line) == (key, "")


@pytest.mark.parametrize(
    "line",
    [
        "Tavoitteet, jotka asetettiin, ovat ennallaan",  # a sentence
        "Tavoitteet, kuten koordinaattori jokaiselle asemalle, on kirjattu",
        "Kuntien tavoitteet eroavat",  # more words than a label after the genitive
        "Hankkeen nimi",  # no section's label
        "Tavoitteet, Kustannukset",  # an aside in lower case only
        "Arvioinnin tulokset",  # the evaluation's findings: whose results says more than whose goals
    ],
)
def test_what_is_no_such_heading(line: str) -> None:
    assert match_heading(line) is None


def test_goals_under_a_genitive_heading_after_a_costs_section() -> None:
    text = (
        "MUISTIO\nKotiin kuntoutus Kainuussa – ohjausryhmä 2/2025\nKainuun hyvinvointialue\n\n"
        "3 Talous\nKulut ovat budjetin mukaiset.\n\n"
        "4 Pilottien tavoitteet\n"
        "- Kotikuntoutus alkaa kolmen päivän kuluessa kotiutuksesta – toteutunut\n"
        "- Kuntoutussuunnitelma jokaiselle asiakkaalle – ei toteutunut\n\n"
        "5 Seuraava kokous\nKokous pidetään kesäkuussa.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="muistio.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Kotikuntoutus alkaa kolmen päivän kuluessa kotiutuksesta", "achieved"),
        ("Kuntoutussuunnitelma jokaiselle asiakkaalle", "not-achieved"),
    ]
