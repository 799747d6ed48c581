"""The data commands of the command line: named and SPARQL queries, export, the graph list, load.

Registered on the ``hankegraafi`` app by ``cli.py``; what they share with the
other commands is in ``cliutil.py``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from hankegraafi.cliutil import Lang, StoreOpt, err, out, read_input, shown, shown_name, write_output
from hankegraafi.cliutil import load_config as _config
from hankegraafi.cliutil import open_configured as _open
from hankegraafi.settings import Config

if TYPE_CHECKING:
    from hankegraafi.store.base import Bindings, DumpFormat


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class SparqlFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    ttl = "ttl"


class ExportFormat(StrEnum):
    nq = "nq"
    trig = "trig"
    ttl = "ttl"


def _parse_params(params: list[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            err.print(f"[red]käyttövirhe / usage error:[/red] --param {shown(repr(item))}: expected key=value")
            raise typer.Exit(2)
        if key.strip() in parsed:  # GET /queries/NAME refuses it too; the last one was taken silently
            err.print(
                f"[red]käyttövirhe / usage error:[/red] --param {shown(key.strip())!s}: given more than once"
            )
            raise typer.Exit(2)
        parsed[key.strip()] = value
    return parsed


def _complete_query_name(incomplete: str) -> list[tuple[str, str]]:
    """Shell completion: the catalogue's query names with their English titles."""
    from hankegraafi import queries

    return [
        (q.name, q.titles.get("en", ""))
        for q in queries.load_catalogue().values()
        if q.name.startswith(incomplete)
    ]


def _complete_param(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion: ``name=`` for each parameter of the query named before ``--param``."""
    from hankegraafi import queries

    # While completing, click may leave the query name among the context's extra args.
    name = ctx.params.get("name") or next(iter(ctx.args), "")
    try:
        entry = queries.get(str(name))
    except queries.UnknownQuery:
        return []
    return [
        (f"{p.name}=", f"{p.type}: {p.descriptions.get('en', '')}")
        for p in entry.params
        if f"{p.name}=".startswith(incomplete)
    ]


def _name_search(cfg: Config) -> Callable[[str], list[Any]]:
    """The pages' one name search over the store, built on first use (a name given for an IRI)."""
    built: list[Any] = []

    def search(text: str) -> list[Any]:
        if not built:
            from hankegraafi.server.pages import labels
            from hankegraafi.server.pages import search as names
            from hankegraafi.server.query import QueryService

            st = _open(cfg, read_only=not cfg.store_is_remote)
            try:
                index = labels.build(QueryService.of_store(st), person_names=bool(cfg.publish_person_names))
                built.append(names.build(index))
            finally:
                st.close()
        return list(built[0].search(text))

    return search


def query(
    name: Annotated[
        str | None,
        typer.Argument(help="Catalogue query name; omit with --list.", autocompletion=_complete_query_name),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="Parameter as key=value; an IRI may be given as a CURIE (hgv:service/omaolo), "
            "a county code (06) or a name (Omaolo, Satakunnan).",
            autocompletion=_complete_param,
        ),
    ] = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output format.")] = ResultFormat.table,
    store: StoreOpt = None,
    list_: Annotated[bool, typer.Option("--list", help="List the catalogue.")] = False,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of titles.")] = Lang.fi,
) -> None:
    """Aja nimetty kysely. Run a named query of the catalogue."""
    from hankegraafi import queries

    catalogue = queries.load_catalogue()
    if list_ or name is None:
        from hankegraafi.ontology.texts import pick

        table = Table(title="Kyselyt / Queries")
        table.add_column("nimi / name")
        table.add_column("otsikko / title")
        table.add_column("parametrit / parameters")
        for q in catalogue.values():
            params = ", ".join(f"{p.name}:{p.type}{'' if p.required else '?'}" for p in q.params)
            table.add_row(shown(q.name), shown(pick(q.titles, lang.value)), shown(params))
        out.print(table)
        raise typer.Exit(0)
    try:
        entry = queries.get(name)
    except queries.UnknownQuery as exc:
        err.print(
            f"[red]virhe / error:[/red] no query named {shown(repr(name))}; see 'hankegraafi query --list'"
        )
        raise typer.Exit(2) from exc
    cfg = _config(store)
    try:
        text, bindings = entry.bind(_parse_params(param or []), search=_name_search(cfg))
    except queries.ParameterError as exc:
        err.print("[red]parametrivirhe / parameter error:[/red]", exc, highlight=False)
        raise typer.Exit(2) from exc
    _run_and_print(cfg, text, bindings, fmt.value, spreadsheet=True)


