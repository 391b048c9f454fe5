"""Round 32 (lexC): lexical breadth in AID, MOBILIZE, ASSAULT, CONSULT and COOPERATE."""

from __future__ import annotations

import pytest

from .test_coder import briefs

FAMILIES = [
    # MOBILIZE: forces sortieing, flown, massed; tests and drills
    ("ロシア軍の爆撃機がシリアの基地から出撃した。", ("MOBILIZE", ("RUS",), ())),
    ("中国軍の戦闘機が空母から発艦した。", ("MOBILIZE", ("CHN",), ())),
    ("ロシア軍の爆撃機が基地を飛び立った。", ("MOBILIZE", ("RUS",), ())),
    ("中国は台湾海峡に戦闘機を飛ばした。", ("MOBILIZE", ("CHN",), ())),
    ("ロシア軍は国境付近に部隊を布陣させた。", ("MOBILIZE", ("RUS",), ())),
    ("中国は南シナ海に艦船を派出した。", ("MOBILIZE", ("CHN",), ())),
    ("ロシア軍は国境地帯に兵力を結集した。", ("MOBILIZE", ("RUS",), ())),
    ("ロシア軍はウクライナ国境に部隊を集めた。", ("MOBILIZE", ("RUS",), ())),
    ("中国は極超音速ミサイル試験を行った。", ("MOBILIZE", ("CHN",), ())),
    ("中国軍は台湾周辺で実戦化演練を行った。", ("MOBILIZE", ("CHN",), ())),
    # ASSAULT: killing, attacking, pursuing, exchanging fire
    ("ロシア軍がウクライナの兵士を殺した。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍はウクライナの首都を攻めた。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍はウクライナの都市を蹂躙した。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍はウクライナの町を焼き払った。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍がウクライナ軍を追撃した。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍はウクライナ軍に夜襲をかけた。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍がウクライナ軍に襲いかかった。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("ロシア軍とウクライナ軍が撃ち合った。", ("ASSAULT", ("RUS",), ("UKR",))),
    ("中国軍はベトナム軍と戦火を交えた。", ("ASSAULT", ("CHN",), ("VNM",))),
    ("イスラエル軍はレバノン軍の拠点に砲弾を浴びせた。", ("ASSAULT", ("ISR",), ("LBN",))),
    # AID: transfers and sales of arms
    ("日本はフィリピンに巡視船を譲り渡した。", ("AID", ("JPN",), ("PHL",))),
    ("米国は台湾に武器を納品した。", ("AID", ("USA",), ("TWN",))),
    ("日本はフィリピンに中古の哨戒機を払い下げた。", ("AID", ("JPN",), ("PHL",))),
    ("ロシアは北朝鮮から砲弾を買い取った。", ("AID", ("PRK",), ("RUS",))),
    ("米国は台湾への武器販売を決めた。", ("AID", ("USA",), ("TWN",))),
    # CONSULT: going to see a partner; inviting one is a REQUEST, as 招請
    ("岸田首相は米国を訪ね、バイデン大統領と会った。", ("CONSULT", ("JPN",), ("USA",))),
    ("日本の外相は韓国に赴いた。", ("CONSULT", ("JPN",), ("KOR",))),
    ("日本の首相はインドに出向いた。", ("CONSULT", ("JPN",), ("IND",))),
    ("韓国の大統領が日本に立ち寄った。", ("CONSULT", ("KOR",), ("JPN",))),
    ("日本は米国の国防長官を招へいした。", ("REQUEST", ("JPN",), ("USA",))),  # as 招請 (lexA)
    ("米国の国務長官が来台した。", ("CONSULT", ("USA",), ("TWN",))),
    # COOPERATE: industrial cooperation, joint drills in state media's word
    ("日本と米国は防衛産業の協業を進めた。", ("COOPERATE", ("JPN",), ("USA",))),
    ("中国とロシアは合同演練を行った。", ("COOPERATE", ("CHN",), ("RUS",))),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_breadth_family(text: str, expected: tuple) -> None:
    assert expected in briefs(text)


NEGATIVES = [
    # balloons flown are no aircraft (飛ばす asks for one)
    ("北朝鮮は風船を韓国に飛ばした。", "MOBILIZE"),
    # opinions crossed are no arms crossed (交える asks for fire)
    ("日本と韓国の外相は意見を交えた。", "ASSAULT"),
    # support gathered is no force massed (集める asks for forces)
    ("日本の政党は中国との関係で支持を集めた。", "MOBILIZE"),
    # a fleet stopping over is a port call, not a leader's visit
    ("ロシア艦隊はキューバを離れた後、ベネズエラに立ち寄った。", "CONSULT"),
    # fishing grounds given up are no aid
    ("ロシアの漁業団体は「日本に漁場を譲り渡した」と反発した。", "AID"),
    # a team taking off is no force
    ("ロシアの救助チームはトルコの空港から飛び立った。", "MOBILIZE"),
    # turmoil invited is no invitation of a leader
    ("日本の首相は中国の混乱を招聘した。", "CONSULT"),
    # a base named for sorties is a place, not a sortie
    ("日本の港は米軍の出撃拠点になり得る。", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_breadth_negative(text: str, kind: str) -> None:
    assert all(b[0] != kind for b in briefs(text))
