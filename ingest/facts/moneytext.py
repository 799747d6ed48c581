"""Sums in running text: a plan's estimate, a sum granted or applied for, and whose sum each is.

Split from ``money.py`` (cost tables) by what it reads: sentences, not tables. "Kustannusarvio
76 000 €" is an estimate statement of the unit, "Myönnetty avustus 420 000 €" one of kind granted and
"Hakemuksessa haettiin 2 650 000 €" one of kind applied, each kept apart so that no sum adds a grant to
costs; ``owner`` tells whether a sentence speaks of a part or the whole. The cost categories of an
estimate's itemised lines come from ``money.cost_category``, passed in (money imports this module).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.partscopes import part_in_sentence
from hankegraafi.ingest.facts.partwords import part_stems
from hankegraafi.ingest.facts.sums import (
    APPLIED_SUM,
    ESTIMATE_ITEM,
    ESTIMATE_SUM,
    GRANTED_SUM,
    SPENT,
    labelled_sum,
    own_share,
    sum_label_kind,
    sum_of,
)
from hankegraafi.ingest.facts.text import BULLET, Chunk, parse_amount, sentences
from hankegraafi.ingest.segment import Element, norm_label
from hankegraafi.ingest.sumcues import (
    AMOUNT,
    CLAUSE_KINDS,
    GRANTED_BASE,
    clause_kind,
    not_project_money,
    plain_sums,
)
from hankegraafi.ontology import registry

#: A printed label's cost category key, or None (``money.cost_category``).
Categoriser = Callable[[str], str | None]


def _estimate(ctx: Context, chunk: Chunk, project: Project, itemised: bool, cost_category: Categoriser) -> None:
    """A plan's cost estimate ("Kustannusarvio 76 000€.") as an estimate statement of the unit.

    The total comes from a sentence that names the estimate; in a resources section
    ("Resurssit ja kustannusarvio") lines such as "Henkilöstökulut 40 000 €" are its items.
    """
    span = Span(chunk.first, chunk.last, chunk.text)
    _granted(ctx, chunk, project, span)
    _applied(ctx, chunk, project, span)
    items: list[CostLine] = []
    totals: list[CostLine] = []
    parts: list[tuple[str, str]] = []  # (piece, the sentence it came from)
    said = ""  # the sentence of the first total: whose estimate it is
    for sentence in sentences(chunk.text):
        m = ESTIMATE_SUM.search(sentence)
        # A list item and the total may share a line once the lines are joined.
        pieces = [sentence[: m.start()].strip(), sentence[m.start() :]] if m and m.start() else [sentence]
        parts += [(piece, sentence) for piece in pieces if piece]
    for sentence, whole in parts:
        m = ESTIMATE_SUM.search(sentence)
        if m and SPENT.search(whole[: max(whole.find(sentence), 0) + m.start()]):
            m = None  # "toteutuneet kokonaiskustannukset olivat …": what was spent, no estimate
        if m and _unit_only(sentence, m):
            m = None  # "Kustannusarvio kustannuslajeittain (1 000 €)": the table's unit, no sum
        if m and not_project_money(sentence[: m.start("amount")], sentence[m.end() :]):
            m = None  # "Kaupungin kokonaisbudjetti on 84 miljoonaa euroa": another body's budget
        if (
            m
            and re.search(r"\b(?:19|20)\d\d\b", sentence[m.end("cue") : m.start("amount")])
            and not _named(ctx, project)
        ):
            m = None  # "kokonaisbudjetti 2022–2025 on …" of a unit the text gives no name (``_named``)
        if m and (amount := sum_of(m.group("amount"))) is not None:
            totals.append(CostLine(m.group("cue"), "total", None, {"budget": amount}, span))
            said = said or whole
            continue
        item = ESTIMATE_ITEM.match(BULLET.sub("", sentence)) if itemised else None
        if item and (category := cost_category(item.group("label"))) not in (None, "total"):
            amount = parse_amount(item.group("amount"))
            if amount is not None:
                items.append(CostLine(item.group("label"), category, None, {"budget": amount}, span))
    if not items and not totals:
        return
    unit = owner(ctx, project, said)
    statement = next((c for c in unit.costs if c.kind == "estimate" and c.year is None), None)
    if statement is None:
        statement = CostStatement("EUR", "estimate", None, [], span, cue="kustannusarvio")
        unit.costs.append(statement)
    has_total = any(line.category == "total" for line in statement.lines)
    # Items first, the total last, as a cost table lists them; one total per estimate.
    statement.lines[len(statement.lines) - has_total : len(statement.lines) - has_total] = items
    if totals and not has_total:
        statement.lines.append(totals[0])


def _unit_only(sentence: str, m: re.Match[str]) -> bool:
    """The sum is a unit in brackets, "(1 000 €)" or "(1 000 000 euroa)": what a table's amounts count in."""
    before = sentence[: m.start("amount")].rstrip()
    after = sentence[m.end() :].lstrip()
    return before.endswith("(") and after.startswith(")") and sum_of(m.group("amount")) in (1000, 1_000_000)


