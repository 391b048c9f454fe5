"""Round 15 (r15lex): lexicon families and types on found triggers (blind14 LEX, TYPE).

Sentences of our own, each family with what must not be coded: statuses and accreditations
revoked, a state shut out of a programme and nationals ordered out (SANCTION); bombs dropped
(ASSAULT); forces moved forward and missile tests (MOBILIZE); a military plan put on hold and a
captive handed back (RETREAT); diplomats told to leave (SANCTION); an account denied (REJECT);
a liability called or judged (ACCUSE); a harm foretold in a quote (THREATEN).
"""

from __future__ import annotations

from .test_coder import briefs

# --- measures: revoked statuses, exclusion from a programme, an exit ordered (SANCTION) -------


def test_status_or_accreditation_revoked_is_a_sanction():
    assert ("SANCTION", ("USA",), ("CHN",)) in briefs(
        "米国は中国に与えていた特恵関税の待遇の取り消しを決めた。"
    )
    assert ("SANCTION", ("FRA",), ("IRN",)) in briefs(
        "フランスはイラン大使館の職員3人の認証を取り消すと発表した。"
    )
    assert briefs("日本政府は東京での記者会見を取り消した。") == []
    assert briefs("トヨタは販売店の免許の更新を取り消した。") == []


def test_shut_out_of_a_joint_programme_is_a_sanction():
    assert ("SANCTION", ("USA",), ("IND",)) in briefs(
        "米国はインドを次世代戦闘機の共同開発計画から排除すると発表した。"
    )
    assert not any(b[0] == "SANCTION" for b in briefs("中国が台湾を攻撃する可能性は排除できない。"))


def test_nationals_ordered_to_leave_is_a_sanction():
    assert ("SANCTION", ("EGY",), ("QAT",)) in briefs(
        "エジプトはカタール国民に2週間以内の出国を命じた。"
    )
    assert not any(b[0] == "SANCTION" for b in briefs("ロシア軍は部隊に前進を命じた。"))


def test_diplomats_told_to_leave_are_expelled():
    assert ("SANCTION", ("AUS",), ("RUS",)) in briefs(
        "オーストラリアはロシアの外交官2人の退去を求めた。"
    )
    assert ("REQUEST", ("JPN",), ("CHN",)) in briefs(
        "日本は中国に対し、尖閣周辺からの船舶の退去を求めた。"
    )


# --- force: bombs dropped, forces moved forward, missile tests -------------------------------


def test_bombs_dropped_on_a_state_is_an_assault():
    assert ("ASSAULT", ("ISR",), ("LBN",)) in briefs(
        "イスラエル軍機がレバノン南部に爆弾を投下した。"
    )
    assert not any(b[0] == "ASSAULT" for b in briefs("支援団体はガザに食料を投下した。"))


def test_force_moved_forward_is_a_mobilize():
    assert ("MOBILIZE", ("RUS",), ()) in briefs("ロシアは国境付近に戦車部隊を進出させた。")
    assert not any(b[0] == "MOBILIZE" for b in briefs("韓国企業がベトナム市場に進出した。"))


def test_missile_tests_are_a_force_move():
    assert ("MOBILIZE", ("IRN",), ()) in briefs("イランは核・ミサイル実験を再開した。")


# --- retreats: a military plan on hold, a captive handed back ---------------------------------


def test_military_plan_put_on_hold_is_a_retreat():
    assert ("RETREAT", ("RUS",), ("UKR",)) in briefs(
        "ロシアはウクライナに対する軍事行動計画を保留した。"
    )
    assert not any(b[0] == "RETREAT" for b in briefs("米国はウクライナへの支援の判断を保留した。"))


def test_captive_handed_back_is_a_retreat_not_aid():
    assert ("RETREAT", ("RUS",), ("UKR",)) in briefs(
        "ロシアは拘束したウクライナ軍の捕虜をウクライナに引き渡した。"
    )
    assert ("RETREAT", ("IRN",), ("GBR",)) in briefs(
        "拘束されていた英海軍の乗組員はイラン当局によって英国側に引き渡された。"
    )
    assert ("AID", ("USA",), ("TWN",)) in briefs("米国は台湾に戦闘機を引き渡した。")


# --- stances: an account denied (REJECT), a liability judged (ACCUSE), a harm foretold --------


def test_denying_a_states_account_rejects_it():
    assert ("REJECT", ("CHN",), ("PHL",)) in briefs("中国はフィリピン側の説明を否定した。")
    assert ("REJECT", ("IRN",), ("USA",)) in briefs("イランは米国の発表を否定した。")
    assert not any(b[0] == "REJECT" for b in briefs("イランはロシアへの無人機の供与を否定した。"))


def test_liability_called_the_other_sides_is_an_accuse():
    assert ("ACCUSE", ("CHN",), ("JPN",)) in briefs(
        "中国外務省の報道官は、関係の悪化は日本側の責任だと主張した。"
    )
    assert ("ACCUSE", ("IRN",), ("USA",)) in briefs(
        "イラン外相は「地域の緊張の高まりは米国の責任だ」と述べた。"
    )
    assert not any(b[0] == "ACCUSE" for b in briefs("日本政府は、これは国の責任だと説明した。"))
    assert not any(b[0] == "ACCUSE" for b in briefs("首相は、責任の所在を明らかにすると述べた。"))


def test_liability_judged_is_an_accuse():
    assert ("ACCUSE", ("FRA",), ("IRN",)) in briefs(
        "フランス大統領は、イラン政府に責任があると断定した。"
    )


def test_harm_foretold_in_a_quote_is_a_threat():
    assert ("THREATEN", ("IRN",), ("ISR",)) in briefs(
        "イランの司令官はイスラエルに対し「近く痛烈な打撃を受けることになる」と予告した。"
    )
    assert briefs("気象庁は「あすは大雨になる」と予告した。") == []


def test_rebuttal_denying_what_the_other_state_did_rejects_it():
    assert ("REJECT", ("CHN",), ("USA",)) in briefs(
        "中国外務省は「米国は何の根拠も示していない」と反論した。"
    )
    assert not any(
        b[0] == "REJECT" for b in briefs("ロシア外務省は、露朝の協力は国際法に反しないと反論した。")
    )
