"""Where a project's name read from running text ends.

The name after a project word runs to a punctuation mark or a verb ("hankkeelle X.",
"projektet X, som …"); a grant sentence puts the sum right after the word or the name
("har beviljat projektet 290 000 euro för åren 2024–2025", "myönsi hankkeelle X
410 000 euroa"). A sum is no part of a name: the name ends where it begins. A name that
ends in a word standing only inside names ("Framtidens hemvård i") was cut by a line break.
"""

from __future__ import annotations

import functools
import re

from hankegraafi.ingest.entities import lemmatiser
from hankegraafi.ingest.orgnames import analyses
from hankegraafi.ingest.sumcues import APPLIED_SUM, GRANTED_SUM

#: A sum of money and what follows it: "290 000 euro för åren 2024–2025", "1,2 miljoonaa euroa".
_SUM = re.compile(r"(?:^|\s)\d[\d\s\u00a0.,]*\s*(?:€|t€|e\b|eur(?:o\w*)?\b|milj\w*)(?:\s|$|[.,;])", re.I)


#: The years a grant or plan covers after the name: "hankkeelle X vuosille 2023–2025", "för projektet X åren 2023–2025".
_PERIOD = re.compile(
    r"\s+(?:vuosi(?:lle|na|en)|vuode(?:lle|ksi|n)|(?:under |för )?åren|(?:för|under) år|for the years|in the years)"
    r"\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?\b.*$",
    re.I,
)


#: The project's period after its name: "X (2022-2025)", "X [2023–2024]", and after the project word
#: "X -hanke 2022–2025" (a title states the years the project runs; they are no part of its name).
_BRACKETED_PERIOD = re.compile(r"\s*[(\[]\s*(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)?\d\d)?\s*[)\]]\s*$")
_BARE_PERIOD = re.compile(r"(?<=hanke|ojekt)\s*[,–—-]?\s*(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\s*$", re.I)


def without_period(name: str) -> str:
    """A project's name without the period a title writes after it: "Lapin Kestävän kasvun hanke
    (2022-2025)" and "Satakunnan Kestävän kasvun hanke 2022–2025" name "… hanke". Years inside a
    name ("Hyvinvointia 2030", "Sote 2023–2025 -hanke") stay: only the end after the name is cut."""
    cut = _BARE_PERIOD.sub("", _BRACKETED_PERIOD.sub("", name))
    return cut if len(cut) >= 4 else name


def states_sum(text: str) -> bool:
    """A line stating a sum of money ("Pohjois-Savolle 7,9 miljoonaa euroa …", "870 000 euro för
    projektet X"): a news headline or a broken sentence, never a title that names a project."""
    return _SUM.search(text) is not None


#: A title that names a list of projects: a project word's plural, perhaps the list's years
#: ("Kehittämishankkeet", "Hankkeet 2023–2025", "Utvecklingsprojekten", "Projects").
_LIST_TITLE = re.compile(
    r"^\w*(?:hankkeet|projektit|projekten|projects)(?:\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)?$", re.I
)


def list_title(text: str) -> bool:
    """A page's title over a list of projects, each under its own heading: no project's name."""
    return _LIST_TITLE.match(text.strip()) is not None


def without_sum(name: str) -> str | None:
    """A name cut where a sum or the years it covers begin ("projektet X 290 000 euro för …", "hankkeelle X
    vuosille 2023–2025" name X); None when only a sum is left."""
    match = _SUM.search(name)
    cut = name[: match.start()].strip(" -–,") if match is not None else name
    cut = _PERIOD.sub("", cut).strip(" -–,")
    return cut if len(cut) >= 4 else None


#: Words that stand inside a name between capitalised ones, never at its end ("Hemma i Borgå", "Koti ja arki").
_INNER = re.compile(r"^(?:i|och|på|av|med|till|för|ja|sekä|and|of|in|for)$")


def cut_at_break(name: str) -> bool:
    """A name ending in an inner word or a hyphen ("Framtidens hemvård i", "Sosiaali- ja terveys-"):
    a line break cut it, the rest is on the next line, and the name read is no name."""
    words = name.split()
    return len(words) > 1 and (_INNER.match(words[-1]) is not None or words[-1].endswith("-"))


def without_money_clause(name: str) -> str:
    """A part's name on a line that goes on to say what money the part asks for or got
    ("Investointi 1: X hakee 300 000 euroa lisää", "Delprojekt 2: Y ansöker om ytterligare
    180 000 euro"): the name ends where the clause of the sum begins (its cue, read by the words
    of ``facts/sums.py``); a name with no such clause is returned as it is."""
    found = [m.start() for m in (APPLIED_SUM.search(name), GRANTED_SUM.search(name)) if m is not None]
    if not found:
        return name
    cut = name[: min(found)].strip(" ,–-")
    return cut if len(cut) >= 4 and cut[:1].isupper() else name


