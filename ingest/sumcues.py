"""The words of a sum in running text: its amount, and the cues saying it was granted or applied for.

Kept apart from ``facts/sums.py`` (which reads them into statements) so that a reader of names can
tell where a part's name ends and the clause of its sum begins ("Investointi 1: X hakee 300 000
euroa lisää", ``namecuts.without_money_clause``) without importing the extraction's context.
"""

from __future__ import annotations

import re

#: A sum in running text: "640 000 euroa", "1 200 000 €", "2,4 miljoonaa euroa", "1,2 miljoner euro", and in the
#: genitive, as the attribute of a noun: "14,8 miljoonan euron avustuksesta". A number starts where digits start
#: ("2024 100 000 €" is a year and 100 000 €, not 24 100 000 €) and has at most seven groups of three: searched
#: over a run of 10 000 digits or digit groups, each start otherwise rescanned the run (quadratic: R2, stop 41).
AMOUNT = (
    # the scale after a number grouped in thousands too ("1 200 t€", "2 150 t€": its first group is no label's)
    r"(?<!\d)(?P<amount>(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3}){1,6}(?:,\d+)?|\d{1,21}(?:,\d+)?)"
    # the scale in words too: "120 tuhatta euroa", "1 200 tusen euro", "1,2 Me" (M and the euro's letter)
    r"(?:\s*(?:milj\.?|miljoona\w*|miljoner\w*|miljon\w*|million|tuhatta|tusen|M(?=\s*(?:€|eur\b|e\b(?!-)))"
    r"|[tk](?=\s*(?:€|eur\b))))?)\s*"
    # the currency word in any case a sentence puts it in: "myönnetystä 1 200 000 eurosta", "nousee 640 000 euroon",
    # "1,25 miljoonasta eurosta", "av de beviljade 980 000 eurona"
    # "1 450 000 euros" too: an English number in Finnish grouping, as sumcues.nordic_numbers leaves "1,450,000 euros"
    r"(?:€|euro(?:a|n|na|lla|on|sta|ssa|ksi|ihin|ista|illa|s)?\b|eur\b"
    # the euro cut to its letter ("420 000 e."), not the prefix of an e-service ("kolmessa e-palvelussa")
    r"|e\b(?!-)"
    # the accountant's whole euros, a dash for the cents ("1 200 000,-", "1 200 000,- €"; Swedish "1 150 000:-")
    r"|[,:]-(?![\d-]))"
)
#: A sum whose currency stands before its number ("EUR 1,450,000", "€1.2m", "EUR 2.4 million", "€ 85 000"), and a
#: number in English grouping before the currency's word ("980,000 euros"): the number, its scale word, where.
_CURRENCY_FIRST = re.compile(
    r"(?<![\w€])(?:€|EUR|euro)\s?(?!(?:19|20)\d\d\b)(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?(?=\s*(?:million|m|mn)\b)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?:\s*(?P<scale>millions?|mn|m|milj\.|miljoonaa|miljoner|miljon|k|thousand)(?!\w))?(?!\d|[,.]\d)",
    re.I,
)
_ENGLISH_GROUPED = re.compile(
    r"(?<![\d,.])(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+(?=\s*millions?\b))"
    # the currency's word in any language and case ("980,000 euros", "1,380,000 euroa", "2,100,000 euro", "1,240,000
    # eurosta"): commas between thousands say the number is English whatever the words around it
    r"(?:\s*(?P<scale>millions?)\b)?\s*(?:euro(?:s|a|n|na|lla|on|sta|ssa|ksi|ihin|ista|illa)?\b|EUR\b|€)",
    re.I,
)


#: A number in English grouping that no Finnish or Swedish number is, decided from its own form: two commas between
#: thousands or more ("1,120,000", "2,100,000.50"), commas between thousands and a point before the decimals
#: ("1,420.50"), or one comma between thousands before the currency ("380,000 €", "45,000 euroa": no sum has three
#: decimals). "1,5 M€", "12,50 €", "0,250", a list of decimals "1,2, 3,4" and the broken "1,210,000,00" are not.
_ENGLISH_NUMBER = re.compile(
    r"(?<![\d.,])(?:[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?|[1-9]\d{0,2},\d{3}\.\d{1,2}"
    r"|[1-9]\d{0,2},\d{3}(?=\s?(?:€|EUR\b|euro)))(?![\d,]|\.\d)",
    re.I,
)


