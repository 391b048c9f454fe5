"""Inter-annotator agreement: identical files agree fully; a changed mention lowers it."""

from __future__ import annotations

import json
from pathlib import Path

from alliancewatch.agreement import agreement
from alliancewatch.config import Settings

TEXT = "The two leaders met in Seoul on Monday.\nThe ministry condemned the launch.\n"


def _gold(path: Path, mentions: list[dict]) -> Path:
    line = {"doc": "a.txt", "lang": "en", "published": "2024-10-21", "mentions": mentions}
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


def _m(s: str, event: str, actor: list[str], **kw: object) -> dict:
    base = {
        "s": s,
        "event": event,
        "actor": actor,
        "recipient": [],
        "factuality": "asserted",
        "date": "2024-10",
        "claimed_by": None,
        "optional": False,
    }
    return {**base, **kw}


def test_identical_and_differing_annotations(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    s = Settings(db_path=str(tmp_path / "x.db"), progress=False)
    first = [
        _m("leaders met", "CONSULT", ["KOR", "USA"]),
        _m("condemned the launch", "ACCUSE", ["KOR"], recipient=["PRK"]),
    ]
    a = _gold(tmp_path / "a.jsonl", first)
    same = agreement(a, a, [tmp_path / "in"], s)
    assert same["mean_f1"] == 1.0 and same["unplaced"] == []

    other = [
        first[0],
        _m("condemned the launch", "ACCUSE", ["KOR"], recipient=["CHN"]),
        _m("not in the text", "AID", ["RUS"], recipient=["PRK"]),
    ]
    b = _gold(tmp_path / "b.jsonl", other)
    r = agreement(a, b, [tmp_path / "in"], s)
    assert r["b_against_a"]["precision"] == 0.5  # 1 of B's 2 placed mentions agrees with A
    assert r["b_against_a"]["recall"] == 0.5
    assert r["unplaced"] == ["a.txt: not in the text"]
    assert 0 < r["mean_f1"] < 1
