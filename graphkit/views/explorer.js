/* graphkit explorer: the controls around the vis-network graph of a graphkit page.
   Inlined by graphkit.views.html (its exact text is hashed into the page's Content-Security-Policy).
   Every text from the data goes into the page with textContent or a text node, never as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var status = $("gk-status");
  var rows = data.rows;
  var nodeById = {}, edgeById = {}, rowsOf = {}, degree = {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function tip(text) { return el("div", "gk-tip", text); }

  data.nodes.forEach(function (n) { nodeById[n.id] = n; degree[n.id] = 0; n.title = tip(n.title); });
  data.edges.forEach(function (e) {
    edgeById[e.id] = e; degree[e.from] += 1; degree[e.to] += 1; e.title = tip(e.title);
  });
  rows.forEach(function (r) { var k = r.edge || r.node; (rowsOf[k] = rowsOf[k] || []).push(r); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = null;  /* made once the filters have hidden what starts hidden (see the end) */

  /* ---- filters ---- */
  var boxes = function (attr) { return Array.prototype.slice.call(document.querySelectorAll("input[" + attr + "]")); };
  var predBoxes = boxes("data-predicate"), typeBoxes = boxes("data-type");
  var hasClaimEdges = data.edges.some(function (e) { return e.gkPredicate === "claims"; });
  var hasOtherEdges = data.edges.some(function (e) { return e.gkPredicate !== "claims"; });
  predBoxes.forEach(function (b) {  /* claims: a layer, off by default where claims are not edges */
    if (b.getAttribute("data-predicate") === "claims") { b.checked = hasClaimEdges || !hasOtherEdges; }
  });
  var state = {};
  function readState() {
    var on = function (list, attr) {
      var s = {};
      list.forEach(function (b) { if (b.checked) { s[b.getAttribute(attr)] = true; } });
      return s;
    };
    state = {
      preds: on(predBoxes, "data-predicate"), types: on(typeBoxes, "data-type"),
      country: $("gk-country").value, article: $("gk-article").value, source: $("gk-source").value,
      from: $("gk-from").value, to: $("gk-to").value
    };
    state.rowsFiltered = !!(state.article || state.source || state.from || state.to);
  }
  function rowPass(r, ignoreDates) {
    if (state.article && r.article !== state.article) { return false; }
    if (state.source && r.source !== state.source) { return false; }
    if (!ignoreDates && (state.from || state.to)) {
      if (!r.date) { return false; }
      if (state.from && r.date < state.from) { return false; }
      if (state.to && r.date > state.to) { return false; }
    }
    return true;
  }
  function nodePass(n) {
    return !!state.types[n.gkType] && (!state.country || n.gkCountry === state.country || n.gkType === "Claim");
  }
  function matching(key, ignoreDates) {
    return (rowsOf[key] || []).filter(function (r) { return rowPass(r, ignoreDates); });
  }
  /* How many relations an edge (or a node's claims) stands for under the filters: every one when no row filter
     is on, else its embedded rows that pass. */
  function weightOf(key, total, ignoreDates) {
    if (!state.rowsFiltered) { return total; }
    return matching(key, ignoreDates).length;
  }
  function edgeVisible(e, ignoreDates) {
    var a = nodeById[e.from], b = nodeById[e.to];
    if (!state.preds[e.gkPredicate] || !state.types[a.gkType] || !state.types[b.gkType]) { return false; }
    if (state.country && a.gkCountry !== state.country && b.gkCountry !== state.country) { return false; }
    return weightOf(e.id, e.gkWeight, ignoreDates) > 0;
  }
  function claimsShown(n, ignoreDates) {
    return !!state.preds.claims && n.gkClaims > 0 && nodePass(n) && weightOf(n.id, n.gkClaims, ignoreDates) > 0;
  }
  var visible = {nodes: {}, edges: {}};  /* at first, everything */
  data.nodes.forEach(function (n) { visible.nodes[n.id] = true; });
  data.edges.forEach(function (e) { visible.edges[e.id] = true; });
  var searched = null;  /* an actor found by the search stays on screen */
  function apply() {
    readState();
    var vn = {}, ve = {}, predCount = {}, typeCount = {}, shownEdges = 0;
    data.edges.forEach(function (e) {
      if (edgeVisible(e)) {
        ve[e.id] = true; vn[e.from] = true; vn[e.to] = true; shownEdges += 1;
        predCount[e.gkPredicate] = (predCount[e.gkPredicate] || 0) + weightOf(e.id, e.gkWeight);
      }
    });
    data.nodes.forEach(function (n) {
      if (claimsShown(n)) { vn[n.id] = true; }
      if (n.gkClaims > 0 && nodePass(n)) { predCount.claims = (predCount.claims || 0) + weightOf(n.id, n.gkClaims); }
    });
    if (searched) { vn[searched] = true; }
    data.nodes.forEach(function (n) { if (vn[n.id]) { typeCount[n.gkType] = (typeCount[n.gkType] || 0) + 1; } });
    nodes.update(data.nodes.filter(function (n) { return !!vn[n.id] !== !!visible.nodes[n.id]; })
      .map(function (n) { return {id: n.id, hidden: !vn[n.id]}; }));
    edges.update(data.edges.filter(function (e) { return !!ve[e.id] !== !!visible.edges[e.id]; })
      .map(function (e) { return {id: e.id, hidden: !ve[e.id]}; }));
    visible = {nodes: vn, edges: ve};
    setCounts("data-predicate-count", predCount);
    setCounts("data-type-count", typeCount);
    $("gk-shown").textContent = Object.keys(vn).length + " of " + data.nodes.length + " nodes, " + shownEdges +
      " of " + data.edges.length + " edges shown";
    drawTimeline();
  }
  function setCounts(attr, counts) {
    Array.prototype.forEach.call(document.querySelectorAll("[" + attr + "]"), function (s) {
      s.textContent = "(" + (counts[s.getAttribute(attr)] || 0) + ")";
    });
  }

  function fillSelect(id, values) {
    var select = $(id);
    Object.keys(values).sort().forEach(function (v) { select.appendChild(optionOf(v, values[v])); });
    select.addEventListener("change", apply);
  }
  function optionOf(value, text) { var o = el("option", null, text); o.value = value; return o; }
  var countries = {}, articles = {}, sources = {};
  data.nodes.forEach(function (n) { if (n.gkCountry) { countries[n.gkCountry] = n.gkCountry; } });
  rows.forEach(function (r) {
    if (r.article) { articles[r.article] = r.title ? r.title + " (" + r.article + ")" : r.article; }
    if (r.source) { sources[r.source] = r.source; }
  });
  fillSelect("gk-country", countries);
  fillSelect("gk-article", articles);
  fillSelect("gk-source", sources);
  predBoxes.concat(typeBoxes).forEach(function (b) { b.addEventListener("change", apply); });
  ["gk-from", "gk-to"].forEach(function (id) { $(id).addEventListener("change", apply); });
  $("gk-reset").addEventListener("click", function () {
    ["gk-country", "gk-article", "gk-source", "gk-from", "gk-to"].forEach(function (id) { $(id).value = ""; });
    typeBoxes.forEach(function (b) { b.checked = true; });
    apply();
  });

  /* ---- search ---- */
  function findNode(text) {
    var q = text.trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (n) { return n.label.toLowerCase() === q; },
      function (n) { return (n.gkAliases || []).some(function (a) { return a.toLowerCase() === q; }); },
      function (n) { return n.label.toLowerCase().indexOf(q) === 0; },
      function (n) { return n.label.toLowerCase().indexOf(q) >= 0; }
    ];
    for (var i = 0; i < tests.length; i += 1) {
      var found = data.nodes.filter(tests[i]);
      if (found.length) {
        found.sort(function (a, b) { return degree[b.id] - degree[a.id]; });
        return found[0];
      }
    }
    return null;
  }
  function search(event) {
    if (event) { event.preventDefault(); }
    var text = $("gk-search").value, n = findNode(text), msg = $("gk-search-msg");
    if (!n) { msg.textContent = "No actor matches \u201c" + text + "\u201d."; return; }
    msg.textContent = "";
    searched = n.id;
    apply();
    network.selectNodes([n.id]);
    network.focus(n.id, {scale: 1.3, animation: false});
    showNode(n.id);
    window.gkFocused = n.id;  /* read by the browser tests */
  }
  $("gk-search-form").addEventListener("submit", search);

  /* ---- side panel ---- */
  var panel = $("gk-panel"), body = $("gk-panel-body");
  $("gk-panel-close").addEventListener("click", function () { panel.hidden = true; });
  function open(heading) {
    while (body.firstChild) { body.removeChild(body.firstChild); }
    body.appendChild(el("h2", null, heading));
    panel.hidden = false;
  }
  function field(name, value, parent) {
    if (value === null || value === undefined || value === "") { return; }
    var p = el("p", "gk-field");
    p.appendChild(el("b", null, name + ": "));
    p.appendChild(typeof value === "object" ? value : document.createTextNode(String(value)));
    (parent || body).appendChild(p);
  }
  function link(url, text) {
    if (!/^https?:\/\//i.test(url || "")) { return document.createTextNode(url || ""); }
    var a = el("a", null, text || url);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function marked(sentence, cue) {  /* the sentence, its cue in a <mark>: text nodes only */
    var p = el("p", "gk-sentence"), at = cue ? sentence.toLowerCase().indexOf(cue.toLowerCase()) : -1;
    if (at < 0) { p.textContent = sentence; return p; }
    p.appendChild(document.createTextNode(sentence.slice(0, at)));
    p.appendChild(el("mark", null, sentence.slice(at, at + cue.length)));
    p.appendChild(document.createTextNode(sentence.slice(at + cue.length)));
    return p;
  }
  function evidence(r) {
    var box = el("div", "gk-evidence");
    if (r.by) { box.appendChild(el("p", "gk-by", "according to " + r.by)); }
    if (r.content) { field("claim", r.content, box); }
    box.appendChild(marked(r.sentence || "", r.cue));
    field("article", r.title || r.article, box);
    field("date", r.date, box);
    field("outlet", r.source, box);
    if (r.url) { field("URL", link(r.url), box); }
    field("confidence", r.confidence, box);
    field("modality", r.modality, box);
    return box;
  }
  function more(total, shown) {
    if (total > shown) { body.appendChild(el("p", "gk-note", "The first " + shown + " of " + total + " are in the page.")); }
  }
  function showEdge(id) {
    var e = edgeById[id], list = rowsOf[id] || [];
    open(nodeById[e.from].label + " " + e.gkPredicate + " " + nodeById[e.to].label);
    field("relations", e.gkWeight);
    if (e.dashes) { body.appendChild(el("p", "gk-note", "Reported: stated in somebody's claim (dashed edge).")); }
    list.forEach(function (r) { body.appendChild(evidence(r)); });
    more(e.gkWeight, list.length);
  }
  function showNode(id) {
    var n = nodeById[id];
    open(n.label);
    field("type", n.gkType);
    field("country", n.gkCountry);
    field("ISO 3166 code", n.gkIso3);
    if (n.gkWikidata && /^Q[0-9]+$/.test(n.gkWikidata)) {
      field("Wikidata", link("https:" + "//www.wikidata.org/wiki/" + n.gkWikidata, n.gkWikidata));
    }
    var claims = rowsOf[id] || [];
    if (n.gkClaims) {
      body.appendChild(el("h3", null, "Claims (" + n.gkClaims + ")"));
      claims.forEach(function (r) { body.appendChild(evidence(r)); });
      more(n.gkClaims, claims.length);
    }
    var rel = data.edges.filter(function (e) { return e.from === id || e.to === id; });
    if (rel.length) {
      body.appendChild(el("h3", null, "Relations (" + rel.length + ")"));
      var ul = el("ul");
      rel.forEach(function (e) {
        var li = el("li"), b = el("button", "gk-link", nodeById[e.from].label + " " + e.gkPredicate + " " +
          nodeById[e.to].label + " (" + e.gkWeight + ")");
        b.type = "button";
        b.addEventListener("click", function () { showEdge(e.id); });
        li.appendChild(b); ul.appendChild(li);
      });
      body.appendChild(ul);
    }
  }

  /* ---- timeline: relations per date; drag across it to filter by dates ---- */
  var svg = $("gk-timeline"), NS = "http:" + "//www.w3.org/2000/svg";
  var dates = Object.keys(rows.reduce(function (s, r) { if (r.date) { s[r.date] = 1; } return s; }, {})).sort();
  function svgEl(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function drawTimeline() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    if (!dates.length) { $("gk-timeline-box").hidden = true; return; }
    var perDate = {}, width = svg.clientWidth || 600, height = 46, max = 1;
    rows.forEach(function (r) {
      var shown = r.edge ? edgeVisible(edgeById[r.edge], true) : claimsShown(nodeById[r.node], true);
      if (r.date && shown && rowPass(r, true)) { perDate[r.date] = (perDate[r.date] || 0) + 1; }
    });
    dates.forEach(function (d) { max = Math.max(max, perDate[d] || 0); });
    var step = width / dates.length;
    dates.forEach(function (d, i) {
      var h = Math.round((height - 4) * (perDate[d] || 0) / max), inRange = (!state.from || d >= state.from) &&
        (!state.to || d <= state.to);
      var bar = svgEl("rect", {x: i * step + 1, y: height - h, width: Math.max(1, step - 2), height: h,
        fill: inRange ? "#4e79a7" : "#c8d3e0"});
      bar.appendChild(svgEl("title", {})).textContent = d + ": " + (perDate[d] || 0);
      svg.appendChild(bar);
    });
    $("gk-timeline-range").textContent = (state.from || dates[0]) + " \u2013 " + (state.to || dates[dates.length - 1]);
  }
  var brushFrom = null;
  function dateAt(event) {
    var box = svg.getBoundingClientRect(), i = Math.floor((event.clientX - box.left) / (box.width / dates.length));
    return dates[Math.max(0, Math.min(dates.length - 1, i))];
  }
  svg.addEventListener("mousedown", function (event) { brushFrom = dateAt(event); event.preventDefault(); });
  window.addEventListener("mouseup", function (event) {
    if (brushFrom === null) { return; }
    var a = brushFrom, b = dateAt(event);
    brushFrom = null;
    $("gk-from").value = a < b ? a : b;
    $("gk-to").value = a < b ? b : a;
    apply();
  });

  /* ---- export of the visible relations ---- */
  var COLUMNS = ["subject", "predicate", "object", "according_to", "content", "sentence", "cue", "article", "title",
    "date", "source", "url", "confidence", "modality"];
  function visibleRows() {
    return rows.filter(function (r) {
      return (r.edge ? visible.edges[r.edge] : claimsShown(nodeById[r.node])) && rowPass(r);
    }).map(function (r) {
      var out = {};
      COLUMNS.forEach(function (c) { out[c] = r[c === "according_to" ? "by" : c]; });
      return out;
    });
  }
  function csvCell(v) {
    var s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  /* no formula when a spreadsheet opens it */
    return /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
  }
  function download(name, type, text) {
    var a = el("a"), url = URL.createObjectURL(new Blob([text], {type: type}));
    a.href = url; a.download = name;
    document.body.appendChild(a); a.click(); document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  $("gk-export-csv").addEventListener("click", function () {
    var lines = [COLUMNS.join(",")].concat(visibleRows().map(function (r) {
      return COLUMNS.map(function (c) { return csvCell(r[c]); }).join(",");
    }));
    download("graphkit-relations.csv", "text/csv", lines.join("\r\n") + "\r\n");
  });
  $("gk-export-json").addEventListener("click", function () {
    download("graphkit-relations.json", "application/json", JSON.stringify(visibleRows(), null, 1));
  });

  apply();
  window.gkReady = performance.now();
  network = new vis.Network($("gk-network"), {nodes: nodes, edges: edges}, data.options);
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function settled() {
    status.textContent = "";
    window.gkStabilized = performance.now();  /* read by the browser tests and benchmarks/view.py */
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: false}); settled(); });
  } else {  /* laid out already (see graphkit.views.html): drawn once, done */
    network.once("afterDrawing", settled);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });
  window.gkNetwork = network;
  window.gkData = {nodes: nodes, edges: edges};
  window.gkExplorer = {visibleRows: visibleRows, visible: function () { return visible; }};
})();
