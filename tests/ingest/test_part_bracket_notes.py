"""A part's bracketed note after its name is no part of the name (invented text; ingest/facts/partwords.py).

"Investering 1: Hemvård på natten (Kristinestad, Närpes)", "Pilot 2: Evening clinic (Riihimäki only)",
"Byggsten 3  Digital rådgivning (www.exempel.fi)": places, a scope or an address; every development set's
gold names the part without it. A short form in capitals ("Etäpalvelut (ETÄ)") stays, and a name given only
in brackets ("Osahanke 1 (Kotisairaalan yöhoito)") is the name.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.partwords import match_part_line


def _name(line: str) -> str | None:
    found = match_part_line(line)
    return found[3] if found else None


def test_places_a_scope_and_an_address_are_notes() -> None:
    assert _name("Investering 1: Hemvård på natten (Kristinestad, Närpes)") == "Hemvård på natten"
    assert _name("Investointi 2: Etäkuntoutus (koko alue, pilottina Tuusula)") == "Etäkuntoutus"
    assert _name("Osahanke 3: Perheneuvonta verkossa (www.perheneuvonta.fi)") == "Perheneuvonta verkossa"


def test_a_short_form_and_a_name_in_brackets_stay() -> None:
    assert _name("Osahanke 2: Lasten kotisairaala (LAKO)") == "Lasten kotisairaala (LAKO)"
    assert _name("Osahanke 1 (Kotisairaalan yöhoito)") == "Kotisairaalan yöhoito"
