"""Round 27 (act): organisations named by their own names, platforms after an abbreviation,
joint drills written with 軍事 inside, and a legislature voting a treaty down.

A regional organisation the tables lacked was read by its parts: 英連邦 as nothing (英 needs
an organ after it), 南米諸国連合 as the UN (国連 inside it), 政府間開発機構 as the home state
(政府 inside it). A one-character abbreviation glued to a warship or military aircraft
(米駆逐艦, 英艦, 豪哨戒機) is that state's forces, as 米軍艦 was. 合同軍事演習 and its kin
are the joint drill (COOPERATE with the partner in と), not 軍事演習's single-state
MOBILIZE, which a lone state still gets. 否決 of a treaty or its ratification is a REJECT;
a domestic bill voted down is none.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs_of, ja_codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("英連邦は加盟資格の停止を決めた。", [("IGO",)]),
        ("英連邦首脳会議が開かれた。", [("IGO",)]),
        ("コモンウェルスの首脳が集まった。", [("IGO",)]),
        ("南米諸国連合は声明を出した。", [("IGO",)]),
        ("政府間開発機構は停戦を呼びかけた。", [("IGO",)]),
        ("湾岸協力理事会は会合を開いた。", [("IGO",)]),
        ("米駆逐艦が入港した。", [("USA",)]),
        ("英艦が海峡を通過した。", [("GBR",)]),
        ("豪哨戒機が監視にあたった。", [("AUS",)]),
    ],
)
def test_organisations_and_platforms_resolve(text: str, expected: list[tuple[str, ...]]) -> None:
    assert ja_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "空中戦闘機の性能を比べた。",  # 中 inside a word, not China
        "米の価格が上がった。",  # rice
    ],
)
def test_no_state_inside_words(text: str) -> None:
    assert ja_codes(text) == []


@pytest.mark.parametrize(
    ("kind", "sentence", "published", "expected"),
    [
        (
            "SANCTION",
            "英連邦は１１日、ナイジェリアの加盟資格を停止することを決めた。",
            "1995-11-15",
            [("SANCTION", ("IGO",), ("NGA",))],
        ),
        (
            "REJECT",
            "ＮＺ、米駆逐艦の寄港を拒否",
            "1985-02-05",
            [("REJECT", ("NZL",), ("USA",))],
        ),
        (  # a partner in と
            "COOPERATE",
            "ロシアは中国と共同軍事演習を行うと発表した。",
            "2021-08-01",
            [("COOPERATE", ("RUS",), ("CHN",))],
        ),
        (  # with とともに, a drill to be resumed
            "COOPERATE",
            "米国は韓国とともに来年、合同軍事演習を再開する方針だ。",
            "1992-10-10",
            [("COOPERATE", ("USA",), ("KOR",))],
        ),
        (  # the training form
            "COOPERATE",
            "インドはフランスと合同軍事訓練を実施した。",
            "2023-06-01",
            [("COOPERATE", ("IND",), ("FRA",))],
        ),
        (  # the ratification voted down
            "REJECT",
            "フィリピン上院は１６日、米比条約の批准案を否決した。",
            "1991-09-17",
            [("REJECT", ("PHL",), ("USA",))],
        ),
        (  # an agreement voted down
            "REJECT",
            "米上院はロシアとの新協定を否決した。",
            "1999-10-14",
            [("REJECT", ("USA",), ("RUS",))],
        ),
    ],
)
def test_coded(kind: str, sentence: str, published: str, expected: list[tuple]) -> None:
    assert briefs_of(kind, sentence, published) == expected


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("MOBILIZE", "中国軍は台湾周辺で軍事演習を実施した。"),  # a lone state's drill stays
    ],
)
def test_single_state_drill_stays_mobilize(kind: str, sentence: str) -> None:
    assert briefs_of(kind, sentence, "2024-05-24") == [("MOBILIZE", ("CHN",), ())]


@pytest.mark.parametrize(
    "sentence",
    [
        "韓国国会は予算案を否決した。",  # a domestic bill: no event
        "ロシア軍は大規模な合同軍事演習を始めた。",  # no partner: no cooperation
    ],
)
def test_silent(sentence: str) -> None:
    assert briefs_of("REJECT", sentence, "2024-05-24") == []
    assert briefs_of("COOPERATE", sentence, "2024-05-24") == []
