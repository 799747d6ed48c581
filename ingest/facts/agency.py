"""Who acts in a sentence: a party named as the subject of an active verb does part of the work.

"LAB-ammattikorkeakoulu tekee asiakaskyselyn", "Lahden kaupunki lainaa ajoneuvon", "Sodankylän
kunta tarjoaa pilotin tilat", "Porvoon kaupungin liikuntapalvelut ohjaavat asiakkaat …", "Novia
yrkeshögskola utvärderar …": a party that opens its clause and is followed by a finite verb in the
active voice does something for the project, whatever the verb. Word lists of such verbs (the
work-share vocabulary, the role cues) know some verbs each; the clause's shape knows them all. The
party is told by its place (the clause's first words) and the verb by Voikko's analysis (Finnish) or
by the form of a Swedish present or past tense; a copula, a negation, a passive and the verbs of
funding, deciding, announcing or keeping (the funder's, the board's, a source's, a service's keeper's)
are no share of the work.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import lemmatiser
from hankegraafi.ingest.orgnames import role_word

#: Base forms of verbs whose subject does no share of the project's work: the copula and auxiliaries,
#: funding and granting (the funder), deciding and approving (a board), announcing or publishing (a
#: source), owning or keeping (a service's keeper), being placed or belonging, and starting or ending
#: its own operation ("X:n kuntayhtymä aloitti toimintansa 2022": the party's history, not the work).
NO_SHARE = frozenset(
    {
        "olla",
        "voida",
        "saattaa",
        "rahoittaa",
        "myöntää",
        "maksaa",
        "päättää",
        "hyväksyä",
        "tiedottaa",
        "ilmoittaa",
        "julkaista",
        "kertoa",
        "omistaa",
        "ylläpitää",
        "valvoa",
        "sijaita",
        "kuulua",
        "tarvita",
        "odottaa",
        "saada",
        "aloittaa",
        "lopettaa",
    }
)
#: Swedish finite verbs that are no share of the work (the auxiliaries, funding, deciding).
_NO_SHARE_SV = frozenset(
    {
        "är",
        "var",
        "har",
        "hade",
        "blir",
        "blev",
        "ska",
        "skulle",
        "kan",
        "kunde",
        "får",
        "fick",
        "finansierar",
        "finansierade",
        "beviljade",
        "beviljar",
        "beslutar",
        "beslutade",
        "godkänner",
        "godkände",
        "äger",
    }
)
#: What may stand before a party at its clause's start: nothing, a clause break or a conjunction.
_CLAUSE_START = re.compile(r"(?:^|[,;:–—]|\b(?:ja|sekä|och|samt|and))\s*(?:the\s+)?$", re.I)
#: A Swedish present or past tense after a subject: "utvärderar", "genomförde", "deltog" is not told.
_SWEDISH_FINITE = re.compile(r"^[a-zåäö]{2,}(?:ar|er|ir|ade|de|te|dde)$")
#: Voikko's NEGATIVE of an affirmative form; "both" is a form the negation shares ("lainaa", "ei lainaa"):
#: a negated clause has the word "ei" after its subject, which is no verb of its own.
_AFFIRMATIVE = ("false", "both")
_WORD = re.compile(r"[\wÅÄÖåäö-]+")


#: English finite verbs whose subject does no share of the work (the auxiliaries, funding, deciding, owning, telling).
_NO_SHARE_EN = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "does",
        "did",
        "funds",
        "funded",
        "grants",
        "granted",
        "pays",
        "paid",
        "decides",
        "decided",
        "approves",
        "approved",
        "owns",
        "owned",
        "publishes",
        "published",
        "says",
        "said",
        "reports",
        "reported",
        "needs",
        "needed",
        "belongs",
        "belonged",
        "means",
        "meant",
        "includes",
        "included",
        "comprises",
        "lies",
        "keeps",
        "kept",
        "maintains",
        "maintained",
        "news",
        "services",
        "sciences",
        "hospitals",
        "districts",
    }
)
#: An English present or past tense after a subject ("runs", "evaluates", "trained"), and the common irregular pasts.
_ENGLISH_FINITE = re.compile(
    r"^[a-z]{2,}(?:s|ed)$|^(?:ran|led|made|built|taught|held|gave|wrote|took|brought|set up)$"
)
#: A sentence in English: its function words (a Swedish passive "utvärderas" is no English present).
_ENGLISH_TEXT = re.compile(r"\b(?:[Tt]he|and|of|with|to|for|is|are)\b")  # "The X provides two nurses …"
#: A relative pronoun between a party and its verb: "X (Xamk), which ran …", "X, som ordnar …", "X, joka kouluttaa …".
_RELATIVE = re.compile(
    r"^\s*,?\s*(?:which|who|that|som|joka|jotka)\s+(?:also\s+|även\s+|också\s+|myös\s+)?", re.I
)
#: The party as the agent of a passive or of work done with it, named right after: "is carried out by X",
#: "is run together with X", "gjordes av X", "tillsammans med X" (the party does the work, whatever the verb).
_AGENT_BEFORE = re.compile(
    r"(?:\b(?:carried\s+out|conducted|run|provided|delivered|led|organi[sz]ed|produced|done|made|performed|"
    r"evaluated|assessed|trained|developed|built|coordinated|hosted|designed|analy[sz]ed|collected|"
    r"gathered|tested|written|prepared)\s+(?:\w+\s+)?by(?:\s+[^,.;()]{1,40}?\s+and)?"
    r"|\btogether\s+with|\bin\s+(?:co-?operation|collaboration|partnership)\s+with"
    r"|\b(?:gjordes|genomfördes|utfördes|leddes|ordnades|sköttes|producerades|utvecklades|sammanställdes|"
    r"analyserades|gjorts|genomförts|utförts)\s+(?:\w+\s+)?av|\btillsammans\s+med)\s+(?:the\s+)?$",
    re.I,
)
#: A role word of the project's own side before a party's name: the administrator, a co-implementer, the funder.
_OWN_SIDE = re.compile(
    r"^(?:hallinnoi|päätoteutta|osatoteutta|rahoitta|förvalt|huvudman|delgenomför|finansiär|administrat|co-?implement|fund)",
    re.I,
)
#: An authority's statement or opinion given on the project ("arviointilausunnon antoi THL", "yttrande"): no share of the work.
_STATEMENT = re.compile(
    r"lausun(?:to|non|nolla|nossa|not)|\byttrande|\butlåtande|\bstatement\b|\bopinion\b", re.I
)
#: What may follow a party that ends its clause: a full stop, a comma, a time or place phrase.
_CLAUSE_END = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[.,;:!]|$|\s(?:vuonna|keväällä|syksyllä|kesällä|talvella)\b)"
)


def acts_in(sentence: str, surface: str) -> bool:
    """``surface`` does part of the work in ``sentence``: as the subject opening a clause (:func:`_opens`), as
    the agent named after a passive or "together with" ("is carried out by X", "gjordes av X"), or as the
    subject after its verb at the clause's end, the Finnish order that puts the work first ("Koulutuksen piti
    X.", "Palautteen kokoaa X keväällä")."""
    at = sentence.find(surface) if surface else -1
    if at < 0 or _STATEMENT.search(sentence):
        return False
    if _AGENT_BEFORE.search(sentence[max(0, at - 80) : at]):
        return True
    if _after_its_verb(sentence, at, surface):
        return True
    return _opens(sentence, surface)


