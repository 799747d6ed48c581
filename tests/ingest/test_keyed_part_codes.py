"""Parts a head row lists by a short code, then a lights matrix keyed by the code (invented text; partkeys.py).

"Työpaketit: TP1 X · TP2 Y" (a line, a list item or a fact table's row) or a table "Koodi | Osahanke" over
"OH-A | X" declares the parts; a matrix "| TP1 | TP2 |" rates them. The parts are made under the whole, each
named by its name alone. The negative side: work packages whose codes key no table are tasks of the whole.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.facts.partkeys import declared
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import segment


def _read(text: str, name: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _lights(x: Extraction) -> dict[str, dict[str, str]]:
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


_MATRIX = (
    "Tilannekuva (vihreä = suunnitelman mukaan, punainen = poikkeama)\n\n"
    "Näkökulma\tTP1\tTP2\nAikataulu\tvihreä\tpunainen\nKustannukset\tvihreä\tvihreä\nHenkilöstö\tpunainen\tvihreä\n"
)


def test_work_packages_by_code_in_a_line_over_a_matrix_are_parts_named_as_the_matrix_heads_them() -> None:
    """ "TP1" is "Työpaketti 1" to the short forms' reader (partshort writes the matrix's cells out so): the part
    is "Työpaketti 1: Etäneuvola". Another part of the same word and number (a cost row "TP1 Henkilöstökulut"
    read as one) is kept, and no second one is made."""
    x = _read(
        "Perheiden etäpalvelut Kainuussa\nTilanneraportti 15.10.2024\nKainuun hyvinvointialue\n\n"
        "- Työpaketit: TP1 Etäneuvola (Kajaani) · TP2 Kotihoidon yöpartio (Sotkamo, Kuhmo)\n\n" + _MATRIX,
        "tilanneraportti.txt",
    )
    assert [(p.name, p.parent.name if p.parent else None) for p in x.projects] == [
        ("Perheiden etäpalvelut Kainuussa", None),
        ("Työpaketti 1: Etäneuvola", "Perheiden etäpalvelut Kainuussa"),
        ("Työpaketti 2: Kotihoidon yöpartio", "Perheiden etäpalvelut Kainuussa"),
    ]
    x = _read(
        "Perheiden etäpalvelut Kainuussa\nTilanneraportti 15.10.2024\nKainuun hyvinvointialue\n\n"
        "- Työpaketit: TP1 Etäneuvola · TP2 Kotihoidon yöpartio\n\n" + _MATRIX + "\nKustannukset\tBudjetti\t"
        "Toteuma\nTP1 Henkilöstökulut\t100 000\t50 000\nTP2 Henkilöstökulut\t80 000\t30 000\n",
        "tilanneraportti.txt",
    )
    assert len({p.name.partition(":")[0] for p in x.projects}) == len(x.projects)


def test_a_fact_tables_row_declares_them_before_the_field_names_the_whole() -> None:
    x = _read(
        "LÄGESRAPPORT 1/2025\nProjekt\tTrygg rehabilitering i Österbotten\nVälfärdsområde\tÖsterbottens "
        "välfärdsområde\nArbetspaket\tAP A Rehabilitering i hemmet; AP B Digital rådgivning\nDatum\t30.4.2025\n\n"
        "Läget\tAP A\tAP B\nTidtabell\tgrön\tröd\nKostnader\tgrön\tgrön\nPersonal\tröd\tgrön\n\n"
        "grön = enligt plan, röd = avvikelse\n",
        "lagesrapport.txt",
    )
    assert [p.name for p in x.projects] == [
        "Trygg rehabilitering i Österbotten",
        "Rehabilitering i hemmet",
        "Digital rådgivning",
    ]
    assert _lights(x)["Digital rådgivning"] == {"schedule": "deviation", "costs": "on-plan", "staff": "on-plan"}


def test_a_table_of_codes_beside_the_parts_word_declares_them_when_a_matrix_keys_them() -> None:
    text = (
        "| Code | Workstream | Lead |\n|---|---|---|\n| WS-A | Family chat | Family centres |\n"
        "| WS-B | Shared client plan | Child welfare |\n\nFinal status\n\n| Dimension | WS-A | WS-B |\n|---|---|---|\n| Schedule | Green | Red |\n"
    )
    seg = segment(text.splitlines())
    assert declared(seg.elements, text) == ("subproject", {"WS-A": "Family chat", "WS-B": "Shared client plan"})
    # an equipment register keyed by codes it uses nowhere else declares no parts (R11-4)
    register = "| Tunnus | Investointi | Hankintahinta (€) |\n|---|---|---:|\n| L1 | Kannettavat tietokoneet | 12 000 |\n"
    register += "| L2 | Videoneuvottelulaitteet | 8 000 |\n"
    assert declared(segment(register.splitlines()).elements, register) is None


def test_work_packages_whose_codes_key_no_table_are_tasks_of_the_whole() -> None:
    x = _read(
        "Mielen hyvinvointi Etelä-Savossa\nTilanneraportti 31.8.2024\nEtelä-Savon hyvinvointialue\n\n"
        "Hankkeen työ jakautuu vaiheisiin.\n- Työpaketit: TP1 Suunnittelu ja kartoitus; TP2 Henkilöstön koulutus\n\n"
        "Hankkeen tilanne 31.8.2024\nAikataulu: vihreä\nKustannukset: vihreä\nHenkilöstö: keltainen\n",
        "tilanne.txt",
    )
    assert [p.name for p in x.projects] == ["Mielen hyvinvointi Etelä-Savossa"]
    assert _lights(x) == {
        "Mielen hyvinvointi Etelä-Savossa": {"schedule": "on-plan", "costs": "on-plan", "staff": "deviation"}
    }
