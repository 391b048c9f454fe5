"""Round 22 (r22slot): clauses joined by とともに and a chair's body, in sentences we wrote."""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_clause_joined_by_together_with_is_told_not_quoted():
    # とともに joins two acts; its と is no quotative making the first the request's content
    found = briefs("岸田首相は、北朝鮮を非難するとともに、中国に協力を求めた。")
    assert ("ACCUSE", ("JPN",), ("PRK",)) in found
    assert ("REQUEST", ("JPN",), ("CHN",)) in found


def test_concern_joined_by_together_with_keeps_its_target():
    found = of_kind(
        "ACCUSE",
        "岸田首相は、北朝鮮の弾道ミサイル発射に深刻な懸念を表明するとともに、韓国に連携を求めた。",
    )
    assert ("ACCUSE", ("JPN",), ("PRK",)) in found


def test_body_a_chair_presides_is_no_party():
    # EUの議長国オーストリア: Austria acts as the EU's chair; the EU is no side of its request
    found = briefs(
        "ガスの約8割はウクライナ経由のパイプラインで運ばれている。"
        "EUの議長国オーストリアは両国に対し、交渉を再開するよう求めた。"
    )
    assert not any("EUR" in a + r for _, a, r in found)
