"""The ingest's report on the command line: each document's outcome, the summary table, the exit code.

Its own module (the ``ingest`` command's, direct or through a running server: ``cli``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from hankegraafi.cliutil import err, out, shown

if TYPE_CHECKING:
    from hankegraafi.ingest.pipeline import Outcome


def went_well(outcome: Outcome) -> bool:
    """Stored (or rightly not) with nothing failing after: else the exit code is 1."""
    return (outcome.ok or outcome.status in ("quarantined", "skipped")) and not outcome.after


def outcome_of(answer: dict[str, Any]) -> Outcome:
    """An outcome as the server's writer answered it."""
    from rdflib import URIRef

    from hankegraafi.ingest.pipeline import Outcome

    return Outcome(
        Path(answer["file"]),
        answer["status"],
        graph=URIRef(answer["graph"]) if answer.get("graph") else None,
        kind=answer.get("kind"),
        triples=int(answer.get("triples") or 0),
        facts=Counter(answer.get("facts") or {}),
        warnings=list(answer.get("warnings") or []),
        error=answer.get("error"),
        reason=answer.get("reason"),
        after=answer.get("after"),
    )


def name_of(path: Path) -> str:
    """The file's name as the pipeline stores and its warnings write it (:func:`file_name_of`: one
    line, U+FFFD for bytes that are no UTF-8 and for controls). The raw name had been printed: a
    line break in it split a warning and the summary's row in two, a line a name could forge, and
    its warnings named it twice ('new<LF>line.txt: new\ufffdline.txt: …', R4-5, stop 43)."""
    from hankegraafi.ingest.textforms import file_name_of

    return file_name_of(path)


def _where(path: Path) -> str:
    """A path on one line (a skipped file's: its folders may hold a line break too)."""
    return str(path.parent / name_of(path)).replace("\n", "\ufffd").replace("\r", "\ufffd")


def named(name: str, message: str) -> str:
    """The message with the file's name once: the readers' and the extraction's warnings name it already."""
    return message if message.startswith(f"{name}:") else f"{name}: {message}"


def print_summary(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        if o.status == "skipped":
            err.print(
                f"[yellow]ohitettu / skipped:[/yellow] {shown(_where(o.path))}: {shown(o.reason)}",
                highlight=False,
                soft_wrap=True,
            )
        if o.error:
            err.print(f"[red]virhe / error:[/red] {shown(o.error)}", highlight=False, soft_wrap=True)
        if o.after:  # the document is stored; what failed after it was
            err.print(
                f"[red]tallennettu, mutta / lagrad, men / stored, but:[/red] {shown(name_of(o.path))}: "
                f"{shown(o.after)}",
                highlight=False,
                soft_wrap=True,
            )
        for w in o.warnings:
            err.print(
                f"[yellow]varoitus / warning:[/yellow] {shown(named(name_of(o.path), w))}", highlight=False
            )
    table = Table(title="Yhteenveto / Summary")
    table.add_column("dokumentti / document")
    table.add_column("tila / status")
    table.add_column("laji / kind")
    table.add_column("kolmikot / triples", justify="right")
    table.add_column("varoitukset / warnings", justify="right")
    facts: Counter[str] = Counter()
    for o in outcomes:
        table.add_row(shown(name_of(o.path)), o.status, o.kind or "", str(o.triples), str(len(o.warnings)))
        facts.update(o.facts)
    # Through a pipe rich would assume 80 columns and cut file names short ("etela-savo-h…");
    # a script reading the summary gets the table at its natural width instead.
    console = out if out.is_terminal else Console(width=240, soft_wrap=True, emoji=False)
    console.print(table)
    if facts:
        ft = Table(title="Faktat lajeittain / Facts by type")
        ft.add_column("luokka / class")
        ft.add_column("määrä / count", justify="right")
        for name, n in sorted(facts.items()):
            ft.add_row(shown(name), str(n))
        console.print(ft)
    by_status = Counter(o.status for o in outcomes)
    out.print(
        "dokumentteja / documents: "
        + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items()))
        + f"; varoituksia / warnings: {sum(len(o.warnings) for o in outcomes)}"
        + f"; virheitä / errors: {sum(1 for o in outcomes if o.error or o.after)}"
    )
