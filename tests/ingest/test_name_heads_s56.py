"""Names in the heads and signatures of reports (stop 56, N28; classes from test47, stop 55's blind set).

- A clause-shaped name right under the report's kind alone ("Loppuraportti" / "Vastaanotto uudistuu X:lla") is the
  name, not a news headline (test47 or14); a name field below still names the project.
- A plain-text title bar framed by runs of one mark ("== Owner | X | Kind ==", "*** … ***") is read as unframed
  (test47 or18); a framed section heading below it names nothing.
- A message whose subject is only the report's kind names no project "Subject"; its signature's "X -hanke" /
  "X-projektet" / "X project" line names it (test47 or11); a signature with no project's word names none.
- A title line naming the place in a local case ("Etäkuntoutus Pohjois-Savossa") is no owner's line (test38 oi03);
  a copy's recipient "Cc: X steering group" names X (test27 i21).
- A list of sibling parts under a title slide's plain name is no title (test47 or08); a title with the project's
  word above the parts stays the title.
All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.signednames import subject_label
from hankegraafi.ingest.namecuts import recipient_body
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.titlewords import unframed


def _read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _root(text: str, name: str = "r.txt") -> str:
    return _read(text, name).projects[0].name


_BODY = "Toteuttaja: Kainuun hyvinvointialue\n\nIltakäyntejä tehtiin Kajaanissa.\n\nAikataulu: vihreä\n"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "Kainuun hyvinvointialue\tLoppuraportti\n\nLoppuraportti\nKotihoito siirtyy iltaan\n",
            "Kotihoito siirtyy iltaan",
        ),
        ("Tilanneraportti 2/2025\nArki sujuu kotona Kainuussa\n", "Arki sujuu kotona Kainuussa"),
    ],
)
def test_a_clause_under_the_kind_alone_is_the_name(head: str, name: str) -> None:
    assert _root(head + _BODY) == name


def test_a_clause_under_the_kind_gives_way_to_a_name_field() -> None:
    text = "Väliraportti 1/2025\nAsiakkaat saavat apua nopeammin\nHankkeen nimi: Sujuva vastaanotto\n" + _BODY
    assert _root(text) == "Sujuva vastaanotto"


@pytest.mark.parametrize(
    ("line", "bare"),
    [
        (
            "== City of Turku | Home Again | Progress report 2/2025 ==",
            "City of Turku | Home Again | Progress report 2/2025",
        ),
        ("*** X – loppuraportti ***", "X – loppuraportti"),
        ("-- LÄGET --", "LÄGET"),
        ("=== TILANNE", "=== TILANNE"),  # no frame on the right: left as it is
        ("Kotona kuntoon -hanke", "Kotona kuntoon -hanke"),
    ],
)
def test_a_title_bars_frame_is_taken_off(line: str, bare: str) -> None:
    assert unframed(line) == bare


def test_a_framed_title_bar_names_the_project_between_owner_and_kind() -> None:
    text = (
        "=" * 60
        + "\n== Pohjois-Pohjanmaan hyvinvointialue | Perhetyö verkossa | Väliraportti 1/2025 ==\n"
        + "=" * 60
        + "\n\nLaatija: Perhepalvelujen kehittämisyksikkö\n\n=== TILANNE ===\nAikataulu: vihreä\n\n"
        "Etäkäynnit alkoivat Oulussa.\n"
    )
    assert _root(text) == "Perhetyö verkossa"


_MAIL = (
    "From: A <a@example.fi>\nTo: b@example.fi\nSubject: {subject}\nDate: Mon, 14 Apr 2025 10:15:00 +0300\n"
    "Content-Type: text/plain; charset=utf-8\n\nHei,\n\nkevään tilanne. Hyvinvointialue: Pirkanmaan hyvinvointialue.\n\n"
    "Aikataulu: vihreä\n\nEtävastaanotot alkoivat Nokialla.\n\n{closing}\nLaura Mäkelä\nprojektipäällikkö\n{signed}"
)


def test_a_subject_label_alone_is_no_name() -> None:
    assert subject_label("Subject") and subject_label("Aihe") and not subject_label("Subject matters")


@pytest.mark.parametrize(
    ("closing", "signed", "name"),
    [
        (
            "Parhain terveisin",
            "Digineuvola Pirkanmaa -hanke\nPirkanmaan hyvinvointialue\n",
            "Digineuvola Pirkanmaa -hanke",
        ),
        ("Med vänlig hälsning", "Kvällsvård hemma-projektet\n", "Kvällsvård hemma"),
        ("Best regards", "Evening Care at Home project\n", "Evening Care at Home"),
    ],
)
def test_a_signatures_project_line_names_the_project(closing: str, signed: str, name: str) -> None:
    mail = _MAIL.format(subject="Tilanneraportti 1/2025", closing=closing, signed=signed)
    assert _root(mail, "r.eml") == name


def test_a_signature_without_a_project_word_names_none() -> None:
    mail = _MAIL.format(subject="Tilanneraportti 1/2025", closing="Terveisin", signed="Kehittämisyksikkö\n")
    assert "Kehittämisyksikkö" not in [p.name for p in _read(mail, "r.eml").projects]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Arjen apu kotiin", "Arjen apu kotiin"),  # a plain name over the parts
        ("Kotiin turvallisesti -hanke", "Kotiin turvallisesti -hanke"),  # the negative: a title with its word
    ],
)
def test_a_list_of_parts_is_no_title(title: str, name: str) -> None:
    text = (
        f"{title}\n\nOhjausryhmä 12.3.2024 – väliraportti\nEtelä-Savon hyvinvointialue\nOsahanke 1: Kotiapu\n"
        "Osahanke 2: Kauppakassipalvelu\n\nKotiapua annettiin Mikkelissä.\n\nAikataulu: vihreä\n"
    )
    assert _root(text) == name


def test_a_name_with_its_place_in_a_local_case_is_no_owners_line() -> None:
    text = "Loppuraportti\nKotiapu Keski-Suomessa\n\nHakija\tKeski-Suomen hyvinvointialue\n\nKotiapua annettiin Jämsässä.\n"
    assert _root(text) == "Kotiapu Keski-Suomessa"
    assert _root("Loppuraportti\nKeski-Suomen hyvinvointialue\n\nHankkeen nimi: Kotiapu\n") == "Kotiapu"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Cc: Safe Steps Home steering group", "Safe Steps Home"),
        ("To: Safe Steps Home project steering group", "Safe Steps Home"),
        ("Vastaanottaja: Kotiapu-hankkeen ohjausryhmä", "Kotiapu"),
        ("Cc: Jonas Berg <jonas.berg@example.se>", None),
    ],
)
def test_a_copys_recipient_names_the_steering_groups_project(line: str, name: str | None) -> None:
    assert recipient_body(line) == name


def test_a_steering_groups_name_gives_way_to_the_subjects_fuller_one() -> None:
    text = (
        "From: A <a@example.fi>\nTo: Safe Nights steering group\nDate: 17 March 2025\n"
        "Subject: Safe Nights Kainuu – status before the meeting\n\nDear all,\n\nthe night-time home care project runs in Kajaani for the wellbeing services county of Kainuu.\n"
    )
    assert _root(text) == "Safe Nights Kainuu"
