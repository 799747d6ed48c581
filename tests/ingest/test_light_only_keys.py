"""A key that names only the value on plan, the other values of the grid deviations (issue 13, stop 41, L13;
test30 oc10 oc16; tune u1103-u1105). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightonly import only_legend
from hankegraafi.ingest.lightvalues import value_of
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_the_other_values_of_the_rows_are_deviations() -> None:
    lines = [
        "Aikataulu\tpitää\tkaikki kunnat mukana",
        "Kustannukset\tpitää osittain\tvuokrat nousivat",
        "Henkilöstö\tei pidä\tkaksi tointa auki",
        "Ainoastaan pitää tarkoittaa, että osa-alue etenee suunnitelman mukaan.",
    ]
    assert only_legend(lines, value_of) == {
        "pitää": "on-plan",
        "pitää osittain": "deviation",
        "ei pidä": "deviation",
    }


def test_a_key_whose_mark_stands_in_no_row_is_none() -> None:
    lines = [
        "Vain valmis kotikäynti tarkoittaa suunnitelman mukaista käyntiä.",
        "Aikataulu\tensimmäiset käynnit alkoivat syyskuussa",
        "Kustannukset\tmatkakulut arvioitua pienemmät",
    ]
    assert only_legend(lines, value_of) == {}
    # A meaning that is no rating.
    assert (
        only_legend(["Vain Kotka tarkoittaa kaupunkia.", "Aikataulu: Kotka", "Riskit: Hamina"], value_of) == {}
    )


def test_a_status_list_under_a_key_of_one_value() -> None:
    text = (
        "# Home dialysis at night\n\nStatus update 2/2025\n\n"
        'Only "steady" counts as on plan.\n\n'
        "- Schedule: steady\n- Costs: shaky (fuel)\n- Staffing: steady\n- Benefits: stalled\n"
    )
    assert _lights(text, "update.md") == {
        "Home dialysis at night": {
            "schedule": "on-plan",
            "costs": "deviation",
            "staff": "on-plan",
            "benefits": "deviation",
        }
    }
