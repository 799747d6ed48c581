"""Is a document about a sote project at all? The signs looked for, and the refusal's words.

A document whose layout no rule knows, or one recognised by a single weak cue, is read
only when it shows the sote domain: a project's name in a text about social and health
care, a wellbeing services county named as such (or in a sote text), an organisation,
programme or national service the vocabularies know, or a report's traffic lights. A
road-maintenance notice, a club's pitch project or a recipe shows none of these.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Extraction

#: Words that make a heading the name of a project (fi/sv/en), in any inflection.
PROJECT_WORDS = re.compile(
    r"hank(?:e|keen|keessa|keelle|kee(?:seen|sta|lla)|keiden)\b|-hanke|\bprojekt(?:i|in|issa|iin|ille|et|en)?\b|"
    r"toimintamalli|investointi|kehittämis(?:hanke|ohjelma)|pilotti|kokeilu|\bsote-keskus|kestävän kasvun|"
    r"hållbar tillväxt|ohjelma\b|-ohjelma|verksamhetsmodell|\bproject\b|\bpilot\b",
    re.I,
)

#: What must be found for a document to be about a sote project (said in the refusal).
LOOKED_FOR = (
    "a project's name (a heading or sentence naming a hanke, projekti, toimintamalli or investointi), "
    "a wellbeing services county, an organisation, programme or national service the vocabularies know"
)


#: Words of social and health care: a project's name counts only in a text that uses them.
_SOTE_WORDS = re.compile(
    r"sosiaali|tervey|\bsote|hoito|hoiva|hyvinvoin|potila|asiakas|kuntoutu|mielenterv|päihde|lastensuojel|"
    r"perhekesk|ikäänty|ikäihmi|vammais|omaishoi|lääk|vastaanot|social|hälso|vård|omsorg",
    re.I,
)


def sote_text(text: str) -> bool:
    """The text uses at least three different words of social and health care."""
    return len({m.group().lower() for m in _SOTE_WORDS.finditer(text[:50_000])}) >= 3


def evidence(x: Extraction, text: str = "") -> list[str]:
    """What in the extraction shows the document is about a sote project (empty: nothing).

    A project's name ("Kirkkotien perusparannushanke") is evidence only in a text about
    social and health care; a county, an organisation, programme or service of the
    vocabularies is evidence on its own.
    """
    found: list[str] = []
    named = [p for p in x.projects if PROJECT_WORDS.search(p.name) and p.span.first > 0]
    if text and sote_text(text) and (named or PROJECT_WORDS.search(text[:50_000])):
        found.append(f"project {(named or x.projects)[0].name!r}" if x.projects else "a project")
    elif named and not text:
        found.append(f"project {named[0].name!r}")
    if x.region is not None:
        found.append(f"county {x.region.label}")
    entries: list[Entry] = []
    for p in x.projects:
        entries += [pa.organisation for pa in p.participations] + [d.target for d in p.dependencies]
        entries += [e for e in (p.programme, p.funder) if e is not None]
    entries += [d.organisation for d in x.developers] + [d.service for d in x.developers]
    linked = sorted({e.label for e in entries if e.linked and e.type != "municipality"})
    if linked:
        found.append("named " + ", ".join(linked[:5]))
    # A club's pitch has a cost estimate and a goal too: goals and costs count in a sote text only.
    if any(p.lights for p in x.projects) or (
        (not text or sote_text(text)) and any(p.goals or p.costs for p in x.projects)
    ):
        found.append("goals, costs or traffic lights")
    return found


def _county_named(ctx: Context, text: str) -> bool:
    """The text names a county itself, as a wellbeing services county or in a sote text.

    A county voted for only by the municipalities a road notice names is no evidence, nor
    is a region's genitive in a recipe's campaign ("Pirkanmaan lähiruokaviikko").
    """
    named = [
        m for found in ctx.names.known_cache.values() for m in found if m.entry.type in ("county", "region")
    ]
    if not named:
        return False
    if sote_text(text) or any(_COUNTY_WORDS.search(m.surface) for m in named):
        return True
    # "Kotona Kainuussa -hanke kehittää kotihoitoa": a project of care in a named region.
    return bool(_SOTE_WORDS.search(text[:50_000]) and PROJECT_WORDS.search(text[:50_000]))


_COUNTY_WORDS = re.compile(
    r"hyvinvointialue|välfärdsområde|hyvinvointikuntayhtym|wellbeing services|\bHVA\b", re.I
)


def domain_evidence(ctx: Context) -> list[str]:
    """What shows the document is about a sote project: evidence() with the county named itself."""
    text = "\n".join(ctx.doc.lines)
    county = _county_named(ctx, text)
    return [f for f in evidence(ctx.result, text) if county or not f.startswith("county ")]


def refusal_message() -> str:
    return (
        f"unrecognised document, not about a sote project: looked for {LOOKED_FOR}, and found none "
        "(tunnistamaton dokumentti, ei sote-hanketta / okänt dokument, inget social- och hälsovårdsprojekt)"
    )


__all__ = ["LOOKED_FOR", "PROJECT_WORDS", "domain_evidence", "evidence", "refusal_message", "sote_text"]
