"""Round 27 (grp): 同国, "the said country", is never a side the same act names otherwise
nor an organisation; then the state named before that, or in the sentence before."""

from __future__ import annotations

from .test_coder import briefs


def test_said_country_visited_by_the_other_side():
    # the visitor is American: the country visited is the other state just named
    got = briefs(
        "ツバルのナタノ首相は、米軍に港湾の整備を求めた。",
        "先週同国を訪れたオースティン米国防長官に要望書を手渡したという。",
    )
    assert ("CONSULT", ("USA",), ("TUV",)) in got


def test_said_country_visited_verb_noun_form():
    got = briefs(
        "フィリピンのマルコス大統領は、日本に巡視船の追加供与を求めた。",
        "同国を訪問した岸田首相と会談し、協力の強化で一致した。",
    )
    assert ("CONSULT", ("JPN",), ("PHL",)) in got or ("CONSULT", ("PHL",), ("JPN",)) in got


def test_said_country_same_sentence_still_the_last_named():
    got = briefs("ベラルーシ上空で同国空軍と合同演習を行った。")
    assert all("USA" not in b[1] for b in got)
    got = briefs("ロシアはシリアに軍事顧問を送り、同国の政府軍を支援した。")
    assert any(b[0] == "AID" and b[1] == ("RUS",) and b[2] == ("SYR",) for b in got), got


def test_said_country_never_an_organisation():
    got = briefs(
        "北大西洋条約機構（NATO）は声明を出した。",
        "同国の加盟を歓迎した。",
    )
    assert not any("NATO" in b[2] and "NATO" in b[1] for b in got)


def test_trade_ban_said_in_full():
    got = briefs("米国はキューバに対する通商禁止を続けている。")
    assert ("SANCTION", ("USA",), ("CUB",)) in got


def test_said_country_without_antecedent_stays_silent():
    got = briefs("同国を訪れた外相は会談に臨んだ。")
    assert not any(b[0] == "CONSULT" and b[2] for b in got)


def test_said_country_other_than_the_topic():
    got = briefs("イランは弾道ミサイルの発射実験を行った。", "サウジアラビアは同国を強く非難した。")
    assert ("ACCUSE", ("SAU",), ("IRN",)) in got


def test_said_country_with_a_noun_may_be_the_doers_own():
    # 同国の大統領: a word with a noun is no bare side; the state named just before stays
    got = briefs("パラオでは同国の大統領が米軍に基地建設を求めた。")
    assert ("REQUEST", ("PLW",), ("USA",)) in got
