"""Round 30 (date): a date inside the content of a statement dates what is stated, not the
stating (spec §6 "which date governs"; data/stated_content.tsv)."""

from .test_coder import code


def _dated(text: str, kind: str, published: str) -> list[str | None]:
    return [m.date for m in code(text, published=published) if m.event == kind]


def test_genitive_date_in_stated_grounds_does_not_date_the_protest() -> None:
    text = (
        "官房長官は、2019年5月の日中合意で海域の共同管理を約束したにもかかわらず"
        "施設が建設されたとして、中国を強く非難した。"
    )
    dates = _dated(text, "ACCUSE", "2021-03-04")
    assert dates and all(d == "2021-03" for d in dates)


def test_date_of_the_act_told_in_an_accusation() -> None:
    text = (
        "中国外務省は、ベトナム軍が国境を侵し、"
        "2月17日には中国の部隊に大規模な攻撃を加えたと非難した。"
    )
    assert _dated(text, "ACCUSE", "1979-03-05") == ["1979-03"]
    assert _dated(text, "ASSAULT", "1979-03-05") == ["1979-02-17"]  # the act keeps its own


def test_speakers_own_date_still_dates_the_statement() -> None:
    # negative: the date after the speaker's topic is the time of the saying
    text = "中国外務省の報道官は3日、日本の対応を「断じて容認できない」と非難した。"
    assert _dated(text, "ACCUSE", "2021-03-04") == ["2021-03-03"]
    text = "日本の外相は2日の記者会見で、北朝鮮の挑発を「容認できない」と非難した。"
    assert _dated(text, "ACCUSE", "2021-03-04") == ["2021-03-02"]


def test_date_of_a_planned_meeting_in_a_relative_clause_dates_the_meeting_only() -> None:
    text = "また、上川外相から、3月5日にパリで開催する日仏復興会議への協力をフランスに求めました。"
    assert _dated(text, "REQUEST", "2024-02-10") == ["2024-02"]


def test_date_of_an_earlier_accord_a_new_one_rests_on() -> None:
    text = (
        "日本とフィリピンは、昨年11月の首脳による共同声明に基づく協定について、"
        "交渉を急ぐことで一致した。"
    )
    assert "2024-05" in _dated(text, "AGREE", "2024-05-08")
    assert "2023-11" not in _dated(text, "AGREE", "2024-05-08")


def test_planned_act_keeps_its_own_date() -> None:
    # negative: the date of a planned act in its own clause stays
    text = "北朝鮮は15日にも弾道ミサイルを発射する構えを見せている。"
    assert [m.date for m in code(text, published="2024-04-12")] == ["2024-04-15"]


def test_date_of_a_plan_noun_clause_stays_the_plans() -> None:
    # negative: 予定, 方針 head no relative clause of its own: the date is the planned act's
    text = "韓国の首相は20日に東京を訪問する方針を固めた。"
    assert [m.date for m in code(text, published="2024-04-12")] == ["2024-04-20"]


def test_same_year_takes_the_last_date_at_any_precision() -> None:
    # 同年, 同月: the year or month last written, though a day was written before it
    text = (
        "韓国政府は2020年3月2日、中国に抗議した。韓国は2017年9月に配備を終えた。"
        "韓国の大統領は同年11月、中国を訪問した。"
    )
    assert _dated(text, "CONSULT", "2020-03-03") == ["2017-11"]
    text = (
        "日本政府は2019年5月10日、中国に抗議した。日中両国は2016年8月に交渉を始めた。"
        "両国の首脳は同月、防衛協力の拡大で一致した。"
    )
    assert _dated(text, "AGREE", "2019-05-11") == ["2016-08"]


def test_same_day_still_takes_the_last_day() -> None:
    # negative: a year written after the day is no day for 同日
    text = (
        "韓国軍は3月5日、北朝鮮軍と交戦した。米国は2023年から韓国を支援している。"
        "米国は同日、北朝鮮を非難した。"
    )
    assert _dated(text, "ACCUSE", "2024-03-07") == ["2024-03-05"]


def test_same_day_skips_a_background_sentence() -> None:
    # …署名していた。: the past perfect tells background; 同日 is the story's day
    text = (
        "米国とメキシコの首脳は3日、電話で会談した。"
        "米大統領は1日、カナダからの輸入品に関税を課す命令に署名していた。"
        "カナダの首相も同日、米大統領と電話で協議した。"
    )
    dates = [m.date for m in code(text, published="2025-02-04") if m.actor[0].code == "CAN"]
    assert dates == ["2025-02-03"]


def test_same_day_takes_a_day_told_as_the_story() -> None:
    # negative: a sentence told in the simple past sets the day
    text = (
        "米国とメキシコの首脳は3日、電話で会談した。"
        "米大統領は1日、カナダからの輸入品に関税を課す命令に署名した。"
        "カナダの首相も同日、米大統領と電話で協議した。"
    )
    dates = [m.date for m in code(text, published="2025-02-04") if m.actor[0].code == "CAN"]
    assert dates == ["2025-02-01"]
