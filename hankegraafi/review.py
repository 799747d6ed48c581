"""``hankegraafi review``: the review queue and the curation decisions on the command line.

Every decision is written to the curation graph with who (``--by``, by default the configured
publisher), when and why (``--why``), then the derived graphs are rebuilt so that the decision
holds at once and after every later ingest (see :mod:`hankegraafi.ingest.curation`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rdflib import Graph, Literal, URIRef
from rich.table import Table

from hankegraafi.settings import Config

review_app = typer.Typer(
    name="review",
    help="Tarkistusjono ja kuratointipäätökset. The review queue and curation decisions.",
    no_args_is_help=True,
)

StoreOpt = Annotated[
    str | None, typer.Option("--store", help="Store directory or SPARQL URL.", show_default=False)
]
ByOpt = Annotated[
    str | None,
    typer.Option(
        "--by", help="Kuka päätti. Who decides (IRI or name); default the publisher.", show_default=False
    ),
]
WhyOpt = Annotated[str, typer.Option("--why", help="Miksi. Why (kept with the decision).")]

#: Kinds of entity ``confirm`` can make of a name.
ENTITY_TYPES = {
    "organisation": "Organisation",
    "national-actor": "NationalActor",
    "municipality": "Municipality",
    "service": "DigitalService",
    "project": "Project",
}


class OutFormat(StrEnum):
    table = "table"
    json = "json"


def _cli() -> Any:
    from hankegraafi import cliutil

    return cliutil


@contextmanager
def _session(store: str | None, *, read_only: bool = False) -> Iterator[tuple[Any, Config, str]]:
    cli = _cli()
    cfg = cli.load_config(store)
    st = cli.open_configured(cfg, read_only=read_only)
    try:
        yield st, cfg, str(cfg.base_iri)
    finally:
        st.close()


def _fail(message: str, code: int = 1) -> None:
    _cli().err.print(f"[red]virhe / error:[/red] {_cli().shown(message)}", highlight=False)
    raise typer.Exit(code)


def _suggester(store: Any) -> Any:
    """The reconciliation service's top candidate for a name, from a store (no web server)."""
    from hankegraafi.server.reconcile import suggester_for_store

    return suggester_for_store(store)


def _resolve(st: Any, base: str, key: str) -> URIRef:
    """A target typed as an IRI, a prefixed name, a queue item's id or a queue item's label."""
    from hankegraafi.ingest import curation

    if "://" in key or key.startswith("<") or (":" in key and key.split(":", 1)[0] in _prefixes()):
        try:
            return curation.checked(curation.expand_iri(key, base))  # type: ignore[return-value]
        except curation.CurationError as exc:
            _fail(str(exc), 2)
    item = curation.find_item(curation.queue(st, base), key)
    if item is None:
        _fail(f"no review item, IRI or name {key!r} (see `hankegraafi review list`)", 2)
    return item.target  # type: ignore[union-attr]


def _prefixes() -> dict[str, str]:
    from hankegraafi.ontology.namespaces import PREFIXES

    return PREFIXES


def _decide(store: str | None, action: str, target: str, by: str | None, why: str, **fields: Any) -> None:
    """Record one decision, rebuild the derived graphs, and say whether it holds."""
    from hankegraafi.ingest import curation

    with _session(store) as (st, cfg, base):
        iri = _resolve(st, base, target)
        agent = curation.default_agent(base, by or str(cfg.publisher))
        for name in ("linked", "prop"):
            if isinstance(fields.get(name), str):
                fields[name] = (
                    _resolve(st, base, fields[name])
                    if name == "linked"
                    else curation.expand_iri(fields[name], base)
                )
        try:
            decision, status = curation.decide(st, base, action, iri, by=agent, why=why, **fields)
        except curation.CurationError as exc:
            _fail(str(exc), 2)
    out = _cli().out
    out.print(f"{decision}\t{action}\t{iri}\t{status}", highlight=False, markup=False)
    if str(status) == "vanished":
        _fail(f"{action}: {iri} is in no document graph; the decision is kept and listed in the queue")


RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _hg(local: str) -> URIRef:
    from hankegraafi.ontology.namespaces import HG

    return HG[local]


def _current_value(st: Any, target: URIRef, prop: URIRef) -> Any:
    from hankegraafi.ingest import curation

    try:
        curation.checked(target)
        curation.checked(prop)
    except curation.CurationError as exc:
        _fail(str(exc), 2)
    result = st.query(f"SELECT ?o WHERE {{ <{target}> <{prop}> ?o }} LIMIT 1")
    return result.rows[0][0] if result.rows else None


# -- the queue -------------------------------------------------------------------------------


