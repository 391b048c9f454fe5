"""JSON API: one `ApiSpec` per route: its parameters, its handler and its documentation.

Pages call the same handlers, so every page shows exactly what its JSON twin returns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from alliancewatch import concepts, names
from alliancewatch.errors import UsageError
from alliancewatch.store.event_queries import story_of
from alliancewatch.store.queries import get_article
from alliancewatch.web import glossary, highlight
from alliancewatch.web import queries_graph as qg
from alliancewatch.web import queries_web as qw
from alliancewatch.web import search_keys as sk
from alliancewatch.web.params import (
    DATE_FROM,
    DATE_TO,
    EVENTS,
    FACTS,
    LANG_LIST,
    MENTION_ID,
    OFFSET,
    ApiError,
    Param,
    bad,
    check_range,
    limit_param,
    page_links,
)

Handler = Callable[[sqlite3.Connection, dict[str, Any], Request], dict[str, Any]]

# -- parameters ---------------------------------------------------------------------------

A = Param("a", "code", "actor code (PRK, RUS, USA, NATO ...)", required=True)
B = Param("b", "code", "second actor code: only mentions between a and b")
ORDER = Param(
    "order", "enum", "newest (desc) or oldest (asc) first", default="desc", choices=("desc", "asc")
)
COUNT = Param(
    "count",
    "enum",
    "what is counted: events (mentions of one happening merged across sentences, articles"
    " and languages count once) or mentions",
    default="events",
    choices=("events", "mentions"),
)
TIMELINE = (
    A,
    B,
    EVENTS,
    FACTS,
    LANG_LIST,
    DATE_FROM,
    DATE_TO,
    ORDER,
    COUNT,
    limit_param(500, 2000),
    OFFSET,
)
NETWORK = (
    DATE_FROM,
    DATE_TO,
    EVENTS,
    FACTS,
    LANG_LIST,
    Param(
        "min", "int", "minimum events (mentions) per edge", default=1, minimum=1, maximum=10_000_000
    ),
    COUNT,
    Param(
        "index",
        "bool",
        "add each edge's relation index (type weight x factuality, docs/RELATIONS.md) and"
        " colour by it; slower",
        default=False,
    ),
    limit_param(200, 2000),
    OFFSET,
)
Q = Param(
    "q",
    "text",
    "words that must all occur (two-character Japanese terms work; English words match"
    " their other forms: sanction finds sanctions); `q` or `concept` is required",
)
CONCEPT = Param(
    "concept",
    "text",
    "a PLOVER type (AID), a type and context (AID:military) or a trigger word (派兵):"
    " sentences holding any word the trigger lexicons give for it, in every language, or a"
    " mention coded with that type",
    max_length=60,
)
SEARCH = (
    Q,
    CONCEPT,
    LANG_LIST,
    EVENTS,
    FACTS,
    Param("actor", "code", "only sentences with a mention involving this actor"),
    Param("with_mentions", "bool", "only sentences with at least one mention", default=False),
    Param("from", "date", "articles published on or after this date"),
    Param("to", "date", "articles published on or before this date"),
    limit_param(50, 500),
    Param(
        "offset",
        "int",
        f"hits to skip, at most {sk.MAX_OFFSET:,}: deeper pages follow the `next` links (cursors)",
        default=0,
        minimum=0,
        maximum=10_000_000,
    ),
    Param(
        "after",
        "text",
        "a cursor from a `next` link: the page after the hit it names (pages beyond"
        f" {sk.MAX_OFFSET:,} hits)",
        max_length=2000,
    ),
)
ARTICLES = (
    Param("q", "text", "full text over title and body"),
    LANG_LIST,
    limit_param(50, 1000),
    OFFSET,
)
ACTORS = (
    Param(
        "q",
        "text",
        "part of an actor's code or of any of its names in English, Japanese or Korean"
        " (prefix matches first): North, 北朝, 북한",
        max_length=100,
    ),
    limit_param(300, 1000),
)
MENTION_PATH = Param("id", "text", "mention id", required=True, max_length=64)
DOC_PATH = Param(
    "doc", "text", "the input's own name (URL-encoded)", required=True, max_length=1000
)


# -- handlers ----------------------------------------------------------------------------


def overview(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    return qw.overview(db)


def actors(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    counts = {x["code"]: x for x in qw.actors(db)}
    if not v.get("q"):
        items = [{**x, "names": _names(x["code"])} for x in counts.values()][: v["limit"]]
        return {"q": None, "items": items}
    items = []
    for hit in names.search(v["q"], limit=v["limit"]):
        code = hit["code"]
        known = counts.get(code, {"events": 0, "mentions": 0, "kind": qw.node_kind(code)})
        items.append(
            {
                "code": code,
                "events": known["events"],
                "mentions": known["mentions"],
                "kind": known["kind"],
                "names": _names(code),
                "matched": hit["matched"],
            }
        )
    # actors found in this database first (most mentioned), then the rest of the table
    items.sort(key=lambda x: -x["mentions"])
    return {"q": v["q"], "items": items}


def glossary_(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    return glossary.glossary()


def _names(code: str) -> dict[str, str]:
    n = names.name_of(code)
    return {"en": n.en, "ja": n.ja, "ko": n.ko}


def timeline(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    check_range(v)
    if v.get("b") == v["a"]:
        raise bad("b", "must differ from 'a'")
    r = qg.timeline(db, v)
    return {
        "a": v["a"],
        "b": v["b"],
        "filters": _filters(v, ("event", "factuality", "lang", "from", "to", "order", "count")),
        **page_links(request, r["total"], v["limit"], v["offset"]),
        "count": r["count"],
        "counts": r["counts"],
        "items": r["items"],
    }


def network(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    check_range(v)
    r = qg.network(db, v)
    from alliancewatch.web.relations import network_edges  # the relation layer's additions

    network_edges(db, v, r)
    return {
        "filters": _filters(
            v, ("event", "factuality", "lang", "from", "to", "min", "index", "count")
        ),
        **page_links(request, r["total"], v["limit"], v["offset"]),
        "count": r["count"],
        "nodes": r["nodes"],
        "edges": r["edges"],
        "alliances_on": r["alliances_on"],
    }


def search(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    check_range(v)
    if not v.get("q") and not v.get("concept"):
        raise bad("q", "is required (or give `concept`)")
    v = {**v, "after": _cursor(v)}
    c = None
    if v.get("concept"):
        try:
            c = concepts.concept(v["concept"])
        except UsageError as e:
            raise bad("concept", str(e)) from None
    try:
        r = qw.search(db, {**v, "concept": c})
    except sqlite3.OperationalError as e:
        if "interrupt" in str(e):
            raise
        raise bad("q", f"cannot be searched ({e})") from None
    return {
        "q": v["q"],
        "concept": None
        if c is None
        else {
            "event": c.event,
            "context": c.context,
            "words": [{"lang": lang, "word": w} for lang, w in c.words],
        },
        "match": r["match"],
        "message": None if r["total"] else no_hits(v, c),
        "filters": _filters(
            v, ("lang", "event", "factuality", "actor", "with_mentions", "from", "to")
        ),
        **search_links(request, r, v),
        "items": r["items"],
    }


def _cursor(v: dict[str, Any]) -> sk.SearchKey | None:
    """The `after` cursor, checked; a deep offset is refused with the way on."""
    if v.get("after"):
        if v["offset"]:
            raise bad("offset", "give either `offset` or `after` (a cursor), not both")
        key = sk.SearchKey.from_token(v["after"])
        if key is None:
            raise bad("after", "is not a cursor from a search's `next` link")
        return key
    if v["offset"] > sk.MAX_OFFSET:
        raise bad(
            "offset",
            f"search pages by offset reach hit {sk.MAX_OFFSET:,}; deeper pages follow the"
            " `next` link of a page (a cursor, `after=`), which reads as fast as the first",
        )
    return None


def search_links(request: Request, r: dict[str, Any], v: dict[str, Any]) -> dict[str, Any]:
    """The pagination envelope of a search whose total may be a lower bound: `total_exact`
    false means more than `total` sentences match (and a next page exists). `next` goes on
    by offset up to MAX_OFFSET, then by cursor (`after`); a page read after a cursor has
    `prev` only while the previous page is in offset reach."""
    limit, start = v["limit"], r["offset"]
    end = start + len(r["items"])
    more = end < r["total"] or not r["total_exact"]
    keep = [(k, x) for k, x in request.query_params.multi_items() if k not in ("offset", "after")]

    def url(extra: list[tuple[str, str]]) -> str:
        q = keep + extra
        return request.url.path + ("?" + urlencode(q) if q else "")

    nxt = None
    if more and r["after"]:
        by_offset = end <= sk.MAX_OFFSET and not v.get("after")
        nxt = url([("offset", str(end))] if by_offset else [("after", r["after"])])
    prev = None
    if start > 0 and start - limit <= sk.MAX_OFFSET:
        back = max(0, start - limit)
        prev = url([("offset", str(back))] if back else [])
    return {
        "total": r["total"],
        "limit": limit,
        "offset": start,
        "next": nxt,
        "prev": prev,
        "total_exact": r["total_exact"],
    }


def articles(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    r = qw.articles(db, v)
    return {
        "q": v["q"],
        "filters": _filters(v, ("lang",)),
        **page_links(request, r["total"], v["limit"], v["offset"]),
        "items": r["items"],
    }


def mention(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    mid = request.path_params["id"]
    if not MENTION_ID.match(mid):
        raise bad("id", "is not a mention id (letters, digits, '-' and '_', at most 64)")
    rec = qw.mention(db, mid)
    if rec is None:
        raise ApiError(404, "not_found", f"no mention with id '{mid}'")
    rec["highlight"] = highlight.mention_spans(rec)
    return rec


def article(db: sqlite3.Connection, v: dict[str, Any], request: Request) -> dict[str, Any]:
    doc = article_doc(request)
    art = get_article(db, doc)
    if art is None:
        raise ApiError(404, "not_found", f"no article with doc '{doc[:200]}'")
    art["paragraph_spans"] = [list(p) for p in art["paragraph_spans"]]
    # near-duplicates (wire copies, teasers) grouped with it into one story (issue 12)
    art["story"] = story_of(db, doc)
    return art


def article_doc(request: Request) -> str:
    doc: str = request.path_params["doc"]
    if len(doc) > DOC_PATH.max_length or "\x00" in doc:
        raise bad("doc", f"at most {DOC_PATH.max_length} characters, no NUL")
    return doc


def no_hits(v: dict[str, Any], c: concepts.Concept | None) -> str:
    """What an empty search looked for, in words (the page and the CLI say it)."""
    what = []
    if v.get("q"):
        what.append(f"the words “{v['q']}”")
    if c is not None:
        what.append(f"the concept {c.describe()} ({len(c.words)} words)")
    filtered = any(v.get(k) for k in ("lang", "event", "factuality", "actor", "from", "to"))
    return (
        "No sentence contains "
        + " and ".join(what)
        + (" with these filters" if filtered or v.get("with_mentions") else "")
        + "."
    )


def _filters(v: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: (list(v[k]) if isinstance(v[k], tuple) else v[k]) for k in keys}


# -- the registry --------------------------------------------------------------------------


@dataclass(frozen=True)
class ApiSpec:
    path: str
    summary: str
    description: str
    params: tuple[Param, ...]
    handler: Handler
    schema: str  # name of the response schema in openapi.py
    path_param: Param | None = None
    aliases: tuple[str, ...] = ()  # page URLs with .json that answer the same


ROUTES: tuple[ApiSpec, ...] = (
    ApiSpec(
        "/api/overview",
        "Overview",
        "Counts by language and type, most active pairs, latest events, rejected inputs.",
        (),
        overview,
        "Overview",
        aliases=("/index.json",),
    ),
    ApiSpec(
        "/api/actors",
        "Actor codes and names",
        "Every actor code with the number of mentions involving it, most active first, and"
        " its names in English, Japanese and Korean. With `q`: the actors whose code or any"
        " name contains `q` (an autocomplete), those mentioned in this database first.",
        ACTORS,
        actors,
        "Actors",
    ),
    ApiSpec(
        "/api/glossary",
        "Glossary",
        "What the codes mean: PLOVER types (explanation, direction, quad class, example"
        " trigger words per language), quad classes, factuality labels, actor codes with"
        " their English, Japanese and Korean names.",
        (),
        glossary_,
        "Glossary",
        aliases=("/glossary.json",),
    ),
    ApiSpec(
        "/api/timeline",
        "Timeline of one actor or a pair",
        "Events involving `a` (and `b`), counts by month, type and factuality, and one"
        " page of them (one item per event, with `n_mentions`); `count=mentions` counts and"
        " lists mentions instead. Dated mentions are filtered by the overlap of their period with"
        " [from, to]; undated ones only appear without a date filter.",
        TIMELINE,
        timeline,
        "Timeline",
        aliases=("/timeline.json",),
    ),
    ApiSpec(
        "/api/network",
        "Network of actors",
        "Pairs of actors weighted by the events between them (`count=mentions`: the"
        " mentions; the weight is the edge's `mentions` field either way), with cooperation and"
        " conflict counts (PLOVER quad class), heaviest first, for a period.",
        NETWORK,
        network,
        "Network",
        aliases=("/network.json",),
    ),
    ApiSpec(
        "/api/search",
        "Full-text search over sentences",
        "Sentences containing every word of `q`, newest article first, with their mentions.",
        SEARCH,
        search,
        "Search",
        aliases=("/search.json",),
    ),
    ApiSpec(
        "/api/articles",
        "Articles",
        "Stored articles, newest first.",
        ARTICLES,
        articles,
        "ArticleList",
        aliases=("/articles.json",),
    ),
    ApiSpec(
        "/api/mentions/{id}",
        "One mention",
        "A mention as the export record (spec §4), with its article, its highlighted"
        " evidence sentence, the merged event and the other mentions of that event.",
        (),
        mention,
        "Mention",
        path_param=MENTION_PATH,
        aliases=("/mentions/{id}.json",),
    ),
    ApiSpec(
        "/api/articles/{doc:path}",
        "One article",
        "The cleaned article text with paragraphs, sentences, mentions and what cleaning removed.",
        (),
        article,
        "Article",
        path_param=DOC_PATH,
    ),
)
