"""Recognise organisation names no vocabulary knows, by the way Finnish names organisations.

A county or a project document names many regional organisations that no
national vocabulary lists: joint municipal authorities ("Kymenlaakson sosiaali-
ja terveyspalvelujen kuntayhtymä"), hospital districts, universities, companies
("Centria Ammattikorkeakoulu oy"), associations. Their names end in a small set
of head words (kuntayhtymä, sairaanhoitopiiri, yliopisto, säätiö, ry, Oy …)
preceded by a capitalised, usually genitive, modifier; a short form is often
introduced in brackets ("… kuntayhtymä (Soite)"). This module finds such
names, gives each in its base form (the head lemmatised with Voikko; unknown
words stripped of a case ending only when that is unambiguous) and leaves the
decision what to do with them to the extractor. It prefers missing a name to
inventing one: a head word alone ("kunnan", "sairaalan") is never a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import lemmatiser
from hankegraafi.ingest.orgforeign import foreign_org_names
from hankegraafi.ingest.orgwords import analyses, base_word, unknown_stems
from hankegraafi.ontology import registry

#: Head words that end an organisation's name; a compound ending in one counts too
#: ("terveyspalvelukuntayhtymä", "Satasairaala", "yliopistokeskus").
HEADS: tuple[str, ...] = (
    "kuntayhtymä",
    "yhtymä",
    "sairaanhoitopiiri",
    "erityishuoltopiiri",
    "sairaala",
    "yliopisto",
    "ammattikorkeakoulu",
    "korkeakoulu",
    "säätiö",
    "yhdistys",
    "osaamiskeskus",
    "yliopistokeskus",
    "tutkimuskeskus",
    "virasto",
    "laitos",
    "ministeriö",
    "akatemia",
    "seutukunta",
    "seurakunta",
    "perusturva",
    "liitto",
    "kaupunki",
    "te-toimisto",
    "vakuutuspiiri",
    "ely-keskus",
    "koulutuskeskus",
    "opisto",
    "oppilaitos",
    "instituutti",
)
#: Heads that count only as whole words (a compound ending in them is not an organisation:
#: "maakunta", "hyvinvointikunta" are not names of a municipality; an association's district,
#: "Mannerheimin Lastensuojeluliiton Kymen piiri", is one, "sosiaali- ja terveyspiiri" a county's old name).
WHOLE_HEADS: tuple[str, ...] = ("kunta", "piiri")
#: Heads that name a place as well as the body that runs it ("Kajaanin kaupunki"), and a health station or centre.
PLACE_HEADS: tuple[str, ...] = ("kaupunki", "kunta", "seutukunta", "terveysasema", "terveyskeskus")
#: Voikko's cases of being in or going into a place (inessive, illative).
_PLACE_CASES = frozenset({"sisaolento", "sisatulento"})
#: A station's cases of being at it or going to it (adessive, allative: "Haminan terveysasemalla", where work
#: is done); a town's adessive is its having ("Kotkan kaupungilla on tilat"): the town's body.
_AT_CASES = {"terveysasema": frozenset({"ulkoolento", "ulkotulento"})}
#: Legal forms written after a name: "Luona Oy", "Centria Ammattikorkeakoulu oy", "Soite ry".
LEGAL_FORMS = {"oy", "oyj", "ry", "ab", "rf", "ky", "osk", "oü", "sr"}
#: Voikko's word classes of proper names.
PROPER_CLASSES = {"paikannimi", "sukunimi", "etunimi", "nimi"}
_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-:.'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*-?")
_ACRONYM = re.compile(r"\s*\(\s*([A-ZÄÖÅ][A-Za-zÄÖÅäöå0-9-]{1,11})\s*\)")


@dataclass(frozen=True)
class OrgName:
    """An organisation named in a text: its base form, where it is and a short form if given."""

    name: str
    start: int
    end: int
    surface: str
    acronym: str | None = None
    shared: bool = False  # "Etelä-Karjalan, Kymenlaakson … kuntayhtymä": the rest is shared


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int


def _plural(word: str) -> bool:
    """Voikko reads the word only as a plural ("kuntien", "kunnat"): a class of things, not a name."""
    found = lemmatiser().analyse(word.split(":", 1)[0])
    return bool(found) and all(a.get("NUMBER") == "plural" for a in found)


def _nominative(word: str) -> bool:
    found = analyses(word)
    return not found or any(case == "nimento" for _, _, case in found)


def _legal(word: str) -> bool:
    """'Oy', 'oy:n', 'Oy:ltä', 'ry': a legal form, inflected or not."""
    bare = word.split(":", 1)[0].rstrip("-").lower()
    return bare in LEGAL_FORMS and (":" in word or word.rstrip("-").lower() == bare)


def capitalised(word: str) -> bool:
    """The word begins with a capital letter."""
    return _capitalised(word)


def is_genitive(word: str) -> bool:
    """The word is (or, unknown, looks like) a genitive."""
    return _is_genitive(word)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _is_proper(word: str) -> bool:
    """A capitalised word Voikko does not know, or knows only as a name."""
    if not _capitalised(word):
        return False
    found = analyses(word.split(":", 1)[0].rstrip("-"))
    return not found or any(cls in PROPER_CLASSES or base[:1].isupper() for base, cls, _ in found)


def _is_genitive(word: str) -> bool:
    if word.endswith(":n"):
        return True
    found = analyses(word)
    if found:
        return any(case == "omanto" for _, _, case in found)
    return word.endswith("n")


@cues.per_reading
def _vocabulary_heads(scheme: str) -> tuple[str, ...]:
    """The heads above and those the vocabulary adds (the Finnish labels of ``scheme`` in ontology/vocab/kinds.ttl):
    a new kind of organisation's name ("Kajaanin terveyskeskus") is one label there."""
    added = tuple(
        form.lower() for concept in registry.scheme(scheme) for form in concept.surface_forms("fi") if form
    )
    return HEADS + tuple(h for h in added if h not in HEADS)


