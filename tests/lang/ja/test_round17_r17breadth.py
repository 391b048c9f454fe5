"""Round 17 (r17breadth): a breadth pass over the trigger lexicon, PLOVER type by type.

Sentences of our own, one family per test: each new word coded as its type, and a
near-miss of the same family that must not be (a thing, a domestic meeting, an economic
blow, a congratulation's counterpart sent as a telegram rather than aid).
"""

from __future__ import annotations

from .test_coder import briefs


def test_sharp_questioning_and_complaints_are_accusations():
    assert briefs("中国外務省は8日、日本大使を呼んで詰問した。") == [("ACCUSE", ("CHN",), ("JPN",))]
    assert briefs("韓国政府は日本に苦情を申し入れた。") == [("ACCUSE", ("KOR",), ("JPN",))]
    # a complaint lodged is no request besides
    assert ("REQUEST", ("KOR",), ("JPN",)) not in briefs("韓国政府は日本に苦情を申し入れた。")


def test_proposals_and_invitations_turned_down_are_rejections():
    assert briefs("北朝鮮は韓国の対話の提案を蹴った。") == [("REJECT", ("PRK",), ("KOR",))]
    assert briefs("ロシアは日本の招待を辞退した。") == [("REJECT", ("RUS",), ("JPN",))]
    # a ball kicked: nothing asked is refused
    assert briefs("韓国の選手がボールを蹴った。") == []


def test_a_countermeasure_hinted_at_is_a_threat():
    assert ("THREATEN", ("CHN",), ("USA",)) in briefs("中国は米国に対抗措置を示唆した。")
    # a trend hinted at threatens no one
    assert briefs("中国は景気の回復を示唆した。") == []


def test_property_seized_by_a_state_is_a_sanction():
    assert briefs("ロシアはドイツ企業の資産を接収した。") == [("SANCTION", ("RUS",), ("DEU",))]
    assert briefs("米国は北朝鮮へのビザ発給停止を決めた。") == [("SANCTION", ("USA",), ("PRK",))]
    assert briefs("北朝鮮は韓国への送金停止を決めた。") == [("SANCTION", ("PRK",), ("KOR",))]


def test_fighting_halted_and_freezes_lifted_are_retreats():
    # not the attack named inside the compound
    assert briefs("ロシア軍は3日、ウクライナへの攻撃停止を発表した。") == [
        ("RETREAT", ("RUS",), ("UKR",))
    ]
    assert briefs("米国はイランの資産の凍結解除に踏み切った。") == [("RETREAT", ("USA",), ("IRN",))]


def test_reinforcements_and_loans_are_aid():
    assert briefs("ロシアはシリアに援軍を送った。") == [("AID", ("RUS",), ("SYR",))]
    assert briefs("米国はウクライナに資金を貸し付けた。") == [("AID", ("USA",), ("UKR",))]


def test_a_leaders_dialogue_is_a_consultation():
    assert briefs("韓国の大統領は北朝鮮の指導者と対談した。") == [("CONSULT", ("KOR",), ("PRK",))]
    # a party meeting attended is no talks between states
    assert briefs("岸田首相は党の会合に出席した。") == []


def test_joining_hands_and_keeping_in_step_are_cooperation():
    assert briefs("日本は米国と手を組んだ。") == [("COOPERATE", ("JPN",), ("USA",))]
    assert briefs("日本は米国と足並みをそろえた。") == [("COOPERATE", ("JPN",), ("USA",))]
    # the table set is no cooperation
    assert briefs("日本は会場の机をそろえた。") == []


def test_condolences_and_joining_an_alliance_are_support():
    # a telegram of condolence, as a congratulatory one, is no aid sent
    assert briefs("岸田首相はトルコ大統領に弔電を送った。") == [("SUPPORT", ("JPN",), ("TUR",))]
    assert briefs("スウェーデンは7日、NATOに加入した。") == [("SUPPORT", ("SWE",), ("NATO",))]


def test_kcna_strikes_and_shells_fired_in_are_attacks():
    assert briefs("北朝鮮軍は韓国軍に物理的打撃を加えた。") == [("ASSAULT", ("PRK",), ("KOR",))]
    # fired into the sea: the state's own move
    assert briefs("北朝鮮軍は海上に数十発の砲弾を打ち込んだ。") == [("MOBILIZE", ("PRK",), ())]
    # an economic blow is no strike
    assert ("ASSAULT", ("USA",), ("CHN",)) not in briefs(
        "米国の関税は中国経済に大きな打撃を与えた。"
    )


def test_scrambles_patrols_and_call_ups_are_mobilisation():
    assert briefs("航空自衛隊は戦闘機のスクランブルを実施した。") == [("MOBILIZE", ("JPN",), ())]
    assert briefs("中国軍は東シナ海で哨戒活動を行った。") == [("MOBILIZE", ("CHN",), ())]
    assert briefs("ロシアは予備役を招集した。") == [("MOBILIZE", ("RUS",), ())]
    # a parliament convened is no call-up
    assert briefs("大統領は議会を召集した。") == []


def test_a_demand_forced_is_a_request():
    assert briefs("中国は日本人に謝罪を強要した。") == [("REQUEST", ("CHN",), ("JPN",))]
