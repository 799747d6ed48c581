"""Parts listed under a parts heading with a gloss after a spaced dash ("1. Low-threshold clinic — opening a
walk-in clinic in Kallio") are named without it when the document names them so elsewhere (the lights
matrix's head), so the matrix's lights are filed under them (invented text; partnames._glossed). A name with
a dash of its own, headed whole by the matrix, stays whole."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = (
    "# Status report 2/2025\n\n| | |\n|---|---|\n| Project | Home Care Nights in Kotka |\n\n## Workstreams\n\n"
)


def _parts(text: str) -> dict[str, dict[str, str]]:
    projects = extract(read_bytes(text.encode(), file_name="status.md", max_bytes=100_000)).projects
    return {p.name: {light.dimension: str(light.value) for light in p.lights} for p in projects if p.parent}


def test_a_gloss_after_the_dash_is_no_part_of_a_listed_parts_name() -> None:
    text = _HEAD + (
        "1. Night patrol — nurses visit clients at night\n"
        "2. Remote checks — video calls before bedtime\n\n## Health\n\n"
        "| Area | Night patrol | Remote checks |\n|---|---|---|\n| Schedule | green | yellow |\n"
        "| Budget | green | green |\n"
    )
    parts = _parts(text)
    assert set(parts) == {"Night patrol", "Remote checks"}
    assert parts["Remote checks"]["schedule"] == "deviation"


def test_a_name_with_a_dash_of_its_own_stays_whole() -> None:
    text = _HEAD + (
        "1. Safe – at home\n2. Nights – and days\n\n## Health\n\n"
        "| Area | Safe – at home | Nights – and days |\n|---|---|---|\n| Schedule | green | yellow |\n"
    )
    assert set(_parts(text)) == {"Safe – at home", "Nights – and days"}