def heads() -> tuple[str, ...]:
    """Every head word: the ones above and the vocabulary's (built once per reading)."""
    return _vocabulary_heads("organisation-head")


@cues.per_text  # every word of every sentence is asked, many again and again
def _head_of(word: str) -> str | None:
    """The head this word ends in, judged from its base form(s); None if it is no head."""
    bare = word.split(":", 1)[0].rstrip("-")
    forms = [b.lower() for b, _, _ in analyses(bare)] or [bare.lower(), *unknown_stems(bare)]
    for form in forms:
        for head in heads():
            if form.endswith(head) and not form.endswith("maakunta"):
                return head
        if form in WHOLE_HEADS:
            return form
    return None


def words(text: str) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _joined(text: str, left: _Word, right: _Word) -> bool:
    """Two words are parts of one name only when nothing but spaces lies between them."""
    return text[left.end : right.start].strip() == ""


def _sentence_start(text: str, word: _Word) -> bool:
    before = text[: word.start].rstrip()
    return not before or before[-1] in '.!?:;"”“(•·-–\t' or before.endswith("\n")


def find_org_names(text: str, known: Collection[str] = frozenset()) -> list[OrgName]:
    """Organisation names in ``text`` by their head words, left to right, not overlapping."""
    ws = words(text)
    index = {w.start: i for i, w in enumerate(ws)}
    out: list[OrgName] = []
    taken_until = -1
    for h, head_word in enumerate(ws):
        if head_word.start < taken_until:
            continue
        if _legal(head_word.text):
            found = _legal_form_name(text, ws, h, known)
        elif (
            _head_of(head_word.text) is not None
            and not head_word.text.endswith("-")
            and not _plural(head_word.text)
        ):
            found = _headed_name(text, ws, h, known)
        else:
            continue
        if found is None:
            continue
        found = _with_unit(text, ws, index, found)
        # A longer name found later may start before the end of one found earlier only
        # when it contains it ("Jyväskylän yliopiston Kokkolan yliopistokeskus Chydenius").
        while out and out[-1].end > found.start and out[-1].start >= found.start:
            out.pop()
        out.extend(_ellipsis(text, ws, index[found.start], found))
        out.append(found)
        taken_until = found.end
    # English and Swedish names by their kind word ("University of Oulu", "Högskolan på Åland"), where no
    # Finnish name stands (ingest/orgforeign.py).
    for name, start, end in foreign_org_names(text):
        if not any(o.start < end and start < o.end for o in out):
            out.append(OrgName(name, start, end, name))
    return sorted(out, key=lambda o: o.start)


