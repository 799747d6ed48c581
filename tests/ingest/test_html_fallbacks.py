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