#: A Swedish or English word that goes on from a part's name to what the sentence says of it: a verb in
#: the past or present ("avslutades", "startade", "har", "är", "ended", "was") or the preposition joining the
#: project the part belongs to ("inom projektet X", "of the X project").
_GOES_ON = re.compile(
    r"^(?:inom|inför|har|hade|är|var|blev|kommer|ska|fick|gick|började|startade|avslutade|slutade|inledde|fortsatte|"
    r"has|had|is|was|were|will|got|of|within|ended|started|began|received|continued|"
    r"[a-zåäö]{3,}(?:ades|ddes|des|tes))$"
)
#: A sentence's end inside a name read from a line: "X sai jaksolla uuden ohjaajan. Osahankkeelle on".
_INNER_END = re.compile(r"[a-zåäö0-9)]\.(?:\s+(?=[A-ZÅÄÖ])|\s*$)")
#: The fewest words of a name that may run on into a clause.
_CLAUSE_WORDS = 4


def without_clause(name: str, sentence: bool = False) -> str:
    """A part's name on a line that is a sentence about the part, less what the sentence goes on to say:
    "Omaishoitajien valmennus sai jaksolla uuden ohjaajan. Osahankkeelle on" is "Omaishoitajien
    valmennus", "Rehabilitering på distans inom projektet X avslutades vid årsskiftet." "Rehabilitering
    på distans. Only a name that reads as a sentence (it holds a sentence's end) is cut: to its first
    sentence, and in it at the first word after its first that is a finite verb (Voikko) or a Swedish
    or English verb or joining word; a first sentence of more than four words with none, a cut that
    would leave no capitalised word, and a name with no sentence's end stay as they are ("Kotona
    asumisen tuki"; "Kvällsmottagningen är öppen två dagar i veckan – uppnått", a judged goal), unless
    ``sentence`` says the line the name was read from ended as a sentence does."""
    end = _INNER_END.search(name)
    if end is None and not sentence:
        return name
    # the first sentence: "X kyliin. Kylätaloihin …" is "X kyliin"
    first = name[: end.start() + 1].strip() if end is not None else name.strip()
    words = first.split()
    for at, word in enumerate(words[1:], 1):
        bare = word.strip(",;:.()\"'”“")
        if bare and bare.islower() and (_GOES_ON.match(bare) or finite_verb(bare)):
            cut = " ".join(words[:at]).strip(" ,;:–-")
            return cut if cut[:1].isupper() else name
    return first if len(words) <= _CLAUSE_WORDS else name


#: The genitive of a project's owner before its name ("hyvinvointialueen", "kaupungin", "Soiten").
OWNER = re.compile(
    r"\w*(?:hyvinvointialueen|hyvinvointikuntayhtymän|kuntayhtymän|kaupungin|kunnan|sairaanhoitopiirin|yhtymän)",
    re.I,
)


def owner_genitive(word: str) -> bool:
    """An owner's genitive ("kaupungin", "kuntayhtymän"), not a place whose name ends in one
    ("Satakunnan" ends in "kunnan" but Voikko reads it only as a place: it stays in the name)."""
    if not OWNER.fullmatch(word):
        return False
    found = analyses(word)
    return not found or not all(cls == "paikannimi" for _, cls, _ in found)


#: The document's kind after the name and a dash: "X -hanke – hankesuunnitelma", "X – väliraportti 2/2024".
_KIND_AFTER = re.compile(
    r"\s+[–—-]\s+(?:\w*raportti|\w*suunnitelma|\w*katsaus|\w*rapport|\w*taulukko|\w*lomake|\w*tabell|\w*blankett|projektplan|final report|status report|"
    r"progress report|project plan)(?:\s+[\w/.–-]+)?\s*$"
    r"|(?<=\sproject)['’]s\s+(?:\w+\s+)?report(?:\s+[\w/.–-]+)?\s*$",  # "The X project's final report" (R20-4)
    re.I,
)


def without_kind(title: str) -> str:
    """A title less the document's kind after a dash ("Vakehyvan X hanke – hankesuunnitelma" names the
    project and then what the document is); a title that would be left too short stays whole."""
    named = _KIND_AFTER.sub("", title)
    return named if len(named) >= 8 else title


