"""Agreement between two annotators of the same articles (spec §5 matching, both ways).

A blind set is annotated twice, independently; before adjudication their agreement says how
well defined the task is, and so how far any system can be expected to go. Annotator B's
required mentions are scored as if they were a system's against annotator A's file, and the
other way round: the mean F1 of the two directions is the pairwise agreement, and the
attribute accuracies are computed on the mentions both annotators coded.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from alliancewatch.config import Settings
from alliancewatch.evaluate import load_gold, score


def _as_system(
    gold: list[dict[str, Any]], sentences: dict[str, list[str]]
) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
    """Required gold mentions as system records placed in the stored sentence holding `s`."""
    system: dict[str, list[dict[str, Any]]] = defaultdict(list)
    unplaced: list[str] = []
    for art in gold:
        for g in art["mentions"]:
            if g.get("optional"):
                continue
            sent = next((t for t in sentences.get(art["doc"], []) if g["s"] in t), None)
            if sent is None:
                unplaced.append(f"{art['doc']}: {g['s']}")
                continue
            claim = g.get("claimed_by")
            system[art["doc"]].append(
                {
                    "event": g["event"],
                    "actor": [{"code": c} for c in g["actor"]],
                    "recipient": [{"code": c} for c in g["recipient"]],
                    "factuality": g["factuality"],
                    "date": g["date"],
                    "claimed_by": {"text": claim} if claim else None,
                    "text_info": {"sentence": sent, "trigger": ""},
                }
            )
    return system, unplaced


def _sentences(inputs: list[Path], published: dict[str, str], settings: Settings) -> dict:
    """Sentences of every input as the pipeline splits them (so matching is the scorer's)."""
    from alliancewatch import pipeline
    from alliancewatch.store.db import connect

    with tempfile.TemporaryDirectory(prefix="aw-agree-") as tmp:
        s = replace(settings, db_path=str(Path(tmp) / "agree.db"), progress=False)
        pipeline.ingest(inputs, s, published_for=published)
        db = connect(s.db_path, readonly=True)
        out: dict[str, list[str]] = defaultdict(list)
        for doc, text in db.execute(
            "SELECT a.doc, s.text FROM sentences s JOIN articles a ON a.id = s.article_id"
        ):
            out[doc].append(text)
        db.close()
    return out


def agreement(path_a: Path, path_b: Path, inputs: list[Path], settings: Settings) -> dict:
    """Scores of B against A and of A against B, and their mean F1."""
    a, b = load_gold(path_a), load_gold(path_b)
    published = {g["doc"]: g["published"] for g in a + b if g.get("published")}
    sentences = _sentences(inputs, published, settings)
    sys_b, unplaced_b = _as_system(b, sentences)
    sys_a, unplaced_a = _as_system(a, sentences)
    b_vs_a = score(a, sys_b)
    a_vs_b = score(b, sys_a)
    f1 = (b_vs_a["overall"]["f1"] + a_vs_b["overall"]["f1"]) / 2
    return {
        "a": str(path_a),
        "b": str(path_b),
        "articles": len(a),
        "mentions_a": sum(len(x["mentions"]) for x in a),
        "mentions_b": sum(len(x["mentions"]) for x in b),
        "b_against_a": b_vs_a["overall"],
        "a_against_b": a_vs_b["overall"],
        "mean_f1": round(f1, 4),
        "unplaced": unplaced_a + unplaced_b,
        "details": b_vs_a["details"],
    }
