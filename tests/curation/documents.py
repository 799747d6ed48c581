"""Invented documents for the curation tests (no text of the real seeds).

One Innokylä-style page of a Kainuu project names an organisation no vocabulary knows
("Kuvitelmalan yliopisto") and states an end year the publisher says is wrong (2029).
"""

from __future__ import annotations

from pathlib import Path

ID = "https://w3id.org/hankegraafi/id/"
PROJECT = f"{ID}project/kainuun-etakotihoito"
UNKNOWN = f"{ID}organisation/kuvitelmalan-yliopisto"
THL = "https://w3id.org/hankegraafi/vocab/organisation/thl"
GRAPH = f"{ID}graph/kuvitelma-innokyla-txt"

PAGE = """Kainuun hankekokonaisuus kotihoidon etäkäyntien kehittämiseksi.

icon/chevron-down Created with Sketch. Perustiedot

Kokonaisuuden nimi
Kainuun etäkotihoito
Lyhyt kuvaus

Hankkeessa kokeillaan kotihoidon etäkäyntejä Kainuun hyvinvointialueella.

Toimiaika

2021-{end}

Toimijat

Hankkeen hallinnoija on Kainuun hyvinvointialue. Hankkeen keskeisiä sidosryhmiä ovat Kela{partner}.

Luotu

03.02.2021
"""


def write_page(folder: Path, *, end: str = "2029", partner: str = " ja Kuvitelmalan yliopisto") -> Path:
    """The page with an end year and a partner sentence; change them to make a fact vanish."""
    path = folder / "kuvitelma-innokyla.txt"
    path.write_text(PAGE.format(end=end, partner=partner), encoding="utf-8")
    return path
