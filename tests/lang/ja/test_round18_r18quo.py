"""Round 18 (r18quo): acts said only inside quotes and minutes (blind17 QUO and MIN).

The minutes' older speaker marker より and an item's subject before it, the side a turn is
addressed to, a partner or a demand said in the minutes' 旨 words, a judgement chained to a
request with a plain に, the words of failing a role or of no use, regret at what a に-phrase
names, liability with the ある dropped, a は-phrase the parser hung inside a relative clause,
and the act a warning threatens (no act told). Sentences of our own, in news style.
"""

from __future__ import annotations

from .test_coder import briefs

# --- the minutes: より, the item's subject, the turn's addressee ---


def test_minutes_speaker_written_with_yori():
    got = briefs(
        "4.これに対し、岸田総理より、中国側に対し、強く抗議する旨述べるとともに、"
        "邦人の早期解放を求めました。"
    )
    assert ("ACCUSE", ("JPN",), ("CHN",)) in got
    assert ("REQUEST", ("JPN",), ("CHN",)) in got
    got = briefs(
        "拉致問題について、岸田総理より、北朝鮮側に対し、全ての拉致被害者の即時帰国を"
        "強く求めました。"
    )
    assert ("REQUEST", ("JPN",), ("PRK",)) in got
    got = briefs("中国より、インドの方が日本にとって重要だとの見方もある。")
    assert not any(b[0] in ("ACCUSE", "REQUEST", "SUPPORT") for b in got)


def test_minutes_turn_addressee_reaches_the_later_statement():
    got = briefs(
        "安全保障問題について、小泉総理より、北朝鮮側に対し、国際的合意を遵守するよう"
        "求めるとともに、ミサイル問題についての懸念を表明しました。"
    )
    assert ("ACCUSE", ("JPN",), ("PRK",)) in got
    got = briefs(
        "上川大臣から、ロシア側に対し、ウクライナからの即時撤退を求めるとともに、"
        "北朝鮮との軍事協力についての深刻な懸念を表明しました。"
    )
    assert ("ACCUSE", ("JPN",), ("RUS",)) in got
    got = briefs("岸田総理から、東シナ海情勢についての懸念を表明しました。")
    assert not any(b[0] == "ACCUSE" and b[2] for b in got)


def test_minutes_words_call_a_partner_or_make_a_demand():
    assert ("SUPPORT", ("JPN",), ("IND",)) in briefs(
        "岸田総理から、インドは日本にとって重要なパートナーである旨述べました。"
    )
    assert ("REQUEST", ("JPN",), ("PRK",)) in briefs(
        "岸田総理から、北朝鮮は国連安保理決議を完全に履行すべきである旨述べました。"
    )
    assert ("REQUEST", ("JPN",), ("CHN",)) in briefs(
        "日本側から、中国は東シナ海での一方的な現状変更の試みをやめるべきである旨述べました。"
    )
    got = briefs("岸田総理から、わが国は地域の平和のために努力すべきである旨述べました。")
    assert not any(b[0] == "REQUEST" for b in got)


# --- judgements inside quotes ---


def test_judgement_chained_to_a_request_with_plain_ni():
    assert ("ACCUSE", ("KOR",), ("PRK",)) in briefs(
        "韓国大統領府の報道官は「誠に遺憾だ」と述べ、北朝鮮に事件の経緯を明らかにするよう要求した。"
    )
    assert ("ACCUSE", ("USA",), ("CHN",)) in briefs(
        "米国務省の報道官は「役に立たない」と述べ、中国に自制を求めた。"
    )
    got = briefs("韓国大統領府の報道官は「誠に遺憾だ」と述べ、北京に向かった。")
    assert not any(b[0] == "ACCUSE" and b[2] for b in got)
    got = briefs("米国務省の報道官は「大いに役に立つ」と述べ、中国に協力を求めた。")
    assert not any(b[0] == "ACCUSE" for b in got)
    # a refusal chained to a request is its ground, no charge against the one asked
    got = briefs(
        "モルディブの大統領は「外国軍の駐留は認めない」と主張し、インド政府に兵士の引き揚げを"
        "正式に要請した。"
    )
    assert ("REQUEST", ("MDV",), ("IND",)) in got
    assert not any(b[0] == "ACCUSE" for b in got)


