"""A memo's title with its number, and a numbered heading run into a sentence opening with a passive verb
(invented text).

"X -hankkeen seurantaryhmän kokousmuistio 2/2025" names X as "X -hankkeen ohjausryhmä" does: the memo's
number is no word of its matter. "3. Talouden seuranta" over "Todettiin X -hankkeen kustannusten …" names X,
not "Talouden seuranta Todettiin X": the passive verb and what stands before it are no words of the name.
"""

from __future__ import annotations

from hankegraafi.ingest.generictitle import name_before_hanke
from hankegraafi.ingest.namecuts import project_of_body


def test_a_memos_number_after_the_projects_group() -> None:
    assert project_of_body("Ikäpolku Pohjanmaalla -hankkeen seurantaryhmän kokousmuistio 2/2025") == (
        "Ikäpolku Pohjanmaalla -hanke"
    )
    assert project_of_body("Arjen apu -hankkeen ohjausryhmän pöytäkirja 12.11.2024") == "Arjen apu -hanke"
    assert project_of_body("Hyvinvointialueen ohjausryhmän muistio 3/2025") is None


def test_a_heading_run_into_a_passive_sentence() -> None:
    assert name_before_hanke("3. Talouden seuranta Todettiin Arjen apu Ylä-Savossa -hankkeen kustannukset") == (
        "Arjen apu Ylä-Savossa -hanke"
    )
    assert name_before_hanke("Käsiteltiin Yöpartio kotiin -hankkeen tilannetta.") == "Yöpartio kotiin -hanke"
    assert name_before_hanke("Liiku kotona -hankkeen tulokset") == "Liiku kotona -hanke"
