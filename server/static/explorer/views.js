/* Cross-region views: budget bars, a deviation heat map and a county × service matrix.
 *
 * Plain SVG drawn from /explorer/api/charts/* (each backed by a catalogue
 * query, linked under its chart). Bars and cells open the explorer on the
 * project, county or service they stand for. window.viewsState() reports
 * what was drawn.
 */
(function () {
  "use strict";
  const T = JSON.parse(document.getElementById("explorer-texts").textContent);
  const C = JSON.parse(document.getElementById("explorer-config").textContent);
  const hl = document.documentElement.lang || "fi";
  const NS = "http://www.w3.org/2000/svg";
  const drawn = { budget: null, deviations: null, matrix: null, errors: [] };

  function el(name, attrs, text) {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function explore(iri, extra) {
    const q = new URLSearchParams({ hl, node: iri, ...(extra || {}) });
    return `${C.page}?${q.toString()}`;
  }
  function linked(iri, child, extra) {
    const a = el("a", { href: explore(iri, extra) });
    a.append(child);
    return a;
  }
  const money = (v) => new Intl.NumberFormat(hl, { maximumFractionDigits: 0 }).format(v) + " €";
  const short = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);

  async function load(name) {
    const response = await fetch(`${C.api}/charts/${name}?hl=${hl}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.message);
    return body;
  }

  function source(section, href) {
    const p = document.querySelector(`#${section} .source`);
    const a = document.createElement("a");
    a.href = href;
    a.className = "query-link";
    a.textContent = `${T.open_query}: ${href.split("?")[0].split("/").pop()}`;
    p.replaceChildren(a);
  }

  function empty(section) {
    document.querySelector(`#${section} .chart`).textContent = T.no_data;
  }

  function drawBudget(data) {
    const rows = [];
    for (const county of data.counties) {
      rows.push({ county: true, ...county });
      for (const p of county.projects) rows.push({ county: false, ...p, region: county.id });
    }
    if (!rows.length) return empty("budget");
    const max = Math.max(...rows.map((r) => Math.max(r.budget, r.actual)), 1);
    const labelW = 330, barW = 520, rowH = 30;
    const svg = el("svg", { width: labelW + barW + 140, height: rows.length * rowH + 40, role: "group", "aria-label": T.budget_title });
    const legend = el("g", { transform: "translate(0,12)" });
    legend.append(el("rect", { x: labelW, y: -9, width: 12, height: 10, fill: "#9db9dc" }), el("text", { x: labelW + 16, y: 0 }, T.budget));
    legend.append(el("rect", { x: labelW + 110, y: -9, width: 12, height: 10, fill: "#1f5fa8" }), el("text", { x: labelW + 126, y: 0 }, T.actual));
    svg.append(legend);
    rows.forEach((r, i) => {
      const y = 30 + i * rowH;
      const g = el("g", { class: r.county ? "bar county" : "bar project", "data-iri": r.id });
      const label = el("text", { x: r.county ? 0 : 14, y: y + 14, "font-weight": r.county ? "bold" : "normal" }, short(r.label, r.county ? 46 : 44));
      g.append(linked(r.id, label));
      const bw = (r.budget / max) * barW, aw = (r.actual / max) * barW;
      g.append(el("rect", { x: labelW, y: y + 2, width: bw, height: 10, fill: "#9db9dc" }));
      const over = r.actual > r.budget;
      g.append(el("rect", { x: labelW, y: y + 13, width: aw, height: 10, fill: over ? "#c0392b" : "#1f5fa8", class: over ? "over" : "" }));
      const title = el("title", {}, `${r.label}\n${T.budget}: ${money(r.budget)}\n${T.actual}: ${money(r.actual)}${r.utilisation != null ? ` (${r.utilisation} %)` : ""}`);
      g.append(title);
      g.append(el("text", { x: labelW + Math.max(bw, aw) + 6, y: y + 17 }, r.utilisation != null ? `${r.utilisation} %` : ""));
      svg.append(g);
    });
    document.querySelector("#budget .chart").replaceChildren(svg);
    drawn.budget = { counties: data.counties.length, bars: rows.length, over: rows.filter((r) => r.actual > r.budget).map((r) => r.id) };
  }

  // Deviations in warm colours (they need follow-up), dependencies in blue (they are just facts).
  function heat(count, max, palette) {
    if (!count) return palette === "blue" ? "#f4f6f8" : "#e8f5e9";
    const t = count / max;
    if (palette === "blue") return `rgb(${Math.round(200 - 170 * t)},${Math.round(220 - 130 * t)},255)`;
    return `rgb(255,${Math.round(200 - 150 * t)},${Math.round(120 - 100 * t)})`;
  }

  function drawGrid(section, rowsList, cols, cells, key, title, linkFor, palette) {
    if (!rowsList.length || !cols.length) return empty(section);
    const labelW = 260, cellW = 96, cellH = 30, headH = 90;
    // A column's name leans right of its column (30°): the drawing is wide enough for the last
    // one (about 6.5 px a character at 11 px), and its box scrolls when the page is narrower.
    const heads = cols.map((c) => short(c.label, 24));
    const lean = Math.ceil(Math.max(...heads.map((h) => h.length)) * 6.5 * Math.cos(Math.PI / 6));
    const width = labelW + cols.length * cellW + Math.max(20, lean - cellW / 2 + 12);
    const svg = el("svg", { width, height: headH + rowsList.length * cellH + 10, role: "group", "aria-label": title });
    cols.forEach((c, j) => {
      const x = labelW + j * cellW + cellW / 2;
      const t = el("text", { x, y: headH - 8, transform: `rotate(-30 ${x} ${headH - 8})`, class: "col-head", "data-col": c.id }, heads[j]);
      t.append(el("title", {}, c.label));
      svg.append(c.href ? (() => { const a = el("a", { href: c.href }); a.append(t); return a; })() : t);
    });
    const byKey = new Map(cells.map((c) => [`${c.region}|${c[key]}`, c]));
    const max = Math.max(1, ...cells.map((c) => c.count));
    rowsList.forEach((r, i) => {
      const y = headH + i * cellH;
      svg.append(linked(r.id, el("text", { x: 0, y: y + 19 }, short(r.label, 40))));
      cols.forEach((c, j) => {
        const cell = byKey.get(`${r.id}|${c.id}`);
        const count = cell ? cell.count : 0;
        const g = el("g", { class: "cell", "data-region": r.id, "data-col": c.id, "data-count": count });
        g.append(el("rect", { x: labelW + j * cellW, y, width: cellW - 2, height: cellH - 2, fill: heat(count, max, palette) }));
        g.append(el("text", { x: labelW + j * cellW + cellW / 2 - 4, y: y + 19, class: "cell-label" }, count ? String(count) : "·"));
        g.append(el("title", {}, `${r.label} · ${c.label}: ${count} ${T.projects}`));
        svg.append(count ? linkFor(r, c, g) : g);
      });
    });
    document.querySelector(`#${section} .chart`).replaceChildren(svg);
  }

  function drawDeviations(data) {
    drawGrid("deviations", data.counties, data.dimensions, data.cells, "dimension", T.deviation_title,
      // A cell opens the county with its projects around it.
      (r, c, g) => linked(r.id, g, { x: `in:1:${r.id}` }));
    drawn.deviations = { counties: data.counties.length, dimensions: data.dimensions.map((d) => d.id), cells: data.cells.map((c) => ({ region: c.region, dimension: c.dimension, count: c.count })) };
  }

  function drawMatrix(data) {
    const cols = data.services.map((s) => ({ ...s, href: explore(s.id, { mode: "impact", a: s.id }) }));
    drawGrid("matrix", data.counties, cols, data.cells, "service", T.matrix_title,
      (r, c, g) => { const a = el("a", { href: explore(c.id, { mode: "impact", a: c.id }) }); a.append(g); return a; }, "blue");
    drawn.matrix = { counties: data.counties.length, services: data.services.map((s) => s.id), cells: data.cells.map((c) => ({ region: c.region, service: c.service, count: c.count })) };
  }

  const jobs = [
    ["budget", drawBudget],
    ["deviations", drawDeviations],
    ["matrix", drawMatrix],
  ].map(async ([name, draw]) => {
    try {
      const data = await load(name);
      draw(data);
      source(name, data.query);
    } catch (err) {
      drawn.errors.push(`${name}: ${err.message || err}`);
      document.querySelector(`#${name} .chart`).textContent = `${T.error}: ${err.message || err}`;
    }
  });
  let ready = false;
  Promise.all(jobs).then(() => { ready = true; });
  window.viewsState = () => ({ ready, ...drawn });
})();