def _after_its_verb(sentence: str, at: int, surface: str) -> bool:
    """The party ends its clause right after an active finite verb that does a share of the work, with a
    word before the verb (the work done, the object first): "Arvioinnin teki X.", "… kokoaa ja analysoi X".
    A genitive is no subject, nor a name that a list goes on from ("osallistuvat Lemin, Luumäen … kunnat")."""
    before = _WORD.findall(sentence[:at])
    after = sentence[at + len(surface) :]
    if len(before) < 2 or not _CLAUSE_END.match(after) or re.match(r"^\s*,\s*[A-ZÅÄÖ]", after):
        return False
    if _genitive(surface.split()[-1]):
        return False
    # the verb right before the party, or before an adverb or two of time ("teki kesällä X", "analysoi loppuvuodesta X")
    for back in range(1, min(3, len(before)) + 1):
        word = before[-back]
        if not word[:1].islower():
            return False
        if lemmatiser().analyse(word) != [] and _finite(word):
            return back == 1 or all(_adverbial(w) for w in before[-back + 1 :])
    return False


def _adverbial(word: str) -> bool:
    """A word of time or manner between a verb and its subject: an adverb, or a noun in a case of time
    ("kesällä", "loppuvuodesta", "syksyllä"), never a nominative or a verb."""
    found = lemmatiser().analyse(word)
    return bool(found) and all(
        a.get("CLASS") == "seikkasana"
        or (
            a.get("CLASS") == "nimisana"
            and a.get("SIJAMUOTO") in ("ulkoolento", "sisaeronto", "olento", "ulkotulento")
        )
        for a in found
    )


