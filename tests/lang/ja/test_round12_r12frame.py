"""Round 12 (r12frame): argument roles set by the frame of the sentence (non_parties.py).

- A suit's forum is no party: Xを国際司法裁判所に提訴 accuses X, not the court.
- A meeting an act is done on the occasion of (G20外相会合に合わせて, 会合の傍ら, の際に) is
  the setting, not the partner of the talks nor the target of what is said there.
- What a request asks for names no addressee: the states nested in its object
  (…拉致問題の解決に向けた協力を求めた) or in a proposed clause (…枠組みを作ろうと呼びかけた);
  the object's own owner (ロシア軍の撤退を求めた), the requested clause's subject and a
  に/に対して-phrase are still who is asked.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


def test_suit_accuses_the_object_not_the_court():
    assert briefs("フィリピン政府は、中国を国際司法裁判所に提訴した。") == [
        ("ACCUSE", ("PHL",), ("CHN",))
    ]
    assert briefs("南アフリカは、イスラエルを国連の国際司法裁判所に提訴していた。") == [
        ("ACCUSE", ("ZAF",), ("ISR",))
    ]
    ms = briefs("ウクライナはロシアを国際司法裁判所（ICJ）に提訴する方針を明らかにした。")
    assert ms == [("ACCUSE", ("UKR",), ("RUS",))]
    # the forum alone is no target
    assert briefs("ウクライナは国連に提訴した。") == []


def test_occasion_of_a_meeting_is_no_side():
    ms = briefs("岸田首相は、国連総会に合わせて中国の李強首相と会談し、懸念を伝えた。")
    assert ms == [("CONSULT", ("JPN",), ("CHN",)), ("ACCUSE", ("JPN",), ("CHN",))]
    ms = briefs(
        "茂木外相は、主要20カ国・地域（G20）外相会合の際に、ロシアのラブロフ外相と会談し、抗議した。"
    )
    assert ("ACCUSE", ("JPN",), ("RUS",)) in ms
    assert all("IGO" not in m[1] + m[2] for m in ms)
    ms = briefs("上川外相は、主要7カ国（G7）外相会合の傍ら、ウクライナのクレバ外相と会談した。")
    assert ms == [("CONSULT", ("JPN",), ("UKR",))]
    # no other state written after the occasion: its parties are who is addressed
    ms = briefs("日中首脳会談の際、岸田首相は懸念を伝えた。")
    assert ("ACCUSE", ("JPN",), ("CHN",)) in ms


def test_states_inside_what_is_asked_are_not_asked():
    ms = briefs(
        "岸田首相から、北朝鮮による日本人拉致問題の早期解決に向けた理解と協力を求めました。"
    )
    assert not any(m[0] == "REQUEST" for m in ms)
    ms = briefs("マクロン大統領は、ウクライナの復興を支える国際的な枠組みを作ろうと呼びかけた。")
    assert not any(m[0] == "REQUEST" for m in ms)
    # an addressee opening the requested clause: countries in general, no state to code
    ms = briefs(
        "中国外務省の報道官は、ソロモン諸島との協力は正常なものだと述べ、関係国に根拠のない臆測をやめるよう促した。"
    )
    assert not any(m[0] == "REQUEST" for m in ms)
    # who is asked stays the addressee: the object's owner, the clause's subject, に対して
    assert briefs("米国はロシア軍の撤退を求めた。") == [("REQUEST", ("USA",), ("RUS",))]
    ms = briefs("韓国外務省は、ロシアの大使を呼び、北朝鮮との軍事協力をやめるよう求めた。")
    assert ("REQUEST", ("KOR",), ("RUS",)) in ms
    ms = briefs("米国は中国に対して、北朝鮮への制裁を完全に履行するよう求めた。")
    assert ms == [("REQUEST", ("USA",), ("CHN",))]
    ms = briefs("日本政府は、中国が日本産水産物の輸入停止を撤回するよう求めた。")
    assert ("REQUEST", ("JPN",), ("CHN",)) in ms
    # the parties of the act asked for: where it is done, who gives, the partner
    ms = briefs("外務省は、ロシアで拘束されている日本人の早期解放を求めた。")
    assert ms == [("REQUEST", ("JPN",), ("RUS",))]
    ms = briefs("イランは、中国から戦闘機の提供を受けることを求めている。")
    assert ("REQUEST", ("IRN",), ("CHN",)) in ms


def test_judgement_given_as_the_ground_of_an_act_blames():
    # 「…侵害だ」として + an act aimed at a state: the speaker accuses that state
    ms = briefs("韓国政府は「主権に対する重大な侵害だ」として、ロシアの大使を呼び出した。")
    assert ("ACCUSE", ("KOR",), ("RUS",)) in ms
    ms = briefs("国際司法裁判所は、英国の統治は違法だとして速やかに終わらせるよう求めた。")
    assert ("ACCUSE", ("UNO",), ("GBR",)) in ms
    # a ground that blames no one is no accusation
    ms = briefs("日本政府は、安全保障上の理由だとして、韓国への輸出規制を強化した。")
    assert not any(m[0] == "ACCUSE" for m in ms)


def test_claimed_violation_blames_its_doer():
    ms = code("フィリピン政府は、中国が国連海洋法条約に違反したと主張している。")
    assert [brief(m) for m in ms] == [("ACCUSE", ("PHL",), ("CHN",))]
    assert ms[0].claimed_by is not None and ms[0].claimed_by.text == "フィリピン政府"
    ms = code("中国政府は声明で、日本による台湾への関与は内政干渉にあたると主張した。")
    assert ("ACCUSE", ("CHN",), ("JPN",)) in [brief(m) for m in ms]
    assert all(m.claimed_by.text == "中国政府" for m in ms if m.event == "ACCUSE")
    # denied, there is no blame
    ms = briefs("フィリピン政府は、中国が条約に違反したとは考えていないと主張した。")
    assert not any(m[0] == "ACCUSE" for m in ms)
