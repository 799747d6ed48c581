"""A partners' table with no header row: each row a party, then what it does for the project.

Under a heading such as "Yhteistyö" or "Kumppanit", pages and exports list the partners as
rows "HUS | konsultaatiot" without a header naming the columns. The first column names
the parties when most of its cells are names the vocabularies or a name's form know; the
project relies on each. All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=1_000_000))


HEAD = (
    "Muistipolku-hanke\n\nPirkanmaan hyvinvointialueen hanke kehittää muistisairaiden kotihoitoa "
    "Tampereella ja Nokialla.\n\n"
)


def test_each_row_of_a_headless_partners_table_is_relied_on() -> None:
    text = HEAD + (
        "Kumppanit\n"
        "Tampereen ammattikorkeakoulu\tkouluttaa muistihoitajat\n"
        "Omaolo\tmuistitestin oirearvio\n"
        "Muistiluotsi Pirkanmaa ry\tvertaisryhmät omaisille\n"
    )
    project = read(text).projects[0]
    relied = {d.target.label for d in project.dependencies}
    assert {"Tampereen ammattikorkeakoulu", "Omaolo", "Muistiluotsi Pirkanmaa ry"} <= relied
    partners = {p.organisation.label for p in project.participations}
    assert {"Tampereen ammattikorkeakoulu", "Muistiluotsi Pirkanmaa ry"} <= partners


def test_a_headless_table_of_other_things_names_no_party() -> None:
    """Rows whose first cells name nothing (phases and months) are no partners, under the same heading."""
    text = HEAD + "Kumppanit\nSuunnittelu\ttammikuu\nKoulutus\thelmikuu\nKäyttöönotto\tmaaliskuu\n"
    project = read(text).projects[0]
    assert not {"Suunnittelu", "Koulutus", "Käyttöönotto"} & {d.target.label for d in project.dependencies}
