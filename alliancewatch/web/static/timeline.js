// Timeline page: one row per PLOVER type, colour = type, marker = factuality.
// Clicking a marker loads the mention (JSON twin) into the detail panel.
"use strict";
(function () {
  const source = document.getElementById("timeline-data");
  const chart = document.getElementById("timeline-chart");
  const detail = document.getElementById("detail");
  if (!source || !chart) return;
  const data = JSON.parse(source.textContent);
  const { el, chip, codes, evidence, articleUrl, mentionUrl, plain } = window.AW;
  if (!window.Plotly) {
    chart.textContent = "The chart library (plotly) could not be loaded; the list below has every event.";
    return;
  }

  function jitter(id) {
    let h = 0;
    for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
    return (((h >>> 0) % 1000) / 1000 - 0.5) * 0.56;
  }

  function hover(i) {
    const who = codes(i.actor) + (i.recipient.length ? " → " + codes(i.recipient) : "");
    const s = i.sentence.length > 90 ? i.sentence.slice(0, 90) + "…" : i.sentence;
    return "<b>" + plain(i.event) + "</b> " + plain(who) + " · " + plain(i.factuality) +
      "<br>" + plain(i.date || "undated (published " + (i.published || "?") + ")") +
      (i.date_text ? " «" + plain(i.date_text) + "»" : "") + "<br>" + plain(s);
  }

  const present = data.types.filter((t) => data.items.some((i) => i.event === t && i.x));
  const traces = present.map((t, row) => {
    const items = data.items.filter((i) => i.event === t && i.x);
    return {
      type: "scatter", mode: "markers", name: t,
      x: items.map((i) => i.x),
      y: items.map((i) => row + jitter(i.id)),
      customdata: items.map((i) => i.id),
      text: items.map(hover),
      hovertemplate: "%{text}<extra></extra>",
      marker: {
        color: data.colors[t], size: 12,
        symbol: items.map((i) => data.symbols[i.factuality] || "circle"),
        opacity: items.map((i) => (i.factuality === "negated" ? 0.55 : 0.95)),
        line: { color: data.colors[t], width: 2 },
      },
    };
  });
  const layout = {
    height: Math.max(240, 90 + 44 * present.length),
    margin: { l: 100, r: 20, t: 16, b: 40 },
    xaxis: { type: "date", showgrid: true, gridcolor: "#eef0f3" },
    yaxis: {
      tickvals: present.map((_, i) => i), ticktext: present, range: [-0.6, present.length - 0.4],
      zeroline: false, gridcolor: "#f3f4f6", fixedrange: true,
    },
    showlegend: false, hovermode: "closest", plot_bgcolor: "#fff", paper_bgcolor: "#fff",
    font: { family: "system-ui, Noto Sans, Noto Sans CJK JP, sans-serif", size: 12 },
  };
  const config = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
  if (!traces.length) {
    chart.textContent = "No dated events on this page.";
  } else {
    Plotly.newPlot(chart, traces, layout, config).then(() => chart.setAttribute("data-ready", "1"));
    chart.on("plotly_click", (ev) => {
      const p = ev.points && ev.points[0];
      if (p && p.customdata) show(p.customdata);
    });
  }

  // Mentions per month, stacked by type.
  const months = document.getElementById("month-chart");
  const byType = {};
  for (const r of data.by_month) {
    if (!/^\d{4}-\d{2}$/.test(r.month)) continue;
    (byType[r.event] = byType[r.event] || { x: [], y: [] });
    byType[r.event].x.push(r.month + "-01");
    byType[r.event].y.push(r.n);
  }
  const bars = data.types.filter((t) => byType[t]).map((t) => ({
    type: "bar", name: t, x: byType[t].x, y: byType[t].y, marker: { color: data.colors[t] },
    hovertemplate: t + " %{x|%Y-%m}: %{y}<extra></extra>",
  }));
  if (months && bars.length) {
    Plotly.newPlot(months, bars, {
      barmode: "stack", height: 220, margin: { l: 50, r: 20, t: 28, b: 30 },
      title: { text: "all matching mentions per month", font: { size: 12 }, x: 0.01 },
      xaxis: { type: "date" }, yaxis: { fixedrange: true }, legend: { orientation: "h", y: -0.2 },
      plot_bgcolor: "#fff", paper_bgcolor: "#fff",
    }, config);
  } else if (months) {
    months.remove();
  }

  function row(dl, label, ...value) {
    dl.append(el("dt", {}, label), el("dd", {}, ...value));
  }

  async function show(id) {
    detail.replaceChildren(el("p", { class: "muted" }, "Loading…"));
    let m;
    try {
      const r = await fetch("/api/mentions/" + encodeURIComponent(id));
      m = await r.json();
      if (!r.ok) throw new Error(m.error ? m.error.message : r.statusText);
    } catch (e) {
      detail.replaceChildren(el("p", { class: "muted" }, "Could not load the mention: " + e.message));
      return;
    }
    const head = el("h3", {}, chip(m.event, data.colors),
      codes(m.actor) + (m.recipient.length ? " → " + codes(m.recipient) : ""));
    const ev = evidence(m.highlight, m.language);
    if (m.factuality === "negated") ev.classList.add("negated");
    const dl = el("dl", {});
    row(dl, "date", m.date || "unknown", m.date_text ? " «" + m.date_text + "»" : "");
    row(dl, "factuality", m.factuality, m.factuality_cue ? " «" + m.factuality_cue + "»" : "");
    row(dl, "claimed by", m.claimed_by ? m.claimed_by.text + " «" + m.claimed_by.cue + "»" : "the article");
    row(dl, "article", el("a", { href: articleUrl(m.doc, m.text_info.sequence), lang: m.article.lang },
      m.article.title || m.doc), " ", m.published || "");
    if (m.same_event.length) row(dl, "same event", m.same_event.length + " other mention(s)");
    detail.replaceChildren(head, ev, dl,
      el("p", {}, el("a", { href: mentionUrl(m.id), class: "open-mention" }, "Open the mention page →")));
  }
})();
