"""Scoring against a gold file (spec §5): P/R/F1 over required mentions, attribute accuracy
on matched ones, and optional ("implicit") recall. Overall and per language."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from alliancewatch.clean.normalize import normalize_text
from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.plover import SYMMETRIC


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records, each `s` and `claimed_by` in the character forms the cleaner
    stores (an annotator copies （RAA） from the article as written; the stored sentence
    has (RAA))."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise UsageError(f"cannot read gold file {path}: {e.strerror or e}") from e
    gold = []
    for n, line in enumerate(lines, start=1):
        if line.strip():
            try:
                art = json.loads(line)
            except json.JSONDecodeError as e:
                raise UsageError(f"{path}:{n} is not valid JSON: {e}") from e
            for m in art.get("mentions", []):
                for key in ("s", "claimed_by"):
                    if isinstance(m.get(key), str):
                        m[key] = normalize_text(m[key])
            gold.append(art)
    return gold


def _codes(entities: list[dict[str, Any]]) -> set[str]:
    return {e["code"] for e in entities if e.get("code")}


def matches(g: dict[str, Any], s: dict[str, Any]) -> bool:
    if g["event"] != s["event"] or g["s"] not in s["text_info"]["sentence"]:
        return False
    ga, gr = set(g["actor"]), set(g["recipient"])
    sa, sr = _codes(s["actor"]), _codes(s["recipient"])
    if g["event"] in SYMMETRIC:
        return ga | gr == sa | sr
    if g["event"] == "MOBILIZE":  # spec §6: scored on the actor only
        return ga == sa
    return ga == sa and gr == sr


def date_ok(gold: str | None, system: str | None) -> bool:
    if gold is None:
        return system is None
    return system is not None and system.startswith(gold)


def claimed_ok(gold: str | None, system: dict[str, Any] | None) -> bool:
    if gold is None:
        return system is None
    return system is not None and gold in system["text"]


class Tally:
    def __init__(self) -> None:
        self.n = defaultdict(int)

    def add(self, key: str, k: int = 1) -> None:
        self.n[key] += k

    def scores(self) -> dict[str, Any]:
        n = self.n
        tp, sys_n, req = n["tp"], n["system"] - n["matched_optional"], n["required"]
        p = tp / sys_n if sys_n else 0.0
        r = tp / req if req else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0

        def acc(key: str) -> float | None:
            return round(n[key] / tp, 4) if tp else None

        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "factuality_accuracy": acc("factuality_ok"),
            "date_accuracy": acc("date_ok"),
            "claimed_by_accuracy": acc("claimed_ok"),
            "optional_recall": round(n["matched_optional"] / n["optional"], 4)
            if n["optional"]
            else None,
            "required": req,
            "system": n["system"],
            "true_positives": tp,
            "matched_optional": n["matched_optional"],
            "optional": n["optional"],
            "articles": n["articles"],
        }


def _checks(g: dict[str, Any], s: dict[str, Any]) -> dict[str, bool]:
    """The attributes of a matched mention, each right or wrong."""
    return {
        "factuality_ok": g["factuality"] == s["factuality"],
        "date_ok": date_ok(g["date"], s["date"]),
        "claimed_ok": claimed_ok(g["claimed_by"], s["claimed_by"]),
    }


def align(
    art: dict[str, Any], system: dict[str, list[dict[str, Any]]]
) -> tuple[list[dict[str, Any]], list[tuple[dict[str, Any], int | None]]]:
    """An article's system mentions in a fixed order, and each gold mention (required ones
    first) with the index of the system mention it matched, None if none."""
    # one fixed order, whatever order the export gave: the greedy matching below
    # must not depend on it
    sys_m = sorted(system.get(art["doc"], []), key=lambda m: json.dumps(m, sort_keys=True))
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], int | None]] = []
    for optional in (False, True):
        for g in art["mentions"]:
            if bool(g.get("optional")) != optional:
                continue
            # of the unused system mentions that match, the one with most attributes
            # right (then the first in the fixed order)
            hits = [i for i, s in enumerate(sys_m) if i not in used and matches(g, s)]
            hit = (
                max(hits, key=lambda i: (sum(_checks(g, sys_m[i]).values()), -i)) if hits else None
            )
            if hit is not None:
                used.add(hit)
            pairs.append((g, hit))
    return sys_m, pairs


def score(gold: list[dict[str, Any]], system: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    overall, by_lang = Tally(), defaultdict(Tally)
    details = []
    for art in gold:
        sys_m, pairs = align(art, system)
        used = {hit for _, hit in pairs if hit is not None}
        misses, attr_errors = [], []
        tallies = (overall, by_lang[art.get("lang", "?")])
        for t in tallies:
            t.add("articles")
            t.add("system", len(sys_m))
        for g, hit in pairs:
            optional = bool(g.get("optional"))
            for t in tallies:
                t.add("optional" if optional else "required")
            if hit is None:
                if not optional:
                    misses.append(g)
                continue
            s = sys_m[hit]
            if optional:
                for t in tallies:
                    t.add("matched_optional")
                continue
            checks = _checks(g, s)
            for t in tallies:
                t.add("tp")
                for k, ok in checks.items():
                    t.add(k, int(ok))
            if not all(checks.values()):
                attr_errors.append(
                    {
                        "gold": g,
                        "system": _brief(s),
                        "wrong": [k for k, ok in checks.items() if not ok],
                    }
                )
        extras = [_brief(s) for i, s in enumerate(sys_m) if i not in used]
        details.append(
            {
                "doc": art["doc"],
                "missed": misses,
                "false_positives": extras,
                "attribute_errors": attr_errors,
            }
        )
    return {
        "overall": overall.scores(),
        "by_language": {k: v.scores() for k, v in sorted(by_lang.items())},
        "details": details,
    }


def _brief(s: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": s["event"],
        "actor": sorted(_codes(s["actor"])),
        "recipient": sorted(_codes(s["recipient"])),
        "factuality": s["factuality"],
        "date": s["date"],
        "claimed_by": (s["claimed_by"] or {}).get("text"),
        "trigger": s["text_info"]["trigger"],
        "sentence": s["text_info"]["sentence"],
    }


def run(gold_path: Path, inputs: list[Path], settings: Settings) -> dict[str, Any]:
    gold = load_gold(gold_path)
    system, stored, report = coded(gold, inputs, settings)
    missing = sorted(g["doc"] for g in gold if g["doc"] not in stored)
    result = score(gold, system)
    result["gold"] = str(gold_path)
    result["missing_inputs"] = missing
    result["rejected"] = [{"doc": r.doc, "reason": r.reason} for r in report.rejected]
    return result


def coded(
    gold: list[dict[str, Any]], inputs: list[Path], settings: Settings
) -> tuple[dict[str, list[dict[str, Any]]], set[str], Any]:
    """The system's mentions of the gold's articles by doc, the docs stored, and the
    pipeline's report: `inputs` coded into a temporary database."""
    from alliancewatch import pipeline
    from alliancewatch.store.db import connect
    from alliancewatch.store.queries import iter_mentions

    published = {g["doc"]: g["published"] for g in gold if g.get("published")}
    with tempfile.TemporaryDirectory(prefix="aw-eval-") as tmp:
        s = replace(settings, db_path=str(Path(tmp) / "eval.db"))
        report = pipeline.ingest(inputs, s, published_for=published)
        db = connect(s.db_path, readonly=True)
        system: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for m in iter_mentions(db):
            system[m["doc"]].append(m)
        stored = {r[0] for r in db.execute("SELECT doc FROM articles")}
        db.close()
    return system, stored, report


def format_table(result: dict[str, Any]) -> str:
    rows = [("overall", result["overall"])] + list(result["by_language"].items())
    cols = [
        "precision",
        "recall",
        "f1",
        "factuality_accuracy",
        "date_accuracy",
        "claimed_by_accuracy",
        "optional_recall",
        "required",
        "system",
        "true_positives",
    ]
    head = f"{'scope':<8}" + "".join(f"{c.replace('_accuracy', '_acc'):>16}" for c in cols)
    lines = [f"gold: {result['gold']}", head]
    for name, sc in rows:
        cells = "".join(f"{'-' if sc[c] is None else sc[c]:>16}" for c in cols)
        lines.append(f"{name:<8}{cells}")
    if result["missing_inputs"]:
        lines.append("missing inputs: " + ", ".join(result["missing_inputs"]))
    return "\n".join(lines)
