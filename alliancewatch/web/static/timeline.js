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

  // How a mention's place on the axis was found: from a date expression in the text
  // ("dated"), a date without one (the publication's month: "inferred"), or no date at all
  // (drawn at the publication date: "undated"). Each is drawn differently.
  function kind(i) {
    return !i.date ? "undated" : i.date_text ? "dated" : "inferred";
  }
  const KIND_LABEL = { dated: "", inferred: " · date inferred", undated: " · undated, at publication" };
  const names = data.names || {};
  const who1 = (cs) => cs.map((c) => c + (names[c] ? " (" + names[c].split(" / ")[0] + ")" : "")).join("+");

  // A short one-line card: the evidence goes to the side panel on click.
  function hover(i) {
    const who = who1(i.actor) + (i.recipient.length ? " → " + who1(i.recipient) : "");
    return "<b>" + plain(i.event) + "</b> " + plain(who) + " · " + plain(i.factuality) + "<br>" +
      plain(i.date || i.published || "?") + plain(KIND_LABEL[kind(i)]) + " · click for evidence";
  }

  const present = data.types.filter((t) => data.items.some((i) => i.event === t && i.x));
  const STYLE = {
    dated: { size: 12, opacity: 0.95, width: 2 },
    inferred: { size: 10, opacity: 0.5, width: 1.5 },
    undated: { size: 8, opacity: 0.55, width: 1 },
  };
  const traces = [];
  present.forEach((t, row) => {
    for (const k of ["dated", "inferred", "undated"]) {
      const items = data.items.filter((i) => i.event === t && i.x && kind(i) === k);
      if (!items.length) continue;
      const st = STYLE[k];
      traces.push({
        type: "scatter", mode: "markers", name: t + " " + k, meta: k,
        x: items.map((i) => i.x),
        y: items.map((i) => row + jitter(i.id)),
        customdata: items.map((i) => i.id),
        text: items.map(hover),
        hovertemplate: "%{text}<extra></extra>",
        marker: {
          color: k === "undated" ? "#9aa3ad" : data.colors[t], size: st.size,
          symbol: items.map((i) => data.symbols[i.factuality] || "circle"),
          opacity: items.map((i) => (i.factuality === "negated" ? st.opacity * 0.6 : st.opacity)),
          line: { color: data.colors[t], width: st.width },
        },
      });
    }
  });

  // The axis fits the bulk of the events: the 2nd to 98th percentile of the dates, narrowed
  // further to the far-out fences of Tukey (3 interquartile ranges, at least 30 days, beyond
  // the quartiles) so that a lone old event does not squeeze the rest. The events outside are
  // counted at the edges and in a note, with a button to show everything.
  const xs = traces.flatMap((tr) => tr.x).map((x) => Date.parse(x)).filter((x) => !isNaN(x)).sort((a, b) => a - b);
  let range = null, before = 0, after = 0;
  if (xs.length >= 10) {
    const q = (f) => xs[Math.round(f * (xs.length - 1))];
    const iqr = Math.max(q(0.75) - q(0.25), 30 * 864e5);
    const inside = xs.filter((x) => x >= q(0.25) - 3 * iqr && x <= q(0.75) + 3 * iqr);
    const lo = Math.max(xs[Math.floor(0.02 * (xs.length - 1))], inside[0]);
    const hi = Math.min(xs[Math.ceil(0.98 * (xs.length - 1))], inside[inside.length - 1]);
    before = xs.filter((x) => x < lo).length;
    after = xs.filter((x) => x > hi).length;
    if (before + after) {
      const pad = Math.max((hi - lo) * 0.04, 15 * 864e5);
      range = [new Date(lo - pad).toISOString().slice(0, 10), new Date(hi + pad).toISOString().slice(0, 10)];
    }
  }
  const layout = {
    height: Math.max(240, 90 + 44 * present.length),
    margin: { l: 100, r: 20, t: 16, b: 40 },
    xaxis: { type: "date", showgrid: true, gridcolor: "#eef0f3", ...(range ? { range: range, autorange: false } : {}) },
    hoverlabel: { bgcolor: "rgba(255,255,255,0.88)", bordercolor: "#9aa3ad", font: { size: 11 }, align: "left" },
    hoverdistance: 12,
    annotations: [
      before ? { xref: "paper", yref: "paper", x: 0, y: 1.0, xanchor: "left", yanchor: "bottom", showarrow: false,
        text: "◀ " + before + " earlier", font: { size: 11, color: "#b35806" } } : null,
      after ? { xref: "paper", yref: "paper", x: 1, y: 1.0, xanchor: "right", yanchor: "bottom", showarrow: false,
        text: after + " later ▶", font: { size: 11, color: "#b35806" } } : null,
    ].filter(Boolean),
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
    if (before + after) {
      const all = el("button", { type: "button", id: "show-all-dates" }, "show all dates");
      all.addEventListener("click", () => Plotly.relayout(chart, { "xaxis.autorange": true, annotations: [] }));
      const note = el("p", { class: "timeline-note", id: "outside-note" },
        (before + after) + " event(s) outside the axis (" + before + " earlier, " + after +
        " later): the axis shows the bulk of the dates (2nd to 98th percentile, far outliers left out). ", all);
      chart.after(note);
    }
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
      title: { text: "all matching " + (data.count || "mentions") + " per month", font: { size: 12 }, x: 0.01 },
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
