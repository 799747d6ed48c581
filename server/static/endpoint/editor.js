// The query editor: YASGUI on this server's /sparql, the catalogue as examples,
// and a share link that opens the current query in a fresh editor.
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("hg-editor-config").textContent);
  if (!window.Yasgui) {
    return; // the page already says that scripts/build_frontend.sh has not run
  }
  var Yasgui = window.Yasgui;
  // Every new tab starts with the project's prefixes; the LOV class and
  // property autocompleters call a remote API, so only the local ones run.
  Yasgui.Yasqe.defaults.value = cfg.defaultQuery;
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: cfg.endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: cfg.endpoint }]; },
    },
    persistenceId: "hankegraafi-editor",
    yasqe: { value: cfg.defaultQuery, autocompleters: ["prefixes", "variables"] },
  });
  window.hgYasgui = yasgui;

  // Accessibility of what YASGUI draws (axe-core: unnamed fields, a button
  // inside the tab list, a scroll area out of keyboard reach). YASGUI redraws
  // its tabs, so the fixes are applied again whenever its DOM changes.
  var root = document.getElementById("yasgui");
  function accessible() {
    root.querySelectorAll(".CodeMirror textarea:not([aria-label])").forEach(function (el) {
      el.setAttribute("aria-label", cfg.labels.query);
    });
    root.querySelectorAll("input.autocomplete:not([aria-label])").forEach(function (el) {
      el.setAttribute("aria-label", cfg.labels.endpoint);
    });
    root.querySelectorAll("select.tableSizer:not([aria-label])").forEach(function (el) {
      el.setAttribute("aria-label", cfg.labels.rows);
    });
    root.querySelectorAll(".CodeMirror-scroll:not([role])").forEach(function (el) {
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", cfg.labels.area);
    });
    // A tablist may hold only tabs, and YASGUI inserts new tabs before its "add
    // tab" button, so the button stays where it is and is announced as the last tab.
    root.querySelectorAll(".tabsList .addTab:not([role])").forEach(function (el) {
      el.setAttribute("role", "tab");
      el.setAttribute("aria-selected", "false");
    });
  }
  accessible();
  new MutationObserver(accessible).observe(root, { childList: true, subtree: true });

  var tab = yasgui.getTab();
  if (tab && tab.getEndpoint() !== cfg.endpoint) {
    tab.setEndpoint(cfg.endpoint);
  }

  // A catalogue example: fetch its text with the parameters bound by the
  // server (escaped by rdflib), open it in a new tab and run it.
  document.querySelectorAll("form.hg-example-form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (value !== "") params.append(key, value);
      });
      var url = cfg.textBase + encodeURIComponent(form.dataset.name) + ".rq";
      var qs = params.toString();
      fetch(qs ? url + "?" + qs : url, { headers: { Accept: "application/sparql-query" } })
        .then(function (response) {
          return response.text().then(function (text) {
            if (!response.ok) throw new Error(text);
            return text;
          });
        })
        .then(function (text) {
          // The header (titles, parameters, columns) is on the catalogue page;
          // the editor gets one line naming the query, then the SPARQL.
          var lines = text.split("\n");
          while (lines.length && /^\s*(#.*)?$/.test(lines[0])) lines.shift();
          text = "# " + form.dataset.name + ": " + form.dataset.title + "\n" + lines.join("\n");
          var t = yasgui.addTab(true, { name: form.dataset.title, yasqe: { value: text } });
          t.setEndpoint(cfg.endpoint);
          t.setQuery(text);
          var yasqe = t.getYasqe();
          if (yasqe && yasqe.refresh) yasqe.refresh(); // CodeMirror draws text set while hidden
          return t.query();
        })
        .catch(function (err) {
          window.alert(String(err.message || err));
        });
    });
  });

  document.getElementById("hg-share").addEventListener("click", function () {
    var current = yasgui.getTab();
    var link = cfg.editor + "?query=" + encodeURIComponent(current.getQuery());
    var out = document.getElementById("hg-share-link");
    out.textContent = link;
    if (navigator.clipboard) {
      navigator.clipboard.writeText(link).then(function () { out.title = cfg.copied; }, function () {});
    }
  });
})();
