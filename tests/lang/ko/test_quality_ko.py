"""Quality gate for Korean: the development set's scores may not drop below floors pinned a
little under what the coder reaches end to end (`alliancewatch eval tests/data/dev_ko.jsonl
--inputs tests/data/dev_ko`: F1 0.76). kiwipiepy only; no GiNZA."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch import api
from alliancewatch.config import Settings
from tests.test_quality_gate import check

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
FLOORS = {
    "f1": 0.72,
    "precision": 0.82,
    "recall": 0.64,
    "factuality_accuracy": 0.89,
    "date_accuracy": 0.76,
    "claimed_by_accuracy": 0.82,
}


# dev_ko_r3: 17 articles written for issue 10's second round, scored unseen first at
# P 0.80 R 0.55 F1 0.65; floors a little under the score after that round (F1 0.88)
R3_FLOORS = {
    "f1": 0.84,
    "precision": 0.88,
    "recall": 0.79,
    "factuality_accuracy": 0.86,
    "date_accuracy": 0.86,
    "claimed_by_accuracy": 0.90,
}


# dev_ko_r4: 10 articles written after that round's main changes, scored unseen first at
# P 0.78 R 0.72 F1 0.75; floors a little under the score after study (F1 0.93)
R4_FLOORS = {
    "f1": 0.86,
    "precision": 0.84,
    "recall": 0.88,
    "factuality_accuracy": 0.90,
    "date_accuracy": 0.86,
    "claimed_by_accuracy": 0.90,
}


# dev_ko_r5: 6 articles written at the end of that round, scored once before any change for
# them at F1 0.63 (0.56 before two gold corrections); floors under the score after (0.76)
R5_FLOORS = {
    "f1": 0.70,
    "precision": 0.72,
    "recall": 0.63,
    "factuality_accuracy": 0.80,
    "date_accuracy": 0.90,
    "claimed_by_accuracy": 0.80,
}


SETS = {  # set: (articles, floors)
    "dev_ko": (40, FLOORS),
    "dev_ko_r3": (17, R3_FLOORS),
    "dev_ko_r4": (10, R4_FLOORS),
    "dev_ko_r5": (6, R5_FLOORS),
}


@pytest.mark.parametrize("name", list(SETS))
def test_korean_development_set_scores(name: str) -> None:
    articles, floors = SETS[name]
    gold = DATA / f"{name}.jsonl"
    if not gold.exists():
        pytest.skip(f"{gold} is absent")
    result = api.evaluate(gold, [DATA / name], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == articles
    check(result["overall"], floors)
