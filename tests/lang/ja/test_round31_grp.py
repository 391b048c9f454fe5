"""Round 31 (grp): parties written by anaphora and officials written without their state.

同国 stands for a state named as a phrase of its own, not one the sentence wrote only inside
a compound noun (ベトナムのカンボジア侵攻: an anaphoric island), unless no other is there.
An official with a foreign name and a post but no state (シン国防大臣, シン大臣), in a story of
Japan and one other state, is the other's: the counterpart the Japanese press writes so. The
USSR's full name is one name (not ソビエト plus 国連 inside 共和国連邦). A spokesman written by
title alone keeps the state the last bare title was given (報道官は…。報道官は…), not the
state of a government a sentence between named.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code, of_kind, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "日本政府は、イラクのクウェート侵攻を受けて凍結していた同国への経済援助を再開すると決めた。",
            [("AID", ("JPN",), ("IRQ",))],
        ),
        (
            "米国は、ソマリアのエチオピア侵攻で停止していた同国への経済援助を再開する方針を固めた。",
            [("AID", ("USA",), ("SOM",))],
        ),
    ],
)
def test_same_country_skips_a_name_inside_a_compound(text: str, expected: list) -> None:
    assert of_kind("AID", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name as a phrase of its own: the nearest still wins
        (
            "日本政府は、カンボジアを訪れたタイ首相と会談し、タイへの経済援助を再開すると決めた。"
            "日本政府は、ラオスとカンボジアの協議を受けて同国への経済援助を再開すると決めた。",
            ("AID", ("JPN",), ("KHM",)),
        ),
        # only a name inside a compound: still its antecedent
        (
            "日本政府は、カンボジア和平の進展を受けて同国への経済援助を再開すると決めた。",
            ("AID", ("JPN",), ("KHM",)),
        ),
    ],
)
def test_same_country_otherwise_unchanged(text: str, expected: tuple) -> None:
    assert of_kind("AID", text)[-1] == expected


def test_foreign_official_by_name_and_post_is_the_other_state() -> None:
    got = of_kind(
        "SUPPORT",
        "林外務大臣は、ケニアとの外相会談を行った。",
        "林大臣は、カマウ・オティエノ外務大臣とケニアの港湾整備について協議した。",
        "これに対し、オティエノ大臣は、日本の協力を高く評価しました。",
    )
    assert got == [("SUPPORT", ("KEN",), ("JPN",))], got


def test_foreign_defence_minister_then_surname() -> None:
    got = of_kind(
        "SUPPORT",
        "茂木大臣は、ニューデリーでヴィクラム・ラオ国防大臣と日印防衛相会談を行った。",
        "ラオ大臣は、日本の提案に賛意を示した。",
    )
    assert got == [("SUPPORT", ("IND",), ("JPN",))], got


def test_foreign_official_after_his_state_unchanged() -> None:
    # written after a state other than the story's: that state's, not the pair's other
    got = of_kind(
        "SUPPORT",
        "林外務大臣は、タンザニアとの外相会談を行った。タンザニアへの援助を表明した。",
        "林大臣は、ケニアのオティエノ外務大臣とも電話で協議した。",
        "オティエノ大臣は、日本の協力を高く評価した。",
    )
    assert got == [("SUPPORT", ("KEN",), ("JPN",))], got


def test_ussr_by_its_full_name() -> None:
    assert [
        c for _, c, _ in people("ソビエト社会主義共和国連邦との条約に調印した。", "1961-07-06")
    ] == [("SUN",)]
    (m,) = code(
        "北朝鮮は、ソビエト社会主義共和国連邦と友好協力相互援助条約に調印した。",
        published="1961-07-10",
    )
    assert brief(m)[1:] == (("PRK",), ("SUN",)), brief(m)


def test_bare_spokesman_keeps_his_state_across_sentences() -> None:
    got = of_kind(
        "REQUEST",
        "イラン外務省のカリミ報道官は21日、声明を発表した。",
        "報道官は「地域の緊張を高めるものだ」と述べた。",
        "報道官はまた、攻撃の責任はシオニスト政権を支える米国にもあると強調した。",
        "報道官は、国連安全保障理事会に対し、シオニスト政権の犯罪を止めるよう求めた。",
    )
    assert got == [("REQUEST", ("IRN",), ("UNO",))], got
