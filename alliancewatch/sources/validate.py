"""Strict checks at the input boundary: JSON that cannot exhaust the parser, real dates,
bounded ids and metadata, and printable names for messages.

Every check raises `Refused` with a reason a user can act on; the callers turn it into a
stored Rejection. Each limit is a named field of Settings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from typing import Any

from alliancewatch.config import Settings


class Refused(ValueError):
    """A value at the boundary that breaks a limit or is not what it claims to be."""


_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.+\-Z]*)?$")


def check_date(value: str, what: str = "published") -> str:
    """The calendar date YYYY-MM-DD of `value` (a time part is allowed and dropped)."""
    m = _DATE.match(value.strip())
    if not m:
        raise Refused(f"{what} {printable(value)} is not a date of the form YYYY-MM-DD")
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as e:
        raise Refused(f"{what} {printable(value)} is not a real date ({e})") from None
    return day.isoformat()


def check_id(value: object, settings: Settings) -> str:
    """A record id: a string or an integer (never a boolean), bounded and printable."""
    if value is None:
        raise Refused("has no 'id'")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Refused(f"'id' must be a string or an integer, not a JSON {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise Refused("'id' is empty")
    if len(text) > settings.max_id_chars:
        raise Refused(
            f"'id' is {len(text):,} characters; limit is {settings.max_id_chars:,} "
            "(Settings.max_id_chars)"
        )
    if any(_unsafe(c) for c in text):
        raise Refused(f"'id' {printable(text)} holds control characters")
    return text


def check_meta_text(value: str, field: str, settings: Settings) -> str:
    if len(value) > settings.max_meta_chars:
        raise Refused(
            f"'{field}' is {len(value):,} characters; limit is {settings.max_meta_chars:,} "
            "(Settings.max_meta_chars)"
        )
    return value


def load_json(data: str | bytes, settings: Settings) -> Any:
    """json.loads with numbers, constants and nesting bounded (no ValueError from a
    5,000-digit integer, no RecursionError from deep nesting, no NaN)."""
    digits = settings.max_json_digits

    def number(text: str) -> Any:
        if len(text) > digits:
            raise Refused(
                f"a number has {len(text):,} characters; limit is {digits} "
                "(Settings.max_json_digits)"
            )
        return float(text) if any(c in text for c in ".eE") else int(text)

    def constant(text: str) -> Any:
        raise Refused(f"'{text}' is not a JSON number")

    try:
        obj = json.loads(data, parse_int=number, parse_float=number, parse_constant=constant)
    except RecursionError:
        raise Refused(
            f"nested deeper than {settings.max_json_depth} levels (Settings.max_json_depth)"
        ) from None
    except UnicodeDecodeError as e:
        raise Refused(f"not valid UTF-8: {e.reason} at byte {e.start}") from None
    except json.JSONDecodeError as e:
        raise Refused(f"not valid JSON: {e}") from None
    if _depth(obj) > settings.max_json_depth:
        raise Refused(
            f"nested deeper than {settings.max_json_depth} levels (Settings.max_json_depth)"
        )
    return obj


def _depth(obj: Any) -> int:
    deepest, stack = 0, [(obj, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            children = value.values() if isinstance(value, dict) else value
            stack.extend((c, level + 1) for c in children)
    return deepest


_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs") or ord(ch) in _BIDI


def printable(value: object, limit: int = 300) -> str:
    """`value` safe for a terminal and a log line: control characters, escape sequences and
    bidi overrides are written repr-style (\\n, \\x1b, \\u202e); long values are cut."""
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + f"…(+{len(text) - limit:,} chars)"
    return "".join(repr(c)[1:-1] if _unsafe(c) else c for c in text)
