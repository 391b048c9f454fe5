"""Round 8 (ja8zero): participants left unsaid, read from the topic before (zero anaphora).

A Japanese story names its actor once as the topic and drops it afterwards; a statement is
then spoken of as 談話は, an outlet as 同通信は; a summary's items open with 〜から、 and run
under the lead that introduced them. A new paragraph, a topic naming no state, a headline,
a quote, a condition and the writer's own wish carry nothing. Sentences are our own.
"""

from __future__ import annotations

import pytest

from alliancewatch.lang import OUTLET, ZERO
from alliancewatch.lang.ja.parse import parse_texts
from alliancewatch.lang.ja.topic import sentence_topic
from alliancewatch.types import Sentence

from .test_coder import briefs

pytestmark = pytest.mark.model

LEAD = "中国の習近平国家主席は5日、北京でベトナムの首脳と会談した。"
SUPPORT = ("SUPPORT", ("CHN",), ("PRK",))


def _topic(text: str) -> tuple[str, str] | None:
    s = Sentence(0, 0, 0, len(text), text, tokens=parse_texts([text])[0])
    t = sentence_topic(s)
    return (t.text, t.marker) if t else None


def test_unsaid_subject_continues_the_topic() -> None:
    assert SUPPORT in briefs(LEAD + "北朝鮮の立場を支持すると表明した。")


def test_new_paragraph_carries_no_topic() -> None:
    assert SUPPORT not in briefs(LEAD, "北朝鮮の立場を支持すると表明した。")


def test_topic_naming_no_state_ends_the_topic() -> None:
    text = LEAD + "地元の企業は新たな工場の建設を発表した。北朝鮮の立場を支持すると表明した。"
    assert SUPPORT not in briefs(text)


def test_subject_written_but_unparsed_is_not_replaced() -> None:
    # ロシアが is the subject of 渡す; the topic of the lead is no side of the transfer
    text = (
        "日本政府は6日、ロシアに対する追加制裁を決めた。"
        "専門家の間では、ロシアが見返りとして、北朝鮮に潜水艦の技術を渡す可能性があるという"
        "見方も出ている。"
    )
    ms = briefs(text)
    assert ("AID", ("RUS",), ("PRK",)) in ms
    assert not any(b[0] == "AID" and b[1] == ("JPN",) for b in ms)


def test_the_writers_wish_is_no_actors_deed() -> None:
    text = "日本政府は韓国との首脳会談を来月開く方針だ。韓国にも冷静な対応を求めたい。"
    assert not any(b[0] == "REQUEST" for b in briefs(text))


def test_statement_speaks_for_the_topics_state() -> None:
    ms = briefs(
        "北朝鮮外務省は8日、報道官談話を発表した。",
        "談話は、米国が軍事演習を拡大していると非難した。",
    )
    assert ("ACCUSE", ("PRK",), ("USA",)) in ms


def test_joint_statement_speaks_for_its_signatories() -> None:
    ms = briefs(
        "日本、米国、韓国の首脳は13日、ペルーで会談し、共同声明を発表した。",
        "共同声明は、北朝鮮の弾道ミサイル発射を強く非難した。",
    )
    assert ("ACCUSE", ("JPN", "USA", "KOR"), ("PRK",)) in ms


def test_spokesman_speaks_for_the_topics_state() -> None:
    ms = briefs(
        "北朝鮮外務省は8日、談話を発表した。",
        "スポークスマンは、米国が朝鮮半島で軍事演習を拡大していると非難した。",
    )
    assert ("ACCUSE", ("PRK",), ("USA",)) in ms


def test_topic_of_a_noun_predicate_clause() -> None:
    # 外務省は…報道官談話で、: the topic hangs on a noun with its copula, still the main clause
    ms = briefs(
        "北朝鮮外務省は8日に発表した報道官談話で、米国の軍事演習を強く非難した。",
        "談話は、韓国が米国の戦略資産を受け入れていると糾弾した。",
    )
    assert ("ACCUSE", ("PRK",), ("KOR",)) in ms
    assert ("ACCUSE", ("USA",), ("KOR",)) not in ms


def test_outlet_is_the_state_of_the_outlet_named_before() -> None:
    ms = briefs(
        "朝鮮中央通信によると、金正恩総書記は新型ミサイルの発射実験を視察した。",
        "同通信は、米国と韓国が合同演習を続けていると非難した。",
    )
    assert any(b[0] == "ACCUSE" and b[1] == ("PRK",) and "USA" in b[2] for b in ms)


