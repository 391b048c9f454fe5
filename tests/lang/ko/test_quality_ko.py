"""Quality gate for Korean: the development set's scores may not drop below floors pinned a
little under what the coder reaches end to end (`alliancewatch eval tests/data/dev_ko.jsonl
--inputs tests/data/dev_ko`: F1 0.67). kiwipiepy only; no GiNZA."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch import api
from alliancewatch.config import Settings

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "data" / "dev_ko.jsonl"
DIR = ROOT / "tests" / "data" / "dev_ko"
FLOORS = {
    "f1": 0.64,
    "precision": 0.77,
    "recall": 0.55,
    "factuality_accuracy": 0.87,
    "date_accuracy": 0.76,
    "claimed_by_accuracy": 0.82,
}


def test_korean_development_set_scores() -> None:
    if not GOLD.exists():
        pytest.skip(f"{GOLD} is absent")
    result = api.evaluate(GOLD, [DIR], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 40
    scores = result["overall"]
    low = {k: (scores[k], v) for k, v in FLOORS.items() if scores[k] is None or scores[k] < v}
    assert not low, f"below floor (score, floor): {low}"
