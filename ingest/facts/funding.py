"""The funder of a programme's document that names none: the programme's granting authority.

An RRF plan, status or final report (Suomen kestävän kasvun ohjelma, EU:n elpymis- ja
palautumistukiväline) seldom has a "Rahoittaja" field: everyone reading it knows that
STM grants the money and the EU's Recovery and Resilience Facility is its source. The
vocabulary says so (``hg:grantingAuthority`` of the programme concepts in
``ontology/vocab/programmes.ttl``), and this family reads it: when no project of the
document got a funder from a field or a sentence, and the document is one of such a
programme (its programme is known, or the text names the programme), the root project's
funder is the programme's granting authority. It is a default, not a reading, so the
extraction says so in a note (``hg:extractionNote`` on the document, ``--explain``).
"""

from __future__ import annotations

import functools
import re

from rdflib.namespace import RDF

from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Participation, Project, Span
from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import HG

#: Words that mark a document of the Sustainable Growth Programme (RRF) in any inflection,
#: where the vocabulary's labels ("Suomen kestävän kasvun ohjelma") are not printed whole:
#: "Kestävän kasvun hanke", "EU:n elpymis- ja palautumistukiväline", "RRP112.1", "RRF-rahoitus".
_RRF_WORDS = re.compile(
    r"\bkestävän kasvun\b|\belpymis-\s*ja\s*palautumis\w*|\bRR[FP]\b|\bRRP[\d.]|\bRRF-|"
    r"\bNextGenerationEU\b|\bhållbar tillväxt\b|\båterhämtning och resiliens\b",
    re.I,
)
_RRF_PROGRAMME = "https://w3id.org/hankegraafi/vocab/programme/kestavan-kasvun-ohjelma"
_HEAD_LINES = 400


@functools.cache
def granting_authorities() -> dict[str, str]:
    """Programme IRI → the IRI of the authority that grants its funding (from the vocabularies).

    ``hg:grantingAuthority`` where the vocabulary names one; else the programme's own
    ``hg:funder`` when that is a Finnish authority that grants state aid itself (STM's
    programmes), never the EU, which is a source and grants nothing to a project.
    """
    g = loader.vocabulary_graph()
    out = {
        str(p): str(f)
        for p, f in g.subject_objects(HG.funder)
        if (p, RDF.type, HG.Programme) in g and not str(f).endswith("/organisation/eu")
    }
    out.update({str(p): str(a) for p, a in g.subject_objects(HG.grantingAuthority)})
    return out


def _programme_of(ctx: Context) -> tuple[Entry, Span] | None:
    """The document's programme that has a granting authority, and where it was seen."""
    authorities = granting_authorities()
    for project in ctx.projects:
        if project.programme is not None and str(project.programme.iri) in authorities:
            return project.programme, project.span
    rrf = ctx.gaz.by_iri.get(_RRF_PROGRAMME)
    for number, line in enumerate(ctx.doc.lines[:_HEAD_LINES], start=1):
        if not line.strip():
            continue
        shown = line.capitalize() if line.isupper() else line  # a title printed in capitals
        for mention in ctx.names.known(shown):
            if mention.entry.type == "programme" and str(mention.entry.iri) in authorities:
                return mention.entry, Span(number, number, line.strip())
        if rrf is not None and _RRF_WORDS.search(line):
            return rrf, Span(number, number, line.strip())
    return None


def programme_as_funder(ctx: Context) -> None:
    """A funder field naming a programme ("Rahoitus: Suomen kestävän kasvun ohjelma") names its
    granting authority as the funder, and the programme as the project's programme.

    The field's reader takes its value for an organisation; a programme grants nothing itself,
    the authority the vocabulary names for it does. Called by the identity family's finish too,
    so that the programmes family sees the programme (once done, the funder is linked).
    """
    authorities = granting_authorities()
    rrf = ctx.gaz.by_iri.get(_RRF_PROGRAMME)
    for project in ctx.projects:
        funder = project.funder
        said = project.funder_span.quote if project.funder_span is not None else ""
        if funder is not None and project.programme is None and rrf is not None and _RRF_WORDS.search(said):
            # "Rahoittaja: Sosiaali- ja terveysministeriö (RRF)", "STM / RRF": the authority grants the programme's
            # money; the project is in the programme (its dependency, not the instrument's)
            project.programme = rrf
        if funder is None or funder.linked:
            continue
        programme = ctx.gaz.lookup(funder.label)
        if programme is None or programme.type != "programme" or str(programme.iri) not in authorities:
            continue
        authority = ctx.gaz.by_iri.get(authorities[str(programme.iri)])
        if authority is None:
            continue
        project.funder = authority
        project.programme = project.programme or programme
        project.participations = [pa for pa in project.participations if pa.organisation is not funder]
        project.funder_named = False  # read from the programme, as the default is
        ctx.result.notes.append(f"default-funder:{authority.label} ({programme.label})")


