"""Organisation names in English and Swedish by their kind word, as no vocabulary knows them.

Finnish names end in their head word (ingest/orgnames.py); English and Swedish texts about Finnish
projects name universities, institutes, leagues and foundations in their own word order:

- English: capitalised words with a kind word among them, an "of" / "for" tail after it: "University of
  Oulu", "LUT University", "Helsinki Deaconess Institute", "Mannerheim League for Child Welfare", "Finnish
  Association for Mental Health", "Oulu University Hospital" (a leading "The" and a possessive "'s" off);
- Swedish: the kind word first in its definite form with the name after it, "i" / "på" / "för" between or
  not ("Högskolan på Åland", "Stiftelsen Hemvård", "Föreningen Seniorerna i Vasa"), or a genitive before a
  compound ending in the kind word ("Ålands pensionärsförbund", "Österbottens förbund"), an acronym before it
  kept ("HUS Helsingfors universitetssjukhus").

The class is the kind word (``_EN_HEADS``, ``_SV_HEADS``) in a name's place. The negative side: a kind word in
a common noun phrase ("a university hospital", "the association's members", "University students"): lower
case, or alone, or first without its "of" tail, names nothing.
"""

from __future__ import annotations

import re

#: English kind words of an organisation (a Finnish or Swedish legal form, "Oy", "ry", is orgnames.py's).
_EN_HEADS = frozenset(
    {
        "university",
        "institute",
        "foundation",
        "league",
        "association",
        "federation",
        "society",
        "hospital",
        "college",
        "academy",
        "agency",
        "ministry",
        "union",
        "trust",
        "cooperative",
        "organisation",
        "organization",
        "church",
        "parish",
        "ltd",
        "inc",
        "plc",
    }
)
#: Small words inside an English name: "University of Oulu", "League for Child Welfare", "Health and Welfare".
_EN_LINKS = frozenset({"of", "for", "and", "&", "on", "in"})
#: A word that begins with a capital or is an acronym ("LUT", "MIELI"); a hyphenated word too ("Ostrobothnia-Wide").
_CAPITAL = re.compile(r"^[A-ZÅÄÖ][\wÅÄÖåäö'’-]*$")
_TOKEN = re.compile(r"[\wÅÄÖåäö'’&-]+")
#: Words capitalised in English that are no part of a name beside an organisation ("The", months, weekdays).
_NOT_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "our",
        "its",
        "their",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "to",
        "and",
        "also",
        "both",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)

#: Swedish kind words in their definite form before the name ("Högskolan på Åland").
_SV_HEAD_FIRST = re.compile(
    r"\b(?:Yrkeshögskolan|Högskolan|Universitetet|Stiftelsen|Föreningen|Förbundet|Institutet|Samkommunen|Akademin)"
    r"(?:\s+(?:i|på|för))?(?:\s+[A-ZÅÄÖ][\w-]+){1,3}(?:\s+(?:i|på)\s+[A-ZÅÄÖ][\w-]+)?"
)
#: A Swedish genitive before a compound ending in a kind word: "Ålands pensionärsförbund", "Österbottens förbund".
_SV_GENITIVE = re.compile(
    r"\b(?:[A-ZÅÄÖ]{2,6}\s+)?[A-ZÅÄÖ][\wåäö-]*s\s+(?:[A-ZÅÄÖa-zåäö][\wåäö-]*?)?"
    r"(?i:förbund|förening|stiftelse|högskola|universitet|institut|regering|sjukhus|samkommun|akademi)"
    r"(?:et|en|n)?\b"
)


#: A name field's label right before a value ("project_name,X", "Project name: X", "Namn<TAB>X"): the value names
#: the project, no organisation, whatever kind word it has ("Saimaa Home Hospital").
_NAME_FIELD = re.compile(r"(?:\bproject[_ ]?name|\bname|\bnimi|\bnamn)\s*[,;:\t|]\s*$", re.I)