def sparql(
    query_text: Annotated[
        str, typer.Argument(metavar="QUERY_OR_@FILE", help="SPARQL text, or @path to a file.")
    ],
    fmt: Annotated[SparqlFormat, typer.Option("--format", "-f", help="Output format.")] = SparqlFormat.table,
    store: StoreOpt = None,
) -> None:
    """Aja SPARQL-kysely. Run a SPARQL query (read-only) against the store."""
    text = query_text
    if query_text.startswith("@"):
        from hankegraafi.store.sparqlparse import MAX_CHARACTERS

        path = Path(query_text[1:])
        try:
            text = read_input(path, 4 * MAX_CHARACTERS).decode("utf-8")  # UTF-8: at most 4 bytes a character
        except OSError as exc:
            err.print(
                f"[red]virhe / error:[/red] {shown_name(path)}: cannot read: {shown(exc.strerror or exc)}"
            )
            raise typer.Exit(2) from exc
        except UnicodeDecodeError as exc:
            err.print(f"[red]virhe / error:[/red] {shown_name(path)}: cannot read: {shown(exc)}")
            raise typer.Exit(2) from exc
    cfg = _config(store)
    _run_and_print(cfg, text, None, fmt.value)


def _run_and_print(
    cfg: Config,
    text: str,
    bindings: Bindings | None,
    fmt: str,
    *,
    spreadsheet: bool = False,
) -> None:
    """Run and print; ``spreadsheet``: the catalogue's CSV, with formula-like cells neutralised."""
    from rdflib import Graph

    from hankegraafi.store import QuerySyntaxError, SelectResult, StoreError
    from hankegraafi.store.base import query_form

    try:
        form = query_form(text)
    except QuerySyntaxError as exc:
        err.print(f"[red]kyselyvirhe / query error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
    st = _open(cfg, read_only=not cfg.store_is_remote)
    try:
        graph_form = form in ("CONSTRUCT", "DESCRIBE")
        if fmt in ("csv", "json") and not graph_form:
            media = "text/csv" if fmt == "csv" else "application/sparql-results+json"
            kept = _stored(st, text, bindings, media) if spreadsheet else None  # a catalogue call
            body = kept if kept is not None else st.query_serialized(text, media, bindings=bindings)
            if spreadsheet and fmt == "csv":
                from hankegraafi.queries.spreadsheet import neutralise_csv

                body = neutralise_csv(body)
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
            return
        stored = _stored(st, text, bindings, None) if spreadsheet and not graph_form else None
        result = stored if stored is not None else st.query(text, bindings=bindings)
    except QuerySyntaxError as exc:
        err.print(f"[red]kyselyvirhe / query error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
    except StoreError as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
    finally:
        st.close()
    if isinstance(result, Graph):
        out_fmt = "json-ld" if fmt == "json" else "turtle"
        sys.stdout.write(result.serialize(format=out_fmt))
        return
    if isinstance(result, bool):
        out.print(json.dumps({"boolean": result}) if fmt == "json" else ("true" if result else "false"))
        return
    assert isinstance(result, SelectResult)
    table = Table(show_lines=False)
    for var in result.variables:
        table.add_column(var)
    for row in result.rows:
        table.add_row(*["" if v is None else shown(v) for v in row])
    out.print(table)
    out.print(f"{len(result.rows)} riviä / rows")


def _stored(st: Any, text: str, bindings: Bindings | None, media: str | None) -> Any:
    """The catalogue answer stored when the data was written, while it follows the data (else None)."""
    from hankegraafi.queries import answers
    from hankegraafi.store.base import inject_values

    if media is not None:
        return answers.serialized(st, text, bindings, media)
    return answers.stored_result(st, inject_values(text, bindings) if bindings else text)


def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="nq and trig keep graphs; ttl is the union.")
    ] = ExportFormat.nq,
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write; default standard output.")
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Vie koko aineisto. Export the whole dataset (N-Quads, TriG or Turtle)."""
    from hankegraafi.store import StoreError

    cfg = _config(store)
    st = _open(cfg, read_only=not cfg.store_is_remote)
    try:
        if out_path is None:
            st.dump(sys.stdout.buffer, fmt.value)
        else:
            size = write_output(out_path, cfg, lambda fh: st.dump(fh, fmt.value))
            err.print(f"{shown_name(out_path)}: {shown(size)} tavua / bytes")
    except (StoreError, OSError) as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
    finally:
        st.close()


def graphs(
    store: StoreOpt = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output format.")] = ResultFormat.table,
) -> None:
    """Listaa nimetyt graafit. List the named graphs with their sources and sizes."""
    import dataclasses

    cfg = _config(store)
    st = _open(cfg, read_only=not cfg.store_is_remote)
    try:
        infos = st.graphs()
    finally:
        st.close()
    if fmt == ResultFormat.json:
        sys.stdout.write(
            json.dumps([dataclasses.asdict(i) for i in infos], ensure_ascii=False, indent=1) + "\n"
        )
        return
    if fmt == ResultFormat.csv:
        import csv

        from hankegraafi.queries.spreadsheet import neutralise_cell

        writer = csv.writer(sys.stdout)
        writer.writerow(["iri", "file_name", "triples", "size", "sha256", "ingested_at"])
        for i in infos:
            # A file name is the sender's ('=HYPERLINK(…).txt'): neutralised as the catalogue's CSV is.
            writer.writerow(
                [
                    neutralise_cell(str(i.iri)),
                    neutralise_cell(i.file_name or ""),
                    i.triples,
                    i.size or "",
                    i.sha256 or "",
                    i.ingested_at or "",
                ]
            )
        return
    # Readable at 80 columns: graphs under the base IRI are shown relative to it (named in the
    # title), the numbers never wrap, the time to the minute; --format csv/json keep everything whole.
    base = str(cfg.base_iri)
    table = Table(title=f"Graafit / Graphs  ({base}…)", title_justify="left")
    table.add_column("graafi / graph", overflow="fold", ratio=3)
    table.add_column("lähde / source", overflow="fold", ratio=2)
    table.add_column("kolmikot\ntriples", justify="right", no_wrap=True)
    table.add_column("tavut\nbytes", justify="right", no_wrap=True)
    table.add_column("luettu\ningested", no_wrap=True)
    for i in infos:
        table.add_row(
            shown(i.iri[len(base) :] if i.iri.startswith(base) else i.iri),
            shown_name(i.file_name or ""),
            str(i.triples),
            "" if i.size is None else str(i.size),
            (i.ingested_at or "")[:16].replace("T", " "),
        )
    out.print(table)
    out.print(f"{len(infos)} graafia / graphs, {sum(i.triples for i in infos)} kolmikkoa / triples")


def load(
    path: Annotated[
        Path, typer.Argument(help="An N-Quads, TriG, Turtle or N-Triples file.", exists=True, dir_okay=False)
    ],
    store: StoreOpt = None,
    derive: Annotated[
        bool,
        typer.Option(
            "--derive/--no-derive",
            help="Johda kanoniset hankkeet, korjaukset ja päättelyt uudelleen. "
            "Rebuild the derived graphs (curation, canonical projects, inferences) after the load.",
        ),
    ] = True,
) -> None:
    """Lataa RDF-tiedosto. Bulk-load an RDF dataset file (for dumps and benchmarks)."""
    from hankegraafi.ingest.derived import drop_caches, recompute_all
    from hankegraafi.store import StoreError

    suffix = path.suffix.lower().lstrip(".")
    formats: dict[str, DumpFormat] = {"nq": "nq", "trig": "trig", "ttl": "ttl", "nt": "nt"}
    fmt = formats.get(suffix)
    if fmt is None:
        err.print(
            f"[red]käyttövirhe / usage error:[/red] {shown_name(path)}: unknown suffix .{shown(suffix)} (nq, trig, ttl, nt)"
        )
        raise typer.Exit(2)
    from hankegraafi.rdfinput import RdfSyntaxError, check_file_characters

    try:
        read_input(path, 0, whole=False)  # a FIFO or device named .nq would block or never end
        check_file_characters(str(path), fmt)
    except OSError as exc:
        err.print(f"[red]virhe / error:[/red] {shown_name(path)}: cannot read: {shown(exc.strerror or exc)}")
        raise typer.Exit(1) from exc
    except RdfSyntaxError as exc:
        err.print(f"[red]virhe / error:[/red] {shown_name(path)}: {shown(exc)}")
        raise typer.Exit(1) from exc
    cfg = _config(store)
    st = _open(cfg)
    dropped: list[str] = []
    try:
        held_data = st.query("ASK { GRAPH ?g { ?s ?p ?o } }") is True
        n = st.load(path, fmt)
        if derive:  # what the loaded documents entail, as after an ingest (a dump's own copies are replaced)
            recompute_all(st, str(cfg.base_iri))
        elif held_data:  # the stored answers no longer follow the data (a whole dump into an empty store does)
            dropped = drop_caches(st, str(cfg.base_iri))
    except StoreError as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
    finally:
        st.close()
    out.print(f"{shown_name(path)}: {shown(n)} nelikkoa / quads")
    if dropped:
        err.print(
            "tallennetut vastaukset poistettu / sparade svar borttagna / dropped, as they no longer follow "
            f"the data: {shown(', '.join(dropped))}; they are read live until the next write rebuilds them"
        )
