"""Sums outside cost tables: a sum of running text with its cue, and a label row stating one.

"Kustannusarvio 76 000 €", "STM myönsi hankkeelle 640 000 euroa", "haettu summa oli 1,3 milj. euroa",
"42 t€ palautetaan": the amount in any grouping and scale (``sum_of``) and the words that say what
it is (``ESTIMATE_SUM``; ``GRANTED_SUM`` and ``APPLIED_SUM`` from ``sumcues.py``). Money (``money.py``) reads them from
sentences and owns them to the project or part; the returned sum of a label row ("Palautettava
avustus | 61 250 €") is read here from the ``statement-kind/returned`` concept's labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Span
from hankegraafi.ingest.facts.text import parse_amount
from hankegraafi.ingest.segment import Element, best_label, norm_label
from hankegraafi.ingest.sumcues import AMOUNT as AMOUNT
from hankegraafi.ingest.sumcues import APPLIED_SUM as APPLIED_SUM
from hankegraafi.ingest.sumcues import GRANTED_SUM as GRANTED_SUM
from hankegraafi.ontology import registry

_SCALE_WORD = re.compile(r"\s*(?:\bmiljoona\w*|\bmiljoner\w*|\bmiljon\w*|\bmillion|(?<=[\d\s])M)$", re.I)
#: Thousands written before the euro sign ("91 t€", "42 k€"): the sum in running text ends in the letter.
_THOUSAND_LETTER = re.compile(r"(?<=[\d\s])(?:[tk]|tuhatta|tusen)$", re.I)


#: A note in brackets after a sum's currency: "1 494 000 euroa (90 % kustannuksista)", "620 000 € (muutoshakemus
#: 9/2023)": what the sum is said of, no part of it.
_NOTE = re.compile(r"(€|\beur(?:oa|o)?\b)\s*\([^()]*\)\s*$", re.I)


def sum_of(raw: str) -> Decimal | None:
    """A sum of running text in euros, its scale word in any language multiplied out ("1,2 miljoner", "3,2 M€"),
    a note in brackets after its currency set aside."""
    return parse_amount(_THOUSAND_LETTER.sub("t€", _SCALE_WORD.sub(" milj.", _NOTE.sub(r"\1", raw.strip()))))


ESTIMATE_SUM = re.compile(
    r"(?P<cue>kustannusarvio|kokonaiskustannusarvio|arvioidut (?:kokonais)?kustannukset|kokonaisbudjetti|"
    r"kokonaiskustannukset|kostnadsberäkning|kostnadskalkyl|kostnadsförslag|totala kostnader|totalkostnad|"
    r"projektets (?:totala )?(?:total)?budget)\w*"
    # the words between, and a year or period they name ("Hankkeen kokonaisbudjetti 2022–2025 on …")
    r"(?:[^.€\d]|\b(?:19|20)\d\d\b){0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + AMOUNT,
    re.I,
)
#: Words before an estimate's word saying the sum was spent, not estimated.
SPENT = re.compile(r"\btoteutu\w*|\btoteuma\w*|\bkäytet\w*|\butfall\w*|\bfaktiska\b|\bförverkligade\b", re.I)
ESTIMATE_ITEM = re.compile(
    r"(?P<label>[A-ZÄÖÅ][\w -]{3,60}?)\s*[:\t]?\s+(?:n\.\s*|noin\s+)?" + AMOUNT + r"\.?$"
)


@cues.per_reading
def _returned_labels(scheme: str) -> dict[str, tuple[str, ...]]:
    """The labels of a row stating the sum returned ("Palautettava avustus", "Återbetalning"): the
    ``statement-kind/returned`` concept's, so a new spelling is one vocabulary line."""
    return {
        c.key: tuple(norm_label(f) for f in c.surface_forms())
        for c in registry.scheme(scheme)
        if c.key == "returned"
    }


#: A sum printed as money without its unit: thousands and cents ("52 400,00", "1.240.000,00"), as a sheet keeps it.
_CENTS = re.compile(r"-?\d{1,3}(?:[ .\u00a0]?\d{3})+,\d{2}")


