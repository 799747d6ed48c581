"""How the browser tests start Debian's Chromium (Playwright drives it; nothing is downloaded)."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
#: No network of its own: no updates, sync, QUIC or first-run pages while the tests run.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
