"""Round 20 (r20grp): a group word (両国) after a pair of states written as a list (AとBの…)
in the sentence before stands for that pair, not for the states of the last event told."""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


def test_two_countries_after_a_pair_listed_in_the_sentence_before():
    got = briefs(
        "米国務省の報道官は10日、ロシアの侵攻を改めて非難した。",
        "報道官はまた、ポーランドとリトアニアの首脳による共同声明を歓迎すると述べた。",
        "両国は今後も防衛協力を強化していく方針だ。",
    )
    assert ("COOPERATE", ("POL",), ("LTU",)) in got
    assert ("COOPERATE", ("USA",), ("RUS",)) not in got


def test_two_countries_meeting_after_a_listed_pair():
    got = briefs(
        "中国外務省の報道官は3日の記者会見で、フィリピンが南シナ海で挑発行為を繰り返していると批判した。",
        "一方、報道官は、ベトナムとラオスの伝統的な友好関係を高く評価した。",
        "両国は来月、首脳会談を開く予定だ。",
    )
    assert ("CONSULT", ("VNM",), ("LAO",)) in got
    assert ("CONSULT", ("CHN",), ("PHL",)) not in got


def test_both_sides_are_the_meeting_not_a_pair_listed_in_a_concern():
    # 双方 names the sides of an act (side_words.tsv), never a pair only listed
    got = briefs(
        "日米の外務・防衛担当閣僚は10日、東京で安全保障協議委員会を開いた。",
        "4閣僚は、北朝鮮とロシアの軍事協力の深化に深刻な懸念を表明した。",
        "双方は、同盟の抑止力を一層強化していくことで一致した。",
    )
    assert ("AGREE", ("JPN",), ("USA",)) in got
    assert ("AGREE", ("PRK",), ("RUS",)) not in got


def test_a_pair_listed_as_mediators_is_not_both_sides():
    # a list written as a subject (カタールとトルコが) is no pair for "the two" after it
    got = briefs(
        "カタールの首都ドーハで18日、パキスタンとアフガニスタンの国防相が協議した。",
        "カタールとトルコが仲介役を務めた。",
        "双方は即時停戦で合意した。",
    )
    assert ("AGREE", ("PAK",), ("AFG",)) in got
    assert ("AGREE", ("QAT",), ("TUR",)) not in got
