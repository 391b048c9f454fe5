"""The English quality gate: scores on the English development set (40 articles written for
the project, tests/data/dev_en) may not drop below floors pinned a little under what the
coder reaches (`alliancewatch eval tests/data/dev_en.jsonl --inputs tests/data/dev_en`).
The set was used to tune the coder, so these floors guard against regressions; they say
nothing about unseen text (the blind set does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch import api
from alliancewatch.config import Settings
from tests.test_quality_gate import check

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
FLOORS = {  # issue 11 round 4: P 0.80 R 0.72 F1 0.76
    "f1": 0.74,
    "precision": 0.78,
    "recall": 0.70,
    "factuality_accuracy": 0.94,
    "date_accuracy": 0.88,
    "claimed_by_accuracy": 0.94,
}


# The third English set (tests/data/dev_en_r3: 18 articles written for issue 11 in the styles
# of wire copy, TV transcripts, state media, think-tank briefs and scraped reposts, on other
# conflicts too) was first scored unseen at P 0.69 R 0.54 F1 0.60; it has been studied since.
R3_FLOORS = {  # issue 11 round 4: P 0.80 R 0.76 F1 0.78
    "f1": 0.76,
    "precision": 0.78,
    "recall": 0.74,
    "factuality_accuracy": 0.96,
    "date_accuracy": 0.88,
    "claimed_by_accuracy": 0.97,
}


# The fourth English set (tests/data/dev_en_r4: 8 articles written later in issue 11, in the
# same styles) was first scored unseen at P 0.72 R 0.53 F1 0.61 (factuality 1.0, date 0.94,
# claimed_by 0.83); studied since.
R4_FLOORS = {  # issue 11 round 4: P 0.85 R 0.85 F1 0.85
    "f1": 0.82,
    "precision": 0.82,
    "recall": 0.82,
    "factuality_accuracy": 0.96,
    "date_accuracy": 0.92,
    "claimed_by_accuracy": 0.82,
}


# The fifth English set (tests/data/dev_en_r5: 14 articles written in round 5 of issue 11 on
# 2014-2023 events the other sets cover little: Crimea, the JCPOA, THAAD, Shayrat, Singapore,
# the INF treaty, Galwan, AUKUS ...) was first scored unseen at P 0.68 R 0.57 F1 0.62
# (factuality 0.94, date 0.81, claimed_by 0.85); studied since: P 0.76 R 0.80 F1 0.78.
R5_FLOORS = {
    "f1": 0.76,
    "precision": 0.74,
    "recall": 0.77,
    "factuality_accuracy": 0.96,
    "date_accuracy": 0.88,
    "claimed_by_accuracy": 0.88,
}


SETS = {  # set: (articles, floors)
    "dev_en": (40, FLOORS),
    "dev_en_r3": (18, R3_FLOORS),
    "dev_en_r4": (8, R4_FLOORS),
    "dev_en_r5": (14, R5_FLOORS),
}


@pytest.mark.parametrize("name", list(SETS))
def test_english_development_set_scores(name: str) -> None:
    articles, floors = SETS[name]
    result = api.evaluate(DATA / f"{name}.jsonl", [DATA / name], Settings(progress=False))
    assert result["missing_inputs"] == [] and result["overall"]["articles"] == articles
    check(result["overall"], floors)
