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
