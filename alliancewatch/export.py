"""Export of mentions (PLOVER-style JSON Lines, spec §4, each with its event_id) or events,
as JSON Lines or flat CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from alliancewatch.errors import UsageError

FORMATS = ("jsonl", "csv")
CSV_COLUMNS = [
    "id",
    "article_id",
    "doc",
    "published",
    "language",
    "event",
    "mode",
    "context",
    "actor_codes",
    "actor_text",
    "recipient_codes",
    "recipient_text",
    "date",
    "date_text",
    "factuality",
    "factuality_cue",
    "claimed_by",
    "claimed_by_cue",
    "sentence",
    "sequence",
    "start",
    "end",
    "trigger",
    "implicit",
    "coder",
    "event_id",
]


def _codes(entities: list[dict[str, Any]]) -> str:
    return ";".join(e["code"] or "" for e in entities)


def _texts(entities: list[dict[str, Any]]) -> str:
    return ";".join(e["entity_text"] for e in entities)


def csv_row(r: dict[str, Any]) -> list[Any]:
    claimed = r["claimed_by"] or {}
    ti = r["text_info"]
    return [
        r["id"],
        r["article_id"],
        r["doc"],
        r["published"],
        r["language"],
        r["event"],
        ";".join(r["mode"]),
        ";".join(r["context"]),
        _codes(r["actor"]),
        _texts(r["actor"]),
        _codes(r["recipient"]),
        _texts(r["recipient"]),
        r["date"],
        r["date_text"],
        r["factuality"],
        r["factuality_cue"],
        claimed.get("text"),
        claimed.get("cue"),
        ti["sentence"],
        ti["sequence"],
        ti["start"],
        ti["end"],
        ti["trigger"],
        int(r["implicit"]),
        r["coder"],
        r.get("event_id"),
    ]


# Cells a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ tab CR.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: Any) -> Any:
    """A text cell that a spreadsheet would evaluate gets a leading apostrophe, so it is
    shown as text; numbers and other cells are written as they are."""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def write(records: Iterable[dict[str, Any]], out: Path, fmt: str) -> int:
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}")
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        if fmt == "jsonl":
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        else:
            w = csv.writer(f)
            w.writerow(CSV_COLUMNS)
            for r in records:
                w.writerow([neutralise(c) for c in csv_row(r)])
                n += 1
    return n


def event_csv_row(r: dict[str, Any], columns: list[str]) -> list[Any]:
    """Flat cells: counts as 'a=2;b=1', lists as 'a;b'."""
    out = []
    for c in columns:
        v = r.get(c)
        if isinstance(v, dict):
            v = ";".join(f"{k}={n}" for k, n in v.items())
        elif isinstance(v, list):
            v = ";".join(map(str, v))
        out.append(v)
    return out


def write_events(records: Iterable[dict[str, Any]], out: Path, fmt: str, columns: list[str]) -> int:
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'; choose one of {', '.join(FORMATS)}")
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f) if fmt == "csv" else None
        if w:
            w.writerow(columns)
        for r in records:
            if w:
                w.writerow([neutralise(c) for c in event_csv_row(r, columns)])
            else:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
    return n
