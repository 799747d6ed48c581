"""The shared frame of the family generators: every format and table markup it writes is read, and scored.

A small invented family (a status report with a name field and a cost table) in each format × markup × field
style: the document is read (not refused) and its project name found, so a generator's failing axis value is
the ingest's, not the frame's writing. Also: a document is the same whatever the run's length, and the runner's
figures and floors work.
"""

from __future__ import annotations

import random

import pytest

from tests.ingest.families import frame

NAME = "Kotihoidon yöpartio"


def _generate(rng: random.Random, index: int) -> frame.Doc:
    fmt = frame.FORMATS[index % len(frame.FORMATS)]
    markup = frame.TABLE_MARKUPS[index // len(frame.FORMATS) % len(frame.TABLE_MARKUPS)]
    style = frame.pick(rng, frame.FIELD_STYLES)
    blocks = [
        ("title", "Tilanneraportti 2/2024"),
        ("para", "Toteuttaja: Pohjois-Savon hyvinvointialue"),
        ("fields", [("Hankkeen nimi", NAME), ("Hankeaika", "1.1.2024–31.12.2025")]),
        ("heading", "Kustannukset"),
        (
            "table",
            [["Kustannuslaji", "Toteuma"], ["Henkilöstökulut", "120 000"], ["Yhteensä", "120 000"]],
            None,
        ),
    ]
    name = f"yopartio_{index}.{fmt}"
    return frame.Doc(
        name,
        frame.render(blocks, fmt, markup=markup, field_style=style, subject=NAME),
        frame.gold(name, f"families/frame/{fmt}", projects=[frame.project(NAME)]),
        {"format": fmt, "markup": markup, "fields": style},
    )


@pytest.fixture(scope="module")
def tally() -> frame.Tally:
    return frame.run(_generate, len(frame.FORMATS) * len(frame.TABLE_MARKUPS), ["project name"])


#: Documents whose name the ingest misses today, a gap of the ingest and not of the frame: the name field
#: written as a row "Hankkeen nimi;X" of a semicolon-separated table in a .txt is read as the name
#: "Hankkeen nimi;X" (names family, N24 stop 52). A fix may empty this; nothing may join it.
KNOWN_GAPS = {29}


def test_every_format_and_markup_is_read(tally: frame.Tally) -> None:
    assert tally.refused_total == 0
    faults = {int(f.split()[0][1:]) for key, shown in tally.faults.items() for f in shown if key[1] == "format"}
    assert faults <= KNOWN_GAPS
    for fmt in frame.FORMATS:
        assert tally.figure("project name", "format", fmt)[1] >= 6 / 7, fmt
    for markup in frame.TABLE_MARKUPS:
        assert tally.figure("project name", "markup", markup)[1] >= 6 / 7, markup


def test_floors_report_what_falls_short(tally: frame.Tally) -> None:
    assert frame.shortfalls(tally, {("project name", "all", ""): (0.95, 0.95)}) == []
    assert frame.shortfalls(tally, {("project name", "format", "txt"): (1.01, 1.01)}) != []
    assert frame.shortfalls(tally, {("project name", "format", "nosuch"): (1.0, 1.0)}) == []
    text = frame.report(tally)
    assert "project name: precision" in text and "csv-semicolon" in text
    assert tally.as_dict()["categories"]["project name"]["format"]["md"]["recall"] == 1.0


def test_a_document_is_the_same_whatever_the_run() -> None:
    once, again = frame.make(_generate, 5, seed=3), frame.make(_generate, 5, seed=3)
    assert (once.content, once.axes) == (again.content, again.axes)
    assert frame.run(_generate, 2, ["project name"], start=5).n == 2


def test_vocabulary_labels_cover_every_language() -> None:
    found = frame.labels("document-field", keys=["name"])
    assert {label.lang for label in found} == {"fi", "sv", "en"}
    assert all(label.key == "name" and label.kind in ("pref", "alt") for label in found)
    assert any(label.kind == "hidden" for label in frame.labels("organisation", hidden=True))
