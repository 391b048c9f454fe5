"""The learned keep/drop step over the coder's mentions: a logistic model scores each mention
from a few features of its frame, sides and sentence, and one whose probability of being
true is under the threshold is dropped.

The weights are a language's data file (lang/<code>/data/keep_weights.tsv, written by
`alliancewatch train-keep`, keeptrain.py); a language without one keeps every mention.
Inference is a dot product and a sigmoid: nothing here needs scikit-learn. The features
are keepfeatures.py's.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from alliancewatch.coding.keepfeatures import features, in_article
from alliancewatch.config import Settings
from alliancewatch.errors import AllianceWatchError
from alliancewatch.store.db import mention_id
from alliancewatch.types import Mention

INTERCEPT = "(intercept)"
THRESHOLD = "(threshold)"
WEIGHTS = "keep_weights.tsv"  # in a language's data folder
__all__ = ["Keep", "apply", "features", "model_of", "wanted"]  # features: the coder's


@dataclass(frozen=True)
class Keep:
    """A fitted keep model: weights by feature, intercept and threshold."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> Keep | None:
        """The model in `path`, None when there is no such file (keep everything)."""
        if not path.exists():
            return None
        weights: dict[str, float] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            try:
                if len(cells) != 2:
                    raise ValueError("expected feature<TAB>weight")
                weights[cells[0]] = float(cells[1])
            except ValueError as e:
                raise AllianceWatchError(f"{path}:{n}: {e}: {line!r}") from None
        for need in (INTERCEPT, THRESHOLD):
            if need not in weights:
                raise AllianceWatchError(f"{path}: no {need} row")
        return cls(weights, weights.pop(INTERCEPT), weights.pop(THRESHOLD))

    def probability(self, feats: tuple[str, ...]) -> float:
        z = self.intercept + sum(self.weights.get(x, 0.0) for x in set(feats))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def keeps(self, feats: tuple[str, ...]) -> bool:
        return self.probability(feats) >= self.threshold


@cache
def model_of(data_dir: Path) -> Keep | None:
    """A language's keep model (its data folder's keep_weights.tsv), read once."""
    return Keep.load(data_dir / WEIGHTS)


def wanted(data_dir: Path, settings: Settings) -> bool:
    """Whether the coder computes features at all: for a model to read, or for the training
    log; a language without weights (or the step off) pays nothing for the step."""
    return bool(settings.keep_log) or (settings.keep and model_of(data_dir) is not None)


def apply(mentions: list[Mention], data_dir: Path, settings: Settings) -> list[Mention]:
    """The mentions of an article the language's model keeps (all without one, or with the
    step off), their features dropped; with `settings.keep_log` (training, keeptrain.py),
    each mention's id and features appended to that file first."""
    if not wanted(data_dir, settings):
        return mentions  # no features were computed (Coder.keeping)
    model = model_of(data_dir) if settings.keep else None
    log = settings.keep_log
    done = in_article(mentions)
    if log:
        with open(log, "a", encoding="utf-8") as out:
            for m in done:
                row = {"id": mention_id(m), "features": list(m.keep)}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [replace(m, keep=()) for m in done if model is None or model.keeps(m.keep)]