_UNIT_COLON = re.compile(r":[ \t]+")


def _with_unit(text: str, ws: list[_Word], index: dict[int, int], found: OrgName) -> OrgName:
    """An organisation and its unit joined by a colon are one organisation, the unit.

    "Pohjolan erityishuoltopiiri: Kuusikon palvelukeskuksen ky" names the service centre
    that the district runs; read apart, they would be two organisations taking part.
    """
    colon = _UNIT_COLON.match(text, found.end)
    if colon is None or colon.end() not in index:
        return found
    j = index[colon.end()]
    if not _capitalised(ws[j].text):
        return found
    for k in range(j, min(j + 6, len(ws))):
        if k > j and not _joined(text, ws[k - 1], ws[k]):
            return found
        if _legal(ws[k].text) or (k > j and _head_of(ws[k].text) is not None):
            k = _legal_form(text, ws, k)  # "… palvelukeskuksen ky": the legal form ends the unit
            unit = text[ws[j].start : ws[k].end]
            return OrgName(f"{found.name}: {unit}", found.start, ws[k].end, text[found.start : ws[k].end])
    return found


def _left_modifiers(text: str, ws: list[_Word], h: int) -> int:
    """Index of the first word of the modifiers before ``ws[h]`` (genitives, "sosiaali- ja …")."""
    i = h
    while i > 0 and h - i < 12:  # no name has more words; a bound keeps long texts linear
        prev = ws[i - 1]
        if not _joined(text, prev, ws[i]):
            break
        word = prev.text
        if word.endswith("-"):  # "sosiaali- ja terveyspalvelujen"
            i -= 1
            continue
        if word == "ja" and i - 2 >= 0 and ws[i - 2].text.endswith("-") and _joined(text, ws[i - 2], prev):
            i -= 1
            continue
        if _is_genitive(word) and not word.isdigit():
            i -= 1
            continue
        if not _capitalised(word) and any(cls == "laatusana" for _, cls, _ in analyses(word)):
            i -= 1  # "Turun yliopistollinen keskussairaala"
            continue
        if _is_proper(word) and not _sentence_start(text, prev):
            i -= 1  # "Centria Ammattikorkeakoulu", "Luona Oy"
            continue
        if (
            i == h
            and _capitalised(word)
            and _capitalised(ws[h].text)
            and "\n" not in text[prev.end : ws[h].start]
            and not _sentence_start(text, ws[h])
            and not _particle(word)
            and not _common_nominative(word)
        ):
            i -= 1  # "Virtania Ammattikorkeakoulu kouluttaa": a capital head makes the brand before it part of the name
            continue
        break
    return i


def _trim_to_capital(text: str, ws: list[_Word], first: int, h: int) -> int | None:
    """Drop lower-case lead words; None unless a capitalised word then starts the name."""
    while first < h and not _capitalised(ws[first].text):
        first += 1
    if first == h and not _capitalised(ws[h].text):
        return None
    # The name needs a word that is a name: a proper noun, an unknown word, or a capitalised
    # word that does not merely begin the sentence ("Hyvinvointialueen kuntayhtymä" is none).
    for k in range(first, h + 1):
        word = ws[k]
        if not _capitalised(word.text):
            continue
        if _is_proper(word.text) or not _sentence_start(text, word) or (k == h and _named_compound(word.text)):
            return first
    return None


def _apposition(text: str, ws: list[_Word], h: int) -> int:
    """Index of the last word of a proper name after a common head ("yliopistokeskus Chydenius")."""
    last = h
    while last + 1 < len(ws) and last - h < 3:
        nxt = ws[last + 1]
        if not _joined(text, ws[last], nxt) or not _capitalised(nxt.text) or nxt.text.endswith("-"):
            break
        if _verb_form(nxt.text):
            break  # "Heinolan kaupunki Myönnetty avustus: …": the next line's label, no name
        last += 1  # capitalised right after a common head: a name, known to Voikko or not
    return last


def _verb_form(word: str) -> bool:
    """Voikko reads the word only as a verb or a participle ("Myönnetty", "Haettu", "Toteutunut"): no name,
    which a form's next label after a line's name ("Osatoteuttaja: X kaupunki" / "Myönnetty avustus: …")
    would otherwise join when the lines run together."""
    found = lemmatiser().analyse(word)
    return bool(found) and all(a.get("CLASS") == "teonsana" or a.get("PARTICIPLE") for a in found)