@review_app.command("list")
def list_items(
    store: StoreOpt = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="unknown-name, proposed-match, conflict, guessed, vanished-decision, warning.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    with_warnings: Annotated[
        bool,
        typer.Option("--warnings", help="Add the SHACL warnings of every document (validates each graph)."),
    ] = False,
) -> None:
    """Näytä tarkistusjono. List what needs a person: unknown names, weak matches, conflicts, vanished decisions."""
    from hankegraafi.ingest import curation

    with _session(store, read_only=True) as (st, _cfg, base):
        items = curation.queue(st, base, suggest=_suggester(st), with_warnings=with_warnings)
    if kind:
        items = [i for i in items if i.kind == kind]
    out = _cli().out
    if fmt == OutFormat.json:
        out.print_json(json.dumps([i.as_dict() for i in items], ensure_ascii=False))
        return
    table = Table(title="Tarkistusjono / Review queue")
    for col in ("id", "laji / kind", "nimi / name", "ehdotus / proposed action"):
        table.add_column(col)
    shown = _cli().shown
    for i in items:
        table.add_row(shown(i.id) + (" ⚑" if i.flagged else ""), shown(i.kind), shown(i.label), shown(i.action))
    _wide(table)
    out.print(f"kohteita / items: {len(items)}")


def _wide(table: Table) -> None:
    from rich.console import Console

    out = _cli().out
    (out if out.is_terminal else Console(width=240, soft_wrap=True, emoji=False)).print(table)


@review_app.command("show")
def show(
    key: Annotated[str, typer.Argument(help="Item id, IRI or name.")],
    store: StoreOpt = None,
) -> None:
    """Näytä kohde. Show one queue item (source quote, proposed action, evidence) and the decisions about it."""
    from hankegraafi.ingest import curation

    with _session(store, read_only=True) as (st, _cfg, base):
        items = curation.queue(st, base, suggest=_suggester(st))
        item = curation.find_item(items, key)
        target = item.target if item else _resolve(st, base, key)
        decisions = [d for d in curation.read_decisions(st, base) if target in (d.target, d.linked, d.iri)]
        corrections = curation.corrections_of(st, target)
    out = _cli().out
    if item is None and not decisions and not corrections:
        _fail(f"nothing to show for {key!r}", 1)
    if item is not None:
        out.print_json(json.dumps(item.as_dict(), ensure_ascii=False))
    for d in decisions:
        out.print(
            f"decision {d.iri}: {d.action} {d.target}"
            + (f" {d.prop}" if d.prop else "")
            + (f" {d.original} →" if d.original is not None else "")
            + (f" {d.corrected}" if d.corrected is not None else "")
            + (f" → {d.linked}" if d.linked is not None else "")
            + f"; by {d.by} at {d.at.isoformat()}"
            + (f"; why: {d.why}" if d.why else ""),
            highlight=False,
            markup=False,  # the decision's words are the curator's, not styling
        )
    for c in corrections:
        out.print(
            f"corrected {c['property']}: {c.get('original')} → {c.get('corrected')} ({c['decision']})",
            highlight=False,
            markup=False,
        )


# -- decisions -------------------------------------------------------------------------------


