"""The ``hankegraafi`` command line.

Exit codes: 0 all went well, 1 some input failed (a document, a query, a
violation), 2 the command was used wrongly. Messages name the file or the
parameter at fault.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from hankegraafi import __version__, datacli
from hankegraafi.cliutil import Lang, StoreOpt, err, out, shown, shown_name
from hankegraafi.cliutil import load_config as _config
from hankegraafi.cliutil import open_configured as _open
from hankegraafi.ingestreport import outcome_of, print_summary, went_well
from hankegraafi.logsetup import configure as configure_logging

if TYPE_CHECKING:
    from hankegraafi.ingest.pipeline import Outcome, Status
    from hankegraafi.server.handoff import Serving
    from hankegraafi.settings import Config
    from hankegraafi.store import Store

app = typer.Typer(
    name="hankegraafi",
    help=(
        "Sote-kehittämishankkeet linkitettynä avoimena datana. "
        "Finnish social- and health-care development projects as linked open data."
    ),
    no_args_is_help=True,
    # --install-completion / --show-completion: query names and their parameters complete.
    add_completion=True,
    pretty_exceptions_enable=False,
)


def _review_app() -> typer.Typer:
    from hankegraafi.review import review_app

    return review_app


app.add_typer(_review_app(), name="review")


@app.callback(invoke_without_command=True)
def _main(
    ctx: typer.Context,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show log messages.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    configure_logging(logging.INFO if verbose else logging.WARNING, "%(levelname)s %(name)s: %(message)s")
    if version:
        out.print(f"hankegraafi {__version__}")
        raise typer.Exit(0)
    if ctx.invoked_subcommand is None:
        out.print(ctx.get_help())
        raise typer.Exit(2)


# -- ingest -------------------------------------------------------------------


def _explain(path: Path, lang: str) -> None:
    """Print the coverage report of one document (ingest/coverage.py); exit 1 when it is refused."""
    from hankegraafi.ingest.coverage import coverage, render
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.readers import IngestError, read_document

    cfg = _config(None)
    try:
        document = read_document(path, max_bytes=int(cfg.max_document_bytes))
        extraction = extract(document)
    except IngestError as exc:
        err.print(f"[red]virhe / fel / error:[/red] {shown(exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    out.print(render(coverage(document, extraction), lang), highlight=False, soft_wrap=True, markup=False)


def _progress() -> Progress:
    """The ingest's progress bar on standard error, shown on a terminal only (direct or handed off).

    Redrawn when a document is done (:func:`_advance`), not by rich's refresh thread: with no
    other thread running, the ingest's worker is forked warm (ingest/startmethod.py)."""
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
        auto_refresh=False,
    )


def _advance(progress: Progress, task: TaskID) -> None:
    progress.advance(task)
    progress.refresh()


