"""Looking past a text's repeated last lines (a running footer, a page number) takes time linear in the
text: cut_short had counted every line again for each repeated line it looked past.

Found by attack (stop 35): a text file of 16 000 lines 'Tavoite: x' (CR line ends) took 28 s of CPU
to validate, 8 000 lines 9 s, of which damaged.cut_short nearly all; 50 000 lines did not end in 400 s.
"""

from __future__ import annotations

import time

from hankegraafi.ingest.damaged import cut_short


def test_many_repeated_last_lines_are_looked_past_in_linear_time() -> None:
    lines = ["Hankesuunnitelma", "", "Kainuun hyvinvointialue.", *["Tavoite: x"] * 40_000]
    started = time.process_time()
    assert cut_short(lines) is None
    assert time.process_time() - started < 2.0  # before: minutes


def test_what_is_looked_past_is_as_before() -> None:
    body = [
        "Hanke kehittää kotihoidon palveluja koko alueella yhdessä kuntien kanssa.",
        "Toinen vaihe alkaa syksyllä ja",
        "Sivu 3 (5)",
        "",
        "Kainuun hyvinvointialue hankeraportti",
    ]
    footer = "Kainuun hyvinvointialue hankeraportti"
    # a running footer standing twice and a page mark after an open sentence: the cut is found under them
    assert cut_short(["Otsikko", footer, "Johdanto.", *body]) == "in the middle of a sentence"
    # the footer standing once is the text's last line, ending as a heading may
    assert cut_short(["Otsikko", "Johdanto.", "Tausta.", *body]) is None
    # three lines or fewer left: nothing to judge
    assert cut_short(["a b", "a b", "a b", "a b"]) is None
