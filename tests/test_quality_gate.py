"""The measured quality gate (issue 3): scores on the seeds and on our development set may
not drop below floors pinned a little under what the coder reaches. Loads GiNZA."""

from __future__ import annotations

import pytest

from alliancewatch import api
from alliancewatch.config import Settings

from .conftest import DEV_DIR, DEV_GOLD, ROOT, SEED_GOLD

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
    "f1": 0.79,
    "precision": 0.81,
    "recall": 0.76,
    "factuality_accuracy": 0.94,
    "date_accuracy": 0.85,
    "claimed_by_accuracy": 0.90,
}
# The second set was annotated blind to the coder and first scored at F1 0.53; it has been
# looked at since, so its floors guard against regressions, not for generalisation.
SECOND_FLOORS = {
    "f1": 0.65,
    "precision": 0.76,
    "recall": 0.56,
    "factuality_accuracy": 0.88,
    "date_accuracy": 0.81,
    "claimed_by_accuracy": 0.88,
}
# The third set (dev_ja2: 40 articles in the styles of real news, issue 9) was first scored
# unseen at F1 0.49; it has been studied since: regression floors (issue 9 round 4: 0.69).
THIRD_FLOORS = {
    "f1": 0.66,
    "precision": 0.66,
    "recall": 0.66,
    "factuality_accuracy": 0.91,
    "date_accuracy": 0.76,
    "claimed_by_accuracy": 0.80,
}
# The fourth set (dev_ja3: 40 articles on other conflicts) was scored once, unseen by the
# coder, at F1 0.50 (main before issue 9: 0.48); studied since (round 4: 0.61): regression
# floors a little under the current score.
FOURTH_FLOORS = {
    "f1": 0.59,
    "precision": 0.68,
    "recall": 0.52,
    "factuality_accuracy": 0.90,
    "date_accuracy": 0.85,
    "claimed_by_accuracy": 0.83,
}

# The fifth set (dev_ja_r3: 16 articles written for round 3 of issue 9: wire copy, a TV
# transcript, a KCNA-style release, a repost with debris, a teaser) was first scored unseen at
# P 0.71 R 0.61 F1 0.66 (fact 0.77, date 0.83, claimed_by 0.85); floors sit a little under
# the score after the round's changes.
FIFTH_FLOORS = {
    "f1": 0.82,
    "precision": 0.81,
    "recall": 0.82,
    "factuality_accuracy": 0.84,
    "date_accuracy": 0.89,
    "claimed_by_accuracy": 0.87,
}

# The sixth set (dev_ja_r4: 16 articles written for round 4 of issue 9 on 2014-2022 events,
# annotated before the coder ran on them) was first scored unseen at P 0.69 R 0.59 F1 0.64
# (fact 0.92, date 0.85, claimed_by 0.75); floors sit a little under the score after round 4.
SIXTH_FLOORS = {
    "f1": 0.71,
    "precision": 0.68,
    "recall": 0.74,
    "factuality_accuracy": 0.90,
    "date_accuracy": 0.83,
    "claimed_by_accuracy": 0.78,
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


def test_second_set_scores():
    data = ROOT / "tests" / "data"
    result = api.evaluate(
        data / "holdout_ja.jsonl", [data / "holdout_ja"], Settings(progress=False)
    )
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 16
    check(result["overall"], SECOND_FLOORS)


def test_third_set_scores():
    data = ROOT / "tests" / "data"
    result = api.evaluate(data / "dev_ja2.jsonl", [data / "dev_ja2"], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 40
    check(result["overall"], THIRD_FLOORS)


def test_fourth_set_scores():
    data = ROOT / "tests" / "data"
    result = api.evaluate(data / "dev_ja3.jsonl", [data / "dev_ja3"], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 40
    check(result["overall"], FOURTH_FLOORS)


def test_fifth_set_scores():
    data = ROOT / "tests" / "data"
    result = api.evaluate(data / "dev_ja_r3.jsonl", [data / "dev_ja_r3"], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 16
    check(result["overall"], FIFTH_FLOORS)


def test_sixth_set_scores():
    data = ROOT / "tests" / "data"
    result = api.evaluate(data / "dev_ja_r4.jsonl", [data / "dev_ja_r4"], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == 16
    check(result["overall"], SIXTH_FLOORS)
