"""Round 32 (grppres): a treaty's entry into force told as a condition is no act; one more
signer (日本も署名) has no counterpart."""

from .test_coder import briefs


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
