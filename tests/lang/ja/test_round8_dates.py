"""Round 8 (ja8dates): which date governs a Japanese mention (spec §3, §6).

かつてない ("unprecedented") is no time word; a previous event named in a noun phrase before
以来 (2019年6月の訪朝以来) is a starting point, not the date of the sentence; a date in a
relative clause (9月に発表された認識, 20日に就任した総統) dates what that clause tells of its
noun, unless the noun is the occasion (…開かれた会談で), the predicate itself (…首脳会談だった)
or a document that speaks (…採択した宣言は); 同日 refers to the day the story tells, not to a
relative clause's day or the ends of a span (8日から13日にかけて); and what has happened is
never dated after the story (a plan's year inside it: 2028年から禁止する制裁を採択した).
A date in a clause nominalised by こと (年内に稼働させることで合意した) is the content's; of two
dates hung on one verb the nearer is its own (Xは6日、Yが5日に発射したと報じた).
Sentences are our own.
"""

from __future__ import annotations

import pytest

from alliancewatch.lang.ja.dates import find_dates

from .test_coder import code

PUB = "2024-10-21"


def kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(d.text, d.value, d.kind) for d in find_dates(text, PUB)]


def test_unprecedented_is_no_time_word() -> None:
    assert kinds("両国は関係をかつてない水準に高めることで合意した。") == []
    assert kinds("両国はかつてなく緊密な関係を築いた。") == []
    assert kinds("かつて両国は国境で衝突した。") == [("かつて", None, "vague")]


def test_a_previous_event_named_before_since_is_a_starting_point() -> None:
    assert kinds("両首脳の会談は2018年9月の大統領の訪朝以来となる。") == [
        ("2018年9月", "2018-09", "since")
    ]
    # a clause's particle between them: the date is that clause's, not the start
    assert kinds("3日の発射は昨年以来の規模だった。")[0] == ("3日", "2024-10-03", "relative")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("両首脳は、8月に公表された共同声明を着実に履行することで一致した。", "bound"),
        ("17日に就任した大統領が演説で表明した。", "bound"),
        ("1998年に座礁させた艦船を撤去するよう求めた。", "bound"),
        # the occasion, the predicate itself, a document that speaks: the clause's day is
        # the sentence's
        ("両国は3日に開かれた外相の会合で、協力を強化することで一致した。", "relative"),
        ("発端は、7日に首都で開かれた大統領と首相の会談だった。", "relative"),
        ("同盟が10日に採択した共同宣言は、支援をやめるよう求めた。", "relative"),
        ("両首脳は12日に会談した際に述べた。", "relative"),
    ],
)
def test_a_date_in_a_relative_clause_is_bound_to_it(text: str, kind: str) -> None:
    assert kinds(text)[0][2] == kind


def test_the_ends_of_a_span_are_marked() -> None:
    found = kinds("政府は18日、部隊が今月8日から13日にかけて移動したと発表した。")
    assert [k for _, _, k in found] == ["relative", "range", "range"]


@pytest.mark.model
def test_the_same_day_is_the_day_the_story_tells() -> None:
    ms = code(
        "中国軍は18日、台湾の周辺で大規模な演習を始めたと発表した。",
        "15日に就任した台湾の総統が演説で独立を示唆したことへの反発とみられる。",
        "中国海警局も同日、台湾の東部の海域でパトロールを実施した。",
    )
    (m,) = [m for m in ms if "海警局" in m.sentence and m.event == "MOBILIZE"]
    assert m.date == "2024-10-18"
    ms = code(
        "韓国の情報機関は18日、北朝鮮が兵士約1500人を今月8日から13日にかけてロシアに送ったと明らかにした。",
        "韓国政府は同日、緊急会議を開き、北朝鮮の派兵を強く非難した。",
    )
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert m.date == "2024-10-18"


@pytest.mark.model
def test_a_relative_clauses_date_does_not_date_the_sentence() -> None:
    ms = code("日中両国の首脳は、8月に公表された共同文書を着実に履行することで一致した。")
    (m,) = [m for m in ms if m.event == "AGREE"]
    assert m.date == "2024-10"


@pytest.mark.model
def test_a_done_event_is_not_dated_after_the_story() -> None:
    ms = code(
        "欧州連合は18日、ロシア産の石油の輸入を2028年から全面禁止することなどを盛り込んだ新たな"
        "対ロ制裁を採択した。"
    )
    (m,) = [m for m in ms if m.event == "SANCTION"]
    assert m.date == "2024-10-18"
    ms = code("日米韓は、共同訓練を定例化し、来年も実施することで一致している。")
    (m,) = [m for m in ms if m.event == "AGREE"]
    assert m.date == "2024-10"


@pytest.mark.model
def test_an_unprecedented_height_leaves_the_agreement_dated() -> None:
    ms = code("日米の両首脳は、同盟をかつてない高みに引き上げることで一致した。")
    (m,) = [m for m in ms if m.event == "AGREE"]
    assert m.date == "2024-10"


def test_a_date_in_a_koto_clause_is_the_contents() -> None:
    assert kinds("3か国は警戒データを年内に共有することで合意した。")[0][2] == "bound"


@pytest.mark.model
def test_an_agreement_is_not_dated_by_the_plan_it_holds() -> None:
    ms = code(
        "日米韓の首脳は、ミサイルの警戒データを年内に共有する仕組みを稼働させることで合意した。"
    )
    (m,) = [m for m in ms if m.event == "AGREE"]
    assert m.date == "2024-10"


@pytest.mark.model
def test_the_embedded_events_own_day_wins_over_the_reports() -> None:
    ms = code("防衛省は18日、北朝鮮が17日に弾道ミサイルを日本海に向けて発射したと発表した。")
    (m,) = [m for m in ms if m.event == "MOBILIZE"]
    assert m.date == "2024-10-17"
    ms = code(
        "北朝鮮の国営メディアは19日、ミサイル総局が前日の18日、新型ミサイルの発射実験を行ったと報じた。"
    )
    (m,) = [m for m in ms if m.event == "MOBILIZE"]
    assert m.date == "2024-10-18"


def test_a_clause_before_an_ongoing_main_clause_keeps_its_date() -> None:
    text = "日韓は昨年3月に首脳の往来を再開し、安全保障でも連携を深めてきた。"
    assert kinds(text)[0][2] == "bound"
    # an ongoing predicate inside a reported clause is not the main clause
    text = "大統領は4日夜の演説で、兵士が国境に集結していると述べた。"
    assert kinds(text)[0][2] == "relative"


@pytest.mark.model
def test_an_ongoing_event_is_not_dated_by_another_clause() -> None:
    ms = code("日本と韓国は昨年3月に首脳の往来を再開し、安全保障でも連携を深めてきた。")
    (m,) = [m for m in ms if m.event == "COOPERATE"]
    assert m.date == "2024-10"
    ms = code(
        "両国は5月10日に停戦で合意したが、インドはその後もパキスタンとの対話を拒み続けている。"
    )
    (m,) = [m for m in ms if m.event == "REJECT"]
    assert m.date == "2024-10"
