"""Goals and outputs: a goals section's items with their "Toteutunut:" answers, outputs with
their counts, benefits, and unmet goals stated in running text.

A goal is a numbered or bulleted item of a Tavoitteet section, judged by the answer
that follows it, by a lead-in above the list ("Tavoitteista on toteutunut:") or by
a collective sentence below it ("Tavoitteet saavutettiin pääosin.").
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.goallabels import goal_labels, unlabelled
from hankegraafi.ingest.facts.goalnames import JudgingSentence, judge, merge_goals, named_goal, norm
from hankegraafi.ingest.facts.goalnumbers import judge_by_number, verdicts_by_number
from hankegraafi.ingest.facts.goaloutputs import add_output, merge_outputs
from hankegraafi.ingest.facts.goalreports import REPORT_LINE, report_after
from hankegraafi.ingest.facts.goalsections import in_section
from hankegraafi.ingest.facts.goalstatus import (
    ARROW,
    NOT_MET,
    answer_status,
    badge_status,
    exact_label,
    goal_status,
    is_choice_line,
    legend_status,
    line_status,
    phrase_status,
    status_of,
    status_reason,
)
from hankegraafi.ingest.facts.goaltails import emphasised_verdict, split_judged
from hankegraafi.ingest.facts.goalverdicts import judged_pairs, opening_verdict_goal, refers_back
from hankegraafi.ingest.facts.model import Benefit, Goal, Project, Span
from hankegraafi.ingest.facts.partwords import judged_name, match_part_line
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences
from hankegraafi.ingest.lightvalues import LEGEND_PAIR, SCORE_PAIR, WORD_PAIR

_EMPHASIS = re.compile(r"\*[^*\s][^*]*[^*\s]\*")
_STATED_GOAL = re.compile(r"^(?:[\w-]+\s+){0,3}tavoitteena\s+(?:on|oli|ollut)\b", re.I)


#: A sentence about a light, a risk, staff, money or a step of the work (procuring, testing) reports on
#: the project, not on a goal of it ("Riskivalo on keltainen, koska …", "Fysioterapeuttien rekrytointi ei
#: onnistunut", "Kanta-liittymän testaus siirtyi huhtikuulle").
_NOT_A_GOAL = re.compile(
    r"\b\w*valo\b|\bliikennevalo|\briski\w*|\brekrytoin\w*|\bhenkilöstö\w*|\bbudjet\w*|\bkustannu\w*|"
    r"\bsairauspoissaolo\w*|\bsijai\w*|\bkilpailutu\w*|\bhankinta\w*|\bhankinnan\b|\bupphandling\w*|\bprocurement\b"
    r"|\w*testau\w*|\btestning\w*|\btesting\b",
    re.I,
)


#: The evaluation's own means ("Kyläyhdistyksille suunniteltu kysely jäi tekemättä", "Den planerade
#: enkäten genomfördes inte"): a measurement not made, no goal and no goal's status.
_EVALUATION = re.compile(r"\bkysely\w*|\bhaastattelu\w*|\benkät\w*|\bintervju\w*|\bsurvey\w*", re.I)


def _subject(sentence: str) -> str:
    """The first three words: what a sentence is about (a reason later in it is not)."""
    return " ".join(BULLET.sub("", sentence).split()[:3])


#: A goal stated in running text; the goal is what follows the lead-in ("Hankkeen tavoitteena on,
#: että …", "Projektets mål är att …", "– Vårt mål är att …, säger X" quoted).
_GOAL_LEAD = re.compile(
    r"^[\s\"”“»'–—-]*(?:[\w-]+\s+){0,3}(?:tavoitteena|päätavoitteena)\s+(?:on|oli)\s*,?\s*(?:että\s+)?(?P<goal>\S.+)$"
    r"|^[\s\"”“»'–—-]*(?:[\w-]+\s+){0,3}(?:målet|mål|målsättningen|syftet)\s+(?:är|var)\s+(?:att\s+)?(?P<goal_sv>\S.+)$",
    re.I,
)
#: Who said a quoted goal, after it: ", säger projektledare X", ", sanoo hankepäällikkö X", ", says X".
_SAID = re.compile(
    r"[,.]?[\"”“»']?\s*[,–—-]?\s*(?:säger|sade|sanoo|sanoi|kertoo|kertoi|toteaa|says|said)\b.*$", re.I
)
#: Two goals in one lead-in: "… ökar och att väntetiden …", "… lyhenevät ja että …".
_AND_THAT = re.compile(r",?\s+(?:och att|ja että|sekä että|and that)\s+", re.I)


def stated_goals(sentence: str) -> list[str]:
    """The goals a running-text sentence states after its lead-in ("Tavoitteena on, että A ja että B",
    a quote "– Målet är att A, säger X"): each clause after "että" / "att", without who said it."""
    m = _GOAL_LEAD.match(sentence)
    goal = (m.group("goal") or m.group("goal_sv") or "").strip() if m else ""
    said = _SAID.sub("", goal).strip()
    goal = said.rstrip(".").strip() if said != goal else goal  # "…, säger X.": the quote's own end
    return [part.strip() for part in _AND_THAT.split(goal) if part.strip()] if goal else []


_GOAL_WORD = re.compile(r"\btavoit", re.I)
#: The state of the whole project or page ("Kehittäminen kesken", "Hanke on vielä kesken."),
#: which a status indicator or a sentence about the project gives: no goal of its own.
_STATE = re.compile(
    r"^(?:[\w ]{1,30}:\s*)?(?:(?:tämä|koko)\s+)?(?:hanke|hankkeen\s+(?:toteutus|työ)|projekti|toimintamalli|kokonaisuus"
    r"|kehittäminen|kehittämistyö|kehitystyö|työ|sivu)"
    r"(?:\s+(?:on|oli|ovat|vielä|yhä|edelleen|tällä hetkellä))*\s+"
    r"(?:kesken|keskeneräinen|kehitysvaiheessa|käynnissä|valmis|suunnitteilla)\s*[.!]?$",
    re.I,
)
#: A goal's status in brackets after it ("… kunnissa (toteutui osittain)").
_OWN_STATUS = re.compile(r"^(?P<goal>.{8,}?)\s*\((?P<status>[^()]{2,60})\)\s*\.?\s*$")
#: A goal of three words or more and its status after a colon ("- sähköinen ajanvaraus kaikilla asemilla: kesken").
_COLON_STATUS = re.compile(r"^(?P<goal>[^:\s]+(?:\s+[^:\s]+){2,}):\s+(?P<status>[^:()]{2,60}?)\.?$")
#: Status marks in running text: a legend of a goal table's marks, a marked goal or a form's ticked
#: box, read elsewhere.
_MARKS = re.compile(r"[✔✓☑✅◐◑✖✗✘❌☒☐]|\[\s*[xX✓✔]?\s*\]")
#: A measure of a goal, not a goal ("Mittari: …", "Lähtötaso: 0", "Mätare: …").
_INDICATOR_LINE = re.compile(
    r"^(?:mittari|mittarit|lähtötaso|tavoitetaso|tavoitearvo|mätare|utgångsnivå|målnivå|indicator|baseline|target)"
    r"\b\s*:?",
    re.I,
)


def states_a_goal(sentence: str) -> bool:
    """A running-text sentence that may be a goal: not a placeholder, the state of the whole
    project, a report on the goal above it or only a status ("Siirtyy jatkokaudelle")."""
    text = BULLET.sub("", sentence).strip()
    return (
        not placeholder(sentence)
        and not _STATE.match(text)
        and not REPORT_LINE.match(text)
        and not _status_only(sentence)
        and not _defines_a_status(text)
    )


#: A status and the condition that defines it: "Tavoite on saavutettu, kun toteuma on …", "Målet är uppnått om …",
#: "A goal counts as met when …": the document's key to its verdicts, no goal and no verdict (relay of 04:28).
_CONDITION = re.compile(r",?\s+(?:kun|jos|mikäli|när|om|ifall|då|when|if|once)\s+", re.I)


#: The present of a rule before the condition ("on saavutettu", "är uppnått", "counts as met"); a past verdict with
#: its time after it ("Tavoite saavutettiin, kun sovellus otettiin käyttöön") judges a goal.
_RULE_VERB = re.compile(r"\b(?:on|ovat|katsotaan|pidetään|är|anses|räknas|is|are|counts?|counted)\b", re.I)


def _defines_a_status(text: str) -> bool:
    cut = _CONDITION.search(text)
    head = text[: cut.start()] if cut is not None else ""
    return bool(_RULE_VERB.search(head)) and (goal_status(head) or status_of(head)) is not None


def _status_only(text: str) -> bool:
    """A line that states a status and nothing else: the report of the goal before it, written apart ("-> saavutettu",
    "Osittain (24 %)", "[ ] valmis [X] kesken"), or one sentence of a report's label ("-> Arvio 10/2024: toteutunut, …")."""
    if is_choice_line(text):
        return True
    words = ARROW.sub("", BULLET.sub("", text)).split()
    dated = REPORT_LINE.match(" ".join(words)) if len(sentences(text)) == 1 else None
    said = " ".join(words)[dated.end() :].strip(" *_") if dated is not None else ""  # "*Result: met in May*"
    return 0 < len(words) <= (99 if dated else 6 if ARROW.match(text) else 3) and (
        line_status(text) is not None or (bool(said) and line_status(said) is not None)
    )


