"""The HTML parser's notes on how it is called never reach the command line: an XHTML page (read by
the HTML parser on purpose) and a page whose whole text is a web address had printed Beautiful Soup's
XMLParsedAsHTMLWarning / MarkupResemblesLocatorWarning, a dozen lines of advice to a programmer naming
no file, above the summary of ``hankegraafi validate`` and ``ingest``. Found by attack (stop 35).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Hankesuunnitelma</h1>'
    "<p>Kainuun hyvinvointialue kehittää kotihoidon palveluja hankkeessa Kotona Kainuussa.</p></body></html>\n"
)


def test_no_parser_warning_reaches_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "sivu.xhtml").write_text(XHTML, encoding="utf-8")
    (tmp_path / "osoite.html").write_text("https://example.org/hanke.html", encoding="utf-8")
    exe = str(Path(sys.executable).with_name("hankegraafi"))
    done = subprocess.run(
        [
            exe,
            "validate",
            str(tmp_path / "sivu.xhtml"),
            str(tmp_path / "osoite.html"),
            "--store",
            str(tmp_path / "st"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "Warning" not in done.stderr and "BeautifulSoup" not in done.stderr, done.stderr[-2000:]
    assert "osoite.html" in done.stdout + done.stderr  # the page about nothing is still refused by name