#: A governing body of a county or municipality that meets and decides, compounds too ("Aluehallitus",
#: "Kunnanhallitus", "Sosiaali- ja terveyslautakunta", "Regionstyrelsen", "Kommunfullmäktige",
#: "Välfärdsnämnden"): a minute's head names the body, never a project.
GOVERNING_BODY = (
    r"[\w-]*(?:hallitus|valtuusto|lautakunta|jaosto|styrelse|fullmäktige|nämnd|sektion)(?:e?ns?|s)?"
)
#: The owner's genitive may stand before it: "Hyvinvointialueen hallitus", "Kaupungin valtuusto".
_BODY_CELL = re.compile(rf"(?:{OWNER.pattern}\s+)?(?:[\w-]+\s+(?:ja|och)\s+)?{GOVERNING_BODY}", re.I)


def governing_body(text: str) -> bool:
    """The text is only a governing body's name ("Regionstyrelsen", a minute's head cell): no project's."""
    return _BODY_CELL.fullmatch(text.strip(" *_.:")) is not None


# --- a title naming the project in the genitive before its matter ------------------------------

#: The project's word in the genitive after its name, then the matter in lower case: "Omaishoidon
#: tuen hankkeen väliraportti", "Lapin X -ohjelman loppuraportti", the author's slip "hankeen" too.
_GENITIVE_MATTER = re.compile(
    r"^(?P<name>[A-ZÄÖÅ0-9][^:;,.()\t]{1,100}?)(?P<sep>\s?[-–]\s?|\s)"
    r"(?P<word>hankkeen|hankeen|ohjelman|projektin|toimintamallin|kokonaisuuden)\s+(?P<matter>[a-zåäö][\w –-]*)$"
)
#: The matter of a minute's § or a report's title: a report, review, application, plan or decision.
_MATTER = re.compile(
    r"\w*(?:raportti|katsaus|hakemus|suunnitelma|päätös|esitys|selvitys|arvio\w*|arviointi|muutos\w*|"
    r"rahoitu\w*|avustu\w*|käsittely|hyväksyminen|jatkaminen|päättäminen|tilanne\w*|toteutuminen)\b"
)
#: A body of the project that meets, after the project in the genitive: "X -hankkeen ohjausryhmä", "X-projektin
#: työryhmän muistio", "X -hankkeen kehittäjäverkosto".
_BODY_MATTER = re.compile(r"\w*(?:ryhmä|tiimi|verkosto)\w*\b")
_NOMINATIVE = {
    "hankkeen": "hanke",
    "hankeen": "hanke",
    "ohjelman": "ohjelma",
    "projektin": "projekti",
    "toimintamallin": "toimintamalli",
    "kokonaisuuden": "kokonaisuus",
}


def project_of_body(title: str) -> str | None:
    """The project whose own body a title names ("Karjalan X -hankkeen ohjausryhmä" is "Karjalan X -hanke"), as
    :func:`genitive_before_matter` reads a matter; None for any other title ("Hyvinvointialueen ohjausryhmä")."""
    title = _NUMBER_AFTER.sub("", title.strip())  # "… seurantaryhmän kokousmuistio 2/2025": its number or date
    m = _GENITIVE_MATTER.match(title)
    if (
        m is None
        or not _BODY_MATTER.match(m.group("matter"))
        or m.group("word") not in ("hankkeen", "projektin")
    ):
        return None
    return genitive_before_matter(title[: m.start("matter")] + "raportti")


#: A memo's or report's number or date after its kind: "2/2025", "11.6.2025", "nro 3".
_NUMBER_AFTER = re.compile(r"\s+(?:nro\s+)?(?:\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2})$")


def genitive_before_matter(title: str) -> str | None:
    """The project a title names in the genitive before what the document is about it, in the
    nominative: "§ 41 Pohjois-Savon Kestävän kasvun hankkeen loppuraportti" names "Pohjois-Savon
    Kestävän kasvun hanke", "Lapin X -ohjelman tilannekatsaus ja lisärahoitushakemus" "Lapin X -ohjelma".

    The class: a minute's § title or a report's title that opens with the name; the words before
    the project's word are the name whatever their case ("Omaishoidon tuen hankkeen väliraportti").
    """
    m = _GENITIVE_MATTER.match(title.strip())
    if m is None or not _MATTER.match(m.group("matter")):
        return None
    name = m.group("name").strip()
    if not 1 <= len(name.split()) <= 8 or any(w.islower() and finite_verb(w) for w in name.split()):
        return None
    sep = m.group("sep") if m.group("sep").strip() else " "
    return f"{name}{sep}{_NOMINATIVE[m.group('word')]}"