def _opens(sentence: str, surface: str) -> bool:
    """``surface`` (a party's name as the sentence gives it) opens a clause of ``sentence`` and the
    clause's verb is active and finite: the party does part of the work. A genitive name may have its
    unit after it ("Porvoon kaupungin liikuntapalvelut ohjaavat …"), a name its short form in
    brackets ("Kainuun ammattikorkeakoulu (Kamk) vastasi …")."""
    at = sentence.find(surface) if surface else -1
    before = sentence[:at] if at >= 0 else ""
    role = re.search(r"(\S+)\s+$", before)
    if role is not None and role_word(role.group(1)):
        if _OWN_SIDE.match(role.group(1)):
            return (
                False  # "Hallinnoija Turun kaupunki on siirtänyt …": the project's own side, whatever it does
            )
        # "IT-leverantören Seniorlink Ab sköter …": the role word is an apposition
        before = before[: role.start()]
    people = _PEOPLE_OF.search(before)
    if people is not None:
        before = before[
            : people.start()
        ]  # "Researchers of the University of X evaluate …": its people act for it
    if at < 0 or not _CLAUSE_START.search(before):
        return False
    rest = re.sub(r"^\s*\([^)]{1,40}\)", "", sentence[at + len(surface) :])
    rest = _RELATIVE.sub(" ", rest)  # "X (Xamk), which ran the user tests"
    words = _WORD.findall(rest)[:2]
    if not words:
        return False
    english = _ENGLISH_TEXT.search(sentence) is not None
    if people is not None and english and words[0].islower() and words[0] not in _NO_SHARE_EN:
        return words[0] not in _NOT_A_VERB_EN  # "Physiotherapists from X lead …": a plural's verb, no -s
    if len(words) == 2 and _PEOPLE_AFTER.match(words[0]) and _finite(words[1]):
        return True  # "Suomen Punaisen Ristin vapaaehtoiset pitävät …", "Xamkin opiskelijat tekevät …": its people act
    if not _genitive(surface.split()[-1]):
        if _finite(words[0], english) or (len(words) == 2 and _perfect(words[0], words[1])):
            return True
        # "HUS Diagnostiikkakeskus tekee …": the organisation's unit named after it in capitals, then the verb
        return len(words) == 2 and words[0][:1].isupper() and _nominative_noun(words[0]) and _finite(words[1])
    # A name in the genitive is no subject: its unit after it is ("Kelan tuki maksetaan": no verb of Kela's).
    return len(words) == 2 and _nominative_noun(words[0]) and _finite(words[1])


