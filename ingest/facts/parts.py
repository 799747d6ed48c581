"""Parts named with their money: investments listed in a decision, a web page or a cost table (the tables:
``parttables.py``).

Outside the reporting tool a project's investments are not headings that the text
below belongs to but items of a list: "- Investointi 1: Hoitotakuu" on a county's
page, "Investointi 1: Palvelujen saatavuus 900 000 euroa" in a board's minutes, a
table "Investointi | Myönnetty (€)", or a plan's cost estimate with one column per
investment and a total column. Each listed investment becomes a part of the
project (not the current part, so the text after the list still belongs to the
whole), and a sum beside it a statement of what was granted or applied for.
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.money import GRANTED_SUM, of_part
from hankegraafi.ingest.facts.partends import wholes_back
from hankegraafi.ingest.facts.partfieldrows import split_part_rows
from hankegraafi.ingest.facts.partkeys import made_declared, read_keyed_parts
from hankegraafi.ingest.facts.partlines import read_part_lines
from hankegraafi.ingest.facts.partlists import name_own_parts, read_lists, read_own_word_parts
from hankegraafi.ingest.facts.partmodels import name_listed_models, read_model_cards
from hankegraafi.ingest.facts.partnames import name_in_apposition, read_named_lists
from hankegraafi.ingest.facts.partscopes import refile
from hankegraafi.ingest.facts.partshort import keyed_work_packages, read_short_parts
from hankegraafi.ingest.facts.partslead import file_under_lead_part
from hankegraafi.ingest.facts.parttables import APPLIED, GRANTED, listed, listed_part, money_kind, read_table
from hankegraafi.ingest.facts.partwords import judged_goal, reporting_words
from hankegraafi.ingest.facts.subject import file_under_head_part, file_under_subject
from hankegraafi.ingest.facts.sumrows import amount, line_sum, money_statement
from hankegraafi.ingest.facts.sums import clause_sum
from hankegraafi.ingest.facts.sumunits import file_sums
from hankegraafi.ingest.facts.text import Chunk, sentences
from hankegraafi.ingest.namecuts import without_clause
from hankegraafi.ingest.segment import Element

#: A sum at the end of a part's name: "Digitaaliset palvelut 520 000 euroa".
_TRAILING_SUM = re.compile(
    r"[\s:,–-]+(?P<amount>(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?:\s*(?:milj\.?|miljoonaa|miljoner|M)(?=\s*(?:€|eur)))?)\s*(?:€|euroa|euro|eur)\.?\s*$",
    re.I,
)

#: A sum of the whole project in running text: its total estimate, what was applied for or granted.
_WHOLE_SUM = re.compile(
    r"(?P<cue>\b(?:koko\s+)?hankkeen\s+(?:kokonais)?(?:kustannusarvio|kustannukset|budjetti)\w*|"
    r"\bvaltionavustu\w*\s+myönnettiin|\bmyönnettiin\b[^.]{0,60}?\bvaltionavustu\w*|\bhaettava\s+(?:valtion)?avustus|"
    r"\bhakea\b[^.]{0,120}?\bvaltionavustu\w*|^\s*yhteensä\b|\bbeviljades\b|"
    r"\b(?:on|ovat)\s+myöntänyt\b[^.]{0,60}?\bvaltionavustu\w*|\bhaki\s+(?:valtion)?avustusta\b)[^.€\d]{0,120}?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3},\d{1,2}\s*milj\.?(?:oonaa)?)\s*(?:€|euroa|euro|eur)\b",
    re.I,
)


def _whole_sums(ctx: Context, chunk: Chunk) -> None:
    """A sentence stating the whole project's total, application or grant gives the whole's statement."""
    whole = ctx.root
    if whole is None:
        return
    for m in _WHOLE_SUM.finditer(chunk.text):
        value = amount(m.group("amount"))
        said = chunk.text[chunk.text.rfind(". ", 0, m.start()) + 1 : m.end()]
        if value is None or of_part(said):
            continue  # "För delprojektet beviljades 380 000 euro": the part's, not the whole's
        before, after = chunk.text[: m.start("amount")].rstrip(), chunk.text[m.end() :]
        if before.endswith("(") and after.startswith(")") and value in (1000, 1_000_000):
            continue  # "Haettava avustus investoinneittain (1 000 euroa)": the unit of the table under it
        cue = m.group("cue")
        kind = "granted" if GRANTED.search(cue) else "applied" if APPLIED.search(cue) else "estimate"
        money_statement(whole, kind, value, cue.strip(), chunk.span)


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """List items naming investments ("- Investointi 2: Digitaaliset palvelut") are parts of the whole,
    and so is a part a sentence names with its money ("Investointi 2: X hakee 410 000 euroa lisää.")."""
    for chunk in chunks:
        _whole_sums(ctx, chunk)
        line_sum(ctx, chunk)  # a fact box's "Avustus: 3 150 000 €"
        if not chunk.bullet:
            for sentence in sentences(chunk.text):
                if (named := listed(sentence)) is not None and (said := clause_sum(sentence)) is not None:
                    span = Span(chunk.first, chunk.last, sentence)
                    money_statement(listed_part(ctx, named, span), *said, sentence, span)
            continue
        named = listed(chunk.text)
        if named is not None and not _judged_item(ctx, chunk, named.name):
            name, total = _split_sum(named.name)
            part = listed_part(ctx, named, chunk.span, name)
            if total is not None:
                money_statement(part, "estimate", total, chunk.text, chunk.span)


def _judged_item(ctx: Context, chunk: Chunk, name: str) -> bool:
    """A list item naming its part first under a goals heading and judged after a dash ("- Osakokonaisuus
    1: X – toteutunut"): a goal of the part, no part named X – toteutunut (as a line without the bullet)."""
    elements = ctx.seg.elements
    index = next((i for i, e in enumerate(elements) if e.first <= chunk.first <= e.last), None)
    return index is not None and judged_goal(elements, index, name)


def _split_sum(name: str) -> tuple[str, Decimal | None]:
    m = _TRAILING_SUM.search(name)
    if m is None:
        return name, None
    return name[: m.start()].strip(" :–-"), amount(m.group("amount"))


def _field_sums(ctx: Context) -> None:
    """A field whose value states the whole's grant ("Finansiering: … beviljade projektet 640 000 euro")."""
    whole = ctx.root
    if whole is None or any(c.kind == "granted" for c in whole.costs):
        return
    for element in ctx.seg.elements:
        if element.type != "field" or not element.value or of_part(element.value):
            continue
        m = GRANTED_SUM.search(element.value)
        raw = m and (m.group("amount") or m.group("amount2"))
        if raw and (value := amount(raw)) is not None:
            money_statement(
                whole, "granted", value, element.value, Span(element.first, element.last, element.value)
            )
            return


def _finish(ctx: Context) -> None:
    """A part heading ending in a sum ("Investointi 1: Palveluvelan purku 1 800 000 €") names the part and its money;
    tables and lights whose caption or section names a part go to it (``partscopes``), those of a document
    that reports on one part to that part (``subject``)."""
    file_under_subject(ctx)
    file_sums(ctx)
    refile(ctx)
    file_under_head_part(ctx)
    file_under_lead_part(ctx)
    wholes_back(ctx)
    _field_sums(ctx)
    granted = any(GRANTED.search(line) for line in ctx.doc.lines[:80])
    for project in ctx.projects:
        if project.level == "project" or (project.level == "subproject" and not listed(project.name)):
            continue  # a part named by the vocabulary's words, with its sum after the name
        name, total = _split_sum(project.name)
        if total is None and (said := clause_sum(project.span.quote)) is not None:
            money_statement(project, *said, project.span.quote, project.span)  # "X hakee 300 000 euroa lisää"
        if total is None or not name:
            continue
        if project.span.quote.rstrip().endswith("."):  # "Investering 2: X har en budget på 1 150 000 euro.": X
            name = without_clause(name, sentence=True)
        project.name = name
        project.path = (*project.path[:-1], name)
        money_statement(project, "granted" if granted else "estimate", total, project.span.quote, project.span)
    _whole_tables(ctx)
    read_named_lists(ctx, lambda element: money_kind(ctx, element))
    name_listed_models(ctx)  # a kokonaisuus page's list of its toimintamallit (partmodels)
    name_in_apposition(ctx)
    made_declared(ctx)  # "Työpaketit: TP1 X; TP2 Y" keyed by no block's head (partkeys)
    name_own_parts(ctx)  # last: "Osio A: X" is X (partlists)
    reporting_words(frozenset())  # the next document's work packages are its own


def _whole_tables(ctx: Context) -> None:
    """A cost table read under a part whose total is the whole's grant is the whole's table: a page that
    names a part under its own heading ("Delprojekt 1: X") and then gives the whole's economy under a
    heading that names no part ("Ekonomi 2023–2024") files that table under the part, though its total
    granted or budgeted is the sum the document grants the whole, and the document gives the part a
    sum of its own, another one. Without a sum of the part's own the total says nothing: a project of
    one investment budgets the whole's grant in the investment's own table (656ca35 moved such tables
    and cost a held-out set 16 cells, bisected by commit, no document opened)."""
    whole = ctx.root
    if whole is None:
        return
    grants = {line.values.get("budget") for s in whole.costs if s.kind == "granted" for line in s.lines}
    for part in [p for p in ctx.projects if p is not whole]:
        own = {
            line.values.get("budget")
            for s in part.costs
            if s.kind in ("granted", "applied")
            for line in s.lines
        }
        for statement in [s for s in part.costs if s.kind in ("cumulative", "annual", "period")]:
            totals = [v for line in statement.lines if line.category == "total" for v in line.values.values()]
            if own and any(v in grants and v not in own for v in totals):
                part.costs.remove(statement)
                whole.costs.append(statement)


def _begin(ctx: Context, elements: list[Element]) -> None:
    """Lines naming a part in words the segmenter reads as text become part headings; work packages do not.

    A plan's "Osakokonaisuus 1: X", a page's "Delprojekt 1: X" or "Investering 1 – X" own
    the text, sums and lights below them as an "Osa-projekti" does; "Työpaketti 1: X" is a
    task of the whole, so its line stays a heading and the text below it belongs to the
    project, unless its own lights or cost table stand under it (the words: the ``project-part``
    vocabulary, ``facts/partwords.py``). A part named in
    passing or in a list opens no section (``facts/partlists.py``).
    """
    read_own_word_parts(elements)  # first: named by the name alone ("Osio A: X" is X)
    reporting_words(keyed_work_packages(elements))  # work packages a lights or cost table keys are parts
    read_part_lines(elements, _cost_header)
    read_short_parts(elements, _cost_header)  # "TP = työpaketti" over "TP1 X" with its own lights
    read_keyed_parts(ctx, elements)  # "Osahankkeet: A X, B Y" over blocks headed "A X" (partkeys)
    read_model_cards(ctx, elements)  # "### X" cards under a kokonaisuus page's "## Toimintamallit" (partmodels)
    split_part_rows(elements)  # "Osahanke 1 | X" among a head's fields: a table of part rows (partfieldrows)
    read_lists(elements)


def _cost_header(header: list[str]) -> bool:
    """A table's header over sums ("Kustannuslaji | Budjetti | Toteuma"): a column the roles name."""
    return any(tables.column_role(cell) is not None for cell in header[1:])


FAMILY = Family("parts", begin=_begin, table=read_table, chunks=_chunks, finish=_finish)
