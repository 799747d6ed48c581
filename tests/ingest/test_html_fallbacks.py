"""What a page shows without scripts and what its drawings say (issue 13, stop 39; test27 i76).

A county page drew its lights as SVG circles whose titles said "Aikataulu: vihreä", and gave its cost
table only inside ``<noscript>`` under a chart embed: both were skipped whole. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.readers import read_bytes

PAGE = """<!DOCTYPE html><html lang="fi"><head><title>Hanke</title>
<noscript><img src="https://seuranta.example.invalid/p.gif" alt=""></noscript></head>
<body><noscript><p>Ota JavaScript käyttöön nähdäksesi koko sivun.</p></noscript>
<main><h1>Arjen apu</h1>
<h2>Tila</h2>
<svg role="img" width="300" height="40"><title>Tilannevalot</title>
<circle cx="20" cy="20" r="10" fill="#2e7d32"><title>Aikataulu: vihreä</title></circle>
<circle cx="60" cy="20" r="10" fill="#c62828"><title>Resurssit</title></circle>
<circle cx="100" cy="20" r="10" fill="#1565c0"><title>Viestintä</title></circle>
</svg>
<p>Ikoni <svg width="12" height="12"><title>vihreä</title><circle r="5" fill="green"/></svg> kuvaa tilaa.</p>
<svg width="200" height="100"><rect width="50" height="80"/><text x="5" y="95">2024</text></svg>
<h2>Menot</h2>
<div class="chart"><iframe title="Menot" src="https://kaaviot.example.invalid/1"></iframe>
<noscript><table><tr><th>Kulu</th><th>Arvio</th></tr><tr><td>Palkat</td><td>50 000</td></tr></table></noscript></div>
</main></body></html>"""


def _lines() -> list[str]:
    return read_bytes(PAGE.encode(), file_name="hanke.html", max_bytes=1_000_000).lines


def test_a_drawings_titled_shapes_read_a_line_each_with_a_fill_a_title_leaves_unsaid() -> None:
    lines = _lines()
    start = lines.index("Tilannevalot")
    assert lines[start : start + 4] == ["Tilannevalot", "Aikataulu: vihreä", "Resurssit red", "Viestintä"]
    assert "2024" not in lines  # a chart's axis label is no line of the page


def test_a_noscript_table_is_read_and_a_noscript_message_is_not() -> None:
    lines = _lines()
    assert "Kulu\tArvio" in lines and "Palkat\t50 000" in lines
    assert not any("JavaScript" in line for line in lines)


def test_a_fill_in_the_style_and_dots_labelled_by_the_text_beside_them() -> None:
    """A shape's colour in its style beside a grey stroke ("fill: rgb(0, 150, 70); stroke: #333"), and dots
    whose labels are ``<text>`` elements after them, not titles (stop 50, L7; test29 ib43, test25 l16): a line
    for each dot whose label names a light's dimension; a key's labels are no line, and a chart's bars (a year's
    bar beside a dimension's square) make the drawing no lights."""
    page = """<html><body><h1>Kotiapu</h1>
<svg role="img"><circle r="9" style="fill: rgb(0, 150, 70); stroke: #333"><title>Schedule</title></circle>
<circle r="9" style="stroke: #333; fill: rgb(200, 30, 30)"><title>Costs</title></circle></svg>
<svg role="img"><title>Läget</title>
<rect width="9" height="9" fill="#c62828"/><text x="14" y="9">Tidtabell</text>
<rect width="9" height="9" fill="#2e7d32"/><text x="14" y="29">Personal</text>
<rect width="9" height="9" fill="#2e7d32"/><text x="214" y="9">enligt plan</text></svg>
<svg><rect width="9" height="9" fill="#c62828"/><text>Tidtabell</text><rect width="40" height="80"
fill="#2e7d32"/><text x="5" y="95">2024</text></svg>
</body></html>"""
    lines = read_bytes(page.encode(), file_name="sida.html", max_bytes=1_000_000).lines
    assert "Schedule green" in lines and "Costs red" in lines
    assert lines[lines.index("Läget") : lines.index("Läget") + 3] == [
        "Läget",
        "Tidtabell red",
        "Personal green",
    ]
    assert not any(line.startswith(("enligt plan", "2024")) for line in lines)
    assert lines.count("Tidtabell red") == 1  # the second drawing is a chart
