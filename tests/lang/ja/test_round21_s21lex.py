"""Round 21 (s21lex): military and diplomatic acts said in words the lexicon lacked (blind21 LEX).

A force landing on a state's soil (上陸) attacks it, troops landed are the actor's deployment;
a fleet sailing south, ships kept on standby, an alert ordered (警戒態勢を敷く, 警戒令,
警戒レベル), government ships appearing (現れる) or more sent in (増やす), a blockade zone
declared (封鎖水域に設定) are deployments; a task force (機動部隊) sent is the sender's own
force; an envoy styled 高等弁務官 is recalled as an ambassador is; intelligence passed to a
state (情報を流す) is cooperation; overflight or base use not granted (領空通過を認めなかった)
is a refusal; a person recognised as a state's leader (…を大統領として承認) is support; sales
to a state halted (販売を停止) a sanction. Fishing boats at anchor are no force; a tour called
off with も (歴訪も中止) is no visit; a hearsay ending the parser took for a noun
(…移動させているもようだ) leaves the clause its own subject. Short state names (タジク,
カザフ) and the European Community (欧州共同体) are actors.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, people

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("中国軍の部隊がフィリピンの島に上陸した。", ("ASSAULT", ("CHN",), ("PHL",))),
        ("ロシア軍は島に部隊を上陸させた。", ("MOBILIZE", ("RUS",), ())),
        ("ロシアの艦隊が日本海を南下した。", ("MOBILIZE", ("RUS",), ())),
        ("トルコは艦艇2隻をキプロス沖に待機させている。", ("MOBILIZE", ("TUR",), ())),
        ("台湾軍は全軍に警戒態勢を敷いた。", ("MOBILIZE", ("TWN",), ())),
        ("韓国軍は全土に非常警戒令を敷いた。", ("MOBILIZE", ("KOR",), ())),
        ("在日米軍は警戒レベルを引き上げた。", ("MOBILIZE", ("USA",), ())),
        ("英国は機動部隊を派遣すると発表した。", ("MOBILIZE", ("GBR",), ())),
        ("ロシア軍も国境付近に部隊を移動させているもようだ。", ("MOBILIZE", ("RUS",), ())),
        ("英国は駐インド高等弁務官を召還した。", ("SANCTION", ("GBR",), ("IND",))),
        ("イランは偵察で得た情報をロシアに流していた。", ("COOPERATE", ("IRN",), ("RUS",))),
        ("イタリアは米軍機の領空通過を認めなかった。", ("REJECT", ("ITA",), ("USA",))),
        (
            "米国はグアイド氏をベネズエラの暫定大統領として承認した。",
            ("SUPPORT", ("USA",), ("VEN",)),
        ),
        ("欧州共同体はイランからの輸入を禁止した。", ("SANCTION", ("EUR",), ("IRN",))),
        ("米国務長官はカザフの外相と会談した。", ("CONSULT", ("USA",), ("KAZ",))),
        ("中国の海警船3隻が現れ、漁船の前に立ちふさがった。", ("MOBILIZE", ("CHN",), ())),
        ("ロシアはさらに艦艇を増やしている。", ("MOBILIZE", ("RUS",), ())),
        ("英国は島の周囲を「海上封鎖水域」に設定した。", ("MOBILIZE", ("GBR",), ())),
        ("中国は日本への団体旅行の販売を停止した。", ("SANCTION", ("CHN",), ("JPN",))),
    ],
)
def test_acts_said_in_words_the_lexicon_lacked(sentence, expected):
    assert briefs(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "台風が沖縄に上陸した。",  # a landing by no force
        "ベトナムの漁船5隻が停泊している。",  # boats at anchor, no force
        "イタリアは米軍機の領空通過を認めた。",  # passage granted refuses nothing
        "日本の首相は予定していたタイとベトナムの歴訪も中止した。",  # a tour called off
        "ベトナムの漁船2隻が現れた。",  # boats that appear, no force
        "日本は防衛予算を増やす。",  # a budget raised
        "ロシアは偽情報をウクライナに流していた。",  # disinformation, no intelligence passed
    ],
)
def test_nearby_readings_tell_no_act(sentence):
    assert briefs(sentence) == []


def test_warships_at_anchor_stay_a_deployment():
    assert briefs("中国の駆逐艦2隻が停泊している。") == [("MOBILIZE", ("CHN",), ())]


def test_short_names_of_central_asian_states():
    assert [codes for _, codes, _ in people("タジク軍とカザフの外相", None)] == [("TJK",), ("KAZ",)]
