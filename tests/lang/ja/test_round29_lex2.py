"""Round 29 (lex2): acts said in words the coder did not read.

The links that tie two states (traffic, mail, transport, communications) cut off or halted
in a dispute are a SANCTION, as supplies and trade are; the work of another's mission ended
too. Exchanges or ties widened (交流を広げる, 関係を広げる) are cooperation, as 強化 and 深化,
and pledged in the minutes' 〜していく旨述べた an AGREE. Foreign forces rescuing foreigners
in a crisis help the host state (AID); a state's own nationals evacuated are not aid.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, of_kind


@pytest.mark.parametrize(
    "text",
    [
        "ロシアはベラルーシとの郵便を遮断した。",
        "中国はリトアニアとの交通と郵便を全面的に遮断した。",
        "ロシアはモルドバとの鉄道輸送の全面停止に踏み切った。",
        "ロシアはウクライナとの物流を停止した。",
    ],
)
def test_links_cut_off_are_a_sanction(text: str) -> None:
    got = briefs_of("SANCTION", text, "2021-05-10")
    assert len(got) == 1 and got[0][1] in {("RUS",), ("CHN",)}, got
    assert got[0][2] in {("BLR",), ("LTU",), ("MDA",), ("UKR",)}, got


@pytest.mark.parametrize(
    "text",
    [
        "大雪のため鉄道の運行が停止した。",
        "台風で郵便の配達が一時停止した。",
        "ロシアは国内の道路を整備した。",
    ],
)
def test_links_stopped_by_no_state_are_none(text: str) -> None:
    assert briefs_of("SANCTION", text, "2021-05-10") == []


def test_mission_work_ended_is_a_sanction() -> None:
    got = briefs_of(
        "SANCTION",
        "ロシアは、ブリュッセルにあるEUの代表部の活動も打ち切ると発表した。",
        "2021-10-18",
    )
    assert got == [("SANCTION", ("RUS",), ("EUR",))], got


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("日本の外相から、インドとの防衛交流を広げていく旨述べました。", ("IND",)),
        ("日本の首相は、ベトナムとの関係を広げていく考えを示した。", ("VNM",)),
        ("日本はフィリピンとの人的往来を広げていく旨述べた。", ("PHL",)),
    ],
)
def test_ties_widened_pledged_are_an_agree(text: str, partner: tuple) -> None:
    got = briefs_of("AGREE", text, "2023-06-14")
    assert got == [("AGREE", ("JPN",), partner)], got
    assert briefs_of("COOPERATE", text, "2023-06-14") == [("COOPERATE", ("JPN",), partner)]


@pytest.mark.parametrize(
    "text",
    [
        "ロシア軍は戦線をウクライナ東部に拡大した。",
        "中国軍は台湾周辺での演習の範囲を広げた。",
        "米国は北朝鮮への制裁を拡大した。",
        "感染が拡大し、日本と韓国の交流は途絶えた。",
        "エチオピアとエリトリア、国境で交戦拡大",
    ],
)
def test_other_things_widened_are_no_cooperation(text: str) -> None:
    assert briefs_of("COOPERATE", text, "2023-06-14") == []
    assert briefs_of("AGREE", text, "2023-06-14") == []


def test_foreigners_rescued_by_foreign_forces_are_aid_to_the_host() -> None:
    got = of_kind(
        "AID", "英国の部隊が、内戦の続くシエラレオネで外国人を救出した。", published="2000-05-10"
    )
    assert got == [("AID", ("GBR",), ("SLE",))], got


@pytest.mark.parametrize(
    "text",
    [
        "韓国軍はスーダンで韓国人を救出した。",
        "自衛隊はスーダンで邦人を救出した。",
        "ペルー政府は大使公邸の人質を救出した。",
    ],
)
def test_own_nationals_or_hostages_rescued_are_no_aid(text: str) -> None:
    assert briefs_of("AID", text, "2023-04-25") == []
