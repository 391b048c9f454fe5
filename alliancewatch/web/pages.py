"""HTML pages. Each one calls the handler of its JSON twin and renders the result."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

from alliancewatch.web import api, downloads, highlight
from alliancewatch.web import queries_web as qw
from alliancewatch.web.look import article_url
from alliancewatch.web.openapi import openapi
from alliancewatch.web.params import parse

# Pages show a form instead of an error when the main parameter is missing.
TIMELINE = (replace(api.A, required=False), *api.TIMELINE[1:])
SEARCH = api.SEARCH


def _db(request: Request) -> sqlite3.Connection:
    return request.app.state.db.get()


def _twin(request: Request, path: str) -> str:
    return path + ("?" + request.url.query if request.url.query else "")


def render(
    request: Request, name: str, nav: str, title: str, json_url: str | None, **ctx: Any
) -> HTMLResponse:
    template = request.app.state.env.get_template(name)
    return HTMLResponse(template.render(nav=nav, title=title, json_url=json_url, **ctx))


def overview(request: Request) -> HTMLResponse:
    parse(request, ())
    data = api.overview(_db(request), {}, request)
    langs = sorted({lang for lang in data["mentions_by_lang_type"]})
    rows = []
    for event, n in data["mentions_by_type"].items():
        by_lang = [data["mentions_by_lang_type"].get(lang, {}).get(event, 0) for lang in langs]
        rows.append(
            {
                "event": event,
                "by_lang": by_lang,
                "total": n,
                "events": data["events_by_type"].get(event, 0),
            }
        )
    return render(
        request,
        "overview.html",
        "overview",
        "Overview",
        "/api/overview",
        data=data,
        langs=langs,
        type_rows=rows,
    )


def timeline(request: Request) -> HTMLResponse:
    v = parse(request, TIMELINE)
    db = _db(request)
    data = api.timeline(db, v, request) if v["a"] else None
    if data is None:
        title = "Timeline"
    else:
        title = "Timeline " + v["a"] + (f" – {v['b']}" if v["b"] else "")
    return render(
        request,
        "timeline.html",
        "timeline",
        title,
        _twin(request, "/api/timeline") if data else None,
        v=v,
        data=data,
        downloads=downloads.timeline_links(v) if data else {},
        actors=qw.actors(db)[:300],
        pairs=qw.top_pairs(db, 12) if data is None else [],
    )


def network(request: Request) -> HTMLResponse:
    v = parse(request, api.NETWORK)
    db = _db(request)
    data = api.network(db, v, request)
    return render(
        request,
        "network.html",
        "network",
        "Network",
        _twin(request, "/api/network"),
        v=v,
        data=data,
        months=qw.months(db),
        downloads=downloads.list_links("network", v),
    )


def search(request: Request) -> HTMLResponse:
    v = parse(request, SEARCH)
    data = None
    if v["q"] or v["concept"]:
        data = api.search(_db(request), v, request)
        marks = " ".join(
            [v["q"] or ""] + [w["word"] for w in (data["concept"] or {}).get("words", [])]
        )
        for item in data["items"]:
            item["segs"] = highlight.query_spans(item["sentence"], marks)
    return render(
        request,
        "search.html",
        "search",
        f"Search {v['q'] or v['concept']}" if data else "Search",
        _twin(request, "/api/search") if data else None,
        v=v,
        data=data,
        downloads=downloads.list_links("search", v) if data else {},
    )


def articles(request: Request) -> HTMLResponse:
    v = parse(request, api.ARTICLES)
    data = api.articles(_db(request), v, request)
    return render(
        request,
        "articles.html",
        "articles",
        "Articles",
        _twin(request, "/api/articles"),
        v=v,
        data=data,
        downloads=downloads.list_links("articles", v),
    )


def mention(request: Request) -> HTMLResponse:
    parse(request, ())
    rec = api.mention(_db(request), {}, request)
    title = f"{rec['event']} " + " ".join(x["code"] or x["entity_text"] for x in rec["actor"])
    return render(request, "mention.html", "", title, f"/api/mentions/{rec['id']}", m=rec)


def article(request: Request) -> HTMLResponse:
    parse(request, ())
    db = _db(request)
    art = api.article(db, {}, request)
    paragraphs = highlight.article_paragraphs(
        art["text"],
        [tuple(p) for p in art["paragraph_spans"]],
        art["sentences"],
        qw.article_mentions(db, art["doc"]),
    )
    return render(
        request,
        "article.html",
        "articles",
        art["title"] or art["doc"],
        "/api" + article_url(art["doc"]),
        a=art,
        paragraphs=paragraphs,
    )


def glossary(request: Request) -> HTMLResponse:
    parse(request, ())
    data = api.glossary_(_db(request), {}, request)
    return render(request, "glossary.html", "glossary", "Glossary", "/api/glossary", g=data)


def api_docs(request: Request) -> HTMLResponse:
    parse(request, ())
    return render(request, "api.html", "api", "JSON API", "/api/openapi.json", spec=openapi())
