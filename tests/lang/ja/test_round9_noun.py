"""Round 9 (ja9noun): events said as nouns, and the link lists that are no report.

A compound ending in a noun that carries out another (売却承認, 派遣決定, 侵攻開始) names the
event compounded before it; the nouns before a key are its object (制裁解除 = 制裁を解除);
a による-phrase hung on an event noun's の-object is its doer (北朝鮮によるミサイルの発射),
and so is the の-phrase of a time noun it is compounded into (首相の訪米後); a relative
clause whose head is its gapped object is the act that made it (両国が結んだ条約).
A heading of related-article links and the headline-shaped lines under it are dropped
before coding. Sentences are our own.
"""

from __future__ import annotations

import pytest

from alliancewatch.clean.blocks import clean_body, load_boilerplate, patterns_for
from alliancewatch.config import DATA_DIR

from .test_coder import brief, code

LINKS = load_boilerplate(DATA_DIR / "link_lists.tsv")
BODY = "米国防総省は3日、台湾に対戦車ミサイルを売却すると発表した。"


@pytest.mark.parametrize(
    "heading",
    [
        "■関連記事",
        "【関連記事】",
        "関連ニュース",
        "▼ 関連記事",
        "あわせて読みたい",
        "Related articles",
    ],
)
def test_link_list_under_a_heading_is_dropped(heading: str) -> None:
    links = "・中国、台湾周辺で演習\n▶ 米、対ロ制裁を拡大へ\n英首相が来日、首相と会談\nランキング"
    text = f"{BODY}\n{heading}\n{links}"
    body = clean_body(text, link_headings=patterns_for(LINKS, "ja"))
    assert body.paragraphs == (BODY,)
    assert {r.kind for r in body.removed} == {"link_list"}


def test_link_list_ends_where_sentences_resume() -> None:
    more = "中国外務省は4日、売却に強く反対すると述べた。"
    text = f"{BODY}\n関連記事\n中国、台湾周辺で演習\n{more}"
    body = clean_body(text, link_headings=patterns_for(LINKS, "ja"))
    assert body.paragraphs == (BODY, more)


def test_headline_shaped_lines_without_a_heading_stay() -> None:
    text = f"{BODY}\n中国、台湾周辺で演習\n関連の措置を講じた"
    body = clean_body(text, link_headings=patterns_for(LINKS, "ja"))
    assert len(body.paragraphs) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    "title, expected, factuality",
    [
        ("中国、イラン制裁解除へ", ("RETREAT", ("CHN",), ("IRN",)), "planned"),
        ("米国、台湾に戦闘機売却承認", ("AID", ("USA",), ("TWN",)), "asserted"),
        ("日本政府、フィリピンへの護衛艦派遣決定", ("AID", ("JPN",), ("PHL",)), "asserted"),
    ],
)
def test_headline_compound_names_the_carried_event(
    title: str, expected: tuple, factuality: str
) -> None:
    ms = [m for m in code("詳しい内容は明らかにしていない。", title=title) if m.trigger]
    assert [brief(m) for m in ms] == [expected]
    assert ms[0].factuality == factuality


@pytest.mark.model
def test_headline_subject_is_what_deploys() -> None:
    (m,) = code("詳細は不明だ。", title="ロシア艦艇3隻、初の日本海同時展開")
    assert brief(m) == ("MOBILIZE", ("RUS",), ())


@pytest.mark.model
def test_start_of_an_event_is_that_event() -> None:
    (m,) = code("ロシアは2022年2月、ウクライナへの侵攻開始を命じた。")
    assert brief(m) == ("ASSAULT", ("RUS",), ("UKR",)) and m.date == "2022-02"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("中国による巡航ミサイルの相次ぐ発射が続いている。", ("MOBILIZE", ("CHN",), ())),
        ("イランによるロシアへの砲弾の供与が問題になっている。", ("AID", ("IRN",), ("RUS",))),
    ],
)
def test_by_phrase_on_the_object_is_the_doer(text: str, expected: tuple) -> None:
    (m,) = code(text)
    assert brief(m) == expected


@pytest.mark.model
def test_genitive_of_a_time_noun_is_the_visitor() -> None:
    ms = code("2023年5月の岸田首相の訪韓以降、関係は改善した。")
    assert [brief(m) for m in ms] == [("CONSULT", ("JPN",), ("KOR",))]
    assert ms[0].date == "2023-05"


@pytest.mark.model
def test_relative_clause_on_its_object_tells_the_act() -> None:
    ms = code("2019年8月に日本と米国が結んだ協定は、関税の撤廃を定めている。")
    (m,) = [m for m in ms if m.event == "SUPPORT"]
    assert {a.code for a in m.actor + m.recipient} == {"JPN", "USA"}
    assert m.date == "2019-08" and m.factuality == "asserted"


@pytest.mark.model
def test_compound_before_a_key_is_its_object() -> None:
    (m,) = code("欧州連合は、シリアに対する経済制裁解除を決めた。")
    assert brief(m) == ("RETREAT", ("EUR",), ("SYR",))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, absent",
    [
        ("両国は同協定に基づき、国境の部隊を減らしていく方針だ。", "SUPPORT"),
        ("イランは、核合意に基づく義務の履行を続けると述べた。", "AGREE"),
        ("報道官は、韓国側の懸念には当たらないと述べた。", "ACCUSE"),
    ],
)
def test_cited_or_answered_noun_is_no_new_event(text: str, absent: str) -> None:
    assert absent not in [m.event for m in code(text)]


@pytest.mark.model
def test_attack_answered_is_still_told() -> None:
    ms = code("フィンランドは、ロシアによるウクライナ侵攻を受けて、NATOへの加盟を申請した。")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in [brief(m) for m in ms]


@pytest.mark.model
def test_law_about_an_event_is_done_by_its_signer() -> None:
    (m,) = code("ロシアの大統領は5日、日本との協定の破棄に関する法律に署名した。")
    assert brief(m) == ("SANCTION", ("RUS",), ("JPN",)) and m.date == "2024-10-05"
    assert code("外相は、制裁に関する報道について説明した。") == []
