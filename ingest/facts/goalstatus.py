"""What a phrase says of a goal's achievement: the status words every goal form shares.

A goal's status is written in many places (an answer under the goal, a table cell, a
line after it, a sentence of running text) but in the same words: the reports' own
phrases ("ei toteutunut kokonaan" is partly, "siirtyi vuodelle 2025" moved later), the
labels of the ``goal-status`` vocabulary (``ontology/vocab/status.ttl``), a yes / partly /
no answer and a percentage of achievement. The goal families (goals.py, goalforms.py,
goalleads.py) read a status only through these functions, so that a form of a status
read in one place reads in all.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.goalcompose import composed_status
from hankegraafi.ingest.facts.goallegend import legend_status
from hankegraafi.ingest.facts.goalreach import achieved_in_some_places, in_share_of_places
from hankegraafi.ingest.facts.goalreach import places_each_their_verdict as _by_places
from hankegraafi.ingest.facts.goalreach import reached as _reached
from hankegraafi.ingest.facts.postponed import postponed
from hankegraafi.ontology import registry

#: Not met: the phrases of a goal left undone.
NOT_MET = re.compile(
    r"\bei (?:\w+ )?toteutunut\b|\beivät (?:\w+ )?toteutuneet\b|\bei ole (?:\w+ )?toteutettu\b"
    r"|saavuttamatta jäi|jäi saavuttamatta|\bei onnistunut\b|\bei (?:\w+ ){0,3}valmistunut\b"
    r"|jäi tekemättä|jäänyt toteuttamatta|\bei (?:\w+ )?toteutunut\b|\bei toteudu"
    r"|\b(?:inte|ej)\s+(?:\w+\s+)?(?:uppnåtts?|uppnått|uppnådda?|förverkligats?|uppfyllt|uppfylld|uppfyllts)\b"
    r"|\bnot (?:\w+ )?(?:achieved|fulfilled)\b"
    r"|\b(?:uppnåddes|uppnåtts|förverkligades|genomfördes)\s+(?:\w+\s+)?(?:inte|ej)\b"
    r"|\bei saavutettu\b|\b(?:jäi\s+)?toteutumatta\b"
    r"|\bei\s+(?:\w+\s+)?saatu\s+(?:\w+\s+)?(?:toteutettua|valmiiksi|käyttöön|aikaan|toteutumaan)\b"
    r"|\b(?:lyckades|har\s+lyckats)\s+(?:\w+\s+)?(?:inte|ej)\b"
    # a goal given up: "Tavoitteesta luovuttiin", "Målet övergavs", "The goal was abandoned"
    r"|\bluovuttiin\b|\bon\s+luovuttu\b|\bövergavs\b|\bhar\s+övergetts\b|\bwas\s+abandoned\b"
    # the goal as the subject of the short verb of reaching, denied: "Målet nåddes inte", "Goal not met"
    r"|\b(?:mål(?:et|en)?|målsättningen)\s+(?:har\s+)?(?:nåddes|nåtts)\s+(?:inte|ej)\b"
    r"|\b(?:goal|objective|target)s?\s+(?:was\s+|were\s+|has\s+been\s+)?not\s+(?:met|reached)\b"
    # the goal as the subject of the verb of filling, denied: "tavoite ei täyttynyt" (a course "ei täyttynyt" is no goal)
    r"|\btavoit\w*\s+(?:ei|eivät)\s+(?!vielä\b)(?:\w+\s+)?täyttyn\w*",  # "eivät vielä täyttyneet": not yet
    re.I,
)
#: Not met in full: met in part ("Ei toteutunut kokonaan", "toteutui osittain", "eivät täysin valmistuneet").
_PARTIAL = re.compile(
    r"\b(?:ei|eivät)\s+(?:\w+\s+)?(?:toteutunut|toteutuneet|saavutettu|valmistunut|valmistuneet)"
    r"\s+(?:\w+\s+)?(?:kokonaan|täysin|kaikilta osin|täysimääräisesti|kokonaisuudessaan)\b"
    r"|\b(?:ei|eivät)\s+(?:kokonaan|täysin|kaikilta osin)\b"
    r"|\b(?:toteutui|toteutuivat|toteutunut|toteutuneet|saavutettiin|saavutettu|valmistui|onnistui)"
    r"\s+(?:vain\s+|vasta\s+)?(?:osittain|osin)\b|\b(?:vain\s+)?(?:osittain|osin)\s+(?:toteutu|saavutet|valmi|onnistu)\w*"
    r"|\bdelvis\s+(?:uppnå\w*|uppfyll\w*|genomför\w*|förverkliga\w*)|\bpart(?:ly|ially)\s+(?:achieved|met|done|fulfilled)\b"
    r"|\b(?:uppnå\w*|genomför\w*|förverkliga\w*)\s+(?:\w+\s+)?delvis\b|\bvain\s+osittain\b"
    r"|\bonnistuttiin\s+(?:vain\s+)?(?:osittain|osin)\b|\blyckades\s+(?:bara\s+)?delvis\b"
    # the goal as the subject of the short verb of reaching: "Målet nåddes delvis", "The goal was partly reached"
    r"|\b(?:mål(?:et|en)?|målsättningen)\s+(?:har\s+)?(?:nåddes|nåtts)\s+(?:bara\s+)?delvis\b"
    r"|\b(?:goal|objective|target)s?\s+(?:was\s+|were\s+|has\s+been\s+)?part(?:ly|ially)\s+reached\b"
    r"|\b(?:reached|met|achieved)\s+(?:only\s+)?(?:in\s+part|partly|partially)\b"
    # filled in part, or a verb of reaching by half: "täyttyy osittain", "målet nåddes till hälften", "met by half"
    r"|\btäytty(?:i|y|ivät|vät|nyt)\s+(?:vain\s+)?(?:osittain|osin)\b"
    r"|\b(?:nådde|nåddes|nått|nåtts|uppnått|uppnåddes|uppfylldes|toteutui|toteutuivat|saavutettiin|täyttyi|met|reached|achieved)"
    r"\s+(?:bara\s+|vain\s+|only\s+)?(?:till\s+hälften|puoliksi|by\s+half|halfway)\b"
    # reached in half or a part of the places: "toteutunut puolessa kunnista", "uppnått i hälften av kommunerna" (G8)
    r"|\b(?:toteutu\w*|saavute\w*|uppnå\w*|genomför\w*|achieved|met)\s+(?:vain\s+|bara\s+|only\s+)?"
    r"(?:puolessa|osassa|i\s+hälften\s+av|i\s+en\s+del\s+av|in\s+half\s+of|in\s+some\s+of)\b"
    # a degree of the whole denied, in any order: "not fully achieved", "inte helt uppnått", "not achieved in full" (R16-14)
    r"|\b(?:not|inte|ej)\s+(?:fully|entirely|completely|wholly|helt|fullt|fullständigt)\s+(?:\w+\s+)?(?:achieved|met|reached"
    r"|done|completed|fulfilled|uppnå\w*|nå\w*|klar\w*|genomför\w*|uppfyll\w*|förverkliga\w*)"
    r"|\b(?:not|inte|ej)\s+(?:achieved|met|reached|uppnå\w*|nå\w*|genomför\w*)\s+(?:fully|in\s+full|entirely|completely"
    r"|helt|fullt\s+ut|till\s+fullo)\b",
    re.I,
)
#: A negation of "only", not of the verdict: "not only achieved but exceeded", "inte bara uppnått utan …" (R16-15).
_NOT_ONLY = re.compile(
    r"\b(?:not\s+(?:only|just|merely)|inte\s+(?:bara|endast|enbart)|ei\s+(?:vain|ainoastaan|pelkästään))\s+",
    re.I,
)
#: Not met yet, the work going on ("Edennyt, ei vielä saavutettu", "ei ole vielä toteutunut", "inte ännu uppnått",
#: "not yet achieved"): unfinished, as the vocabulary's "Kesken" is; a goal not met in the end says so without "yet".
_NOT_YET = re.compile(
    r"\bei\s+(?:ole\s+)?vielä\s+(?:\w+\s+)?(?:saavutettu|toteutunut|toteutettu|valmis|valmistunut)\b"
    r"|\b(?:inte|ej)\s+ännu\s+(?:\w+\s+)?(?:uppnått|uppnåtts|klart?|genomfört|förverkligat)\b"
    r"|\bännu\s+inte\s+(?:\w+\s+)?(?:uppnått|uppnåtts|klart?|genomfört|förverkligat)\b"
    r"|\bnot\s+yet\s+(?:\w+\s+)?(?:achieved|met|reached|done|completed)\b",
    re.I,
)
_PARTLY = re.compile(r"(?<!iden )(?<!ien )(?<!tten )(?<!den )\bkesken\b|\bkeskeneräi|\btoteutumassa\b", re.I)
#: A sentence whose whole predicate is "is unfinished" ("Kirjaamisen yhtenäistäminen on kesken."): unfinished,
#: as "Kesken" is; qualified or with a clause after it ("on osittain vielä kesken", "jäi kesken, koska …") in part.
_UNFINISHED = re.compile(r"\b(?:on|ovat)\s+kesken\s*[.!]?\s*$", re.I)
_MOVED = re.compile(
    r"(?:\bsiirtyi\b|\bsiirtyy\b|\bsiirrettiin\b|\bsiirtyn(?:yt|eet)\b|\bsiirretty\b|\bsiirretään\b)"
    r"(?!\s+(?:\w+\s+)?(?:osaksi|pysyväksi|vakinaise\w*|perustoimin\w*|pysyvään|arkeen|verkkoon|nettiin|"
    r"sähköise\w*|digitaalise\w*|etä\w*))|\blykkääntyi\w*|"
    r"\blykkääntyn\w*|\blykättiin\b|\bflyttat\w*|\bflyttades\b|\buppskjut\w*|\böverför(?:s|des)\b|\bpostponed\b"
    r"|\bmoved later\b|\b(?:moved|moves|deferred|pushed\s+back)\s+to\b|\bflyttas\s+(?:till|fram)\b",
    re.I,
)
_DONE = re.compile(
    r"\btoteutunut\b|\btoteutuivat\b|\btoteutui\b|\bsaavutettiin\b|\bsaavutettu\b|\bvalmistui\b|"
    r"\btoteutettiin\b|\bgenomfördes\b|\btoteutuneet\b|\bvalmistu(?:nut|neet)\b|\bonnistui\b|"
    r"\buppnåtts?\b|\buppnåddes\b|\buppnådda?\b|\bförverkligades\b|\bachieved\b|\bonnistuttiin\b|\blyckades\b"
    r"|\buppfyllt\b|\buppfylld\b|\buppfylldes\b|\bfulfilled\b"
    # "Målet nåddes", "Goal met", "The objective was reached": the goal the subject (a target group reached is none)
    r"|\b(?:mål(?:et|en)?|målsättningen)\s+(?:har\s+)?(?:nåddes|nåtts)\b"
    r"|\b(?:goal|objective|target)s?\s+(?:was\s+|were\s+|has\s+been\s+)?(?:met|reached)\b"
    # the goal as the subject of the verb of filling: "tavoite täyttyi" ("kurssi täyttyi" is a course full)
    r"|\btavoit\w*\s+(?:on\s+|ovat\s+)?(?:jo\s+)?täytty(?:i|ivät|nyt|neet)\b",
    re.I,
)
_REASON = re.compile(
    r"(?:\b(?:koska|sillä|syynä(?: tähän)?(?: ovat olleet| on ollut| oli)?)\s+(?P<after>[^.;]+))"
    r"|(?P<before>[^.,;:]{3,120}?\s(?:vuoksi|johdosta|johtuen|takia))",
    re.I,
)


_BECAUSE = re.compile(r",?\s+(?:koska|sillä|eftersom|because)\b", re.I)


@cues.per_text  # a goal's sentences and cells are asked by several readers (90 000 calls over the corpus)
def goal_status(text: str) -> str | None:
    """The achievement a sentence or answer states; a partial negation ("ei kokonaan") is partly.

    The main clause judges: "… siirtyi vuodelle 2024, koska integraatio ei valmistunut" was moved,
    the reason after "koska" does not make it unmet.
    """
    cut = _BECAUSE.search(text)
    if cut is not None and cut.start() > 0:
        main = _status_words(text[: cut.start()])
        if main is not None:
            return main
    return _status_words(text)


def _status_words(text: str) -> str | None:
    text = _NOT_ONLY.sub("", text)
    if _PARTIAL.search(text):
        return "partly-achieved"
    denied = _NOT_YET.search(text) or NOT_MET.search(text)  # not yet: unfinished; else not met
    if denied:
        # "ei onnistunut tänä vuonna, ja tavoite siirretään ensi vuoteen", "ei vielä toteutunut, siirtyy vuodelle
        # 2024": not met in the period, moved on to a later time ("siirtyy kuntayhtymälle" hands it over: no move)
        later = _MOVED.search(text, denied.end())
        on = later is not None and postponed(later.group(0), text[later.end() :])
        return "moved-later" if on else "unfinished" if denied.re is _NOT_YET else "not-achieved"
    moved = _MOVED.search(text)
    if moved and postponed(moved.group(0), text[moved.end() :]):
        return "moved-later"
    if _UNFINISHED.search(text):
        return "unfinished"
    if _PARTLY.search(text):
        return "partly-achieved"
    if _DONE.search(text):
        return "achieved"
    return None


_PERCENT = re.compile(r"^(?:[✔✓◐✗✖]\s*)?(?P<n>\d{1,3})(?:[.,]\d+)?\s*%$")


def percent_status(text: str) -> str | None:
    """A percentage of achievement: "100 %" met, "130 %" met and passed (the target exceeded), "60 %" in part,
    "0 %" not."""
    m = _PERCENT.match(text.strip())
    if m is None:
        return None
    n = int(m.group("n"))
    if n >= 100:
        return "achieved"
    return "not-achieved" if n == 0 and not re.search(r"[.,]\d", text) else "partly-achieved"


@cues.per_reading
def _status_labels(scheme: str) -> tuple[tuple[str, str], ...]:
    """(lower-case label, status key) of every label of ``scheme``, longest first."""
    found = [
        (form.lower(), concept.key)
        for concept in registry.scheme(scheme)
        for form in concept.surface_forms()
        if len(form) >= 3
    ]
    return tuple(sorted(found, key=lambda f: -len(f[0])))


@cues.per_text  # the families ask of the same phrases again and again (7 300 calls for 710 texts)
def vocabulary_status(text: str) -> str | None:
    """The goal status whose vocabulary label the phrase is, or begins with ("Valmis",
    "valmis 3/2024", "Ei käynnistynyt, koska …"); a mark before it ("✓ valmis") is left out."""
    phrase = re.sub(r"^[^\w]+", "", text.strip().lower()).rstrip(" .!")
    for label, key in _status_labels("goal-status"):
        whole = phrase == label or (phrase.startswith(label) and not phrase[len(label)].isalnum())
        # a verb of moving as the label wants a later time after it ("Siirtyy kunnalle", "Moves to routine use": none)
        if whole and (key != "moved-later" or postponed(label, phrase[len(label) :])):
            return key
    return None


@cues.per_reading
def _badge_labels(scheme: str) -> tuple[re.Pattern[str], ...]:  # compiled once per reading, not per call
    return tuple(
        re.compile(re.escape(f) + r"(?:\s*[.!]?\s*$|\s+(?:[–—]|-{1,3})\s|\s*[,(])")
        for f, _ in _status_labels(scheme)
    )


#: Where a status printed after its goal with no mark between may begin ("X Valmis", a page's badge beside
#: the item read as one line): a word in capitals after a word in lower case, a digit or a bracket.
_BADGE_START = re.compile(r"(?<=[a-zäöå0-9)%])\s+(?=[A-ZÄÖÅ][a-zäöå])")


def badge_status(text: str) -> tuple[str, str, str] | None:
    """(goal, status phrase, status) of an item whose tail, from a word in capitals on, is a label of the goal-status scale,
    alone or before a dash, comma or bracket ("Kvällsbesök dokumenteras mobilt Uppnått", "X Ei käynnistynyt –
    siirtyy 2025"); None for any other text: a name or a compound in capitals ("Valmis-palvelu") is no label."""
    for m in _BADGE_START.finditer(text):
        goal, tail = text[: m.start()].strip(), text[m.end() :].strip()
        if len(goal.split()) < 2:
            continue
        lowered = tail.lower()
        # a label of the scale, or one with "not yet" in it ("Ei vielä saavutettu", "Inte ännu uppnått": _NOT_YET)
        not_yet = _NOT_YET.match(lowered)
        if not any(label.match(lowered) for label in _badge_labels("goal-status")) and not (
            not_yet and re.match(r"\s*[.!]?\s*$|\s+(?:[–—]|-{1,3})\s|\s*[,(]", lowered[not_yet.end() :])
        ):
            continue
        status = line_status(tail) or status_of(tail)
        if status is not None:
            return goal, tail, status
    return None


def unfinished(phrase: str) -> bool:
    """A phrase that begins with a label of the vocabulary's unfinished status ("Kesken", "Jäi kesken,
    koska …", "Pågår"): read so before the words of a sentence, in which "kesken" is in part."""
    return vocabulary_status(phrase) == "unfinished"


def phrase_status(text: str) -> str | None:
    """The status a short phrase after a goal states ("(kesken)", "Toteutunut: Jäi kesken"):
    "Kesken" is unfinished as the gold schema and the vocabulary read it, else as a sentence."""
    if unfinished(text.strip().strip("().")):
        return "unfinished"
    found = goal_status(text) or vocabulary_status(text)
    return "partly-achieved" if found == "achieved" and achieved_in_some_places(text, unfinished) else found


_ANSWER_WORDS = (
    (re.compile(r"^(?:osittain|delvis|partly|partially)\b", re.I), "partly-achieved"),
    (re.compile(r"^(?:kyllä|ja|yes)\b", re.I), "achieved"),
    (re.compile(r"^(?:ei|nej|no)\b(?!\s+\w+\s+(?:kokonaan|täysin))", re.I), "not-achieved"),
)


def answer_status(text: str) -> str | None:
    """A yes, partly or no that answers "Toteutunut?" ("Osittain, kahdessa kunnassa")."""
    text = text.strip().strip(".!")
    return next((status for pattern, status in _ANSWER_WORDS if pattern.match(text)), None)


def status_reason(text: str) -> str | None:
    m = _REASON.search(text)
    if not m:
        return None
    reason = (m.group("after") or m.group("before") or "").strip(" ,.-")
    reason = re.sub(r"^(?:Toteutunut:\s*)?(?:Ei toteutunut\s*)", "", reason, flags=re.I)
    return reason or None


#: A yes/no answer in a status column ("Toteutui? Kyllä / Osittain / Ei").
_ANSWERS = (
    (re.compile(r"^(?:osittain|delvis|partly|partially)\b|^[◐◑◒◓⚠½🟡🟠]|^~$", re.I), "partly-achieved"),
    (re.compile(r"^(?:kyllä|ja|yes)\b|^[✔✓☑✅🟢]", re.I), "achieved"),
    (re.compile(r"^(?:ei|nej|no)\b\.?$|^[✖✗✘❌☒🔴⛔]", re.I), "not-achieved"),
)
#: No verdict yet, said as such: unknown, not a "no" ("Ei vielä arvioitavissa", "För tidigt att bedöma",
#: "Too early to assess"): the goal's achievement cannot be judged yet, in any of the three languages.
_UNKNOWN = re.compile(
    r"^(?:ei tiedossa|ei (?:vielä |voida vielä |voi vielä )?(?:arvioitu|arvioitavissa|arvioida)|okänt|unknown|[-–—]+"
    r"|(?:liian|vielä liian) (?:aikaista|varhaista|aikaisin) (?:arvioida|sanoa)"
    r"|(?:alltför |för )tidigt att (?:bedöma|säga|utvärdera)|kan (?:inte|ej) (?:ännu |än )?bedömas"
    r"|(?:too|still too) early to (?:assess|tell|say|judge|evaluate)|not yet (?:assessed|assessable|evaluated))"
    r"\s*[.!]?$",
    re.I,
)


#: A share of the goal reached and the work said to go on ("16 %, jatkuu", "40 % – fortsätter"): unfinished,
#: as the vocabulary's "31 %, työ jatkuu"; a bare "Jatkuu" is no status (a goal made permanent "jatkuu
#: hyvinvointialueen toimintana"), nor is a bare share ("60 %": in part).
_GOES_ON = re.compile(r"^\d{1,3}(?:,\d+)?\s?%\s*[,;–-]\s*(?:jatkuu|fortsätter|continues)\s*[.!]?$", re.I)


@cues.per_reading
def _own_labels(key: str) -> frozenset[str]:
    """A status's own labels, no hidden spelling (unfinished: "kesken", "oavslutat", "unfinished"): a noun before
    one of them says the goal's work is unfinished ("mittaus kesken"); "koulutukset käynnissä" tells of a task."""
    concept = registry.scheme("goal-status").get(key)
    return (
        frozenset(f.lower() for f in (*concept.pref.values(), *(a for v in concept.alt.values() for a in v)))
        if concept
        else frozenset()
    )


def _ends_unfinished(text: str) -> bool:
    """A short verdict whose last clause is a label of the unfinished status, alone after a comma or after one
    noun, with no status said before it ("nyt 71 %, kesken", "mittaus kesken", "40 % klart, pågår"): unfinished.
    A status said first stands ("osittain, raportointi kesken" in part); in a sentence "kesken" stays in part."""
    *before, last = text.split(",")
    words = last.split()
    if not 1 <= len(words) <= 2 or len(text.split()) > 6 or not unfinished(words[-1]):
        return False
    if len(words) == 2 and words[-1].lower().strip(".!") not in _own_labels("unfinished"):
        return False  # "inte påbörjat", "not started": a label of its own, no noun before "kesken"
    if _by_places(before, words, unfinished):
        return False  # "Kemi valmis, Tornio kesken": a verdict mixed between places (R8-9)
    said = " ".join([*before, *words[:-1]]).strip()
    return not said or (status_of(said) is None and answer(said) is None and not _NOT_YET.search(said))


def status_of(text: str) -> str | None:
    """The achievement a status cell or phrase states; None when it states none.

    The phrases of the reports' own words first ("ei toteutunut kokonaan" is partly), then
    a label of the ``goal-status`` vocabulary the phrase is or begins with ("Valmis", "Ei
    käynnistynyt", "Flyttas till 2025": a new spelling is a vocabulary line), then a
    percentage of achievement ("100 %" met, "60 %" in part, "0 %" not). A form's choice line
    states the option it ticks; a status with a bracket after it ("Osittain (24 %)",
    "Avbröts (oavslutat)") is read by its words, else by the bracket's.
    """
    option = ticked_option(text)
    text = _without_column_label((option if option is not None else text).strip().strip("."))
    text = text.strip("*_ ")  # a status in emphasis after its label ("Tilanne 11/2023: *16 %, jatkuu*")
    if not text:
        return None
    if _UNKNOWN.match(text):
        return "unknown"
    asked = _asked(text) if _ASKED_CUE.search(text) else None
    if asked is not None:
        return asked
    not_yet = _NOT_YET_ALONE.match(text)
    if (
        not_yet
        and (goal_status(text[not_yet.end() :]) or vocabulary_status(text[not_yet.end() :])) == "moved-later"
    ):
        return "moved-later"  # "ei vielä, lykätty vuodelle 2026", "not yet, delayed to 2026": not reached, moved on
    if unfinished(text) or _GOES_ON.match(text) or _ends_unfinished(text):
        return "unfinished"
    # "Ei vielä toteutunut": not the label "Ei toteutunut" with a filler word, the work goes on (_NOT_YET)
    exact = None if _NOT_YET.search(text) else _exact_label(text)
    found = exact or goal_status(text) or vocabulary_status(text) or percent_status(text) or _reached(text)
    if found is None and _IN_PART.match(text):
        found = "partly-achieved"  # "Edennyt osittain", "Delvis klart": whatever the verb, done in part
    gloss = _GLOSS.match(text) if found is None else None
    if gloss is not None:
        before, inside = gloss.group("before"), gloss.group("inside")
        found = status_of(before) or answer(before) or status_of(inside) or answer(inside)
    if found is None and _NOT_YET_ALONE.match(text):
        found = "unfinished"  # "ei vielä, odotus 3,5 viikkoa", "not yet – follow-up goes on": the goal not reached yet
    share = _SHARE.match(text) if found is None else None
    if share is not None and (status_of(share.group("rest")) or _IN_USE.search(share.group("rest"))):
        found = "partly-achieved"  # "kaksi kolmesta käynnissä", "two of three in use": the goal met in a share of it
    if found is None and "," in text and len(text.split()) <= 6:
        # "edistyy, osittain", "etenee, osittain": the progress said first, then the answer.
        found = next(
            (s for part in text.split(",")[1:] if (s := status_of(part) or answer(part.strip()))), None
        )
    if found == "achieved" and (
        _IN_PART_WORD.match(text) or in_share_of_places(text) or achieved_in_some_places(text, unfinished)
    ):
        found = "partly-achieved"  # "Valmis osittain", "Klart delvis": a label of the whole said of a part
    if found is None and _ARROW_LATER.match(text):
        found = "moved-later"  # "→ 2026", "-> syksy 2025": the goal carried on to a later period
    if found is None and (_UNDER_WAY.match(text) or _AT_RISK.match(text)):
        found = "unfinished"  # a milestone under way ("etenee", "On track", "At risk"), not reached yet
    if found == "not-achieved" and "," in text and goal_status(text.split(",", 1)[1]) == "moved-later":
        found = "moved-later"  # "Ei toteutunut, siirtyy 2025": not reached in the period, moved on
    subject = _GOAL_SUBJECT.match(text) if found is None else None
    if subject is not None:  # "tavoite ylittyi, …"; "tavoite etenee suunnitellusti" judges no goal (test t08)
        found = status_of(text[subject.end() :])
        found = found if found != "unfinished" else None
    if found is None:  # "ej i mål", "vi är halvvägs", "skjuts till 2025": a verdict read by its parts
        found = composed_status(text, status_of)
    return found


#: The goal noun or its level as the subject of the verdict after it ("tavoite ylittyi", "tavoitetaso ylitetty", "målet
#: uppnåddes delvis", "the objective was met", "target level exceeded"): the verdict is read without it, as its labels begin the phrase. Every leading repeat at once, so that
#: the rest never opens with the noun again and status_of goes one level down, not one per repeat (R12-8).
_GOAL_SUBJECT = re.compile(
    r"^(?:(?:tavoite|tavoitteet|tavoitetaso|tavoitearvo|målet|målen|målnivån|målvärdet|(?:the\s+)?(?:goal|objective|target)s?"
    r"(?:\s+(?:level|value)s?)?)\s+)+(?=[^\W\d])",
    re.I,
)


def worded_status(said: str) -> str | None:
    """The status the first clause of a value states in words: a report's own phrase ("osittain saavutettu",
    "flyttas till hösten 2025") or exactly a vocabulary label ("not met"). None for a share ("78 %"), a bare yes or
    no, or a degree before other words ("fully booked until January")."""
    head = re.split(r"\s+(?:[–—]|-{1,3})\s+|[,;(]", ARROW.sub("", said), maxsplit=1)[0].strip().rstrip(".")
    if not head or len(head.split()) > 5:
        return None
    # "target exceeded": the goal noun before the label, as status_of reads it
    found = goal_status(head) or _exact_label(head) or _exact_label(_GOAL_SUBJECT.sub("", head))
    return found if found != "unknown" else None


#: A verb of reaching as a form's question and its answer after it ("Toteutui: ei (−3 %)", "Uppnåddes: delvis",
#: "Met? Partly (44 clients)"): up to three words, a question mark or a colon, then the answer.
_ASKED = re.compile(r"^(?P<label>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2})\s*(?:\?\s*:?|:)\s*(?P<rest>\S.*)$")
#: The Finnish question clitic on the verb of a yes/no question ("Toteutuiko tavoite?", "Saavutettiinko …"): the
#: verb is asked, the answer after the question decides.
_QUESTION_CLITIC = re.compile(r"(?<=\w{4})(?:ko|kö)\b", re.I)
#: The cue of such a line, tested first: a question mark or a colon.
_ASKED_CUE = re.compile(r"[?:]")


def asked_status(text: str) -> str | None:
    """``_asked`` for a reader of a goal's verdict line: "Täyttynyt: osittain" is in part, not met by its verb."""
    return _asked(text.strip().strip("*_ ")) if _ASKED_CUE.search(text) else None


def _asked(text: str) -> str | None:
    """The answer's status when a verb of reaching asks and a yes, partly or no answers ("Toteutui: osittain",
    "Achieved? No, …"); "ei vielä" is not yet (unfinished). None when the label is no verb of reaching or what
    follows is no answer ("Uppnåddes: redan i januari", "Met? Yes, since June" is met by its answer too)."""
    m = _ASKED.match(text)
    if m is None:
        return None
    label, rest = _QUESTION_CLITIC.sub("", m.group("label")), m.group("rest").strip()
    if (goal_status(label) or vocabulary_status(label)) != "achieved":
        return None
    if _NOT_YET_ALONE.match(rest):
        return "unfinished"
    return answer_status(re.split(r"[\s,;:(–—-]", rest, maxsplit=1)[0])


#: A label of the whole and a word of "in part" right after it ("Valmis osittain", "Klart delvis", "Done in part"); a
#: clause after a comma ("Toteutunut, osin jo aiemmin käytössä") tells of something else.
_IN_PART_WORD = re.compile(
    r"^[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:osittain|osin|delvis|partly|partially|in\s+part)\b", re.I
)
#: An arrow to a later period as a goal's whole status ("→ 2026", "-> Q2/2025", "→ syksy 2025", "⇒ hösten 2025").
_ARROW_LATER = re.compile(
    r"^(?:→|->|=>|➜|⇒)\s*(?:\d{4}\b|q[1-4]\b|\d{1,2}/\d{4}\b|(?:syksy|kevä|kesä|talve|hösten|våren|sommaren|vintern"
    r"|autumn|spring|summer|winter)\w*)",
    re.I,
)
#: A milestone said to be at risk ("At risk, 212 done so far", "Vaarassa"): under way, not reached yet.
_AT_RISK = re.compile(r"^(?:at\s+risk|vaarassa|i\s+riskzonen)\b(?!\s+of)", re.I)
#: Progress said of a milestone with no answer after it, alone or with a figure ("Etenee", "etenee, 980 (12/2024)",
#: "On track"); "etenee, osittain" is read by its answer first, "etenee, rekrytoinnit auki" says nothing of the goal.
_UNDER_WAY = re.compile(
    r"^(?:etenee|edistyy|framskrider|on\s+track)(?:\s+suunnitellusti|\s+enligt\s+plan)?\s*(?:$|\(|[,;]\s*[\d(])",
    re.I,
)
#: "Not yet" alone or before its explanation: the goal not reached yet, the work going on.
_NOT_YET_ALONE = re.compile(
    r"^(?:ei\s+(?:ole\s+)?vielä|inte\s+ännu|ännu\s+inte|inte\s+än|not\s+yet)\s*(?:[,;:–—-]|$)", re.I
)
#: A share of the places or things a goal covers: "kaksi kolmesta (kunnasta) …", "två av tre …", "two of three …".
_SHARE = re.compile(
    r"^(?:\d{1,2}|yksi|kaksi|kolme|neljä|viisi|kuusi|en|ett|två|tre|fyra|fem|sex|one|two|three|four|five|six)\s+"
    r"(?:\d{1,2}:stä|kahdesta|kolmesta|neljästä|viidestä|kuudesta|seitsemästä|kahdeksasta|(?:av|of)\s+\w+)\b(?P<rest>.*)$",
    re.I,
)
#: What a share is said to be besides a status word: in use, open, over the target.
_IN_USE = re.compile(
    r"käytössä|avoinna|auki|toiminnassa|yli\s+tavoitteen|i\s+bruk|öppna|klara|in\s+use|open|above\s+(?:the\s+)?target",
    re.I,
)


#: A short phrase that says "in part" of whatever it says ("Edennyt osittain", "Käytössä osin", "Delvis klart",
#: "Partly in use"): a status of its own, as a cell or after a goal's label.
_IN_PART = re.compile(r"^(?:[^\W\d]+\s+)?(?:osittain|osin|delvis|partly|partially)(?:\s+[^\W\d]+)?$", re.I)


#: A label before a status ("tilanne: osin valmis", "Läge: uppnått"): a goal table's status column
#: named in the line (``goal-column`` in ``ontology/vocab/kinds.ttl``).
#: A status column's label before the status, with the date or month it was judged on
#: ("Tilanne: osin valmis", "Arvio 2/2024: osittain", "Tilanne 30.6.2024: kesken").
_LABEL = re.compile(
    r"^(?P<label>[^\W\d][^\W\d ]{2,20}(?: [^\W\d ]{2,20}){0,2})(?:\s+\d{1,2}[./](?:\d{1,2}[./])?\d{2,4}"
    r"|,?\s+[^\W\d_]{3,12}\s+\d{4})?"  # a month's name and the year: "Arvio joulukuu 2023: …"
    r"\s*:\s*(?P<rest>\S.*)$"
)


def _without_column_label(text: str) -> str:
    """The status without a label of a status column before it: "tilanne: osin valmis" → "osin valmis"."""
    m = _LABEL.match(text)
    if m is None or not any(
        pattern.match(m.group("label").lower()) for _, pattern in cues.ranked("goal-column")
    ):
        return text
    if _PERCENT.match(m.group("rest").strip()):
        # "Saavutettu osuus tavoitteesta: 60 %": the share reached, whatever the label's verb
        return m.group("rest")
    if goal_status(m.group("label")) or vocabulary_status(m.group("label")):
        return text  # "Toteutunut osittain: Hämeenlinna ja Riihimäki": the label is the status
    return m.group("rest")


#: Words around a status that say nothing of it: "On kesken", "Jäänyt kesken", "Är ännu oavslutat".
_FILLER = re.compile(
    r"\b(?:on|oli|ovat|olivat|jäi|jäänyt|jääneet|vielä|yhä|edelleen|är|var|ännu|fortfarande|still|is|was)\b",
    re.I,
)


def _exact_label(text: str) -> str | None:
    """The status whose vocabulary label a short phrase is, once the words around it that say
    nothing of it are left out ("Jäänyt kesken" is "Kesken", "Pääosin toteutunut" a label of its own)."""
    core = re.sub(r"\s+", " ", _FILLER.sub(" ", text.lower())).strip(" .!")
    return _label_keys("goal-status").get(core)


@cues.per_reading
def _label_keys(scheme: str) -> dict[str, str]:
    """Lower-case label → status key of :func:`_status_labels`, the first of a label written for two."""
    found: dict[str, str] = {}
    for label, key in _status_labels(scheme):
        found.setdefault(label, key)
    return found


#: A status and a bracket after it: a figure, a note or the template's own word for it.
_GLOSS = re.compile(r"^(?P<before>[^()]{2,60}?)\s*\((?P<inside>[^()]{2,60})\)$")


def answer(cell: str) -> str | None:
    """A status column's yes, partly or no."""
    text = cell.strip().strip(".!")
    return next((status for pattern, status in _ANSWERS if pattern.match(text)), None)


#: A box of a form printed as text: ticked ("[X]", "☒", "☑", "■", "(x)") or empty ("[ ]", "☐", "□", "( )").
_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]|[☐☒☑□■▣]|\(\s*[xX]?\s*\)")
_TICKED = re.compile(r"\[\s*[xX✓✔]\s*\]|[☒☑■▣]|\(\s*[xX]\s*\)")