def _granted(ctx: Context, chunk: Chunk, project: Project, span: Span) -> None:
    """A granted amount ("Myönnetty avustus 420 000 €") as a statement of kind granted.

    It is money a funder decided, not an estimate or a cost: kept apart so that no
    sum adds it to budgets or actual costs.
    """
    for sentence in sentences(chunk.text):
        m = GRANTED_SUM.search(sentence)
        if m is None or not_project_money(sentence[: m.start()], sentence[m.end() :]):
            continue
        if m.group("cue") and _unit_only(sentence, m):
            continue  # "Myönnetty avustus osittain (1 000 €)": the unit of the table under it
        unit = owner(ctx, project, sentence)
        if any(c.kind == "granted" for c in unit.costs):
            continue
        cue, raw = (
            (m.group("cue"), m.group("amount")) if m.group("cue") else (m.group("cue2"), m.group("amount2"))
        )
        if (amount := sum_of(raw)) is not None:
            line = CostLine(cue, "total", None, {"budget": amount}, span)
            unit.costs.append(CostStatement("EUR", "granted", None, [line], span, cue=cue))
            return


def _applied(ctx: Context, chunk: Chunk, project: Project, span: Span) -> None:
    """A sum applied for ("Hakemuksessa haettiin 2 650 000 €") as a statement of kind applied.

    What the project asked the funder for is neither its cost estimate nor the grant: a
    decision may state all three, and each is kept apart.
    """
    for sentence in sentences(chunk.text):
        m = APPLIED_SUM.search(sentence)
        if (
            m is None
            or ESTIMATE_SUM.search(sentence[: m.start()])
            or not_project_money(m.group(0), sentence[m.end() :])
            or _unit_only(sentence, m)  # "Haettava avustus investoinneittain (1 000 euroa)": a table's unit
        ):
            continue
        unit = owner(ctx, project, sentence)
        if any(c.kind == "applied" for c in unit.costs):
            continue
        if (amount := sum_of(m.group("amount"))) is not None:
            line = CostLine(m.group("cue"), "total", None, {"budget": amount}, span)
            unit.costs.append(CostStatement("EUR", "applied", None, [line], span, cue=m.group("cue")))


def of_part(text: str) -> bool:
    """A sum said of the part itself: "Osakokonaisuuden kustannusarvio on …", "För delprojektet beviljades …"
    (the inflected words of the ``project-part`` vocabulary's sub-projects)."""
    return bool(part_stems().search(text))


#: A sum said of the whole project from inside a part's text: "Hankkeelle myönnettiin …".
OF_WHOLE = re.compile(
    r"\b(?:hankkee(?:lle|n|seen|ssa|sta)|hanke|koko\s+hank\w*|projekti(?:lle|n|in)|projektet|projektets)\b",
    re.I,
)


#: A sentence naming the whole project in so many words: its sum is the whole's wherever it stands.
WHOLE_NAMED = re.compile(
    r"\b(?:hela|koko)\s+(?:projekt|hank)\w*|\bprojektets\s+total\w*|\bhankkeen\s+kokonais\w*|"
    r"\bför\s+projektet\b|\bhankkeelle\b",
    re.I,
)


