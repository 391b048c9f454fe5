// Network page, around the drawing: the month slider (re-asks the server for the chosen
// period) and the edge panel (a click on an edge shows the pair's counts, directions and
// latest mentions instead of following the link). Text goes in with textContent only.
"use strict";
(function () {
  const source = document.getElementById("network-data");
  const svg = document.getElementById("network");
  const panel = document.getElementById("edge-detail");
  if (!source || !svg) return;
  const data = JSON.parse(source.textContent);
  const { el, chip, mentionUrl } = window.AW;

  // -- month slider -------------------------------------------------------------------
  const slider = document.getElementById("time-slider");
  const form = document.getElementById("network-form");
  if (slider && form) {
    const months = slider.dataset.months.split(",");
    const lo = document.getElementById("slider-from");
    const hi = document.getElementById("slider-to");
    const label = document.getElementById("slider-label");
    const month = (m, end) => (m.length === 4 ? m + (end ? "-12" : "-01") : m.slice(0, 7));
    const first = (m) => {
      const i = m ? months.findIndex((x) => x >= month(m, false)) : 0;
      return i < 0 ? months.length - 1 : i;
    };
    const last = (m) => {
      if (!m) return months.length - 1;
      let i = months.length - 1;
      while (i > 0 && months[i] > month(m, true)) i--;
      return i;
    };
    lo.value = first(data.from);
    hi.value = last(data.to);
    const show = () => {
      if (+lo.value > +hi.value) [lo.value, hi.value] = [hi.value, lo.value];
      label.textContent = months[+lo.value] + " – " + months[+hi.value];
    };
    show();
    const apply = () => {
      show();
      form.elements["from"].value = +lo.value === 0 ? "" : months[+lo.value];
      form.elements["to"].value = +hi.value === months.length - 1 ? "" : months[+hi.value];
      form.submit();
    };
    for (const r of [lo, hi]) {
      r.addEventListener("input", show);
      r.addEventListener("change", apply);
    }
  }

  // -- edge panel ---------------------------------------------------------------------
  if (!panel) return;
  const edges = new Map(data.edges.map((e) => [e.a + "-" + e.b, e]));
  const nodes = new Map(data.nodes.map((n) => [n.code, n]));
  const name = (code) => {
    const n = nodes.get(code);
    const names = n && n.names ? [n.names.en, n.names.ja, n.names.ko].filter(Boolean) : [];
    return names.length ? code + " " + names.join(" / ") : code;
  };
  function row(dl, label, ...value) {
    dl.append(el("dt", {}, label), el("dd", {}, ...value));
  }
  async function open(e, href) {
    const dl = el("dl", {});
    row(dl, "mentions", String(e.mentions));
    row(dl, "cooperation", String(e.cooperation));
    row(dl, "conflict", String(e.conflict));
    row(dl, e.a + " → " + e.b, String(e.a_to_b || 0));
    row(dl, e.b + " → " + e.a, String(e.b_to_a || 0));
    row(dl, "mutual or undirected", String(e.mentions - (e.a_to_b || 0) - (e.b_to_a || 0)));
    if (e.index !== undefined) row(dl, "relation index", (e.index > 0 ? "+" : "") + e.index);
    if ((e.alliances || []).length) row(dl, "alliance in force", e.alliances.join(", "));
    const list = el("ul", { class: "edge-mentions" }, el("li", { class: "muted" }, "Loading…"));
    panel.replaceChildren(
      el("h3", { class: "edge-title" }, name(e.a) + " – " + name(e.b)),
      dl,
      el("h4", {}, "Latest mentions"),
      list,
      el("p", {}, el("a", { href: href, class: "open-timeline" }, "Open the pair's timeline →"))
    );
    const q = new URLSearchParams({ a: e.a, b: e.b, limit: "5" });
    if (data.from) q.set("from", data.from);
    if (data.to) q.set("to", data.to);
    try {
      const r = await fetch("/api/timeline?" + q.toString());
      const t = await r.json();
      if (!r.ok) throw new Error(t.error ? t.error.message : r.statusText);
      list.replaceChildren(...t.items.map((m) => el("li", {},
        el("a", { href: mentionUrl(m.id) }, chip(m.event, data.colors || {}),
          " " + m.actor.join("+") + (m.recipient.length ? " → " + m.recipient.join("+") : "") +
          " " + (m.date || "undated") + " · " + m.factuality))));
      if (!t.items.length) list.replaceChildren(el("li", { class: "muted" }, "none"));
    } catch (err) {
      list.replaceChildren(el("li", { class: "muted" }, "Could not load: " + err.message));
    }
  }
  svg.addEventListener("click", (ev) => {
    const link = ev.target.closest && ev.target.closest("a.edge-link");
    if (!link) return;
    const e = edges.get(link.getAttribute("data-pair"));
    if (!e) return;
    ev.preventDefault();
    for (const x of svg.querySelectorAll("a.edge-link.selected")) x.classList.remove("selected");
    link.classList.add("selected");
    open(e, link.getAttribute("href"));
  });
})();
