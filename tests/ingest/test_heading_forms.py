"""A section's heading with something around its label (ingest/labels.match_heading, stop 36).

Invented lines. Classes: the date or period a section reports on after the label ("3. Tavoitteet ja niiden
tila 31.12.2022", "Talous 1.1.–30.6.2024", "Tavoitteet (tilanne 31.8.2024)"), a form's part and its number
before it ("OSA 3 TAVOITTEET", "PART 2 GOALS", "Del 2 Beroenden"), an aside of up to five words after "ja" /
"och" / "and" ("Tavoitteet ja missä nyt ollaan", "Goals and where we stand now"), the risks of a report in
its own words ("Tunnistetut riskit", "Identified risks"). Negative side: a year alone is no reported date (a goals
label with the year it is for is the goals, stop 50: "Tavoitteet 2024"; "Kustannukset 2024" is none), a
part's number alone no heading, a sentence left without its full stop no heading, "Riskit" alone a light's
dimension, not a section.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.readers import read_bytes


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("3. Tavoitteet ja niiden tila 31.12.2022", "goal-results"),
        ("3. Tavoitteet ja niiden tila", "goal-results"),
        ("Mål och läge 31.8.2024", "goal-results"),
        ("Tavoitteet (tilanne 31.8.2024)", "goals"),
        ("Tavoitteet Q3/2025", "goals"),
        ("Tavoitteet 2024", "goals"),  # the goals of the year (stop 50, ingest/headingforms.py): goals only
        ("Talous 1.1.–30.6.2024", "costs"),
        ("OSA 3 TAVOITTEET", "goals"),
        ("PART 2 GOALS", "goals"),
        ("Del 2 Beroenden", "dependencies"),
        ("OSA 2 RIIPPUVUUDET", "dependencies"),
        ("Tavoitteet ja missä nyt ollaan", "goals"),
        ("Goals and where we stand now", "goals"),
        ("Mål och hur långt vi har kommit", "goals"),
        ("Riippuvuudet ja kumppanit", "dependencies"),
        ("Tunnistetut riskit", "risks"),
        ("Identified risks", "risks"),
        ("Tavoitteet / Mål", "goals"),  # a bilingual page's heading: the label in each language
        ("Riippuvuudet · Beroenden", "dependencies"),
    ],
)
def test_headings_with_a_date_a_form_part_or_an_aside(line: str, key: str) -> None:
    assert match_heading(line) == (key, "")


@pytest.mark.parametrize(
    "line",
    [
        "Kustannukset 2024",  # a year alone: a table's or a plan's year, not the date it reports on
        "Osa 3",
        "OSA 1 VAPAA KUVAUS",
        "Tavoitteet ja tulokset on kuvattu tarkemmin liitteissä",  # a sentence, its full stop left off
        "Riskit",  # a light's dimension on its own line
        "Tavoitteet / Kustannukset",  # two sections' labels: neither
        "Mål / 2025",
    ],
)
def test_what_is_no_such_heading(line: str) -> None:
    assert match_heading(line) is None


def test_a_list_under_a_sentence_beginning_with_a_label_is_no_goal() -> None:
    text = (
        "Väliraportti\nEtelä-Karjalan hyvinvointialue\nHanke: Etäkuntoutus Etelä-Karjalassa\n\n"
        "OSA 1 YLEISKUVAUS\nHanke toimii Lappeenrannassa.\n"
        "Tavoitteet ja tulokset on kuvattu tarkemmin liitteissä\n- liite 1 suunnitelman pohja\n- liite 2 kyselylomake\n\n"
        "OSA 2 RIIPPUVUUDET\n- Kanta-palvelut\n"
    )
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    assert [g.description for p in x.projects for g in p.goals] == []
    assert [str(d.target.iri).rsplit("/", 1)[-1] for p in x.projects for d in p.dependencies] == ["kanta"]
