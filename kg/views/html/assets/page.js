/* The exokg explorer: draws the embedded graph with vis-network and wires up the side panel.
 *
 * All text from the graph reaches the page through textContent or attribute setters, never through
 * innerHTML, so a quote containing <, & or quotes is shown as written and cannot become markup.
 * Links are plain anchors: they load nothing until a user follows one.
 *
 * Hover and click pick the same thing: the page draws its own tooltip on vis-network's hover events,
 * which choose the entity or arrow under the pointer exactly as a click does (vis-network's built-in
 * tooltip used another rule, so on overlapping arrows the two disagreed).
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var EFFECT_TEXT = {increase: "increase (+)", decrease: "decrease (\u2212)", unsigned: "unsigned (?)"};
  var ROLE_TEXT = {
    causal: "",
    transparent: "producer or cargo link: passes on the effect of what it carries",
    descriptive: "descriptive: no direction of effect",
    via: "a chain through entities of types this view leaves out"
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

  var byNode = {}, byEdge = {}, edgesOf = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; edgesOf[n.id] = []; });
  data.edges.forEach(function (e) {
    byEdge[e.id] = e;
    edgesOf[e.from].push(e);
    if (e.to !== e.from) edgesOf[e.to].push(e);
  });

  function nodeSummary(n) {
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

  function hopList(hops) {
    var ol = el("ol", "kg-hops");
    hops.forEach(function (h) {
      var hop = el("li");
      hop.appendChild(el("div", null, h.text + " (" + h.status + ")"));
      hop.appendChild(evidenceList(h.evidence));
      ol.appendChild(hop);
    });
    return ol;
  }

  function edgeTitle(e) {
    return e.kg.subject + " \u2014" + e.kg.relation_label + "\u2192 " + e.kg.object;
  }

  function edgeInfo(e) {
    var box = el("div", "kg-info");
    box.appendChild(el("h3", null, edgeTitle(e)));
    var dl = el("dl");
    addRow(dl, "relation", e.kg.relation);
    addRow(dl, "net effect", el("span", "kg-effect-" + e.kg.effect, EFFECT_TEXT[e.kg.effect]));
    addRow(dl, "role", ROLE_TEXT[e.kg.role]);
    addRow(dl, "status", e.kg.status);
    if (e.kg.via) {
      addRow(dl, "chain", e.kg.chain);
      box.appendChild(dl);
      box.appendChild(hopList(e.kg.hops));
      return box;
    }
    addRow(dl, "evidence", String(e.kg.evidence.length));
    box.appendChild(dl);
    box.appendChild(evidenceList(e.kg.evidence));
    return box;
  }

  // The details of an entity: its summary, then every statement drawn around it with its quotes.
  function nodeDetails(n) {
    var box = nodeSummary(n);
    var mine = edgesOf[n.id].filter(function (e) { return !e.hidden; });
    var direct = mine.filter(function (e) { return !e.kg.via; }).length;
    var head = el("h4", null, "Statements (" + mine.length + ")");
    box.appendChild(head);
    var list = el("ul", "kg-statements");
    mine.forEach(function (e) {
      var li = el("li", e.kg.hypothetical ? "hypothesis" : null);
      var title = el("a", "kg-statement", edgeTitle(e) + " (" + e.kg.status + ")");
      title.href = "#";
      title.setAttribute("data-edge", e.id);
      title.addEventListener("click", function (ev) {
        ev.preventDefault();
        network.selectEdges([e.id]);
        showEdge(e.id);
      });
      li.appendChild(title);
      li.appendChild(e.kg.via ? hopList(e.kg.hops) : evidenceList(e.kg.evidence));
      list.appendChild(li);
    });
    box.appendChild(list);
    if (n.kg.degree > direct) {
      box.appendChild(el("p", "hint", (n.kg.degree - direct) + " more statement" + (n.kg.degree - direct > 1 ? "s" : "") +
        " about " + n.label + " lie outside this view (or are hidden by a filter)."));
    }
    return box;
  }

  var container = document.getElementById("kg-network");
  var nodes = new vis.DataSet(data.nodes.map(function (n) { return Object.assign({}, n); }));
  var edges = new vis.DataSet(data.edges.map(function (e) { return Object.assign({}, e); }));
  // Start empty and attach the listeners first: stabilisation events must not fire unheard.
  var network = new vis.Network(container, {nodes: [], edges: []}, data.options);
  var view = {network: network, nodes: nodes, edges: edges, data: data, ready: false};
  window.kgView = view;

  // -- labels kept apart ----------------------------------------------------------------------------
  // After the force layout settles, each entity's label box (as wide as the text drawn) is pushed off
  // any box it overlaps, a little at a time, so neighbouring names stay readable.
  var measure = document.createElement("canvas").getContext("2d");
  function labelBoxes() {
    var font = data.options.nodes.font;
    measure.font = font.size + "px " + (font.face || "arial");
    var pos = network.getPositions();
    return data.nodes.filter(function (n) { return !n.hidden && pos[n.id]; }).map(function (n) {
      var half = n.size || 16;
      var w = Math.max(2 * half, measure.measureText(n.label).width) + 6;
      // Shapes such as dots and stars draw their label under the shape.
      return {id: n.id, x: pos[n.id].x, y: pos[n.id].y, w: w, top: half + 2, bottom: half + font.size + 6};
    });
  }
  function overlaps(a, b) {
    var dx = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
    var dy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y - a.top, b.y - b.top);
    return dx > 0 && dy > 0 ? [dx, dy] : null;
  }
  view.labelOverlaps = function () {
    var boxes = labelBoxes(), n = 0;
    for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i], boxes[j])) n++;
    return n;
  };
  function separateLabels() {
    var boxes = labelBoxes();
    if (boxes.length > data.separateUpTo) return;
    for (var round = 0; round < 300; round++) {
      var moved = false;
      // A grid of cells as wide as the widest box: only boxes in neighbouring cells can overlap.
      var cell = boxes.reduce(function (m, b) { return Math.max(m, b.w, b.top + b.bottom); }, 1), grid = {};
      boxes.forEach(function (b, i) {
        var k = Math.floor(b.x / cell) + ":" + Math.floor(b.y / cell);
        (grid[k] = grid[k] || []).push(i);
      });
      boxes.forEach(function (a, i) {
        var cx = Math.floor(a.x / cell), cy = Math.floor(a.y / cell);
        for (var gx = cx - 1; gx <= cx + 1; gx++) for (var gy = cy - 1; gy <= cy + 1; gy++) {
          (grid[gx + ":" + gy] || []).forEach(function (j) {
            if (j <= i) return;
            var b = boxes[j], o = overlaps(a, b);
            if (!o) return;
            moved = true;
            // Push apart along the axis that needs the smaller move; ties broken by index, not chance.
            if (o[0] < o[1] * 2.5) {
              var sx = (a.x < b.x || (a.x === b.x && i < j)) ? -1 : 1;
              a.x += sx * (o[0] / 2 + 1); b.x -= sx * (o[0] / 2 + 1);
            } else {
              var sy = (a.y < b.y || (a.y === b.y && i < j)) ? -1 : 1;
              a.y += sy * (o[1] / 2 + 1); b.y -= sy * (o[1] / 2 + 1);
            }
          });
        }
      });
      if (!moved) break;
    }
    nodes.update(boxes.map(function (b) { return {id: b.id, x: b.x, y: b.y}; }));
  }

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
    separateLabels();
    network.fit({animation: false});
    markReady();
  });
  network.setData({nodes: nodes, edges: edges});
  if (data.nodes.length === 0) markReady();

  // -- tooltip: what the pointer is on, chosen as a click chooses ----------------------------------
  var canvasBox = document.getElementById("kg-canvas");
  var tip = el("div", "vis-tooltip");
  tip.id = "kg-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  canvasBox.appendChild(tip);
  function showTip(box, pointer, kind, id) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(box);
    tip.setAttribute("data-kind", kind);
    tip.setAttribute("data-id", id);
    tip.hidden = false;
    tip.style.visibility = "visible";
    var w = canvasBox.clientWidth, h = canvasBox.clientHeight;
    var x = Math.min(pointer.x + 14, Math.max(0, w - tip.offsetWidth - 4));
    var y = pointer.y + 14 + tip.offsetHeight > h ? Math.max(0, pointer.y - tip.offsetHeight - 10) : pointer.y + 14;
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; tip.style.visibility = "hidden"; }
  network.on("hoverNode", function (p) { showTip(nodeSummary(byNode[p.node]), p.pointer.DOM, "node", p.node); });
  network.on("hoverEdge", function (p) { showTip(edgeInfo(byEdge[p.edge]), p.pointer.DOM, "edge", p.edge); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // -- details panel ------------------------------------------------------------------------------
  var details = document.getElementById("kg-details-body");
  function showDetails(box) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(box);
    details.parentNode.scrollIntoView({block: "nearest"});
  }
  function showNode(id) { if (byNode[id]) showDetails(nodeDetails(byNode[id])); }
  function showEdge(id) { if (byEdge[id]) showDetails(edgeInfo(byEdge[id])); }
  network.on("click", function (params) {
    hideTip();  // the details panel now shows the same, in full
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // -- filters: every box in the legend means "show these" ---------------------------------------
  var typeOn = {}, effectOn = {increase: true, decrease: true, unsigned: true};
  var showTentative = true, showVia = true;
  var anyVia = data.edges.some(function (e) { return e.kg.via === true; });
  data.nodes.forEach(function (n) { typeOn[n.kg.type] = true; });

  function applyFilters() {
    var hiddenNode = {};
    var nodeUpdates = data.nodes.map(function (n) {
      hiddenNode[n.id] = n.hidden = !typeOn[n.kg.type];
      return {id: n.id, hidden: hiddenNode[n.id]};
    });
    var shownEdges = 0;
    var edgeUpdates = data.edges.map(function (e) {
      var hidden = hiddenNode[e.from] || hiddenNode[e.to] || !effectOn[e.kg.effect] ||
        (!showTentative && e.kg.hypothetical) || (!showVia && e.kg.via === true);
      e.hidden = hidden;
      if (!hidden) shownEdges += 1;
      return {id: e.id, hidden: hidden};
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    var shownNodes = nodeUpdates.filter(function (u) { return !u.hidden; }).length;
    document.getElementById("kg-counts").textContent =
      "showing " + shownNodes + " of " + data.nodes.length + " entities and " +
      shownEdges + " of " + data.edges.length + (anyVia ? " links" : " statements");
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
    box.addEventListener("change", function () { typeOn[box.getAttribute("data-type")] = box.checked; applyFilters(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-effect]"), function (box) {
    box.addEventListener("change", function () { effectOn[box.getAttribute("data-effect")] = box.checked; applyFilters(); });
  });
  document.getElementById("kg-show-hypotheses").addEventListener("change", function (ev) {
    showTentative = ev.target.checked;
    applyFilters();
  });
  var viaBox = document.getElementById("kg-show-via");
  if (viaBox) viaBox.addEventListener("change", function (ev) { showVia = ev.target.checked; applyFilters(); });
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
      li.appendChild(hopList(p.hops));
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
