"""Round 11 (r11attr): attributes of matched mentions (factuality, date, claimed_by).

- A sanction announced by the state that imposes it (制裁を科すと発表した, 国交を断絶すると
  表明した) is enacted by the announcement: asserted, as the adjudicated gold labels 11 of
  the 15 sanctions so announced. Other measures announced in the non-past stay plans.
- A hedge noun reached through との (…引き渡すとの観測, …行われるとの見方) binds its clause
  even where the parser read the verb before it as a noun.
- A count or a record since a time (2019年以降で9回目, 2017年以降初めて) does not date the
  event with that time.
- Plans said as set phrases: an event noun a relative clause on 予定/計画 modifies (8月に予定
  される首脳会談), the content of an agreement (派遣することで合意した, 7 of 7 in gold planned),
  a course being arranged (実施する方向で調整している).

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import HOME, brief, code

pytestmark = pytest.mark.model


def _one(ms, event):
    found = [m for m in ms if m.event == event]
    assert found, [brief(m) for m in ms]
    return found[0]


def test_sanction_announced_by_its_imposer_is_enacted():
    m = _one(code("中国商務省は15日、米国の軍需企業10社に制裁を科すと発表した。"), "SANCTION")
    assert m.factuality == "asserted"
    m = _one(code("ガーナ政府は、イスラエルとの外交関係を断絶すると表明した。"), "SANCTION")
    assert m.factuality == "asserted"
    # another measure announced in the non-past is still a plan
    m = _one(code("英国はウクライナへの武器供与を再開すると発表した。"), "AID")
    assert m.factuality == "planned"


def test_hedge_noun_after_to_no_binds_the_clause():
    m = _one(code("ロシアは年内に戦闘機をイランに引き渡すとの観測も出ている。"), "AID")
    assert m.factuality == "possible"
    # without the hedge the same clause is told as fact
    m = _one(code("ロシアは戦闘機をイランに引き渡した。"), "AID")
    assert m.factuality == "asserted"


def test_count_since_a_year_does_not_date_the_event():
    m = _one(code("中ロ両軍の共同飛行は2019年以降で8回目となる。"), "COOPERATE")
    assert m.date == "2024-10"
    # a time since which something goes on still dates it
    m = _one(code("北朝鮮は昨年8月以降、ロシアに砲弾を送っている。"), "AID")
    assert m.date == "2023-08"


def test_plans_said_as_set_phrases():
    m = _one(code(HOME, "政府は、来月に予定される日中外相会談で海洋問題を取り上げる。"), "CONSULT")
    assert m.factuality == "planned"
    m = _one(code("ロシアと北朝鮮は、工兵1000人をロシアに派遣することで合意した。"), "COOPERATE")
    assert m.factuality == "planned"
    m = _one(
        code(HOME, "政府は、イランへの追加制裁を閣議で決定する方向で調整している。"), "SANCTION"
    )
    assert m.factuality == "planned"
    # an agreement reached and a meeting held are facts
    assert _one(code("日中両国は防衛協力の強化で合意した。"), "AGREE").factuality == "asserted"
    m = _one(code("先月開かれた日中外相会談で、両氏は海洋問題を取り上げた。"), "CONSULT")
    assert m.factuality == "asserted"
