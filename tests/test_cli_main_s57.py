"""hankegraafi.cli.main: a store's error ends the command with one line and exit 1, any other error is
not swallowed, and a command that never opens a store does not import the store's code (stop 57)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from hankegraafi import cli


def _raising(exc: BaseException) -> object:
    def app() -> None:
        raise exc

    return app


def test_a_store_error_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from hankegraafi.store import StoreUnavailable

    monkeypatch.setattr(cli, "app", _raising(StoreUnavailable("http://127.0.0.1:9/sparql: connection refused")))
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "connection refused" in err and "Traceback" not in err


def test_an_os_error_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "app", _raising(PermissionError(13, "Permission denied", "/var/lib/store")))
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 1
    assert "Permission denied" in capsys.readouterr().err


def test_any_other_error_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "app", _raising(ValueError("a bug")))
    with pytest.raises(ValueError, match="a bug"):
        cli.main()


def test_a_command_that_opens_no_store_does_not_import_the_store() -> None:
    """``--version`` and a usage error end before any store: the store's base module (rdflib's SPARQL
    grammar) is not imported for them, as main() imported it up front before stop 57."""
    code = (
        "import sys\n"
        "from hankegraafi import cli\n"
        "for argv in (['hankegraafi', '--version'], ['hankegraafi', 'query', '--no-such-option']):\n"
        "    sys.argv = argv\n"
        "    try:\n"
        "        cli.main()\n"
        "    except SystemExit as exc:\n"
        "        print(argv[-1], exc.code)\n"
        "print('store.base', 'hankegraafi.store.base' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert "--version 0" in lines and "--no-such-option 2" in lines, done.stdout
    assert lines[-1] == "store.base False", done.stdout