#: "-> Nästa steg 8/2025: …" under a goal: a labelled note or report of it, no item of its own ("-" is no list mark).
_LABELLED_ARROW = re.compile(r"^\s*(?:-+>|=+>|→|⇒)\s*[^\W\d][^:]{1,30}:\s")
_UNMET = ("not-achieved", "moved-later", "partly-achieved", "unfinished")
_COLLECTIVE = re.compile(
    r"\btavoitteet\b[^.?]{0,80}?\b(?:saavutettiin|toteutuivat|on saavutettu|saavutettu)\b", re.I
)


#: A sentence about the goals together ("Kaikkia tavoitteita ei saavutettu", "Alla mål har ännu inte
#: uppnåtts"): no goal of its own, and no status of one.
_ALL_GOALS = re.compile(
    r"(?:kaikki(?:a)?\s+|alla\s+|samtliga\s+|all\s+(?:the\s+)?|not\s+all\s+(?:the\s+)?)"
    r"(?:hankkeen\s+|projektets\s+)?(?:tavoitteet|tavoitteita|mål(?:en)?|goals|objectives)\b",
    re.I,
)
#: A rule of dashes with words in it ("-----Alkuperäinen viesti-----", "----- Original Message -----"):
#: what follows is a quoted message. A bare rule (a heading's underline) ends nothing.
_RULE = re.compile(r"^\s*-{3,}\s*[^\s-]")


