"""Presentation shared by templates and scripts: colours, factuality glyphs, URL helpers,
and the Jinja environment (autoescaping everything)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from alliancewatch import __version__, concepts, names
from alliancewatch.lang import codes
from alliancewatch.plover import EVENT_TYPES, FACTUALITY, QUAD

# Cooperation in blues and greens, conflict in oranges and reds (verbal lighter).
COLORS: dict[str, str] = {
    "AGREE": "#6a51a3",
    "CONSULT": "#2166ac",
    "SUPPORT": "#4393c3",
    "CONCEDE": "#92c5de",
    "COOPERATE": "#1b7837",
    "AID": "#5aae61",
    "RETREAT": "#a6dba0",
    "REQUEST": "#fdb863",
    "ACCUSE": "#e08214",
    "REJECT": "#b35806",
    "THREATEN": "#8c510a",
    "PROTEST": "#f4a582",
    "SANCTION": "#d6604d",
    "MOBILIZE": "#b2182b",
    "COERCE": "#67001f",
    "ASSAULT": "#40004b",
}
# Plotly marker symbols: solid = asserted, hollow variants = less certain, crossed = negated.
SYMBOLS: dict[str, str] = {
    "asserted": "circle",
    "probable": "circle-open-dot",
    "possible": "circle-open",
    "planned": "triangle-right-open",
    "hypothetical": "diamond-open",
    "negated": "circle-x-open",
}
FACT_HELP: dict[str, str] = {
    "asserted": "stated as fact",
    "probable": "likely, assessed, suspected",
    "possible": "may happen or may have happened",
    "planned": "announced or intended",
    "hypothetical": "conditional or counterfactual",
    "negated": "said not to have happened",
}
HIGHLIGHT_HELP: dict[str, str] = {
    "trigger": "trigger",
    "actor": "actor",
    "recipient": "recipient",
    "date": "date expression",
    "cue": "factuality cue",
    "claim": "claimed by",
    "claim_cue": "attribution cue",
}
COOP, CONFLICT = "#2166ac", "#c0392b"


def quad_class(event: str) -> str:
    return "cooperation" if QUAD.get(event, "").endswith("cooperation") else "conflict"


def url(path: str, **params: Any) -> str:
    """A path with the non-empty parameters as a query string (lists repeat the key)."""
    items: list[tuple[str, str]] = []
    for k, v in params.items():
        if v is None or v == "" or v == () or v == []:
            continue
        for x in v if isinstance(v, list | tuple) else [v]:
            items.append((k, str(x)))
    return path + ("?" + urlencode(items) if items else "")


def timeline_url(a: str, b: str | None = None, **params: Any) -> str:
    return url("/timeline", a=a, b=b or None, **params)


def mention_url(mid: str) -> str:
    return "/mentions/" + quote(mid, safe="")


def article_url(doc: str, sentence: int | None = None) -> str:
    return "/articles/" + quote(doc, safe="") + (f"#s{sentence}" if sentence is not None else "")


def safe_href(link: str | None) -> str | None:
    """Only http(s) links from articles become hrefs (never javascript: or data:)."""
    if link and link.lower().startswith(("http://", "https://")):
        return link
    return None


def to_json(obj: Any) -> Markup:
    """JSON for a <script type="application/json"> block; '<', '>' and '&' are escaped."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def schema_text(s: dict[str, Any]) -> str:
    """A parameter's JSON Schema in a few words, for the API page."""
    if s.get("type") == "array":
        return "list of " + schema_text(s["items"])
    if "enum" in s:
        return " | ".join(map(str, s["enum"]))
    text = str(s.get("type", ""))
    if "minimum" in s:
        text += f" ≥ {s['minimum']}"
    if "maximum" in s:
        text += f" ≤ {s['maximum']}"
    if "pattern" in s:
        text += f" matching {s['pattern']}"
    return text


def names_of(items: list[dict[str, Any]]) -> dict[str, str]:
    """code -> 'North Korea / 北朝鮮 / 북한' for every code in mention briefs (for scripts)."""
    found = {c for x in items for c in (*x.get("actor", ()), *x.get("recipient", ()))}
    return {c: names.label(c) for c in sorted(found)}


def number(n: int | None) -> str:
    return f"{n:,}" if isinstance(n, int) else "–"


# Bidi embedding/override (U+202A-202E) and isolate (U+2066-2069) controls: in article
# text they can reverse how the rest of a page reads (a "Trojan source" trick). Pages drop
# them from every rendered value; the JSON API returns the text as stored.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def drop_bidi_controls(value: Any) -> Any:
    """Jinja's finalize hook: applied to every {{ value }} before escaping."""
    return value.translate(BIDI_CONTROLS) if isinstance(value, str) else value


def make_env() -> Environment:
    env = Environment(
        loader=PackageLoader("alliancewatch.web", "templates"),
        autoescape=True,
        finalize=drop_bidi_controls,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        url=url,
        timeline_url=timeline_url,
        mention_url=mention_url,
        article_url=article_url,
        safe_href=safe_href,
        to_json=to_json,
        COLORS=COLORS,
        SYMBOLS=SYMBOLS,
        FACT_HELP=FACT_HELP,
        HIGHLIGHT_HELP=HIGHLIGHT_HELP,
        EVENT_TYPES=EVENT_TYPES,
        FACTUALITY=FACTUALITY,
        LANGS=codes(),
        quad_class=quad_class,
        version=__version__,
        COOP=COOP,
        schema_text=schema_text,
        CONFLICT=CONFLICT,
        actor_label=names.label,
        names_of=names_of,
        concept_contexts=concepts.contexts,
    )
    env.filters["number"] = number
    return env
