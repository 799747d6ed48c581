/* The dependency explorer: a Cytoscape map walked a bounded page at a time.
 *
 * Everything shown comes from /explorer/api (JSON answers backed by the query
 * catalogue); the view's whole state lives in the URL (seeds, expansions,
 * pins, filters, layout, question asked) so a link reproduces it.
 * window.explorerState() reports what is drawn, for people and for tests.
 */
(function () {
  "use strict";

  const T = JSON.parse(document.getElementById("explorer-texts").textContent);
  const C = JSON.parse(document.getElementById("explorer-config").textContent);
  const params = new URLSearchParams(window.location.search);
  const hl = document.documentElement.lang || "fi";

  const KIND_STYLE = {
    project: { color: "#1f5fa8", shape: "round-rectangle" },
    investment: { color: "#5b9bd5", shape: "rectangle" },
    organisation: { color: "#e08a1e", shape: "ellipse" },
    service: { color: "#2e9d5b", shape: "diamond" },
    region: { color: "#7b4fa0", shape: "hexagon" },
    programme: { color: "#8c8c8c", shape: "star" },
    other: { color: "#b9b9b9", shape: "ellipse" },
  };
  const DEP_STYLE = {
    technical: { color: "#c0392b", line: "solid" },
    functional: { color: "#d35400", line: "dashed" },
    resource: { color: "#8e44ad", line: "dotted" },
    organisational: { color: "#16a085", line: "solid" },
    "national-guidance": { color: "#2c3e50", line: "dashed" },
    "shared-work": { color: "#27ae60", line: "solid" },
    continuation: { color: "#7f8c8d", line: "dashed" },
    unspecified: { color: "#95a5a6", line: "solid" },
  };

  const S = {
    seeds: [],
    expanded: new Map(), // iri -> {dir, pages}
    pinned: new Set(),
    addedBy: new Map(), // iri -> Set of expanders ("seed", an IRI, or a question)
    layout: params.get("layout") || "cose",
    dir: params.get("dir") || "both",
    filters: {
      kinds: new Set(params.get("kinds") ? params.get("kinds").split(",") : C.kinds.concat(["other"])),
      region: params.get("region") || "",
      programme: params.get("programme") || "",
      depkind: params.get("depkind") || "",
      from: params.get("from") || "",
      to: params.get("to") || "",
    },
    question: null, // {mode, a, b, result}
    selected: null,
    highlightedRegions: [],
    pathNodes: [],
    pathEdges: [],
    pick: null, // {mode: "path"|"shared", a}
    notice: "",
    busy: 0,
    errors: [],
    more: new Map(), // iri -> next offset of its expansion
  };

  const $ = (id) => document.getElementById(id);
  const fmt = (key, values) => (T[key] || key).replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const kindName = (k) => T["name:" + k] || k;
  const relName = (r) => T["name:rel:" + r] || T["name:" + r] || r;

  if (typeof window.cytoscape !== "function") {
    window.explorerState = () => ({ ready: false, error: "no-vendor" });
    return;
  }
  if (window.cytoscapeDagre) {
    window.cytoscape.use(window.cytoscapeDagre);
  }

  // -- the map ----------------------------------------------------------------------------------

  const style = [
    {
      selector: "node",
      style: {
        // Long names are cut to a short line (the full name on hover and on the selected node).
        label: "data(label)",
        "font-size": 10,
        "text-wrap": "ellipsis",
        "text-max-width": 110,
        "text-valign": "bottom",
        "text-margin-y": 4,
        width: 26,
        height: 26,
        "border-width": 1,
        "border-color": "#333",
        "background-color": "#b9b9b9",
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { "background-color": s.color, shape: s.shape },
    })),
    { selector: "node.seed", style: { width: 34, height: 34, "font-weight": "bold" } },
    { selector: "node.pinned", style: { "border-width": 4, "border-style": "double", "border-color": "#000" } },
    { selector: "node.region-hl", style: { "border-width": 6, "border-color": "#f1c40f", "background-color": "#e67e22" } },
    { selector: "node.hl", style: { "border-width": 4, "border-color": "#f1c40f" } },
    { selector: "node.path", style: { "border-width": 5, "border-color": "#e74c3c" } },
    { selector: "node:selected", style: { "overlay-opacity": 0.2, "overlay-color": "#000" } },
    {
      selector: "node.hover, node:selected",
      style: {
        "text-max-width": 420,
        "z-index": 30,
        "text-background-color": "#fff",
        "text-background-opacity": 0.92,
        "text-background-padding": 2,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.5,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.8,
        "line-color": "#bbb",
        "target-arrow-color": "#bbb",
        "line-style": "dotted",
        label: "",
        "font-size": 8,
      },
    },
    ...Object.entries(DEP_STYLE).map(([kind, s]) => ({
      selector: `edge[rel = "dependency"][depKind = "${kind}"]`,
      style: { width: 2.5, "line-color": s.color, "target-arrow-color": s.color, "line-style": s.line },
    })),
    { selector: 'edge[rel = "partof"]', style: { "line-style": "solid", "line-color": "#888", "target-arrow-shape": "diamond" } },
    { selector: 'edge[rel = "continuation"]', style: { "line-style": "dashed", "line-color": "#555" } },
    { selector: "edge.path", style: { width: 5, "line-color": "#e74c3c", "target-arrow-color": "#e74c3c", "z-index": 10 } },
    { selector: "edge:selected", style: { width: 5, "overlay-opacity": 0.2 } },
    { selector: ".filtered", style: { display: "none" } },
  ];

  const cy = window.cytoscape({
    container: $("cy"),
    style,
    minZoom: 0.05,
    maxZoom: 2,
    hideEdgesOnViewport: true,
  });

  // -- talking to the server --------------------------------------------------------------------

  async function api(path, query, init) {
    const url = new URL(C.api + path, window.location.origin);
    url.searchParams.set("hl", hl);
    for (const [k, v] of Object.entries(query || {})) {
      if (v !== undefined && v !== null && v !== "") url.searchParams.set(k, v);
    }
    S.busy += 1;
    render();
    try {
      const response = await fetch(url, init);
      const type = response.headers.get("Content-Type") || "";
      const body = type.includes("json") ? await response.json() : await response.text();
      if (!response.ok) {
        const message = (body && body.message) || String(body);
        throw new Error(message);
      }
      return body;
    } catch (err) {
      S.errors.push(String(err.message || err));
      showNotice(`${T.error}: ${err.message || err}`, true);
      throw err;
    } finally {
      S.busy -= 1;
      render();
    }
  }

  // -- adding and removing ----------------------------------------------------------------------

  function addPayload(payload, by) {
    const room = C.viewCap - cy.nodes().length;
    let refused = 0;
    cy.batch(() => {
      for (const node of payload.nodes || []) {
        let el = cy.getElementById(node.id);
        if (el.empty()) {
          if (cy.nodes().length >= C.viewCap) {
            refused += 1;
            continue;
          }
          el = cy.add({ group: "nodes", data: node });
        } else {
          el.data(node);
        }
        if (!S.addedBy.has(node.id)) S.addedBy.set(node.id, new Set());
        if (by) S.addedBy.get(node.id).add(by);
      }
      for (const edge of payload.edges || []) {
        if (!cy.getElementById(edge.id).empty()) continue;
        if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
        cy.add({ group: "edges", data: edge });
      }
    });
    if (refused > 0) showNotice(fmt("view_cap", { n: C.viewCap }));
    return room;
  }

  function removeNode(iri) {
    const el = cy.getElementById(iri);
    if (el.empty()) return;
    el.remove();
    S.addedBy.delete(iri);
    S.seeds = S.seeds.filter((s) => s !== iri);
    S.expanded.delete(iri);
    S.pinned.delete(iri);
    for (const set of S.addedBy.values()) set.delete(iri);
  }

  function collapse(iri) {
    // Neighbours this node brought in go, unless something else keeps them.
    S.expanded.delete(iri);
    S.more.delete(iri);
    for (const [other, by] of [...S.addedBy.entries()]) {
      if (other === iri || !by.has(iri)) continue;
      by.delete(iri);
      if (by.size === 0 && !S.pinned.has(other) && !S.expanded.has(other) && !S.seeds.includes(other)) {
        removeNode(other);
      }
    }
    afterChange();
  }

  async function addSeed(iri, { select = true } = {}) {
    if (!S.seeds.includes(iri)) S.seeds.push(iri);
    const payload = await api("/start", { node: iri });
    addPayload(payload, "seed");
    cy.getElementById(iri).addClass("seed");
    afterChange();
    if (select) selectNode(iri);
  }

  async function expand(iri, { more = false, dir = S.dir } = {}) {
    const offset = more ? S.more.get(iri) || 0 : 0;
    const payload = await api("/expand", { node: iri, dir, offset });
    addPayload(payload, iri);
    const previous = S.expanded.get(iri);
    S.expanded.set(iri, { dir, pages: more && previous ? previous.pages + 1 : 1 });
    if (payload.more) {
      S.more.set(iri, payload.nextOffset);
      const total = payload.totalCapped ? `${payload.total}+` : payload.total;
      showNotice(fmt("cap", { shown: payload.offset + payload.returned, total }));
    } else {
      S.more.delete(iri);
    }
    afterChange();
    return payload;
  }

  // -- questions ----------------------------------------------------------------------------------

  function clearHighlights() {
    cy.elements().removeClass("hl region-hl path");
    S.highlightedRegions = [];
    S.pathNodes = [];
    S.pathEdges = [];
  }

  async function ask(mode, a, b) {
    const path = { impact: "/impact", deps: "/dependencies", path: "/path", shared: "/shared" }[mode];
    const query = mode === "path" || mode === "shared" ? { a, b } : { node: a };
    const result = await api(path, query);
    clearHighlights();
    addPayload(result, "q:" + mode);
    S.question = { mode, a, b: b || null, result };
    const summary = [];
    if (mode === "impact") {
      for (const id of result.affected) cy.getElementById(id).addClass("hl");
      S.highlightedRegions = result.regions.filter((r) => !cy.getElementById(r).empty());
      for (const r of S.highlightedRegions) cy.getElementById(r).addClass("region-hl");
      summary.push(fmt("affected", { n: result.affected.length, r: result.regions.length }));
    } else if (mode === "deps") {
      for (const id of result.dependsOn) cy.getElementById(id).addClass("hl");
      summary.push(fmt("depends_count", { n: result.dependsOn.length }));
    } else if (mode === "path") {
      const nodes = new Set();
      const edges = new Set();
      for (const p of result.paths) {
        p.nodes.forEach((n) => nodes.add(n));
        p.edges.forEach((e) => edges.add(e));
      }
      S.pathNodes = [...nodes];
      S.pathEdges = [...edges];
      for (const n of nodes) cy.getElementById(n).addClass("path");
      for (const e of edges) cy.getElementById(e).addClass("path");
      summary.push(result.found ? fmt("path_found", { n: result.length, k: result.paths.length }) : T.path_none);
    } else if (mode === "shared") {
      for (const id of result.shared) cy.getElementById(id).addClass("hl");
      S.highlightedRegions = result.regions.filter((r) => !cy.getElementById(r).empty());
      for (const r of S.highlightedRegions) cy.getElementById(r).addClass("region-hl");
      summary.push(fmt("shared_count", { n: result.shared.length }));
    }
    if (result.truncated) showNotice(fmt("walk_cap", { n: result.nodes.length }));
    afterChange();
    showQuestion(result, summary.join(" "));
    return result;
  }

  function showQuestion(result, summary) {
    const body = $("panel-body");
    body.replaceChildren();
    const h = document.createElement("h3");
    h.textContent = summary;
    h.id = "question-summary";
    body.append(h);
    if (result.mode === "path" && result.chains && result.chains.length) {
      const p = document.createElement("p");
      p.textContent = T.chains + ": " + result.chains.map((c) => c.nodes.map(labelOf).join(" → ")).join("; ");
      body.append(p);
    }
    const list = document.createElement("ul");
    const ids =
      result.mode === "impact" ? result.affected : result.mode === "deps" ? result.dependsOn
        : result.mode === "shared" ? result.shared : S.pathNodes;
    for (const id of ids.slice(0, 100)) list.append(nodeLink(id));
    body.append(list);
    if (result.query) body.append(queryLink(result.query, T.open_query));
  }

  function labelOf(id) {
    const el = cy.getElementById(id);
    return el.empty() ? id : el.data("label");
  }

  // -- filters ------------------------------------------------------------------------------------

  function nodeVisible(d) {
    const f = S.filters;
    if (!f.kinds.has(d.kind)) return false;
    const projectLike = d.kind === "project" || d.kind === "investment";
    if (f.region && (projectLike || d.kind === "region") && !(d.regions || []).includes(f.region)) return false;
    if (f.programme && projectLike && !(d.programmes || []).includes(f.programme)) return false;
    if (f.from && d.end && d.end < f.from) return false;
    if (f.to && d.start && d.start > f.to) return false;
    return true;
  }

  function applyFilters() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("filtered", !nodeVisible(n.data()));
      });
      cy.edges().forEach((e) => {
        const d = e.data();
        const kindOut = S.filters.depkind && d.rel === "dependency" && d.depKind !== S.filters.depkind;
        const endsHidden = e.source().hasClass("filtered") || e.target().hasClass("filtered");
        e.toggleClass("filtered", Boolean(kindOut || endsHidden));
      });
    });
  }

  // A county's, region's or programme's name in the page's language (the vocabulary's), else its key.
  const nameOf = (iri) => (C.names && C.names[iri]) || iri.split("/").pop();

  function fillFilterOptions() {
    const regions = new Map();
    const programmes = new Map();
    cy.nodes().forEach((n) => {
      const d = n.data();
      if (d.kind === "region") regions.set(d.id, d.label);
      if (d.kind === "programme") programmes.set(d.id, d.label);
      for (const r of d.regions || []) if (!regions.has(r)) regions.set(r, nameOf(r));
      for (const p of d.programmes || []) if (!programmes.has(p)) programmes.set(p, nameOf(p));
    });
    for (const [select, items, current] of [
      [$("f-region"), regions, S.filters.region],
      [$("f-programme"), programmes, S.filters.programme],
    ]) {
      if (current && !items.has(current)) items.set(current, nameOf(current));
      const keep = select.options[0];
      select.replaceChildren(keep);
      for (const [value, label] of [...items.entries()].sort((x, y) => x[1].localeCompare(y[1]))) {
        const option = new Option(label, value, false, value === current);
        select.add(option);
      }
      select.value = current;
    }
  }

  // -- layout -------------------------------------------------------------------------------------

  function runLayout() {
    const visible = cy.elements().not(".filtered");
    if (visible.nodes().length === 0) return;
    const options = {
      // Pinned nodes are locked, so a fresh (randomised) force layout moves only the others.
      cose: { name: "cose", animate: false, randomize: true, nodeRepulsion: 12000, idealEdgeLength: 90, nodeOverlap: 20, numIter: 1000, nodeDimensionsIncludeLabels: true },
      dagre: { name: window.cytoscapeDagre ? "dagre" : "breadthfirst", rankDir: "LR", directed: true, animate: false, nodeSep: 30, rankSep: 110, nodeDimensionsIncludeLabels: true },
      concentric: {
        name: "concentric",
        animate: false,
        minNodeSpacing: 30,
        nodeDimensionsIncludeLabels: true,
        concentric: (n) => (n.hasClass("seed") ? 10 : n.hasClass("path") || n.hasClass("region-hl") ? 6 : n.degree()),
        levelWidth: () => 2,
      },
    }[S.layout] || { name: "cose", animate: false };
    const layout = visible.layout({ ...options, fit: false });
    layout.one("layoutstop", () => {
      declutter(visible.nodes());
      cy.fit(visible, 30);
    });
    layout.run();
  }

  // The box a node takes on the map: its shape and its (shortened) label.
  const boxOf = (n) => n.boundingBox({ includeLabels: true, includeOverlays: false });

  /* No layout promises that labels stay apart (force-directed places by edges, concentric by
   * rings): after it, nodes whose boxes overlap are pushed apart along the axis that needs the
   * least, a pinned node staying where it is, until none overlaps (or 80 rounds). */
  function declutter(nodes) {
    const all = nodes.toArray();
    if (all.length < 2 || all.length > 400) return;
    const gap = 4;
    for (let round = 0; round < 80; round += 1) {
      let overlaps = 0;
      const boxes = all.map(boxOf);
      for (let i = 0; i < all.length; i += 1) {
        for (let j = i + 1; j < all.length; j += 1) {
          const a = boxes[i], b = boxes[j];
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
          const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
          if (dx <= 0 || dy <= 0) continue;
          const ni = all[i], nj = all[j];
          if (ni.locked() && nj.locked()) continue;
          overlaps += 1;
          const pi = ni.position(), pj = nj.position();
          const share = ni.locked() || nj.locked() ? 1 : 0.5;
          const vertical = dy <= dx;
          const along = vertical ? "y" : "x";
          const dir = pi[along] < pj[along] || (pi[along] === pj[along] && i < j) ? -1 : 1;
          const step = (vertical ? dy : dx) * share;
          if (!ni.locked()) ni.position({ ...pi, [along]: pi[along] + dir * step });
          if (!nj.locked()) nj.position({ ...pj, [along]: pj[along] - dir * step });
          boxes[i] = boxOf(ni);
          boxes[j] = boxOf(nj);
        }
      }
      if (!overlaps) return;
    }
  }

  function afterChange() {
    for (const iri of S.pinned) cy.getElementById(iri).addClass("pinned").lock();
    applyFilters();
    fillFilterOptions();
    runLayout();
    updateURL();
    render();
  }

  // -- the URL ------------------------------------------------------------------------------------

  function stateQuery() {
    const q = new URLSearchParams();
    q.set("hl", hl);
    for (const s of S.seeds) q.append("node", s);
    for (const [iri, e] of S.expanded) q.append("x", `${e.dir}:${e.pages}:${iri}`);
    for (const p of S.pinned) q.append("pin", p);
    if (S.layout !== "cose") q.set("layout", S.layout);
    if (S.dir !== "both") q.set("dir", S.dir);
    const allKinds = C.kinds.concat(["other"]);
    if (allKinds.some((k) => !S.filters.kinds.has(k))) q.set("kinds", [...S.filters.kinds].join(","));
    for (const key of ["region", "programme", "depkind", "from", "to"]) {
      if (S.filters[key]) q.set(key, S.filters[key]);
    }
    if (S.question) {
      q.set("mode", S.question.mode);
      q.set("a", S.question.a);
      if (S.question.b) q.set("b", S.question.b);
    }
    if (S.selected) q.set("sel", S.selected);
    return q;
  }

  function updateURL() {
    const q = stateQuery();
    const url = `${window.location.pathname}?${q.toString()}`;
    window.history.replaceState(null, "", url);
    document.querySelectorAll(".langs a").forEach((a) => {
      const other = new URLSearchParams(q);
      other.set("hl", a.dataset.hl);
      a.href = `${window.location.pathname}?${other.toString()}`;
    });
  }

  async function restore() {
    const seeds = params.getAll("node");
    for (const iri of params.getAll("pin")) S.pinned.add(iri);
    if (seeds.length) {
      S.seeds = [...new Set(seeds)];
      const url = new URLSearchParams();
      for (const s of S.seeds) url.append("node", s);
      const payload = await apiMany("/start", url);
      addPayload(payload, "seed");
      for (const s of S.seeds) cy.getElementById(s).addClass("seed");
    }
    for (const x of params.getAll("x")) {
      const m = /^(both|in|out):(\d+):(.+)$/.exec(x);
      if (!m) continue;
      const [, dir, pages, iri] = m;
      await expand(iri, { dir });
      for (let i = 1; i < Number(pages) && S.more.has(iri); i += 1) await expand(iri, { dir, more: true });
    }
    const mode = params.get("mode");
    if (mode && params.get("a")) await ask(mode, params.get("a"), params.get("b"));
    afterChange();
    // "Explore from here" (?node=IRI, one node): that node is selected and its panel filled.
    const sel = params.get("sel") || (S.seeds.length === 1 && !mode ? S.seeds[0] : null);
    if (sel && !cy.getElementById(sel).empty()) {
      cy.getElementById(sel).select();
      await selectNode(sel, { keepQuestion: Boolean(mode) });
    }
  }

  async function apiMany(path, search) {
    // Repeated parameters (node=…&node=…) that api() cannot express with an object.
    const url = new URL(C.api + path, window.location.origin);
    search.set("hl", hl);
    url.search = search.toString();
    S.busy += 1;
    try {
      const response = await fetch(url);
      const body = await response.json();
      if (!response.ok) throw new Error(body.message);
      return body;
    } catch (err) {
      S.errors.push(String(err.message || err));
      showNotice(`${T.error}: ${err.message || err}`, true);
      return { nodes: [], edges: [] };
    } finally {
      S.busy -= 1;
      render();
    }
  }

  // -- the side panel -----------------------------------------------------------------------------

  function nodeLink(id) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#";
    a.textContent = labelOf(id);
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      selectNode(id);
      cy.getElementById(id).select();
    });
    li.append(a);
    return li;
  }

  function queryLink(href, text) {
    const p = document.createElement("p");
    const a = document.createElement("a");
    a.href = href;
    a.textContent = `${text}: ${href.split("?")[0].split("/").pop()}`;
    a.className = "query-link";
    p.append(a);
    return p;
  }

  function button(text, onClick, id) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (id) b.id = id;
    b.addEventListener("click", onClick);
    return b;
  }

  async function selectNode(iri, { keepQuestion = false } = {}) {
    S.selected = iri;
    updateURL();
    const facts = await api("/node", { node: iri });
    if (S.selected !== iri) return;
    const body = $("panel-body");
    if (!keepQuestion) body.replaceChildren();
    const box = document.createElement("div");
    box.className = "facts";
    const h = document.createElement("h3");
    h.textContent = facts.label;
    h.id = "panel-title";
    box.append(h);
    const kind = document.createElement("p");
    kind.className = "kind";
    kind.textContent = kindName(facts.kind);
    box.append(kind);
    const dl = document.createElement("dl");
    for (const f of facts.facts) {
      const dt = document.createElement("dt");
      dt.textContent = f.propertyLabel || f.property;
      dt.dataset.property = f.property;
      const dd = document.createElement("dd");
      if (f.page) {
        const a = document.createElement("a");
        a.href = f.page;
        a.textContent = f.label;
        dd.append(a);
      } else {
        dd.textContent = f.label || f.value;
      }
      dl.append(dt, dd);
    }
    box.append(dl);
    if (facts.page) {
      const a = document.createElement("a");
      a.href = facts.page;
      a.textContent = T.open_page;
      a.className = "page-link";
      box.append(a);
    }
    for (const q of facts.queries) box.append(queryLink(q.href, T.open_query));
    const actions = document.createElement("div");
    actions.className = "buttons actions";
    actions.append(button(T.expand, () => expand(iri), "act-expand"));
    if (S.more.has(iri)) actions.append(button(T.more, () => expand(iri, { more: true }), "act-more"));
    if (S.expanded.has(iri)) actions.append(button(T.collapse, () => collapse(iri), "act-collapse"));
    actions.append(
      button(S.pinned.has(iri) ? T.unpin : T.pin, () => togglePin(iri), "act-pin"),
      button(T.remove, () => { removeNode(iri); afterChange(); }, "act-remove"),
    );
    if (facts.kind === "service" || facts.kind === "organisation" || facts.kind === "project" || facts.kind === "investment") {
      actions.append(button(T.impact, () => ask("impact", iri), "act-impact"));
    }
    if (facts.kind === "project" || facts.kind === "investment") {
      actions.append(button(T.deps, () => ask("deps", iri), "act-deps"));
    }
    if (S.pick && S.pick.mode === "path" && S.pick.a !== iri) {
      actions.append(button(T.path_to, () => { const a = S.pick.a; S.pick = null; ask("path", a, iri); }, "act-path-to"));
    } else {
      actions.append(button(T.path_from, () => { S.pick = { mode: "path", a: iri }; selectNode(iri); }, "act-path-from"));
    }
    if (facts.kind === "region") {
      if (S.pick && S.pick.mode === "shared" && S.pick.a !== iri) {
        actions.append(button(T.shared_b, () => { const a = S.pick.a; S.pick = null; ask("shared", a, iri); }, "act-shared-b"));
      } else {
        actions.append(button(T.shared_a, () => { S.pick = { mode: "shared", a: iri }; selectNode(iri); }, "act-shared-a"));
      }
    }
    box.append(actions);
    body.append(box);
    render();
  }

  async function selectEdge(edge) {
    const d = edge.data();
    S.selected = null;
    const body = $("panel-body");
    body.replaceChildren();
    const h = document.createElement("h3");
    h.id = "panel-title";
    h.textContent = `${labelOf(d.source)} → ${labelOf(d.target)}`;
    body.append(h);
    const rel = document.createElement("p");
    rel.className = "kind";
    rel.textContent = relName(d.rel) + (d.rel === "dependency" ? ` · ${kindName(d.depKind)}` : "");
    body.append(rel);
    if (d.rel === "dependency" && d.dependency) {
      const info = await api("/dependency", { dependency: d.dependency });
      if (info.description) {
        const p = document.createElement("p");
        p.textContent = info.description;
        body.append(p);
      }
      for (const quote of info.quotes || []) {
        const bq = document.createElement("blockquote");
        bq.className = "quote";
        bq.textContent = quote.text;
        const cite = document.createElement("cite");
        const where = [quote.documentTitle || quote.fileName, quote.firstLine ? `${T.lines} ${quote.firstLine}–${quote.lastLine}` : ""]
          .filter(Boolean).join(", ");
        if (quote.documentPage) {
          const a = document.createElement("a");
          a.href = quote.documentPage;
          a.textContent = where;
          cite.append(a);
        } else {
          cite.textContent = where;
        }
        bq.append(document.createElement("br"), cite);
        body.append(bq);
      }
      if (info.page) {
        const a = document.createElement("a");
        a.href = info.page;
        a.className = "page-link";
        a.textContent = T.open_page;
        body.append(a);
      }
    }
    render();
  }

  function togglePin(iri) {
    const el = cy.getElementById(iri);
    if (S.pinned.has(iri)) {
      S.pinned.delete(iri);
      el.removeClass("pinned").unlock();
    } else {
      S.pinned.add(iri);
      el.addClass("pinned").lock();
    }
    updateURL();
    selectNode(iri);
  }

  // -- notices and the summary line ---------------------------------------------------------------

  function showNotice(text, isError) {
    S.notice = text;
    const n = $("notice");
    n.textContent = text;
    n.hidden = !text;
    n.classList.toggle("error", Boolean(isError));
  }

  function render() {
    const visibleNodes = cy.nodes().not(".filtered").length;
    const visibleEdges = cy.edges().not(".filtered").length;
    $("summary").textContent = S.busy
      ? T.loading
      : `${T.nodes}: ${visibleNodes} / ${cy.nodes().length} · ${T.edges}: ${visibleEdges} / ${cy.edges().length}`;
    document.body.classList.toggle("busy", S.busy > 0);
  }

  // -- exports ------------------------------------------------------------------------------------

  function visibleSubgraph() {
    const nodes = cy.nodes().not(".filtered");
    const edges = cy.edges().not(".filtered");
    return {
      nodes: nodes.map((n) => n.data()),
      edges: edges.map((e) => e.data()),
    };
  }

  function download(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  const exporters = {
    png() {
      return cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" });
    },
    json() {
      return new Blob([JSON.stringify({ state: stateQuery().toString(), ...visibleSubgraph() }, null, 2)], { type: "application/json" });
    },
    async turtle() {
      const g = visibleSubgraph();
      const body = JSON.stringify({
        nodes: g.nodes.map((n) => n.id),
        edges: g.edges.map((e) => ({ source: e.source, target: e.target, rel: e.rel, dependency: e.dependency, depKind: e.depKind })),
      });
      const text = await api("/export.ttl", {}, { method: "POST", body, headers: { "Content-Type": "application/json" } });
      return new Blob([text], { type: "text/turtle" });
    },
  };

  // -- wiring -------------------------------------------------------------------------------------

  cy.on("tap", "node", (ev) => selectNode(ev.target.id()));
  cy.on("mouseover", "node", (ev) => ev.target.addClass("hover"));
  cy.on("mouseout", "node", (ev) => ev.target.removeClass("hover"));
  cy.on("dbltap", "node", (ev) => expand(ev.target.id()));
  cy.on("tap", "edge", (ev) => selectEdge(ev.target));

  $("search").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const q = $("q").value.trim();
    const list = $("hits");
    list.replaceChildren();
    if (!q) { list.hidden = true; return; }
    const result = await api("/search", { q });
    for (const hit of result.hits) {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.dataset.iri = hit.id;
      li.className = `hit kind-${hit.kind}`;
      li.textContent = `${hit.label} · ${kindName(hit.kind)}`;
      li.addEventListener("click", async () => {
        list.hidden = true;
        await addSeed(hit.id);
      });
      list.append(li);
    }
    if (!result.hits.length) {
      const li = document.createElement("li");
      li.textContent = T.no_hits;
      list.append(li);
    }
    list.hidden = false;
    S.lastSearch = result;
  });

  $("layout").value = S.layout;
  $("layout").addEventListener("change", (ev) => { S.layout = ev.target.value; runLayout(); updateURL(); });
  $("dir").value = S.dir;
  $("dir").addEventListener("change", (ev) => { S.dir = ev.target.value; updateURL(); });
  $("fit").addEventListener("click", () => cy.fit(cy.elements().not(".filtered"), 30));
  $("zoom-in").addEventListener("click", () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
  $("zoom-out").addEventListener("click", () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }));
  $("clear").addEventListener("click", () => {
    cy.elements().remove();
    S.seeds = []; S.expanded.clear(); S.pinned.clear(); S.addedBy.clear(); S.more.clear();
    S.question = null; S.selected = null; S.pick = null;
    clearHighlights();
    showNotice("");
    afterChange();
  });

  const kindBox = $("f-kinds");
  for (const kind of C.kinds.concat(["other"])) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = kind;
    box.checked = S.filters.kinds.has(kind);
    box.id = `f-kind-${kind}`;
    box.addEventListener("change", () => {
      if (box.checked) S.filters.kinds.add(kind); else S.filters.kinds.delete(kind);
      afterChange();
    });
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = KIND_STYLE[kind].color;
    label.append(box, swatch, document.createTextNode(" " + kindName(kind)));
    kindBox.append(label);
  }
  const depSelect = $("f-depkind");
  for (const kind of C.dependencyKinds) depSelect.add(new Option(kindName(kind), kind));
  depSelect.value = S.filters.depkind;
  for (const [id, key] of [["f-region", "region"], ["f-programme", "programme"], ["f-depkind", "depkind"], ["f-from", "from"], ["f-to", "to"]]) {
    const el = $(id);
    if (key === "from" || key === "to") el.value = S.filters[key];
    el.addEventListener("change", () => { S.filters[key] = el.value.trim(); afterChange(); });
  }

  const legend = document.querySelector("#legend ul");
  for (const [kind, s] of Object.entries(DEP_STYLE)) {
    const li = document.createElement("li");
    const line = document.createElement("span");
    line.className = "line";
    line.style.borderTop = `3px ${s.line} ${s.color}`;
    li.append(line, document.createTextNode(" " + kindName(kind)));
    legend.append(li);
  }

  $("export-png").addEventListener("click", () => download(exporters.png(), "explorer-view.png"));
  $("export-json").addEventListener("click", () => download(exporters.json(), "explorer-view.json"));
  $("export-ttl").addEventListener("click", async () => download(await exporters.turtle(), "explorer-view.ttl"));
  $("share").addEventListener("click", async () => {
    updateURL();
    try {
      await navigator.clipboard.writeText(window.location.href);
      showNotice(T.copied);
    } catch (err) {
      showNotice(window.location.href);
    }
  });

  // -- what tests and people can ask the page ----------------------------------------------------

  window.explorerState = () => {
    const visible = cy.nodes().not(".filtered");
    const visibleEdges = cy.edges().not(".filtered");
    return {
      ready: S.busy === 0 && S.restored === true,
      busy: S.busy,
      nodes: visible.length,
      edges: visibleEdges.length,
      totalNodes: cy.nodes().length,
      totalEdges: cy.edges().length,
      nodeIds: visible.map((n) => n.id()).sort(),
      edgeIds: visibleEdges.map((e) => e.id()).sort(),
      kinds: visible.map((n) => n.data("kind")),
      highlighted: cy.nodes(".hl").map((n) => n.id()).sort(),
      highlightedRegions: [...S.highlightedRegions].sort(),
      pathNodes: [...S.pathNodes].sort(),
      pathEdges: [...S.pathEdges].sort(),
      pinned: [...S.pinned].sort(),
      seeds: [...S.seeds],
      expanded: [...S.expanded.keys()].sort(),
      mode: S.question ? S.question.mode : null,
      question: S.question ? { mode: S.question.mode, a: S.question.a, b: S.question.b } : null,
      layout: S.layout,
      dir: S.dir,
      filters: { ...S.filters, kinds: [...S.filters.kinds].sort() },
      selected: S.selected,
      notice: S.notice,
      errors: [...S.errors],
      search: S.lastSearch ? S.lastSearch.hits.map((h) => ({ id: h.id, label: h.label, kind: h.kind })) : [],
      more: [...S.more.keys()],
      url: window.location.href,
    };
  };
  window.explorer = { cy, expand, addSeed, ask, collapse, togglePin, selectNode, exporters, state: S };

  restore()
    .catch((err) => S.errors.push(String(err)))
    .finally(() => { S.restored = true; render(); });
})();