#: English words that follow a name and are no verb: a preposition, an article, a conjunction.
_NOT_A_VERB_EN = frozenset(
    {"of", "in", "at", "on", "for", "from", "to", "with", "and", "or", "the", "a", "an", "who", "which"}
)
#: An organisation's people before its name: "Researchers of the", "nurses from", "students at", "Studerande från",
#: "Frivilliga från", "Forskare vid".
_PEOPLE_OF = re.compile(
    r"\b(?:researchers|students|nurses|doctors|physiotherapists|experts|specialists|staff|employees|teams?|"
    r"volunteers|teachers|social\s+workers)\s+(?:of|from|at)\s+(?:the\s+)?$"
    r"|\b(?:studerande|studenter|frivilliga|volontärer|forskare|experter|sjukskötare|sjuksköterskor|lärare"
    r"|fysioterapeuter|handledare|läkare)\s+(?:från|vid|på|inom)\s+$",
    re.I,
)
#: An organisation's people after its name in the genitive, Finnish plural nouns (compounds too): "X:n
#: vapaaehtoiset", "X:n sairaanhoitajaopiskelijat", "X:n tutkijat" do its share of the work.
_PEOPLE_AFTER = re.compile(
    r"^\w*(?:opiskelijat|vapaaehtoiset|hoitajat|asiantuntijat|tutkijat|työntekijät|terapeutit|ohjaajat|lääkärit"
    r"|kouluttajat|opettajat)$",
    re.I,
)


def _finite(word: str, english: bool = False) -> bool:
    """An active finite verb of the third person that is no share-less verb (Voikko), or for a word
    Voikko does not know, a Swedish present or past tense."""
    found = lemmatiser().analyse(word)
    if not found:
        if english and word.islower() and word not in _NO_SHARE_EN and _ENGLISH_FINITE.match(word) is not None:
            return True  # "X runs the training", "X evaluates", "X ran the user tests"
        return word.islower() and word not in _NO_SHARE_SV and _SWEDISH_FINITE.match(word) is not None
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("MOOD") in ("indicative", "conditional")
        and a.get("PERSON") == "3"
        and a.get("NEGATIVE") in _AFFIRMATIVE
        and a.get("BASEFORM", "").lower() not in NO_SHARE
        for a in found
    )


def _perfect(auxiliary: str, participle: str) -> bool:
    """A perfect or pluperfect tense ("on kouluttanut", "ovat antaneet", "oli järjestänyt"): "olla" in the
    third person, affirmative, then an active past participle of a verb that does a share of the work (its
    stem is no share-less verb's: "on rahoittanut", "on myöntänyt" do none)."""
    aux = lemmatiser().analyse(auxiliary)
    if not any(
        a.get("BASEFORM") == "olla" and a.get("PERSON") == "3" and a.get("NEGATIVE") in _AFFIRMATIVE
        for a in aux
    ):
        return False
    parts = [
        a.get("BASEFORM", "").lower()
        for a in lemmatiser().analyse(participle)
        if a.get("PARTICIPLE") == "past_active"
    ]
    return bool(parts) and not any(p.startswith(verb[:-1]) for p in parts for verb in NO_SHARE)


def _genitive(word: str) -> bool:
    """Voikko reads the word as a genitive only ("Porvoon kaupungin", "THL:n"), never as a nominative."""
    found = lemmatiser().analyse(word.split(":")[0])
    if not found and "-" in word.strip("-"):
        found = lemmatiser().analyse(word.rsplit("-", 1)[1])  # "LAB-ammattikorkeakoulun": its head's case
    cases = {a.get("SIJAMUOTO") for a in found}
    return ("omanto" in cases and "nimento" not in cases) or word.endswith(":n")


def _nominative_noun(word: str) -> bool:
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" for a in lemmatiser().analyse(word)
    )


__all__ = ["NO_SHARE", "acts_in"]
