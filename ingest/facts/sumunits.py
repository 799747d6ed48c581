"""Whose sum each clause states, in a document about one part of a whole.

Class read: a report, page or tab about one part (an investment, a sub-project, a toimintamalli of a
kokonaisuus) states the part's money and the whole's in one sentence or paragraph, and names each
unit by a common noun, not by its name or number: "Investoinnille myönnettiin 2 840 000 euroa. Koko
hankkeen avustus oli 11,6 milj. euroa.", "… avustus 1 078 000 euroa on osa hankkeen koko avustusta
(5 940 000 euroa)", "Mallille kohdennettu 540 000 euroa, koko kokonaisuuden avustus 7,8 milj. euroa",
"Delprojektet har tilldelats 310 000 euro av projektets sammanlagda statsunderstöd på 2,9 miljoner
euro". The sentence rules of ``money.py`` read one grant per unit and sentence and give it to the
unit whose text it stands in, which is the whole when no part heading began: the part's grant became
the whole's (and then ``subject`` took a table totalling it for the whole's) and the whole's own sum
was not read.

Here each sum of such a sentence is read with its clause (the words since the sum before it, from
the last semicolon): a clause naming the whole ("koko hankkeen", "hankkeen kokonais-", "hela
projektet", "projektets sammanlagda", "hankkeelle") gives its sum to the whole, one naming the part
by its word in any case without a number ("investoinnille", "osahankkeen", "delprojektet", "mallille",
the ``project-part`` vocabulary's words) to the part; the whole's bare noun ("Projektet beviljades …",
"hankkeen 3,7 miljoonan euron valtionavustuksesta") only where another clause names the part. Only a clause
that says what its sum is, by the one list of such words (``sumcues.clause_kind``: returned, applied for,
granted, estimated; not spent), or goes on from a clause that did ("…, koko hankkeelle 8,9 milj. euroa",
"varav delprojektets andel är …"), is read; a sum that totals one of the unit's tables is not read again. A document with several parts, or none, is left to the sentence rules: a common noun names no
one part there.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.partscopes import part_pattern
from hankegraafi.ingest.facts.partwords import from_scheme, match_part_line, part_words
from hankegraafi.ingest.facts.sums import sum_of
from hankegraafi.ingest.facts.text import sentences
from hankegraafi.ingest.segment import Element
from hankegraafi.ingest.sumcues import AMOUNT, clause_kind, plain_sums
from hankegraafi.ontology import registry

_AMOUNT = re.compile(AMOUNT, re.I)
#: A clause naming the whole project: "koko hankkeen" (not "koko hankeajalle": a period), "hankkeen koko
#: avustus", "hankkeen kokonaisavustus", "koko kokonaisuuden", "hela projektet", "projektets sammanlagda".
_WHOLE = re.compile(
    r"\b(?:koko|hela)\s+(?:hankkee\w*|hanke\b|kokonaisuu\w*|projekt\w*|helhet\w*)|"
    r"\bhankkeen\s+(?:koko|kokonais\w*)|\bprojektets\s+(?:hela|sammanlag\w*|totala|total\w*)|"
    r"\bhankkeelle\b|\bför\s+(?:hela\s+)?projektet\b|\bhankkeen\s+(?:yhteensä|kaikkiaan)\b|"
    r"\bthe\s+project's\s+(?:total|overall|whole)|\bthe\s+whole\s+project\b",
    re.I,
)
#: The whole named only by its bare noun: "Projektet beviljades 4,4 miljoner euro", "Hanke sai 2,1 milj. euroa",
#: "hankkeen 3,7 miljoonan euron valtionavustuksesta", "av projektets statsunderstöd på 2,9 miljoner euro". Weaker
#: than a part's noun in the same clause ("Inom projektet har delprojektet …"), and read only where another
#: clause of the sentence names the part.
_WHOLE_BARE = re.compile(r"\bprojektet\b|\bprojektets\b|\bhanke\b|\bhankkeen\b|\bthe\s+project\b", re.I)
#: A clause that gives the whole out of which the sum before it came: "… av projektets sammanlagt 2,1 miljoner",
#: "… of the project's total of 2.4 million", "… josta" is the other way round and not here.
_OUT_OF = re.compile(r"^\s*(?:av|of|out\s+of)\s", re.I)
#: The nouns of a toimintamalli page's own unit: "mallille", "toimintamallin", "modellen".
_MODEL = re.compile(r"\b(?:toiminta)?mall(?:i|in|ille|issa|ista|iin)\b|\bmodellen\b", re.I)


def _part_nouns(numbered: bool = False) -> re.Pattern[str]:
    """Any case of a part's word with no number after it: "investoinnille", "osahankkeen", "delprojektet"; with
    ``numbered``, with a number after it too ("för investering 3")."""

    def build(_: registry.Scheme) -> re.Pattern[str]:
        stems = set()
        for word, key in part_words().items():
            if key == "work-package" or " " in word or "-" in word:
                continue
            stems.add(word[:-3] if word.endswith("hanke") else word[:-2] if word.endswith("ti") else word[:-1])
        alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
        if numbered:
            return re.compile(rf"\b(?:{alternatives})\w*\b", re.I)
        return re.compile(rf"\b(?:{alternatives})\w*\b(?!\s+(?:\d|[A-H]\b|[IVX]{{1,4}}\b))", re.I)

    return from_scheme("project-part", "nouns-numbered" if numbered else "nouns", build)


def _units(ctx: Context) -> tuple[Project, Project, bool] | None:
    """(the part the document is about, its whole, whether the part is a toimintamalli), or None when
    the document has no one part: a model page's unit under its kokonaisuus, else the one part of the whole."""
    root = ctx.root
    if root is None:
        return None
    if root.parent is not None and root.parent.parent is None:
        return root, root.parent, True  # a toimintamalli or its tab, under its kokonaisuus
    parts = [p for p in ctx.projects if p is not root]
    if len(parts) != 1 or parts[0].parent is not root or root.parent is not None:
        return None
    return parts[0], root, False


