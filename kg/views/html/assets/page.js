/* The exokg explorer: draws the embedded graph with vis-network and wires up the side panel.
 *
 * All text from the graph reaches the page through textContent or attribute setters, never through
 * innerHTML, so a quote containing <, & or quotes is shown as written and cannot become markup.
 * Links are plain anchors: they load nothing until a user follows one.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var EFFECT_TEXT = {increase: "increase (+)", decrease: "decrease (\u2212)", unsigned: "unsigned (?)"};
  var ROLE_TEXT = {
    causal: "",
    transparent: "producer or cargo link: passes on the effect of what it carries",
    descriptive: "descriptive: no direction of effect"
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function link(text, url) {
    // Only web addresses become links; anything else stays text, so no javascript: URL can sneak in.
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      var a = el("a", null, text);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      return a;
    }
    return el("span", null, text);
  }

  function addRow(dl, term, value) {
    if (value === undefined || value === null || value === "" || (value.length === 0)) return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (typeof value === "string") dd.textContent = value;
    else dd.appendChild(value);
    dl.appendChild(dd);
  }

  function nodeInfo(n) {
    var box = el("div", "kg-info");
    box.appendChild(el("h3", null, n.label));
    var dl = el("dl");
    addRow(dl, "type", n.kg.type);
    addRow(dl, "id", n.id);
    addRow(dl, "synonyms", n.kg.synonyms.join("; "));
    if (n.kg.xrefs.length) {
      var span = el("span");
      n.kg.xrefs.forEach(function (x, i) {
        if (i) span.appendChild(document.createTextNode("; "));
        span.appendChild(link(x.curie, x.url));
        if (x.match && x.match !== "exact") span.appendChild(document.createTextNode(" (" + x.match + ")"));
      });
      addRow(dl, "identifiers", span);
    }
    addRow(dl, "note", n.kg.note);
    if (n.kg.provisional) addRow(dl, "lexicon", "provisional: not in the curated lexicon yet");
    addRow(dl, "statements", String(n.kg.degree));
    box.appendChild(dl);
    return box;
  }

  function evidenceList(records) {
    var ul = el("ul", "kg-evidence");
    records.forEach(function (ev) {
      var li = el("li", ev.status);
      li.appendChild(el("span", "kg-quote", "\u201c" + ev.quote + "\u201d"));
      var src = el("div", "kg-source");
      src.appendChild(document.createTextNode("\u2014 "));
      src.appendChild(link(ev.document_title, ev.document_url));
      src.appendChild(document.createTextNode(" \u00b7 "));
      src.appendChild(el("span", "kg-status", ev.status));
      if (ev.curation && ev.curation !== "curated") src.appendChild(document.createTextNode(" \u00b7 " + ev.curation));
      if (ev.study) {
        src.appendChild(document.createTextNode(" \u00b7 cites "));
        src.appendChild(link(ev.study, ev.study_url));
      }
      var ctx = Object.keys(ev.context).sort().map(function (k) { return k + ": " + ev.context[k]; });
      if (ctx.length) src.appendChild(document.createTextNode(" \u00b7 " + ctx.join(", ")));
      ev.readouts.forEach(function (r) {
        src.appendChild(document.createTextNode(" \u00b7 " + r.measure + ": " + (r.comparator ? r.comparator + " " : "") + r.value));
      });
      li.appendChild(src);
      ul.appendChild(li);
    });
    return ul;
  }

  function edgeInfo(e) {
    var box = el("div", "kg-info");
    box.appendChild(el("h3", null, e.kg.subject + " \u2014" + e.kg.relation_label + "\u2192 " + e.kg.object));
    var dl = el("dl");
    addRow(dl, "relation", e.kg.relation);
    var eff = el("span", "kg-effect-" + e.kg.effect, EFFECT_TEXT[e.kg.effect]);
    addRow(dl, "net effect", eff);
    addRow(dl, "role", ROLE_TEXT[e.kg.role]);
    addRow(dl, "status", e.kg.status);
    addRow(dl, "evidence", String(e.kg.evidence.length));
    box.appendChild(dl);
    box.appendChild(evidenceList(e.kg.evidence));
    return box;
  }

  // vis-network shows an Element title as-is, and a string title as plain text; Elements it is.
  var byNode = {}, byEdge = {};
  var visNodes = data.nodes.map(function (n) {
    byNode[n.id] = n;
    var copy = Object.assign({}, n);
    copy.title = nodeInfo(n);
    return copy;
  });
  var visEdges = data.edges.map(function (e) {
    byEdge[e.id] = e;
    var copy = Object.assign({}, e);
    copy.title = edgeInfo(e);
    return copy;
  });

  var container = document.getElementById("kg-network");
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  // Start empty and attach the listeners first: stabilisation events must not fire unheard.
  var network = new vis.Network(container, {nodes: [], edges: []}, data.options);
  var view = {network: network, nodes: nodes, edges: edges, data: data, ready: false};
  window.kgView = view;

  var progress = document.getElementById("kg-progress");
  function markReady() {
    if (view.ready) return;
    view.ready = true;
    progress.hidden = true;
    document.body.setAttribute("data-kg-ready", "1");
  }
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "laying out the network\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    // Large graphs stay responsive only once the simulation stops; the layout is kept as it is.
    network.setOptions({physics: {enabled: false}});
    network.fit({animation: false});
    markReady();
  });
  network.setData({nodes: nodes, edges: edges});
  if (data.nodes.length === 0) markReady();

  // -- details panel ------------------------------------------------------------------------------
  var details = document.getElementById("kg-details-body");
  function showDetails(box) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(box);
    details.parentNode.scrollIntoView({block: "nearest"});
  }
  function showNode(id) { if (byNode[id]) showDetails(nodeInfo(byNode[id])); }
  function showEdge(id) { if (byEdge[id]) showDetails(edgeInfo(byEdge[id])); }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // -- filters: legend checkboxes, signs, hypotheses --------------------------------------------
  var typeOn = {}, effectOn = {increase: true, decrease: true, unsigned: true};
  var hideHypotheses = false;
  data.nodes.forEach(function (n) { typeOn[n.kg.type] = true; });

  function applyFilters() {
    var hiddenNode = {};
    var nodeUpdates = data.nodes.map(function (n) {
      hiddenNode[n.id] = !typeOn[n.kg.type];
      return {id: n.id, hidden: hiddenNode[n.id]};
    });
    var shownEdges = 0;
    var edgeUpdates = data.edges.map(function (e) {
      var hidden = hiddenNode[e.from] || hiddenNode[e.to] || !effectOn[e.kg.effect] ||
        (hideHypotheses && e.kg.hypothetical);
      if (!hidden) shownEdges += 1;
      return {id: e.id, hidden: hidden};
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    var shownNodes = nodeUpdates.filter(function (u) { return !u.hidden; }).length;
    document.getElementById("kg-counts").textContent =
      "showing " + shownNodes + " of " + data.nodes.length + " entities and " +
      shownEdges + " of " + data.edges.length + " statements";
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
    box.addEventListener("change", function () { typeOn[box.getAttribute("data-type")] = box.checked; applyFilters(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-effect]"), function (box) {
    box.addEventListener("change", function () { effectOn[box.getAttribute("data-effect")] = box.checked; applyFilters(); });
  });
  document.getElementById("kg-hide-hypotheses").addEventListener("change", function (ev) {
    hideHypotheses = ev.target.checked;
    applyFilters();
  });
  applyFilters();

  // -- search -------------------------------------------------------------------------------------
  var names = [];
  data.nodes.forEach(function (n) {
    [n.id, n.label].concat(n.kg.synonyms, n.kg.xrefs.map(function (x) { return x.curie; }))
      .forEach(function (k) { names.push([String(k).toLowerCase(), n.id]); });
  });
  var searchStatus = document.getElementById("kg-search-status");
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var exact = names.filter(function (p) { return p[0] === q; }).map(function (p) { return p[1]; });
    if (exact.length) return exact.filter(function (id, i) { return exact.indexOf(id) === i; });
    var part = names.filter(function (p) { return p[0].indexOf(q) >= 0; }).map(function (p) { return p[1]; });
    return part.filter(function (id, i) { return part.indexOf(id) === i; });
  }
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    showNode(id);
  }
  function search() {
    var query = document.getElementById("kg-search").value;
    var hits = find(query);
    if (!hits.length) {
      searchStatus.textContent = query.trim() ? "no entity matches \u201c" + query.trim() + "\u201d" : "";
      return;
    }
    var hit = hits[0];
    searchStatus.textContent = hits.length > 1 ? hits.length + " matches; showing " + byNode[hit].label : "";
    if (!typeOn[byNode[hit].kg.type]) searchStatus.textContent += " (its type is hidden by the legend filter)";
    focusNode(hit);
  }
  document.getElementById("kg-search-go").addEventListener("click", search);
  document.getElementById("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") search();
  });
  document.getElementById("kg-search").addEventListener("change", search);

  // -- path view ----------------------------------------------------------------------------------
  var pathList = document.getElementById("kg-path-list");
  if (pathList) {
    data.paths.forEach(function (p, i) {
      var li = el("li");
      li.setAttribute("data-path", String(i));
      li.appendChild(el("div", "kg-chain", (i + 1) + ". " + p.text));
      li.appendChild(el("div", "kg-source", p.hops.length + " hop" + (p.hops.length > 1 ? "s" : "") +
        " \u00b7 net " + EFFECT_TEXT[p.effect] + " \u00b7 weakest status: " + p.status));
      var hops = el("ol", "kg-hops");
      p.hops.forEach(function (h) {
        var hop = el("li");
        hop.appendChild(el("div", null, h.text + " (" + h.status + ")"));
        hop.appendChild(evidenceList(h.evidence));
        hops.appendChild(hop);
      });
      li.appendChild(hops);
      li.addEventListener("click", function () {
        Array.prototype.forEach.call(pathList.children, function (c) { c.classList.remove("selected"); });
        li.classList.add("selected");
        network.setSelection({nodes: p.nodes, edges: p.edges}, {unselectAll: true, highlightEdges: false});
        network.fit({nodes: p.nodes, animation: false});
      });
      pathList.appendChild(li);
    });
  }
})();