def owner(ctx: Context, project: Project, text: str) -> Project:
    """Whose sum a sentence states: a sub-project's only when the sentence names the part, else the unit's.

    In the reporting tool a sub-project's text speaks of the investment's money; a plan's or
    a page's "Osakokonaisuuden kustannusarvio" or "delprojektet beviljades" speaks of the part.
    """
    named = part_in_sentence(ctx, text)  # "Investoinnille 3 (X) myönnettiin …": that part's, wherever it stands
    if named is not None:
        return named
    if of_part(text):
        return project
    if project.level != "subproject":
        # An investment's section ending in the whole's sums ("Hela projektets totala kostnader …").
        return (
            ctx.root
            if ctx.root is not None and project is not ctx.root and WHOLE_NAMED.search(text)
            else project
        )
    if ctx.unit is project and ctx.root is not None and OF_WHOLE.search(text):
        return ctx.root  # a part that reports on its own, and a sentence about the whole
    return ctx.unit


def read_chunks(ctx: Context, chunks: list[Chunk], project: Project, cost_category: Categoriser) -> None:
    """The sums of a section's running text, each a statement of its owner."""
    for chunk in chunks:
        chunk = _plain(chunk)  # "EUR 1,450,000", "€1.2m": the number first, the euro after it
        _estimate(ctx, chunk, project, ctx.section == "resources", cost_category)
        _clause_sums(ctx, chunk, project)
        _sum_under_label(ctx, chunk, project)


#: A paragraph that is a sum alone: "1 200 000 €", "EUR 1,200,000" once written number first.
_BARE_SUM = re.compile(r"\s*(?:noin\s+|n\.\s*|ca\.?\s+|about\s+)?" + AMOUNT + r"\.?\s*", re.I)
#: A label line's markup: a heading's hashes, emphasis, a colon after it.
_LABEL_MARKUP = re.compile(r"^\s*#{1,6}\s+|\*\*|__|[:：]\s*$")
#: How many blank lines may stand between a sum's label and the sum.
_LABEL_GAP = 2


def _sum_under_label(ctx: Context, chunk: Chunk, project: Project) -> None:
    """A sum alone in its paragraph under a line that is a sum's label alone, a heading, a bold line or a line
    of text with a blank line between ("## Myönnetty avustus" / "" / "1 200 000 €", "<h3>Beviljat bidrag</h3>
    <p>1 200 000 €</p>", as project pages print their fields; R18-1): the sum of the label's kind
    (``sums.sum_label_kind``), read as the label's line right over it is."""
    m = _BARE_SUM.fullmatch(chunk.text)
    if m is None or (value := sum_of(m.group("amount"))) is None or value in (1000, 1_000_000):
        return
    above = ctx.line_texts(max(chunk.first - 1 - _LABEL_GAP, 1), chunk.first - 1)
    while above and not above[-1].strip():
        above.pop()
    if not above or len(above[-1]) > 80 or re.search(r"\d", above[-1]):
        return
    label = _LABEL_MARKUP.sub("", above[-1]).strip(" *_#\t")
    kind = sum_label_kind(label) if label and label[0].isupper() and not own_share(label) else None
    if kind not in _MONEY_KINDS:
        return
    unit = owner(ctx, project, label)
    if any(c.kind == kind for c in unit.costs):
        return
    span = chunk.span
    unit.costs.append(
        CostStatement(
            "EUR", kind, None, [CostLine(label, "total", None, {"budget": value}, span)], span, cue=label
        )
    )


def _plain(chunk: Chunk) -> Chunk:
    """The chunk with its sums written number first (``sumcues.plain_sums``); the same chunk when it has none."""
    text = plain_sums(chunk.text)
    return chunk if text == chunk.text else dataclasses.replace(chunk, text=text)