def test_words_of_trampling_and_of_a_role_failed():
    assert ("ACCUSE", ("RUS",), ("GEO",)) in briefs(
        "ロシアの大統領は「グルジア指導部は国際法の原則を踏みにじった」と述べた。"
    )
    assert ("ACCUSE", ("USA",), ("RUS",)) in briefs(
        "米国のライス国務長官は15日、「ロシアは責任ある国家としてふるまっていない」と語った。"
    )
    got = briefs("米国の国務長官は15日、「インドは責任ある国家としてふるまっている」と語った。")
    assert not any(b[0] == "ACCUSE" for b in got)


def test_regret_at_what_a_ni_phrase_names():
    assert ("ACCUSE", ("JPN",), ("CHN",)) in briefs(
        "林官房長官は「中国側の対応に遺憾だ」と述べた。"
    )
    got = code_title("日本「中国の対応に遺憾」", "外務省は2日、声明を出した。")
    assert ("ACCUSE", ("JPN",), ("CHN",)) in got
    got = code_title("日本「国際社会の支援に感謝」", "外務省は2日、声明を出した。")
    assert not any(b[0] == "ACCUSE" for b in got)


def test_headline_liability_with_aru_dropped():
    got = code_title("中国「全責任は米側に」", "中国外務省は2日、声明を出した。")
    assert ("ACCUSE", ("CHN",), ("USA",)) in got


def test_demand_chained_through_a_suru_verb():
    assert ("REQUEST", ("CHN",), ("USA",)) in briefs(
        "中国の国家主席は「米国は事実を尊重し、中国人民に謝罪すべきだ」と述べた。"
    )
    assert ("REQUEST", ("CHN",), ("JPN",)) in briefs(
        "中国外務省の報道官は「日本は歴史を直視し、反省すべきだ」と述べた。"
    )


# --- who warns, and what a warning threatens ---


def test_topic_hung_inside_a_relative_clause_is_the_speaker():
    assert ("THREATEN", ("RUS",), ("POL",)) in briefs(
        "ロシア軍の参謀次長は15日、MD施設を受け入れたポーランドは「攻撃の標的になりうる」と警告した。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in briefs(
        "韓国の統一省はきょう午後、北朝鮮の行為は南北間の合意に明白に違反するもので、"
        "強く糾弾するとの論評を出しました。"
    )
    assert ("SUPPORT", ("JPN",), ("USA",)) in briefs(
        "安倍総理大臣は、きょう午後、記者団に対し、「化学兵器の使用は絶対に許さないという"
        "アメリカ政府の決意を支持する」と述べました。"
    )


def test_act_a_warning_threatens_is_not_told():
    got = briefs(
        "ロシアの首相は記者団に対し、「グルジア側が始めた戦争には必ず反撃する」と警告した。"
    )
    assert ("THREATEN", ("RUS",), ("GEO",)) in got
    assert not any(b[0] == "ASSAULT" for b in got)
    got = briefs("ロシア国防省は「ウクライナ軍がロシア西部の村を砲撃した」と警告した。")
    assert ("ASSAULT", ("UKR",), ("RUS",)) in got
    # an act with a doer of its own is foretold of another, not threatened
    got = briefs("専門家は「イスラエルがイランの核施設を攻撃する可能性も排除できない」と警告する。")
    assert ("ASSAULT", ("ISR",), ("IRN",)) in got
    # the condition a warning sets is told as one
    got = briefs("イランは、米国がイスラエルを支援すれば米軍基地を攻撃すると警告した。")
    assert ("AID", ("USA",), ("ISR",)) in got


def code_title(title: str, body: str) -> list[tuple]:
    from .test_coder import brief, code

    return [brief(m) for m in code(body, title=title)]