def foreign_org_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each English or Swedish organisation name in ``text``, left to right."""
    found = [
        f for f in _english(text) + _swedish(text) if not _NAME_FIELD.search(text[max(0, f[1] - 30) : f[1]])
    ]
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    out: list[tuple[str, int, int]] = []
    for name, start, end in found:
        if out and start < out[-1][2]:
            continue  # one name where two forms overlap: the first, longest
        out.append((name, start, end))
    return out


def _english(text: str) -> list[tuple[str, int, int]]:
    tokens = list(_TOKEN.finditer(text))
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(tokens):
        run = _capital_run(tokens, i, text)
        if not run:
            i += 1
            continue
        at = 0
        while at < len(run):  # "Oulu University Hospital and Kuopio University Hospital": two names in one run
            found = _name_in(run[at:], text)
            if found is None:
                break
            out.append(found[:3])
            at += found[3] + 1
        i += len(run)
    return out


def _capital_run(tokens: list[re.Match[str]], i: int, text: str) -> list[re.Match[str]]:
    """Capitalised words from ``i`` on, joined by a small word between two of them and by single spaces."""
    run: list[re.Match[str]] = []
    j = i
    while j < len(tokens):
        word = tokens[j].group()
        if run and text[run[-1].end() : tokens[j].start()] not in (" ", "\u00a0"):
            break
        if _CAPITAL.match(word):
            run.append(tokens[j])
            j += 1
            continue
        if run and word.lower() in _EN_LINKS and j + 1 < len(tokens) and _CAPITAL.match(tokens[j + 1].group()):
            run.append(tokens[j])
            j += 1
            continue
        break
    while run and run[-1].group().lower() in _EN_LINKS:
        run.pop()
    return run


def _plain(word: str) -> str:
    return re.sub(r"['’]s$", "", word).strip(".").lower()


def _name_in(run: list[re.Match[str]], text: str) -> tuple[str, int, int, int] | None:
    """The organisation's name within a run of capitalised words: from its first word of the name (a "The",
    a month left off) through its kind word and an "of" / "for" tail; None without a kind word."""
    words = [_plain(t.group()) for t in run]
    heads = [k for k, w in enumerate(words) if w in _EN_HEADS]
    if not heads:
        return None
    first = 0
    while first < len(words) and words[first] in _NOT_NAME:
        first += 1
    head = next((k for k in heads if k >= first), None)
    if head is None:
        return None
    last = head
    k = head + 1
    while k < len(words):  # the tail: more kind words, or a small word and capitalised words after it
        if words[k] in _EN_LINKS and words[k] not in ("and", "&", "in") and k + 1 < len(words):
            last = k + 1
            k += 2
            while k < len(words) and (words[k] not in _EN_LINKS or words[k] in ("and", "&")):
                if words[k] not in ("and", "&"):
                    last = k
                k += 1
            break
        if words[k] in _EN_HEADS:
            last = k
            k += 1
            continue
        break
    if last + 1 < len(words) and words[last + 1] not in _EN_LINKS:
        return None  # "Home Hospital North Savo": capitalised words run on past the name, a longer name (a project's)
    named = [w for w in words[first : last + 1] if w not in _EN_LINKS]
    if len(named) < 2 or (head == first and last == head):
        return None  # "University" alone, "Hospital staff": a kind word, no name
    if head == first and last == head + 1 and words[head + 1] in _EN_HEADS:
        return None  # "University Hospital": two kind words, no name
    start, end = run[first].start(), run[last].end()
    name = re.sub(r"['’]s$", "", text[start:end])
    return name, start, start + len(name), last


def _swedish(text: str) -> list[tuple[str, int, int]]:
    out = []
    for pattern in (_SV_HEAD_FIRST, _SV_GENITIVE):
        for m in pattern.finditer(text):
            out.append((m.group().strip(), m.start(), m.end()))
    return out
