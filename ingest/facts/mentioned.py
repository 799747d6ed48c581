"""Sentences that name a party without the project relying on it.

A report names national services and actors in many roles besides dependencies: the
bodies it informed or reported to, the channel its news goes out in, the background
study it starts from, a past project, a name a plan only mentions, those who took part in
an event (a workshop, a seminar). Both the
dependencies and the collaboration families skip such sentences, so "Hankkeen
etenemisestä on tiedotettu Kelaa" makes Kela no dependency (Kela is still an
organisation the text names).
"""

from __future__ import annotations

import re

_EVENT = r"(?:työpaj|seminaar|tilaisuu|webinaar|messu|workshop|seminari|evenemang|mässa)"
_TOOK_PART = r"(?:osallistu|deltog|deltar|participat)"
MENTIONED_ONLY = re.compile(
    r"\b(?:on|oli|ovat|olivat|ei)\s+(?:\w+\s+)?(?:kerrottu|tiedotettu|raportoitu|esitelty|informoitu)\b|"
    r"\b(?:kerrotaan|kerrottiin|tiedotetaan|tiedotettiin|raportoidaan|raportoitiin|esiteltiin|esitellään)\b|"
    r"\btaustalla\s+(?:on|oli|ovat)\b|\bmainit(?:tu|aan|tiin)\b|"
    r"\bviestinnä(?:ssä|n)\b|\btiedottamise(?:ssa|en)\b|\bi kommunikationen\b|\bin (?:the )?communication\b|"
    r"\b(?:aiemmin|aikaisemmin)\b(?=[^.]{0,80}?\b(?:toteutet\w*|toteutettiin|toteutui|päätty\w*|hankkee\w*)\b)|"
    r"\b(?:toteutettiin|toteutui|päättyi)\s+(?:jo\s+)?(?:aiemmin|aikaisemmin)\b|\bpäättyneessä\b|"
    r"\b(?:har|hade)\s+(?:\w+\s+)?(?:presenterats|informerats|rapporterats)\b|\bbakgrunden\s+(?:är|var)\b|"
    r"\btidigare\s+(?:\w+\s+)?(?:genomför\w*|avslut\w*)|"
    r"\b(?:was|were|has been|have been)\s+(?:informed|reported|presented)\b|"
    # Taking part in an event: "työpajaan osallistui myös X ry", "X deltog i seminariet".
    rf"\b{_EVENT}\w*(?=[^.]*\b{_TOOK_PART})|\b{_TOOK_PART}\w*(?=[^.]*\b{_EVENT})",
    re.I,
)


def mentioned_only(sentence: str) -> bool:
    """The sentence names its parties as informed, background or past, not as relied on."""
    return MENTIONED_ONLY.search(sentence) is not None


_FUNDING = re.compile(
    r"\brahoitta\w*|\brahoitti\w*|\brahoittama\w*|\bmyönsi\b|\bmyöntä\w*|\bfinansier\w*|\bbevilja\w*|\bfund(?:s|ed|ing)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:ja|sekä|och|and)\s")


def funds_in_clause(sentence: str, start: int, end: int) -> bool:
    """The clause around ``sentence[start:end]`` says it funds ("ohjelmaa rahoittaa STM"): a funder,
    which the funding family reads, is no partner the work relies on."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    return _FUNDING.search(sentence, left, right) is not None
