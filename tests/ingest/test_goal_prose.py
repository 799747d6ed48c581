"""Goals stated in running text and in a question over a list, and reports that are no goals.

Invented texts (tuning documents u206, u207 and u205 pin the classes in whole documents):
"Projektets mål är att A och att B" states two goals, a quoted goal is the goal without who
said it, a question of aiming ("Mitä hankkeella tavoitellaan?") announces the list of goals
below it, and a step of the work moved later ("testaus siirtyi") is no goal.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.goalleads import lead_in
from hankegraafi.ingest.facts.goals import stated_goals
from hankegraafi.ingest.readers import read_bytes


def test_the_goals_a_lead_in_sentence_states() -> None:
    assert stated_goals("Projektets mål är att väntetiden kortas och att fler bor hemma.") == [
        "väntetiden kortas",
        "fler bor hemma.",
    ]
    assert stated_goals(
        "– Vårt mål är att ingen ska vänta mer än en vecka, säger projektledare Anna Berg."
    ) == ["ingen ska vänta mer än en vecka"]
    assert stated_goals("Hankkeen tavoitteena on, että jonot lyhenevät ja että asiointi sujuu verkossa.") == [
        "jonot lyhenevät",
        "asiointi sujuu verkossa.",
    ]
    assert stated_goals("Hanke alkoi keväällä.") == []


def test_a_question_of_aiming_announces_the_goals() -> None:
    assert lead_in("Mitä hanke tavoitteli?")
    assert lead_in("Vad eftersträvar projektet?")
    assert not lead_in("Mitä hanke teki?")  # no aim: its actions, not its goals


def test_a_step_of_the_work_moved_later_is_no_goal() -> None:
    text = (
        "Kuvitteellinen hyvinvointialue\nTILANNERAPORTTI\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"
        "1 Yleistä\nKotihoidon tablettien testaus siirtyi syyskuulle laitetoimituksen viivästyttyä.\n"
        "Yökotihoidon laajennus siirtyi vuodelle 2026.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert [(g.description, g.status) for p in x.projects for g in p.goals] == [
        ("Yökotihoidon laajennus siirtyi vuodelle 2026.", "moved-later")
    ]


def test_a_heading_of_a_label_joined_to_words_of_its_own_ends_the_goals() -> None:
    from hankegraafi.ingest.labels import match_heading

    assert match_heading("Riippuvuudet ja kumppanit") == ("dependencies", "")
    assert match_heading("Kela ja THL") is None  # no section's label
    text = (
        "Kuvitteellinen hyvinvointialue\nTILANNEKATSAUS\n\nHanke: Kuvitteellinen kotihoitohanke\n\n"
        "Tavoitteet\n\n- Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä\n\n"
        "Riippuvuudet ja kumppanit\n\n- Kanta-palvelut: käyntien kirjaukset\n"
    )
    x = extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000))
    assert [g.description for p in x.projects for g in p.goals] == [
        "Kotikäynnit kirjataan mobiilisti kaikissa tiimeissä"
    ]
