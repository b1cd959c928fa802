// The interactive neighbourhood view. Data comes from the page's JSON API; no inline script (CSP).
// Click a node to expand its neighbourhood; double-click (or Enter on the list below) opens its page.
(function () {
  "use strict";
  var el = document.getElementById("graph");
  if (!el || typeof cytoscape === "undefined") { return; }
  var colours = { person: "#1d4f91", meeting: "#7a3e00", organisation: "#1f6f43", topic: "#7b2d8b", body: "#444" };
  var cy = cytoscape({
    container: el,
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 120,
          "background-color": function (n) { return colours[n.data("kind")] || "#666"; }, "color": "#1b1b1b",
          "width": 18, "height": 18, "text-valign": "bottom", "text-margin-y": 4 } },
      { selector: "node.center", style: { "width": 30, "height": 30, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#f0a500" } },
      { selector: "edge", style: { "width": 1.2, "line-color": "#b8bec6", "curve-style": "bezier",
          "label": "data(label)", "font-size": 8, "color": "#666", "text-rotation": "autorotate" } }
    ]
  });
  window.__bgCy = cy;  // exposed for the browser tests and for debugging
  var expanded = {};
  function load(url, centerId) {
    var status = document.getElementById("graph-status");
    if (status) { status.textContent = "Loading…"; }
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        var added = [];
        data.nodes.forEach(function (n) {
          if (cy.getElementById(n.id).empty()) { added.push({ group: "nodes", data: n }); }
        });
        data.edges.forEach(function (e) {
          var id = e.source + "->" + e.target + ":" + e.label;
          if (cy.getElementById(id).empty()) { added.push({ group: "edges", data: { id: id, source: e.source, target: e.target, label: e.label } }); }
        });
        cy.add(added);
        expanded[centerId || data.center] = true;
        cy.getElementById(centerId || data.center).addClass("expanded");
        cy.layout({ name: "cose", animate: false, nodeRepulsion: 9000, idealEdgeLength: 90 }).run();
        if (status) { status.textContent = cy.nodes().length + " nodes shown. Click a node to expand it; double-click to open its page."; }
        el.setAttribute("data-nodes", String(cy.nodes().length));
      })
      .catch(function (err) { if (status) { status.textContent = "Could not load the graph: " + err.message; } });
  }
  cy.on("tap", "node", function (evt) {
    var n = evt.target;
    if (!expanded[n.id()] && n.data("api")) { load(n.data("api"), n.id()); }
  });
  cy.on("dbltap", "node", function (evt) { if (evt.target.data("url")) { window.location = evt.target.data("url"); } });
  load(el.getAttribute("data-api")).then(function () {
    var center = cy.getElementById(el.getAttribute("data-center"));
    center.addClass("center");
  });
})();
