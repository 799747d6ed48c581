"""A key read piece by piece, each piece a mark of the document's own and what it means, whatever the mark
("+ suunnitelman mukainen, ± pieni poikkeama", "[###] = enligt plan", "▮▮▯ minor deviation", "(✔ on plan,
⚠ watch, ✖ off plan)"; issue 13, stop 49, L6; test33 id12 id32 id34 id36 id49 id69 id78, test27 i21, test25 l89,
test23 s13; tune u1623-u1625). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightpieces import piece_legend, piece_pairs
from hankegraafi.ingest.lightvalues import legend_meanings, value_of
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects}


def _key(line: str) -> dict[str, str]:
    return piece_legend([line], legend_meanings, value_of)


def test_the_pieces_of_a_key() -> None:
    assert piece_pairs("Merkinnät: + etenee, ± pieni poikkeama, − vakava poikkeama.") == [
        ("+", "etenee"),
        ("±", "pieni poikkeama"),
        ("−", "vakava poikkeama"),
    ]
    assert _key("[==] = enligt plan, [=-] = mindre avvikelse, [--] = allvarlig avvikelse") == {
        "[==]": "on-plan",
        "[=-]": "deviation",
        "[--]": "deviation",
    }
    assert _key("TILANNE (✔ suunnitelman mukaan, ⚠ seurattava, ✖ poikkeama)") == {
        "✔": "on-plan",
        "⚠": "deviation",
        "✖": "deviation",
    }
    assert _key("Key: ◆◆ on plan · ◆◇ minor slip · ◇◇ off plan")["◆◇"] == "deviation"
    assert _key("Riskit arvioidaan merkeillä + (hallinnassa), ± (seurattava), − (vakava)")["+"] == "on-plan"


def test_marks_that_rate_nothing_are_no_key() -> None:
    assert _key("Merkinnät: + lisätty, − poistettu.") == {}  # a change log's signs
    assert _key("* = arvio, ** = toteuma") == {}
    assert _key("Hanke etenee, kustannukset ovat kunnossa, henkilöstö riittää.") == {}
    assert piece_pairs("Aikataulu: +") == []  # one piece is no key


def test_lights_printed_as_the_keys_bars() -> None:
    text = (
        "# Lohjan kotikuntoutus\n\nLänsi-Uudenmaan hyvinvointialue\n\n"
        "Key: ▮▮▮ as planned, ▮▮▯ minor deviation, ▮▯▯ serious deviation\n\n"
        "| Area | Rating |\n|---|---|\n| Schedule | ▮▮▯ |\n| Costs | ▮▮▮ |\n| Staffing | ▮▯▯ |\n"
    )
    assert _lights(text, "sivu.md")["Lohjan kotikuntoutus"] == {
        "schedule": "deviation",
        "costs": "on-plan",
        "staff": "deviation",
    }


def test_a_change_log_with_signs_gives_no_lights() -> None:
    text = (
        "Itä-Uudenmaan hyvinvointialue\nHanke: Porvoon etäkotihoito\n\nMerkinnät: + lisätty, − poistettu.\n\n"
        "- Aikataulu: + uusi välitavoite\n- Kustannukset: − erillinen matkakulurivi\n"
    )
    assert all(not lights for lights in _lights(text, "muutokset.txt").values())


def test_a_rule_under_a_heading_is_no_mark_of_the_key() -> None:
    text = (
        "Hanke: Imatran perhetyön tuki\nEtelä-Karjalan hyvinvointialue\n\n"
        "Merkinnät: + suunnitelman mukainen, − poikkeama.\n\n"
        "Aikataulu\t+\nHenkilöstö\t−\n\nTalous 30.6.2025 (euroa)\n------------------------\n\n"
        "Kustannuslaji\tBudjetti\tToteuma\nHenkilöstökulut\t100 000\t40 000\n"
    )
    assert _lights(text, "muistio.txt")["Imatran perhetyön tuki"] == {
        "schedule": "on-plan",
        "staff": "deviation",
    }
