"""A key and a grid in forms the readers did not take (issue 13, stop 50, L7): a grid of verdicts whose unticked
cells are empty boxes ("[ ]", "☐", "( )") or whose verdict heads are the document's own words beside one the
vocabulary rates on plan (test25 l02, test27 i40, test37 oh03); a key given as a table, one mark a row (test41
ol16); a key's pieces whose marks are a digit or a letter beside signs (test41 ol02); a matrix whose heads are the
parts' codes the text names while no part is found (test41 ol02: nothing is the project's). Tune u1700-u1704.
Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightpieces import piece_pairs, table_keys
from hankegraafi.ingest.lightticks import ticked_rows
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects}


def test_a_grid_whose_unticked_cells_are_empty_boxes() -> None:
    for ticked, empty in (("[x]", "[ ]"), ("☒", "☐"), ("(x)", "( )"), ("●", "○")):
        lines = [
            "Osa-alue\tSuunnitelman mukaan\tLievä poikkeama\tVakava poikkeama",
            f"Aikataulu\t{ticked}\t{empty}\t{empty}",
            f"Kustannukset\t{empty}\t{empty}\t{ticked}",
            f"Henkilöstö\t{ticked}\t{empty}\t{empty}",
        ]
        assert [(d, v) for _, d, v in ticked_rows(lines)] == [
            ("schedule", "on-plan"),
            ("costs", "deviation"),
            ("staff", "on-plan"),
        ], ticked


def test_verdict_heads_in_the_documents_own_words_beside_one_on_plan() -> None:
    lines = [
        "Area\tAs planned\tHalfway there\tNot met",
        "Schedule\tX\t\t",
        "Costs\t\t\tX",
        "Benefits\t\tX\t",
    ]
    assert [(d, v) for _, d, v in ticked_rows(lines)] == [
        ("schedule", "on-plan"),
        ("costs", "deviation"),
        ("benefits", "deviation"),
    ]


def test_a_grid_of_places_or_of_unrated_heads_is_no_light() -> None:
    places = [
        "Palvelu\tKotka\tKouvola\tHamina",
        "Neuvola\t☒\t☐\t☐",
        "Aikataulu\t☐\t☒\t☐",
        "Henkilöstö\t☐\t☐\t☒",
    ]
    assert ticked_rows(places) == []
    risk = ["Riski\tPieni\tKohtalainen\tSuuri", "Aikataulu\t[x]\t[ ]\t[ ]", "Henkilöstö\t[ ]\t[ ]\t[x]"]
    assert ticked_rows(risk) == []  # no head rated on plan: a likelihood scale, not verdicts


def test_a_key_given_as_a_table_one_mark_a_row() -> None:
    lines = ["Merkit", "I\tsuunnitelman mukaan", "II\tlievä poikkeama", "III\tvakava poikkeama", ""]
    assert table_keys(lines, dimension_of) == [
        "I = suunnitelman mukaan, II = lievä poikkeama, III = vakava poikkeama"
    ]
    assert document_legend(["Tila", "Aikataulu\tII", *lines]) == {
        "I": "on-plan",
        "II": "deviation",
        "III": "deviation",
    }
    text = "Hanke: Etäkuntoutus Kainuussa\n\nAikataulu\tII\nKustannukset\tI\nHenkilöstö\tIII\n\n" + "\n".join(
        lines
    )
    assert _lights(text, "x.tsv")["Etäkuntoutus Kainuussa"] == {
        "schedule": "deviation",
        "costs": "on-plan",
        "staff": "deviation",
    }


def test_a_table_of_abbreviations_or_of_lights_is_no_key() -> None:
    assert document_legend(["KT\tkotiutustiimi", "KH\tkotihoito", "PTH\tperusterveydenhuolto"]) == {}
    # a dimension and its verdict is a light's row, not a mark and its meaning
    assert table_keys(["Aikataulu\tsuunnitelman mukaan", "Riskit\tpoikkeama"], dimension_of) == []


def test_a_key_whose_marks_are_a_digit_or_a_letter_beside_signs() -> None:
    assert piece_pairs("Merkinnät: + suunnitelman mukaan, 0 pieni poikkeama, – merkittävä poikkeama.") == [
        ("+", "suunnitelman mukaan"),
        ("0", "pieni poikkeama"),
        ("–", "merkittävä poikkeama"),
    ]
    assert document_legend(
        ["Teckenförklaring: ++ enligt plan, o mindre avvikelse, x allvarlig avvikelse."]
    ) == {
        "++": "on-plan",
        "o": "deviation",
        "x": "deviation",
    }
    assert piece_pairs("Kunnista mukana on 2, 3 tulee mukaan keväällä, 2 tiimiä aloittaa") == []
    assert document_legend(["Mukana 2 kuntaa, 3 tulossa, 4 harkitsee"]) == {}


def test_a_matrix_headed_by_the_parts_codes_is_no_rating_of_the_project() -> None:
    text = (
        "Tilanneraportti 2/2024\nSujuva kotiutus Satakunnassa\n\n"
        "T1 Kotiutustiimi. Tiimi käy kotona kotiutumispäivänä.\nT2 Etäseuranta. Mittaukset siirtyvät hoitajalle.\n\n"
        "Tilannearvio\n\tT1\tT2\nAikataulu\t+\t0\nKustannukset\t+\t+\nHenkilöstö\t0\t+\n\n"
        "Merkinnät: + suunnitelman mukaan, 0 pieni poikkeama, – merkittävä poikkeama.\n"
    )
    lights = _lights(text, "x.txt")
    assert (
        lights.get("Sujuva kotiutus Satakunnassa", {}) == {}
    )  # the parts' values, whether or not a part is found
