"""Tables of the parties a project works with or relies on: "Taho | Riippuvuuden kuvaus",
"Yhteistyötaho | Rooli", "Aktör eller tjänst | Beroende".

A report lists its dependencies and partners as a table as often as in sentences. The
table's own structure says what its first cells are: the party column's cells name an
organisation, a national service, a programme or a project, whether or not any
vocabulary knows the name, and the row's other cells say what the project relies on it
for. A row that only says the party was informed or named ("raportoitu", "mainittu")
states no dependency.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.agency import acts_in
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Dependency, Participation, Project, Span
from hankegraafi.ingest.facts.names import ORG_TYPES, names_itself, own_names, person_name
from hankegraafi.ingest.facts.organisations import has_org_form
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.labels import match_heading, norm_label
from hankegraafi.ingest.orgnames import find_org_names, role_word
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: A column whose cells name the party ("Taho", "Yhteistyötaho", "Toimija", "Aktör eller tjänst").
PARTY_HEADER = re.compile(
    r"^(?:\w+[-\s]){0,2}\w*(?:taho|tahot|toimija|toimijat|kumppani|kumppanit|organisaatio|"
    r"palvelu tai toimija|toimija tai palvelu|riippuvuus|aktör|aktörer|samarbetspart\w*|part|partners?|"
    r"organisations?|beroende av|dependency|party|parties|stakeholders?)\b",
    re.I,
)
#: A header that makes a table of parties one of dependencies even outside a dependency section.
_DEPENDENCY_HEADER = re.compile(r"riippuvuu|beroende|dependen|rooli|roll\b|role|kuvaus|beskrivning", re.I)
_PROJECT_WORD = re.compile(r"hank|projekt", re.I)
_TYPES = ("organisation", "national-actor", "service", "programme", "project")


def party_column(element: Element) -> int | None:
    """The column of a table whose cells name parties, by its header; None if there is none."""
    header = [norm_label(h) for h in element.header]
    # A header of a party's role ("Osatoteuttajat", "Co-implementers", "Delgenomförare"): the role vocabulary's.
    return next((i for i, h in enumerate(header) if PARTY_HEADER.match(h) or _row_role(h) is not None), None)


def read_party_table(
    ctx: Context, element: Element, project: Project, kind_of: object, not_relied: re.Pattern[str]
) -> bool:
    """Each row of a parties table in a dependency or actors section (or headed as one, or with no
    header: :func:`headless_parties`) is a dependency on the party its party cell names; an
    organisation is a partner too."""
    column = party_column(element)
    first = 1  # the header row is no party
    if column is None and headless_parties(ctx, element):
        column, first = 0, 0
    if column is None or len(element.rows) < first + 1:
        return False  # a header alone; a headless table of one row is one party
    header_text = " ".join(element.header)
    if ctx.section not in _PARTY_SECTIONS and not _DEPENDENCY_HEADER.search(header_text):
        return False
    own = own_names(project)
    for row, line_no in zip(element.rows[first:], element.row_lines[first:], strict=False):
        if column >= len(row) or placeholder(row[column]):
            continue
        name = row[column].strip()
        about = " ".join(c.strip() for i, c in enumerate(row) if i != column and c.strip())
        sentence = f"{name}: {about}" if about else name
        if not_relied.search(about):
            continue
        span = Span(line_no, line_no, "\t".join(row))
        kind = kind_of(sentence, "functional") if callable(kind_of) else "functional"
        for entry, surface in _parties(ctx, name):
            if entry.type == "county" or names_itself(entry.label, own):
                continue
            if not any(d.target is entry for d in project.dependencies):
                project.dependencies.append(Dependency(entry, kind, sentence, span, surface))
            if entry.type in ("organisation", "national-actor") and not any(
                p.organisation is entry for p in project.participations
            ):
                project.participations.append(Participation(entry, "partner", span, surface))
        for mention in ctx.names.mentions(about):
            # "DigiFinland | Omaolon kuntoutusosion pilotointi": the row's work is done in a
            # national service the party keeps; the project relies on the service too.
            if mention.entry.type == "service" and not any(
                d.target is mention.entry for d in project.dependencies
            ):
                project.dependencies.append(Dependency(mention.entry, kind, sentence, span, mention.surface))
    return True


_PARTY_SECTIONS = ("dependencies", "actors", "cooperation")


def headless_parties(ctx: Context, element: Element) -> bool:
    """A table with no header row under a partners' or dependencies' heading ("Yhteistyö",
    "Kumppanit"): each row a party, then what it does ("HUS | konsultaatiot", "X Oy | ostopalvelu").

    Its first column is the party's when every row has two or three cells, each first cell is a
    short capitalised name, and most of them name something the vocabularies or a name's form
    (a legal form, an organisation's head word) know. A table of one row is one party when its name
    is known ("KUMPPANIT" over "Laurea-ammattikorkeakoulu | testaa chat-palvelun käytettävyyden").
    """
    if ctx.section not in _PARTY_SECTIONS or not element.rows:
        return False
    firsts: list[str] = []
    for row in element.rows:
        cells = [c.strip() for c in row if c.strip()]
        if not 2 <= len(cells) <= 3 or len(cells[0].split()) > 6 or not cells[0][:1].isupper():
            return False
        firsts.append(cells[0])
    named = [c for c in firsts if ctx.names.known(c) or find_org_names(c) or has_org_form(c)]
    return 2 * len(named) > len(firsts)


def _parties(ctx: Context, cell: str) -> list[tuple[Entry, str]]:
    """What a party cell names: the things the vocabularies or the form of the name know in it,
    else the cell itself as a new organisation (or project, by its words)."""
    found = [
        (m.entry, m.surface)
        for m in ctx.names.mentions(cell)
        if m.entry.type in _TYPES or m.entry.type in ORG_TYPES
    ]
    found = [(e, s) for e, s in found if e.type not in ("municipality", "region")]
    if found and all(not e.linked and e.type == "organisation" for e, _ in found) and _one_name(cell):
        # "Mannerheimin Lastensuojeluliiton Uudenmaan piiri": the form of a name found a part;
        # the cell is the whole name of the party.
        return [(_whole(ctx, cell), cell)]
    if found:
        return found
    if len(cell.split()) > 8 or not cell[:1].isupper():
        return []  # a description, not a name
    if _PROJECT_WORD.search(cell):
        return [(ctx.names.unlinked(cell, "project"), cell)]
    return [(ctx.names.org_from_value(cell), cell)]


_SEPARATORS = re.compile(r",|;|\s(?:ja|sekä|och|and)\s|/")


def _one_name(cell: str) -> bool:
    """A cell that is one name: a few words, no list, capitalised."""
    return cell[:1].isupper() and len(cell.split()) <= 7 and _SEPARATORS.search(cell) is None


def _whole(ctx: Context, cell: str) -> Entry:
    """The cell as one new organisation, a short form in brackets introduced ("Laurea-amk (Laurea)")."""
    m = re.fullmatch(r"\s*(.+?)\s*\(\s*([^()]{1,20}?)\s*\)\s*", cell)
    name, short = (m.group(1), m.group(2)) if m else (cell.strip(), None)
    entry = ctx.names.unlinked(name, "organisation", cell.strip())
    if short:
        ctx.names.alias(entry, short)
    return entry


#: Roles whose label row lists the parties in its value ("Osatoteuttajat | A; B; C").
_ROW_ROLES = ("co-implementer", "partner", "stakeholder")
_ROW_ITEMS = re.compile(r"\s*(?:;|,|\n|\s(?:ja|sekä|och|and)\s)\s*")  # a cell's lines too (<br>, a DOCX cell)
_BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")
#: A party's share after a colon in a role row's item: "Nokian kaupunki: tilat" (as "X (tilat)" in brackets).
_SHARE = re.compile(r":\s.*$")
_AMOUNT = re.compile(r"[\d\s\u00a0.,%€-]+")


def _joined(cells: list[str]) -> list[str]:
    """A role row whose list a sheet split at its own delimiter ("Kumppanit;X: koulutus; Y: tilat" in a
    CSV of ";"), its items one cell each: the label and the items joined again as one list cell. A row of
    amounts or any other label is left as it is."""
    if (
        len(cells) <= 2
        or _row_role(norm_label(cells[0])) is None
        or any(_AMOUNT.fullmatch(c) for c in cells[1:])
    ):
        return cells
    return [cells[0], "; ".join(cells[1:])]


def _row_role(label: str) -> str | None:
    """The role a row's label names: a label of the ``role`` vocabulary's concept, in any number
    or case ("Osatoteuttajat", "Yhteistyötahot", "Samarbetspartner"); None for any other label."""
    low = label.lower().rstrip(":")
    for concept in registry.scheme("role"):
        if concept.key not in _ROW_ROLES:
            continue
        forms = [f.lower() for lang in ("fi", "sv", "en") for f in concept.surface_forms(lang)]
        if any(low == f or (len(f) > 5 and low.startswith(f[:-1])) for f in forms):
            return concept.key
    return None


#: A party's share of the work in brackets after its name: "Lahden kaupunki (liikuntaneuvonta)".
_BRACKETED_SHARE = re.compile(r"\s*\((?P<share>[^()]{3,60})\)")
_LABEL_ROW_SECTIONS = ("actors", "cooperation", "dependencies")


def read_label_rows(ctx: Context, element: Element, project: Project) -> None:
    """A row whose first cell is the label of a parties' section, its value the parties
    ("Toteuttajat | Lahden kaupunki (liikuntaneuvonta), LAB-ammattikorkeakoulu (arviointi)",
    "Kansalliset palvelut | Omaolo (hyvinvointikysely)"): a sheet or form gives the section in one
    row, as a text gives it as a heading and a list. An organisation named with its share of the work
    in brackets, or any party under a dependencies' label, is a partner and a dependency; one named
    with no share is a co-implementer, an organisation only (the corpus convention). A role's row
    ("Osatoteuttajat | …") is read_role_rows' own."""
    for row, line_no in zip(element.rows, element.row_lines, strict=False):
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) < 2 or len(cells[0]) > 60:
            continue
        heading = match_heading(cells[0])
        if heading is None or heading[1] or heading[0] not in _LABEL_ROW_SECTIONS:
            continue
        if _row_role(norm_label(cells[0])) is not None:
            continue  # "Osatoteuttajat | …", "Kumppanit | …": a role's row, read_role_rows' own
        value = " ".join(cells[1:])
        span = Span(line_no, line_no, "\t".join(row))
        for mention in ctx.names.mentions(value):
            entry = mention.entry
            if entry.type in ("county", "region") or names_itself(entry.label, own_names(project)):
                continue
            party = entry.type in ORG_TYPES or entry.type == "municipality"
            relied = (
                not party
                or heading[0] == "dependencies"
                or _BRACKETED_SHARE.match(value, mention.end) is not None
                or acts_in(
                    value, mention.surface
                )  # "Yhteistyö | Xamk arvioi vaikutukset": its share by its verb
            )
            if party and not any(p.organisation is entry for p in project.participations):
                role = "partner" if relied else "co-implementer"  # listed with no share: the own side
                project.participations.append(Participation(entry, role, span, mention.surface))
            if relied and not any(d.target is entry for d in project.dependencies):
                kind = "shared-work" if party else "functional"
                sentence = f"{cells[0]}: {value}"
                project.dependencies.append(Dependency(entry, kind, sentence, span, mention.surface))