#: A headline: the project's name up to its word written apart, then what happens to it in lower
#: case ("X hanke ehti puoliväliin", "X hanke puolivälissä", "X projekti on käynnistynyt").
_HEADLINE_TAIL = re.compile(
    r"^(?P<name>[A-ZÄÖÅ][^:;,.!?()\t]{2,100}?\s(?:hanke|projekti))\s+(?P<rest>[a-zåäö][a-zåäö -]{1,80})[.!]?$"
)


#: A title of a matter, a document or a body over a project named after its word (sv, en): "Lägesöversikt
#: över projektet X", "Kommunikationsplan för projektet X", "Styrgruppen för projektet X", "Midterm
#: evaluation of project X", "Status report on the X project", a minute's "ÄNDRING AV KOSTNADSFÖRDELNINGEN I
#: PROJEKTET X" and "Budget changes in the project X" give X. The head is any noun phrase of one
#: to three words (its last a word of letters), the preposition any of those that tie a matter to
#: its object; the name begins with a capital letter.
_MATTER_OF_PROJECT = re.compile(
    r"^(?:[\w-]+\s+){0,2}?[^\W\d][\w-]*(?:\s+(?:19|20)\d\d)?"
    r"\s+(?:över|för|om|av|gällande|kring|inom|i|till|från|on|of|for|about|to|from|within|in)\s+"
    r"(?:projektet\s+(?P<name>(?-i:[A-ZÅÄÖ])[^:;()\t]{2,100}?)"
    r"|(?:the\s+)?project\s+(?P<bare>(?-i:[A-Z])[^:;()\t]{2,100}?)"
    r"|the\s+(?P<en>(?-i:[A-Z])[^:;()\t]{2,100}?)\s+project)\.?$",
    re.I,
)
#: The same in Finnish, the project word in a case of place before the name: "Budjettimuutos hankkeessa X",
#: "Lisäaika hankkeelle X", "Kustannusjaon muutos projektissa X".
_MATTER_IN_PROJECT = re.compile(
    r"^(?:[\w-]+\s+){0,2}?[^\W\d][\w-]*\s+(?:hankkee(?:ssa|lle|seen)|projekti(?:ssa|lle|in))\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[^:;()\t]{2,100}?)\.?$",
    re.I,
)
#: An English matter of two words or more in lower case, then "of", "for" or "on" and a name in title
#: case: "Closing figures of Family Services Online", "Final accounts for Home Care North".
_MATTER_OF_TITLED = re.compile(
    r"^(?-i:[A-Z])[a-z]+(?:\s+(?-i:[a-z])[a-z-]+){1,3}\s+(?:of|for|on)\s+"
    r"(?P<name>(?-i:[A-Z])[\w-]+(?:\s+(?:(?-i:[A-Z])[\w-]+|in|and|of|for|the|at|on)){1,8})$"
)


def headline_name(title: str) -> str | None:
    """The name a news headline gives before what it says of the project: "Kotona asumisen tuen
    hanke ehti puoliväliin" names "Kotona asumisen tuen hanke". The words after the project's word
    are all in lower case and at most six, so that no capitalised name follows it; an owner's
    genitive before the name ("Kainuun hyvinvointialueen X hanke") is no part of it."""
    titled = _MATTER_OF_TITLED.match(title.strip())
    if titled is not None and not titled.group("name").split()[-1].islower():
        return titled.group("name")  # "Closing figures of Family Services Online": the name in title case
    inessive = _MATTER_IN_PROJECT.match(title.strip())
    if inessive is not None:
        return inessive.group("name").strip()  # "BUDJETTIMUUTOS HANKKEESSA X": X
    matter = _MATTER_OF_PROJECT.match(title.strip())
    if matter is not None:
        name = matter.group("name") or matter.group("bare") or matter.group("en")
        return name.strip()  # "Lägesöversikt över projektet X": X
    m = _HEADLINE_TAIL.match(title.strip())
    if m is None or len(m.group("rest").split()) > 6:
        return None
    words = m.group("name").split()
    owners = [i for i, w in enumerate(words) if owner_genitive(w)]
    name = " ".join(words[owners[-1] + 1 :] if owners else words)
    return name[:1].upper() + name[1:] if len(name.split()) >= 2 else None


