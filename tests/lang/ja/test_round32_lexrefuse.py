"""Round 32 (lexrefuse): refusals to vote for or join a text (ruling 44) and a boycott hinted."""

from __future__ import annotations

from .test_coder import briefs


def test_ballot_against_is_refusal_alone() -> None:
    assert ("REJECT", ("NLD",), ()) in briefs("オランダは最終日の採決で反対票を投じた。")


def test_ballot_for_is_no_refusal() -> None:
    assert not [b for b in briefs("オランダは最終日の採決で賛成票を投じた。") if b[0] == "REJECT"]


def test_non_participation_stated_is_refusal() -> None:
    assert ("REJECT", ("JPN",), ()) in briefs("日本政府は交渉会議への不参加を表明した。")


def test_non_participant_noun_is_no_refusal() -> None:
    assert not [b for b in briefs("ドイツは会議への不参加者を招いた。") if b[0] == "REJECT"]


def test_meeting_not_attended_is_no_refusal() -> None:
    assert not [b for b in briefs("日本と米国の首脳はサミットに不参加だった。") if b[0] == "REJECT"]


def test_boycott_hinted_is_threat() -> None:
    out = briefs("中国政府はオーストラリアの牛肉の不買の可能性を示唆した。")
    assert ("THREATEN", ("CHN",), ("AUS",)) in out


def test_purchase_hinted_is_no_threat() -> None:
    out = briefs("中国政府はオーストラリアの牛肉の購入拡大の可能性を示唆した。")
    assert not [b for b in out if b[0] == "THREATEN"]


def test_signing_refused_as_stance_is_rejection() -> None:
    assert ("REJECT", ("KOR",), ()) in briefs("韓国は新条約に調印しない立場を表明した。")


def test_signing_refused_in_quote_is_speakers_rejection() -> None:
    out = briefs("韓国の外相は会見で「条約に署名することはない」と述べた。")
    assert ("REJECT", ("KOR",), ()) in out


def test_signing_not_done_is_no_rejection() -> None:
    out = briefs("韓国は結局その条約に署名しなかった。")
    assert not [b for b in out if b[0] == "REJECT"]


def test_conditional_measure_in_quote_is_threat() -> None:
    out = briefs(
        "メキシコの大統領は「米国が関税を上げるなら、われわれも米国に関税を課す」と語った。"
    )
    assert ("THREATEN", ("MEX",), ("USA",)) in out


def test_past_measure_is_no_threat() -> None:
    out = briefs("メキシコの大統領は、米国が関税を上げたのでメキシコも米国に関税を課したと語った。")
    assert not [b for b in out if b[0] == "THREATEN"]


def test_aid_given_with_ataeru_is_pledged() -> None:
    out = briefs("フランス政府はマリに必要な援助を与える用意があると伝えた。")
    assert ("AGREE", ("FRA",), ("MLI",)) in out


def test_equipment_prepared_is_no_pledge() -> None:
    out = briefs("フランス政府はマリに送る救援物資を用意した。")
    assert not [b for b in out if b[0] == "AGREE"]