def read_role_rows(ctx: Context, element: Element, project: Project) -> None:
    """Rows of a label | value table whose label names a role list the parties in that role
    ("Osatoteuttajat | Seinäjoen kaupunki; Lapuan kaupunki"): each item takes part, in any
    layout that writes its basic facts as such a table (HTML, Markdown, aligned text)."""
    if party_column(element) is not None and len(element.rows) > 1 and not _label_rows(element):
        return  # "Yhteistyötaho | Rooli hankkeessa": a table of parties by its header, read as one
    # A lone row is no header over parties: "Kumppanit | X: koulutus | Y: tilat" is a role row.
    for row, line_no in zip(element.rows, element.row_lines, strict=False):
        cells = _joined([c.strip() for c in row if c.strip()])
        if len(cells) != 2 or len(cells[0].split()) > 4:
            continue
        if _attendance(norm_label(cells[0])):
            _attendees(ctx, cells[1], Span(line_no, line_no, "\t".join(cells)), project)
            continue
        role = _row_role(norm_label(cells[0]))
        if role is None:
            # "Teknik | IT-leverantören X Ab sköter …": a label of no role over a sentence naming the role before its party
            role = _role_in_value(cells[1])
            if role is not None:
                _acting_parties(ctx, cells[1], role, Span(line_no, line_no, "\t".join(cells)), project)
            continue
        span = Span(line_no, line_no, "\t".join(cells))
        if _acting_parties(ctx, cells[1], role, span, project):
            continue  # "Partner | X (Xamk) trains the home care staff": a sentence, not a list of names
        for item in _ROW_ITEMS.split(cells[1]):
            name = _BRACKETED.sub("", _SHARE.sub("", item)).strip(" .")
            if not name[:1].isupper() or len(name.split()) > 8 or placeholder(name):
                continue
            for entry, surface in _row_parties(ctx, name):
                if entry.type == "county" or names_itself(entry.label, own_names(project)):
                    continue
                if not any(p.organisation is entry and p.role == role for p in project.participations):
                    project.participations.append(Participation(entry, role, span, surface))