#: A currency unit in brackets: "(€)", "(euroa)", "(1 000 €)", "(tuhatta euroa)", "(t€)", "(kr)".
#: The unit may open the brackets before what the columns hold: "MONEY (EUR, budget → actual)" (test27 i21).
_UNIT_ASIDE = re.compile(
    r"\((?:[^()]*\s)?(?:€|t€|k€|eur|euroa?|euroina|sek|kr|kronor)\)|\((?:€|t€|k€|eur|euroa?|sek|kr)\s*[,;:]\s*[^()]+\)",
    re.I,
)


def caption_line(text: str) -> bool:
    """A line that introduces what follows it, a table of amounts or a list: it ends with a colon or
    gives a currency unit in brackets ("Kustannukset kululajeittain (€):"). No project's name."""
    text = text.strip(" *_#")
    return text.endswith(":") or _UNIT_ASIDE.search(text) is not None


# --- word classes of a name's words (Voikko) ------------------------------------------------

#: Lower-case words that may stand inside a project's name ("Kestävän kasvun Etelä-Karjala").
_NAME_INNER = re.compile(r"^(?:\w+n|\w+-|ja|och|i|sote-keskus|terveyskeskus|[ivx]+|\d+(?:\.\d+)?)$", re.I)


def inner_word(word: str) -> bool:
    """A lower-case word that stands inside a name: a genitive ("kasvun"), a hyphen's first half, "ja"."""
    if not _NAME_INNER.match(word):
        return False
    if not re.fullmatch(r"[a-zåäö]+n", word):
        return True
    found = analyses(word)
    return not found or any(case == "omanto" for _, _, case in found)


def only_verb(word: str) -> bool:
    """Voikko reads the word only as a verb ("jatkuu", "haetaan"): a clause, not a name."""
    found = analyses(word)
    return bool(found) and all(cls == "teonsana" for _, cls, _ in found)


def function_word(word: str) -> bool:
    """A pronoun, question word or adverb ("Mitä", "Tässä", "Miten"): never a project's name."""
    found = analyses(word)
    return bool(found) and all(
        cls in ("asemosana", "seikkasana", "kysymyssana", "sidesana") for _, cls, _ in found
    )


@functools.lru_cache(maxsize=4096)
def plural_subject(word: str) -> bool:
    """Voikko reads the word only as a noun in the plural nominative ("Tilannevalot", "Tulokset"): before
    "hankkeen" with no hyphen it is what a heading is about ("Tilannevalot hankkeen päättyessä"), no name."""
    found = lemmatiser().analyse(word)
    return bool(found) and all(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "plural"
        for a in found
    )


def finite_verb(word: str) -> bool:
    """Voikko reads the word as a verb in no case (no participle or verbal noun: "tulevat", "jaetaan") and in
    no infinitive ("Kotona kuntoutuen X:ssä" is a name: "kuntoutuen" is the E-infinitive, no finite verb)."""
    found = analyses(word)
    return (
        any(cls == "teonsana" and not case for _, cls, case in found)
        and not any(cls in ("nimisana", "erisnimi") for _, cls, _ in found)
        and not all(a.get("MOOD", "").endswith("infinitive") for a in lemmatiser().analyse(word))
    )


def attributive(word: str, following: str, before: str = "") -> bool:
    """``word``, which reads as a verb in the plural ("liikkuvat", "sujuvat"), is the participle before the
    plural noun it qualifies: a name's "Lapin liikkuvat sosiaalipalvelut", "Sujuvat kotiutukset X:ssä",
    "Vaikuttavat sote-keskukset" is a noun phrase. The participle's reading must be Voikko's too, the word
    after it a noun in the nominative plural, and the word before it none (a subject: "Asiakkaat saavat
    palvelut" is a clause)."""
    if not (word.endswith(("vat", "vät")) and following.endswith("t")):
        return False
    if not any(cls == "laatusana" and case == "nimento" for _, cls, case in analyses(word)):
        return False
    if not any(cls == "nimisana" and case == "nimento" for _, cls, case in analyses(following)):
        return False
    return not (
        before.endswith("t")
        and any(cls == "nimisana" and case == "nimento" for _, cls, case in analyses(before))
    )


# --- a message's and a report's lines that name no project ----------------------------------

