"""Goals listed under a line that announces them, outside any goals section.

News items, project pages and the free-text sections of Innokylä pages give their
goals as a list under a sentence of the text, not under a heading the segmenter
knows: "Hankkeella on kolme tavoitetta" (a heading that counts them), "Kyläkierroksen
tavoitteet:", "Hankkeen tavoitteena on, että", "Projektet har tre mål:",
"Delprojektets mål är att", or a question of aiming ("Mitä hanke tavoitteli?"). The
items of the list right below such a lead-in are the goals, each read as an item of a
goals section is (facts/goals.py); a lead-in that judges them ("Tavoitteista
toteutuivat:") gives them its status.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.goallabels import goal_labels
from hankegraafi.ingest.facts.goals import goal_status, listed_goal
from hankegraafi.ingest.facts.goalstatus import ARROW, phrase_status
from hankegraafi.ingest.facts.goaltails import NOT_GOALS as _NOT_GOALS
from hankegraafi.ingest.facts.goaltails import judged_item
from hankegraafi.ingest.facts.model import Goal, Project
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences

#: A goal word: the noun in the forms a lead-in uses (not "tavoitettavissa", reachable).
_GOAL_NOUN = (
    r"(?:(?:pää|osa)?tavoit(?:e|etta|teet|teena|teeksi|teita|teiksi|teista|teiden|teen|teensa|teemme)"
    r"|mål|målet|målen|målsättning(?:en|ar|arna)?|syftet|goals?|objectives?|aims?)"
)
_GOAL_WORD = re.compile(rf"\b{_GOAL_NOUN}\b", re.I)
#: A verb of aiming in a question over the list ("Mitä hanke tavoitteli?", "Mitä hankkeella tavoitellaan?",
#: "Vad eftersträvar projektet?", "What does the project aim at?"): the list answers with the goals.
_AIM_QUESTION = re.compile(
    r"^(?:mitä|mihin|vad|what)\b.*\b(?:tavoitel\w*|tavoittel\w*|pyri\w*|pyrk\w*|eftersträva\w*|strävar|siktar|aims?)\b.*\?$",
    re.I,
)
#: The same question as a title, without its question mark, or asking what was reached ("Mitä tavoitellaan ja mitä on
#: jo saavutettu", "Mitä saavutettiin?", "Vad har vi uppnått", "What we aimed at and what we achieved").
_AIM_TITLE = re.compile(
    r"^(?:mitä|vad|what)\b[^.!:;]*\b(?:tavoitel\w*|tavoittel\w*|saavute\w*|saavut\w*|eftersträva\w*|uppnå\w*"
    r"|aim(?:s|ed)?|achiev\w*)\b[^.!:;]*\??$",
    re.I,
)
#: The lead-in ends where its list begins: a colon, "että" / "att" / "to" / "that", or the goal word's
#: verb with nothing after it ("…-hankkeelle, jonka tavoitteena on" over "1) … 2) …": the list completes
#: the sentence, as after a colon).
_OPEN_END = re.compile(
    rf"(?::|,?\s+(?:että|att|to|that)|\b{_GOAL_NOUN}\s+(?:on|ovat|oli|olivat|är|var|is|are|was|were))\s*$", re.I
)
#: A count of the goals in a line without a sentence end ("Hankkeella on kolme tavoitetta").
_COUNT = re.compile(
    rf"\b(?:\d{{1,2}}|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|två|tre|fyra|fem|sex|sju|åtta"
    rf"|two|three|four|five|six|seven|eight)\s+(?:\w+\s+)?{_GOAL_NOUN}\b",
    re.I,
)
#: A lead ending in the goal word's elative, the list completing it ("Vuoden 2022 tavoitteista" / "1) X (saavutettu),").
#: "Vuoden 2022 tavoitteista" over "1) X (saavutettu), 2) …": of the goals, each judged in its item. Only whose or
#: which period's goals before it (genitives, years), or the lead alone ("Av målen", "Of the goals"): "Lisätietoja
#: tavoitteista", "Uppföljning av målen" are about the goals (R11-3).
_ELATIVE_LEAD = re.compile(
    r"^(?:(?:[^\W\d_][\w-]*n|\d{4})\s+){0,3}tavoitteista\s*$|^av\s+(?:\w+\s+)?målen\s*$|^of\s+the(?:\s+\w+)?\s+goals\s*$",
    re.I,
)
#: An item that ends in its bracketed verdict and what joins it to the next ("…(saavutettu),", "…(osittain) ja").
_GOES_ON = re.compile(r"\)\s*(?:[,;]|\s+(?:ja|sekä|och|and))\s*$", re.I)
#: Sections whose lists are goals already (facts/goals.py and goalforms.py read them).
_GOAL_SECTIONS = ("goals", "goal-results", "intended-change")


#: A title of its own naming the goals as its topic, the vocabulary's heading or not ("Tavoitteet ja missä nyt
#: ollaan", "Mål och hur långt vi har kommit", "Goals and where we stand now", "3. Tavoitteet ja niiden tila
#: 31.12.2022", "OSA 3 TAVOITTEET"): a number or a form's part before it, the goal noun first (in the
#: nominative: "Tavoitteena X", "Tavoitteiden mittarit" begin otherwise), then nothing, a date, or an aside
#: after "ja" / "och" / "and" / a dash.
_TITLE = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|(?:osa|osio|del|part|section)\s+\d{1,2}\.?)\s+)?"
    r"(?:(?:hankkeen|projektin|projektets|the\s+project's|our)\s+)?"
    r"(?:(?:pää|osa)?tavoitteet|tavoite|mål|målen|målsättningar|goals?|objectives?|aims?)"
    r"(?:\s*$|\s+\d{1,2}\.\d{1,2}\.\d{4}\s*$|\s+(?:ja|och|and|sekä|&|[–—-])\s+\S"
    # whose or which period's goals, a preposition and up to four words: "Mål för 2023 enligt projektplanen",
    # "Goals of the model", "MÅLEN I PROJEKTPLANEN", "Tavoitteet vuodelle 2024" (no verb: states() decides)
    r"|\s+(?:för|for|of|i|in|enligt|vuodelle|vuosille)\s+[\w-]+(?:\s+[\w-]+){0,3}\s*$)",
    re.I,
)


def goal_title(text: str) -> bool:
    """A short line of its own that titles the goals below it (``_TITLE``): no sentence, no measures."""
    line = text.strip().strip("*_#").strip()
    return (
        bool(_TITLE.match(line))
        and len(line.split()) <= 9
        and not re.search(r"[.!?:;,]$", line)
        and not _NOT_GOALS.search(line)
        and not goal_labels().numbered.search(line)
        and not states(line)
    )


#: A finite verb of a statement, and a question word that opens a clause of a title's aside ("missä nyt ollaan",
#: "hur långt vi har kommit", "where we stand"): a verb after such a word belongs to the aside.
_VERB = re.compile(r"\b(?:on|ovat|oli|olivat|ei|eivät|är|var|har|hade|is|are|was|were|has|have|had)\b", re.I)
_ASKS = re.compile(
    r"\b(?:missä|miten|mitä|kuinka|mihin|millä|mikä|hur|vad|var|vilka|vart|where|how|what|which)\b", re.I
)


def states(line: str) -> bool:
    """A line that makes a statement: a finite verb before any question word ("Tavoitteet ja tulokset on kuvattu
    liitteissä", its full stop left off); "Mål och hur långt vi har kommit" states nothing, it asks."""
    verb, asks = _VERB.search(line), _ASKS.search(line)
    return verb is not None and (asks is None or verb.start() < asks.start())


def lead_in(text: str) -> bool:
    """A line that announces the list of goals below it."""
    line = BULLET.sub("", text).strip()
    if (_AIM_QUESTION.match(line) or _AIM_TITLE.match(line)) and len(line.split()) <= 8:
        return True
    if not re.match(r"^\s*(?:-+>|[-•·*–]|[a-h]\))", text) and goal_title(text):
        return True  # a title, its section's number before it or not; a bulleted item is none
    if not line or len(line.split()) > 16 or not _GOAL_WORD.search(line):
        return False
    if goal_labels().numbered.search(line) or _NOT_GOALS.search(line):
        return False  # "Tavoite 2:" heads one goal; "Tavoitteiden mittarit:" lists measures
    if _OPEN_END.search(line) or _ELATIVE_LEAD.match(line):
        return True
    return not re.search(r"[.!?]$", line) and _COUNT.search(line) is not None


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    if ctx.section in _GOAL_SECTIONS:
        return
    for index, chunk in enumerate(chunks):
        if chunk.bullet or chunk.numbered or not chunk.text.strip():
            continue
        last = sentences(chunk.text)[-1]
        if not lead_in(last):
            continue
        items: list[Chunk] = []
        for item in chunks[index + 1 :]:
            if not (item.bullet or item.numbered) or (items and item.first > items[-1].last + 1):
                break  # the list ends at a paragraph or a blank line ("– Sanoi …" is a quote)
            items.append(item)
        if _ELATIVE_LEAD.match(BULLET.sub("", last).strip()) and not all(
            judged_item(BULLET.sub("", i.text)) for i in items
        ):
            continue  # an elative lead leads a sentence going on into its judged items only
        titled = _titled_only(last)
        judged = None if titled else goal_status(last)  # "… ja mitä on jo saavutettu" asks, it judges nothing
        if titled and sum(_judged_item(item.text) for item in items) < max(2, len(items) - 1):
            continue  # "Mitä hankkeessa on saavutettu" over its outputs: goals only where the items carry verdicts
        if len(items) < 2:
            # One line after a lead-in is a sentence going on, not a list; a bulleted goal that states its own
            # status ("Mål för investering 1:" / "- X – uppnått") is a list of one.
            pieces = re.split(r"\s+[–—-]\s+", items[0].text.strip()) if items and items[0].bullet else []
            if len(pieces) < 2 or phrase_status(pieces[-1]) in (None, "unknown"):
                continue
        for item in items:
            item = _own_lines(ctx, item)
            if placeholder(item.text) or ARROW.match(item.text):
                continue  # "-> delvis uppnått" under a goal: the goal's answer, read with it, no goal of its own
            if titled and not _judged_item(item.text):
                # the one item whose verdict no scale knows ("X – vielä ei tiedetä, …"): the goal before its dash
                said = re.split(r"\s+[–—-]\s+", item.text.strip())
                item = Chunk(
                    " – ".join(said[:-1]) or item.text, item.first, item.last, item.bullet, item.numbered
                )
            # "1) X (saavutettu)," in a sentence going on: the bracket judges its item, the comma leads on
            pair = judged_item(BULLET.sub("", item.text)) if _GOES_ON.search(item.text) else None
            goal = Goal(pair[0], pair[1], None, item.span) if pair else listed_goal([item], judged)
            if goal is not None:
                project.goals.append(goal)


def _titled_only(line: str) -> bool:
    """The lead-in is a title of aiming or reaching without its question mark, or asks what was reached."""
    text = BULLET.sub("", line).strip()
    return bool(_AIM_TITLE.match(text)) and not _AIM_QUESTION.match(text)


def _judged_item(text: str) -> bool:
    """A list item that ends in its verdict after a dash ("X – jo saavutettu elokuussa.")."""
    pieces = re.split(r"\s+[–—-]\s+", text.strip())
    return len(pieces) >= 2 and phrase_status(pieces[-1].rstrip(".")) not in (None, "unknown")


def _own_lines(ctx: Context, item: Chunk) -> Chunk:
    """An indented item's own lines: those indented as far as its first. A line further out is the
    paragraph after the list, run on to the last item ("  3) … raportointiin." over "Lapin
    ammattikorkeakoulu arvioi …" in a minute's plain text); a wrapped item keeps its indentation."""
    lines = ctx.doc.lines[item.first - 1 : item.last]
    indent = len(lines[0]) - len(lines[0].lstrip()) if lines else 0
    if len(lines) < 2 or indent == 0:
        return item
    kept = 1
    while kept < len(lines) and len(lines[kept]) - len(lines[kept].lstrip()) >= indent:
        kept += 1
    if kept == len(lines):
        return item
    text = " ".join(line.strip() for line in lines[:kept])
    return Chunk(text, item.first, item.first + kept - 1, item.bullet, item.numbered)


FAMILY = Family("goal-leads", chunks=_chunks)