def _label_rows(element: Element) -> bool:
    """A label | value table whose first row is a row like the others, not a header over parties: two cells in
    every row, the first row's value a sentence ("Samarbetspartner | Folkhälsan ordnar motionsgrupperna.")."""
    rows = [[c.strip() for c in row if c.strip()] for row in element.rows]
    if len(rows) < 2 or any(len(row) != 2 or len(row[0].split()) > 4 for row in rows):
        return False
    first = rows[0][1]
    return first.endswith((".", "!")) or len(first.split()) >= 6


#: A provider's role word in a value ("IT-leverantören", "laitetoimittaja", "supplier"): the party after it provides.
_PROVIDER_WORD = re.compile(r"toimittaja|leverantör|tuottaja|producent|supplier|provider", re.I)


def _role_in_value(value: str) -> str | None:
    """The role a value's own role word gives the party after it: a provider's word, else a partner's."""
    for word in value.split()[:3]:
        if role_word(word):
            return "service-provider" if _PROVIDER_WORD.search(word) else "partner"
    return None


def _acting_parties(ctx: Context, value: str, role: str, span: Span, project: Project) -> bool:
    """A role row's value that is a sentence in which its parties act ("Partner | X (Xamk) trains the staff",
    "Kumppani | Y kokoaa palautteen"): each takes part in the row's role, and a partner's or provider's share
    of the work is a dependency. False when no party of the value acts (a list of names, read item by item)."""
    acting = [
        m
        for m in ctx.names.mentions(value)
        if (m.entry.type in ORG_TYPES or m.entry.type == "municipality") and acts_in(value, m.surface)
    ]
    for mention in acting:
        entry = mention.entry
        if names_itself(entry.label, own_names(project)):
            continue
        if not any(p.organisation is entry and p.role == role for p in project.participations):
            project.participations.append(Participation(entry, role, span, mention.surface))
        if role in ("partner", "service-provider") and not any(d.target is entry for d in project.dependencies):
            project.dependencies.append(Dependency(entry, "shared-work", value, span, mention.surface))
    return bool(acting)