#: An e-mail's header field or a minute's role line (fi, sv, en): its value is no project's name.
MAIL_HEADER = re.compile(
    r"^\s*(?:lähettäjä|vastaanottaja|päivämäärä|lähetetty|aihe|kopio|from|to|cc|date|sent|subject|"
    r"från|till|datum|ämne|skickat|kopia|valmistelija|esittelijä|lisätietoja|yhteyshenkilö|kirjoittaja|"
    r"föredragande|beredare|kontaktperson|mer information|author|contact|"
    # a meeting's head: when, where, who ("Aika: 21.10.2024 klo 13–15", "Paikka: Kuopio, Teams", "Plats: Borgå")
    r"aika|paikka|kokousaika|kokouspaikka|läsnä|poissa|tid|plats|mötestid|mötesplats|närvarande|frånvarande|"
    r"time|place|venue|location|present|attendees|absent)\s*:"
    # "Label: a value in lower case": a role or a description, where a name would be capitalised.
    r"|^\s*[\w -]{2,30}:\s+(?-i:[a-zåäö0-9])",
    re.I,
)
#: A greeting that opens a message ("Hei,", "Hej alla,", "Dear all,").
GREETING = re.compile(r"^\s*(?:hei|moi|hyvä|hyvät|hej|bästa|dear|hello|hi)\b[^.]{0,40},\s*$", re.I)
#: The label of a message's subject, and a reply's or forward's marks after it: its value may name the project.
#: A reply's or forward's marks at a subject's start, of any client: "RE:", "Vs:", "Vast:", "Svar:", "Välitetty:", "Re[2]:",
#: "Fwd:", a gateway's "[EXTERNAL]" (R19-25); "RE:X" with no space too.
REPLY_MARKS = (
    r"(?:(?:re|vs|sv|fw|fwd|vl|vb|wg|aw|tr|antw|vast|vastaus|svar|välitetty|vidarebefordrat)(?:\[\d{1,3}\])?\s*:\s*"
    r"|\[(?:external|ulkoinen|extern)\]\s*)*"
)
_SUBJECT = re.compile(rf"^\s*(?:subject|aihe|ämne|otsikko)\s*:\s*{REPLY_MARKS}", re.I)
#: A message's closing ("Terveisin", "Ystävällisin terveisin", "Med vänlig hälsning", "Best regards").
_CLOSING = re.compile(r"^\s*(?:\w+\s+)?(?:terveisin|terveiset|hälsningar|hälsning|regards)\s*,?\s*$", re.I)


def message_line(text: str) -> bool:
    """A message's header other than its subject, a greeting or a closing: no title."""
    return bool(_MESSAGE_HEADER.match(text) or GREETING.match(text) or _CLOSING.match(text))


#: A message's header other than its subject, by its label only: "Pohjanmaa: tulevaisuuden sote-keskus"
#: (a name with a colon before a word in lower case) is no header.
_MESSAGE_HEADER = re.compile(
    r"^\s*(?:lähettäjä|vastaanottaja|päivämäärä|lähetetty|kopio|from|to|cc|date|sent|från|till|datum|skickat|kopia)\s*:",
    re.I,
)


#: The report's kind and period before the name: "Tilannekatsaus Q3/2023 - X", "Väliraportti 2/2025: X".
_KIND_BEFORE = re.compile(r"^(?P<kind>[^:–—]{3,60}?)(?:\s[-–—]\s|:\s)\s*(?P<rest>\S.*)$")


def unreplied(text: str) -> str:
    """A subject line less its label and its reply's or forward's marks when it has any ("Subject: RE:X: kind" is
    "X: kind", "Aihe: Vast: X" is "X"); any other line, a subject without marks too, as it is (stripped)."""
    label = _SUBJECT.match(text)
    if label is None or not re.search(r":\s*\S.*?(?::|\])", text[: label.end()]):
        return text.strip()
    return text[label.end() :].strip()


def subject_name(text: str) -> str:
    """A message's subject line less its label and the report's kind and period before the name:
    "Subject: Tilannekatsaus Q3/2023 - X" gives "X"; any other line as it is."""
    subject = _SUBJECT.match(text)
    if subject is None:
        return text
    rest = without_kind_before(text[subject.end() :].strip())
    named = _NAME_THEN_NEWS.match(rest)  # "X -hanke, elokuun tilanne": the name, then what of it
    return named.group("name") if named is not None else rest


#: A subject's name up to its project word, then in lower case what the message says of it.
_NAME_THEN_NEWS = re.compile(
    r"^(?P<name>[A-ZÄÖÅ].{1,100}?[-\s](?:hanke|projekti|projektet))\s*(?:,|:|\s[-–—])\s+[a-zåäö]"
)


def without_kind_before(name: str) -> str:
    """A name less the report's kind and period before it ("Neljännesvuosikatsaus Q2/2025 - X" is X)."""
    kind = _KIND_BEFORE.match(name)
    return kind.group("rest").strip() if kind is not None and kind_line(kind.group("kind")) else name


