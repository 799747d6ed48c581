"""The two checkers of the web tests: axe-core in Chromium, and the Nu Html Checker (vnu.jar on Java).

Both come from the npm registry into ``tests/web/checkers/node_modules``
(``scripts/setup_checkers.sh``, run by ``scripts/setup.sh --dev``); nothing
is fetched while the tests run. axe runs in the page after its scripts have
run (the explorer and the editor build most of their DOM in JavaScript); the
Nu checker reads each page's HTML as the server sent it, all pages in one
Java process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
MODULES = HERE / "checkers" / "node_modules"
AXE = MODULES / "axe-core" / "axe.min.js"
VNU = MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"

#: axe runs the rules it enables by default: WCAG 2.0 and 2.1 A and AA, and its best
#: practices (the set the issue's review ran); WCAG 2.2's target-size is off by default.
BLOCKING = ("critical", "serious")


def missing() -> str | None:
    """Why the checkers cannot run here, or None."""
    if not AXE.is_file() or not VNU.is_file():
        return f"{AXE} or {VNU} is missing: run scripts/setup_checkers.sh (part of scripts/setup.sh --dev)"
    if shutil.which("java") is None:
        return "java is missing (scripts/setup.sh installs a Java runtime)"
    return None


def run_axe(page: Any) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it stands (each with impact, id, help and nodes).

    The script is added through Playwright's CDP channel (``add_script_tag``
    with content would be an inline script, which the page's CSP refuses).
    """
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return list(result["violations"])


def blocking(violations: list[dict[str, Any]]) -> list[str]:
    """The critical and serious violations, one readable line each."""
    out = []
    for v in violations:
        if v.get("impact") in BLOCKING:
            targets = [" ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])[:5]]
            out.append(f"{v['impact']} {v['id']} ({len(v['nodes'])}x): {v['help']} — {targets}")
    return out


def run_vnu(files: list[Path]) -> dict[str, list[str]]:
    """The Nu Html Checker's errors per file (warnings and info left out), all files in one Java run.

    A run of seconds: the JIT's first tier alone and one garbage collector thread take half the CPU
    time of the JVM's defaults (its second-tier compilations and G1's threads on every core), and
    the report is the same bytes."""
    proc = subprocess.run(
        [
            "java",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-jar",
            str(VNU),
            "--format",
            "json",
            "--stdout",
            "--errors-only",
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        raise RuntimeError(f"vnu.jar exited {proc.returncode}: {proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    errors: dict[str, list[str]] = {str(f): [] for f in files}
    for message in report["messages"]:
        name = str(message.get("url", "")).removeprefix("file:")
        line = message.get("lastLine", "?")
        text = f"line {line}: {message.get('message')} [{message.get('extract', '')!r}]"
        errors.setdefault(name, []).append(text)
    return errors