def clauses(sentence: str) -> list[tuple[str, Decimal, str]]:
    """Each sum of a sentence with its clause (the words since the sum before it, from the last semicolon) and
    the words after it to the clause's end (a comma, a semicolon, the next sum)."""
    out: list[tuple[str, Decimal, str]] = []
    sentence = plain_sums(sentence)  # "€ 640 000", "EUR 1,450,000": the number first, as AMOUNT reads it (M1)
    found = list(_AMOUNT.finditer(sentence))
    start = 0
    for at, m in enumerate(found):
        lead = sentence[start : m.start()].rsplit(";", 1)[-1]
        start = m.end()
        tail = re.split(r"[,;]", sentence[m.end() : found[at + 1].start() if at + 1 < len(found) else None])[0]
        value = sum_of(m.group("amount"))  # "250 000 euron": the amount, whatever case the euro is in
        if value is not None:
            out.append((lead, value, tail))
    return out


def _by_number(lead: str, part: Project) -> bool:
    """The clause names the part by its own word and number ("osahanke 2, Y, on saanut", "work stream 3, Y,
    was granted")."""
    own = part.number or ((found := match_part_line(part.name)) is not None and found[2]) or ""
    return bool(own) and any(m.group("num") == own for m in part_pattern().finditer(lead))


def _owner(
    lead: str, part: Project, whole: Project, model: bool, tail: str = "", contrast: bool = False
) -> Project | None:
    if _WHOLE.search(lead):
        return whole
    if _part_nouns().search(lead) or (model and _MODEL.search(lead)) or (not model and _by_number(lead, part)):
        return part
    if contrast and _WHOLE_BARE.search(lead) and not _part_nouns(numbered=True).search(tail):
        # the whole by its bare noun where another clause names the part ("Projektet beviljades 4,4 miljoner
        # euro, varav delprojektets andel är …"); not "Projektet söker 280 000 euro för investering 3"
        return whole
    return None


