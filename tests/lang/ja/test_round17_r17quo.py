"""Round 17 (r17quo): acts said inside quotes, and one object told with も. A demand
whose quoted subject the parser hangs on a 〜ことなく clause, one said with no subject right
after the speaker's charge, one reported without quotes (…べきだとの談話); a quote
foretelling its subject a price to pay (THREATEN); a headline's quoted retaliation
announced with 予告; the words of a charge (a label, or 〜するものだ) that name no act of
their own; and 〜も standing for を after a topic (通信線も遮断する)."""

from __future__ import annotations

from .test_coder import briefs


def test_demand_subject_on_a_without_clause():
    got = briefs(
        "ベトナムの外相は「中国側は事態を軽視することなく、冷静な判断を下すべきだ」と述べた。"
    )
    assert ("REQUEST", ("VNM",), ("CHN",)) in got


def test_demand_without_subject_after_a_charge_goes_to_the_charged():
    got = briefs(
        "ロシア外務省の報道官は9日、日米の共同訓練は「地域の緊張を著しく高める」と批判し、"
        "「挑発的な行動を控えるべきだ」と述べた。"
    )
    assert ("ACCUSE", ("RUS",), ("JPN", "USA")) in got
    assert ("REQUEST", ("RUS",), ("JPN", "USA")) in got
    # with no charge said before it, a demand with no subject is told to no one
    got = briefs("ロシア外務省の報道官は9日、「対話の道を探るべきだ」と述べた。")
    assert not any(b[0] == "REQUEST" for b in got)


def test_demand_reported_without_quotes():
    got = briefs("北朝鮮外務省の報道官も、韓国は軍事演習を直ちに中止すべきだとの談話を出した。")
    assert ("REQUEST", ("PRK",), ("KOR",)) in got
    got = briefs("中国外務省の報道官は、フィリピンは挑発をやめるべきだと述べた。")
    assert ("REQUEST", ("CHN",), ("PHL",)) in got
    # one's own side's duty, a duty of no one named, or a demand not made, is no request
    got = briefs(
        "中国外務省の報道官は、海の問題は沿岸国が話し合って解決すべきだと述べ、"
        "域外国である米国の介入に不快感を示した。"
    )
    assert not any(b[0] == "REQUEST" for b in got)
    got = briefs("中国外務省の報道官は、われわれは冷静に対応すべきだと述べた。")
    assert not any(b[0] == "REQUEST" for b in got)
    got = briefs("中国外務省の報道官は、フィリピンは挑発をやめるべきだとは述べなかった。")
    assert not any(b[0] == "REQUEST" for b in got)


def test_quoted_price_to_pay_is_a_threat():
    got = briefs(
        "日本の首相は12日、記者会見を開き、「中国は、その挑発に相応する代償を必ず払うことに"
        "なる」と述べた。"
    )
    assert ("THREATEN", ("JPN",), ("CHN",)) in got
    got = briefs("英国の首相は「イランは、その行為の代価を払うことになるだろう」と述べた。")
    assert ("THREATEN", ("GBR",), ("IRN",)) in got
    # a price the speaker's own side pays is no threat
    got = briefs("英国の首相は「われわれは、その決定の代価を払うことになる」と述べた。")
    assert not any(b[0] == "THREATEN" for b in got)


def test_headline_retaliation_announced():
    got = briefs("米軍、シリアの拠点を空爆　シリアは「断固たる報復」予告")
    assert ("THREATEN", ("SYR",), ("USA",)) in got


def test_charge_label_names_no_assault():
    got = briefs("リトアニア、国境に兵士を増派　英国「ハイブリッド攻撃」と非難")
    assert not any(b[0] == "ASSAULT" for b in got)


def test_judged_conduct_verb_is_no_assault():
    got = briefs(
        "中国外務省の報道官は、日本の決定は「地域の平和と安定を破壊するものだ」と厳しく非難した。"
    )
    assert ("ACCUSE", ("CHN",), ("JPN",)) in got
    assert not any(b[0] == "ASSAULT" for b in got)
    # a quoted act with its own doer is still told
    got = briefs("韓国政府は「北朝鮮が韓国の艦艇を攻撃した」と非難した。")
    assert ("ASSAULT", ("PRK",), ("KOR",)) in got


def test_object_with_also_after_a_topic():
    # 〜も for を: the も-phrase meets the verb's object reading, the topic does it
    got = briefs("韓国は、南北を結ぶ鉄道と軍の連絡チャンネルも遮断すると明らかにした。")
    assert ("SANCTION", ("KOR",), ("PRK",)) in got
    # a state with も is a second doer, not an object
    got = briefs("米国は、日本も対話に参加すると述べた。")
    assert not any(b[0] == "SANCTION" for b in got)
