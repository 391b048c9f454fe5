"""Round 28 (move): movements of forces and help missing from the Japanese lexicon.

A warship named after its class (空母「…」, 原子力空母エンタープライズ, a parenthesis after it)
calling at or entering a port is a force moved (MOBILIZE, ruling 11); so is a ship arriving at
a sea, and forces sent towards a sea by a causative (空母を東地中海に向かわせる). Troops
parachuted into another state (降下) are aid to it. An armistice made void (停戦協定の効力を
白紙化する) is a sanction by the voider alone when no party is written (ruling 10), and a
military telephone line cut (軍事電話を遮断) is one against the other side.
"""

from __future__ import annotations

import pytest

from .test_coder import of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("英海軍の空母「プリンス・オブ・ウェールズ」が横須賀基地に寄港した。", ("GBR",)),
        ("仏海軍のフリゲート艦「ヴァンデミエール」が東京港に寄港している。", ("FRA",)),
        ("米海軍の原子力空母ニミッツ（10万トン）は３日、佐世保港に入港した。", ("USA",)),
        ("米海軍の駆逐艦「マスティン」が３日、舞鶴港に入港した。", ("USA",)),
    ],
)
def test_named_warship_port_call(text: str, actor: tuple[str, ...]) -> None:
    got = of_kind("MOBILIZE", text)
    assert got
    assert got[0][1] == actor


@pytest.mark.parametrize(
    "text",
    [
        "豪華客船「ダイヤモンド・プリンセス」が横浜港に寄港した。",
        "中国の貨物船「新華」が那覇港に入港した。",
        "大統領を乗せた特別機がソウルに到着した。",
    ],
)
def test_civil_ship_or_passenger_is_no_force(text: str) -> None:
    assert not of_kind("MOBILIZE", text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("米国防長官は空母打撃群を地中海東部に向かわせると発表した。", ("USA",)),
        ("日本政府は護衛艦２隻を中東に向かわせる。", ("JPN",)),
    ],
)
def test_forces_sent_towards_a_sea(text: str, actor: tuple[str, ...]) -> None:
    got = of_kind("MOBILIZE", text)
    assert got
    assert got[0][1] == actor


@pytest.mark.parametrize(
    "text",
    ["首相は記者会見の会場に向かった。", "政府は救援物資を被災地に向かわせた。"],
)
def test_going_or_goods_sent_is_no_force(text: str) -> None:
    assert not of_kind("MOBILIZE", text)


def test_paradrop_into_another_state() -> None:
    got = of_kind("AID", "ベルギーの空挺部隊約400人がコンゴ東部の町に降下した。")
    assert got
    assert got[0][1] == ("BEL",)
    assert got[0][2] == ("COD",)


def test_descent_of_a_plane_is_none() -> None:
    assert not of_kind("AID", "旅客機が着陸に向けて降下を始めた。")
    assert not of_kind("MOBILIZE", "旅客機が着陸に向けて降下を始めた。")


def test_armistice_made_void() -> None:
    got = of_kind("SANCTION", "北朝鮮軍は停戦協定の効力を完全に白紙化すると宣言した。")
    assert got
    assert got[0][1] == ("PRK",)


def test_plan_made_void_is_none() -> None:
    assert not of_kind("SANCTION", "市は駅前の再開発計画を白紙化した。")


def test_military_hotline_cut() -> None:
    got = of_kind("SANCTION", "北朝鮮は韓国との軍事電話を遮断した。")
    assert got
    assert got[0][1] == ("PRK",)
    assert got[0][2] == ("KOR",)
