// Helpers shared by the page scripts. Article text only ever reaches the DOM through
// textContent or attribute setters, never through innerHTML.
"use strict";
window.AW = (function () {
  const KINDS = ["trigger", "actor", "recipient", "date", "cue", "claim", "claim_cue"];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "style") for (const [p, s] of Object.entries(v)) node.style.setProperty(p, s);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function chip(event, colors) {
    return el("span", { class: "chip", style: { "--c": colors[event] || "#777" } }, event);
  }

  function codes(xs) {
    return xs.map((x) => (typeof x === "string" ? x : x.code || x.entity_text)).join("+");
  }

  function evidence(segments, lang) {
    const q = el("blockquote", { class: "evidence", lang: lang });
    for (const s of segments) {
      if (s.kind && KINDS.includes(s.kind)) q.append(el("mark", { class: "hl hl-" + s.kind, title: s.kind }, s.text));
      else q.append(document.createTextNode(s.text));
    }
    return q;
  }

  function articleUrl(doc, seq) {
    return "/articles/" + encodeURIComponent(doc) + (seq === undefined ? "" : "#s" + seq);
  }

  function mentionUrl(id) {
    return "/mentions/" + encodeURIComponent(id);
  }

  // Plotly interprets a few tags in hover text; show article text literally.
  function plain(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  return { el, chip, codes, evidence, articleUrl, mentionUrl, plain };
})();