#: Between a title's name and what the document says of it: a colon or a comma ("X -hanke: tilannekatsaus").
_MATTER_SEPARATOR = re.compile(r"(?::|,)\s+")


def name_beside_matter(title: str) -> str:
    """A title less the report's kind on either side of the name, as a minute's § title or a subject
    writes it: "Tilannekatsaus: X -hanke", "X -hanke, tilannekatsaus", "X -hanke: väliraportti
    30.9.2024", "Lägesrapport: X-projektet", "X -hankkeen tilannekatsaus" give the name. The part set aside is only a kind and its
    period (:func:`kind_line`); a title whose other part says more stays whole."""
    title = without_kind_before(title)
    genitive = _GENITIVE_KIND.match(title)
    if genitive is not None and kind_line(_DECISION_AFTER.sub("", genitive.group("kind"))):
        end = _NOMINATIVE_END[genitive.group("end").casefold()]
        return genitive.group("name") + (end.upper() if genitive.group("end").isupper() else end)
    parts = _MATTER_SEPARATOR.split(title, maxsplit=1)
    return parts[0].strip() if len(parts) == 2 and kind_line(parts[1]) and len(parts[0].strip()) >= 4 else title


#: "X -hankkeen tilannekatsaus", "X kehittämishankkeen väliraportti", "X -projektets lägesrapport": the
#: project word in the genitive, then the report's kind; the name is the project word's base form.
_GENITIVE_KIND = re.compile(r"^(?P<name>.{3,120}?(?:hank|projekt))(?P<end>keen|in|ets)\s+(?P<kind>\S.*)$", re.I)
_NOMINATIVE_END = {"keen": "e", "in": "i", "ets": "et"}
#: What a minute does with the report after its kind: "… loppuraportti tiedoksi", "… för kännedom".
_DECISION_AFTER = re.compile(
    r"\s+(?:tiedoksi|tiedoksi saattaminen|merkitseminen tiedoksi|för kännedom)\s*$", re.I
)


#: A line that is only a report's kind and its period or number, whatever the kind's word:
#: "Osavuosikatsaus H1/2024", "Neljännesvuosiraportti Q3/2025", "Kvartalsrapport 2/2024".
_KIND_LINE = re.compile(
    r"^\s*(?:(?:hankkeen|projektin|toimintamallin|kokonaisuuden|projektets)\s+)?"
    r"[\w-]*(?:raportti|kuvaus|beskrivning|description|katsaus|rapport|report|översikt|muistio|promemoria|hakemus|ansökan|application"
    r"|seurantataulukko|raportointilomake|seurantalomake|uppföljningstabell|rapporteringsblankett)"
    r"(?:\s+(?:[QHqh]\d|\d{1,2}(?:[./–-]\d{1,4})*|(?:19|20)\d\d)[\w/.–-]*)*"
    r"(?:\s*\([^()]{0,100}\))?\s*$",  # an aside in brackets: "Tilannekatsaus (verkkolomakkeen tuloste 1.2.2025)"
    re.I,
)


def kind_line(text: str) -> bool:
    """A title line naming only the report's kind and period: no project's name."""
    return bool(_KIND_LINE.match(text.strip().strip("#*_ ")))


#: A page's mark at a line's end: "… Sivu 1/2", "… Sida 2 (5)", "… Page 1 of 3".
_PAGE_MARK_END = re.compile(r"\b(?:sivu|sida|page|s\.)\s*\d{1,3}\s*(?:/|\(|of\b|av\b)\s*\d{1,3}\)?\s*$", re.I)


def page_marked(text: str) -> bool:
    """A printout's running header or footer, ending in its page mark ("Sähköinen asiointi – lomakkeen
    tuloste   Sivu 1/2"): no title."""
    return _PAGE_MARK_END.search(text.strip()) is not None


#: A message's recipient that is a project's steering group: "To: steering group of X", "Till: Styrgruppen för
#: projektet X", "Vastaanottaja: X -hankkeen ohjausryhmä", "Vastaanottaja: X -ohjausryhmä", "Cc: X steering group"
#: (test27 i21; tune u2351).
_RECIPIENT = re.compile(
    r"^\s*(?:to|cc|till|kopia|vastaanottaja|mottagare|recipients?)\s*:\s*"
    r"(?:(?:the\s+)?(?:steering\s+group|project\s+board|management\s+group)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<en>(?-i:[A-ZÅÄÖ])[^<>,;:()]{2,80}?)(?:\s+project)?"
    r"|(?:styrgrupp(?:en)?|ledningsgrupp(?:en)?)\s+(?:för|i)\s+(?:projektet\s+)?(?P<sv>(?-i:[A-ZÅÄÖ])[^<>,;:()]{2,80}?)"
    r"|(?P<fi>(?-i:[A-ZÅÄÖ])[^<>,;:()]{2,80}?)(?:\s*-\s*|\s+)(?:hankkeen\s+|projektin\s+|project\s+)?"
    r"(?:ohjausryhmä|johtoryhmä|steering\s+group|project\s+board))"
    r"\s*(?:<[^<>]*>)?\s*$",
    re.I,
)