#: The kinds of body that grant a project its money: a national authority the vocabulary names as the granting
#: authority of a programme (STM), not a partner, a county or an agency that only follows the work (THL).
_GRANTOR_TYPES = ("national-actor",)
#: Where a sentence ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def _grantor(ctx: Context) -> tuple[Entry, Span] | None:
    """The national body a sentence of a sum granted names ("The Ministry of Social Affairs and Health granted the
    project EUR 1.35 million", "Hankkeelle on myönnetty 760 000 euroa STM:n valtionavustusta", "STM:n avustus on
    690 000 euroa", "Social- och hälsovårdsministeriet har beviljat projektet 380 000 euro"), and where: the sum's
    statement is the money family's (``moneytext``: a grant, kept apart from costs), the body one the vocabulary
    names as a programme's granting authority, in the sentence of the grant. A sentence of costs, an estimate or an
    own share names no grantor; nor does a county, a partner or an agency that follows the work ("THL seuraa"),
    nor a body named in another sentence."""
    grantors = set(granting_authorities().values())  # the vocabulary's: STM grants its programmes' money
    for project in [p for p in [ctx.root] if p is not None] + [p for p in ctx.projects if p is not ctx.root]:
        for statement in project.costs:
            if statement.kind != "granted" or not statement.span.quote or not statement.lines:
                continue
            said = statement.lines[0].raw_label.strip()  # the words of the grant ("The project has a grant of")
            for sentence in _SENTENCE_END.split(statement.span.quote):
                if said and said not in sentence:
                    continue
                named = [
                    m.entry
                    for m in ctx.names.mentions(sentence)
                    if m.entry.type in _GRANTOR_TYPES and m.entry.linked and str(m.entry.iri) in grantors
                ]
                if named:
                    return named[0], Span(statement.span.first, statement.span.last, sentence.strip())
    return None


def _finish(ctx: Context) -> None:
    programme_as_funder(ctx)
    if not ctx.projects or any(p.funder is not None for p in ctx.projects):
        return
    root: Project = ctx.root or ctx.projects[0]
    if (granted := _grantor(ctx)) is not None:
        entry, span = granted
        root.funder, root.funder_span, root.funder_named = entry, span, True
        if not any(p.organisation is entry for p in root.participations):
            root.participations.append(Participation(entry, "funder", span, span.quote))
        return
    found = _programme_of(ctx)
    if found is None:
        return
    programme, span = found
    authority = ctx.gaz.by_iri.get(granting_authorities()[str(programme.iri)])
    if authority is None:
        return
    root.funder = authority
    named = _named_at(ctx, authority)
    root.funder_span = named or span
    root.funder_named = named is not None
    if named is not None and not any(p.organisation is authority for p in root.participations):
        # The text names the authority ("STM on avannut haun …"): it takes part as the funder.
        root.participations.append(Participation(authority, "funder", named, named.quote))
    ctx.result.notes.append(f"default-funder:{authority.label} ({programme.label})")


def _named_at(ctx: Context, entry: Entry) -> Span | None:
    """The first line that names ``entry`` ("Sosiaali- ja terveysministeriö", "STM:n", "SHM")."""
    for number, line in enumerate(ctx.doc.lines[:_HEAD_LINES], start=1):
        if line.strip() and any(m.entry is entry for m in ctx.names.known(line)):
            return Span(number, number, line.strip())
    return None


FAMILY = Family("funding-defaults", finish=_finish)