def returned_rows(ctx: Context, element: Element) -> None:
    """Rows "Palautettava avustus | 61 250 €" of a table of basic data or financing: the unit's sum returned.

    The grant and the sum applied for of such a table are read by the parts family; the sum going
    back to the funder is kept as a statement of its own kind, once per unit, like one stated in prose.
    """
    unit = ctx.root or ctx.unit
    for row, line_no in zip(element.rows, element.row_lines, strict=False):
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or any(c.kind == "returned" for c in unit.costs):
            continue
        if best_label(norm_label(cells[0]), _returned_labels("statement-kind"), cutoff=0.9) is None:
            continue
        money = re.search(r"€|\beur", cells[1] + cells[0], re.I) or _CENTS.fullmatch(cells[1].strip())
        value = sum_of(cells[1]) if money else None
        if value is not None:
            span = Span(line_no, line_no, "\t".join(row))
            line = CostLine(cells[0], "total", None, {"budget": value}, span)
            unit.costs.append(CostStatement("EUR", "returned", None, [line], span, cue=cells[0]))


def clause_sum(text: str) -> tuple[str, Decimal] | None:
    """The kind and amount of a sum a part's line goes on to state after its name ("Investointi 1: X
    hakee 300 000 euroa lisää" applied, "Osahanke 2: Y sai valtionavustusta 90 000 euroa" granted):
    the name ends where the clause begins (``namecuts.without_money_clause``), the sum is the part's."""
    for kind, pattern in (("applied", APPLIED_SUM), ("granted", GRANTED_SUM)):
        m = pattern.search(text)
        raw = m and (m.groupdict().get("amount") or m.groupdict().get("amount2"))
        if raw and (value := sum_of(raw)) is not None:
            return kind, value
    return None


@cues.per_reading
def _sum_kind_labels(scheme: str) -> dict[str, tuple[str, ...]]:
    """Statement kind → the labels of a line stating that sum alone: the ``statement-kind`` concepts'
    of the sums a project is granted, applies for, estimates or returns ("Avustus", "Palautettava")."""
    return {
        c.key: tuple(norm_label(f) for f in c.surface_forms())
        for c in registry.scheme(scheme)
        if c.key in ("granted", "applied", "estimate", "returned")
    }


@cues.per_reading
def _own_share_labels(scheme: str) -> re.Pattern[str]:
    """A label's words that call a sum the project's own share (the ``own-share`` vocabulary), whole or as a
    compound's last word ("Hyvinvointialueen omarahoitus", "Egen finansiering")."""
    forms = sorted(
        {norm_label(f) for c in registry.scheme(scheme) for f in c.surface_forms()}, key=len, reverse=True
    )
    return re.compile(rf"(?:^|\s)\w*(?:{'|'.join(re.escape(f) for f in forms)})(?:\s|$)")


def _own_share_named(text: str) -> bool:
    """``text`` (a normalised label) names the project's own share: no sum of a kind (R17-15)."""
    return _own_share_labels("own-share").search(text) is not None


def own_share(lead: str) -> bool:
    """The words leading to a sum, from its clause's start, call it the project's own share ("Omarahoitus:",
    "- Hyvinvointialueen omarahoitus on", "Egen finansiering:"), which is no money of a kind; an own share named
    in a clause before the sum's ("Omarahoitus kattaa 20 %, ja STM myönsi …") or in a note in brackets
    ("Kokonaisbudjetti (sis. omarahoitus):", test37 oh12) is not the sum's."""
    clause = re.split(r"[,;]|\s(?:ja|och|and)\s", re.sub(r"\([^()]*\)?", " ", lead).rstrip(" :–-\t*_"))[-1]
    return _own_share_named(norm_label(clause))


#: What a sum's label says beside its kind: markup and a bullet ("**Ansökt tilläggsfinansiering:**",
#: "- Valtionavustus"), a note in brackets ("(hanke)", "(80 %)"), the years it covers, the whole's own words
#: ("Hankkeen", "koko hankkeen", "Projektets") and a total's word ("yhteensä", "totalt").
_LABEL_ASIDE = re.compile(
    r"[*_`#>|]+|^\s*[-–•·]\s*|\([^)]*\)?|\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2,4})?\b|"
    r"\b(?:koko|hela|hankkeen|hankkeelle|projektets|projektet|yhteensä|totalt|sammanlagt|total|in total)\b|[:;,]",
    re.I,
)
#: The shortest word of a kind's labels read as the head of a compound ("kokonais|avustus", "tilläggs|finansiering").
_HEAD = 5


