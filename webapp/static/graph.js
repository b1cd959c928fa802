// The interactive neighbourhood view. Data comes from the page's JSON API; no inline script or style (CSP).
// Click a node to expand its neighbourhood; double-click (or Enter on the list below) opens its page.
// Labels never pile up: long ones are shortened (the full one shows in the status line on hover), the
// layout counts each label as part of its node, then nodes whose boxes still meet are pushed apart.
(function () {
  "use strict";
  var el = document.getElementById("graph");
  if (!el || typeof cytoscape === "undefined") { return; }
  var FONT = 12;              // px in graph units
  var READABLE = 10;          // px on screen: the first view zooms out no further than this
  var SHORT = 26;             // characters of a label drawn on the graph
  var GAP = 6;                // graph units kept between two nodes' boxes
  var css = window.getComputedStyle(document.documentElement);
  function colour(kind) { return css.getPropertyValue("--kind-" + kind).trim() || "#666"; }

  function shorten(label) {
    // "London Safeguarding Children Board Meeting 2007-10-31" -> "London Safeguarding… 2007-10-31"
    var dated = /^(.*\S)\s+(\d{4}-\d{2}-\d{2})$/.exec(label || "");
    var head = dated ? dated[1] : (label || ""), tail = dated ? " " + dated[2] : "";
    var room = dated ? SHORT - tail.length : SHORT;
    return (head.length > room ? head.slice(0, room - 1).replace(/\s+$/, "") + "…" : head) + tail;
  }

  var cy = cytoscape({
    container: el,
    style: [
      { selector: "node", style: { "label": "data(short)", "font-size": FONT, "text-wrap": "wrap", "text-max-width": 110,
          "background-color": function (n) { return colour(n.data("kind")); }, "color": "#1b1b1b",
          "width": 18, "height": 18, "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1 } },
      { selector: "node.center", style: { "width": 30, "height": 30, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": colour("expanded") } },
      { selector: "edge", style: { "width": 1.2, "line-color": "#b8bec6", "curve-style": "bezier" } },
      // A relation's name shows only for the edges of the node under the pointer (or tapped), so the
      // names of a hub's many edges do not cover its neighbours' labels at rest.
      { selector: "edge.lit", style: { "label": "data(label)", "font-size": 10, "color": "#444", "width": 2,
          "line-color": "#7d8590", "text-rotation": "autorotate", "text-background-color": "#fff",
          "text-background-opacity": 0.9 } }
    ]
  });
  window.__bgCy = cy;  // exposed for the browser tests and for debugging
  var status = document.getElementById("graph-status");
  var summary = "";
  function say(text) { if (status) { status.textContent = text; } }

  // Scale the layout (cose draws round and roomy) to the box the container shows at a readable zoom,
  // less a label's room; separate() then spreads it again wherever that is too tight.
  function reshape() {
    var b = cy.nodes().boundingBox({ includeLabels: false }), zoom = READABLE / FONT;
    var w = el.clientWidth / zoom - 140, h = el.clientHeight / zoom - 60;
    if (b.w < 1 || b.h < 1 || w < 1 || h < 1) { return; }
    var sx = w / b.w, sy = h / b.h, cx = (b.x1 + b.x2) / 2, cy0 = (b.y1 + b.y2) / 2;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { var p = n.position(); n.position({ x: (p.x - cx) * sx, y: (p.y - cy0) * sy }); });
    });
  }

  // Push apart every two nodes whose boxes (node and label) meet, along the axis where they meet least.
  function separate() {
    var items = cy.nodes().map(function (n) {
      var p = n.position(), b = n.boundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
      return { n: n, x: p.x, y: p.y, l: b.x1 - p.x - GAP / 2, r: b.x2 - p.x + GAP / 2, t: b.y1 - p.y - GAP / 2, b: b.y2 - p.y + GAP / 2 };
    });
    for (var round = 0; round < 500; round++) {
      var moved = false;
      for (var i = 0; i < items.length; i++) {
        for (var j = i + 1; j < items.length; j++) {
          var a = items[i], c = items[j];
          var ox = Math.min(a.x + a.r, c.x + c.r) - Math.max(a.x + a.l, c.x + c.l);
          var oy = Math.min(a.y + a.b, c.y + c.b) - Math.max(a.y + a.t, c.y + c.t);
          if (ox <= 0 || oy <= 0) { continue; }
          moved = true;
          if (ox < oy) {
            var sx = (a.x + (a.l + a.r) / 2 <= c.x + (c.l + c.r) / 2 ? 1 : -1) * (ox / 2 + 0.5);
            a.x -= sx; c.x += sx;
          } else {
            var sy = (a.y + (a.t + a.b) / 2 <= c.y + (c.t + c.b) / 2 ? 1 : -1) * (oy / 2 + 0.5);
            a.y -= sy; c.y += sy;
          }
        }
      }
      if (!moved) { break; }
    }
    cy.batch(function () { items.forEach(function (it) { it.n.position({ x: it.x, y: it.y }); }); });
  }

  // Fit the graph, but never so small that labels cannot be read: then centre the node in focus instead.
  function frame(focus) {
    cy.fit(undefined, 16);
    if (cy.zoom() * FONT < READABLE) {
      cy.zoom(READABLE / FONT);
      cy.center(focus && focus.nonempty() ? focus : cy.nodes());
    }
  }

  var expanded = {};
  function load(url, centerId) {
    say("Loading…");
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        var added = [];
        data.nodes.forEach(function (n) {
          if (cy.getElementById(n.id).empty()) {
            added.push({ group: "nodes", data: Object.assign({}, n, { short: shorten(n.label) }) });
          }
        });
        data.edges.forEach(function (e) {
          var id = e.source + "->" + e.target + ":" + e.label;
          if (cy.getElementById(id).empty()) { added.push({ group: "edges", data: { id: id, source: e.source, target: e.target, label: e.label } }); }
        });
        cy.add(added);
        var focus = cy.getElementById(centerId || data.center);
        expanded[focus.id()] = true;
        focus.addClass("expanded");
        if (!centerId) { focus.addClass("center"); }
        cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: 12000,
                    idealEdgeLength: 80, randomize: false }).run();
        reshape();
        separate();
        frame(focus);
        summary = cy.nodes().length + " nodes shown. Point at or touch a node for its full name; click it to expand it; double-click to open its page.";
        say(summary);
        el.setAttribute("data-nodes", String(cy.nodes().length));
      })
      .catch(function (err) { say("Could not load the graph: " + err.message); });
  }
  cy.on("tap", "node", function (evt) {
    var n = evt.target;
    if (!expanded[n.id()] && n.data("api")) { load(n.data("api"), n.id()); }
  });
  cy.on("dbltap", "node", function (evt) { if (evt.target.data("url")) { window.location = evt.target.data("url"); } });
  cy.on("mouseover tapstart", "node", function (evt) {
    var n = evt.target;
    cy.edges(".lit").removeClass("lit");
    n.connectedEdges().addClass("lit");
    say(n.data("kind").charAt(0).toUpperCase() + n.data("kind").slice(1) + ": " + n.data("label"));
  });
  cy.on("mouseout", "node", function () { cy.edges(".lit").removeClass("lit"); say(summary); });
  load(el.getAttribute("data-api"));
})();