def _goals(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    # "*Seuraava raportti 31.1.2024. …*": a line in emphasis, its star no list's mark
    chunks = [
        Chunk(c.text, c.first, c.last, False, c.numbered) if _EMPHASIS.fullmatch(c.text.strip()) else c
        for c in chunks
    ]
    current: list[Chunk] = []
    groups: list[list[Chunk]] = []
    for chunk in chunks:
        if legend_line(chunk.text):
            continue  # "(toteutui = suunnitelman mukaan, ei toteutunut = poikkeama)": a key, no goal nor answer
        # "Toteutunut: …", or a line that is only a status ("-> saavutettu", "→ osittain (24 %)").
        arrow = bool(current and _LABELLED_ARROW.match(chunk.text) and not ARROW.match(current[0].text))
        is_answer = chunk.text.startswith("Toteutunut") or arrow or (bool(current) and _status_only(chunk.text))
        joins = is_answer or (current and current[0].numbered and not chunk.bullet)
        if chunk.numbered or (chunk.bullet and not is_answer) or not current or not joins:
            if current:
                groups.append(current)
            current = [chunk]
        else:
            current.append(chunk)
    if current:
        groups.append(current)
    listed: list[Goal] = []  # goals of the lists above, which a summary sentence may judge
    section_goals: list[Goal] = []  # every goal listed so far, which a sentence may judge by name
    lead_in: str | None = None  # "Tavoitteista on toteutunut tai toteutumassa:" judges the list below
    for group in groups:
        head = group[0]
        if not (head.numbered or head.bullet or _answered_outline(group)):
            last = sentences(group[-1].text)[-1] if group[-1].text.strip() else ""
            lead_in = goal_status(last) if last.rstrip().endswith(":") and _GOAL_WORD.search(last) else None
            # Running text: statements of unmet goals, and goals stated as such
            # ("Tavoitteena on, että …", "Hankkeen tavoitteena oli …"), become goals.
            for chunk in group:
                if _verdict_lines(ctx, chunk, project):
                    continue  # "TOTEUTUNUT – X" / "OSITTAIN TOTEUTUNUT – Y": a list typed without its markers
                said = sentences(chunk.text)
                judged, verdicts = judged_pairs(said)  # "X. Tavoite toteutui osittain.": X, judged by the next
                for at, sentence in enumerate(said):
                    if at in verdicts:
                        continue
                    if at in judged:
                        project.goals.append(
                            Goal(sentence.strip().rstrip(".")[:500], judged[at], None, chunk.span)
                        )
                        continue
                    status = goal_status(sentence)
                    if _COLLECTIVE.search(sentence) and not sentence.rstrip().endswith("?"):
                        # "Hankesuunnitelmassa esitetyt tavoitteet saavutettiin pääosin hyvin."
                        # judges every listed goal the text has not judged one by one.
                        for goal in listed:
                            if goal.status == "unknown" and status is not None:
                                goal.status = status
                        listed = []
                        continue
                    if sentence.rstrip().endswith(":") or _ALL_GOALS.match(BULLET.sub("", sentence)):
                        continue  # a lead-in or "Alla mål har ännu inte uppnåtts.": no goal of its own
                    if (
                        goal_labels().numbered.search(sentence)
                        or _INDICATOR_LINE.match(sentence)
                        or _MARKS.search(sentence)
                        or legend_line(sentence)
                    ):
                        continue  # "Tavoite 2 …" is read as a labelled goal; "Mittari: …" is none
                    if not states_a_goal(sentence) or _EVALUATION.search(_subject(sentence)):
                        continue
                    named = named_goal(sentence, section_goals) if status is not None else None
                    if named is not None:  # "Yörauhaa koskeva tavoite toteutui." judges a listed goal
                        judge(named, status, status_reason(sentence))
                        named.restated.append(chunk.span)
                    elif status is not None and (led := led_goal(sentence)) is not None:
                        # "Tavoitteista X toteutui.": a goal of its own, met or not, without the lead
                        project.goals.append(JudgingSentence(led, status, status_reason(sentence), chunk.span))
                    elif status in _UNMET and not refers_back(sentence):
                        # "Tämä siirtyi …" judges a goal stated before it, it is none of its own
                        project.goals.append(
                            JudgingSentence(sentence, status, status_reason(sentence), chunk.span)
                        )
                    elif _STATED_GOAL.match(sentence):
                        project.goals.append(Goal(sentence[:500], status or "unknown", None, chunk.span))
            continue
        item = listed_goal(group, lead_in)
        if item is not None:
            project.goals.append(item)
            listed.append(item)
            section_goals.append(item)


#: A task list's box before a goal: "[x] X" done, "[ ] X" not marked.
_TASK_BOX = re.compile(r"^(?:\[(?P<tick>[ xX✓✔])\]|(?P<box>[☐☒☑✅]))\s+")  # "☒ X" ticked, "☐ X" not
#: A status before the goal it judges, as a label: "Toteutunut: X", "Siirtyy vuodelle 2025: X".
_STATUS_FIRST = re.compile(r"^(?P<status>[^:]{2,40}):\s+(?P<goal>\S.{7,})$")
#: The same with a spaced dash after the status ("Toteutunut – X", "UPPNÅTT — X", "Achieved - X").
_STATUS_DASH = re.compile(r"^(?P<status>[^:–—]{2,40}?)\s+[–—-]\s+(?P<goal>\S.{7,})$")


def _status_ahead(description: str) -> tuple[str | None, str]:
    """The status written before a listed goal and the goal without it: a task list's ticked box
    ("[x] X" achieved; "[ ] X" says nothing) or a status as the item's label ("Kesken: X")."""
    box = _TASK_BOX.match(description)
    if box is not None:  # the document's own legend of its boxes first ("☒ = ei toteutunut")
        tick = (box.group("tick") or box.group("box") or "").strip().replace("☐", "")
        return ((legend_status(tick) or "achieved") if tick else None), description[box.end() :].strip()
    first = _STATUS_FIRST.match(description)
    if first is None and (dash := _STATUS_DASH.match(description)) is not None and exact_label(dash["status"]):
        first = dash  # before a dash only a verdict whole ("Toteutunut – X"), not one leading a noun ("Valmis malli – …")
    if first is not None and line_status(first.group("status")) and not line_status(first.group("goal")):
        return line_status(first.group("status")), first.group("goal").strip()
    return None, description


def _verdict_lines(ctx: Context, chunk: Chunk, project: Project) -> bool:
    """A paragraph whose every line is a verdict, a dash or a colon and a goal ("TOTEUTUNUT – X" / "EI TOTEUTUNUT –
    Y", R19-22): a list typed without its markers, each line a goal its verdict judges (read from the chunk's lines)."""
    if chunk.last <= chunk.first:
        return False
    read = [_status_ahead(line.strip()) for line in ctx.line_texts(chunk.first, chunk.last) if line.strip()]
    if len(read) < 2 or not all(status for status, _ in read):
        return False
    for status, goal in read:
        if not any(g.description == goal for g in project.goals):
            project.goals.append(Goal(goal[:500], status or "unknown", None, chunk.span))
    return True


def _answered_outline(group: list[Chunk]) -> bool:
    """An item under an outline number with its status on the line after it ("3.1 Etäneuvonta vakiintuu" / "->
    saavutettu"), or a paragraph of one sentence with its report's paragraph ("X." / "Arvio: toteutui osittain, …"): a
    listed goal. An outline-numbered line with no status under it is a subsection's heading ("4.1 …"), no goal."""
    said = sentences(group[0].text) if len(group) == 2 and REPORT_LINE.match(group[1].text.strip()) else []
    one = len(said) == 1 and 3 <= len(said[0].split()) <= 30 and not said[0].rstrip().endswith(":")
    head = one or _OUTLINE_NUMBER.match(group[0].text) is not None
    return len(group) >= 2 and head and _status_only(group[1].text)


def legend_line(text: str) -> bool:
    """A line that only explains the document's status words ("(uppnåddes = målnivån nåddes, uppnåddes
    inte = under målnivån)"): two pairs or more of a word and its meaning, and nothing else; or such a
    legend in brackets after a short label of its own ("Loppuraportin itsearvio (vihreä = toteutui, …):")."""
    core = text.strip().strip("()[] ")
    # "toteutui = …, ei toteutunut = …"; a scale's "3 = …, 2 = …"; codes "G = uppnått, D = delvis"
    for pattern in (WORD_PAIR, SCORE_PAIR, LEGEND_PAIR):
        pairs = list(pattern.finditer(core))
        if len(pairs) >= 2 and pairs[0].start() <= 4 and core.count("=") == len(pairs):
            return True
    if _GLOSSED_CODES.match(text.strip()):
        return True  # "Merkinnät: T (toteutunut), O (osittain toteutunut), K (kesken)": codes, each glossed
    if _GLOSSED_MARKS.match(text.strip()):
        return True  # "Tilan merkit: 🟢 suunnitelman mukainen, 🟡 poikkeama, …": symbols, each glossed (test48 os06)
    labelled = _LABELLED_LEGEND.match(text.strip()) or _COLON_LEGEND.match(text.strip())
    return labelled is not None and legend_line(labelled.group("legend"))


#: Symbols each with its meaning after it, two or more, after a label and its colon: "Tilan merkit: 🟢 suunnitelman
#: mukainen, 🟡 poikkeama, 🔴 …", "Merkit: ● valmis · ◐ kesken": a key, no goal ("✅ X ✅ Y" may be two goals).
_MARK = r"[\u2300-\u2bff\U0001f300-\U0001faff]\ufe0f?"
_GLOSSED_MARKS = re.compile(
    rf"^[^\W\d][\w -]{{0,30}}:\s*{_MARK}\s*[^\W\d][^\u2300-\u2bff\U0001f300-\U0001faff]*?"
    rf"(?:[,;·•|/]\s*|\s+){_MARK}\s*[^\W\d]"
)
#: Codes each with its meaning in brackets, two or more, a label before them or not: a key, no goal.
_GLOSSED_CODES = re.compile(
    r"^(?:[^\W\d][\w-]*\s*:\s*)?(?:[^\s(),;:]{1,3}\s*\([^()]{2,40}\)\s*(?:[,;]|\s+(?:ja|och|and|tai|eller|or)\b)?\s*){2,}"
    r"[.:]?$"
)


#: A legend in brackets after its label, nothing after it but a colon.
_LABELLED_LEGEND = re.compile(r"^(?:[^\s()=]+\s+){0,5}[^\s()=]+\s*\((?P<legend>[^()]*=[^()]*)\)\s*[:.]?$")

#: A legend after its label and a colon ("Arvion värit: vihreä = tavoite saavutettu, …").
_COLON_LEGEND = re.compile(r"^(?:[^\s:=()]+\s+){0,4}[^\s:=()]+:\s*(?P<legend>[^:]*=.*)$")

#: A sentence led by the goal word, the goal after it: "(Hankkeen) tavoitteista X toteutui", "Tavoite X jäi
#: toteutumatta", "Av (projektets) mål uppnåddes X", "Målet om X uppnåddes", "Of the goals, X was met"; or by
#: a goal's ordinal, the goal in apposition: "Hankkeen ensimmäinen tavoite, X, saavutettiin", "Andra målet, X, …".
_LED = re.compile(
    r"^(?:(?:hankkeen|ohjelman|projektin|kokonaisuuden|(?:hanke)?suunnitelman|investoinnin(?:\s+\d{1,2})?)\s+)?"
    r"(?:(?P<ordinal>ensimmäinen|toinen|kolmas|neljäs|viides|kuudes|viimeinen)\s+tavoite,"
    r"|(?:tavoitteista(?:\s+vuo(?:delle|sille)\s+\d{4}(?:[–-]\d{4})?)?|tavoite|tavoitteesta))\s+"
    r"|^(?:av\s+(?:projektets\s+|programmets\s+)?mål(?:en)?|målet\s+om|of\s+the\s+goals,?|the\s+goal\s+of)\s+"
    r"|^(?:(?:projektets|the\s+project's)\s+)?(?P<ordinal2>första|andra|tredje|fjärde|femte|sista|first|second|third"
    r"|fourth|fifth|last)\s+(?:målet|mål|goal),\s+",
    re.I,
)
#: A count or share after the lead ("Tavoitteista osa toteutui", "Tavoitteista kaksi saavutettiin"): the goals
#: together, no goal of its own.
_HOW_MANY = re.compile(
    r"^(?:osa|kaikki|useimmat|suurin|pääosa|enemmistö|yksi|kaksi|kolme|neljä|viisi|puolet|\d+|flera|alla|några|de\s+flesta"
    r"|ett|två|tre|most|all|some|one|two|three|on|oli|ovat|olivat|är|var|was|is)\b",
    re.I,
)


def led_goal(sentence: str) -> str | None:
    """The goal a sentence led by the goal word judges ("Hankkeen tavoitteista hoitotakuun raja saavutettiin
    kaikilla asemilla" → "hoitotakuun raja saavutettiin kaikilla asemilla"); None for any other sentence,
    for the goals together ("Tavoitteista osa toteutui") and for a goal stated, not judged ("Tavoite on, että …")."""
    text = BULLET.sub("", sentence).strip()
    m = _LED.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if m.group("ordinal") or m.group("ordinal2"):
        # "Toinen tavoite, X, toteutui osittain, koska …": the goal between the commas, judged after them.
        named, comma, judged = rest.partition(", ")
        return named.strip() if comma and len(named.split()) >= 3 and goal_status(judged) else None
    first = rest.split()[0] if rest else ""
    if goal_status(first) is not None:  # "Av målen uppnåddes X", "Tavoitteista toteutui X": the verb first
        rest = rest[len(first) :].strip()
    if _HOW_MANY.match(rest) or len(rest.split()) < 3:
        return None
    if re.match(r"tavoite\b", m.group(0).split()[-1], re.I) and not _ELATIVE.search(" ".join(rest.split()[:4])):
        return None  # "Tavoite nuorten kohderyhmän osalta jäi kesken": the goal as for whom, not named: the whole sentence
    return rest


#: The singular "Tavoite" names its goal in the elative ("Tavoite yöpartion laajentamisesta", "yhteisestä …"):
#: the goal of X; "Tavoite X:n osalta" (as for X) names none.
_ELATIVE = re.compile(r"\b\w{3,}(?:sta|stä)\b", re.I)


#: An outline number before an item's text ("3.1 ", "2.4.1. "): the report's numbering, not the goal's.
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")
#: A goal's code before its text: one or two capitals and its number ("T1", "M2", "TA3", "T2.1"), then a
#: word that begins in a capital: "B2 tason kielitaito" (a level, in lower case after it) is no code.
_GOAL_CODE = re.compile(r"^[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*[.:)]?\s+(?=[A-ZÅÄÖ])")


def listed_goal(group: list[Chunk], lead_in: str | None) -> Goal | None:
    """The goal a list item states (its first chunk) with the answers under it, judged by its own
    answer or status, else by the lead-in above the list; None for an empty item, a measure or a part."""
    head = group[0]
    description = BULLET.sub("", head.text).strip().rstrip(":").strip()
    # "3.1 Etäneuvonta vakiintuu", "**T1** Chat laajenee", "M2 Läkemedelsautomater …": the report's number or
    # code of the goal (as a goal table's, goaltables.OUTLINE), not the goal's words
    description = _OUTLINE_NUMBER.sub("", description)
    description = unlabelled(_GOAL_CODE.sub("", description))  # "Tavoite A: X", "Tavoite 1 (X) – valmis"
    if placeholder(description):
        return None  # "-" under a heading: the section was left empty
    if _INDICATOR_LINE.match(description) and ":" in description:
        return None  # "- Mittari: käyntien määrä" under a goal: its measure, no goal
    if (part := match_part_line(description)) is not None:
        if not (part[3] and judged_name(part[3])):
            return None  # "- Investering 1: X – 1 800 000 €": a part of the project (facts/parts.py), no goal
        description = part[3]  # "- Osakokonaisuus 1: X – toteutunut": the part's goal X, judged after the dash
    said = sentences(description)
    reported = report_after(said) if len(group) == 1 else None
    if reported is not None:  # "X. Status: too early to tell": the goal, judged by its report
        return Goal(reported[0][:500], reported[1], reported[2], Span(head.first, head.last, head.text))
    judged, _ = judged_pairs(said[:2]) if len(said) >= 2 and len(group) == 1 else ({}, set())
    if 0 in judged:  # "1. X. Tähän ylsimme jo …": the item's goal, judged by the sentence after it
        span = Span(head.first, head.last, head.text)
        reason = status_reason(" ".join(said[1:])) if judged[0] != "achieved" else None
        return Goal(said[0].strip().rstrip(".")[:500], judged[0], reason, span)
    answer_text = " ".join(c.text for c in group[1:])
    ahead, description = _status_ahead(description)  # "[x] X", "Toteutunut: X": the status before the goal
    if not description:
        return None
    tail = emphasised_verdict(description) if not answer_text.strip() else None  # "X *(osittain: 3/5)*"
    own = None if tail else _OWN_STATUS.match(description)
    own_status = own and phrase_status(own.group("status"))
    colon = None if own_status or tail else _COLON_STATUS.match(description)
    told = line_status(colon.group("status")) if colon else None  # "X: vielä kesken": the status after it
    if own and own_status:
        # "Yöhoito kattaa kaikki kunnat (ei käynnistynyt)": the item's own status; a paragraph
        # after the list ("Tilanne: osa tavoitteista on kesken") judges no single goal.
        description, answer_text = own.group("goal").strip(), own.group("status")
    badge = tail or (badge_status(description) if ahead is None and not answer_text.strip() else None)
    if colon and told not in (None, "unknown"):
        badge = (colon.group("goal"), colon.group("status"), told)
    if badge is not None:  # "X Valmis": the status printed beside the goal (a page's badge), no mark between
        description, answer_text = badge[0], badge[1]
    inline = re.search(r"Toteutunut\s*:\s*(.*)$", head.text) if ahead is None else None
    if inline and inline.start() > len(head.text) - len(head.text.lstrip(" -•·*–")):
        description = BULLET.sub("", head.text[: inline.start()]).strip().rstrip(":")
        answer_text = inline.group(1) + " " + answer_text
    answer = ARROW.sub("", re.sub(r"^Toteutunut\s*:\s*", "", answer_text.strip()))
    if (
        label := REPORT_LINE.match(answer)
    ) is not None:  # "*Result: met in May 2024*" under the item: its report
        answer = answer[label.end() :].strip(" *_") or answer
    status = badge[2] if badge is not None else phrase_status(answer) if answer else None
    if status is None and answer:
        status = answer_status(answer) or line_status(answer)  # "-> Arvio 5/2025: delvis, …": a dated report
    if status is None and answer_text.strip().startswith("Toteutunut"):
        status = "achieved"
    if status is None:
        status = (
            ahead or (goal_status(description) if NOT_MET.search(description) else None) or lead_in or "unknown"
        )
    span = Span(head.first, group[-1].last, " ".join(c.text for c in group))
    reason = status_reason(answer) if status != "achieved" and answer else None
    return Goal(description[:500], status, reason, span)


#: Sections whose running text may state that a goal was not met, was moved or is partly met.
_STATUS_SECTIONS = ("deviations", "overview", "outputs", "achievements", "next-tasks", "indicators", "schedule")


def status_wrapped(chunks: list[Chunk]) -> list[Chunk]:
    """A goal whose status a page or column broke onto the next line ("… mittarilla –" /
    "Toteutunut osittain") is one goal with its status again; the next goal, if the
    status line ran on into it, stays a chunk of its own."""
    out: list[Chunk] = []
    for whole in chunks:
        chunk: Chunk | None = whole
        previous = out[-1] if out else None
        if previous is not None and re.search(r"\s[–—-]\s*$", previous.text):
            words = whole.text.split()
            for k in range(min(4, len(words)), 0, -1):
                head = " ".join(words[:k])
                if goal_status(head) is None or (k < len(words) and not words[k][:1].isupper()):
                    continue
                out[-1] = Chunk(
                    f"{previous.text.rstrip()} {head}",
                    previous.first,
                    whole.first,
                    previous.bullet,
                    previous.numbered,
                )
                rest = " ".join(words[k:])
                chunk = Chunk(rest, whole.first, whole.last, whole.bullet, whole.numbered) if rest else None
                break
        if chunk is not None:
            out.append(chunk)
    return out


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    section = ctx.section
    # "Tavoite 1: toteutunut" under "## Arvio", "1. Toteutunut." under the results: verdicts on goals 1, 2 …
    chunks, by_number = verdicts_by_number(ctx, chunks)
    if section in ("goals", "goal-results"):
        chunks = in_section(ctx, chunks)
        rule = next((i for i, c in enumerate(chunks) if _RULE.match(c.text)), None)
        chunks = chunks if rule is None else chunks[:rule]  # a quoted message below ends the goals
        _goals(ctx, status_wrapped(chunks), project)
    elif section in ("outputs", "achievements"):
        for chunk in chunks:
            add_output(chunk, project)
    elif section == "benefits":
        for chunk in chunks:
            if len(chunk.text) > 25 and not chunk.text.endswith(":") and not placeholder(chunk.text):
                first = sentences(BULLET.sub("", chunk.text))[0]
                project.benefits.append(Benefit(first[:400], chunk.span))
    elif ctx.seg.kind == "generic" and not any(g for g in project.goals):
        # A web page or news item without a goals section states its goal in running text:
        # "Hankkeen tavoitteena on, että puolet yhteydenotoista hoidetaan sähköisesti."
        for chunk in chunks:
            for sentence in sentences(chunk.text):
                for goal in stated_goals(sentence):
                    if states_a_goal(goal) and len(goal.split()) >= 4:
                        project.goals.append(Goal(goal[:1].upper() + goal[1:500], "unknown", None, chunk.span))
    # A web page reports its results in prose under "Tulokset": what was reached is a goal met.
    judged: tuple[str, ...] = ("not-achieved", "moved-later", "partly-achieved", "unfinished")
    if ctx.seg.kind == "generic" and section in ("outputs", "achievements"):
        judged = (*judged, "achieved")
    if section in _STATUS_SECTIONS or section == "":  # "": text under no section
        for chunk in chunks:
            said = sentences(chunk.text)
            pairs, verdicts = judged_pairs(said)  # "1. X. Tähän ylsimme …": X, judged by the pronoun's sentence
            for at, found in pairs.items():
                goal = _OUTLINE_NUMBER.sub("", BULLET.sub("", said[at])).strip().rstrip(".")
                if goal and not any(norm(g.description) == norm(goal) for g in project.goals):
                    project.goals.append(Goal(goal[:500], found, status_reason(said[at + 1]), chunk.span))
            for at, sentence in enumerate(said):
                if at in pairs or at in verdicts or refers_back(sentence):
                    continue  # a goal judged by the next sentence, or a verdict on the one before
                status = goal_status(sentence)
                led = led_goal(sentence)
                if led is not None and status is not None and not legend_line(sentence):
                    # "Hankkeen tavoitteista X toteutui.": the sentence says it judges a goal, met or not; a goal
                    # in apposition is judged by the words after it ("…, X, jäi kesken, koska …": unfinished)
                    after = sentence.split(led, 1)[1].strip(" ,.") if led in sentence else ""
                    status = (phrase_status(after) if after else None) or status
                    project.goals.append(JudgingSentence(led, status, status_reason(sentence), chunk.span))
                    continue
                if (
                    status in judged
                    and not legend_line(sentence)
                    and states_a_goal(sentence)
                    and not goal_labels().numbered.search(sentence)
                    and not _EVALUATION.search(_subject(sentence))
                    and (_GOAL_WORD.search(sentence) or not _NOT_A_GOAL.search(_subject(sentence)))
                ):
                    # "Osittain toteutui X.", "Ei toteutunut: X.": the verdict first, the goal after it
                    goal, verdict = opening_verdict_goal(BULLET.sub("", sentence)) or (
                        BULLET.sub("", sentence),
                        status,
                    )
                    project.goals.append(JudgingSentence(goal, verdict, status_reason(sentence), chunk.span))
    judge_by_number(by_number, project)


def _finish(ctx: Context) -> None:
    for project in ctx.projects:
        project.goals = merge_goals(split_judged(project.goals))
        project.outputs = merge_outputs(project.outputs)


FAMILY = Family("goals-and-outputs", chunks=_chunks, finish=_finish)
