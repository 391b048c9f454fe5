"""Round 19 studied (s19lex): words the lexicon lacked, by semantic class (blind19 LEX).

Sentences of our own: a guarantee of an act or a supply given to the other state (保証した:
AGREE, the other side from the article's pair when unwritten), a ban on flights flying in or
their permit halted (乗り入れ禁止, 乗り入れ許可を停止: SANCTION),
a joint council set up (理事会を発足させる: COOPERATE), missiles fired in a row (連射:
MOBILIZE), a government recognised (政府を…承認: SUPPORT), and a call or thanks said with a light
verb (首相に電話をかけ, 協力に謝意を述べた) whose sides the verb carries. Near-misses: a guarantee
said as a noun, given by a bank or of a state's security, a call to a governor, a plain
remark, fireworks, a budget approved, a government taking office and a domestic agency set up.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def test_a_guarantee_given_to_a_state_is_an_agreement():
    assert ("AGREE", ("RUS",), ("UKR",)) in briefs(
        "ロシアはウクライナに対し、穀物輸送船の安全な航行を保証した。"
    )


def test_a_guarantee_with_no_other_side_written_is_to_the_articles_pair():
    found = [
        brief(m)
        for m in code(
            "米国と北朝鮮は21日、核問題で合意文書に署名した。",
            "米大統領は書簡で、重油の供給を確実に実施すると保証した。",
            published="1994-10-21",
        )
    ]
    assert ("AGREE", ("USA",), ("PRK",)) in found


def test_a_guarantee_as_a_noun_or_from_a_bank_is_none():
    assert briefs("中国外務省の報道官は、双方が事態を管理できる保証はないと述べた。") == []
    assert briefs("地元の銀行は融資の返済を保証した。") == []
    assert briefs("英首相は「ウクライナの安全を保証するため、役割を担う」と述べた。") == []


def test_flights_banned_or_their_permit_halted_are_sanctions():
    assert briefs("カナダは24日、ロシアの航空機の乗り入れ許可を停止した。") == [
        ("SANCTION", ("CAN",), ("RUS",))
    ]
    assert briefs("欧州連合（EU）は、ベラルーシ機の乗り入れ禁止を決めた。") == [
        ("SANCTION", ("EUR",), ("BLR",))
    ]


def test_a_call_or_thanks_said_takes_its_sides_from_the_verb():
    assert briefs("米大統領はインドの首相に電話をかけ、協議の内容を説明した。") == [
        ("CONSULT", ("USA",), ("IND",))
    ]
    assert briefs("日本の首相は、豪州の協力に謝意を述べた。") == [("SUPPORT", ("JPN",), ("AUS",))]


def test_a_call_to_no_state_or_a_plain_remark_is_none():
    assert briefs("首相は地元の知事に電話をかけた。") == []
    assert briefs("日本の首相は、記者団に今後の日程を述べた。") == []


def test_a_joint_council_set_up_is_cooperation():
    assert ("COOPERATE", ("RUS",), ("NATO",)) in briefs(
        "ロシアとNATOは28日、新たな協議機関「ロシア・NATO理事会」を発足させる。"
    )


def test_a_government_or_a_domestic_agency_set_up_is_none():
    assert briefs("韓国で新政権が発足した。") == []
    assert not [
        b
        for b in briefs("韓国国防省は来年にも原潜建造の事業団を発足させる方針だ。")
        if b[0] == "COOPERATE"
    ]


def test_missiles_fired_in_a_row_are_a_launch():
    assert briefs("北朝鮮は5日朝、日本海に向けて弾道ミサイルを連射した。") == [
        ("MOBILIZE", ("PRK",), ())
    ]
    assert briefs("観客は花火の連射に歓声を上げた。") == []


def test_a_government_recognised_is_support():
    assert briefs("韓国は、中華人民共和国政府を中国の唯一の合法政府として承認した。") == [
        ("SUPPORT", ("KOR",), ("CHN",))
    ]
    assert briefs("韓国の国会は、政府の予算案を承認した。") == []
