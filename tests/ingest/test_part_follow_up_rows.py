"""A minute's table with a row per part: whose figures each row holds (invented text).

A row per investment or sub-project with the sum granted, what was spent and the utilisation
("Investointi | Myönnetty | Toteutunut | Käyttöaste") follows up each part's costs against its
grant: each row is the part's cumulative total, not money of the whole or a cost row of it. The
same table without a utilisation column stays the sums granted per part. A date after a part's
word in a caption ("per delprojekt 31.3.2024") is no part.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction, Project
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, file_name: str = "poytakirja.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))


def _by_name(x: Extraction) -> dict[str, Project]:
    return {p.name: p for p in x.projects}


_MINUTE = """ETELÄ-KARJALAN HYVINVOINTIALUE
Aluehallitus\tPöytäkirja 9/2024

§ 140\tSujuva arki Etelä-Karjalassa

Sosiaali- ja terveysministeriö myönsi hankkeelle 2 900 000 euroa. Hanke toteutetaan Lappeenrannassa ja Imatralla.

Investointien talous 31.10.2024
Investointi\tTila\tMyönnetty, €\tToteutunut, €\tKäyttö-%
Investointi 1: Hoitoon pääsy\tvihreä\t1 700 000\t850 000\t50,0
Investointi 3: Kotiin annettavat palvelut\tkeltainen\t1 200 000\t300 000\t25,0
Tila: vihreä = aikataulussa, keltainen = viivästynyt.

Päätös\tAluehallitus merkitsi katsauksen tiedoksi.
"""


def test_a_row_per_part_with_a_utilisation_column_is_each_parts_cumulative_total() -> None:
    x = _read(_MINUTE)
    projects = _by_name(x)
    first = projects["Investointi 1: Hoitoon pääsy"]
    third = projects["Investointi 3: Kotiin annettavat palvelut"]
    for part, granted, actual, used in (
        (first, "1700000", "850000", "50.0"),
        (third, "1200000", "300000", "25.0"),
    ):
        [statement] = [s for s in part.costs if s.kind == "cumulative"]
        [line] = statement.lines
        assert line.category == "total"
        assert line.values == {
            "granted": Decimal(granted),
            "actual": Decimal(actual),
            "utilisation-percent": Decimal(used),
        }
        assert not [s for s in part.costs if s.kind == "granted"]
    whole = projects["Sujuva arki Etelä-Karjalassa"]
    # The whole keeps its own grant and no cost table of the parts' rows (the legend and the
    # decision under the table are no rows of it).
    assert [s.kind for s in whole.costs] == ["granted"]
    assert {p.name: [light.value for light in p.lights] for p in (first, third)} == {
        first.name: ["on-plan"],
        third.name: ["deviation"],
    }


def test_the_same_table_without_a_utilisation_column_is_the_sums_granted_and_spent_per_part() -> None:
    """Without a utilisation column a minute's row per part still gives the part's cumulative total, granted and
    spent, beside its grant (stop 49, C2's d2538754: the golds of eight sets read these rows so; only a final
    account, "loppuselvitys", keeps them money alone: test2 h16, tune u247). Was: the sums granted only."""
    text = _MINUTE.replace("\tKäyttö-%", "").replace("\t50,0", "").replace("\t25,0", "")
    projects = _by_name(_read(text))
    for name, granted, actual in (
        ("Investointi 1: Hoitoon pääsy", "1700000", "850000"),
        ("Investointi 3: Kotiin annettavat palvelut", "1200000", "300000"),
    ):
        by_kind = {statement.kind: statement for statement in projects[name].costs}
        assert sorted(by_kind) == ["cumulative", "granted"]
        assert by_kind["granted"].lines[0].values == {"budget": Decimal(granted)}
        [line] = by_kind["cumulative"].lines
        assert line.category == "total"
        assert line.values == {"granted": Decimal(granted), "actual": Decimal(actual)}


def test_a_date_after_a_parts_word_in_a_caption_is_no_part() -> None:
    text = _MINUTE.replace("Investointien talous 31.10.2024", "Talous per investointi 31.10.2024")
    names = {p.name for p in _read(text).projects}
    assert not any("31.10" in name for name in names)
    assert {"Investointi 1: Hoitoon pääsy", "Investointi 3: Kotiin annettavat palvelut"} <= names
