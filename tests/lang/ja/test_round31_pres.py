"""Round 31 (r31pres): a headline meeting noun naming its sides (日中外相会談、…で一致) gives
the agreement its parties; talks or cooperation two sides agree to do (交渉を加速させること
で一致) is the accord's content, coded by the AGREE only (rulings 2, 25)."""

from __future__ import annotations

from .test_coder import of_kind

BODY = "会談は約1時間行われた。"


def _agree(title: str) -> list[tuple]:
    return of_kind("AGREE", BODY, title=title)


def test_headline_meeting_topic_gives_the_agreement_its_sides():
    assert _agree("日中外相会談、首脳往来の再開で一致") == [("AGREE", ("JPN",), ("CHN",))]


def test_headline_summit_topic_gives_the_agreement_its_sides():
    got = _agree("米ロ首脳会談、軍縮の対話開始で一致")
    assert got in ([("AGREE", ("USA",), ("RUS",))], [("AGREE", ("RUS",), ("USA",))])


def test_headline_meeting_topic_without_sides_stays_no_topic():
    assert _agree("20年ぶり首脳会談、国交回復で合意") == []


def test_headline_meeting_topic_for_other_events_unchanged():
    got = of_kind("RETREAT", BODY, title="米ロ外相会談、停戦へ協議枠組み")
    assert all(r != ("RETREAT", ("USA", "RUS"), ()) for r in got) or got == []


def test_agreed_talks_are_the_accords_content():
    got = of_kind(
        "CONSULT",
        "日本とインドの両政府は、物品役務相互提供協定の交渉を加速させることで一致した。",
    )
    assert got == []


def test_agreed_cooperation_is_the_accords_content():
    got = of_kind(
        "COOPERATE",
        "日本とベトナムの両政府は、防衛装備品の共同開発を進めることで合意した。",
    )
    assert got == []


def test_agreement_itself_still_coded():
    got = of_kind(
        "AGREE",
        "日本とインドの両政府は、物品役務相互提供協定の交渉を加速させることで一致した。",
    )
    assert got


def test_agreed_dispatch_stays():
    got = of_kind("AID", "米国はフィリピンに工兵500人を派遣することで合意した。")
    assert got


def test_talks_told_stay():
    got = of_kind("CONSULT", "日本とインドの両政府は、協定の交渉を進めている。")
    assert got
