"""Parts a document lists by their bare names under their word in the plural (invented text).

"Osahankkeet" over "1. X" / "2. Y", "Hanke koostuu kolmesta osakokonaisuudesta: X, Y ja Z." and a table
"Nro | Nimi | Haettava avustus €" under "Osakokonaisuudet": each name is a part of the whole, named by
itself; a sum in its row is its own. A list under "Työpaketit" names tasks of the whole, no parts.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partnames import heading_of_parts
from hankegraafi.ingest.readers import read_bytes

_HEAD = """HANKESUUNNITELMA

Hankkeen nimi: Arjen apu Lapissa
Hakija: Lapin hyvinvointialue

"""


def _read(body: str) -> Extraction:
    return extract(read_bytes((_HEAD + body).encode(), file_name="suunnitelma.txt", max_bytes=100_000))


def _parts(x: Extraction) -> dict[str, str]:
    return {p.name: p.parent.name if p.parent else "" for p in x.projects if p.level != "project"}


def test_a_heading_of_the_parts_word_over_numbered_names() -> None:
    x = _read("Osahankkeet\n1. Tunturin etäkuntoutus\n2. Kylien liikkuva neuvola\n\nMuuta tekstiä.\n")
    assert _parts(x) == {
        "Tunturin etäkuntoutus": "Arjen apu Lapissa",
        "Kylien liikkuva neuvola": "Arjen apu Lapissa",
    }


def test_the_names_after_a_sentences_colon() -> None:
    x = _read("Hanke koostuu kolmesta osakokonaisuudesta: Etäkuntoutus, Liikkuva neuvola ja Kotihoidon tuki.\n")
    assert set(_parts(x)) == {"Etäkuntoutus", "Liikkuva neuvola", "Kotihoidon tuki"}


def test_a_table_of_names_under_the_heading_gives_each_part_its_sum() -> None:
    x = _read(
        "Osakokonaisuudet\nNro\tNimi\tHaettava avustus €\n1\tEtäkuntoutus\t300 000\n2\tLiikkuva neuvola\t200 000\n"
    )
    sums = {p.name: [(s.kind, s.lines[0].values["budget"]) for s in p.costs] for p in x.projects}
    assert sums["Etäkuntoutus"] == [("estimate", Decimal("300000"))]
    assert sums["Liikkuva neuvola"] == [("estimate", Decimal("200000"))]
    assert sums["Arjen apu Lapissa"] == []


def test_work_packages_and_numbered_parts_are_no_list_of_bare_names() -> None:
    assert heading_of_parts("Työpaketit") is None
    assert heading_of_parts("Osakokonaisuus 2") is None
    assert heading_of_parts("Osakokonaisuudet (3)") == "subproject"
    assert heading_of_parts("Investeringar:") == "investment"
    x = _read("Työpaketit\n1. Viestintä\n2. Hallinnointi\n")
    assert _parts(x) == {}


def test_the_names_after_the_parts_word_to_the_sentences_end() -> None:
    x = _read("Hankkeeseen kuuluvat osahankkeet Tunturin etäkuntoutus, Kylien neuvola ja Omaishoidon tuki.\n")
    assert set(_parts(x)) == {"Tunturin etäkuntoutus", "Kylien neuvola", "Omaishoidon tuki"}


def test_people_named_per_part_are_no_parts() -> None:
    x = _read("Yhteyshenkilöt osahankkeittain: Maija Meikäläinen, Pekka Virtanen ja Liisa Laine.\n")
    assert _parts(x) == {}


def test_the_names_after_a_relative_clause_over_a_line_break() -> None:
    """'…, jotka ovat X, Y ja Z.' (and 'som är', 'eli'): the names equated to the parts by a relative
    clause or 'that is', the sentence wrapped over the paragraph's lines."""
    x = _read(
        "Työ tehdään kahdessa osakokonaisuudessa, joita ovat Tunturin\netäkuntoutus ja Kylien liikkuva neuvola.\n"
        "Osakokonaisuuksilla on yhteinen ohjausryhmä.\n"
    )
    assert set(_parts(x)) == {"Tunturin etäkuntoutus", "Kylien liikkuva neuvola"}
    x = _read("Projektet genomförs i två delprojekt, som är Digital rehabilitering och Mobil rådgivning.\n")
    assert set(_parts(x)) == {"Digital rehabilitering", "Mobil rådgivning"}


def test_places_in_a_locative_after_the_parts_word_are_no_parts() -> None:
    """'… kolmena osahankkeena Rovaniemellä, Kemissä ja Torniossa.': where the work is done, no names."""
    x = _read("Hanke toteutetaan kolmena osahankkeena Rovaniemellä, Kemissä ja Torniossa.\n")
    assert _parts(x) == {}
