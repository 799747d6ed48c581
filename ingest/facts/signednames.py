"""The project's name in a message's signature: the only place some messages name it.

A status report sent as an e-mail often has a subject that is only the report's kind ("Tilannekatsaus
9/2022") and a body that says "Hanke …" without the name; the sender signs for the project under the closing
("Ystävällisin terveisin" / name / title / "Perhekeskus verkossa Etelä-Savossa -hanke" / the county). That
signature's line with the project's word names the project where no title line does. Class: test47 or11; tune
u2344 (fi), u2345 (sv), u2346 (en), negative u2347 (the signature names the sender's unit, no project).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.segment import Element

#: A signature's line naming a project by its word: "X -hanke", "X-hanke", "X -projektet", "X-projektet",
#: "X project", "Project X" (capitalised, at most ten words, no sentence).
_SIGNED = re.compile(
    r"^(?P<fi>(?-i:[A-ZÅÄÖ0-9])[^.!?:;@]{2,80}?\s?[-–]\s?hanke)\s*$"
    r"|^(?P<sv>(?-i:[A-ZÅÄÖ0-9])[^.!?:;@]{2,80}?)\s?[-–]\s?projektet\s*$"
    r"|^(?P<en>(?-i:[A-ZÅÄÖ0-9])[^.!?:;@]{2,80}?)\s+project\s*$"
    r"|^project\s+(?P<after>(?-i:[A-ZÅÄÖ])[^.!?:;@]{2,80})$",
    re.I,
)
#: A sender's title before the project on the signature's line: "Project Manager, X project", "projektledare för
#: X-projektet", "projektipäällikkö, X -hanke" (R21-24): the title is no part of the name.
_TITLE_BEFORE = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?:\w*päällikkö|\w*johtaja|\w*koordinaattori|\w*vastaava|\w*ledare|\w*samordnare|"
    r"\w*chef|koordinator|manager|coordinator|director|lead|leader|officer)\s*(?:,\s*|\s+(?:för|for|of|i|in)\s+)",
    re.I,
)
#: A message's subject label alone, which a subject of only the report's kind leaves as its title ("Subject:
#: Tilannekatsaus 9/2022" read as "Subject"): the text or the signature names the project.
_SUBJECT_LABEL = re.compile(r"(?:subject|aihe|ämne|otsikko|rubrik)", re.I)
#: A message's closing: "Terveisin", "Ystävällisin terveisin", "Med vänlig hälsning", "Best regards", "Kind regards".
_CLOSING = re.compile(
    r"^\s*(?:\w+\s+){0,2}(?:terveisin|terveiset|hälsningar|hälsning|regards|wishes)\s*,?\s*$", re.I
)
#: How many lines of a signature are read under the closing.
_SIGNATURE_LINES = 6


def subject_label(name: str) -> bool:
    """``name`` is only a message's subject label ("Subject", "Aihe"): no project's name."""
    return _SUBJECT_LABEL.fullmatch(name.strip()) is not None


def signed_name(ctx: Context) -> tuple[Element, str] | None:
    """The line and name of the project a message's signature names, under its last closing; None when
    no signature names one."""
    lines = ctx.doc.lines
    closings = [at for at, line in enumerate(lines) if len(line) <= 60 and _CLOSING.match(line)]
    if not closings:
        return None
    found: list[tuple[Element, str]] = []
    for at in range(closings[-1] + 1, min(len(lines), closings[-1] + 1 + _SIGNATURE_LINES)):
        line = lines[at].strip()
        if not line:
            if found or at > closings[-1] + 1:
                break  # the signature ends at its first blank line (a P.S. follows)
            continue
        line = _TITLE_BEFORE.sub("", line)
        m = _SIGNED.match(line) if len(line.split()) <= 10 else None
        if m is not None:
            found.append((Element("text", at + 1, at + 1, line), next(g for g in m.groups() if g)))
    return found[0] if len(found) == 1 else None