def _legal_form(text: str, ws: list[_Word], last: int) -> int:
    if last + 1 < len(ws) and _joined(text, ws[last], ws[last + 1]) and _legal(ws[last + 1].text):
        return last + 1
    return last


def _build(
    text: str, ws: list[_Word], first: int, last: int, known: Collection[str], head: int | None = None
) -> OrgName:
    end = ws[last].end
    acronym = None
    m = _ACRONYM.match(text, end)
    if m:
        acronym = m.group(1)
        end = m.end()
        if head is not None and last > head and base_word(ws[last].text, known) == acronym:
            last = head  # "… kuntayhtymä Soiten (Soite)": the short form is no part of the name
    parts = [_agreeing(w.text, ws[last].text) for w in ws[first:last]]
    parts.append(base_word(ws[last].text, known))
    name = " ".join(parts)  # single spaces: the text may break a name across lines
    if acronym is not None and acronym.lower() == name.lower():
        acronym = None
    return OrgName(name, ws[first].start, end, text[ws[first].start : end], acronym)


def _headed_name(text: str, ws: list[_Word], h: int, known: Collection[str]) -> OrgName | None:
    head = ws[h]
    if _place_use(head.text):
        return None  # "Kajaanin kaupungissa", "Raahen seutukuntaan": the place, not the organisation
    # A name after a common head ("yliopistokeskus Chydenius") follows it in the nominative;
    # after an inflected head a capitalised word begins something else.
    appose = (not _capitalised(head.text) or _is_proper(head.text)) and _nominative(head.text)
    after = _apposition(text, ws, h) if appose else h
    first = _left_modifiers(text, ws, h)
    short = _short_form(ws[after].text) if after == h + 1 else None
    if short is not None:
        # "Kaakkois-Suomen ammattikorkeakoulu Xamkin kanssa": the short form after the name is
        # no part of it but another name of the same organisation, as "(Xamk)" would be.
        start = _trim_to_capital(text, ws, first, h)
        if start is not None:
            found = _build(text, ws, start, h, known)
            return OrgName(found.name, found.start, ws[after].end, text[found.start : ws[after].end], short)
    if after > h:
        # "sosiaalialan osaamiskeskus SONet BOTNIA": the proper name follows the head, and
        # lower-case modifiers before the head belong to the full name.
        last = _legal_form(text, ws, after)
        return _build(text, ws, first, last, known, head=h)
    start = _trim_to_capital(text, ws, first, h)
    if start is None:
        return None
    if (
        start == h
        and not _brand_compound(head.text)
        and not _named_compound(head.text)
        and (_sentence_start(text, head) or not _is_proper_head(head.text))
    ):
        return None  # a capitalised head alone names an organisation only as a compound name
    last = _legal_form(text, ws, h)
    return _build(text, ws, start, last, known)


#: Heads that make a compound a name of a body and seldom a common noun ("Muistiliitto", "Omaishoitajaliitto",
#: "A-klinikkasäätiö"): capitalised, such a compound names an organisation at a sentence's start too.
_BODY_HEADS = ("liitto", "säätiö")


def _named_compound(word: str) -> bool:
    """A compound on a body's head word, capitalised where a common noun would not be: "mukana Muistiliitto",
    "A-klinikkasäätiö tuottaa …". Its dictionary reading is a compound of the head ("muistiliitto"), not
    the head alone ("Liitto", "Säätiö" begin a sentence as a common noun)."""
    bare = word.split(":", 1)[0]
    found = _head_of(bare)
    if found not in _BODY_HEADS or not _capitalised(bare):
        return False
    forms = [b.lower() for b, _, _ in analyses(bare)] or [bare.lower(), *unknown_stems(bare)]
    return all(f != found for f in forms) and any(f.endswith(found) for f in forms)


def _brand_compound(word: str) -> bool:
    """'Kaarnia-ammattikorkeakoulu', 'Karelia-ammattikorkeakoulun', 'LAB-ammattikorkeakoulu': a
    capitalised brand (an acronym too) joined by a hyphen to a head word is a name wherever it
    stands, at a sentence's start too."""
    bare = word.split(":", 1)[0]
    if "-" not in bare.strip("-"):
        return False
    left, right = bare.rsplit("-", 1)
    return (
        (len(left) >= 3 or (len(left) == 2 and left.isupper()))
        and left[:1].isupper()
        and right[:1].islower()
        and _head_of(right) is not None
    )