def read_fields(ctx: Context, cost_category: Categoriser) -> None:
    """The sums in the values of a document's fields, read as its running text is: "Rahoitus: STM, myönnetty
    3 150 000 euroa", "Finansiering: Projektet har beviljats 2,9 miljoner euro. Välfärdsområdet ansöker om
    ytterligare 150 000 euro för år 2025." A field's value is no paragraph of a section (the walk hands fields
    to the families that read them by key), so its sums were read only where a family asked for its key; run
    at the document's end, a sum read already as any unit's is left alone (``_clause_sums``)."""
    project = ctx.root
    if project is None or not _named(ctx, project):
        return
    for element in ctx.seg.elements:
        value = plain_sums(element.value) if element.type == "field" and element.value else ""
        if not _AMOUNT.search(value):
            continue
        chunk = Chunk(" ".join(value.split()), element.first, element.last, False, False)
        _estimate(ctx, chunk, project, False, cost_category)
        _clause_sums(ctx, chunk, project)
        # a field whose key is the sum's label ("Granted funding: EUR 1,250,000", "Beviljad finansiering: 980 000 €"),
        # its value the sum alone: the key names the kind, as a fact box's line does (sums.labelled_sum)
        said = labelled_sum(f"{element.key}: {value}") if element.key else None
        if (
            said is not None
            and said[0] in ("granted", "applied")
            and all(c.kind != said[0] for c in project.costs)
        ):
            line = CostLine(element.key, "total", None, {"budget": said[1]}, chunk.span)
            project.costs.append(CostStatement("EUR", said[0], None, [line], chunk.span, cue=element.key))


def read_cells(ctx: Context, element: Element, cost_category: Categoriser) -> None:
    """The sums in the sentences of a card's value cells, read as its running text is: a table of labels and
    values ("| Funding | The project has been granted EUR 1.2 million. The county covers the rest. |", "Rahoitus |
    STM myönsi hankkeelle 640 000 euroa"). A value of a few words ("| Avustus | 3 150 000 € |") is the label
    rows' (``sumrows``); a sentence of four words or more with a sum is running text in a cell."""
    project = ctx.root
    if project is None or not _named(ctx, project):
        return
    for row, line_no in zip(element.rows, element.row_lines, strict=False):
        cells = [c for c in row if c.strip()]
        if len(cells) != 2 or len(cells[1].split()) < 4:
            continue
        value = plain_sums(" ".join(cells[1].split()))
        if not _AMOUNT.search(value):
            continue
        chunk = Chunk(value, line_no, line_no, False, False)
        _estimate(ctx, chunk, project, False, cost_category)
        _clause_sums(ctx, chunk, project)


def _named(ctx: Context, unit: Project) -> bool:
    """The unit has a name of its own from the text: not the file's name (no name was found), nor a thing the
    vocabularies know (a national service, an organisation: a name read from the wrong line). A sum read only by
    the words of its clause is held back from such a unit: where the name is wrong, so is the sum's owner."""
    if unit.name == ctx.doc.file_name.rsplit(".", 1)[0] or _SENTENCE_NAME.search(unit.name):
        return False
    if _role_or_title_kind(unit.name):
        return False
    return ctx.gaz.lookup(unit.name) is None


@cues.per_reading
def _role_and_kind_labels(_scheme: str) -> frozenset[str]:
    """The labels of the roles people and bodies have ("Coordinator", "Projektledare") and of the kinds a title
    names ("Project card", "Lägesrapport"), normalised."""
    known = registry.schemes()
    return frozenset(
        norm_label(form)
        for scheme in ("role", "document-kind", "title-kind")
        if scheme in known  # the kinds a title names, where the vocabulary has them
        for concept in registry.scheme(scheme)
        for form in concept.surface_forms()
    )


#: A project's own word before a role ("Project coordinator", "Hankekoordinaattori" is one word).
_PROJECT_WORD = re.compile(r"^(?:project|projekt|hanke|hankkeen|projektets)\s+", re.I)


def _role_or_title_kind(name: str) -> bool:
    """A "name" that is a role ("Project coordinator", a signature's line) or a title's kind before a colon
    ("Project card: X"): read from the wrong line, no name of a project."""
    labels = _role_and_kind_labels("role")
    head = name.split(":", 1)[0] if ":" in name else None
    bare = norm_label(_PROJECT_WORD.sub("", name))
    return bare in labels or (head is not None and norm_label(head) in labels)


