"""A goal item carrying its verdict: after a separator with a status column's label ("X → *Tila:* kesken",
"X – status: klart"), in brackets before it ("[VALMIS] X"), or in a sentence after it in the same item
("X. Arvio: toteutui osittain."); a printed form's goal fields ("Tavoite 1 *  X" over "Toteutuminen *
[valinta: Toteutui]"); and a list of goals with dot leaders under a sentence announcing them.

Invented texts (tuning documents u520–u524 pin the same classes in whole documents).
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalheads import form_line, goal_head
from hankegraafi.ingest.facts.goalstatus import status_of
from hankegraafi.ingest.readers import read_bytes

HEAD = "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI 2/2024\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"


def goals(body: str, name: str = "r.txt") -> list[tuple[str, str]]:
    x = extract(read_bytes((HEAD + body).encode(), file_name=name, max_bytes=100_000))
    return sorted((g.description, g.status) for p in x.projects for g in p.goals)


def test_a_goal_line_with_its_own_verdict() -> None:
    head = goal_head("- **Tavoite:** Yöpartio kattaa kaikki kylät → *Tila:* kesken")
    assert (head.goal, head.status) == ("Yöpartio kattaa kaikki kylät", "unfinished")
    head = goal_head("2. Kvällsbesök via video – status: försenat till 2025")
    assert (head.goal, head.status) == ("Kvällsbesök via video", "moved-later")
    head = goal_head("[VALMIS] Omaisten neuvontapuhelin arkisin")
    assert (head.goal, head.status) == ("Omaisten neuvontapuhelin arkisin", "achieved")
    head = goal_head("- Chat auki lauantaisin. Tavoitteesta luovuttiin, koska kysyntää ei ollut.")
    assert (head.goal, head.status) == ("Chat auki lauantaisin", "not-achieved")
    assert status_of("klart") == "achieved"


def test_goal_items_with_their_verdicts_in_a_goals_section() -> None:
    body = (
        "Tavoitteet\n"
        "- **Tavoite:** Yöpartio kattaa kaikki kylät → *Tila:* toteutunut\n"
        "- **Tavoite:** Omaisten neuvontapuhelin → *Tila:* viivästyi vuodelle 2025, ei puhelinjärjestelmää\n"
        "- **Tavoite:** Lääkerobotti kotihoitoon → *Tila:* kesken\n"
    )
    assert goals(body, "r.md") == [
        ("Lääkerobotti kotihoitoon", "unfinished"),
        ("Omaisten neuvontapuhelin", "moved-later"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]


def test_a_printed_forms_goal_fields() -> None:
    assert (
        form_line("Tavoite 1 *     Yöpartio kattaa kaikki kylät") == "Tavoite 1: Yöpartio kattaa kaikki kylät"
    )
    assert form_line("Toteutuminen *  [valinta: Toteutui osittain]") == "Toteutuminen: Toteutui osittain"
    assert form_line("Aikataulu  vihreä") == "Aikataulu  vihreä"
    body = (
        "3. TAVOITTEET\n"
        "Tavoite 1 *       Yöpartio kattaa kaikki kylät\n"
        "Toteutuminen *    [valinta: Toteutui]\n"
        "Tavoite 2 *       Omaisten neuvontapuhelin arkisin\n"
        "Toteutuminen *    [valinta: Ei toteutunut]\n"
    )
    assert goals(body) == [
        ("Omaisten neuvontapuhelin arkisin", "not-achieved"),
        ("Yöpartio kattaa kaikki kylät", "achieved"),
    ]


def test_goals_with_dot_leaders_under_a_sentence_announcing_them() -> None:
    body = (
        "§ 12 Hankkeen tilannekatsaus\n\n"
        "Hankkeen raportissa tavoitteista todetaan seuraavaa:\n"
        "  - yöpartio kaikkiin kyliin ................ toteutunut\n"
        "  - omaisten neuvontapuhelin ................ lykkääntyy vuoteen 2025\n\n"
        "Päätösehdotus\nAluehallitus merkitsee tilannekatsauksen tiedoksi.\n"
    )
    assert goals(body) == [
        ("omaisten neuvontapuhelin", "moved-later"),
        ("yöpartio kaikkiin kyliin", "achieved"),
    ]