@review_app.command()
def link(
    name: Annotated[str, typer.Argument(help="The unknown name: item id, IRI or label.")],
    target: Annotated[str, typer.Argument(help="The entity it is: IRI or prefixed name.")],
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Liitä nimi olemassa olevaan. Link a name to an existing entity."""
    _decide(store, "link", name, by, why, linked=target)


@review_app.command()
def confirm(
    name: Annotated[str, typer.Argument(help="The unknown name: item id, IRI or label.")],
    store: StoreOpt = None,
    kind: Annotated[str, typer.Option("--type", help=", ".join(ENTITY_TYPES))] = "organisation",
    county: Annotated[str | None, typer.Option("--county", help="County code (e.g. 20) or IRI.")] = None,
    label_fi: Annotated[str | None, typer.Option("--label-fi")] = None,
    label_sv: Annotated[str | None, typer.Option("--label-sv")] = None,
    label_en: Annotated[str | None, typer.Option("--label-en")] = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Vahvista uudeksi. Confirm a name as a new organisation (type, county, labels fi/sv/en)."""
    from hankegraafi.ontology.namespaces import vocab

    if kind not in ENTITY_TYPES:
        _fail(f"--type must be one of {', '.join(ENTITY_TYPES)}", 2)
    labels = [Literal(t, lang=lang) for lang, t in (("fi", label_fi), ("sv", label_sv), ("en", label_en)) if t]
    region = None
    if county:
        region = URIRef(county) if "://" in county else vocab("county", county.zfill(2))
    _decide(store, "confirm", name, by, why, types=[_hg(ENTITY_TYPES[kind])], labels=labels, region=region)


@review_app.command()
def reject(
    subject: Annotated[str, typer.Argument(help="The node (IRI), or the subject of the fact.")],
    prop: Annotated[
        str | None, typer.Argument(help="The fact's property; none rejects the whole node.")
    ] = None,
    value: Annotated[str | None, typer.Argument(help="The fact's value; none rejects every value.")] = None,
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Hylkää tieto. Reject a fact (or a whole node such as a dependency)."""
    from hankegraafi.ingest import curation

    fields: dict[str, Any] = {}
    if prop:
        fields["prop"] = prop
    if value is not None:
        with _session(store, read_only=True) as (st, _cfg, base):
            like = _current_value(st, curation.expand_iri(subject, base), curation.expand_iri(prop or "", base))
        fields["original"] = curation.value_like(value, like)
    _decide(store, "reject", subject, by, why, **fields)


@review_app.command("set")
def set_value(
    subject: Annotated[str, typer.Argument(help="The subject of the fact (IRI).")],
    prop: Annotated[str, typer.Argument(help="The property (IRI or prefixed name, e.g. hg:endDate).")],
    value: Annotated[str, typer.Argument(help="The correct value (typed like the value it replaces).")],
    was: Annotated[str | None, typer.Option("--was", help="The wrong value; default every value.")] = None,
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Korjaa arvo. Correct a value."""
    from hankegraafi.ingest import curation

    with _session(store, read_only=True) as (st, _cfg, base):
        like = _current_value(st, curation.expand_iri(subject, base), curation.expand_iri(prop, base))
    fields: dict[str, Any] = {"prop": prop, "corrected": curation.value_like(value, like)}
    if like is None:
        _fail(f"{subject} has no {prop} to correct (use `review depend` or `reject` instead)", 1)
    if was is not None:
        fields["original"] = curation.value_like(was, like)
    # Without --was, the decision records the value its document says now (curation.make), so
    # that it goes back to the queue when the document no longer says it; on a canonical project
    # every record's value is replaced.
    _decide(store, "set", subject, by, why, **fields)


@review_app.command()
def merge(
    project: Annotated[str, typer.Argument(help="A project (canonical or record IRI).")],
    into: Annotated[str, typer.Argument(help="The project it is one with (IRI).")],
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Yhdistä hankkeet. Merge two projects: the canonical matching joins their records."""
    _decide(store, "merge", project, by, why, linked=into)


@review_app.command()
def split(
    project: Annotated[str, typer.Argument(help="A project wrongly merged (IRI).")],
    other: Annotated[str, typer.Argument(help="The project it is not (IRI).")],
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Erota hankkeet. Record that two projects are not one (a wrong merge)."""
    _decide(store, "split", project, by, why, linked=other)


@review_app.command()
def depend(
    project: Annotated[str, typer.Argument(help="The dependent project (IRI).")],
    on: Annotated[str, typer.Argument(help="What it depends on (IRI).")],
    kind: Annotated[
        str, typer.Option("--kind", help="A dependency-kind concept (key or IRI).")
    ] = "shared-work",
    store: StoreOpt = None,
    by: ByOpt = None,
    why: WhyOpt = "",
) -> None:
    """Lisää riippuvuus. Add a missing dependency with its kind."""
    from hankegraafi.ontology.namespaces import vocab

    kind_iri = URIRef(kind) if "://" in kind else vocab("dependency-kind", kind)
    _decide(store, "depend", project, by, why, linked=on, kind=kind_iri)


# -- export and import -----------------------------------------------------------------------


@review_app.command("export")
def export_decisions(
    out_path: Annotated[Path | None, typer.Option("--out", "-o", help="File; default standard output.")] = None,
    store: StoreOpt = None,
) -> None:
    """Vie päätökset. Write the curation graph as sorted Turtle (stable for version control)."""
    from hankegraafi.ingest import curation

    with _session(store, read_only=True) as (st, cfg, base):
        text = curation.sorted_turtle(curation.graph_of(st, curation.curation_graph_iri(base)))
    if out_path is None:
        typer.echo(text, nl=False)
        return
    try:
        _cli().write_output(out_path, cfg, lambda fh: fh.write(text.encode("utf-8")))
    except OSError as exc:
        _fail(f"{out_path}: {exc}")


@review_app.command("import")
def import_decisions(
    path: Annotated[Path, typer.Argument(help="A curation graph written by `review export` (Turtle).")],
    store: StoreOpt = None,
) -> None:
    """Tuo päätökset. Apply the decisions of an exported curation graph to this store."""
    from hankegraafi.ingest import curation
    from hankegraafi.ingest.derived import recompute_all

    data = Graph()
    try:
        data.parse(data=_cli().read_input(path), format="turtle")  # a FIFO or device is not opened
    except Exception as exc:  # a file that is no Turtle: one line naming it
        _fail(f"{path}: not a curation graph in Turtle: {exc}", 1)
    if len(data) and not any(True for _ in data.subjects(RDF_TYPE, _hg("CurationDecision"))):
        # Another graph (a data export, a vocabulary) given by mistake had been "decisions: 0", exit 0.
        _fail(f"{path}: holds {len(data)} triples and no curation decision (hg:CurationDecision)", 1)
    faults = curation.decision_faults(data)
    with _session(store) as (st, _cfg, base):
        n = curation.import_graph(st, base, data)
        recompute_all(st, base)
        status = curation.graph_of(st, curation.status_graph_iri(base))
    vanished = sum(1 for _ in status.subject_objects(_hg("decisionStatus")) if str(_[1]) == "vanished")
    _cli().out.print(f"päätöksiä / decisions: {n}; kohde kadonnut / vanished: {vanished}")
    if faults:
        # Each decision left out, by its IRI and why: they had been dropped with a log line only, exit 0.
        for fault in faults:
            message = f"{path}: decision left out / päätös ohitettu: {fault}"
            _cli().err.print(f"[red]virhe / error:[/red] {_cli().shown(message)}", highlight=False)
        raise typer.Exit(1)