def ticked_option(text: str) -> str | None:
    """The words of the option a choice line ticks ("[ ] toteutunut [X] osittain [ ] ei toteutunut"
    → "osittain"; "☐ Valmis ☒ Siirtyy syksyyn 2024" → "Siirtyy syksyyn 2024").

    A form printed as text gives every option with its box and the answer as the box ticked:
    the line is a choice when it has two boxes or more and exactly one of them ticked; else None.
    """
    boxes = list(_BOX.finditer(text))
    ticked = [i for i, box in enumerate(boxes) if _TICKED.fullmatch(box.group(0))]
    if len(boxes) < 2 or len(ticked) != 1:
        return None
    i = ticked[0]
    end = boxes[i + 1].start() if i + 1 < len(boxes) else len(text)
    return text[boxes[i].end() : end].strip() or None


def is_choice_line(text: str) -> bool:
    """A line of a form's options with their boxes, whichever is ticked ("[X] valmis [ ] kesken")."""
    return len(_BOX.findall(text)) >= 2


#: An arrow that leads a goal's status on the line after the goal ("-> saavutettu", "→ osittain").
ARROW = re.compile(r"^\s*(?:-+>|=+>|→|⇒|⟶|»)\s*")


def line_status(line: str) -> str | None:
    """The status a line states when it is only a status: "Toteutunut osittain – syy …",
    "-> saavutettu", "Osittain (24 %)", "[ ] valmis [X] kesken"; None for any other line."""
    option = ticked_option(line)
    # "Arvio 5/2025: flyttas till 2026, …": the status after a status column's label, the label left out
    line = _without_column_label(ARROW.sub("", option if option is not None else line))
    head = re.split(r"\s+(?:[–—]|-{1,3})\s+|[,;(]", line, maxsplit=1)[0].strip().rstrip(".")
    if not head or len(head.split()) > 4:
        return None
    found = status_of(head) or (answer(head) if len(head.split()) <= 2 else None)  # "ja …" is no "Ja"
    rest = line[len(head) :]
    # "ei aloitettu, siirtyy vuodelle 2024", "ei vielä toteutunut, siirtyy syksyyn": not reached in the period, moved on
    # "ei vielä, siirtyy 2025", "not yet – moves to 2026": not yet reached, moved on (test43 on11)
    denied = found == "not-achieved" or (
        found == "unfinished" and (_NOT_YET.search(head) or _NOT_YET_ALONE.match(head))
    )
    if denied and not _BECAUSE.match(rest) and (goal_status(rest) or vocabulary_status(rest)) == "moved-later":
        return "moved-later"
    if found is None and len(line.split()) <= 6:
        found = status_of(line.strip().rstrip("."))  # "Avbröts (oavslutat)": the bracket's word
    if found is None:
        found = legend_status(head)  # "X – ◐" under "◐ = osittain toteutunut": the document's own mark
    return found


def exact_label(text: str) -> str | None:
    """The status ``text`` is exactly a label of (a filler word aside): "osittain toteutunut", "delvis uppnått"."""
    return _exact_label(text.strip().strip("."))
