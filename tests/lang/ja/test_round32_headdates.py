"""Round 32 headdates: a headline's event takes the day the body gives it (ruling 51)."""

from .test_coder import code


def _dates(title: str, body: str, kind: str, published: str = "2019-05-20") -> list:
    """(sequence, date) of each mention of `kind` in an article with a title."""
    return [
        (m.sequence, m.date)
        for m in code(body, title=title, published=published)
        if m.event == kind
    ]


def test_headline_takes_the_body_day():
    got = _dates(
        "ペルー、チリに侵攻",
        "ペルー軍は12日、チリに侵攻した。",
        "ASSAULT",
    )
    assert got and all(d == "2019-05-12" for _, d in got)


def test_headline_takes_a_day_of_the_month_before():
    got = _dates(
        "ペルー、チリ大使を追放",
        "ペルー政府は4月30日、チリ大使を国外に追放した。",
        "SANCTION",
    )
    assert got and got[0][1] == "2019-04-30"


def test_headline_keeps_the_month_when_the_body_gives_no_day():
    got = _dates("ペルー、チリに侵攻", "ペルー軍がチリに侵攻した。", "ASSAULT")
    assert got and got[0][1] == "2019-05"


def test_headline_keeps_the_month_for_another_pair():
    got = _dates(
        "ペルー、チリに侵攻",
        "ボリビア軍は12日、アルゼンチンに侵攻した。",
        "ASSAULT",
    )
    heads = [d for k, d in got if k == 0]
    assert heads == ["2019-05"]


def test_headline_takes_the_lead_day_after_the_dateline():
    got = _dates(
        "ペルー、チリとの条約を停止",
        "【リマ13日共同】ペルー政府は12日、チリとの友好条約の適用を止めると明らかにした。",
        "SANCTION",
    )
    heads = [d for k, d in got if k == 0]
    assert heads == ["2019-05-12"]


def test_headline_keeps_the_month_when_the_lead_names_other_states():
    got = _dates(
        "ペルー、チリとの条約を停止",
        "【リマ13日共同】ボリビア政府は12日、アルゼンチンとの国境を視察した。",
        "SANCTION",
    )
    heads = [d for k, d in got if k == 0]
    assert heads == ["2019-05"]
