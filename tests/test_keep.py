"""The keep step (coding/keep.py): inference from a weights file, a language without one, a
malformed file, and training (keeptrain.py) on a tiny labelled set."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from alliancewatch.coding.keep import Keep, apply
from alliancewatch.config import Settings
from alliancewatch.errors import AllianceWatchError
from alliancewatch.types import ActorRef, Mention

WEIGHTS = """# a hand-made model
# feature<TAB>weight
(intercept)\t-1.0
(threshold)\t0.3
ev=AID\t2.0
nominal=1\t-0.5
"""


def _mention(event: str, trigger_start: int, keep: tuple[str, ...]) -> Mention:
    return Mention(
        doc="d",
        language="ja",
        event=event,
        actor=(ActorRef("北朝鮮", "PRK"),),
        recipient=(ActorRef("ロシア", "RUS"),),
        date=None,
        date_text=None,
        factuality="asserted",
        factuality_cue=None,
        claimed_by=None,
        sentence="s",
        sequence=0,
        start=0,
        end=1,
        trigger="t",
        trigger_start=trigger_start,
        keep=keep,
    )


def _model(tmp_path: Path, text: str = WEIGHTS) -> Keep | None:
    path = tmp_path / "keep_weights.tsv"
    path.write_text(text, encoding="utf-8")
    return Keep.load(path)


def test_probability_is_the_sigmoid_of_the_weights_sum(tmp_path):
    model = _model(tmp_path)
    assert model is not None and model.threshold == 0.3
    assert model.probability(("ev=AID",)) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability(("ev=AID", "nominal=1")) == pytest.approx(1 / (1 + math.exp(-0.5)))
    assert model.probability(("ev=ACCUSE", "unknown=1")) == pytest.approx(1 / (1 + math.e))


def test_the_model_drops_mentions_under_the_threshold_and_clears_features(tmp_path):
    _model(tmp_path)
    kept = apply(
        [_mention("AID", 0, ("ev=AID",)), _mention("ACCUSE", 5, ("ev=ACCUSE",))],
        tmp_path,
        Settings(),
    )
    assert [m.event for m in kept] == ["AID"]
    assert kept[0].keep == ()


def test_no_weights_file_keeps_everything(tmp_path):
    assert Keep.load(tmp_path / "keep_weights.tsv") is None
    ms = [_mention("AID", 0, ("ev=AID",)), _mention("ACCUSE", 5, ("ev=ACCUSE",))]
    assert [m.event for m in apply(ms, tmp_path, Settings())] == ["AID", "ACCUSE"]


def test_the_log_has_each_mention_with_its_sentence_features(tmp_path):
    log = tmp_path / "log.jsonl"
    apply(
        [_mention("AID", 0, ("ev=AID",)), _mention("ACCUSE", 0, ("ev=ACCUSE",))],
        tmp_path,
        Settings(keep_log=str(log)),
    )
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert '"nsent=<3"' in lines[0] and '"shared=1"' in lines[0]


def test_a_malformed_weights_file_names_its_file_and_line(tmp_path):
    with pytest.raises(AllianceWatchError, match=r"keep_weights.tsv:4"):
        _model(tmp_path, "# x\n(intercept)\t0\n(threshold)\t0.3\nev=AID\tmany\n")
    with pytest.raises(AllianceWatchError, match=r"keep_weights.tsv:2"):
        _model(tmp_path, "# x\n(intercept) 0\n")
    with pytest.raises(AllianceWatchError, match=r"no \(threshold\) row"):
        _model(tmp_path, "(intercept)\t0\n")


def test_training_separates_a_tiny_labelled_set():
    pytest.importorskip("sklearn", reason="scikit-learn not installed: pip install -e '.[train]'")
    from alliancewatch.keeptrain import fit

    rows = [(["ev=AID", "quote=0"], 1)] * 10 + [(["ev=ACCUSE", "quote=1"], 0)] * 10
    model = fit(rows, c=1.0)
    assert model.weights["ev=AID"] > 0 > model.weights["ev=ACCUSE"]
    assert model.probability(("ev=AID", "quote=0")) > 0.7
    assert model.probability(("ev=ACCUSE", "quote=1")) < 0.3