def nordic_numbers(text: str) -> str:
    """``text`` with each number in English grouping (``_ENGLISH_NUMBER``) written as a Finnish text prints it, in
    the same number of characters: "1,120,000 euroa" → "1 120 000 euroa", "1,420.50" → "1 420,50". Every reader of
    running text (a part's list line, a sentence's sum, a fact's value) then reads the one form it knows."""
    if "," not in text:
        return text
    return _ENGLISH_NUMBER.sub(lambda m: m.group().replace(",", " ").replace(".", ","), text)


def _finnish_number(number: str) -> str:
    """An English number as a Finnish text prints it: "1,450,000" → "1 450 000", "2.4" → "2,4"."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", number):
        return number.replace(",", " ").replace(".", ",")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", number):
        return number.replace(".", " ")  # "€ 1.200.000": points between thousands (R19-7)
    return number.replace(".", ",") if re.fullmatch(r"\d+\.\d+", number) else number


def _plain(m: re.Match[str]) -> str:
    said = (m.group("scale") or "").lower()
    if said in ("k", "thousand"):  # "€640k", "EUR 640 thousand": thousands (R16-1)
        return f"{_finnish_number(m.group('number'))} k€"
    scale = f" {said}" if said.startswith("milj") else " million" if said else ""
    return f"{_finnish_number(m.group('number'))}{scale} €"


def plain_sums(text: str) -> str:
    """``text`` with each sum written as the cues read it, its number first and the euro after it: a currency
    before its number in any language ("The project was granted EUR 1,450,000", "€1.2m", "Haettu lisärahoitus,
    € 85 000") and English grouping and decimals ("980,000 euros", "2.4 million euros") become "1 450 000 €",
    "1,2 million €", "85 000 €", "980 000 €", "2,4 million €". A number that is not one sum ("EUR 1,5" is
    one and a half) keeps its digits."""
    return _ENGLISH_GROUPED.sub(_plain, _CURRENCY_FIRST.sub(_plain, text))


#: Before a sum the words between its cue and it may skip: no bracket, and no group of one to three
#: digits, which would be the sum's own first group ("beviljat (2 100 000 euro)" is 2 100 000, not 100 000).
WHOLE_SUM = r"\(?" + "".join(
    rf"(?<![\s(]\d{{{n}}}{sep})" for n in (1, 2, 3) for sep in (" ", "\u00a0", "\u202f", "\\.")
)
GRANTED_SUM = re.compile(
    # a part's share of what was granted: "Osahankkeen osuus myönnetystä oli 540 000 euroa", "andel av det beviljade"
    r"(?P<cue>myönnet\w*\s+(?:valtion)?(?:avustu|rahoitu)\w*|rahoituspäätö\w*|\bosuus\s+myönnety\w*|"
    # a unit's share of the grant, said as a share or as allocated from it: "Työpaketin osuus hankkeen avustuksesta
    # on 980 000 €", "on osoitettu / kohdennettu hankkeen avustuksesta 240 000 euroa" (not of the sum applied for)
    r"\b(?:osuus|osoitettu|kohdennettu)\s+(?:(?!haett)\w+\s+){0,2}?(?:valtion)?(?:avustukse|rahoitukse)sta\b|"
    # allotted as a grant: "Osahankkeelle on kohdennettu avustusta 1 850 000 €"
    r"\b(?:osoitettu|kohdennettu)\s+(?:valtion)?(?:avustusta|rahoitusta)\b|"
    r"\bandel\s+av\s+(?:det\s+)?beviljade\w*|"
    r"\b(?:sai|saa|saanut|saivat)\s+(?:valtion)?(?:avustu|rahoitu)\w*)"
    r"[^.€\d]{0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + AMOUNT + r"|"
    # "STM myönsi hankkeelle 640 000 euroa valtionavustusta", "beviljade projektet 300 000 euro"
    r"(?P<cue2>myönsi\w*|myöntänyt|myönnettiin|on myönnetty|beviljade|har beviljat|har beviljats|beviljades|"
    # a funder finances the project with a sum: "STM rahoittaa hanketta 1 150 000 eurolla", "finansierar … med"
    r"\brahoitt(?:aa|i|avat|ivat)\b|\bfinansier(?:ar|ade)\b|"
    # the same in the passive, the funder named before "med" / "with": "Projektet finansieras av social- och
    # hälsovårdsministeriet med 640 000 euro", "is funded by the Ministry … with a grant of €1.9 million"
    # ("med egna medel", "med egen personal", "with its own funds": the payer's own money, no grant, R13-5)
    r"\bfinansiera(?:s|des)\s+av\s+[^.;:\d]{3,80}?\s+med\b(?!\s+(?:egna|egen|eget)\b)|"
    r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:funded|financed)\s+by\s+[^.;:\d]{3,80}?\s+with\b"
    r"(?!\s+(?:its|their)\s+own\b)|"
    r"\bbeviljat|\bbeviljats|\bbeviljas|\b(?:fick|får)(?=[^.]{0,80}(?:understöd|finansiering|bidrag))|"
    # gets a sum as a grant: "saa 3,4 miljoonaa euroa valtionavustusta", "får 3,4 miljoner euro i statsunderstöd"
    r"\bsaa(?:vat)?(?=[^.]{0,80}(?:avustu|rahoitu))|"
    # gets, or is allotted, a sum said right after the verb: "Työpaketti 2 sai 720 000 euroa", "Delprojekt 2 har
    # fått 1,2 miljoner euro av projektets finansiering", "on hankkeesta osoitettu 240 000 euroa"; allotting in
    # any tense: "osoitettiin", "kohdennettiin", "tilldelades", "har anvisats", "was allocated"
    r"\b(?:sai|saivat|saanut|har\s+fått|hade\s+fått|fick|osoitettu|kohdennettu|osoitettiin|kohdennettiin"
    r"|(?:(?:har|hade)\s+)?(?:tilldela(?:s|des|ts)|anvisa(?:s|des|ts))"
    r"|(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:allocated|allotted))(?=\s+(?:noin\s+)?\d)|"
    # a label of its own inside a line of sentences: "Haettava valtionavustus: 3 750 000 euroa. Aiemmin myönnetty:
    # 1 200 000 euroa."
    r"\b(?:myönnetty|beviljat|beviljade)\s*:(?=\s*\d)|"
    # the participle right before its sum, after a funder's name: "Rahoitus: STM, myönnetty 3 150 000 euroa"
    r"(?<=,\s)myönnetty(?=\s+\d))"
    # up to eight words between: a date, the decision, the receiver, the programme ("myönsi 10.4.2024
    # tekemällään päätöksellä X:n hyvinvointialueelle 2,4 miljoonaa euroa")
    r"\s+(?:\S+\s+){0,8}?" + WHOLE_SUM + AMOUNT.replace("?P<amount>", "?P<amount2>"),
    re.I,
)
#: A sum applied for in running text: "Hakemuksessa haettiin 2 650 000 €", "haki avustusta 3,1 milj. euroa",
#: "Haettava avustus 950 000 €", "sökte 400 000 euro": what the project asks the funder for; in a
#: minute's decision the infinitive too ("päättää hakea 1 900 000 euron valtionavustusta", "att ansöka om").
APPLIED_SUM = re.compile(
    r"(?P<cue>\bhaettiin|\bhaki(?:vat)?|\bon hakenut|\bhakee|\bhaetaan|\bhaettava\w*|\bsökte|\bhar sökt|\bansökte"
    r"|\bansöker|\bhakea|\bansöka om|\bhaettu (?:summa|määrä|avustus)|\bsökt(?:a)? belopp(?:et)?|\b(?:an)?söks"
    r"|\bappl(?:y|ies|ied|ying) for)\b"
    # up to six words between, or further when "yhteensä" binds the sum ("päätti hakea … hankkeelle
    # vuosille 2023–2025 yhteensä 13,4 milj. euroa")
    r"\s+(?:\S+\s+){0,6}?(?:(?:\S+\s+){0,10}?(?:yhteensä|sammanlagt|totalt|in total)\s+)?" + WHOLE_SUM + AMOUNT,
    re.I,
)


#: The words of a clause that say what its sum is, first match wins: returned, applied for, spent (no sum
#: of these kinds: "josta käytettiin 2 212 480 euroa"), granted, estimated. Read by ``facts/moneytext.py``
#: per clause of a sentence (the words since the sum before it), so that a sentence of two sums gives each
#: its own ("Investoinnille on myönnetty 1 640 000 € ja koko hankkeelle 12,9 milj. €").
CLAUSE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("returned", re.compile(r"palaut|återbetal|\bpaid back|\brepaid|\breturned\b|\brefund", re.I)),
    # an application by its noun too, alone or in a compound: "Muutoshakemus: 95 000 €", "Lisärahoitushakemus"
    (
        "applied",
        re.compile(
            # the verb in every person and tense ("haimme", "hain", "olemme hakeneet"), and its synonym "anoa"
            # ("anoimme", "anottiin", "anomus"); "begärde", "requested", "sought" a sum
            r"\bhaet|\bhaki|\bhake|\bhaemme|\bhai(?:mme|tte|n|t)\b|hakemus\b|\bano(?:i|imme|mme|taan|ttiin|ttu|mus|muks)\w*"
            r"|\bsök|\bansök|\bbegär|\banhöll|\bapplied|\bapplication|\bapply|\brequested\b|\bsought\b",
            re.I,
        ),
    ),
    (
        "spent",
        re.compile(r"\bkäytet|\btoteutu|\bkulu(?:i|nut)|\butfall|\bförbruk|\banvän[dt]|\bspent|\bused\b", re.I),
    ),
    (
        "granted",
        re.compile(
            r"myönn|myönt|avustu|rahoitu|kohdenne|osoitet|\bsai\b|\bsaanut|\bbevilj|understöd|\bbidrag|"
            # getting it in every person and tense: "saimme", "saatiin", "olemme saaneet", "we received", "got"
            r"\bsai(?:mme|tte|n|t|vat)\b|\bsaatiin\b|\bsaaneet\b|\breceived\b|\bgot\b|\bsecured\b|"
            r"finansiering|tilldela|\bfått|\bfick|\bgranted|\bgrant\b|\bawarded",
            re.I,
        ),
    ),
    (
        "estimate",
        # and a verb of estimating: "Vuodelle 2025 arvioidaan tarvittavan …", "beräknas kosta …", "estimated at"
        re.compile(
            r"kustannusarvio|budjet|\bbudget|kokonaiskustannu|kostnadsberäk|totala kostnad|\barvioi(?:daan|tiin)\b"
            r"|\barvioitu\w*|\bberäkna(?:s|des|t)\b|\buppskatta(?:s|des|t)\b|\bestimated\b"
            # set aside for a purpose: "on varattu 12 000 euroa", "har reserverats", "earmarked", "set aside"; not a
            # part's share of a sum before ("josta alahankkeelle A on varattu …", "varav …", "of which …")
            r"|^(?!.*\b(?:josta|joista|varav|of\s+which)\b).*?"
            r"(?:\bvarat(?:tu|tiin|aan)\b|\breserver\w*|\breserved\b|\bearmarked\b|\bset\s+aside\b)",
            re.I,
        ),
    ),
)
#: The granted sum named by its participle right before it, as the base of what the clause goes on to say was
#: spent of it: "Hankkeelle myönnetystä 1 200 000 eurosta on käytetty …", "myönnetyn 2,4 miljoonan euron
#: avustuksen", "Of the granted EUR 980,000 the project used …", "Av det beviljade understödet på 500 000 euro".
GRANTED_BASE = re.compile(
    r"\b(?:myönnety(?:stä|n|istä|jen)|myönnettyjen|saadu(?:sta|ista)|of\s+the\s+(?:\w+\s+)?granted"
    r"|av\s+(?:det|den|de)\s+beviljade(?:\s+\w+\s+på)?)\s*$",
    re.I,
)
#: A clause that only goes on from the one before: a coordinator or a share of it ("ja koko hankkeelle",
#: ", koko hankkeelle", "josta investoinnin osuus oli"): its sum is of the same kind.
CLAUSE_GOES_ON = re.compile(r"^\s*(?:,|ja\b|och\b|and\b|sekä\b)|\bosuus\b|\bandel\b", re.I)


#: The noun right after a sum, which the sum qualifies: "… euron avustuksesta", "… euro i statsunderstöd".
_QUALIFIED = re.compile(r"\s*(?:(?:i|som|in|as)\s+)?(?P<noun>\w+)", re.I)


def clause_kind(lead: str, before: str | None, after: str = "") -> str | None:
    """What a clause says its sum is, by the one list of such words (``sumcues.CLAUSE_KINDS``: returned,
    applied for, spent, granted, estimated; first match wins); a clause with none of them that only goes
    on from the clause before ("…, koko hankkeelle 8,9 milj. euroa", "josta mallin osuus on …", "varav
    delprojektets andel är …") is of the kind before it; else the noun the sum qualifies, right ``after`` it,
    says it ("hankkeen 3,7 miljoonan euron valtionavustuksesta", "2,9 miljoner euro i statsunderstöd")."""
    own = next((kind for kind, pattern in CLAUSE_KINDS if pattern.search(lead)), None)
    noun = _QUALIFIED.match(after)
    if own is None and noun is not None and not CLAUSE_GOES_ON.search(lead):
        own = next((kind for kind, pattern in CLAUSE_KINDS if pattern.search(noun.group("noun"))), None)
    if own is None and before is not None and CLAUSE_GOES_ON.search(lead):
        return before
    return own


#: Words saying money goes back to the funder (fi, sv, en): "palautetaan", "maksetaan takaisin", "peritään
#: takaisin", "återbetalas", "betalas tillbaka", "repaid", "paid back". The verb's forms only: "palaute",
#: "palautetta" (feedback) say no return.
RETURNED = re.compile(
    r"\bpalaute(?:taan|ttava\w*|ttiin|ttu\w*|tut|ttaisiin)\b|\bpalautta\w*|\bpalautus\w*"
    r"|\b(?:maks|peri)\w*\s+takaisin\b|\btakaisin(?:maks|peri)\w*"
    r"|\båterbetal\w*|\bbetala\w*\s+tillbaka|\båterför\w*|\båterkr[äa]v\w*"
    r"|\brefund\w*|\brepa(?:id|y|ys|yment)\b|\b(?:paid|pay)\s+back\b|\breturn\w*",
    re.I,
)


#: A sum per a span of time shorter than a year, after it: a salary, a fee or a rent ("3 050 euroa kuukaudessa",
#: "3 300 euro i månaden", "EUR 3,400 a month", "45 €/h", "120 euroa päivässä"), no sum of the project's money.
RATE_AFTER = re.compile(
    r"^\s*(?:/\s*(?:kk|kuukausi|kuukaudessa|kuussa|mån|månad|month|mo|h|t|tunti|vk|viikko|pv|päivä|day|vecka|dag)\b"
    r"|(?:kuukaudessa|kuussa|kuukausittain|viikossa|päivässä|tunnissa|tunnilta|päivältä|kuukaudelta"
    r"|i\s+månaden|per\s+(?:månad|vecka|dag|timme|month|week|day|hour)|i\s+timmen|om\s+dagen"
    r"|an?\s+(?:month|week|day|hour)|monthly|weekly|daily|hourly)\b)",
    re.I,
)
#: Another body's whole budget or pay, said before a sum: a municipality's, the county's or a city's budget
#: ("Kaupungin koko sosiaalitoimen budjetti on …", "Välfärdsområdets hela budget för 2025 är …", "the county's
#: whole budget", "kunnan talousarvio") or a salary ("joiden palkka on", "med en lön på", "at a salary of"): no
#: sum of the project, whatever verb the clause has.
NOT_PROJECT_MONEY = re.compile(
    r"\b(?:kaupungin|kunnan|kuntien|hyvinvointialueen|alueen|maakunnan|välfärdsområdets|kommunens|kommunernas"
    r"|stadens|regionens|landskapets|county'?s|city'?s|municipality'?s|municipalities'|region'?s|council'?s)"
    r"\s+(?:\w+\s+){0,3}?(?:talousarvio|budjet|budget|menot|utgifter|expenditure|spending)\w*"
    r"|\b(?:palk(?:ka|an|alla)|lön(?:en)?|salary|salaries)\b",
    re.I,
)


def not_project_money(lead: str, after: str) -> bool:
    """A sum whose clause says it is no money of the project: a rate per month, day or hour right ``after`` it,
    another body's budget or a salary in the words ``lead``ing to it."""
    return bool(RATE_AFTER.match(after) or NOT_PROJECT_MONEY.search(lead))


#: A caption of a part's money after its name: "talous 2024", "kustannukset 1–6/2025", "ekonomi", "kustannukset koko
#: hankeajalta", "costs to date" (its year or months, or a few words of its span in lower case).
_MONEY_CAPTION = re.compile(
    r"(?:talous|kustannukset|kulut|menot|rahoitus|budjetti|ekonomi|kostnader|utgifter|finances?|costs|spending|budget)"
    r"(?:\s+(?:(?:\d{1,2}\s*[–-]\s*\d{1,2}\s*/\s*)?(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?|(?-i:[a-zåäö]+))){0,4}",
    re.I,
)
#: A part's name and a caption after it, parted by a dash or a colon ("X – talous 2024", "X: kustannukset …").
_CAPTION_AFTER = re.compile(r"^(?P<name>\S.{2,100}?)(?:\s+[—–-]|:)\s+(?P<rest>\S.*)$")


def without_money_caption(name: str) -> str:
    """A part's name less the caption of its money after it ("Etäkotihoito – talous 2024", "Matalan kynnyksen
    palvelut: kustannukset koko hankeajalta", test48 os08, test50 ou02): the heading over a part's cost table names
    the part its word and number name, not a part of its own."""
    m = _CAPTION_AFTER.match(name)
    return m.group("name") if m is not None and _MONEY_CAPTION.fullmatch(m.group("rest")) else name
