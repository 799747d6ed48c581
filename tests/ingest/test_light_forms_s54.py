"""Light forms of stop 54 (L11; test45 op15 and op18; red team R17-7, R18-17, R18-19): a key broken after a
comma, a shortfall said with "jäädä", a symbol in brackets. Invented text."""

from __future__ import annotations

import pytest

from hankegraafi.ingest.lightscales import spelt
from hankegraafi.ingest.lightvalues import document_legend, value_of


def test_a_key_broken_after_a_comma_is_read_whole() -> None:
    # The last piece of the key opens the next line with its mark, as a bullet would ("* = …").
    lines = [
        "Teckenförklaring: *** = enligt plan, ** = lindrig avvikelse,",
        "* = allvarlig avvikelse.",
        "Tidtabell\t*",
    ]
    assert document_legend(lines) == {"***": "on-plan", "**": "deviation", "*": "deviation"}


def test_a_line_after_a_whole_key_is_no_piece_of_it() -> None:
    lines = [
        "Merkinnät: ++ = suunnitelman mukaan, + = lievä poikkeama.",
        "* Aikataulu päivitettiin toukokuussa.",
    ]
    assert "*" not in document_legend(lines)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jäi suunnitellusta, palautteen keruu alkoi myöhään", "deviation"),
        ("jäivät jälkeen suunnitelmasta", "deviation"),
        ("blev efter tidsplanen", "deviation"),
        ("fell behind the schedule", "deviation"),
        # denied: no shortfall, on plan
        ("ei jäänyt suunnitellusta", "on-plan"),
    ],
)
def test_a_shortfall_said_with_jaada(text: str, value: str | None) -> None:
    assert value_of(text) == value


@pytest.mark.parametrize(
    ("text", "spelt_as"),
    [
        ("Aikataulu (🟢)", "Aikataulu 🟢"),
        ("Kustannukset [🔴]", "Kustannukset 🔴"),
        # no coloured symbol of the vocabulary in the brackets: as written
        ("Kustannukset (!)", "Kustannukset (!)"),
        ("Riskit (*)", "Riskit (*)"),
        ("Hanke (2023)", "Hanke (2023)"),
    ],
)
def test_a_symbol_alone_in_brackets_is_the_symbol(text: str, spelt_as: str) -> None:
    assert spelt(text) == spelt_as