def _is_proper_head(word: str) -> bool:
    """'Satasairaala', 'Kela-laitos': a compound head word that is itself a name."""
    bare = word.split(":", 1)[0]
    head = _head_of(bare)
    if head is None:
        return False
    forms = [b.lower() for b, _, _ in analyses(bare)] or [bare.lower(), *unknown_stems(bare)]
    return not analyses(bare) and any(f != head and f.endswith(head) for f in forms)


def _agreeing(word: str, head: str) -> str:
    """An adjective inflected like the head takes its base form with it ("yliopistollisessa")."""
    if _capitalised(word):
        return word
    # A genitive adjective agrees with a genitive head ("yliopistollisen sairaalan"); before a
    # nominative head it modifies something else and stays as written.
    head_cases = {case for _, _, case in analyses(head)} - {"nimento"}
    for base, cls, case in analyses(word):
        if cls == "laatusana" and case in head_cases:
            return base
    return word


def _legal_form_name(text: str, ws: list[_Word], h: int, known: Collection[str]) -> OrgName | None:
    """'Luona Oy', 'Centria Ammattikorkeakoulu oy': capitalised words before a legal form."""
    if h == 0 or not _joined(text, ws[h - 1], ws[h]):
        return None
    first = h - 1
    if not _capitalised(ws[h - 1].text):
        # "Uudenmaan piiri ry": a common noun after a place's genitive names a district of it.
        if not (h >= 2 and _joined(text, ws[h - 2], ws[h - 1]) and _capitalised(ws[h - 2].text)):
            return None
        if not _is_genitive(ws[h - 2].text) or not any(c == "nimisana" for _, c, _ in analyses(ws[h - 1].text)):
            return None
        first = h - 2
    while first > 0 and _joined(text, ws[first - 1], ws[first]) and h - first < 5:
        word = ws[first - 1].text
        if not _capitalised(word) and _place_genitive(text, ws, first - 1):
            first -= 2  # "Raahen seudun Kylätalkoot ry": a place's genitive with its common noun
            continue
        if not _capitalised(word) or (_sentence_start(text, ws[first - 1]) and _function(word)):
            break
        first -= 1
    start = _trim_to_capital(text, ws, first, h - 1)
    if start is None and _capitalised(ws[first].text) and not _function(ws[first].text):
        # "Yhteistyötahot: Hoivalinkki Oy, …": after a label's colon the name begins a clause,
        # but the legal form says it is a name all the same.
        start = first
    if start is None:
        return None
    roles = [i for i in range(start, h - 1) if role_word(ws[i].text)]
    if roles:
        # "Palveluntuottaja Kotiyöt Oy", "Tilanne Toimittaja Kotiväylä Oy" (a heading run into its text):
        # the role word, and what stands before it, is no part of the name.
        start = roles[-1] + 1
    return _build(text, ws, start, h, known)


def role_word(word: str) -> bool:
    """A role's one-word label, or a compound ending in one ("Laitetoimittaja", "IT-leverantör", "Ohjelmistokumppani"):
    the party's role before its name, no part of it."""
    low = word.lower()
    return low in _role_words("role") or any(
        low.endswith((r, r + "en", r + "n")) and len(low) > len(r) + 2
        for r in _role_words("role")
        if len(r) >= 7
    )


@cues.per_reading
def _role_words(scheme: str) -> frozenset[str]:
    """One-word labels of the ``scheme`` vocabulary ("Palveluntuottaja", "Kumppani", "Samarbetspartner")."""
    return frozenset(
        form.lower()
        for concept in registry.scheme(scheme)
        for lang in ("fi", "sv")
        for form in concept.surface_forms(lang)
        if " " not in form
    )


def _particle(word: str) -> bool:
    """A pronoun, adverb or conjunction ("Tämä", "Myös"), never a part of a name."""
    found = analyses(word)
    return bool(found) and all(c in _PARTICLE_CLASSES for _, c, _ in found)