def paragraphs(elements: list[Element], keep: bool = False) -> list[Element]:
    """The text and part lines with the lines that carry on their sentence joined to them: a PDF's or a
    wrapped text's paragraph comes as one line each ("In the X project, work stream 3, Y, was granted" /
    "EUR 310,000 out of …"); a line that ends a sentence ends its paragraph. With ``keep``, the other
    elements too, in their places."""
    out: list[Element] = []
    for element in elements:
        if element.type not in ("text", "part"):
            if keep:
                out.append(element)
            continue
        last = out[-1] if out else None
        if (
            last is not None
            and element.type == "text"
            and (last.type == "text" or not keep)
            and element.first == last.last + 1
            and not re.search(r"[.!?:]\s*$", last.text)
        ):
            out[-1] = Element(last.type, last.first, element.last, f"{last.text} {element.text.strip()}")
            continue
        out.append(element)
    return out


def _texts(ctx: Context) -> list[tuple[str, Span]]:
    """The running text of the document: its paragraphs, and the values of its fields."""
    out = []
    for element in paragraphs(ctx.seg.elements, keep=True):
        text = element.value if element.type == "field" else element.text if element.type == "text" else ""
        if text:
            out.append((" ".join(text.split()), Span(element.first, element.last, text)))
    return out


_KINDS = ("granted", "applied", "estimate", "returned")


def _money(unit: Project, kind: str | None = None) -> list[CostStatement]:
    """The unit's single sums, of ``kind`` or of any kind of money outside tables."""
    return [s for s in unit.costs if (s.kind == kind if kind else s.kind in _KINDS) and len(s.lines) == 1]


def _value(statement: CostStatement) -> Decimal | None:
    return next(iter(statement.lines[0].values.values()), None)


def _in_table(unit: Project, value: Decimal) -> bool:
    """The sum is a total of one of the unit's tables ("josta mallin osuus on arviolta 310 000 euroa" over the
    model's estimate table totalling 310 000): stated there, not a sum of its own."""
    return any(
        line.category == "total" and value in line.values.values()
        for s in unit.costs
        if len(s.lines) > 1
        for line in s.lines
    )


def file_sums(ctx: Context, units: tuple[Project, Project, bool] | None = None) -> None:
    """Each sum of a clause naming the part or the whole goes to that unit, moved or read anew; ``units``
    (part, whole, is a model) when the caller knows the document's part (``subject``)."""
    units = units or _units(ctx)
    if units is None:
        return
    part, whole, model = units
    for text, span in _texts(ctx):
        for sentence in sentences(text):
            said: Project | None = None  # the unit the sentence's last clause named
            kind: str | None = None  # the kind the sentence's last clause said
            said_parts = [bool(_part_nouns().search(lead)) for lead, _, _ in clauses(sentence)]
            for at, (lead, value, tail) in enumerate(clauses(sentence)):
                # an application's or a return's verb first: "söks statsunderstöd på …" is applied for; a sum
                # spent is none of these ("josta käytettiin 2 212 480 euroa")
                before = kind
                kind = clause_kind(lead, kind, tail)
                if kind is None and before is not None and _OUT_OF.match(lead):
                    kind = (
                        before  # "… beviljats 420 000 euro av projektets sammanlagt 2,1 miljoner": granted too
                    )
                # a clause naming no unit speaks of the one before it: "Delprojektet beviljades …; av dem
                # återbetalas 36 400 euro"
                contrast = any(named for other, named in enumerate(said_parts) if other != at)
                owner = said = _owner(lead, part, whole, model, tail, contrast) or said
                if owner is None or kind is None or kind == "spent":
                    continue
                other = whole if owner is part else part
                if any(_value(s) == value for s in _money(owner)):
                    continue  # read already as this unit's, of whatever kind
                moved = next((s for s in _money(other) if _value(s) == value), None)
                if moved is not None:
                    # the other unit's by the sentence rules, though the clause names this one: this one's,
                    # also when it totals this unit's table ("Delprojektet har beviljats 420 000 euro" over
                    # the part's table totalling 420 000)
                    other.costs.remove(moved)
                    owner.costs.append(moved)
                elif _in_table(owner, value):
                    continue  # a total of the unit's table: stated there, no sum of its own
                elif not _money(owner, kind):
                    line = CostLine(lead.strip(), "total", None, {"budget": value}, span)
                    owner.costs.append(CostStatement("EUR", kind, None, [line], span, cue=lead.strip()))
