"""The ingest command's help lists every file it reads (``hankegraafi ingest --help``)."""

from __future__ import annotations

from typer.testing import CliRunner

from hankegraafi import cli
from hankegraafi.ingest.readers import SUFFIX_KIND


def test_the_help_names_every_suffix_the_readers_read() -> None:
    assert set(cli.READABLE) == set(SUFFIX_KIND)
    assert len(cli.READABLE) == len(set(cli.READABLE))
    shown = CliRunner().invoke(cli.app, ["ingest", "--help"], terminal_width=400)
    assert shown.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    for suffix in cli.READABLE:
        assert suffix in text, suffix
    assert ".pptx" in text and "Files or folders" in text
