"""Round 30 (grp): parties written in another phrase than the act's.

A headline may tell a joint act first and who did it after the gap (…で合意　タイとラオス、…;
…で停戦　A、B両国防相が…): the act's parties are the states the next segment opens with, a
ceasefire running from the first named to the other. Not when the act's own segment names a
party, nor when the next segment opens with one state only. A subject the parser hung on
'including' inside a content clause (…が…を含む…に重要だという認識で一致) is the content's,
not the agreement's (its own subject outside one still is the act's).
"""

from __future__ import annotations

import pytest

from .test_coder import of_kind


@pytest.mark.parametrize(
    ("title", "kind", "expected"),
    [
        (
            "国境画定の手続きで合意　タイとラオス、年内に作業開始",
            "AGREE",
            [("AGREE", ("THA",), ("LAO",))],
        ),
        (
            "国境地帯で5日から停戦　エチオピア、エリトリア両外相が文書に調印",
            "RETREAT",
            [("RETREAT", ("ETH",), ("ERI",))],
        ),
    ],
)
def test_parties_in_the_next_headline_segment(title: str, kind: str, expected: list) -> None:
    assert of_kind(kind, "外務省が明らかにした。", title=title) == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("国境画定の手続きで合意　タイ、年内に作業開始", "AGREE"),  # one state: no pair
        ("国境地帯で停戦　国連、監視団を派遣へ", "RETREAT"),  # an organisation alone
    ],
)
def test_no_pair_in_the_next_segment_fills_nothing(title: str, kind: str) -> None:
    assert all(not m[1] for m in of_kind(kind, "外務省が明らかにした。", title=title))


def test_own_party_of_the_segment_is_kept() -> None:
    got = of_kind("AGREE", "外務省が明らかにした。", title="日韓が協議で合意　米国と中国、懸念示す")
    assert got == [("AGREE", ("JPN",), ("KOR",))], got


def test_including_still_gives_the_subject_outside_a_content_clause() -> None:
    got = of_kind("AID", "北朝鮮がロシアに新型を含むミサイルを供与した。")
    assert got == [("AID", ("PRK",), ("RUS",))], got