def _common_nominative(word: str) -> bool:
    """A common noun or adjective in its base form ("Jatkuvuus"): a heading's word, not a brand."""
    return any(c in ("nimisana", "laatusana") and case == "nimento" for _, c, case in analyses(word))


_PARTICLE_CLASSES = ("asemosana", "seikkasana", "sidesana", "suhdesana", "huudahdussana")


def _function(word: str) -> bool:
    """A word that begins a sentence without naming anything ("Lisäksi", "Myös", "Tämä")."""
    found = analyses(word)
    if not found:
        return False
    if all(c in ("asemosana", "seikkasana", "sidesana", "suhdesana", "huudahdussana") for _, c, _ in found):
        return True
    return not any(case in ("nimento", "omanto", "") for _, _, case in found)  # "Lisäksi": an adverbial case


def _ellipsis(text: str, ws: list[_Word], first: int, found: OrgName) -> list[OrgName]:
    """'Etelä-Karjalan, Kymenlaakson … kuntayhtymän': the bare genitives share the rest of the name."""
    rest = found.name.split(" ", 1)
    if len(rest) < 2 or not _is_genitive(ws[first].text) or not _is_proper(ws[first].text):
        return []
    out: list[OrgName] = []
    i = first
    while i > 0 and first - i < 8:  # a handful of names share one rest, not thousands
        prev = ws[i - 1]
        between = text[prev.end : ws[i].start].strip()
        if between not in (",", "ja", "sekä"):
            break
        if not (_capitalised(prev.text) and _is_genitive(prev.text) and _is_proper(prev.text)):
            break
        out.append(OrgName(f"{prev.text} {rest[1]}", prev.start, prev.end, prev.text, shared=True))
        i -= 1
    return out


__all__ = [
    "HEADS",
    "OrgName",
    "analyses",
    "base_word",
    "capitalised",
    "find_org_names",
    "heads",
    "is_genitive",
    "unknown_stems",
    "words",
]


def _place_genitive(text: str, ws: list[_Word], i: int) -> bool:
    """``ws[i]`` is a lower-case genitive noun after a capitalised genitive ("Raahen seudun")."""
    if i < 1 or not _joined(text, ws[i - 1], ws[i]) or not _capitalised(ws[i - 1].text):
        return False
    word = ws[i].text
    return (
        _is_genitive(ws[i - 1].text)
        and any(c == "nimisana" and case == "omanto" for _, c, case in analyses(word))
        and (_is_proper(ws[i - 1].text) or not _sentence_start(text, ws[i - 1]))
    )


#: A short form: capitals ("TAMK", "UEF"), a capital and lower case ("Xamk"), or both ("SeAMK", "LapAMK", stop 35).
_SHORT = re.compile(r"[A-ZÄÖÅ](?:[A-ZÄÖÅ0-9]{1,5}|[a-zäöå]{2,4}|[a-zäöå]{1,3}[A-ZÄÖÅ]{1,5})")


def _short_form(word: str) -> str | None:
    """The base of a short name written after a head ("Xamkin" → "Xamk", "UEF:n" → "UEF");
    None for a longer word (a proper name of its own: "yliopistokeskus Chydenius") or a legal form."""
    bare = word.split(":", 1)[0]
    if _legal(bare):
        return None
    if ":" not in word:
        if re.fullmatch(r"[A-ZÄÖÅ][a-zäöå]{2,4}[bcdfghjklmnpqrstvwxz]in", bare):
            bare = bare[:-2]  # "Xamkin", "Tyksin": the genitive of a short form ending in a consonant
        elif re.fullmatch(r"[A-ZÄÖÅ]{2,6}", bare) is None and bare.endswith("n") and len(bare) > 3:
            return None  # "Savonian": a longer name's genitive, no short form
    return bare if _SHORT.fullmatch(bare) else None


def _place_use(word: str) -> bool:
    """A place head in the case of being in or going into it ("kaupungissa", "seutukuntaan"; a station's
    "terveysasemalla", "terveysasemalle" too)."""
    found = [(base.lower(), case) for base, _, case in analyses(word.split(":", 1)[0])]
    cases = _PLACE_CASES | _AT_CASES.get(found[0][0], frozenset()) if found else _PLACE_CASES
    return bool(found) and all(base in PLACE_HEADS and case in cases for base, case in found)
