"""Round 19 (r19quo): quotes that carry the event, and the minutes' turns.

Sentences we wrote in news style: an undesirable or disappointing act judged in a quote
(blame.py, patterns quoted_failing, regret_only), ties strengthened in a minutes' turn
(triggers 強化/深化/引き上げる, patterns ties_owned), two stance verbs sharing one object
(patterns shared_stance), the holder of a stance on an event noun never filled in as its
side (clauses.py), and the speaker's own attack said as what is left or what goes on
until the other side yields (patterns quoted_threat_end, quoted_threat_until).
"""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, briefs, code

pytestmark = pytest.mark.model

SUMMIT = "日・インド首脳会談（概要）"
MET = "岸田総理大臣は、インドのモディ首相と首脳会談を行いました。"


def test_undesirable_act_chained_to_a_request_is_blamed_on_the_one_asked():
    found = briefs(
        "韓国の外相は会見で「地域の安定にとって好ましくない」と述べ、北朝鮮に自制を求めた。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in found
    assert ("REQUEST", ("KOR",), ("PRK",)) in found


def test_undesirable_with_no_state_judged_blames_no_one():
    assert [
        m for m in code("ドイツの首相は「結果は好ましくない」と述べた。") if m.event == "ACCUSE"
    ] == []


def test_disappointment_at_a_states_act_before_the_quote():
    (m,) = [m for m in code("フランスの外相は、イランの核開発に「深く失望している」と述べた。")]
    assert brief(m) == ("ACCUSE", ("FRA",), ("IRN",))
    assert m.claimed_by is not None and m.claimed_by.text == "フランスの外相"


def test_disappointment_at_no_states_act_blames_no_one():
    assert code("英国の首相は会見で、選挙の結果に「深く失望した」と述べた。") == []


def test_minutes_turn_strengthening_bilateral_ties():
    found = [
        m
        for m in code(
            MET, "（1）岸田総理から、二国間関係を一層強化したい旨述べました。", title=SUMMIT
        )
    ]
    (m,) = [m for m in found if m.event == "COOPERATE"]
    assert {a.code for a in m.actor + m.recipient} == {"JPN", "IND"}
    assert m.factuality == "planned" and m.claimed_by is not None


def test_minutes_turn_raising_ties_named_with_both_states():
    found = code(
        MET,
        "（2）モディ首相から、日本とインドの関係を新たな段階に引き上げたい旨の発言がありました。",
        title=SUMMIT,
    )
    (m,) = [m for m in found if m.event == "COOPERATE"]
    assert {a.code for a in m.actor + m.recipient} == {"JPN", "IND"}


def test_ties_strengthened_with_a_partner():
    assert briefs("ロシアは北朝鮮との関係を強化している。") == [("COOPERATE", ("RUS",), ("PRK",))]


def test_strengthening_or_raising_what_is_no_tie_is_no_cooperation():
    assert [
        b for b in briefs("政府は防衛力を抜本的に強化する方針だ。") if b[0] == "COOPERATE"
    ] == []
    found = briefs("米国は中国製品への関税を引き上げると発表した。")
    assert [b for b in found if b[0] == "COOPERATE"] == []


def test_two_stance_verbs_share_one_object():
    found = briefs(HOME, "政府はアメリカの行動を理解し、支持する立場を表明した。")
    assert found == [("SUPPORT", ("JPN",), ("USA",))]


def test_a_chained_act_is_not_a_shared_stance():
    found = briefs("北朝鮮はミサイルを発射し、日本を威嚇した。")
    assert ("THREATEN", ("PRK",), ("JPN",)) in found
    assert all(b[0] != "SUPPORT" for b in found)


def test_who_supports_an_attack_is_no_side_of_it():
    found = briefs(
        "米軍は、シリアの政府軍施設への攻撃を始めた。",
        "カナダの首相は官邸で記者団に対し「米国の武力行使を理解し、支持する」と表明した。",
    )
    assert ("SUPPORT", ("CAN",), ("USA",)) in found
    assert not any(b[0] == "ASSAULT" and "CAN" in b[2] for b in found)


def test_who_opposed_an_attack_in_a_relative_clause_is_no_side_of_it():
    found = briefs(
        "米英軍はイラクへの攻撃を始めた。",
        "米英の攻撃に反対してきたドイツの首相は、国連の役割を強調した。",
    )
    assert not any(b[0] == "ASSAULT" and "DEU" in b[2] for b in found)


def test_attack_said_as_the_only_option_is_a_threat():
    found = briefs("米大統領は「イランを完全に破壊する以外の選択肢はない」と述べた。")
    assert ("THREATEN", ("USA",), ("IRN",)) in found
    assert all(b[0] != "ASSAULT" for b in found)


def test_attack_going_on_until_the_other_side_yields_is_a_threat():
    found = briefs("ロシアの国防相は「ウクライナが交渉に応じるまで攻撃を続ける」と述べた。")
    assert ("THREATEN", ("RUS",), ("UKR",)) in found


def test_attack_reported_as_going_on_is_no_threat():
    found = briefs("米国防総省の当局者は「ロシア軍がウクライナ東部で攻撃を続けている」と話した。")
    assert all(b[0] != "THREATEN" for b in found)
