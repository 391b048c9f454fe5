"""Pairwise precision and recall of event linking against gold links (`eval-links`).

The gold file (tests/data/event_links.jsonl) lists happenings, each with the gold mentions
(doc + s) that denote it. Two ways to get the system's events:
- from gold mentions: every gold mention of the articles (the gold file of the corpus)
  is linked by merge/grouping.py from its gold attributes, with stories found by MinHash
  over the article files; this measures linking alone, in any language with gold.
- from a database: each linked gold mention is found among the stored mentions (same doc,
  its excerpt inside the sentence; with the gold file given too, the same type) and takes
  that mention's event id; a gold mention the coder missed has no event and links to
  nothing.
A pair of gold mentions is a true link when both denote one happening and the system put
them in one event. Gold mentions outside every happening are left out of the pairs.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from itertools import combinations
from pathlib import Path

from alliancewatch.merge import grouping, identity, stories
from alliancewatch.merge.classes import object_class

Key = tuple[str, str]  # (doc, s)


def load_links(path: str | Path) -> dict[Key, tuple[str, str]]:
    """(doc, s) -> (happening, language)."""
    out: dict[Key, tuple[str, str]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            h = json.loads(line)
            for m in h["mentions"]:
                out[(m["doc"], m["s"])] = (h["event"], m.get("lang", ""))
    return out


def _story_of(records: list[dict], inputs: list[Path]) -> dict[str, str]:
    files = {p.name: p for d in inputs for p in Path(d).rglob("*") if p.is_file()}
    sigs = {
        r["doc"]: stories.signature(files[r["doc"]].read_text(encoding="utf-8"))
        for r in records
        if r["doc"] in files
    }
    docs = sorted(sigs)
    story = {d: d for d in docs}

    def find(x: str) -> str:
        while story[x] != x:
            x = story[x]
        return x

    for a, b in combinations(docs, 2):
        if stories.same_story(sigs[a], sigs[b]):
            ra, rb = find(a), find(b)
            story[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in docs}


def events_from_gold(gold: str | Path, inputs: list[Path]) -> dict[Key, str]:
    """Event of every gold mention, linked from its gold attributes."""
    records = [json.loads(x) for x in Path(gold).read_text(encoding="utf-8").splitlines() if x]
    story = _story_of(records, inputs)
    items, keys = [], {}
    for r in records:
        for i, m in enumerate(r["mentions"]):
            lo, hi = identity.day_span(m.get("date"), r.get("published"))
            mid = f"{r['doc']}#{i:03d}"
            cls = object_class(r["lang"], m["s"])
            items.append(
                identity.LinkItem(
                    mid=mid,
                    link_key=identity.link_key(m["event"], m["actor"], m["recipient"]),
                    object_class=cls,
                    day_lo=lo,
                    day_hi=hi,
                    story=story.get(r["doc"], r["doc"]),
                    order=(r.get("published") or "9999", r["doc"], i, mid),
                    party=grouping.party(cls, m["actor"], m["recipient"]),
                )
            )
            keys[mid] = (r["doc"], m["s"])
    out: dict[Key, str] = {}
    for group in grouping.group(items):
        eid = identity.event_id(group[0])
        for it in group:
            out.setdefault(keys[it.mid], eid)
    return out


def gold_types(gold: str | Path) -> dict[Key, str]:
    """(doc, s) -> the gold mention's PLOVER type."""
    out: dict[Key, str] = {}
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            for m in r["mentions"]:
                out.setdefault((r["doc"], m["s"]), m["event"])
    return out


def events_from_db(
    db_path: str | Path, links: dict[Key, tuple[str, str]], types: dict[Key, str] | None = None
) -> dict[Key, str]:
    """Event of each gold mention found among the stored ones; with `types`, only a stored
    mention of the gold type counts as found (else the first of its sentence, any type)."""
    db = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    out: dict[Key, str] = {}
    try:
        for doc, s in links:
            typed = types is not None and (doc, s) in types
            row = db.execute(
                "SELECT event_id FROM mentions WHERE doc = ? AND instr(sentence, ?) > 0"
                f" AND event_id IS NOT NULL{' AND event = ?' if typed else ''}"
                " ORDER BY sequence LIMIT 1",
                (doc, s, types[(doc, s)]) if typed else (doc, s),
            ).fetchone()
            if row:
                out[(doc, s)] = row[0]
    finally:
        db.close()
    return out


def score(links: dict[Key, tuple[str, str]], events: dict[Key, str]) -> dict[str, object]:
    """Pairwise precision, recall and F1 over the gold mentions, overall and across languages."""
    c: Counter[str] = Counter()
    for a, b in combinations(sorted(links), 2):
        same_gold = links[a][0] == links[b][0]
        same_sys = a in events and b in events and events[a] == events[b]
        scope = "cross" if links[a][1] != links[b][1] else "same"
        for k in ("all", scope):
            c[f"{k}_tp"] += same_gold and same_sys
            c[f"{k}_fp"] += (not same_gold) and same_sys
            c[f"{k}_fn"] += same_gold and not same_sys
    out: dict[str, object] = {
        "gold_mentions": len(links),
        "found": sum(k in events for k in links),
        "happenings": len({h for h, _ in links.values()}),
    }
    for k in ("all", "cross", "same"):
        tp, fp, fn = c[f"{k}_tp"], c[f"{k}_fp"], c[f"{k}_fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[k] = {
            "pairs": tp + fn,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }
    return out
