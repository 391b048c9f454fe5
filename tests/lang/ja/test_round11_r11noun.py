"""Round 11 (r11noun): when a noun is an event, and which, pooled over the ja sets.

- The other side's charge, protest or concern named as what is answered (懸念を退けた,
  抗議を受け入れない, 批判に反論した) was told before: no ACCUSE here (untold.py).
- An event noun named as what is averted or prevented (衝突回避, 紛争の防止) did not happen.
- A signal, a cue or a warning sent (誤ったシグナルを送る) is no transfer (triggers.tsv 送る).
- An aid programme named with its acronym as what is founded ((OSA)を創設) is no transfer.
- A headline memorandum with a subject (AとBが軍事協力で覚書) is signed by it; the
  cooperation in its で-phrase is what the memorandum is on, not an event of its own.
- A treaty coming into force whose parties sit only in the relative clause on its name
  has them for parties (nominal._treaty_makers).
- Consumer trade (中古車輸出) is no aid; a domestic measure put into force (措置を発効させた)
  is no treaty (triggers.tsv).
- A procedure, preparation or move a relative clause modifies (脱退する手続き, 派遣する
  準備) is never its doer (data/content_nouns.tsv).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def test_a_concern_brushed_aside_is_no_accusation():
    ms = code("ロシア外務省は「通常の演習だ」と述べ、韓国側の懸念を退けた。")
    assert [m for m in ms if m.event == "ACCUSE"] == []


def test_a_protest_not_accepted_is_no_accusation():
    ms = code("北朝鮮外務省の報道官は、日本側の抗議を受け入れない考えを示した。")
    assert [m for m in ms if m.event == "ACCUSE"] == []
    lodged = code("日本政府はロシアの領空侵犯に抗議した。")  # a protest told stays one
    assert ("ACCUSE", ("JPN",), ("RUS",)) in [brief(m) for m in lodged]


def test_a_clash_averted_is_no_assault():
    ms = code("インドと中国は国境での武力衝突回避の協議を続けた。")
    assert [m for m in ms if m.event == "ASSAULT"] == []
    stopped = code("日米韓は、北朝鮮とロシアの軍事協力を阻止する考えで一致した。")
    assert ("COOPERATE", ("PRK",), ("RUS",)) in [brief(m) for m in stopped]  # under way


def test_a_signal_sent_is_no_transfer():
    ms = code("中国外務省は、米国の決定は台湾独立勢力に誤ったシグナルを送るものだと批判した。")
    assert [m for m in ms if m.event == "AID" and m.trigger.startswith("送")] == []


def test_an_aid_programme_founded_is_no_transfer():
    ms = code(
        "タイのセター首相は15日、岸田首相と会談した。",
        "我が国は、同志国の抑止力の向上を目的として、本年度、"
        "政府安全保障能力強化支援（OSA）を創設しました。",
    )
    assert [m for m in ms if m.event == "AID"] == []


def test_a_headline_memorandum_is_signed_by_its_subject():
    ms = code("本文。", title="エジプトとサウジが防衛協力で覚書　合同演習も拡大へ")
    assert ("SUPPORT", ("EGY",), ("SAU",)) in [brief(m) for m in ms]
    assert [m for m in ms if m.trigger == "防衛協力"] == []


def test_treaty_parties_from_the_relative_clause_on_its_name():
    ms = code(
        "日本と英国の部隊が相互に訪問する際の手続きを簡素化する「円滑化協定（RAA）」が"
        "11日、発効した。"
    )
    assert [brief(m) for m in ms if m.event == "SUPPORT"] == [("SUPPORT", ("JPN",), ("GBR",))]


def test_a_procedure_is_not_the_doer_of_its_clause():
    ms = code("ブルキナファソ政府は5日、国際刑事裁判所から脱退する手続きを始めると発表した。")
    assert [brief(m) for m in ms if m.event == "SANCTION"] == [("SANCTION", ("BFA",), ("IGO",))]


def test_consumer_trade_is_no_aid():
    ms = code("韓国からの中古車輸出がベトナム向けに好調だ。")
    assert [m for m in ms if m.event == "AID"] == []
    arms = code("北朝鮮がロシアへの砲弾輸出を拡大した。")  # arms exported stay AID
    assert ("AID", ("PRK",), ("RUS",)) in [brief(m) for m in arms]


def test_a_domestic_measure_put_into_force_is_no_treaty():
    ms = code("ロシアのプーチン大統領は5日、IAEAとの協力を打ち切る措置を正式に発効させた。")
    assert [m for m in ms if m.event == "SUPPORT"] == []