def test_summary_items_run_under_the_lead() -> None:
    ms = briefs(
        "フィリピンを訪問中の岸田総理大臣は、オーストラリアのアルバニージー首相と"
        "会談を行ったところ、概要は以下のとおりです。",
        "1 岸田総理から、中国による東シナ海での一方的な現状変更の試みに深刻な懸念を表明しました。",
        "2 また、北朝鮮の核・ミサイル開発を強く非難しました。",
    )
    assert ("CONSULT", ("JPN",), ("AUS",)) in ms  # 〜たところ、 modifies no noun
    assert ("ACCUSE", ("JPN",), ("CHN",)) in ms  # 岸田総理から、: the speaker
    assert ("ACCUSE", ("JPN",), ("PRK",)) in ms  # item 2: the lead's topic


@pytest.mark.parametrize(
    "text, topic",
    [
        # a relative clause inside the topic says where, not who
        (
            "ペルーを訪問中の石破総理大臣は、中国の国家主席と会談した。",
            ("訪問中の石破総理大臣", "topic"),
        ),
        ("談話は、米国の軍事演習を非難した。", ("談話", ZERO)),
        ("同通信は、韓国の動きを伝えた。", ("同通信", OUTLET)),
        ("2 石破総理から、邦人の早期解放を求めました。", ("石破総理", "topic")),
        ("「中国は反対する」と外務省の報道官は述べた。", ("外務省の報道官", "topic")),
        # the parser hangs the topic on the time adverb after it
        ("日本側も翌日、外務次官が中国の大使を呼んで抗議した。", ("日本側", "topic")),
    ],
)
def test_sentence_topic(text: str, topic: tuple[str, str]) -> None:
    assert _topic(text) == topic


def test_headline_sets_no_topic() -> None:
    assert _topic("北朝鮮、弾道ミサイルを発射") is None


def test_bare_spokesperson_is_the_topics_state() -> None:
    # no organ in its own sentence: the topic before, not the last organ named (自衛隊機)
    ms = briefs(
        "中国海軍の報道官は7日、日本の自衛隊機が訓練を妨害したと主張した。",
        "報道官は日本側の発表を否定し、「挑発的な行為を直ちにやめるよう求める」とした。",
    )
    assert ("REQUEST", ("CHN",), ("JPN",)) in ms


def test_source_reports_its_own_deed() -> None:
    ms = briefs("イスラエル軍によると、飛来した無人機の大半を米国と英国の協力を得て迎撃した。")
    assert ("COOPERATE", ("ISR",), ("USA", "GBR")) in ms


def test_official_by_title_alone_speaks_for_the_topics_state() -> None:
    ms = briefs(
        "米財務省は22日、ロシアの石油大手2社を制裁対象に指定したと発表した。",
        "財務長官は声明で、ロシアに即時停戦に応じるよう求めた。",
    )
    assert ("REQUEST", ("USA",), ("RUS",)) in ms


def test_commentary_as_topic_and_speaker_is_one_voice() -> None:
    # 論評は…と警告した: the same phrase is the topic and the speaker of the warning
    ms = briefs(
        "北朝鮮の朝鮮中央通信は18日、論評を配信した。",
        "論評は、韓国の原潜保有が現実になれば「相応の対応措置を取らざるを得ない」とも警告した。",
    )
    assert ("THREATEN", ("PRK",), ("KOR",)) in ms


def test_the_said_ministry_is_of_the_ministry_named_before() -> None:
    # 同省: the state of the ministry, not the last state named (マリ)
    ms = briefs(
        "ウクライナ外務省は6日、マリの暫定政府の主張に反論する声明を出した。",
        "同省は戦闘への関与を断固として否定し、マリ側の主張を退けた。",
    )
    assert ("REJECT", ("UKR",), ("MLI",)) in ms


def test_joint_drill_is_no_said_army() -> None:
    # 合同軍事演習 holds 同軍 (the said army) inside a word: no side comes from it
    ms = briefs(
        "北朝鮮の朝鮮中央通信は20日、米韓両軍が19日に始めた定例の合同軍事演習について、"
        "「侵略戦争の予行演習だ」と非難する論評を配信した。"
    )
    assert ("ACCUSE", ("PRK",), ("USA", "KOR")) in ms
    assert not any(b[0] == "ASSAULT" for b in ms)
