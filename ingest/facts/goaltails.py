"""A goal's verdict written after it in emphasis: "X *(osittain: 3/5 kuntaa)*", "X _(siirtyy vuodelle 2026)_",
"X. *Ei toteutunut: osuus jäi 31 prosenttiin.*".

Task lists in Markdown tick the goals met and leave the others open; an open box says nothing, so the
authors write the verdict after the goal, set off by emphasis (bracketed or as a sentence of its own). The
emphasis hid the bracket from the reading of "X (verdict)" and a colon inside it from the reading of
"X: verdict". Only a tail that states a status is a verdict: "(Kuopio ja Iisalmi)" or "*(released 3/2024)*"
after a goal is a note of it.

Several goals judged in one sentence of running text, each with its own verdict, are cut into their items
(``judged_items``): minutes and decisions report on the goals in a paragraph, not a list ("Tavoitteiden tilanne:
X on toteutunut osittain (76 %); Y on toteutunut.", "Hankkeelle asetettiin kolme tavoitetta. (1) X; tavoite on
saavutettu. (2) Y; …", "Tavoitetilanne: investointi 1:n tavoite "X" on saavutettu; …"). The reading of running
text took such a sentence as one goal judged by its first verdict. It is cut after a lead that names the goals
(the goal word before the first item), at the items' numbers ("(1)", "2)") or at semicolons; the goal is the
item without its verdict: the quoted goal, the words before the bracketed verdict or before the verdict's clause.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalnames import JudgingSentence
from hankegraafi.ingest.facts.goalstatus import answer_status, goal_status, status_of
from hankegraafi.ingest.facts.model import Goal

#: The goal, then its tail in one or two stars or underscores, bracketed or not, to the line's end.
_EMPHASISED_TAIL = re.compile(
    r"^(?P<goal>\S.{6,}?)[.,;:]?\s+(?P<mark>\*{1,2}|_{1,2})\(?(?P<said>[^*_()]{2,120}?)\)?[.]?(?P=mark)\s*[.,;]?$"
)
#: A negation before a verb of reaching ("Ei toteutunut", "Inte uppnått", "Not met").
_NEGATION = re.compile(r"ei|inte|ej|not", re.I)
#: A status label, a colon and its detail ("osittain: 22 % kesäkuussa", "delvis: Borgå klart").
_LABELLED = re.compile(r"^(?P<label>[^:]{2,40}):\s*\S")


def verdict_of(said: str) -> str | None:
    """The status a verdict phrase states: the phrase read whole, else its label before a colon
    ("osittain: 22 % kesäkuussa" in part; a bare "osittain" answers as a yes/no question's "partly")."""
    m = _LABELLED.match(said)
    found = status_of(said) if m is None else None
    if m is not None:
        # the label a status of its own: one word, or a negation and its verb ("Ei toteutunut: …"); a noun phrase
        # before a colon is a note's label ("kesken oleva selvitys: ks. liite 3", R11-9)
        label = m.group("label").strip()
        words = label.split()
        if len(words) == 1 or (len(words) == 2 and _NEGATION.fullmatch(words[0])):
            found = status_of(label) or answer_status(label)
    return found


def emphasised_verdict(description: str) -> tuple[str, str, str] | None:
    """(goal, verdict phrase, status) of an item whose verdict follows the goal in emphasis; None when the
    item has no such tail or the tail states no status (a note of places or dates)."""
    m = _EMPHASISED_TAIL.match(description.strip()) if len(description) <= 2 * _LONGEST else None
    if m is None:
        return None
    said = m.group("said").strip()
    status = verdict_of(said)
    if status in (None, "unknown"):
        return None
    return m.group("goal").strip().rstrip(".,;:").strip(), said, status


#: The goal noun in the forms a lead uses ("Tavoitteiden tilanne:", "Tavoitetilanne:", "kolme tavoitetta",
#: "Målen:", "Of the goals").
_GOAL_WORD = re.compile(r"tavoit|\bmål|\bgoals?\b|\bobjectives?\b", re.I)
#: A lead-in of another list about the goals: their measures or the actions that serve them ("Toimenpiteet
#: tavoitteiden saavuttamiseksi", "Tavoitteiden mittarit"): its items are no goals, whatever verdict they state (R11-7).
NOT_GOALS = re.compile(
    r"mittar|indikaattor|toimenpit|keino|tehtäv|saavuttamiseksi|mätare|indikator|åtgärd|indicator|measure|action",
    re.I,
)
#: An item's number in running text: "(1) ", "2) " after a space or at the start.
_NUMBER = re.compile(r"(?:(?<=\s)|^)\(?\d{1,2}\)\s+(?=\S)")
#: A quoted goal inside its item ("investointi 1:n tavoite "X" on saavutettu").
_QUOTED = re.compile(r"[\"“”«»](?P<goal>[^\"“”«»]{8,300})[\"“”«»]")
#: A bracketed verdict closing the item ("X (osittain, 64 asiakasta)").
_BRACKETED = re.compile(r"^(?P<goal>.{8,}?)\s*\((?P<said>[^()]{2,120})\)\s*$")
#: A verb that opens the verdict's clause after the goal ("X on toteutunut", "X har uppnåtts", "X was met").
_VERB = re.compile(
    r"\s(?:on|ovat|oli|olivat|ei|eivät|jäi|har|hade|är|var|blev|has|have|had|is|are|was|were)\s", re.I
)
#: A dash between an item's goal and its verdict ("X – uppnått").
_DASH = re.compile(r"\s+(?:[–—]|-{1,3})\s+")  # "--": the dash typed in plain text
#: A label of one word and its colon, where a goal's line may begin ("Mål:", "Tavoitteet:").
_LABEL = re.compile(r"(?:^|(?<=\s))[^\W\d]{2,30}:\s")
#: What joins an item to the next: a comma, "ja", "och", "and", a full stop.
_JOINER = re.compile(r"(?:[,;.]|\s+(?:ja|sekä|och|and))+\s*$", re.I)
#: An item too long to be one goal and its verdict (a paragraph of its own).
_LONGEST = 400


def _verdict(said: str) -> str | None:
    """The status a verdict phrase states; a yes/no/partly word before a comma answers too ("osittain, 6 %")."""
    found = status_of(said) or goal_status(said)
    if found is None:
        head = re.split(r"[,:]", said, maxsplit=1)[0].strip()
        found = answer_status(head) if len(head.split()) == 1 and head != said.strip() else None
    return found if found != "unknown" else None


def judged_item(item: str) -> tuple[str, str] | None:
    """(goal, status) of one item that states its verdict, else None."""
    if len(item) > _LONGEST:
        return None  # before the joiner's strip, which is quadratic in a long run of commas (R11-2)
    item = _JOINER.sub("", item.strip()).strip()
    if not item:
        return None
    quoted = _QUOTED.search(item)
    if quoted is not None:
        rest = item[quoted.end() :]
        bracket = _BRACKETED.match(
            f"{'x' * 8}{rest}"
        )  # "… on kesken (38 %)": the clause's verdict, the bracket its detail
        status = (_verdict(bracket.group("goal")[8:]) if bracket else None) or _verdict(rest)
        return (quoted.group("goal").strip().rstrip("."), status) if status else None
    head, semi, after = item.partition(";")
    if semi and (status := _verdict(after)):
        return head.strip(), status  # "X; tavoite on saavutettu"
    *said, last = _DASH.split(item)
    if said and (status := _verdict(last)):
        return " – ".join(said).strip(), status  # "X – uppnått"
    bracketed = _BRACKETED.match(item)
    if bracketed is not None and (status := _verdict(bracketed.group("said"))):
        before = bracketed.group("goal")
        verb = next((m for m in _VERB.finditer(before) if _verdict(before[m.start() :])), None)
        if verb is None:
            return before.strip(), status  # "X (saavutettu)"
        item = (
            before  # "X on toteutunut osittain (76 % käynneistä)": the clause's verdict, the bracket its detail
        )
    for m in _VERB.finditer(item):
        status = _verdict(item[m.start() :])
        if status:
            return item[: m.start()].strip(), status
    return None


def judged_items(sentence: str, *, every: bool = False) -> list[tuple[str, str]]:
    """The goals a sentence of running text judges one by one after a lead naming them, with each one's status;
    [] for any other sentence (fewer than two items judged, no goal word in the lead). With ``every``, each item
    must state its verdict."""
    numbers = list(_NUMBER.finditer(sentence))
    if len(numbers) >= 2:
        lead = sentence[: numbers[0].start()]
        ends = [m.start() for m in numbers[1:]] + [len(sentence)]
        items = [sentence[m.end() : end] for m, end in zip(numbers, ends, strict=True)]
    else:
        lead, colon, rest = sentence.partition(":")
        if not colon:
            return []
        items = rest.split(";")
    if len(items) < 2 or not _GOAL_WORD.search(lead) or NOT_GOALS.search(lead) or len(lead.split()) > 12:
        return []
    judged = [judged_item(item) for item in items]
    if (
        (every and None in judged)
        or sum(j is not None for j in judged) < 2
        or any(j is not None and len(j[0].split()) < 2 for j in judged)
    ):
        return []
    # an item among judged ones whose verdict no phrase knows ("tavoitteeseen ei ole päästy"): a goal still
    return [
        j or (_JOINER.sub("", item.strip()).partition(";")[0].strip(), "unknown")
        for j, item in zip(judged, items, strict=True)
    ]


#: What joins one judged clause to the next in a sentence of several ("X on toteutunut, Y on kesken ja Z …",
#: "X toteutui, mutta Y ei toteutunut", "X was met, but Y was not met").
_CLAUSE_JOIN = re.compile(
    r",?\s+(?:mutta|men|but)\s+|,\s+(?:ja|sekä|och|and)\s+|,\s+|\s+(?:ja|sekä|och|and)\s+", re.I
)
#: A clause that gives the reason of the verdict before it ("…, koska laitteiden hankinta keskeytettiin").
_REASON = re.compile(r"(?:koska|sillä|joten|kun|vaikka|eftersom|då|because|since|as|so)\b", re.I)
#: A bracket, inside which no clause ends ("(Keravan ryhmä alkaa tammikuussa 2026, jos …)").
_BRACKET = re.compile(r"\([^()]*\)")


def clause_verdict(clause: str, start: int = 0) -> tuple[str, str] | None:
    """(goal, status) of a clause that ends in its verdict ("X on toteutunut osittain", "X toteutui", "X jäi
    kesken", "X was not met"): the verdict begins at the first word after the goal's two that is a verb of
    being or a status word of its own and opens a phrase stating a status; None when no word does. The verdict is
    looked for from ``start`` on (the clause's last piece: the pieces before it stated none)."""
    for m in re.finditer(r"(?<=\s)\S+", clause):
        if m.start() < start or len(clause[: m.start()].split()) < 2:
            continue
        word = m.group(0).strip(",.;:")
        if not (_VERB.match(f" {word} ") or status_of(word) not in (None, "unknown")):
            continue
        status = _verdict(clause[m.start() :].strip().rstrip("."))
        if status:  # else a word of the goal ("… client over 75 on the next day was met")
            return clause[: m.start()].strip(), status
    return None


#: A clause's subject that refers to a goal by its place in a list or by a pronoun ("the first one", "the third",
#: "the ones on home visits", "det tredje", "har de två första", "toinen"): it names no goal (R12-2).
_REFERS = re.compile(
    r"^(?:(?:the|har|de|det|den|ne|se)\s+){0,2}(?:\w+\s+)?(?:first|second|third|fourth|fifth|last|latter|former|ones?"
    r"|both|första|andra|tredje|fjärde|femte|sista|båda|ensimmäinen|toinen|kolmas|neljäs|viides|viimeinen|molemmat)\b",
    re.I,
)
#: Pieces of a sentence read as clauses at most: a longer run is a list of another kind (R12-3: time).
_MOST_PIECES = 12


def judged_clauses(text: str) -> list[tuple[str, str]]:
    """The goals a sentence after its lead judges one clause each, joined by commas, "ja", "mutta" … ("X on
    toteutunut, Y on kesken ja Z on toteutunut osittain"); [] unless every clause is judged and there are two or
    more. A clause of reason ("…, koska …") goes with the verdict before it; a goal's own "ja" is kept, the
    clause then running on until its verdict, but a comma ends a clause: a goal that runs on over a comma is none
    ("Hankkeen tavoitteista keskusteltiin ohjausryhmässä, loppuraportin luonnos on valmis …", R12-2). A goal
    referred to by its place or a pronoun ("the first one was met, …") names none."""
    if len(text) > 2 * _LONGEST:
        return []
    masked = _BRACKET.sub(lambda m: "x" * len(m.group(0)), text)  # no cut inside a bracket
    cuts = [(m.start(), m.end()) for m in _CLAUSE_JOIN.finditer(masked)]
    if len(cuts) >= _MOST_PIECES:
        return []
    pieces = [
        text[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(text)], strict=True)
    ]
    out: list[tuple[str, str]] = []
    clause = ""
    for at, piece in enumerate(pieces):
        if not clause and out and _REASON.match(piece):
            continue  # the reason of the verdict before
        joiner = text[cuts[at - 1][0] : cuts[at - 1][1]] if at else ""
        if clause and "," in joiner:
            return []  # a comma inside a goal: no clause of its own ended before it
        start = len(clause) + len(joiner) if clause else 0
        clause = f"{clause}{joiner}{piece}" if clause else piece
        judged = clause_verdict(clause, start)
        if judged is not None:
            out.append(judged)
            clause = ""
    if clause or len(out) < 2 or any(len(goal.split()) < 2 or _REFERS.match(goal) for goal, _ in out):
        return []
    return out