@cues.per_reading
def _kind_words(scheme: str) -> tuple[dict[str, str], dict[str, str]]:
    """The words of the ``statement-kind`` labels of the sums outside tables: (word → the one kind whose labels
    hold it, one-word label → its kind). A word two kinds share ("avustus": granted and applied for) tells
    neither; a kind's one-word label ("Avustus", "Valtionavustus") is what a label of that head word alone is."""
    kinds: dict[str, set[str]] = {}
    alone: dict[str, str] = {}
    for c in registry.scheme(scheme):
        if c.key not in ("granted", "applied", "estimate", "returned"):
            continue
        for form in c.surface_forms():
            words = norm_label(form).split()
            for word in words:
                kinds.setdefault(word, set()).add(c.key)
            if len(words) == 1:
                alone.setdefault(words[0], c.key)
    return {w: next(iter(k)) for w, k in kinds.items() if len(k) == 1 and len(w) >= _HEAD}, alone


def _kind_of_word(word: str, words: dict[str, str]) -> str | None:
    """The kind a label's word names, whole or as a compound's head ("lisärahoitus", "kokonaisavustus")."""
    if word in words:
        return words[word]
    return next((k for w, k in words.items() if word.endswith(w) and len(word) > len(w)), None)


def sum_label_kind(
    label: str, kinds: tuple[str, ...] = ("granted", "applied", "estimate", "returned")
) -> str | None:
    """The statement kind a sum's label names, by its words: a label of the ``statement-kind`` vocabulary as
    printed or with its asides set aside (markup, a bullet, brackets, years, the whole's and a total's words:
    "**Myönnetty avustus yhteensä** (hanke)"), else the first word that only one kind's labels hold, whole or
    as a compound's head ("Ansökt tilläggsfinansiering" applied, "Beviljat understöd totalt" granted), else the
    last word as a kind's one-word label or its compound ("Hankkeen kokonaisavustus" granted). Reads the
    class of labels templates vary by a word (a whole's word, a compound), not one label. A label saying the
    sum was spent ("Toteutuneet kokonaiskustannukset", "Käytetty avustus") names no kind of these."""
    labels = {k: v for k, v in _sum_kind_labels("statement-kind").items() if k in kinds}
    text = norm_label(label)
    if SPENT.search(text) or own_share(label):
        return None
    if (kind := best_label(text, labels, cutoff=0.9)) is not None:
        return kind
    words = re.sub(r"\s+", " ", _LABEL_ASIDE.sub(" ", text)).strip(" -–").split()
    if not words:
        return None
    if (kind := best_label(" ".join(words), labels, cutoff=0.9)) is not None:
        return kind
    only, alone = _kind_words("statement-kind")
    for word in words:
        if (kind := _kind_of_word(word, only)) is not None:
            return kind if kind in kinds else None
    head = _kind_of_word(words[-1], alone) if len(words[-1]) >= _HEAD else None
    return head if head in kinds else None


#: A line that is a label and a sum, nothing else: "Avustus: 3 150 000 €", "Myönnetty 2,8 M€".
_LABEL_SUM = re.compile(
    r"(?P<label>[^\W\d_][^\d:]{2,40}?)\s*:?\s+(?P<sum>\d[\d \u00a0\u202f.,]*"
    r"(?:\s*(?:milj\.?|miljoonaa|miljoner|M|t|k))?\s*(?:€|euroa|euro|eur)\.?)",
    re.I,
)


#: A line's bullet and its label's emphasis.
_MARKUP = re.compile(r"^\s*[-–•·*]\s+|\*\*|__")


def labelled_sum(text: str, bare: Callable[[str], str] = str) -> tuple[str, Decimal] | None:
    """The kind and amount of a line that is a sum under its kind's label alone, as a fact box or a card
    prints it ("Avustus: 3 150 000 €", "Myönnetty 2,8 M€", "Palautettava 12 400 €"); an own share
    ("Omarahoitus: 350 000 €") or a cost item is no label of a statement kind, so none. A line the
    sentence cues read ("Myönnetty valtionavustus 420 000 €", "Kustannusarvio 76 000 €") is theirs."""
    # A list's bullet and a label's emphasis are no part of it ("- **Ansökt tilläggsfinansiering:** 95 000 euro").
    m = _LABEL_SUM.fullmatch(_MARKUP.sub("", text).strip())
    if m is None or any(p.search(text) for p in (GRANTED_SUM, APPLIED_SUM, ESTIMATE_SUM)):
        return None
    if not m.group("label")[0].isupper():
        return None  # a sentence's wrapped end ("…, koko kokonaisuuden avustus 7,8 milj. euroa."), no label
    # ``bare``: the label less a word the caller reads itself ("Investoinnille myönnetty": whose sum).
    kind = sum_label_kind(bare(m.group("label")))
    value = sum_of(m.group("sum").rstrip("."))
    return (kind, value) if kind is not None and value is not None else None