def _attendance(label: str) -> bool:
    """The label of a meeting's attendance list ("Läsnä", "Närvarande", "Osallistujat"): the labels
    of the ``role`` vocabulary's attendee concept."""
    low = label.lower().rstrip(":")
    concept = registry.scheme("role").get("attendee")
    return concept is not None and any(low == f.lower() for f in concept.surface_forms())


_PERSON_LINE = re.compile(r"^\s*(?P<person>[^,()]{3,60}?)\s*(?:\([^)]*\)\s*)?,\s*(?P<org>[^\n]{2,120})$")


def _attendees(ctx: Context, value: str, span: Span, project: Project) -> None:
    """Each "Person (role), Organisation" line of an attendance list: the organisation takes part
    (a steering group's members are organisations of the project, the corpus convention); a line
    naming a person only ("Olli Rantanen, hankepäällikkö") names no organisation."""
    own = ctx.result.region
    for line in re.split(r"\n|;", value):
        m = _PERSON_LINE.match(line)
        if m is None or not person_name(m.group("person")):
            continue
        org = _BRACKETED.sub("", m.group("org")).strip(" .")
        found = [(e.entry, e.surface) for e in ctx.names.mentions(org) if e.entry.type in ORG_TYPES]
        if not found and (
            find_org_names(org) or (org[:1].isupper() and len(org.split()) <= 6 and has_org_form(org))
        ):
            found = [(ctx.names.org_from_value(org), org)]  # the item is the name, at its line's start
        for entry, surface in found:
            if entry.type == "county" or (own is not None and entry.iri == own.iri):
                continue
            if names_itself(entry.label, own_names(project)):
                continue
            if not any(p.organisation is entry for p in project.participations):
                project.participations.append(Participation(entry, "stakeholder", span, surface))


def _row_parties(ctx: Context, name: str) -> list[tuple[Entry, str]]:
    """The parties one item names: the vocabulary's or the name's form, else the item as a new one."""
    found = [(m.entry, m.surface) for m in ctx.names.mentions(name) if m.entry.type in ORG_TYPES]
    if found:
        return found
    return [(ctx.names.org_from_value(name), name)]
