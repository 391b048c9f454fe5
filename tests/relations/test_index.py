"""The monthly index, trend and change detection on a known mix of events."""

from __future__ import annotations

from alliancewatch.relations import index
from alliancewatch.relations.index import PairRow
from alliancewatch.relations.tables import weights

W = weights()


def row(mid: str, month: str, event: str, fact: str = "asserted", eid: str | None = None):
    return PairRow(mid, eid, month, event, fact, True)


def known_mix() -> list[PairRow]:
    """24 quiet months of talks (1 or 2 a month), then a month of aid, then a sanction."""
    rows = []
    months = index.months_between("2022-11", "2024-09")
    for i, m in enumerate(months):
        for k in range(1 + i % 2):
            rows.append(row(f"c{i}{k}", m, "CONSULT"))
    rows += [
        row("a1", "2024-10", "AID", eid="E1"),
        row("a2", "2024-10", "AID", "possible", eid="E1"),  # same event: counted once
        row("a3", "2024-10", "AID"),
        row("a4", "2024-10", "AID", "negated"),  # counts nothing
        row("a5", "2024-10", "AID", "possible"),
        row("y1", "2024", "AID"),  # year only: kept apart
        row("s1", "2024-11", "SANCTION", "probable"),
    ]
    return rows


def test_monthly_counts_and_weighted_index() -> None:
    out = index.monthly(known_mix())
    months = {m["month"]: m for m in out["months"]}
    assert out["year_only"] == 1
    assert list(months) == index.months_between("2022-11", "2024-11")
    oct_ = months["2024-10"]
    aid = W.event["AID"]
    expected = aid * 1.0 + aid * 1.0 + aid * W.factuality["possible"]  # E1, a3, a5; a4 is 0
    assert oct_["events"]["material_cooperation"] == 4  # E1, a3, a4, a5
    assert oct_["mentions"] == 5
    assert abs(oct_["cooperation"] - expected) < 1e-6
    assert oct_["conflict"] == 0 and abs(oct_["index"] - expected) < 1e-6
    nov = months["2024-11"]
    assert abs(nov["index"] - W.event["SANCTION"] * W.factuality["probable"]) < 1e-6
    assert nov["events"]["material_conflict"] == 1
    assert months["2023-01"]["index"] == W.event["CONSULT"] * 1


def test_changes_find_the_high_the_spike_and_the_turn() -> None:
    months = index.monthly(known_mix())["months"]
    found = index.changes(months, "PRK–RUS")
    by = {(c["month"], c["series"], c["kind"]) for c in found}
    assert ("2024-10", "material_cooperation", "high") in by
    high = next(c for c in found if c["kind"] == "high" and c["month"] == "2024-10")
    assert high["window"] == 24
    assert high["text"] == "PRK–RUS material cooperation at a 24-month high"
    assert ("2024-10", "index", "spike") in by
    assert ("2024-11", "index", "turn") in by
    assert ("2024-11", "material_conflict", "high") in by
    # quiet months alternate 1 and 2 talks: no spike among them
    assert not any(c["kind"] in ("spike", "drop") and c["month"] < "2024-10" for c in found)
    assert [c["month"] for c in found] == sorted((c["month"] for c in found), reverse=True)
    assert index.changes(months, "PRK–RUS") == found  # deterministic


def test_trend_direction() -> None:
    def months(values: list[float]) -> list[dict]:
        return [{"index": v} for v in values]

    assert index.trend(months([1, 2, 3, 4, 5, 6]))["direction"] == "rising"
    assert index.trend(months([6, 5, 4, 3, 2, 1]))["direction"] == "falling"
    assert index.trend(months([2, 2, 2, 2]))["direction"] == "flat"
    assert index.trend(months([2, 2]))["direction"] == "too short"