#: The files ``ingest`` reads, by suffix: ``ingest.readers.SUFFIX_KIND``'s keys (a test holds them
#: equal), written here so that the command line's help does not import the readers.
READABLE: tuple[str, ...] = (".txt", ".text", ".md", ".csv", ".tsv", ".html", ".htm", ".xhtml")
READABLE += (".pdf", ".docx", ".xlsx", ".xlsm", ".pptx", ".eml")


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help=f"Tiedostot tai kansiot ({' '.join(READABLE)}). Files or folders.", show_default=False
        ),
    ] = None,
    store: StoreOpt = None,
    samples: Annotated[
        bool,
        typer.Option("--samples", help="Lue mukana tulevat esimerkkidokumentit. Ingest the bundled samples."),
    ] = False,
    quarantine: Annotated[
        bool,
        typer.Option(
            "--quarantine",
            help="Store documents that break the shapes in a quarantine graph instead of skipping.",
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Re-ingest documents that did not change.")] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Prosesseja lukemiseen ja tarkistukseen (tämä ja N-1 apuprosessia). "
            "Processer för läsning och validering (denna och N-1 hjälpprocesser). "
            "Processes for reading and validation: this one and N-1 workers "
            "(0: one per CPU; used from 8 documents on).",
        ),
    ] = 0,
    explain: Annotated[
        Path | None,
        typer.Option(
            "--explain",
            help="Näytä, mitä dokumentista ymmärrettiin (ei tallenna). Show what was understood of FILE: "
            "sections and fields recognised, lines no fact used, guesses (stores nothing).",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of --explain: fi, sv or en.")] = Lang.fi,
) -> None:
    """Lue dokumentit graafiin. Read documents into the graph, one named graph each.

    Kun hankegraafi serve käyttää varastoa, dokumentit annetaan palvelimelle, joka näyttää ne heti.
    När hankegraafi serve använder lagret lämnas dokumenten till servern, som visar dem genast.
    While hankegraafi serve runs on the store, the documents are handed to it and it answers with them at once.
    """
    from hankegraafi.ingest.pipeline import Ingester, sample_documents
    from hankegraafi.server.handoff import Serving
    from hankegraafi.store import StoreError

    if explain is not None:
        _explain(explain, lang.value)
        return
    items = list(paths or [])
    if samples:
        items.extend(sample_documents())
    if not items:
        err.print("[red]käyttövirhe / usage error:[/red] give PATH... or --samples")
        raise typer.Exit(2)
    cfg = _config(store)
    st = _open_or_handoff(cfg)
    if isinstance(st, Serving):
        _ingest_through_server(st, items, force=force, quarantine=quarantine)
        return
    try:
        ingester = Ingester(st, cfg, quarantine=quarantine, force=force)
        ingester.ensure_reference_graphs()
        from hankegraafi.ingest.pipeline import expand

        total = sum(1 for item in expand(items) if isinstance(item, Path))
        with _progress() as progress:
            task = progress.add_task("ingest", total=total)
            outcomes = ingester.ingest_all(
                items, on_file=lambda _p: _advance(progress, task), jobs=jobs or os.cpu_count() or 1
            )
    except BaseException:
        with contextlib.suppress(StoreError):
            st.close()
        raise
    close_error: StoreError | None = None
    try:
        st.close()
    except StoreError as exc:  # a full disk can show only when the store is flushed
        close_error = exc
    print_summary(outcomes)
    if close_error is not None:
        err.print(f"[red]virhe / error:[/red] {shown(close_error)}")
        raise typer.Exit(1)
    raise typer.Exit(0 if all(went_well(o) for o in outcomes) else 1)


def _open_or_handoff(cfg: Config) -> Store | Serving:
    """The store, or, when ``hankegraafi serve`` holds it, the server to hand the documents to."""
    from hankegraafi.server.handoff import find
    from hankegraafi.store import StoreError, StoreLocked, open_store

    try:
        return open_store(config=cfg)
    except StoreLocked as exc:
        serving = None if cfg.store_is_remote else find(cfg.store_path)
        if serving is None:
            err.print(f"[red]virhe / error:[/red] {shown(exc)}")
            raise typer.Exit(1) from exc
        return serving
    except StoreError as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc


def _ingest_through_server(serving: Serving, items: list[Path], *, force: bool, quarantine: bool) -> None:
    """The documents go to the running server's writer (server/handoff.py); the summary is the same."""
    from hankegraafi.ingest.pipeline import Outcome, Skipped, expand
    from hankegraafi.server.handoff import HandoffError, ingest_files

    err.print(
        f"palvelin käyttää tietovarastoa: dokumentit annetaan sille / servern använder lagret: dokumenten "
        f"lämnas till den / the store is in use by the server: the documents are handed to it ({serving.url})",
        highlight=False,
        soft_wrap=True,
    )
    outcomes: list[Outcome] = []
    files: list[Path] = []
    for item in expand(items):
        if isinstance(item, Skipped):
            status: Status = "failed" if item.failed else "skipped"
            error = f"{item.path}: {item.reason}" if item.failed else None
            outcomes.append(Outcome(item.path, status, error=error, reason=item.reason))
        else:
            files.append(item)
    answered = 0  # the server answers for the files in their order, batch by batch
    try:
        # The same progress bar as a direct ingest (on a terminal only), advanced as each batch returns.
        with _progress() as progress:
            task = progress.add_task("ingest", total=len(files))
            for answer in ingest_files(serving, files, force=force, quarantine=quarantine):
                outcomes.append(outcome_of(answer))
                answered += 1
                _advance(progress, task)
    except HandoffError as exc:
        # Every document named has its line: those the server did not answer for are failed (the
        # summary had said "documents: ; errors: 0" above the error when the first batch failed).
        outcomes += [
            Outcome(
                path, "failed", error=f"{path}: ei vahvistettu / inte bekräftat / not confirmed by the server"
            )
            for path in files[answered:]
        ]
        print_summary(outcomes)
        err.print(f"[red]virhe / error:[/red] {shown(exc)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
    print_summary(outcomes)
    raise typer.Exit(0 if all(went_well(o) for o in outcomes) else 1)


# -- validate -----------------------------------------------------------------


@app.command()
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Documents to check without storing them.")] = None,
    store: StoreOpt = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Report language.")] = Lang.fi,
) -> None:
    """Tarkista muodot. Validate documents, or every document graph in the store, with the SHACL shapes."""
    from hankegraafi.shapes import ValidationReport
    from hankegraafi.shapes import validate as run_shapes

    cfg = _config(store)
    failed = False
    if paths:
        from hankegraafi.ingest.pipeline import Ingester

        rdf_files = [p for p in paths if p.suffix.lower() in _RDF_SUFFIXES]
        documents = [p for p in paths if p.suffix.lower() not in _RDF_SUFFIXES]
        for path in rdf_files:
            failed = _validate_rdf_file(path, lang.value) or failed
        if documents:
            ingester = Ingester(None, cfg, validate=True)
            for outcome in ingester.ingest_all(documents):
                if outcome.status == "skipped":
                    err.print(
                        f"[yellow]ohitettu / skipped:[/yellow] {shown_name(outcome.path)}: {shown(outcome.reason)}",
                        highlight=False,
                        soft_wrap=True,
                    )
                    continue
                if outcome.error and outcome.report is None:
                    err.print(
                        f"[red]virhe / error:[/red] {shown(outcome.error)}", highlight=False, soft_wrap=True
                    )
                    failed = True
                    continue
                report = outcome.report
                if not isinstance(report, ValidationReport):
                    continue  # nothing was validated: no report to show
                out.print(f"[bold]{shown_name(outcome.path)}[/bold]", soft_wrap=True)
                out.print(report.render(lang.value), highlight=False, soft_wrap=True)
                failed = failed or not report.conforms
        raise typer.Exit(1 if failed else 0)
    st = _open(cfg, read_only=not cfg.store_is_remote)
    try:
        infos = [i for i in st.graphs() if i.file_name and "/graph/" in i.iri]
        if not infos:
            out.print("Tietovarastossa ei ole dokumentteja. The store holds no documents.")
        for info in infos:
            from rdflib import URIRef

            report = run_shapes(st.get_graph(URIRef(info.iri)), lang=lang.value)
            out.print(f"[bold]{shown_name(info.file_name)}[/bold] <{shown_name(info.iri)}>", soft_wrap=True)
            out.print(report.render(lang.value), highlight=False, soft_wrap=True)
            failed = failed or not report.conforms
        if infos:
            from hankegraafi.ingest.canonical import conflict_warnings

            out.print("[bold]Ristiriidat / Conflicts[/bold]")
            for line in conflict_warnings(st, lang.value):
                out.print(line, highlight=False, soft_wrap=True)
    finally:
        st.close()
    raise typer.Exit(1 if failed else 0)


_RDF_SUFFIXES = {".ttl", ".trig", ".nt", ".nq"}


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="File names (or graph IRIs) of stored documents.")],
    store: StoreOpt = None,
) -> None:
    """Poista dokumentti. Remove documents and recompute what they contributed (canonical projects, conflicts).

    Kun hankegraafi serve käyttää varastoa, poisto tehdään palvelimen kautta.
    När hankegraafi serve använder lagret görs borttagningen genom servern.
    While hankegraafi serve runs on the store, the removal is made through it.
    """
    from hankegraafi.ingest.pipeline import Ingester

    cfg = _config(store)
    from hankegraafi.server.handoff import Serving

    st = _open_or_handoff(cfg)
    missing = False
    if isinstance(st, Serving):
        from hankegraafi.server.handoff import HandoffError, remove_files

        try:
            answers = remove_files(st, documents)
        except HandoffError as exc:
            err.print(f"[red]virhe / error:[/red] {shown(exc)}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from exc
        for answer in answers:
            if answer["status"] == "removed":
                out.print(
                    f"poistettu / removed: {shown_name(answer['file'])} <{shown_name(answer['graph'])}>",
                    highlight=False,
                    soft_wrap=True,
                )
            else:
                err.print(
                    f"[red]ei löytynyt / not found:[/red] {shown_name(answer['file'])}",
                    highlight=False,
                    soft_wrap=True,
                )
                missing = True
        raise typer.Exit(1 if missing else 0)
    try:
        ingester = Ingester(st, cfg)
        for name in documents:
            removed = ingester.remove(name)
            if removed is None:
                err.print(
                    f"[red]ei löytynyt / not found:[/red] {shown_name(name)}", highlight=False, soft_wrap=True
                )
                missing = True
            else:
                out.print(
                    f"poistettu / removed: {shown_name(name)} <{shown_name(removed)}>",
                    highlight=False,
                    soft_wrap=True,
                )
                if ingester.removal_failure:  # removed; what failed after it was
                    err.print(
                        f"[red]poistettu, mutta / borttagen, men / removed, but:[/red] {shown_name(name)}: "
                        f"{shown(ingester.removal_failure)}",
                        highlight=False,
                        soft_wrap=True,
                    )
                    missing = True
    finally:
        st.close()
    raise typer.Exit(1 if missing else 0)


def _validate_rdf_file(path: Path, lang: str) -> bool:
    """Validate an RDF file a publisher made (all its graphs as one); True when it failed."""
    import pyoxigraph as ox

    from hankegraafi.ingest.readers import open_regular
    from hankegraafi.rdfinput import too_long
    from hankegraafi.shapes import validate as run_shapes
    from hankegraafi.store.terms import ox_to_graph

    try:
        with open_regular(path) as handle:  # a FIFO or device is not opened
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
            graph = ox_to_graph(ox.parse(handle, fmt, base_iri=path.resolve().as_uri()))
    except (OSError, SyntaxError, ValueError, MemoryError) as exc:
        reason = too_long(exc) if isinstance(exc, MemoryError) else exc
        err.print(
            f"[red]virhe / error:[/red] {shown_name(path)}: not readable RDF: {shown(reason)}",
            highlight=False,
            soft_wrap=True,
        )
        return True
    report = run_shapes(graph, lang=lang)
    out.print(f"[bold]{shown_name(path)}[/bold]", soft_wrap=True)
    out.print(report.render(lang), highlight=False, soft_wrap=True)
    return not report.conforms


# -- queries (the commands are in hankegraafi/datacli.py) ---------------------

app.command()(datacli.query)
app.command()(datacli.sparql)


# -- serve, export, graphs --------------------------------------------------------


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8080,
) -> None:
    """Käynnistä palvelin. Serve the SPARQL endpoint, linked-data pages and explorer."""
    from hankegraafi.server import serve as run_server
    from hankegraafi.server.headers import serve_url
    from hankegraafi.server.pool import WriteFailed

    cfg = _config(store)
    if not str(cfg.public_url):
        cfg = cfg.replace(public_url=serve_url(host, port))  # absolute URLs never come from Host
    try:
        run_server(cfg, host, port)
    except WriteFailed as exc:  # the writer could not open the store (damaged, locked, no store): one line
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc


