"""A project's name in a table's or figure's caption: "Taulukko 1. X: perustiedot" (split out of identity.py).

A report may print its project's name only over a table ("Tabell 2 – X – grunduppgifter"): the caption's lead
("Taulukko 1.", "Kuvio 2:", "Table 1.") and the section word of the form it shows are set aside, the rest is the name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.labels import match_heading
from hankegraafi.ingest.namecuts import unquoted
from hankegraafi.ingest.segment import Element

#: A caption's lead: "Taulukko 1.", "Kuvio 2:", "Tabell 3", "Table 1." before what the table or figure shows.
_CAPTION = re.compile(
    r"^(?:taulukko|kuvio|kuva|liite|tabell|figur|bilaga|table|figure)\s+\d{1,3}\s*[.:–—-]?\s+(?P<rest>\S.*)$",
    re.I,
)


def table_caption(text: str) -> bool:
    """A caption of a table or figure by its lead ("Taulukko 1.", "Tabell 2 –", "Figure 3:"): no title,
    whatever it names (:func:`caption_name` reads the project's name in it)."""
    return _CAPTION.match(text.strip()) is not None


#: Between a caption's name and its section word: a colon or a dash.
_CAPTION_PARTS = re.compile(r":\s+|\s+[–—-]\s+")


#: A date or period after a caption's name or section: "30.6.2023", "2024", "1–6/2024", "Q3/2024".
_TRAILING_DATE = re.compile(
    r"\s+(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:\s*[–—-]\s*\d{1,2}\.\d{1,2}\.\d{4})?"
    r"|(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?|\d{1,2}(?:\s*[–—-]\s*\d{1,2})?/(?:19|20)\d\d|Q[1-4]/(?:19|20)\d\d)$",
)
#: A caption that writes its section first and the project after a project word: sv "Läget i projektet X",
#: "Kostnader för projektet X", en "Costs of the project X", "Status of the X project"; or the project's
#: genitive first, fi "X -hankkeen kustannukset", "X-hankkeen tilanne".
_PROJECT_IN_CAPTION = re.compile(
    r"^(?:[a-zåäö]\w*\s+){0,3}?(?:i|för|inom|av|över|of|in|for)\s+(?:projektet|the\s+project|project)\s+(?P<sv>[A-ZÅÄÖ].+)$"
    r"|^(?:\w+\s+){0,3}?(?:of|in|for)\s+the\s+(?P<en>[A-ZÅÄÖ].+?)\s+project$"
    r"|^(?P<fi>[A-ZÅÄÖ].+?)\s*-\s?hankkeen\s+[a-zåäö]\w*(?:\s+[a-zåäö]\w*){0,2}$",
    re.I,
)


#: The topics of a report's own tables and figures over the whole project: its money, status, goals, lights or basics
#: ("kustannukset 2024", "kostnader", "costs", "toteuma", "läget", "status", "tavoitteet", "perustiedot"). A caption
#: "Name: topic" names the project only beside such a topic, and no name holds one ("Hankkeen kustannukset:
#: budjetti ja toteuma", "Project costs: budget 2024", "STM:n avustus: toteuma 2024" name none); "Asiakaskäynnit
#: kunnittain: tammi–kesäkuu 2024", "Ohjausryhmän kokoonpano: jäsenet 2024" are a table's own subject (R18-5).
_TOPIC_WORD = re.compile(
    r"\b(?:\w*kustannu\w*|\w*kulu[tja]?|budjet\w*|toteum\w*|toteutu\w*|talou\w*|rahoitu\w*|avustu\w*|tilanne|"
    r"tavoitte\w*|liikennevalo\w*|perustiedot|kostnad\w*|budget\w*|utfall\w*|ekonomi\w*|finansier\w*|bidrag\w*|"
    r"läge[t]?|mål(?:en)?|trafikljus\w*|grunduppgifter|costs?|expenditure|expenses|funding|finances?|grant|status|"
    r"goals?|objectives?|lights|basic\s+information)\b",
    re.I,
)
#: Words of a caption's subject that is no project's name even beside a topic ("Hankkeen kustannukset").
_NO_NAME_WORD = re.compile(r"\b(?:hankkeen|projektets|projektin|project(?=\s+[a-z]))\b", re.I)


def _dated(text: str) -> str:
    """``text`` without the date or period a caption writes after it ("Läget i projektet X 30.6.2023")."""
    return _TRAILING_DATE.sub("", text.strip(" .")).strip(" .")


def _named(name: str) -> str | None:
    """``name`` if it may be a project's: capitalised, with letters, and no part's word and number alone
    ("Investointi 1: kustannukset" names a part, not the project)."""
    if not (name[:1].isupper() and re.search(r"[A-Za-zÅÄÖåäö]{3}", name)):
        return None
    return None if match_part_line(name) is not None or match_heading(name) is not None else name


def caption_name(text: str) -> str | None:
    """The project a caption names beside a section of the form it shows: "Taulukko 1. X: perustiedot",
    "Tabell 2 – X – grunduppgifter" give X. The section word is one the vocabulary knows as a
    section's heading (basics, goals, lights, costs), or a topic in lower case after the name, a date or
    year after it ("Table 1. X: costs 2024", "Taulukko 1. X: kustannukset 2024"): the other part,
    capitalised, is the name. A caption writing the topic first names the project after its word
    ("Tabell 1. Läget i projektet X 30.6.2023", "Table 2. Costs of the project X"; fi "Taulukko 1. X
    -hankkeen kustannukset"). A part's word and number is no project's name."""
    caption = _CAPTION.match(text.strip())
    if caption is None:
        return None
    rest = _dated(caption.group("rest"))
    parts = [p.strip(" .") for p in _CAPTION_PARTS.split(rest) if p.strip(" .")]
    if len(parts) == 1 and (inner := _PROJECT_IN_CAPTION.match(parts[0])) is not None:
        return _named(_dated(inner.group("sv") or inner.group("en") or inner.group("fi")))
    if len(parts) > 2 and parts[-1][:1].islower():  # "Tabell 1. TISTÖ: Tidigt stöd: kostnader 2024"
        last = list(_CAPTION_PARTS.finditer(rest))[-1]
        parts = [rest[: last.start()].strip(" ."), parts[-1]]  # the name whole, its own colon or dash kept
    parts = [unquoted(p) for p in parts]  # 'Taulukko 1. ”X”: kustannukset 2024'
    if len(parts) != 2:
        return None
    sections = [match_heading(p) is not None for p in parts]
    if sections.count(True) != 1:
        topics = [p[:1].islower() for p in parts]  # "X: kustannukset 2024": the topic after the name
        if topics != [False, True] or len(parts[0].split()) < 2 or not _TOPIC_WORD.search(parts[1]):
            return None  # "X: kustannukset 2024" names X; "Asiakaskäynnit kunnittain: tammi–kesäkuu 2024" none
        if _TOPIC_WORD.search(parts[0]) or _NO_NAME_WORD.search(parts[0]):
            return None  # "Hankkeen kustannukset: budjetti ja toteuma", "STM:n avustus: toteuma 2024"
        sections = topics
    return _named(parts[sections.index(False)])


def first_caption(elements: list[Element], keep: Callable[[str], bool]) -> tuple[Element, str] | None:
    """The first caption of a table or figure that names the project (:func:`caption_name`: "Tabell 1. Läget i
    projektet X 30.6.2023", "Table 1. X: costs 2024") and that ``keep`` keeps (no county or organisation's name),
    wherever it stands: a report may print its name only there."""
    for element in elements:
        name = caption_name(element.text) if element.type == "text" and "\n" not in element.text else None
        if name is not None and keep(name):
            return element, name
    return None