#: A "name" that is a line of text read for one: it holds a sum, a sentence's end before more words, or ends in a
#: colon ("thank you for yesterday's meeting. The main points:", "The ministry granted EUR 2,400,000 to …").
_SENTENCE_NAME = re.compile(r"\d[\d ,.]*\s*(?:€|eur\b|euro)|(?:€|\beur)\s?\d|[a-zåäö]{3}[.!?]\s+\S|:\s*$", re.I)


_AMOUNT = re.compile(AMOUNT, re.I)
_MONEY_KINDS = ("granted", "applied", "estimate", "returned")
#: How far after a sum its clause's words are read: each sum read the rest of its line, so a line of many sums no
#: money row takes was quadratic (R3, stop 42: 1 000 sums in a line 10 s, a piece of 10 000 characters 12 s).
CLAUSE_REACH = 300


def _clause_sums(ctx: Context, chunk: Chunk, project: Project) -> None:
    """Sums the cue patterns above leave unread, each by the words of its own clause (the words since the sum
    before it; ``sumcues.clause_kind``, one list of such words): a grant said by its noun ("Hankkeen
    kokonaisavustus on 9 800 000 euroa", "koko hankkeen valtionavustus on 20,1 miljoonaa euroa"); a sentence's
    second sum that only goes on from the first, naming the whole ("Investoinnille on myönnetty 1 640 000 € ja
    koko hankkeelle 12,9 milj. €"), of the first's kind; a label and its colon ("Lisärahoitushakemus: 210 000
    €"), or its currency before the number on a line of its own ("Myönnetty avustus yhteensä (€) 2 480 000");
    and any other clause whose words before or after its sum say its kind ("haemme STM:ltä 180 000 euron
    lisäavustusta", "Vuodelle 2025 arvioidaan tarvittavan 410 000 euroa"), the unit it names its owner. A sum
    in brackets (a unit "(1 000 €)", a note), one whose owner's words follow it, one moved between parts, and a
    sum read already as any unit's are left alone, as is a unit's second sum of one kind."""
    span = Span(chunk.first, chunk.last, chunk.text)
    seen = {
        value
        for unit in ctx.projects
        for statement in unit.costs
        if statement.kind in _MONEY_KINDS
        for line in statement.lines
        for value in line.values.values()
    }
    for text in ctx.line_texts(chunk.first, chunk.last) if chunk.last - chunk.first < 40 else []:
        if (row := _UNIT_LABEL.match(text.strip(" *\t"))) and (value := sum_of(row.group("amount") + " €")):
            # a label with its currency before the number: "Myönnetty avustus yhteensä (€) 2 480 000"
            labelled = clause_kind(row.group("label"), None)
            unit = owner(ctx, project, row.group("label"))
            if (
                labelled in _MONEY_KINDS
                and value not in seen
                and not any(c.kind == labelled for c in unit.costs)
            ):
                line = CostLine(row.group("label"), "total", None, {"budget": value}, span)
                unit.costs.append(CostStatement("EUR", labelled, None, [line], span, cue=row.group("label")))
                seen.add(value)
    for sentence in sentences(chunk.text):
        start = 0
        kind: str | None = None
        for m in _AMOUNT.finditer(sentence):
            lead = sentence[start : m.start()].rsplit(";", 1)[-1]
            rest = sentence[m.end() : m.end() + CLAUSE_REACH]  # each sum's words near it, not the line's rest
            after = re.split(r"[,.;]", rest, maxsplit=1)[0]
            start = m.end()
            before = kind
            kind = next((k for k, pattern in CLAUSE_KINDS if pattern.search(lead)), None)
            value = sum_of(m.group("amount"))
            if (
                not value
                or value in seen
                or lead.rstrip().endswith("(")
                or of_part(after)
                or WHOLE_NAMED.search(after)
                or not_project_money(lead, rest)
                or own_share(lead)
            ):
                continue
            if _GRANT_NOUN.search(lead) and not of_part(lead):
                whole = _whole(ctx) if _WHOLE_WORDS.search(lead) else None
                unit, said = whole or owner(ctx, project, lead), "granted"
            elif (
                before is not None and before in _MONEY_KINDS and _GOES_ON_TO_WHOLE.fullmatch(lead) and ctx.root
            ):
                unit, said = ctx.root, before
                kind = before
            elif (label := _LABEL.search(lead)) and (labelled := clause_kind(label.group("label"), None)) in (
                _MONEY_KINDS
            ):
                # a label of its own, in a line or inside a run of sentences: "Valtionavustus (STM): 2 480 000 €",
                # "Ansökt tilläggsunderstöd: 95 000 euro", "Muutoshakemus: 95 000 € (vireillä)"
                unit, said = owner(ctx, project, lead), labelled
            elif (
                (
                    stated := "granted"
                    if GRANTED_BASE.search(lead)
                    else clause_kind(lead.rsplit(":", 1)[-1] + " " + _NOTE.sub("", after), before, rest)
                )
                in _MONEY_KINDS
                and not _moved(lead, after)
                and not _SHARE_OR_REST.search(lead + " " + after)
                and lead.count("(") <= lead.count(")")  # a sum in a note: "(budjetti 2 310 000 €)"
                and not _for_whom(rest)
            ):
                # any other clause whose own words, before or after its sum (from a label's colon to the clause's
                # end), say what its sum is, the unit it names its owner: "haemme STM:ltä 180 000 euron
                # lisäavustusta", "Av projektets medel har Delprojekt 2: X fått 640 000 euro", "Vuodelle 2025
                # arvioidaan tarvittavan 410 000 euroa", "Käyttämättä jäänyt avustus 88 410 € palautetaan"
                # (returned). Not a sum moved between parts ("Haemme lupaa siirtää 180 000 euroa …"), nor one
                # for a beneficiary named after it that no unit's words name ("söker 280 000 euro … för")
                unit, said = owner(ctx, project, lead), stated
                if not _named(ctx, unit) or (_PART_NAMED_EN.search(lead) and unit.parent is None):
                    continue  # "work stream 3, X, was granted EUR 310,000": a part's sum, not the whole's
            else:
                continue
            if any(c.kind == said for c in unit.costs):
                continue
            cue = lead.strip(" ,")[-60:]
            line = CostLine(cue, "total", None, {"budget": value}, span)
            unit.costs.append(CostStatement("EUR", said, None, [line], span, cue=cue))
            seen.add(value)


