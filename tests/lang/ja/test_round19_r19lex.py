"""Round 19 (r19lex): the lexicon grown by semantic class, not word by word.

Sentences of our own, one or more per class (blind18 LEX showed the classes): rebuking and
mocking (たしなめる, やゆ, 皮肉る), a warning word that asks a state to change course
(くぎを刺す: REQUEST), a charge insisted on or retorted (言い張る, 「…」と応酬した), a missile
coming down at sea (着弾, 落下), aid, loans and talks held back or frozen (見合わせる,
融資・借款の凍結), forces kept in place or cruising (部隊をとどめる, 周回, a headline's warships
sailing out), and a quote that foretells regret (「…後悔することになる」). Near-misses: the
same words where no state is rebuked, no charge is said, an exchange of blows (攻撃の応酬), a
rocket that hits houses, a missile with no owner written, trains held back, an attack or a
remark kept short (攻撃をとどめた, 述べるにとどめた), a ferry sailing, regret denied.
"""

from __future__ import annotations

from .test_coder import briefs, code


def test_rebuking_and_mocking_a_state_are_accusations():
    assert briefs("ロシアの外相は「子どもの口げんかのようだ」と米朝両国をたしなめた。") == [
        ("ACCUSE", ("RUS",), ("USA", "PRK"))
    ]
    assert briefs("米大統領は北朝鮮の指導者を「ロケットマン」と呼んでやゆした。") == [
        ("ACCUSE", ("USA",), ("PRK",))
    ]
    assert briefs("中国外務省の報道官は、日本政府の対応を皮肉った。") == [
        ("ACCUSE", ("CHN",), ("JPN",))
    ]


def test_a_warning_word_to_change_course_is_a_request():
    assert briefs("米国務長官は中国に対し、台湾への威圧をやめるようくぎを刺した。") == [
        ("REQUEST", ("USA",), ("CHN",))
    ]


def test_rebuking_no_state_is_nothing():
    assert briefs("母親は泣いている子どもをたしなめた。") == []
    assert briefs("コラムニストは政府の対応を皮肉った。") == []
    assert briefs("料理人は包丁で魚を刺した。") == []


def test_a_charge_insisted_on_or_retorted_is_an_accusation():
    assert briefs("中国は、フィリピンの船が中国の領海に侵入したと言い張った。") == [
        ("ACCUSE", ("CHN",), ("PHL",))
    ]
    (m,) = code("イスラエル首相は「トルコこそ侵略者だ」と応酬した。")
    assert (m.event, m.trigger) == ("ACCUSE", "応酬")
    assert m.claimed_by is not None and m.claimed_by.text == "イスラエル首相"


def test_insisting_without_a_charge_and_an_exchange_of_blows_are_no_retort():
    assert briefs("北朝鮮は、衛星の打ち上げは正当な権利だと言い張った。") == []
    assert all(b[0] != "ACCUSE" for b in briefs("インドとパキスタンは攻撃の応酬を続けている。"))


def test_a_missile_coming_down_at_sea_ends_a_launch():
    assert briefs("北朝鮮ミサイル、三陸沖に着弾") == [("MOBILIZE", ("PRK",), ())]
    assert briefs("北朝鮮の弾道ミサイルは日本の排他的経済水域の外側に落下した。") == [
        ("MOBILIZE", ("PRK",), ())
    ]
    assert briefs("中国軍の弾道ミサイル3発が台湾東部の沖合に着弾した。") == [
        ("MOBILIZE", ("CHN",), ())
    ]


def test_what_lands_on_land_or_is_dropped_on_a_range_is_no_landing_at_sea():
    assert all(b[1] != ("JPN",) for b in briefs("米軍の部品が沖縄の民家の屋根に落下した。"))
    assert briefs("ロケット弾が国境の町の民家に着弾した。") == []
    # a missile with no owner written takes its state from the story: left to the launch
    assert briefs("政府は、ミサイルが日本の排他的経済水域の外側に落下したとみられるとした。") == []


def test_aid_loans_and_talks_held_back_or_frozen_are_sanctions():
    assert ("SANCTION", ("JPN",), ("PRK",)) in briefs(
        "日本政府は、北朝鮮に対する食糧支援を当面見合わせると発表した。"
    )
    assert ("SANCTION", ("IGO",), ("IDN",)) in briefs(
        "国際通貨基金（IMF）もインドネシアへの融資の手続きを凍結した。"
    )
    assert ("SANCTION", ("JPN",), ("IND",)) in briefs(
        "日本政府は、インドへの円借款の新規供与を凍結すると発表した。"
    )
    assert briefs("JR上越線は大雪のため午前中から運転を見合わせている。") == []


def test_forces_kept_in_place_or_cruising_are_mobilised():
    assert briefs("米国防総省は、空母を中心とする艦隊を周辺海域にとどめるよう指示した。") == [
        ("MOBILIZE", ("USA",), ())
    ]
    assert briefs("中国海警局の船4隻が尖閣諸島の周辺を周回した。") == [("MOBILIZE", ("CHN",), ())]
    assert briefs("海自護衛艦2隻、アデン湾へ出航") == [("MOBILIZE", ("JPN",), ())]


def test_attacks_remarks_and_ferries_are_no_forces_moved():
    assert briefs("両国は相手に深手を負わせない範囲に攻撃をとどめた。") == []
    assert briefs("中国外務省の報道官は「状況を把握中だ」と述べるにとどめた。") == []
    assert briefs("フェリー、八丈島へ出航") == []


def test_a_quote_that_foretells_regret_is_a_threat():
    assert briefs("北朝鮮外務省の報道官は「米国は必ず後悔することになる」と述べた。") == [
        ("THREATEN", ("PRK",), ("USA",))
    ]
    assert briefs("北朝鮮外務省の報道官は「米国は何も後悔していない」と述べた。") == []
