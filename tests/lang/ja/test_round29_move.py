"""Round 29 (move): forces moved and help told in headlines and in other words.

A headline drops the subject's が (米空母、釜山に入港; 英海兵隊　…に上陸): the bare noun phrase
before the destination is the subject a reading asks for. A warship leaving a port it called
at is a force moved (ruling 11). Forces landing on a state's soil at its request are aid to
it, unasked an attack. Forces stationed (配置) in another state are aid to it, as 配備; at
home, at a place or with no destination written, the force's own move.
"""

from __future__ import annotations

import pytest

from .test_coder import of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("title", "actor"),
    [
        ("米空母、釜山に入港", ("USA",)),
        ("米原潜、佐世保に寄港", ("USA",)),
        ("仏フリゲート艦、東京港に寄港", ("FRA",)),
    ],
)
def test_port_call_headline_without_subject_marker(title: str, actor: tuple[str, ...]) -> None:
    got = of_kind("MOBILIZE", "記事の本文はない。", title=title)
    assert got
    assert got[0][1] == actor


@pytest.mark.parametrize("title", ["豪華客船、横浜に寄港", "中国の貨物船、那覇に入港"])
def test_civil_ship_headline_is_no_force(title: str) -> None:
    assert not of_kind("MOBILIZE", "記事の本文はない。", title=title)


def test_warship_leaves_port() -> None:
    got = of_kind("MOBILIZE", "米海軍の駆逐艦「ラルフ・ジョンソン」が２日、舞鶴港を離れた。")
    assert got and got[0][1] == ("USA",)


@pytest.mark.parametrize(
    "text", ["首相は２日朝、東京を離れた。", "観光客を乗せた客船が横浜港を離れた。"]
)
def test_others_leaving_is_none(text: str) -> None:
    assert not of_kind("MOBILIZE", text)


def test_leaving_command_stays_retreat() -> None:
    assert of_kind("RETREAT", "フランスはNATOの統合軍事機構の指揮下を離れる。")


def test_landing_at_the_hosts_request_is_aid() -> None:
    text = "ハイチ大統領の要請を受け、米海兵隊がハイチ北部の海岸に上陸した。"
    assert ("AID", ("USA",), ("HTI",)) in of_kind("AID", text)
    assert not of_kind("ASSAULT", text)


def test_landing_unasked_is_an_attack() -> None:
    assert of_kind("ASSAULT", "米海兵隊がグレナダに上陸した。") == [("ASSAULT", ("USA",), ("GRD",))]


def test_paradrop_headline() -> None:
    got = of_kind("AID", "記事の本文はない。", title="仏外人部隊、チャドに降下")
    assert got == [("AID", ("FRA",), ("TCD",))]


def test_stationing_in_another_state_is_aid() -> None:
    got = of_kind("AID", "ＮＡＴＯはルーマニアとブルガリアに２個大隊を配置することを決めた。")
    assert got and got[0][1] == ("NATO",) and set(got[0][2]) == {"ROU", "BGR"}


@pytest.mark.parametrize(
    "text",
    [
        "韓国軍は地対空ミサイル部隊を前線に配置した。",
        "フィリピン軍は沿岸警備部隊を緊急配置した。",
    ],
)
def test_stationing_at_home_is_mobilize(text: str) -> None:
    assert of_kind("MOBILIZE", text)
    assert not of_kind("AID", text)


def test_staff_posted_is_none() -> None:
    assert not of_kind("AID", "政府は各省庁に担当の職員を配置した。")
    assert not of_kind("MOBILIZE", "政府は各省庁に担当の職員を配置した。")
