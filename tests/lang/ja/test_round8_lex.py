"""Round 8 (ja8lex): event words and frames the lexicon lacked, each checked against the
studied gold before it was added (data/triggers.tsv, light_verbs.tsv, factuality.tsv).

Respect for a state's position (尊重) and a commitment to its defence voiced to it (関与を
伝えた) are support; excluding a state (除外) and halting intelligence sharing (共有を停止)
are sanctions; naming firms as targets of sanctions (制裁対象に指定) takes its roles from 指定
like a light verb; a single state's patrol or defence posture is a mobilisation; blocking a
vessel (進路妨害, 阻む) is force; taking countermeasures (対抗措置を取る, a reading of 取る
with that object, like 条約を結ぶ) is a threat, and
a threat said in the non-past is made, not planned; 〜ざるを得ない ("must") is no negation.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ロシアの外相は北朝鮮の立場を尊重すると述べた。", ("SUPPORT", ("RUS",), ("PRK",))),
        (
            "米国の大統領はイスラエルの防衛への揺るぎない関与を伝えた。",
            ("SUPPORT", ("USA",), ("ISR",)),
        ),
        ("日本はロシアを貿易上の優遇対象国から除外した。", ("SANCTION", ("JPN",), ("RUS",))),
        ("米国はウクライナとの情報共有を一時停止した。", ("SANCTION", ("USA",), ("UKR",))),
        (
            "米財務省は、北朝鮮の武器取引に関わったとして5人と3団体を制裁対象に指定した。",
            ("SANCTION", ("USA",), ("PRK",)),
        ),
        ("中国海警局は尖閣諸島の周辺で法執行パトロールを行った。", ("MOBILIZE", ("CHN",), ())),
        ("ポーランド軍は東部の国境で防衛態勢を強化した。", ("MOBILIZE", ("POL",), ())),
        (
            "中国海警局の船はフィリピンの補給船の進路妨害を繰り返した。",
            ("ASSAULT", ("CHN",), ("PHL",)),
        ),
        ("ベトナムの漁船の操業が中国海警局に阻まれた。", ("ASSAULT", ("CHN",), ("VNM",))),
        ("ロシアは、ノルウェーに対抗措置を取ると表明した。", ("THREATEN", ("RUS",), ("NOR",))),
    ],
)
def test_new_words_code_their_event(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


@pytest.mark.parametrize(
    "text, event",
    [
        ("米国はイランへの攻撃に関与していないと述べた。", "SUPPORT"),  # involvement, denied
        ("イスラエルは空爆への関与を否定した。", "SUPPORT"),
        ("スペインの首相はNATOに目標の適用の除外を求めた。", "SANCTION"),  # nobody excluded
        # a reason for another act is no threat of its own
        ("中国は米国の武器売却への対抗措置として、米企業5社に制裁を科した。", "THREATEN"),
        ("中国は対抗措置に踏み切る可能性がある。", "THREATEN"),
        ("中国は日本産の水産物の輸入を止めるなど対抗措置を重ねている。", "THREATEN"),  # steps taken
    ],
)
def test_other_readings_stay_silent(text: str, event: str) -> None:
    assert event not in [m.event for m in code(text)]


def test_a_joint_patrol_stays_cooperation() -> None:
    found = [brief(m)[0] for m in code("中国とロシアの海軍は日本海で合同パトロールを実施した。")]
    assert "COOPERATE" in found and "MOBILIZE" not in found


def test_a_threat_said_in_the_non_past_is_made_not_planned() -> None:
    (m,) = [m for m in code("ロシア外務省の報道官は、フィンランドに対抗措置を取ると表明した。")]
    assert brief(m) == ("THREATEN", ("RUS",), ("FIN",))
    assert m.factuality == "asserted"


def test_must_is_no_negation() -> None:
    ms = code("ロシアの大使は「日本の決定は誤りで、ロシアは対抗措置を取らざるを得ない」と述べた。")
    threats = [m for m in ms if m.event == "THREATEN"]
    assert threats and all(m.factuality == "asserted" for m in threats)
    (m,) = code("北朝鮮はミサイルを発射しなかった。")
    assert m.factuality == "negated"


def test_the_doer_of_an_act_welcomed_is_supported() -> None:
    ms = code("オーストラリアはニュージーランドの派兵を歓迎した。")
    assert any(
        m.event == "SUPPORT" and {"AUS", "NZL"} <= {p.code for p in m.actor + m.recipient}
        for m in ms
    )


def test_a_quote_after_a_verb_is_words_said() -> None:
    ms = code("英国の首相は、ウクライナの防衛に対する「揺るぎない関与」を伝えた。")
    (m,) = [m for m in ms if m.event == "SUPPORT"]
    assert brief(m) == ("SUPPORT", ("GBR",), ("UKR",))
    assert m.claimed_by is not None and m.claimed_by.text == "英国の首相"


@pytest.mark.parametrize(
    "text",
    [
        "インドはパキスタンとの合意の一部条項の効力を停止した。",
        "インド、パキスタンとの軍事合意を全面停止",
    ],
)
def test_suspending_an_agreement_is_a_sanction(text: str) -> None:
    assert ("SANCTION", ("IND",), ("PAK",)) in [brief(m) for m in code(text)]


def test_withdrawing_a_notice_is_no_sanction_of_its_own() -> None:
    ms = code("韓国は日本に対する協定の破棄通告の効力を停止した。")
    assert not [m for m in ms if m.event == "SANCTION" and m.trigger.startswith("停止")]
