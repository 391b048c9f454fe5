// Relations page: per pair, weighted cooperation (up) and conflict (down) per month as bars,
// the index as a line. Data come from the page's JSON block; nothing is built from HTML.
"use strict";
(function () {
  const source = document.getElementById("relations-data");
  if (!source) return;
  const data = JSON.parse(source.textContent);
  data.pairs.forEach((p, n) => {
    const chart = document.getElementById("chart-" + n);
    if (!chart) return;
    if (!window.Plotly) {
      chart.textContent = "The chart library (plotly) could not be loaded.";
      return;
    }
    if (!p.months.length) {
      chart.textContent = "No dated events between " + p.a + " and " + p.b + ".";
      chart.setAttribute("data-ready", "1");
      return;
    }
    const x = p.months.map((m) => m.month + "-15");
    const DAY = 86400000, width = 20 * DAY;
    const first = Date.parse(x[0]) - 31 * DAY, last = Date.parse(x[x.length - 1]) + 31 * DAY;
    const traces = [
      { type: "bar", name: "cooperation", x: x, y: p.months.map((m) => m.cooperation), width: width,
        marker: { color: data.coop }, hovertemplate: "%{x|%Y-%m} cooperation %{y:.2f}<extra></extra>" },
      { type: "bar", name: "conflict", x: x, y: p.months.map((m) => -m.conflict), width: width,
        marker: { color: data.conflict }, hovertemplate: "%{x|%Y-%m} conflict %{y:.2f}<extra></extra>" },
      { type: "scatter", mode: "lines+markers", name: "index", x: x, y: p.months.map((m) => m.index),
        line: { color: "#1d2733", width: 2 }, marker: { size: 5 },
        hovertemplate: "%{x|%Y-%m} index %{y:+.2f}<extra></extra>" },
    ];
    const layout = {
      barmode: "relative", height: 280, margin: { l: 50, r: 16, t: 10, b: 40 },
      xaxis: { type: "date", tickformat: "%Y-%m", range: [first, last] },
      yaxis: { zeroline: true, zerolinecolor: "#999", fixedrange: true },
      legend: { orientation: "h", y: -0.18 }, plot_bgcolor: "#fff", paper_bgcolor: "#fff",
      font: { family: "system-ui, Noto Sans, Noto Sans CJK JP, sans-serif", size: 12 },
    };
    Plotly.newPlot(chart, traces, layout, { displaylogo: false, responsive: true })
      .then(() => chart.setAttribute("data-ready", "1"));
  });
})();
