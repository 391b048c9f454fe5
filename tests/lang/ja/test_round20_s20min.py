"""Round 20 (s20min): a charge refused or called baseless, a protest or a proposal not accepted.

A refusal to tolerate whose topic is another side's charge, protest or demand (日本側の抗議は
受け入れられないとの立場を示した) rejects it (REJECT), where a refusal of an act blames it
(ACCUSE); a charge noun called baseless right after it (日本側の非難には根拠がない) tells no
accusation but the speaker's rejection of its maker; a protest, a criticism or the proposal
just told (これ) not accepted is turned down (blind9 005, blind20 006/007/026).
"""

from .test_coder import briefs


def test_protest_refused_as_a_stated_stance_is_a_rejection():
    assert briefs(
        "中国外務省の報道局長は9日、「警察は適切に行動した」と述べ、"
        "日本側の抗議は受け入れられないとの立場を示した。"
    ) == [("REJECT", ("CHN",), ("JPN",))]


def test_quoted_demand_refused_is_a_rejection():
    assert ("REJECT", ("PRK",), ("JPN",)) in briefs(
        "北朝鮮外務省の報道官は「日本の要求は到底受け入れられない」と述べた。"
    )


def test_refused_act_stays_a_censure():
    assert ("ACCUSE", ("KOR",), ("JPN",)) in briefs(
        "韓国外交省の報道官は「日本の領空侵犯は断じて受け入れられない」と述べた。"
    )
    assert ("REJECT", ("KOR",), ("JPN",)) not in briefs(
        "韓国外交省の報道官は「日本の領空侵犯は断じて受け入れられない」と述べた。"
    )


def test_charge_called_baseless_is_rejected_not_made():
    out = briefs(
        "中国外交部の報道官は13日、談話を発表し、警察官の行動は国際法に合致しており、"
        "日本側の非難にはまったく根拠がないと表明した。"
    )
    assert ("REJECT", ("CHN",), ("JPN",)) in out
    assert ("ACCUSE", ("JPN",), ("CHN",)) not in out


def test_quoted_criticism_called_baseless():
    out = briefs("ロシア外務省の報道官は「米国の批判には何ら根拠がない」と述べた。")
    assert ("REJECT", ("RUS",), ("USA",)) in out
    assert ("ACCUSE", ("USA",), ("RUS",)) not in out


def test_protest_not_accepted_is_a_rejection():
    assert briefs("中国外務省の報道官は、日本側の抗議を受け入れない姿勢を示した。") == [
        ("REJECT", ("CHN",), ("JPN",))
    ]


def test_proposal_just_told_not_accepted():
    assert ("REJECT", ("UKR",), ("RUS",)) in briefs(
        "ロシアのプーチン大統領は31日、価格を据え置くとの妥協案を示したが、"
        "ウクライナ側はこれも受け入れなかった。"
    )


def test_blaming_rebuttal_rejects_the_charge_too():
    out = briefs(
        "これに対し、中国軍の報道官は、インド軍が違法に境界線を越え、"
        "中国側の巡回を妨害したと反論した。"
    )
    assert ("ACCUSE", ("CHN",), ("IND",)) in out and ("REJECT", ("CHN",), ("IND",)) in out


def test_denying_rebuttal_stays_a_rejection_only():
    assert briefs("ロシア外務省は、英国の主張は事実無根だと反論した。") == [
        ("REJECT", ("RUS",), ("GBR",))
    ]


def test_readiness_to_act_stated_as_a_stance_is_a_threat():
    assert ("THREATEN", ("USA",), ("IRQ",)) in briefs(
        "米大統領は演説で、イラクが挑発を続けるなら追加の措置も辞さない考えを示した。"
    )
    assert ("THREATEN", ("CHN",), ("TWN",)) in briefs(
        "中国は、台湾が独立を宣言すれば武力行使も辞さない構えを示している。"
    )


def test_readiness_warned_is_one_threat_and_a_kept_post_none():
    out = briefs(
        "米国防長官は、イランが米軍基地を再び攻撃すれば、さらなる攻撃も辞さないと警告した。"
    )
    assert [b for b in out if b[0] == "THREATEN"] == [("THREATEN", ("USA",), ("IRN",))]
    assert briefs("首相は、職を辞さない考えを示した。") == []
