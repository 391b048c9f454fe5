// Network page: a small deterministic force layout drawn as SVG. Edges and nodes are links
// to the pair's and the actor's timelines.
"use strict";
(function () {
  const source = document.getElementById("network-data");
  const svg = document.getElementById("network");
  if (!source || !svg) return;
  const data = JSON.parse(source.textContent);
  const NS = "http://www.w3.org/2000/svg";
  const W = 900, H = 640, PAD = 40;
  const nodes = data.nodes.map((n, i) => ({ ...n, i }));
  const index = new Map(nodes.map((n) => [n.code, n]));
  const edges = data.edges.filter((e) => index.has(e.a) && index.has(e.b));
  if (!nodes.length) {
    const t = document.createElementNS(NS, "text");
    t.setAttribute("x", W / 2); t.setAttribute("y", H / 2); t.setAttribute("text-anchor", "middle");
    t.textContent = "No pairs of actors in this period.";
    svg.append(t);
    svg.setAttribute("data-ready", "1");
    return;
  }
  const maxN = Math.max(...nodes.map((n) => n.mentions));
  const maxE = Math.max(...edges.map((e) => e.mentions), 1);
  for (const n of nodes) n.r = Math.max(9 + 20 * Math.sqrt(n.mentions / maxN), 5 + 4 * n.code.length);

  // Start on a circle (heaviest first), then Fruchterman-Reingold with gravity.
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(a);
    n.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const k = Math.sqrt((W * H) / nodes.length) * 0.55;
  let temp = W / 8;
  for (let it = 0; it < 400; it++) {
    for (const n of nodes) { n.dx = 0; n.dy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = index.get(e.a), b = index.get(e.b);
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const w = 0.4 + Math.log1p(e.mentions) / Math.log1p(maxE);
      const f = ((d * d) / k) * w;
      a.dx -= (dx / d) * f; a.dy -= (dy / d) * f; b.dx += (dx / d) * f; b.dy += (dy / d) * f;
    }
    for (const n of nodes) {
      n.dx += (W / 2 - n.x) * 0.05 * k / 50;
      n.dy += (H / 2 - n.y) * 0.05 * k / 50;
      const d = Math.max(Math.hypot(n.dx, n.dy), 0.01);
      n.x += (n.dx / d) * Math.min(d, temp);
      n.y += (n.dy / d) * Math.min(d, temp);
      n.x = Math.min(W - PAD, Math.max(PAD, n.x));
      n.y = Math.min(H - PAD, Math.max(PAD, n.y));
    }
    temp = Math.max(temp * 0.985, 0.5);
  }

  function mix(c1, c2, t) {
    const p = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
    const a = p(c1), b = p(c2);
    return "rgb(" + a.map((x, i) => Math.round(x + (b[i] - x) * t)).join(",") + ")";
  }
  function make(tag, attrs, parent) {
    const node = document.createElementNS(NS, tag);
    for (const [key, v] of Object.entries(attrs)) node.setAttribute(key, v);
    if (parent) parent.append(node);
    return node;
  }
  function timeline(a, b) {
    const q = new URLSearchParams({ a: a });
    if (b) q.set("b", b);
    if (data.from) q.set("from", data.from);
    if (data.to) q.set("to", data.to);
    return "/timeline?" + q.toString();
  }

  const gEdges = make("g", { class: "edges" }, svg);
  // lightest first: a heavier edge is drawn over a lighter one lying along it, so the pairs
  // with most events stay clickable however the layout falls
  for (const e of [...edges].sort((x, y) => x.mentions - y.mentions)) {
    const a = index.get(e.a), b = index.get(e.b);
    // details go to the side panel on click (network_panel.js), not into a native tooltip
    const link = make("a", { href: timeline(e.a, e.b), class: "edge-link", "data-pair": e.a + "-" + e.b }, gEdges);
    const allied = (e.alliances || []).length > 0;
    // colour by relation: the weighted share of cooperation (index), else the plain share
    const share = e.index_share !== undefined && e.index_share !== null ? e.index_share
      : e.cooperation_share === null ? 0.5 : e.cooperation_share;
    const line = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    const colour = mix(data.conflict, data.coop, share);
    const width = 1.5 + 9 * Math.sqrt(e.mentions / maxE);
    make("line", { ...line, class: "edge", stroke: colour, "stroke-width": width.toFixed(2) }, link);
    if (allied) {
      link.classList.add("allied");
      make("line", { ...line, class: "alliance", "stroke-width": Math.max(2, width / 3).toFixed(2) }, link);
    }
    make("line", { ...line, class: "hit" }, link);
    // arrowheads: one at each end that directed mentions point to (actor -> recipient)
    for (const [from, to, n] of [[a, b, e.a_to_b], [b, a, e.b_to_a]]) {
      if (!n) continue;
      const d = Math.max(Math.hypot(to.x - from.x, to.y - from.y), 1);
      const ux = (to.x - from.x) / d, uy = (to.y - from.y) / d;
      const tipX = to.x - ux * (to.r + 3), tipY = to.y - uy * (to.r + 3);
      const size = 7 + Math.min(width, 8);
      const bx = tipX - ux * size, by = tipY - uy * size;
      const pts = [[tipX, tipY], [bx - uy * size * 0.5, by + ux * size * 0.5],
        [bx + uy * size * 0.5, by - ux * size * 0.5]];
      make("polygon", { class: "arrow", fill: colour, "data-to": to.code,
        points: pts.map((p) => p[0].toFixed(1) + "," + p[1].toFixed(1)).join(" ") }, link);
    }
  }
  const gNodes = make("g", { class: "nodes" }, svg);
  for (const n of nodes) {
    const link = make("a", { href: timeline(n.code), class: "node " + n.kind, "data-code": n.code }, gNodes);
    const title = make("title", {}, link);
    const name = n.names ? [n.names.en, n.names.ja, n.names.ko].filter(Boolean).join(" / ") : "";
    title.textContent = n.code + (name ? " " + name : "") + ": " + n.mentions + " " +
      (data.count || "events") + " with " + n.degree + " partners";
    if (n.kind === "organisation") {
      make("rect", { x: n.x - n.r, y: n.y - n.r, width: 2 * n.r, height: 2 * n.r, rx: 3 }, link);
    } else {
      make("circle", { cx: n.x, cy: n.y, r: n.r }, link);
    }
    const label = make("text", { x: n.x, y: n.y + 4, "text-anchor": "middle" }, link);
    label.textContent = n.code;
    if (n.names && n.names.en) {
      const caption = make("text", { x: n.x, y: n.y + n.r + 12, "text-anchor": "middle", class: "node-name" }, link);
      caption.textContent = n.names.en;
    }
  }
  svg.setAttribute("data-ready", "1");
})();
