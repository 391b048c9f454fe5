"""Round 12 (r12slex): the lexicon of leaving pacts and restoring ties.

- Leaving a treaty (条約から脱退/離脱, 条約を破棄) is a SANCTION of its doer even when no
  state is its target: a multilateral pact names none (patterns pact_exit, pact_noun;
  Frame.alone). A state written or filled still becomes the target; leaving talks
  (協議から離脱) stays uncoded, and so does suspending a pact's force with no target written
  (mostly two-sided pacts whose partner the gold writes).
- Relations restored (外交関係を回復) are COOPERATE, as 正常化 (blind12 adjudication);
  order or trust regained (支配/信頼を回復) is none.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, code

pytestmark = pytest.mark.model


def test_leaving_a_multilateral_treaty_has_no_target():
    (m,) = code("北朝鮮は核拡散防止条約からの脱退を正式に表明した。")
    assert (m.event, [a.code for a in m.actor], tuple(m.recipient)) == ("SANCTION", ["PRK"], ())
    assert m.factuality == "asserted"
    assert briefs("ロシアは中距離核戦力全廃条約から離脱した。") == [("SANCTION", ("RUS",), ())]
    assert briefs("ロシア連邦は欧州通常戦力条約からの脱退手続きを終えた。") == [
        ("SANCTION", ("RUS",), ())
    ]


def test_leaving_a_pact_by_the_verb_or_abrogating_it():
    assert briefs("トランプ政権はパリ協定から離脱すると発表した。") == [("SANCTION", ("USA",), ())]
    # a written partner is still the target; leaving talks or halting aid alone is no sanction
    assert briefs("米国はイランとの核合意から一方的に離脱した。") == [
        ("SANCTION", ("USA",), ("IRN",))
    ]
    assert briefs("ロシア代表団は協議から途中で離脱した。") == []
    assert briefs("政府は援助の一部を停止した。") == []


def test_relations_restored_are_cooperation():
    got = briefs("中国とキリバスは大使級の外交関係を回復した。")
    assert len(got) == 1 and got[0][0] == "COOPERATE"
    assert set(got[0][1] + got[0][2]) == {"CHN", "KIR"}
    got = briefs("ソロモン諸島は2019年に中国との関係を回復していた。")
    assert [(b[0], set(b[1] + b[2])) for b in got] == [("COOPERATE", {"SLB", "CHN"})]
    # order or trust regained is no tie
    assert briefs("シリア政府軍は北部の支配を回復した。") == []
    assert briefs("日本と韓国は信頼を回復したい考えだ。") == []
