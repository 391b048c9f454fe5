"""Round 21 (r21breadth): a lexicographer's pass over troop movements, orders and detention.

Another state's soldiers, crews or vessels detained (拘束, 抑留) and its nationals abducted
(拉致) are ASSAULT, as the adjudicated blind gold reads 拿捕 (nationals held by police stay
optional there); forces pulled out told as a noun (部隊の引き揚げ) are a RETREAT; forces
arriving written as …入り are sent there, as 到着; a shot-down order (破壊措置命令) is a
MOBILIZE and 下令 issues an order as 発令 does. The readings that name no event stay silent.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("イラン海軍は英国の水兵8人を拘束した。", ("ASSAULT", ("IRN",), ("GBR",))),
        ("ロシアの国境警備隊は日本の漁船の乗組員を拘束した。", ("ASSAULT", ("RUS",), ("JPN",))),
        ("ロシアは日本漁船の船員を抑留した。", ("ASSAULT", ("RUS",), ("JPN",))),
        ("北朝鮮は日本人を拉致したことを認めた。", ("ASSAULT", ("PRK",), ("JPN",))),
        ("多くの日本人が北朝鮮に拉致された。", ("ASSAULT", ("PRK",), ("JPN",))),
        ("イラク軍はクウェートから部隊の引き揚げを始めた。", ("RETREAT", ("IRQ",), ("KWT",))),
        ("ロシア軍はウクライナ国境から部隊の引き揚げを開始した。", ("RETREAT", ("RUS",), ("UKR",))),
        ("英国軍の部隊がエストニア入りした。", ("AID", ("GBR",), ("EST",))),
        ("防衛相は航空自衛隊に破壊措置命令を出した。", ("MOBILIZE", ("JPN",), ())),
        ("防衛相は自衛隊に海上警備行動を下令した。", ("MOBILIZE", ("JPN",), ())),
    ],
)
def test_new_readings_code_their_event(sentence, expected):
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "決議には法的拘束力がない。",
        "北朝鮮は合意にもはや拘束されないと宣言した。",
        "日本は拉致問題の早期解決を目指している。",
        "拉致被害者の家族が首相と面会した。",
        "政府は沈没船の引き揚げを始めた。",
        "外国資本の引き揚げが相次いだ。",
        "中国当局は日本人男性を拘束した。",
    ],
)
def test_readings_that_are_no_event_stay_silent(sentence):
    assert briefs(sentence) == []


def test_a_leaders_arrival_stays_a_visit():
    assert ("CONSULT", ("CHN",), ("PRK",)) in briefs("中国の外相が平壌入りした。")


def test_a_workforce_pulled_out_as_a_noun_stays_a_sanction():
    kinds = {b[0] for b in briefs("北朝鮮は開城工業団地から韓国への労働者の引き揚げを決めた。")}
    assert "RETREAT" not in kinds
