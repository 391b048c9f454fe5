"""The OpenAPI 3.1 description of the JSON API, built from the route registry."""

from __future__ import annotations

from typing import Any

from alliancewatch import __version__
from alliancewatch.plover import EVENT_TYPES, FACTUALITY
from alliancewatch.web import events
from alliancewatch.web.api import ROUTES
from alliancewatch.web.search_keys import MAX_OFFSET

_S = {"type": "string"}
_NS = {"type": ["string", "null"]}
_I = {"type": "integer"}
_CODES = {"type": "array", "items": _S}


def _obj(props: dict[str, Any], required: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = list(props)
    return out


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _paged(items: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"allOf": [_ref("Page"), _obj({**extra, "items": {"type": "array", "items": items}})]}


_NAMES = _obj({"en": _S, "ja": _S, "ko": _S}) | {
    "description": "display names from data/actors.tsv ('' when none)"
}
_ACTOR = _obj({"entity_text": _S, "code": _NS, "sector": _NS})
SCHEMAS: dict[str, Any] = {
    "Error": _obj(
        {
            "error": _obj(
                {
                    "status": _I,
                    "code": {"type": "string", "examples": ["bad_parameter", "not_found"]},
                    "message": _S,
                    "parameter": _S,
                }
            )
            | {"required": ["status", "code", "message"]}
        }
    ),
    "Page": _obj({"total": _I, "limit": _I, "offset": _I, "next": _NS, "prev": _NS}),
    "MentionBrief": _obj(
        {
            "id": _S,
            "event": {"enum": list(EVENT_TYPES)},
            "quad": _S,
            "factuality": {"enum": list(FACTUALITY)},
            "date": _NS,
            "date_text": _NS,
            "x": {**_NS, "description": "full date used to place the mention on a time axis"},
            "published": _NS,
            "language": _S,
            "actor": _CODES,
            "recipient": _CODES,
            "trigger": _S,
            "doc": _S,
            "sentence": _S,
            "event_id": _NS,
            "claimed_by": _NS,
        }
    ),
    "Mention": _obj(
        {
            "id": _S,
            "article_id": _S,
            "doc": _S,
            "published": _NS,
            "language": _S,
            "event": _S,
            "quad": _S,
            "mode": _CODES,
            "context": _CODES,
            "actor": {"type": "array", "items": _ACTOR},
            "recipient": {"type": "array", "items": _ACTOR},
            "date": _NS,
            "date_text": _NS,
            "factuality": _S,
            "factuality_cue": _NS,
            "claimed_by": {"oneOf": [{"type": "null"}, _obj({"text": _S, "cue": _S, "code": _NS})]},
            "text_info": _obj(
                {
                    "sentence": _S,
                    "sequence": _I,
                    "start": _I,
                    "end": _I,
                    "trigger": _S,
                    "trigger_start": _I,
                }
            ),
            "implicit": {"type": "boolean"},
            "coder": _S,
            "event_id": _NS,
            "article": _obj(
                {"doc": _S, "title": _NS, "published": _NS, "lang": _S, "url": _NS, "source": _NS}
            ),
            "highlight": {
                "type": "array",
                "items": _obj(
                    {
                        "text": _S,
                        "kind": {
                            "type": ["string", "null"],
                            "enum": [
                                "trigger",
                                "actor",
                                "recipient",
                                "date",
                                "cue",
                                "claim",
                                "claim_cue",
                                None,
                            ],
                        },
                    }
                ),
            },
            "merged_event": {"type": ["object", "null"]},
            "same_event": {"type": "array", "items": _ref("MentionBrief")},
            "same_sentence": {"type": "array", "items": _ref("MentionBrief")},
        }
    ),
    "Overview": _obj(
        {
            "totals": {"type": "object", "additionalProperties": _I},
            "articles_by_lang": {"type": "object", "additionalProperties": _I},
            "mentions_by_lang_type": {"type": "object"},
            "mentions_by_type": {"type": "object", "additionalProperties": _I},
            "mentions_by_factuality": {"type": "object", "additionalProperties": _I},
            "events_by_type": {"type": "object", "additionalProperties": _I},
            "top_pairs": {
                "type": "array",
                "items": _obj(
                    {
                        "a": _S,
                        "b": _S,
                        "events": _I,
                        "mentions": _I,
                        "cooperation": {**_I, "description": "events of a cooperation quad"},
                        "conflict": {**_I, "description": "events of a conflict quad"},
                    }
                ),
            },
            "latest": {"type": "array", "items": _ref("MentionBrief")},
            "rejections": {
                "type": "array",
                "items": _obj({"doc": _S, "source": _S, "reason": _S, "at": _S}),
            },
        }
    ),
    "Actors": _obj(
        {
            "q": _NS,
            "items": {
                "type": "array",
                "items": _obj(
                    {
                        "code": _S,
                        "events": {**_I, "description": "events involving the actor"},
                        "mentions": _I,
                        "kind": {"enum": ["state", "organisation"]},
                        "names": _NAMES,
                    }
                ),
            },
        }
    ),
    "Glossary": _obj(
        {
            "types": {"type": "array", "items": {"type": "object"}},
            "quads": {"type": "array", "items": {"type": "object"}},
            "factuality": {"type": "array", "items": {"type": "object"}},
            "actors": {"type": "array", "items": {"type": "object"}},
            "names_rule": _S,
        }
    ),
    "Timeline": _paged(
        _ref("MentionBrief"),
        a=_S,
        b=_NS,
        filters={"type": "object"},
        counts=_obj(
            {
                "by_type": {"type": "object"},
                "by_factuality": {"type": "object"},
                "by_month": {"type": "array", "items": _obj({"month": _S, "event": _S, "n": _I})},
            }
        ),
    ),
    "Network": _paged(
        {
            "type": "object",
            "properties": {
                "a": _S,
                "b": _S,
                "mentions": _I,
                "cooperation": _I,
                "conflict": _I,
                "cooperation_share": {"type": ["number", "null"]},
                "a_to_b": {**_I, "description": "directed mentions from a to b"},
                "b_to_a": {**_I, "description": "directed mentions from b to a"},
                "alliances": {
                    "type": "array",
                    "items": _S,
                    "description": "treaties with an ATOP obligation in force on alliances_on",
                },
                "index": {
                    "type": "number",
                    "description": "with index=true: sum over the edge's mentions of type"
                    " weight x factuality factor (data/relation_weights.tsv)",
                },
                "index_share": {
                    "type": ["number", "null"],
                    "description": "with index=true: weighted cooperation / (cooperation +"
                    " conflict)",
                },
            },
            "required": [
                "a",
                "b",
                "mentions",
                "cooperation",
                "conflict",
                "cooperation_share",
                "alliances",
            ],
        },
        filters={"type": "object"},
        alliances_on=_S,
        nodes={
            "type": "array",
            "items": _obj({"code": _S, "kind": _S, "mentions": _I, "degree": _I, "names": _NAMES}),
        },
    ),
    "Search": _paged(
        _obj(
            {
                "sentence": _S,
                "sequence": _I,
                "doc": _S,
                "title": _NS,
                "published": _NS,
                "lang": _S,
                "mentions": {"type": "array", "items": {"type": "object"}},
            }
        ),
        q=_NS,
        concept={"type": ["object", "null"]},
        match={"enum": ["fts", "substring"]},
        message={**_NS, "description": "what an empty search looked for; null with hits"},
        filters={"type": "object"},
        total_exact={
            "type": "boolean",
            "description": "false: more than `total` sentences match (counted up to a bound)",
        },
    ),
    "ArticleList": _paged(
        _obj(
            {
                "doc": _S,
                "title": _NS,
                "published": _NS,
                "lang": _S,
                "url": _NS,
                "n_paragraphs": _I,
                "mentions": _I,
            }
        ),
        q=_NS,
        filters={"type": "object"},
    ),
    "Article": _obj(
        {
            "doc": _S,
            "title": _NS,
            "published": _NS,
            "lang": _S,
            "url": _NS,
            "source": _NS,
            "paragraphs": _I,
            "encoding": _NS,
            "content_hash": _S,
            "text": _S,
            "removed": {"type": "array", "items": _obj({"kind": _S, "text": _S, "reason": _S})},
            "paragraph_spans": {"type": "array", "items": {"type": "array", "items": _I}},
            "sentences": {"type": "array", "items": {"type": "object"}},
            "mentions": {"type": "array", "items": {"type": "object"}},
        }
    ),
}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def openapi() -> dict[str, Any]:
    """The whole document (served at /api/openapi.json)."""
    paths: dict[str, Any] = {}
    from alliancewatch.web import relations as rel_web

    for spec in (*ROUTES, *rel_web.ROUTES, *events.ROUTES):
        params = []
        if spec.path_param:
            p = spec.path_param
            params.append(
                {
                    "name": p.name,
                    "in": "path",
                    "required": True,
                    "description": p.description,
                    "schema": p.schema(),
                }
            )
        for p in spec.params:
            entry: dict[str, Any] = {
                "name": p.name,
                "in": "query",
                "required": p.required,
                "description": p.description,
                "schema": p.schema(),
            }
            if p.kind == "enum_list":
                entry |= {"style": "form", "explode": True}
            params.append(entry)
        responses = {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": _ref(spec.schema)}},
            },
            "400": _error("a parameter is missing, unknown or invalid"),
        }
        if spec.path_param:
            responses["404"] = _error("no such item")
        responses["503"] = _error("the query took too long or the database is unavailable")
        path = spec.path.replace("{doc:path}", "{doc}")
        paths[path] = {
            "get": {
                "operationId": path.strip("/").replace("/", "_").replace("{", "").replace("}", ""),
                "summary": spec.summary,
                "description": spec.description,
                "parameters": params,
                "responses": responses,
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "AllianceWatch API",
            "version": __version__,
            "description": (
                "Read-only JSON over the AllianceWatch database. Every list is paginated with"
                " `limit` and `offset` and answers `total`, `next` and `prev` (search: offsets"
                f" up to {MAX_OFFSET:,} hits, then `next` links carry a cursor, `after`)."
                ' Every error has the shape `{"error": {"status", "code", "message"}}`; unknown or'
                " repeated query parameters are errors. Each HTML page has its JSON twin: the"
                " `/api/...` route below, or the page URL with `.json`."
            ),
        },
        "paths": paths,
        "components": {"schemas": {**SCHEMAS, **rel_web.schemas(), **events.SCHEMAS}},
    }