#: A clause that ends in a grant's noun and its verb of being: "Hankkeen kokonaisavustus on", "STM:n
#: myöntämä avustus on", "projektets statsunderstöd är".
_GRANT_NOUN = re.compile(
    # the noun, or its genitive and a noun of its size ("Valtionavustuksen suuruus", "understödets belopp")
    r"\b\w*(?:(?:avustus|rahoitus|understöd|bidrag)\w*|(?:avustuksen|rahoituksen|understödets|bidragets)"
    r"\s+(?:suuruus|määrä|summa|kokonaismäärä|storlek|belopp))"
    r"\s+(?:on|oli|olisi|är|var|uppgår till)\s*(?:yhteensä\s+|noin\s+|totalt\s+)?$",
    re.I,
)
#: A clause that is a label and its colon, the sum its value: "Valtionavustus (STM):", "Sökt tilläggsunderstöd:",
#: "EU- ja valtion rahoitus (80 %):" (no sentence's end inside it, a few words long).
_LABEL = re.compile(r"(?:^|[.!?]\s)\s*(?P<label>[^.!?:;]{3,60}?)\s*:\s*$")
#: A clause moving money between units, no sum granted or applied for of its own: "siirtää", "siirto",
#: "flytta", "omfördela", "överföra", "transfer", "reallocate".
_MOVED = re.compile(r"\bsiirt|\bsiirr|\bflytt|\bomfördel|\növerför|\btransfer|\brealloca", re.I)
#: A budget a sum is moved out of, said after the sum: "… av investering 3:s budget flyttas till …".
_BUDGET = re.compile(r"\bbud[gj]et|\bmäärärah|\banslag", re.I)


