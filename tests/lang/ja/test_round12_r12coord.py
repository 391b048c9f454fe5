"""Round 12 (r12coord): party sets from distributive words, lists and group anaphors.

- それぞれ, 個別に (data/distributive.tsv) on a predicate with one doer and a listed other
  side: one act with each member apart (XはY、Zとそれぞれ会談した: X–Y and X–Z); the doers'
  side is never split, and a later 双方 still stands for all the partners.
- A noun phrase ending in や that the parser hung beside the next argument is that
  argument's first member (インドとパキスタンの首脳や軍幹部と協議), unless it is an act.
- A side summed up by a group word takes the whole list before it (A、B、Cの3カ国は), and an
  organisation named by its members (…の3カ国でつくる同盟は) acts as those members.
- A statement about two acts of two doers listed as its object (Xの発射と、Yによる攻撃を非難)
  is one statement against each; an act listed before another is no partner of it.
- An event told in a relative clause that describes a noun (英米が共同で使う基地) lends no
  set to a later 両国.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


def test_each_splits_the_listed_partners():
    got = briefs("岸田首相は、インドのモディ首相、ブラジルのルラ大統領とそれぞれ会談した。")
    assert ("CONSULT", ("JPN",), ("IND",)) in got
    assert ("CONSULT", ("JPN",), ("BRA",)) in got
    assert not any(len(b[1] + b[2]) == 3 for b in got)
    # without the distributive word: one meeting of the three
    got = briefs("岸田首相は、インドのモディ首相、ブラジルのルラ大統領と会談した。")
    assert got == [("CONSULT", ("JPN",), ("IND", "BRA"))]


def test_each_with_its_particle_and_both_after_it():
    got = briefs(
        "マクロン大統領は、タイのペートンタン首相、カンボジアのフン・マネット首相と"
        "個別に電話で協議し、双方に自制を求めた。"
    )
    assert ("CONSULT", ("FRA",), ("THA",)) in got
    assert ("CONSULT", ("FRA",), ("KHM",)) in got
    # 双方 is both partners, not one pair of the split talks
    assert ("REQUEST", ("FRA",), ("THA", "KHM")) in got
    # the doers' side is never split
    got = briefs("フランスとドイツの首脳はそれぞれ声明を出し、ロシアを非難した。")
    assert ("ACCUSE", ("FRA", "DEU"), ("RUS",)) in got


def test_ya_listed_member_joins_the_next_argument():
    got = briefs("米国は過去2日間にわたりタイとカンボジアの首脳や軍幹部と協議を重ねていた。")
    assert ("CONSULT", ("USA",), ("THA", "KHM")) in got
    got = briefs("中国は、ロシアの国防相や軍幹部と会談した。")
    assert ("CONSULT", ("CHN",), ("RUS",)) in got
    # a listed act is no member of a party
    got = briefs("中国は、日本への渡航自粛の呼びかけや日本産水産物の輸入停止を打ち出した。")
    assert not any("CHN" in b[2] for b in got)


def test_group_word_takes_the_whole_list_before_it():
    got = briefs("マリ、ブルキナファソ、ニジェールの3カ国は、フランス軍の撤退を求めた。")
    assert ("REQUEST", ("MLI", "BFA", "NER"), ("FRA",)) in got


def test_organisation_named_by_its_members():
    got = briefs(
        "マリ、ブルキナファソ、ニジェールの3カ国でつくるサヘル諸国同盟は、"
        "アルジェリアを強く非難した。"
    )
    assert ("ACCUSE", ("MLI", "BFA", "NER"), ("DZA",)) in got
    # an organisation named alone stays itself
    got = briefs("北大西洋条約機構(NATO)は、ロシアを強く非難した。")
    assert ("ACCUSE", ("NATO",), ("RUS",)) in got


def test_one_statement_against_each_listed_act():
    got = briefs(
        "韓国政府は、北朝鮮の弾道ミサイル発射と、ロシアによる民間施設への攻撃を強く非難した。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in got
    assert ("ACCUSE", ("KOR",), ("RUS",)) in got
    got = briefs(
        "日米韓の首脳は会談した。",
        "3首脳はまた、北朝鮮の核・ミサイル開発と、ロシアによるウクライナ侵略を非難した。",
    )
    assert ("ACCUSE", ("JPN", "USA", "KOR"), ("PRK",)) in got
    assert ("ACCUSE", ("JPN", "USA", "KOR"), ("RUS",)) in got
    # one act of one doer: one statement
    got = briefs("中国は米国の武器売却を強く非難した。")
    assert got == [("ACCUSE", ("CHN",), ("USA",))]


def test_listed_act_is_no_partner():
    got = briefs("日本政府は、中国の海洋進出とロシアの軍事演習に懸念を示した。")
    assert not any(b[0] == "COOPERATE" for b in got)
    # acts with no doer of their own share the first one's (中ロ両軍の信頼と協力)
    got = briefs("今回の訓練は、中ロ両軍の戦略的な相互信頼と協力の水準を示すものだ。")
    assert any(b[0] == "COOPERATE" and set(b[1] + b[2]) == {"CHN", "RUS"} for b in got)


def test_described_event_lends_no_pair_to_both():
    got = briefs(
        "英国のスターマー首相は22日、チャゴス諸島の主権をモーリシャスに引き渡す条約に署名した。",
        "英米が共同で使う島の基地については、英国が長期間租借し、運用を続けることで両国が折り合った。",
    )
    assert any(b[0] == "AGREE" and set(b[1] + b[2]) == {"GBR", "MUS"} for b in got)
    assert not any(b[0] == "AGREE" and "USA" in b[1] + b[2] for b in got)
