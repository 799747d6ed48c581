"""A space-aligned table with a plain rule under its header or over its total (issue 13; test_ruled_tables.py has
the rule drawn in columns, "-------  -----", which the table readers read as a row).

Text exports and memos draw "--------" or "========" under a table's header: left a line of text, the rule
cut the table in two, its header alone and unsplit and its rows without their columns' names, so every
cost cell and light of such a table was lost (test33 id11, id23, id37, id69; tuning documents u982, u983).
``plaintext._across_rules`` splits and aligns the columns as if the rule were not there, then makes the rule
a row of rule cells, which the table readers drop. A rule that is no table's (under a title, between a field
and a table of other columns) stays a line of text.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.plaintext import tabulate
from hankegraafi.ingest.readers import read_bytes

_MEMO = """\
Tilannekatsaus

Hanke              Kotiutuksen tuki Lapissa
Rahoittaja         Sosiaali- ja terveysministeriö
Kunnat             Rovaniemi, Kemijärvi

{lights}

Talous vuonna 2025 (euroa)

Kululaji                  Budjetti  Toteuma  Ennuste
----------------------------------------------------
Henkilöstökulut            240 500  118 300  236 000
Matkakulut                  12 000    7 150   13 400
====================================================
Yhteensä                   252 500  125 450  249 400
"""

_GRID = """\
                                         Aikataulu  Kustannukset  Henkilöstö
----------------------------------------------------------------------------
Osahanke 1: Kotiutustiimi                vihreä     keltainen     vihreä
Osahanke 2: Etäseuranta                  punainen   vihreä        vihreä"""


def _cells(text: str) -> dict[tuple[str, str], Decimal]:
    x = extract(read_bytes(text.encode(), file_name="muistio.txt", max_bytes=100_000))
    return {
        (line.category, column): value
        for p in x.projects
        for s in p.costs
        for line in s.lines
        for column, value in line.values.items()
    }


def test_the_header_and_rows_of_a_ruled_table_are_one_table() -> None:
    lines = _MEMO.format(lights="").splitlines()
    out = tabulate(lines)
    header = lines.index("Kululaji                  Budjetti  Toteuma  Ennuste")
    assert out[header].split("\t") == ["Kululaji", "Budjetti", "Toteuma", "Ennuste"]
    assert out[header + 1].split("\t") == ["---"] * 4
    assert out[header + 2].split("\t") == ["Henkilöstökulut", "240 500", "118 300", "236 000"]
    assert out[header + 4].split("\t") == ["---"] * 4  # the rule over the total
    assert out[header + 5].split("\t") == ["Yhteensä", "252 500", "125 450", "249 400"]


def test_the_cells_of_a_ruled_cost_table_are_read() -> None:
    cells = _cells(_MEMO.format(lights=""))
    assert cells[("staff-costs", "budget")] == Decimal(240500)
    assert cells[("staff-costs", "forecast")] == Decimal(236000)
    assert cells[("travel", "actual")] == Decimal(7150)
    assert cells[("total", "actual")] == Decimal(125450)
    assert len(cells) == 9


def test_a_grid_header_without_its_corner_over_a_rule_keeps_its_columns() -> None:
    lines = _MEMO.format(lights=_GRID).splitlines()
    out = tabulate(lines)
    header = next(i for i, line in enumerate(lines) if line.strip().startswith("Aikataulu"))
    assert out[header].split("\t") == ["", "Aikataulu", "Kustannukset", "Henkilöstö"]
    assert out[header + 1].split("\t") == ["---"] * 4
    assert out[header + 3].split("\t") == ["Osahanke 2: Etäseuranta", "punainen", "vihreä", "vihreä"]
    x = extract(read_bytes("\n".join(lines).encode(), file_name="muistio.txt", max_bytes=100_000))
    lights = {(p.name, light.dimension): light.value for p in x.projects for light in p.lights}
    assert lights[("Osahanke 2: Etäseuranta", "schedule")] == "deviation"
    assert lights[("Osahanke 1: Kotiutustiimi", "costs")] == "deviation"
    assert lights[("Osahanke 1: Kotiutustiimi", "staff")] == "on-plan"


def test_a_rule_under_a_title_or_between_a_field_and_a_table_stays_text() -> None:
    lines = [
        "Talous",
        "------",
        "Hanke          Kotiutuksen tuki",
        "-----------------------------------------------",
        "Kululaji        Budjetti   Toteuma   Ennuste",
        "Matkakulut        12 000     7 150    13 400",
        "Yhteensä          12 000     7 150    13 400",
    ]
    out = tabulate(lines)
    assert out[1] == "------"  # a title's underline: no row on either side
    assert out[3] == lines[3]  # two cells above, four below: a field, then another table
    assert out[4].split("\t") == ["Kululaji", "Budjetti", "Toteuma", "Ennuste"]
