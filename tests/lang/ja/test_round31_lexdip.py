"""Round 31 (lexdip): diplomatic acts said in other words (data/triggers.tsv, object_types.tsv):
a talks channel halted is a sanction, fighting halted a ceasefire (RETREAT), preparations to sign
halted a refusal (REJECT); a joint communique, a hinted retaliation, a request called premature
and a state called a true friend."""

from .test_coder import of_kind


def test_talks_channel_halted_is_a_sanction() -> None:
    assert of_kind("SANCTION", "北朝鮮は韓国との通信・連絡チャンネルを停止したと発表した。") == [
        ("SANCTION", ("PRK",), ("KOR",))
    ]
    assert of_kind("SANCTION", "中国は日本との対話メカニズムを停止した。") == [
        ("SANCTION", ("CHN",), ("JPN",))
    ]


def test_fighting_halted_is_a_ceasefire() -> None:
    assert of_kind("RETREAT", "イスラエル軍はレバノンへの攻撃を停止した。") == [
        ("RETREAT", ("ISR",), ("LBN",))
    ]
    text = "インドはパキスタンとの戦闘行為を停止すると発表した。"
    assert of_kind("RETREAT", text) == [("RETREAT", ("IND",), ("PAK",))]
    assert not of_kind("SANCTION", text)


def test_attack_called_off_is_no_ceasefire() -> None:
    # negative: an attack called off before it began (中止) is the attack negated, not a RETREAT
    assert not of_kind("RETREAT", "米国はシリアへの攻撃を直前に中止した。")


def test_halting_preparations_to_sign_is_a_refusal() -> None:
    assert of_kind("REJECT", "モルドバ、EUとの協定の署名準備を停止") == [
        ("REJECT", ("MDA",), ("EUR",))
    ]
    assert of_kind("REJECT", "アルメニアはEUとの協定締結の準備を中止した。") == [
        ("REJECT", ("ARM",), ("EUR",))
    ]


def test_halting_other_things_stays_as_before() -> None:
    # negatives: a machine's function or an own programme halted is no act between states
    assert not of_kind("REJECT", "ロシアは原子炉の機能を停止した。")
    assert not of_kind("RETREAT", "ロシアは原子炉の機能を停止した。")
    assert of_kind("SANCTION", "米国はイランへの援助を停止した。") == [
        ("SANCTION", ("USA",), ("IRN",))
    ]


def test_joint_communique_issued() -> None:
    found = of_kind("SUPPORT", "日中両国は共同コミュニケを発表した。")
    assert found and {c for _, a, r in found for c in a + r} == {"JPN", "CHN"}
    found = of_kind("SUPPORT", "インドとロシアは首脳会談後に共同コミュニケを出した。")
    assert found and {c for _, a, r in found for c in a + r} == {"IND", "RUS"}


def test_communique_named_as_a_topic_is_not_issued() -> None:
    # negative: a communique that a clause modifies or that is only discussed is no new accord
    assert not of_kind("SUPPORT", "中国は、米国が発表したコミュニケについて批判した。")


def test_retaliation_hinted_as_a_headline_noun() -> None:
    assert of_kind("THREATEN", "ロシア、英国に報復示唆") == [("THREATEN", ("RUS",), ("GBR",))]
    assert of_kind("THREATEN", "北朝鮮、韓国に対抗措置示唆") == [("THREATEN", ("PRK",), ("KOR",))]


def test_request_called_premature_is_a_refusal() -> None:
    title = "イラク、米国に派兵を要請　英国は「時期尚早」と慎重"
    assert ("REJECT", ("GBR",), ("IRQ",)) in of_kind("REJECT", "要請した。", title=title) or (
        of_kind("REJECT", title)
    )


def test_true_friend_is_praise() -> None:
    found = of_kind("SUPPORT", "首相は「インドはバングラデシュの真の友人だ」と述べた。")
    assert found and {c for _, a, r in found for c in a + r} == {"IND", "BGD"}


def test_friend_without_praise_words_stays_silent() -> None:
    # negative: a friend named as a person is no act
    assert not of_kind("SUPPORT", "大統領は友人と会食した。")