app.command()(datacli.export)
app.command()(datacli.graphs)
app.command()(datacli.load)


# -- ontology check (issue 20) ------------------------------------------------

ontology_app = typer.Typer(help="Ontologian tarkistus. Ontology check (HermiT).", no_args_is_help=True)
app.add_typer(ontology_app, name="ontology")


@ontology_app.command("check")
def ontology_check(
    data: Annotated[
        str | None,
        typer.Option(
            "--data",
            help="Tietovarasto, jonka data tarkistetaan. Store whose data is checked "
            "(default: the configured store).",
            show_default=False,
        ),
    ] = None,
    no_data: Annotated[
        bool, typer.Option("--no-data", help="Vain ontologia ja sanastot. Axioms only.")
    ] = False,
    lang: Annotated[str, typer.Option("--lang", help="fi, sv, en")] = "fi",
    hierarchy: Annotated[
        bool, typer.Option("--hierarchy/--no-hierarchy", help="Print the inferred hierarchy.")
    ] = True,
) -> None:
    """HermiT (owlready2): onko ontologia datoineen ristiriidaton. Is the ontology with its data consistent?

    Exit 0 consistent, 1 inconsistent, 2 the reasoner could not run."""
    from hankegraafi.ontology import reasoning

    graph = None
    if not no_data:
        cfg = _config(data)
        where = str(cfg.store)
        if where.startswith(("http://", "https://")) or Path(where).exists():
            st = _open(cfg, read_only=True)
            try:
                graph = reasoning.stored_data(st, str(cfg.base_iri))
            finally:
                st.close()
        else:
            out.print(reasoning.message("no_data", lang))
    try:
        result = reasoning.check(graph)
    except reasoning.ReasonerUnavailable as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(2) from exc
    for line in reasoning.report_lines(result, lang, hierarchy=hierarchy):
        out.print(line, markup=False, highlight=False, emoji=False)
    if not result.consistent:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the console script.

    A store that fails (a server down, a full disk) ends the command with one
    line naming the store and the cause, not a traceback, and exit code 1.
    """
    try:
        app()
    except OSError as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        sys.exit(1)
    except Exception as exc:
        if not _store_error(exc):
            raise
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        sys.exit(1)


def _store_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the store's (:class:`hankegraafi.store.StoreError`), asked of the store's
    module only where a command imported it: a store error can come from nowhere else. Importing
    it up front (rdflib's SPARQL grammar, about 0.08 s of CPU) cost every command that fails or
    ends before it opens a store: ``--help``, ``--version``, a usage error, a file refused."""
    base = sys.modules.get("hankegraafi.store.base")
    return base is not None and isinstance(exc, base.StoreError)


if __name__ == "__main__":
    main()
