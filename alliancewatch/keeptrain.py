"""Training the keep step (coding/keep.py) on adjudicated gold sets, and its leave-one-set-out
(LOSO) figure: a development command (`alliancewatch train-keep`); scikit-learn is needed
here only, never at run time.

Each gold set is coded with the keep step off, the coder writing each mention's features;
the scorer's own matching (evaluate.align) labels a mention true when it matched a required
gold mention, false when it matched none; one that matched an optional one is left out
(dropping it changes no score). The LOSO figure trains on all sets but one, drops the
held-out set's mentions under the threshold and re-scores them with evaluate.score.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliancewatch.coding.keep import INTERCEPT, THRESHOLD, Keep
from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.evaluate import Tally, align, coded, load_gold, score

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
FRESH = ("blind15_ja", "blind16_ja", "blind17_ja", "blind18_ja", "blind19_ja")


@dataclass(frozen=True)
class CodedSet:
    """One gold set coded with the keep step off: its mentions and their features."""

    name: str
    gold: list[dict[str, Any]]
    system: dict[str, list[dict[str, Any]]]
    features: dict[str, list[str]]

    def rows(self) -> Iterable[tuple[list[str], int]]:
        """(features, 1 true / 0 false) of each mention; those matching optional gold out."""
        for art in self.gold:
            sys_m, pairs = align(art, self.system)
            label = {hit: not g.get("optional") for g, hit in pairs if hit is not None}
            for i, m in enumerate(sys_m):
                if label.get(i, True) is not False:
                    yield self.features.get(m["id"], []), int(i in label)


def code_set(gold_path: Path, settings: Settings, cache: Path | None) -> CodedSet:
    """A gold set (its articles in the folder of the same name) coded with the keep step
    off; with `cache`, read from or written to a JSON file there."""
    name = gold_path.name.removesuffix(".jsonl")
    gold = load_gold(gold_path)
    saved = cache / f"{name}.json" if cache else None
    if saved and saved.exists():
        data = json.loads(saved.read_text(encoding="utf-8"))
        return CodedSet(name, gold, data["system"], data["features"])
    inputs = gold_path.with_name(name)
    if not inputs.is_dir():
        raise UsageError(f"no article folder {inputs} beside {gold_path}")
    with tempfile.TemporaryDirectory(prefix="aw-keep-") as tmp:
        log = Path(tmp) / "features.log"
        system, _, _ = coded(gold, [inputs], settings.with_(keep=False, keep_log=str(log)))
        rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    features = {row["id"]: row["features"] for row in rows}
    if saved:
        saved.parent.mkdir(parents=True, exist_ok=True)
        data = {"system": system, "features": features}
        saved.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return CodedSet(name, gold, system, features)


def fit(rows: list[tuple[list[str], int]], c: float = 0.1, least: int = 3) -> Keep:
    """A logistic regression (L2) over the features seen in at least `least` rows."""
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise UsageError("train-keep needs scikit-learn: pip install -e '.[train]'") from None
    from scipy.sparse import lil_matrix  # installed with scikit-learn

    seen = Counter(x for feats, _ in rows for x in set(feats))
    names = sorted(x for x, n in seen.items() if n >= least)
    index = {x: k for k, x in enumerate(names)}
    matrix = lil_matrix((len(rows), len(names)))
    for i, (feats, _) in enumerate(rows):
        for x in set(feats):
            if x in index:
                matrix[i, index[x]] = 1.0
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(matrix.tocsr(), [y for _, y in rows])
    weights = {x: float(w) for x, w in zip(names, model.coef_[0], strict=True) if abs(w) > 1e-6}
    return Keep(weights, float(model.intercept_[0]), 0.0)


def _kept(s: CodedSet, model: Keep, t: float) -> dict[str, list[dict[str, Any]]]:
    return {
        doc: [m for m in ms if model.probability(tuple(s.features.get(m["id"], []))) >= t]
        for doc, ms in s.system.items()
    }


def _pooled(scores: list[dict[str, Any]]) -> dict[str, float]:
    """Sets' overall scores pooled by the scorer's own tally (its P, R and F1)."""
    tally = Tally()
    for o in scores:
        tally.add("tp", o["true_positives"])
        for key in ("system", "matched_optional", "required"):
            tally.add(key, o[key])
    p = tally.scores()
    system = p["system"] - p["matched_optional"]
    tp = p["true_positives"]
    return {
        "tp": tp,
        "system": system,
        "false": system - tp,
        "p": p["precision"],
        "r": p["recall"],
        "f1": p["f1"],
    }


def loso(sets: list[CodedSet], c: float) -> tuple[float, list[str]]:
    """The leave-one-set-out table, and the threshold with the best pooled F1 of those at
    which no held-out set loses 0.01 F1 or more (of all, if there is none)."""
    before = {s.name: score(s.gold, s.system)["overall"] for s in sets}
    after: dict[float, dict[str, dict[str, Any]]] = {t: {} for t in THRESHOLDS}
    for s in sets:
        model = fit([row for o in sets if o is not s for row in o.rows()], c)
        for t in THRESHOLDS:
            after[t][s.name] = score(s.gold, _kept(s, model, t))["overall"]

    def fine(t: float) -> bool:  # no held-out set loses 0.01 F1 or more
        return all(after[t][n]["f1"] > before[n]["f1"] - 0.01 for n in before)

    best = max(THRESHOLDS, key=lambda t: (fine(t), _pooled(list(after[t].values()))["f1"]))
    lines = [f"LOSO over {len(sets)} sets, C={c}: pooled by threshold (all sets | fresh sets)"]
    for t in (0.0, *THRESHOLDS):
        got = before if t == 0.0 else after[t]
        cells = []
        for names in ([s.name for s in sets], [n for n in FRESH if n in got]):
            o = _pooled([got[n] for n in names])
            cells.append(
                f"TP {o['tp']} sys {o['system']} false {o['false']}"
                f" P {o['p']:.4f} R {o['r']:.4f} F1 {o['f1']:.4f}"
            )
        mark = "  <- chosen" if t == best else "" if t == 0.0 or fine(t) else "  (a set -0.01)"
        lines.append(f"t={t:<5} " + " | ".join(cells) + mark)
    lines.append(f"per set at t={best}: F1 before -> after (TP, system, false before -> after)")
    for s in sets:
        b, a = before[s.name], after[best][s.name]
        fb, fa = (o["system"] - o["matched_optional"] - o["true_positives"] for o in (b, a))
        flag = "  <<<" if a["f1"] <= b["f1"] - 0.01 else ""
        lines.append(
            f"{s.name:<12} {b['f1']:.4f} -> {a['f1']:.4f}  ({b['true_positives']}->"
            f"{a['true_positives']}, {b['system']}->{a['system']}, {fb}->{fa}){flag}"
        )
    return best, lines


def write(path: Path, model: Keep, threshold: float, about: list[str]) -> None:
    head = [
        "# The keep step's weights (alliancewatch/coding/keep.py): a mention whose probability",
        "# of being true, sigmoid(intercept + the sum of its features' weights), is under the",
        "# threshold is dropped. Written by alliancewatch/keeptrain.py; do not edit by hand.",
        *[f"# {line}" for line in about],
        "# feature<TAB>weight",
    ]
    body = [f"{INTERCEPT}\t{model.intercept:.6f}", f"{THRESHOLD}\t{threshold}"]
    body += [f"{x}\t{w:.6f}" for x, w in sorted(model.weights.items())]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


def train(
    golds: list[Path], out: Path, settings: Settings, cache: Path | None, c: float, with_loso: bool
) -> list[str]:
    """Code the sets, print the LOSO table (with_loso), fit on all sets, write `out`."""
    sets = [code_set(g, settings, cache) for g in golds]
    threshold, lines = loso(sets, c) if with_loso else (0.3, [])
    model = fit([row for s in sets for row in s.rows()], c)
    n = sum(1 for s in sets for _ in s.rows())
    about = [
        f"Logistic regression (scikit-learn, L2, C={c}, features seen in >= 3 rows) over {n}",
        f"mentions of {len(sets)} gold sets coded with the step off (true: matched a required",
        "gold mention; false: matched none; matched an optional one: left out).",
        f"Command: make train (alliancewatch train-keep GOLD... --out {out.name} --loso) over",
        f"{', '.join(s.name for s in sets)}.",
        f"Threshold {threshold}: leave-one-set-out, the best pooled F1 with no held-out set",
        "losing 0.01 F1; pooled over all sets | the fresh sets, without and with the step:",
        *[line for line in lines if line.startswith("t=0.0 ") or "<- chosen" in line],
    ]
    write(out, model, threshold, about)
    return lines
