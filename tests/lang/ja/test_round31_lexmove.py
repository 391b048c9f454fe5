"""Round 31 (lexmove): military and official movements said in other words (blind36/37):
tours of listed states (ruling 28), evacuation flights (ruling 29), fire counted by the round
with no target, forces and warplanes arriving, and a mission abroad ended; each family with
what must stay as it was beside it."""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, of_kind

pytestmark = pytest.mark.model


def _consults(text: str, published: str) -> list[tuple]:
    return sorted(brief(m) for m in code(text, published=published) if m.event == "CONSULT")


# --- tours: one visit per state listed (ruling 28) ---


@pytest.mark.parametrize(
    ("text", "published", "hosts"),
    [
        (
            "海部首相は来週、トルコ、サウジアラビア、オマーンを回る予定だ。",
            "1990-10-04",
            ("OMN", "SAU", "TUR"),
        ),
        (
            "福田首相は先月、タイ、マレーシア、フィリピンを回った。",
            "1977-09-01",
            ("MYS", "PHL", "THA"),
        ),
        ("王毅外相はバングラデシュとミャンマーを相次いで訪問した。", "2024-10-21", ("BGD", "MMR")),
        ("ラブロフ外相は北朝鮮と中国を歴訪した。", "2024-10-21", ("CHN", "PRK")),
    ],
)
def test_a_tour_is_one_visit_per_state(text, published, hosts):
    visitor = _consults(text, published)[0][1]
    assert _consults(text, published) == [("CONSULT", visitor, (h,)) for h in hosts]


def test_one_host_stays_one_visit():
    assert _consults("ラブロフ外相は北朝鮮を訪問した。", "2024-10-21") == [
        ("CONSULT", ("RUS",), ("PRK",))
    ]


def test_touring_a_place_that_is_no_state_is_no_visit():
    assert of_kind("CONSULT", "岸田首相は能登半島の被災地を回った。") == []


def test_on_a_tour_is_no_visit_to_china():
    found = briefs("中央アジア5か国を歴訪中の岸田首相は、アスタナでトカエフ大統領と会談した。")
    assert found == [("CONSULT", ("JPN",), ("KAZ",))]


# --- evacuation flights: the sender's MOBILIZE (ruling 29) ---


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("空自機、スーダンから邦人ら退避", "JPN"),
        ("韓国軍の輸送機がレバノンにいた日本人20人を退避させた。", "KOR"),
        ("ドイツ政府は軍の輸送機で自国民をアフガニスタンから退避させた。", "DEU"),
    ],
)
def test_evacuation_flights_are_the_senders_move(text, actor):
    assert ("MOBILIZE", (actor,)) in [b[:2] for b in briefs(text)]


def test_people_fleeing_by_themselves_are_no_state_act():
    assert of_kind("MOBILIZE", "在留邦人がスーダンから陸路で退避した。") == []


@pytest.mark.parametrize(
    "text",
    ["航空自衛隊の輸送機が現地を離れた。", "空自の輸送機はジブチを経由して現地に入った。"],
)
def test_military_planes_leaving_or_entering_a_mission_area(text):
    assert [b[:2] for b in of_kind("MOBILIZE", text)] == [("MOBILIZE", ("JPN",))]


def test_a_warship_leaving_a_command_stays_a_retreat_reading():
    assert of_kind("MOBILIZE", "フランス軍はNATOの指揮下を離れた。") == []


# --- fire counted by the round, no target: MOBILIZE ---


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮軍は6日午後、黄海の緩衝区域で80発以上の砲撃を行った。",
        "北朝鮮、白翎島北方で100発超の砲撃",
    ],
)
def test_fire_counted_by_the_round_is_a_show_of_force(text):
    found = briefs(text)
    assert [b[:2] for b in found if b[0] == "MOBILIZE"] == [("MOBILIZE", ("PRK",))]
    assert not any(b[0] == "ASSAULT" for b in found)


@pytest.mark.parametrize(
    "text",
    ["北朝鮮軍が韓国軍陣地に150発の砲撃を加えた。", "北朝鮮軍が韓国の白翎島を砲撃した。"],
)
def test_fire_with_a_target_stays_an_attack(text):
    assert ("ASSAULT", ("PRK",), ("KOR",)) in briefs(text)


# --- forces and warplanes arriving ---


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("空自C2、ジブチに到着", "JPN"),
        ("ケニア軍、モガディシオ入り", "KEN"),
        ("ロシア海軍の艦隊がハバナ入りした。", "RUS"),
    ],
)
def test_forces_arriving_are_moved_not_visiting(text, actor):
    found = briefs(text)
    assert ("MOBILIZE", (actor,)) in [b[:2] for b in found]
    assert not any(b[0] == "CONSULT" for b in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("プーチン大統領が平壌入りした。", ("CONSULT", ("RUS",), ("PRK",))),
        ("岸田首相がワシントンに到着した。", ("CONSULT", ("JPN",), ("USA",))),
        ("ケニア警察の部隊がハイチに到着した。", ("AID", ("KEN",), ("HTI",))),
    ],
)
def test_leaders_and_sent_contingents_stay_as_they_were(text, expected):
    assert expected in briefs(text)


# --- a mission abroad ended: the force's RETREAT from where it worked ---


@pytest.mark.parametrize(
    "text",
    ["陸上自衛隊は南スーダンでの施設活動を終了した。", "空自のクウェート空輸任務が終了"],
)
def test_a_mission_ended_is_a_withdrawal(text):
    found = of_kind("RETREAT", text)
    assert len(found) == 1 and found[0][1] == ("JPN",)
    assert found[0][2] in (("SSD",), ("KWT",))


def test_an_accord_ended_stays_a_sanction():
    assert of_kind("RETREAT", "韓国政府は日本との軍事情報包括保護協定を終了すると通告した。") == []


def test_a_mission_ended_with_no_owner_written_codes_nothing():
    assert of_kind("RETREAT", "国連の監視任務が終了した後、停戦は崩れた。") == []
