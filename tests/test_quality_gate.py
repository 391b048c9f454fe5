"""The measured quality gate (issue 3): scores on the seeds and on our development set may
not drop below floors pinned a little under what the coder reaches. Loads GiNZA."""

from __future__ import annotations

import pytest

from alliancewatch import api
from alliancewatch.config import Settings

from .conftest import DEV_DIR, DEV_GOLD, SEED_GOLD

pytestmark = pytest.mark.model

# Floors: seeds per the issue (0.90); development set a little under the measured scores
# (`alliancewatch eval tests/data/dev_ja.jsonl --inputs tests/data/dev_ja`).
SEED_FLOORS = {
    "f1": 0.90,
    "factuality_accuracy": 0.90,
    "date_accuracy": 0.90,
    "claimed_by_accuracy": 0.90,
}
DEV_FLOORS = {
    "f1": 0.74,
    "precision": 0.78,
    "recall": 0.70,
    "factuality_accuracy": 0.88,
    "date_accuracy": 0.80,
    "claimed_by_accuracy": 0.82,
}


def check(scores: dict, floors: dict) -> None:
    low = {k: (scores[k], v) for k, v in floors.items() if scores[k] is None or scores[k] < v}
    assert not low, f"below floor (score, floor): {low}"


def test_seed_scores(seeds_dir):
    if not SEED_GOLD.exists():
        pytest.skip(f"{SEED_GOLD} is absent")
    result = api.evaluate(SEED_GOLD, [seeds_dir], Settings(progress=False))
    assert result["missing_inputs"] == []
    check(result["overall"], SEED_FLOORS)


def test_development_set_scores():
    result = api.evaluate(DEV_GOLD, [DEV_DIR], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 42
    check(result["overall"], DEV_FLOORS)
