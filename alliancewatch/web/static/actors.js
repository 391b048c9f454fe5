// Actor autocomplete: every <input data-actor> suggests actors whose code or any name
// (English, Japanese, Korean) contains what was typed, from /api/actors?q=. Suggestions go
// into the input's <datalist> as options (value = code, label = names), built with
// textContent only. The server accepts the code or any name, so typing a name and
// submitting works without picking a suggestion.
"use strict";
(function () {
  const inputs = document.querySelectorAll("input[data-actor]");
  let counter = 0;

  function listFor(input) {
    let id = input.getAttribute("list");
    let list = id ? document.getElementById(id) : null;
    if (!list) {
      id = "actor-suggest-" + ++counter;
      list = document.createElement("datalist");
      list.id = id;
      input.after(list);
      input.setAttribute("list", id);
    }
    return list;
  }

  function label(x) {
    const names = [x.names.en, x.names.ja, x.names.ko].filter((n, i, a) => n && a.indexOf(n) === i);
    return names.join(" / ") + (x.events ? " · " + x.events + " events" : "");
  }

  for (const input of inputs) {
    const list = listFor(input);
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q || q === asked) return;
      timer = setTimeout(async () => {
        asked = q;
        try {
          const r = await fetch("/api/actors?limit=15&q=" + encodeURIComponent(q));
          if (!r.ok) return;
          const data = await r.json();
          if (input.value.trim() !== q) return; // typed on meanwhile
          list.replaceChildren();
          for (const x of data.items) {
            const opt = document.createElement("option");
            opt.value = x.code;
            opt.textContent = label(x);
            list.append(opt);
          }
          input.dataset.suggested = String(data.items.length);
        } catch (e) {
          /* offline or server gone: no suggestions, the form still works */
        }
      }, 150);
    });
  }
})();
