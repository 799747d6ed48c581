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
_CLAUSE_START = re.compile(r"(?:^|[,;:–—]|\b(?:ja|sekä|och|samt))\s*$", re.I)
#: A Swedish present or past tense after a subject: "utvärderar", "genomförde", "deltog" is not told.
_SWEDISH_FINITE = re.compile(r"^[a-zåäö]{2,}(?:ar|er|ir|ade|de|te|dde)$")
#: Voikko's NEGATIVE of an affirmative form; "both" is a form the negation shares ("lainaa", "ei lainaa"):
#: a negated clause has the word "ei" after its subject, which is no verb of its own.
_AFFIRMATIVE = ("false", "both")
_WORD = re.compile(r"[\wÅÄÖåäö-]+")


def acts_in(sentence: str, surface: str) -> bool:
    """``surface`` (a party's name as the sentence gives it) opens a clause of ``sentence`` and the
    clause's verb is active and finite: the party does part of the work. A genitive name may have its
    unit after it ("Porvoon kaupungin liikuntapalvelut ohjaavat …"), a name its short form in
    brackets ("Kainuun ammattikorkeakoulu (Kamk) vastasi …")."""
    at = sentence.find(surface) if surface else -1
    if at < 0 or not _CLAUSE_START.search(sentence[:at]):
        return False
    rest = re.sub(r"^\s*\([^)]{1,40}\)", "", sentence[at + len(surface) :])
    words = _WORD.findall(rest)[:2]
    if not words:
        return False
    if not _genitive(surface.split()[-1]):
        return _finite(words[0]) or (len(words) == 2 and _perfect(words[0], words[1]))
    # A name in the genitive is no subject: its unit after it is ("Kelan tuki maksetaan": no verb of Kela's).
    return len(words) == 2 and _nominative_noun(words[0]) and _finite(words[1])


def _finite(word: str) -> bool:
    """An active finite verb of the third person that is no share-less verb (Voikko), or for a word
    Voikko does not know, a Swedish present or past tense."""
    found = lemmatiser().analyse(word)
    if not found:
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
    cases = {a.get("SIJAMUOTO") for a in lemmatiser().analyse(word.split(":")[0])}
    return ("omanto" in cases and "nimento" not in cases) or word.endswith(":n")


def _nominative_noun(word: str) -> bool:
    return any(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" for a in lemmatiser().analyse(word)
    )


__all__ = ["NO_SHARE", "acts_in"]
