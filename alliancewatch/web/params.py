"""Query-parameter declarations, validation and the one error shape.

Every route declares its parameters once as `Param` values; the same declarations validate
requests (`parse`) and document them in the OpenAPI description (`openapi.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from alliancewatch import names
from alliancewatch.lang import codes
from alliancewatch.plover import EVENT_TYPES, FACTUALITY

LANGS = codes()
CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
MENTION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ApiError(Exception):
    """An error answered as {"error": {"status", "code", "message"[, "parameter"]}}."""

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"status": self.status, "code": self.code, "message": self.message}
        if self.parameter:
            err["parameter"] = self.parameter
        return {"error": err}


def bad(name: str, message: str) -> ApiError:
    return ApiError(400, "bad_parameter", f"parameter '{name}': {message}", parameter=name)


@dataclass(frozen=True)
class Param:
    """One query parameter. `kind`: code, date, int, text, enum, enum_list, bool."""

    name: str
    kind: str
    description: str
    required: bool = False
    default: Any = None
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    max_length: int = 200

    def schema(self) -> dict[str, Any]:
        """JSON Schema of the parameter for OpenAPI."""
        if self.kind == "int":
            s: dict[str, Any] = {"type": "integer"}
            if self.minimum is not None:
                s["minimum"] = self.minimum
            if self.maximum is not None:
                s["maximum"] = self.maximum
        elif self.kind == "bool":
            s = {"type": "boolean"}
        elif self.kind == "date":
            s = {"type": "string", "pattern": _DATE.pattern}
        elif self.kind == "code":  # a code or a name in any language
            s = {"type": "string", "maxLength": 100}
        elif self.kind in ("enum", "enum_list"):
            s = {"type": "string", "enum": list(self.choices)}
            if self.kind == "enum_list":
                s = {"type": "array", "items": s}
        else:
            s = {"type": "string", "maxLength": self.max_length}
        if self.default is not None:
            s["default"] = self.default
        return s


def _check_date(name: str, value: str) -> str:
    m = _DATE.match(value)
    if not m:
        raise bad(name, f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(y, mo, d)
    except ValueError:
        raise bad(name, f"'{value}' is not a calendar date") from None
    return value


def _one(p: Param, raw: str) -> Any:
    raw = raw.strip()
    if p.kind == "int":
        if not re.fullmatch(r"-?\d{1,9}", raw):
            raise bad(p.name, f"'{raw[:40]}' is not an integer")
        n = int(raw)
        if p.minimum is not None and n < p.minimum:
            raise bad(p.name, f"must be at least {p.minimum}")
        if p.maximum is not None and n > p.maximum:
            raise bad(p.name, f"must be at most {p.maximum}")
        return n
    if p.kind == "bool":
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise bad(p.name, "must be true or false")
    if p.kind == "date":
        return _check_date(p.name, raw)
    if p.kind == "code":
        code = names.to_code(raw)
        if code is None:
            raise bad(
                p.name,
                f"'{raw[:40]}' is neither an actor code nor a known name"
                " (e.g. PRK, North Korea, 北朝鮮, 북한; /api/actors?q= lists them)",
            )
        return code
    if p.kind in ("enum", "enum_list"):
        value = raw.upper() if p.choices and p.choices[0].isupper() else raw.lower()
        if value not in p.choices:
            raise bad(p.name, f"'{raw[:40]}' is not one of {', '.join(p.choices)}")
        return value
    if len(raw) > p.max_length:
        raise bad(p.name, f"longer than {p.max_length} characters")
    if "\x00" in raw:
        raise bad(p.name, "contains a NUL character")
    return raw


def parse(request: Request, params: tuple[Param, ...]) -> dict[str, Any]:
    """Validated values for the declared parameters; unknown or repeated ones are errors."""
    known = {p.name for p in params}
    for key in request.query_params:
        if key not in known:
            hint = ", ".join(sorted(known)) or "none"
            raise bad(key, f"unknown parameter (this route takes: {hint})")
    out: dict[str, Any] = {}
    for p in params:
        raws = [v for v in request.query_params.getlist(p.name) if v.strip() != ""]
        if p.kind == "enum_list":
            items = [x for v in raws for x in v.split(",") if x.strip()]
            out[p.name] = tuple(dict.fromkeys(_one(p, x) for x in items))
            continue
        if len(raws) > 1:
            raise bad(p.name, "given more than once")
        if not raws:
            if p.required:
                raise bad(p.name, "is required")
            out[p.name] = p.default
            continue
        out[p.name] = _one(p, raws[0])
    return out


def check_range(values: dict[str, Any]) -> None:
    """Reject from > to (compared at the coarser of the two precisions)."""
    lo, hi = values.get("from"), values.get("to")
    if lo and hi:
        n = min(len(lo), len(hi))
        if lo[:n] > hi[:n]:
            raise bad("from", f"'{lo}' is after 'to' ({hi})")


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Pagination envelope: total, limit, offset and the next/previous URLs (or null)."""

    def url(new_offset: int) -> str:
        q = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"]
        if new_offset:
            q.append(("offset", str(new_offset)))
        return request.url.path + ("?" + urlencode(q) if q else "")

    nxt = url(offset + limit) if offset + limit < total else None
    prev = url(max(0, offset - limit)) if offset > 0 else None
    return {"total": total, "limit": limit, "offset": offset, "next": nxt, "prev": prev}


# -- shared declarations -----------------------------------------------------------------


def limit_param(default: int, maximum: int) -> Param:
    return Param("limit", "int", "page size", default=default, minimum=1, maximum=maximum)


OFFSET = Param("offset", "int", "items to skip", default=0, minimum=0, maximum=10_000_000)
DATE_FROM = Param(
    "from",
    "date",
    "first day of the period (YYYY, YYYY-MM or YYYY-MM-DD); an event dated "
    "only to a month or year is included when its period overlaps",
)
DATE_TO = Param("to", "date", "last day of the period (YYYY, YYYY-MM or YYYY-MM-DD)")
EVENTS = Param(
    "event", "enum_list", "PLOVER event types (repeat or comma-separate)", choices=EVENT_TYPES
)
FACTS = Param("factuality", "enum_list", "factuality labels", choices=FACTUALITY)
LANG_LIST = Param("lang", "enum_list", "article languages", choices=LANGS)
