"""Round 16 (r16grp): party sets. Acts two states do to each other (相互追放, 相互に, 〜し合う,
〜の応酬, 攻撃を応酬) go both ways; 南北 is the two Koreas; a subject list the parser cut off
as a tree of its own (AとBは…会談した) is one list; a が-subject written before a relative
clause on a topic belongs to that clause (AとBが続けていた戦闘は…)."""

from __future__ import annotations

from .test_coder import briefs


def test_mutual_expulsion_headline_goes_both_ways():
    got = briefs("スウェーデンとイラン、大使館員を相互追放　スパイ事件めぐり")
    assert ("SANCTION", ("SWE",), ("IRN",)) in got
    assert ("SANCTION", ("IRN",), ("SWE",)) in got


def test_mutual_adverb_goes_both_ways():
    got = briefs("ポーランドとベラルーシは先週、外交官を相互に追放した。")
    assert ("SANCTION", ("POL",), ("BLR",)) in got
    assert ("SANCTION", ("BLR",), ("POL",)) in got


def test_mutual_provision_is_no_act():
    # 相互支援 a treaty provides is an arrangement, not aid given; the expulsion is done
    got = briefs(
        "ポーランドとベラルーシは先週、外交官を相互に追放した。",
        "両国はかつて、有事の相互支援を定めた条約を結んでいた。",
    )
    assert ("SANCTION", ("BLR",), ("POL",)) in got
    assert not any(b[0] == "AID" for b in got)


def test_verb_of_each_other_goes_both_ways():
    got = briefs("エチオピアとエリトリアは国境の村をめぐって非難し合った。")
    assert ("ACCUSE", ("ETH",), ("ERI",)) in got
    assert ("ACCUSE", ("ERI",), ("ETH",)) in got
    # each on the other: never both as one doer, nor an act told twice the same way
    assert not any(b[1] == ("ETH", "ERI") for b in got)
    assert got.count(("ACCUSE", ("ETH",), ("ERI",))) == 1


def test_exchange_of_expulsions_in_a_headline():
    got = briefs("オランダとロシア、外交官4人ずつ追放の応酬　スパイ疑惑で")
    assert ("SANCTION", ("NLD",), ("RUS",)) in got
    assert ("SANCTION", ("RUS",), ("NLD",)) in got


def test_attacks_exchanged():
    got = briefs("イスラエルとイランは今月、攻撃を応酬した。")
    assert ("ASSAULT", ("ISR",), ("IRN",)) in got
    assert ("ASSAULT", ("IRN",), ("ISR",)) in got


def test_the_two_koreas_as_one_pair_word():
    got = briefs("南北が軍事当局者協議で合意した。")
    assert any(b[0] == "AGREE" and set(b[1] + b[2]) == {"KOR", "PRK"} for b in got)
    got = briefs("北朝鮮が砲撃し、韓国が応戦した。ロシアは南北双方に自制を求めた。")
    assert ("REQUEST", ("RUS",), ("KOR", "PRK")) in got


def test_the_americas_and_a_corridor_are_no_koreas():
    got = briefs(
        "南北が軍事当局者協議で合意した。",
        "ロシアはインドと南北輸送回廊の整備で協力する。",
    )
    assert any(b[0] == "AGREE" and set(b[1] + b[2]) == {"KOR", "PRK"} for b in got)
    assert not any("KOR" in b[1] + b[2] for b in got if b[0] == "COOPERATE")


def test_subject_list_cut_off_by_the_parser_is_one_list():
    got = briefs(
        "トランプ大統領とキム・ジョンウン朝鮮労働党委員長は、きのうの夕食会に続いて、"
        "けさからシンガポール市内のホテルで会談しました。"
    )
    assert any(b[0] == "CONSULT" and set(b[1] + b[2]) == {"USA", "PRK"} for b in got)


def test_subject_of_a_relative_clause_on_a_topic():
    # the parser hangs the が-subject on めぐって; the fight's sides are still its parties
    got = briefs(
        "エチオピアとエリトリアが係争地バドメをめぐって続けていた大規模な戦闘は、"
        "米国の仲介で10日、停戦に至った。"
    )
    assert ("ASSAULT", ("ETH",), ("ERI",)) in got
    assert not any("USA" in b[1] for b in got if b[0] == "ASSAULT")
