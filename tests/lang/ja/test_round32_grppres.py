"""Round 32 (grppres): pledged talks or cooperation told once as the AGREE; a treaty's
entry into force told as a condition is no act."""

from .test_coder import briefs


def test_pledged_cooperation_is_the_agree_only() -> None:
    got = briefs(
        "菅首相はベトナムのフック首相に、留学生受け入れを含む人材育成協力を拡充する考えを伝えた。"
    )
    assert got == [("AGREE", ("JPN",), ("VNM",))]


def test_pledged_talks_are_the_agree_only() -> None:
    got = briefs("中国外務省報道官は、中国はインド側と対話と協議を続ける用意があると述べた。")
    assert got == [("AGREE", ("CHN",), ("IND",))]


def test_cooperation_done_stays() -> None:
    assert ("COOPERATE", ("JPN",), ("VNM",)) in briefs("日本はベトナムと防衛協力を強化した。")


def test_conditional_entry_into_force_is_no_act() -> None:
    got = briefs("新条約が発効すれば、米国が管理してきた基地はフィリピンの管轄に移る。")
    assert not [b for b in got if b[0] == "SUPPORT"]


def test_entry_into_force_counted_is_no_act() -> None:
    got = briefs("日本とロシアの新協定は、議会の承認を得た30日後に発効する。")
    assert not [b for b in got if b[0] == "SUPPORT"]


def test_entry_into_force_told_stays() -> None:
    assert ("SUPPORT", ("JPN",), ("RUS",)) in briefs("日本とロシアの新協定が10日発効した。")


def test_one_more_signer_has_no_counterpart() -> None:
    text = "核兵器禁止条約の署名式がニューヨークで開かれた。日本も外務大臣が署名した。"
    assert ("SUPPORT", ("JPN",), ()) in briefs(text)


def test_signer_echoing_another_keeps_the_pair() -> None:
    assert briefs("米国が署名し、ロシアも署名した。") == [("SUPPORT", ("USA",), ("RUS",))]


def test_mission_named_for_aid_is_no_aid() -> None:
    assert not briefs("ソロモン諸島に展開したオーストラリア主導の地域支援団が活動を終えた。")


def test_aid_itself_stays() -> None:
    assert ("AID", ("AUS",), ("SLB",)) in briefs("オーストラリアはソロモン諸島への支援を続ける。")