def _led_in(goal: Goal) -> bool:
    """The goal's text follows a lead naming the goals in its sentence ("Hankkeen tavoitteista vuodelle 2022 X
    …", "Of the goals, X …"): the goal word in the few words before it, no measures or actions."""
    quote = " ".join(goal.span.quote.split())
    at = quote.find(" ".join(goal.description.split())[:60])
    if at < 0:
        return False
    lead = re.split(r"[.!?:]\s", quote[:at])[-1]
    return bool(_GOAL_WORD.search(lead)) and not NOT_GOALS.search(lead) and len(lead.split()) <= 8


def split_judged(goals: list[Goal]) -> list[Goal]:
    """A goal read from running text that judges several goals one by one (``judged_items``) is those goals; so
    is a goal read from a label's value that does ("Mål: X – uppnått; Y – delvis uppnått." on one line), every
    item of it judged."""
    out: list[Goal] = []
    for goal in goals:
        if isinstance(goal, JudgingSentence):
            items = judged_items(goal.description) or (
                judged_clauses(goal.description) if _led_in(goal) else []
            )
        else:
            # the label's line in the quote ("X – uppnått; Y Mål: X – uppnått; Y – delvis uppnått."): from a label on
            quote = (
                goal.span.quote if "\n" not in goal.span.quote and len(goal.span.quote) <= 2 * _LONGEST else ""
            )
            starts = [m.start() for m in _LABEL.finditer(quote)][:4]
            items = next((found for at in starts if (found := judged_items(quote[at:], every=True))), [])
        out += [JudgingSentence(text[:500], status, None, goal.span) for text, status in items] or [goal]
    return out