def recipient_body(text: str) -> str | None:
    """The project whose steering group a message's recipient line names (:data:`_RECIPIENT`), or None."""
    found = _RECIPIENT.match(text)
    if found is None:
        return None
    name = (found.group("en") or found.group("sv") or found.group("fi")).strip(" -")
    name = re.sub(r"\s*-?\s*(?:hankkeen|hanke)$", "", name, flags=re.I).strip(" -")
    return name if len(name) >= 4 and re.search(r"[A-Za-zÅÄÖåäö]{3}", name) else None


#: A value written as code's string: the whole of it in quotes, a comma after it (``hanke: "X",``); a name in
#: quotes of any style ("X", ”X”, «X», „X“, 'X').
_QUOTED = re.compile(r'^["“”„«»\'‘’]([^"“”„«»\n]{2,200}?)["“”»«\'’‘]\s*[,;]?\s*$|^\[\s+([^\[\]]{2,200}?)\s+\]$')


#: A title's part in quotes, alone or between separators: '"X" – tilanneraportti 2/2024', 'Lägesrapport: ”X”'; or
#: before or after the project's word (R19-18): '"X" -hanke', '«X»-hankkeen tilanneraportti', 'Projektet "X"', 'The "X"
#: project'.
_QUOTED_HEAD = re.compile(
    r'(?:^|(?<=:\s)|(?<=\s[–—|-]\s)|(?<=[Pp]rojektet\s)|(?<=\b[Tt]he\s))["“”„«»\'‘](?P<inner>[^"“”„«»\n]{2,200}?)["“”»\'’]'
    r"(?=\s+[–—|-]\s+|:\s|\s*$|\s?-(?:hank|projekt)|\s+(?:project|projekt)\b)"
)


def unquoted_head(text: str) -> str:
    """A title line with its name's quotes taken off ('"X" – tilanneraportti 2/2024' is 'X – tilanneraportti
    2/2024'): the quotes mark the name, no part of it."""
    return _QUOTED_HEAD.sub(r"\g<inner>", text.strip())


def unquoted(value: str) -> str:
    """A name field's value less the quotes and the comma of a record written as code (``projekt: "X",``
    in a hand-edited export, a YAML ``nimi: "X"``) or the box of a printed form's field (``[ X ]``); a value
    with a quoted word inside it stays whole."""
    quoted = _QUOTED.match(value.strip())
    return (quoted.group(1) or quoted.group(2)).strip() if quoted else value


#: A caption's matter after the part's name and a second colon: "Investointi 2: X: kustannukset koko hankeajalta",
#: "Delprojekt 1: X: kostnader 2024", "Work stream 2: X: costs to date" (test50 ou02; tune u2382). The matter is
#: the word itself with at most its period, unit or span after it; a subtitle that goes on from a word of the
#: same stem ("X: seurantamalli ikäihmisille", "X: goal-oriented rehabilitation") is the name's own (R22-15).
_MATTER_AFTER = re.compile(
    r":\s+(?=(?-i:[a-zåäö]))(?:kustannukset|kustannusarvio|kulut|menot|talous|budjetti|rahoitus|tavoitteet|"
    r"tilanne|seuranta|kostnader|kostnaderna|utgifter|ekonomi|budget|finansiering|målen|mål|läget|läge|"
    r"costs?|expenditure|spending|finances|funding|goals|objectives|targets|status|progress)(?![\w-])"
    r"(?:\s*(?:\([^()]{0,20}\)|\d[\d\s./–-]*|koko\s+hanke\w*|hankkeen\s+alusta|yhteensä|to\s+date|so\s+far|"
    r"in\s+total|hittills|totalt|för\s+hela\s+projekt\w*|(?:vuonna|vuosina|år|in)\s+\d{4}\S*))*\s*$",
    re.I,
)


def without_matter(name: str) -> str:
    """The name less a table's or section's matter after a colon (:data:`_MATTER_AFTER`)."""
    m = _MATTER_AFTER.search(name)
    return name[: m.start()].rstrip() if m is not None and m.start() else name
