"""End to end in headless Chromium against ``hankegraafi serve`` on the demo graph.

The page is driven as a person would (typing, clicking nodes on the canvas,
pressing the panel's buttons) and what is drawn is read back from the page's
own state (``window.explorerState()``). Screenshots go to
test-artifacts/explorer/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from tests.browser import chromium
from tests.explorer.conftest import ARTIFACTS, ID, LiveServer, V

pytestmark = [pytest.mark.browser, pytest.mark.server]

OMAOLO = V + "service/omaolo"
DIGIFINLAND = V + "organisation/digifinland"
SAT1, POH1, ITA1 = (ID + f"investment/{x}-rrp-1" for x in ("satakunta", "pohjanmaa", "ita-uusimaa"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1400, "height": 900}, locale="fi-FI", accept_downloads=True
    )
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()
    assert errors == [], f"script errors on the page: {errors}"


def state(page: Any) -> dict[str, Any]:
    return page.evaluate("window.explorerState()")  # type: ignore[no-any-return]


def settle(page: Any, condition: str = "true") -> dict[str, Any]:
    """Wait until no request is under way and ``condition`` (on ``s``, the state) holds."""
    # A function, not an expression: Playwright evaluates an expression with eval, which the CSP refuses.
    page.wait_for_function(
        f"() => {{ if (!window.explorerState) return false; const s = window.explorerState();"
        f" return s.ready && ({condition}); }}",
        timeout=20_000,
    )
    return state(page)


def click_node(page: Any, iri: str) -> None:
    """Click where the node is drawn on the canvas.

    Two clicks on the same spot within Cytoscape's double-tap interval would
    expand the node; a person does not click that fast, so neither does this.
    """
    page.wait_for_timeout(400)
    pos = page.evaluate(
        "(id) => { const n = window.explorer.cy.getElementById(id); "
        " window.explorer.cy.center(n); return n.renderedPosition(); }",
        iri,
    )
    page.wait_for_timeout(200)  # let the canvas redraw after centring
    box = page.locator("#cy").bounding_box()
    # A little off the exact centre: Cytoscape's point-in-polygon test misses the very
    # centre of a diamond (the ray runs through two corners); a hand is never that exact.
    page.mouse.click(box["x"] + pos["x"] + 2, box["y"] + pos["y"] + 3)
    page.wait_for_function("(id) => window.explorerState().selected === id", arg=iri, timeout=5000)


def click_edge(page: Any, edge_id: str) -> None:
    page.wait_for_timeout(400)
    pos = page.evaluate(
        "(id) => { const e = window.explorer.cy.getElementById(id); window.explorer.cy.center(e);"
        " return e.renderedMidpoint(); }",
        edge_id,
    )
    box = page.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_walk_search_expand_path_filter_impact(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/explorer?hl=fi")
    settle(page)

    # Search an inflected form of a service and add it to the map.
    page.fill("#q", "Omaolon")
    page.click("#search button")
    page.wait_for_selector("#hits li.hit")
    assert page.locator("#hits li.hit").first.get_attribute("data-iri") == OMAOLO
    page.locator("#hits li.hit").first.click()
    s = settle(page, "s.nodes === 1")
    assert s["nodeIds"] == [OMAOLO] and s["selected"] == OMAOLO
    page.wait_for_selector("#panel-title")
    assert page.locator("#panel-title").inner_text() == "Omaolo"

    # Expand it: the three investments that rely on it and its developer.
    page.click("#act-expand")
    s = settle(page, "s.nodes === 5")
    assert (s["nodes"], s["edges"]) == (5, 4)
    assert s["nodeIds"] == sorted([OMAOLO, DIGIFINLAND, SAT1, POH1, ITA1])
    shot(page, "1-expanded")

    # The side panel of a dependency: its kind and the quote it came from.
    click_edge(page, ID + "dependency/satakunta-rrp-1-omaolo")
    page.wait_for_selector("#panel-body blockquote.quote")
    panel = page.locator("#panel-body").inner_text()
    assert "Tekninen" in panel  # the dependency kind, as the vocabulary names it
    assert "Hanke on riippuvainen DigiFinlandin Omaolo-palvelun kehityksestä ja aikataulusta." in panel
    assert (
        page.locator("#panel-body a.page-link").get_attribute("href") == "/id/dependency/satakunta-rrp-1-omaolo"
    )

    # A path between projects of two counties (Satakunta, Itä-Uusimaa): through Omaolo.
    click_node(page, SAT1)
    page.wait_for_selector("#act-path-from")
    page.click("#act-path-from")
    settle(page)
    click_node(page, ITA1)
    page.wait_for_selector("#act-path-to")
    page.click("#act-path-to")
    s = settle(page, "s.mode === 'path'")
    assert s["pathNodes"] == sorted([SAT1, OMAOLO, ITA1])
    assert s["pathEdges"] == sorted(
        [ID + "dependency/satakunta-rrp-1-omaolo", ID + "dependency/ita-uusimaa-rrp-1-omaolo"]
    )
    assert "2" in page.locator("#question-summary").inner_text()
    shot(page, "2-path")

    # A filter: without investments only the service and its developer stay, joined by one edge.
    page.uncheck("#f-kind-investment")
    s = settle(page, "s.nodes === 2")
    assert s["nodeIds"] == sorted([OMAOLO, DIGIFINLAND])
    assert (s["edges"], s["totalNodes"]) == (1, 5)
    assert "kinds=" in s["url"]
    shot(page, "3-filtered")
    page.check("#f-kind-investment")
    settle(page, "s.nodes === 5")

    # What is affected if Omaolo slips: three investments, their projects, three counties highlighted.
    click_node(page, OMAOLO)
    page.wait_for_selector("#act-impact")
    page.click("#act-impact")
    s = settle(page, "s.mode === 'impact'")
    assert s["highlightedRegions"] == [V + "county/01", V + "county/06", V + "county/17"]
    assert (s["nodes"], s["edges"]) == (11, 13)
    assert set(s["highlighted"]) == {SAT1, POH1, ITA1} | {
        ID + f"project/{x}-rrp" for x in ("satakunta", "pohjanmaa", "ita-uusimaa")
    }
    assert "6" in page.locator("#question-summary").inner_text()
    assert (
        page.locator("#panel-body a.query-link")
        .get_attribute("href")
        .startswith("/queries/regions-depending-on?")
    )
    shot(page, "4-impact")

    # The state is in the URL: opening it again draws the same view.
    url = s["url"]
    page.goto(url)
    again = settle(page, "s.mode === 'impact'")
    for key in ("nodeIds", "edgeIds", "highlightedRegions", "highlighted", "seeds", "expanded", "mode"):
        assert again[key] == s[key], key
    shot(page, "5-restored")


def test_region_filter_layouts_pins_and_exports(page: Any, live_server: LiveServer) -> None:
    # Start from a resource ("explore from here") with its neighbours expanded.
    page.goto(f"{live_server.url}/explorer?hl=en&node={OMAOLO}&x=both:1:{OMAOLO}")
    s = settle(page, "s.nodes === 5")
    assert s["seeds"] == [OMAOLO]

    page.select_option("#f-region", V + "county/06")
    s = settle(page, "s.nodes === 3")
    assert s["nodeIds"] == sorted([OMAOLO, DIGIFINLAND, SAT1])
    page.select_option("#f-region", "")
    settle(page, "s.nodes === 5")

    page.select_option("#f-depkind", "functional")
    s = settle(page, "s.edges === 2")
    assert sorted(s["edgeIds"]) == sorted(
        [ID + "dependency/pohjanmaa-rrp-1-omaolo", f"developer|{OMAOLO}|{DIGIFINLAND}"]
    )
    page.select_option("#f-depkind", "")

    for layout in ("dagre", "concentric", "cose"):
        before = page.evaluate("window.explorer.cy.nodes().map(n => n.position())")
        page.select_option("#layout", layout)
        s = settle(page, f"s.layout === '{layout}'")
        after = page.evaluate("window.explorer.cy.nodes().map(n => n.position())")
        assert after != before, layout
    shot(page, "6-cose")

    # Pin: the pinned node keeps its place through a new layout.
    click_node(page, DIGIFINLAND)
    page.wait_for_selector("#act-pin")
    page.click("#act-pin")
    settle(page, f"s.pinned.includes('{DIGIFINLAND}')")
    where = page.evaluate(f"window.explorer.cy.getElementById('{DIGIFINLAND}').position()")
    page.select_option("#layout", "concentric")
    settle(page, "s.layout === 'concentric'")
    assert page.evaluate(f"window.explorer.cy.getElementById('{DIGIFINLAND}').position()") == where
    page.select_option("#layout", "cose")  # concentric may put a node under the pinned one
    settle(page, "s.layout === 'cose'")

    # Collapse takes back what the expansion brought (the pinned node stays).
    click_node(page, OMAOLO)
    page.wait_for_selector("#act-collapse")
    page.click("#act-collapse")
    s = settle(page, "s.nodes === 2")
    assert s["nodeIds"] == sorted([OMAOLO, DIGIFINLAND])
    page.click("#act-expand")
    settle(page, "s.nodes === 5")

    # Exports: a PNG, the visible subgraph as Turtle and as JSON.
    with page.expect_download() as png:
        page.click("#export-png")
    png_path = ARTIFACTS / "view.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png.value.save_as(png_path)
    assert png_path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    with page.expect_download() as ttl:
        page.click("#export-ttl")
    ttl_path = ARTIFACTS / "view.ttl"
    ttl.value.save_as(ttl_path)
    g = Graph().parse(ttl_path, format="turtle")
    assert (URIRef(POH1), DCTERMS.requires, URIRef(OMAOLO)) in g

    with page.expect_download() as js:
        page.click("#export-json")
    data = json.loads(js.value.path().read_text())
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 4
    assert f"node={OMAOLO}".replace(":", "%3A").replace("/", "%2F") in data["state"]


def test_cross_region_views(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/explorer/views?hl=fi")
    page.wait_for_function("() => window.viewsState && window.viewsState().ready", timeout=20_000)
    views = page.evaluate("window.viewsState()")
    assert views["errors"] == []
    assert (views["budget"]["counties"], views["budget"]["bars"]) == (4, 10)
    assert set(views["budget"]["over"]) == {
        V + "county/18",
        ID + "investment/keski-pohjanmaa-rrp-4",
        ID + "investment/pohjanmaa-rrp-4",
        ID + "investment/satakunta-rrp-1",
    }
    assert views["deviations"]["dimensions"] == ["schedule", "costs", "staff"]
    assert sum(c["count"] for c in views["deviations"]["cells"]) == 5
    assert len(views["matrix"]["services"]) == 4
    assert page.locator("#budget .bar").count() == 10
    assert page.locator("#deviations .cell").count() == 3 * 3
    assert page.locator("#matrix .cell").count() == 4 * 4
    links = [a.get_attribute("href") for a in page.locator("a.query-link").all()]
    assert [link.split("?")[0] for link in links] == [
        "/queries/budget-by-region",
        "/queries/deviations",
        "/queries/regions-depending-on",
    ]
    page.screenshot(path=str(ARTIFACTS / "7-views.png"), full_page=True)
    # A matrix cell opens the impact view of its service.
    page.locator(f'#matrix .cell[data-col="{OMAOLO}"][data-region="{V}county/06"]').click()
    page.wait_for_url("**/explorer?*mode=impact*")
    s = settle(page, "s.mode === 'impact'")
    assert s["highlightedRegions"] == [V + "county/01", V + "county/06", V + "county/17"]


#: The boxes (shape and label) of the visible nodes that overlap, as pairs of node IRIs.
OVERLAPS = """() => {
  const cy = window.explorer.cy;
  const nodes = cy.nodes().not('.filtered').toArray();
  const box = (n) => n.boundingBox({ includeLabels: true, includeOverlays: false });
  const out = [];
  for (let i = 0; i < nodes.length; i += 1) for (let j = i + 1; j < nodes.length; j += 1) {
    const a = box(nodes[i]), b = box(nodes[j]);
    if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1))
      out.push([nodes[i].id(), nodes[j].id()]);
  }
  return out;
}"""


def test_explore_from_here_names_and_labels_apart(page: Any, live_server: LiveServer) -> None:
    """Issue 19: ?node= opens with the node selected and its panel filled, the county filter lists
    names in the page's language, property names are the page's language, labels do not overlap."""
    from hankegraafi.ontology import registry
    from hankegraafi.server.explorer.sparql import FACT_PROPERTIES

    seeds = [OMAOLO, SAT1, POH1, ITA1]
    expand = "&".join(f"x=both:1:{iri}" for iri in seeds)
    page.goto(f"{live_server.url}/explorer?hl=sv&node={OMAOLO}&{expand}")
    s = settle(page, "s.selected !== null && s.nodes > 8")
    assert s["selected"] == OMAOLO and s["seeds"] == [OMAOLO]
    page.wait_for_selector("#panel-body dl dt")
    assert page.locator("#panel-title").inner_text() == "Omaolo"
    # The side panel names each property in Swedish (the ontology's and reused-labels.ttl's labels).
    shown = dict(
        zip(
            page.locator("#panel-body dt").evaluate_all("els => els.map(e => e.dataset.property)"),
            page.locator("#panel-body dt").all_inner_texts(),
            strict=True,
        )
    )
    assert shown, "the panel shows no facts"
    for iri in FACT_PROPERTIES:
        key = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if key in shown:
            assert shown[key] == registry.label(iri, "sv").text, (key, shown[key])
    assert shown.get("developer") == "utvecklare"

    # The county filter: every option a county's Swedish name (never a bare code such as 06).
    options = page.locator("#f-region option").evaluate_all("els => els.map(e => [e.value, e.textContent])")
    counties = {value: text for value, text in options if value}
    assert set(counties) >= {V + "county/01", V + "county/06", V + "county/17"}
    for value, text in counties.items():
        assert text == registry.label(value, "sv").text, (value, text)
        assert not text.strip().isdigit()
    shot(page, "8-explore-from-here-sv")

    # No two nodes' labels overlap, in every layout (the selected node's full name is drawn on top).
    page.mouse.move(1, 1)
    page.evaluate("() => { window.explorer.cy.$(':selected').unselect(); }")
    assert page.evaluate(OVERLAPS) == []
    for layout in ("concentric", "dagre", "cose"):
        page.select_option("#layout", layout)
        settle(page, f"s.layout === '{layout}'")
        assert page.evaluate(OVERLAPS) == [], layout
    shot(page, "9-labels-apart")


def test_matrix_scrolls_within_its_box(browser: Any, live_server: LiveServer) -> None:
    """Issue 19: on a narrow screen the county × service matrix scrolls inside its box, and its
    last column (cells and leaning name) is drawn whole, not cut off."""
    context = browser.new_context(viewport={"width": 700, "height": 900}, locale="fi-FI")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/explorer/views?hl=fi")
        page.wait_for_function("() => window.viewsState && window.viewsState().ready", timeout=20_000)
        last = page.evaluate("window.viewsState()")["matrix"]["services"][-1]
        geometry = page.evaluate(
            """(last) => {
              const rect = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.right]; };
              const box = document.querySelector('#matrix .chart');
              box.scrollLeft = box.scrollWidth;
              const cells = [...document.querySelectorAll(`#matrix .cell[data-col="${last}"] rect`)];
              return {
                box: rect(box), section: rect(document.querySelector('#matrix')),
                svg: rect(box.querySelector('svg')), scrolls: box.scrollWidth > box.clientWidth,
                head: rect(document.querySelector(`#matrix text.col-head[data-col="${last}"]`)),
                cells: cells.map(rect), page: [document.documentElement.scrollWidth, window.innerWidth],
              };
            }""",
            last,
        )
        left, right = geometry["box"]
        assert geometry["scrolls"], geometry  # too wide for 700 px: it scrolls, inside its box
        assert geometry["section"][0] <= left and right <= geometry["section"][1] + 0.5, geometry
        assert geometry["page"][0] <= geometry["page"][1], "the page scrolls sideways"
        assert len(geometry["cells"]) == 4
        for a, b in [*geometry["cells"], geometry["head"]]:
            assert left - 0.5 <= a and b <= right + 0.5, (a, b, geometry)
        assert geometry["head"][1] <= geometry["svg"][1], "the last column's name is cut off"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.locator("#matrix").screenshot(path=str(ARTIFACTS / "10-matrix-narrow.png"))
    finally:
        context.close()