def _moved(lead: str, after: str) -> bool:
    """A sum moved between units: the clause before it moves it ("Haemme lupaa siirtää 180 000 euroa"), or the
    words after it move it out of a budget ("25 000 euro av investering 3:s budget flyttas till investering 1").
    A sum for spreading a model ("… euroa mallin siirtoon muille alueille") names no budget it leaves."""
    return _MOVED.search(lead) is not None or (
        _MOVED.search(after) is not None and _BUDGET.search(after) is not None
    )


#: A share of a grant, or what is left of it: "Avustuksesta on 40 000 euroa jäljellä", "… kvar av understödet".
_SHARE_OR_REST = re.compile(
    r"\b\w*(?:avustukse|rahoitukse)sta\b|\bav\s+(?:\w+\s+)?(?:understöd|bidrag|finansiering)\w*|\bjäljellä\b"
    r"|\bkvar\b|\bremaining\b|\bleft\b",
    re.I,
)
#: A note in brackets after a sum ("1 120 400 € (budjetti 2 310 000 €)"): another sum's words, not this one's.
_NOTE = re.compile(r"\([^()]*\)?")
#: A sum for a beneficiary named after it: "… 280 000 euro i tilläggsfinansiering för", "… for"; not for the years
#: it covers ("EUR 940,000 for 2024–2026", "för åren 2024–2025").
_FOR_WHOM = re.compile(
    r"^[^.;]*?\b(?:för|for)\b(?:\s+(?:(?:the|det|den|de)\s+)?(?P<next>\S+))?",
    re.I,
)


def _for_whom(rest: str) -> bool:
    """The words after a sum name who it is for: "för"/"for" before a name ("för Delprojekt 3", "for Work package
    2") or a part's word ("för delprojektet"); not before the years it covers ("for 2024–2026") or a purpose
    ("for the interpreters")."""
    m = _FOR_WHOM.search(rest)
    if m is None:
        return False
    word = m.group("next")
    if word is None:
        return True  # "… för" at the line's end: the beneficiary on the next line, a part's line of its own
    return word[:1].isupper() or bool(part_stems().match(word)) or bool(_PART_WORD_EN.match(word))


#: An English part's word and number in a clause ("work stream 3", "work package 2", "sub-project 1"): its sum is
#: that part's, never the whole's.
_PART_NAMED_EN = re.compile(r"\b(?:work\s*(?:stream|package)|sub-?project)\s+\d", re.I)
#: Words of a part after "for" that the sub-project stems do not hold: an investment's ("för investering 3",
#: "investoinnille"), English ones ("for work package 2", "for the sub-project").
_PART_WORD_EN = re.compile(
    r"(?:investering|investoin|investment|work\b|sub-?project|subproject|workstream|part\b)", re.I
)
#: A line of a label whose currency stands before its number: "Myönnetty avustus yhteensä (€) 2 480 000", "Haettu
#: lisärahoitus, € 85 000", "Beviljat understöd (euro): 640 000".
_UNIT_LABEL = re.compile(
    r"(?P<label>[^\d:;()]{3,60}?)\s*(?:\((?:€|eur|euroa|euro)\)|,\s*(?:€|eur|euroa))\s*:?\s*"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d{4,}(?:,\d+)?)$",
    re.I,
)
#: A clause that only goes on from the sum before it to the whole: "ja koko hankkeelle", ", hela projektet".
_GOES_ON_TO_WHOLE = re.compile(
    r"\s*(?:,\s*)?(?:ja|och|sekä|and)?\s*(?:koko\s+hankkeelle|koko\s+kokonaisuudelle|hela\s+projektet|för\s+hela\s+projektet)\s*",
    re.I,
)
#: A clause naming the whole: "Kokonaisuuden avustus", "koko hankkeen valtionavustus", "hela projektets".
_WHOLE_WORDS = re.compile(
    r"\bkokonaisuu\w*|\bkoko\s+hank\w*|\bhela\s+projekt\w*|\bhankkeen\s+kokonais\w*", re.I
)


def _whole(ctx: Context) -> Project | None:
    """The whole a document's unit belongs to: a toimintamalli page's kokonaisuus, else the root."""
    root = ctx.root
    if root is not None and root.parent is not None and root.parent.parent is None:
        return root.parent
    return root
