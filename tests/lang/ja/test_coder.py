"""End-to-end coding of sentences we wrote: type, actors, factuality, date, claimant."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.resolve.actors import ActorResolver
from alliancewatch.types import Mention
from tests.lang.coding import code_text

pytestmark = pytest.mark.model
PUB = "2024-10-21"
JA = get_language("ja")
SETTINGS = Settings()
# a sentence that names Japan by its office holder, no event: the story it opens identifies a
# bare 政府 as Japan's (spec §6 "A bare 政府")
HOME = "官房長官は記者会見した。"


JA_ACTORS = Path(__file__).resolve().parents[3] / "alliancewatch/lang/ja/data/actors.tsv"


@cache
def ja_actors() -> ActorResolver:
    """The shared actor tables with the Japanese aliases, loaded once for the tests."""
    return ActorResolver.load(extra=(JA_ACTORS,))


def ja_codes(text: str) -> list[tuple[str, ...]]:
    """The codes of each actor the Japanese tables find in text, in order."""
    return [m.codes for m in ja_actors().find_all(text, "2025-06-01")]


def code(*paragraphs: str, published: str = PUB, title: str | None = None) -> list[Mention]:
    return code_text("ja", *paragraphs, published=published, title=title)


def brief(m: Mention) -> tuple:
    return (m.event, tuple(a.code for a in m.actor), tuple(r.code for r in m.recipient))


def briefs(*paragraphs: str) -> list[tuple]:
    return [brief(m) for m in code(*paragraphs)]


def briefs_of(kind: str, text: str, published: str) -> list[tuple]:
    """The brief of each mention of one type, for an article of that date."""
    return [brief(m) for m in code(text, published=published) if m.event == kind]


def of_kind(
    kind: str, *paragraphs: str, published: str = PUB, title: str | None = None
) -> list[tuple]:
    """The brief of each mention of one type, for an article of paragraphs (and a title)."""
    return [
        brief(m) for m in code(*paragraphs, published=published, title=title) if m.event == kind
    ]


def people(text: str, on: str | None) -> list[tuple[str, tuple[str, ...], str | None]]:
    """Each actor the Japanese tables find on a date: (text, codes, the person it names)."""
    return [(m.text, m.codes, m.holder) for m in ja_actors().find_all(text, on)]


def test_deployment_with_compound_destination():
    (m,) = code("北朝鮮軍のロシア派兵が明らかになった。")
    assert brief(m) == ("AID", ("PRK",), ("RUS",))
    assert m.factuality == "asserted" and m.date == "2024-10" and m.trigger == "派兵"


def test_receiving_reverses_the_direction():
    (m,) = code("ロシアは昨年、イランから無人機の供与を受けた。")
    assert brief(m) == ("AID", ("IRN",), ("RUS",)) and m.date == "2023"


def test_summit_of_a_compound_on_a_day():
    (m,) = code("日米首脳会談が19日、ワシントンで開かれた。")
    assert m.event == "CONSULT"
    assert {a.code for a in m.actor + m.recipient} == {"JPN", "USA"}
    assert m.date == "2024-10-19"


def test_quoted_claim_is_attributed_to_the_speaker():
    (m,) = code("韓国軍の関係者は「北朝鮮が先週、ロシアに砲弾を送った」と話した。")
    assert brief(m) == ("AID", ("PRK",), ("RUS",))
    assert m.claimed_by is not None and m.claimed_by.text == "韓国軍の関係者"
    assert m.claimed_by.cue == "と話した" and m.claimed_by.code == "KOR"


def test_hedges_bind_to_their_clause():
    (m,) = code("中国がロシアに兵器を輸出する可能性がある。")
    assert m.factuality == "possible" and m.factuality_cue.startswith("可能性")
    assert m.date is None
    (n,) = code("米国は来月、日本に迎撃ミサイルを供与する方針だ。")
    assert n.factuality == "planned" and n.date == "2024-11"


def test_denied_event_is_negated():
    (m,) = code("ロシア外務省は、北朝鮮から兵士を受け入れた事実はないと否定した。")
    assert m.event == "AID" and m.factuality == "negated"


def test_sanction_and_accusation_directions():
    ms = code(
        "欧州連合は北朝鮮に対する追加制裁を決めた。", "中国外務省は日本の対応を強く批判した。"
    )
    assert [brief(m) for m in ms] == [
        ("SANCTION", ("EUR",), ("PRK",)),
        ("ACCUSE", ("CHN",), ("JPN",)),
    ]


def test_same_event_twice_in_one_sentence_is_one_mention():
    ms = code("プーチン大統領は平壌を訪問し、金正恩総書記と会談した。")
    assert [m.event for m in ms] == ["CONSULT"]


def test_domestic_and_sports_news_yield_nothing():
    assert (
        code(
            "日本代表は韓国代表との試合で猛攻撃を見せ、3対1で勝利した。",
            "東京株式市場では防衛関連株が買われた。",
        )
        == []
    )


def test_implicit_recipient_comes_from_the_article_dyad():
    ms = code("北朝鮮はロシアに兵士を派遣した。", "北朝鮮は砲弾も追加で送った。")
    assert brief(ms[-1]) == ("AID", ("PRK",), ("RUS",)) and ms[-1].implicit


# -- discourse memory, claimants and headline lines (issue 9) ------------------------------


def test_both_leaders_are_the_pair_just_met_not_the_articles_pair():
    ms = code(
        "北朝鮮がロシアに兵士を派遣した。",
        "北朝鮮はロシアに砲弾も送った。",
        "韓国の尹錫悦大統領は20日、岸田文雄首相と会談した。",
        "両首脳は連携を強化することで一致した。",
    )
    agree = [m for m in ms if m.event == "AGREE"]
    assert agree and {c.code for c in agree[0].actor + agree[0].recipient} == {"KOR", "JPN"}


def test_the_said_country_is_the_state_just_named():
    ms = code("北朝鮮の派兵規模は約1万1000人とされ、同国はロシアからの支援を受けている。")
    assert ("AID", ("RUS",), ("PRK",)) in [brief(m) for m in ms]


def test_an_unsaid_target_takes_a_whole_compound():
    (m,) = code("北朝鮮外務省は談話で、日米韓の訓練を「無謀な力の誇示」と非難した。")
    assert m.event == "ACCUSE" and {r.code for r in m.recipient} == {"JPN", "USA", "KOR"}


def test_the_claimant_is_never_the_unsaid_receiver():
    ms = code(
        "韓国の国情院は国会に報告した。",
        "韓国政府は警戒を強めている。",
        "韓国軍も対応を急ぐ。",
        "国情院によると、北朝鮮は約1万2000人規模の派兵を決めたとみられる。",
    )
    assert not [m for m in ms if m.event == "AID" and "KOR" in {r.code for r in m.recipient}]


def test_the_doer_of_a_condemned_event_is_the_target_not_its_receiver():
    ms = code("日米韓首脳、北朝鮮のロシア派兵を非難　共同声明", "首脳は会談した。")
    accuse = [brief(m) for m in ms if m.event == "ACCUSE"]
    assert accuse == [("ACCUSE", ("JPN", "USA", "KOR"), ("PRK",))]
    statement = code("共同声明は北朝鮮によるロシアへの派兵を非難した。")
    assert not [m for m in statement if m.event == "ACCUSE"]


def test_a_headline_line_without_metadata_has_its_topic_for_actor():
    ms = code("中国軍、台湾包囲の大規模演習　「海峡雷霆」", "中国軍は1日、演習を始めた。")
    assert brief(ms[0]) == ("MOBILIZE", ("CHN",), ())


def test_headline_question_and_direction_endings():
    (m,) = code("北朝鮮がロシアに派兵か　韓国が分析")
    assert m.event == "AID" and m.factuality == "possible"
    ms = code("日本、フィリピンに巡視船供与へ　中国をけん制")
    assert [m.factuality for m in ms if m.event == "AID"] == ["planned"]


def test_a_sentence_final_non_past_is_a_plan_but_not_a_progressive():
    (m,) = code("日本とフィリピンの協定は両国の国内手続きを経て発効する。")
    assert m.factuality == "planned" and m.date is None
    ms = code("韓国政府はロシアに対し北朝鮮兵を直ちに撤収させるよう求めています。")
    assert [m.factuality for m in ms if m.event == "REQUEST"] == ["asserted"]


def test_an_assessment_is_probable_and_dated_by_publication():
    ms = code("韓国の情報当局は、ロシアが北朝鮮に防空装備を提供したとみている。")
    (m,) = [m for m in ms if m.event == "AID"]
    assert m.factuality == "probable" and m.date == "2024-10"


def test_polite_according_to_is_the_source_not_the_actor():
    (m,) = code("防衛省によりますと、北朝鮮はけさ、弾道ミサイルを東の方向に発射しました。")
    assert brief(m) == ("MOBILIZE", ("PRK",), ())
    assert m.claimed_by is not None and m.claimed_by.text == "防衛省"


def test_compound_abbreviations_and_chinas_taiwan_office():
    ms = code("日英伊の防衛相は次期戦闘機の共同開発で協力することで合意した。")
    assert {c.code for m in ms for c in m.actor + m.recipient} == {"JPN", "GBR", "ITA"}
    ms = code("国務院台湾事務弁公室の報道官は、台湾の頼清徳総統を「寄生虫」と呼んで非難した。")
    assert ("ACCUSE", ("CHN",), ("TWN",)) in [brief(m) for m in ms]


def test_the_speaker_of_a_quoted_statement_claims_it_a_bare_one_does_not():
    ms = code("岩屋外相は記者会見で、北朝鮮の行動を「断じて容認できない」と非難した。")
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert m.claimed_by is not None and m.claimed_by.text == "岩屋外相"
    ms = code("米国務省は声明で、中国の行動を非難した。")
    assert [m.claimed_by for m in ms if m.event == "ACCUSE"] == [None]


def test_a_partner_the_parser_lost_is_read_from_its_particle():
    ms = code("石破総理大臣はアメリカのワシントンでトランプ大統領と初めての首脳会談に臨みました。")
    (m,) = [m for m in ms if m.event == "CONSULT"]
    assert {c.code for c in m.actor + m.recipient} == {"JPN", "USA"}


def test_ratification_exchange_acceptance_and_opposition():
    ms = code("ロシアは北朝鮮との条約を批准した。", "両国は同日、モスクワで批准書を交換した。")
    second = [m for m in ms if m.sequence == 1 and m.event == "SUPPORT"]
    assert second and {c.code for c in second[0].actor + second[0].recipient} == {"PRK", "RUS"}
    ms = code("ウクライナは米国の停戦案を受け入れると表明した。")
    assert [brief(m) for m in ms] == [("AGREE", ("UKR",), ("USA",))]  # 停戦案: no ceasefire yet
    ms = code("日米は中国による一方的な現状変更の試みに強く反対した。")
    assert any(m.event == "ACCUSE" and {r.code for r in m.recipient} == {"CHN"} for m in ms)


def test_joining_an_allys_war_attacks_the_enemy_not_the_ally():
    ms = code(
        "北朝鮮がロシアに兵士を派遣した。",
        "北朝鮮兵はロシア軍とともにウクライナ軍との戦闘に参加した。",
        "北朝鮮は、ロシア西部クルスク州での戦闘に自国の部隊が参加したことを認めた。",
    )
    fights = [brief(m) for m in ms if m.event == "ASSAULT"]
    assert fights and all(f == ("ASSAULT", ("PRK",), ("UKR",)) for f in fights)


def test_one_states_joint_exercise_is_a_mobilisation():
    ms = code("中国軍の東部戦区は1日、陸海空軍とロケット軍による合同演習を始めたと発表した。")
    assert [brief(m) for m in ms] == [("MOBILIZE", ("CHN",), ())]


def test_an_undated_sentence_keeps_the_day_of_the_lead():
    ms = code(
        "北朝鮮は19日、弾道ミサイルを発射した。",
        "日本政府は北京の大使館ルートを通じて北朝鮮に抗議した。",
    )
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert m.date == "2024-10-19"
    ms = code("北朝鮮は2日、弾道ミサイルを発射した。", "日本政府は北朝鮮に抗議した。")
    (m,) = [m for m in ms if m.event == "ACCUSE"]
    assert m.date == "2024-10"  # the lead's day is weeks before publication: the month


def test_a_relative_clause_carrying_out_an_event_noun_gives_its_doer_and_date():
    ms = code("朝鮮中央通信は20日、米国と韓国が18日から始めた合同軍事演習を非難した。")
    assert {brief(m) for m in ms} == {
        ("COOPERATE", ("USA",), ("KOR",)),  # as 合同演習 gives it (symmetric: scored as a pair)
        ("ACCUSE", ("PRK",), ("USA", "KOR")),
    }
    (drill,) = [m for m in ms if m.event == "COOPERATE"]
    assert drill.date == "2024-10-18"


def test_the_subject_of_a_threats_condition_is_the_threatened():
    ms = code(
        "論評は、米国とその追従勢力が挑発を続けるなら、朝鮮人民軍は「圧倒的な力で対応する」と警告した。"
    )
    assert ("THREATEN", ("PRK",), ("USA",)) in [brief(m) for m in ms]


def test_treaty_bill_passed_by_a_legislature():
    ms = code("ロシア下院は24日、北朝鮮との条約の批准案を可決した。")
    assert [m.event for m in ms] == ["SUPPORT"]
    assert {c.code for c in ms[0].actor + ms[0].recipient} == {"RUS", "PRK"}


def test_a_reported_subject_hung_on_the_object_is_the_doer_not_the_claimant():
    ms = code(
        "韓国国防省は今月、北朝鮮がこれまでにロシアに砲弾などを積んだコンテナ1万個以上を"
        "送ったとの分析を明らかにした。"
    )
    assert [brief(m) for m in ms if m.event == "AID"] == [("AID", ("PRK",), ("RUS",))]


def test_a_compared_thing_is_no_partner():
    ms = code(
        "北朝鮮はロシアに派兵した。",
        "定石通りなら、その後韓米連合司令部と類似の朝ロ連合司令部体系を設けて両側が一緒に作戦計画を立てる。",
    )
    coop = [{c.code for c in m.actor + m.recipient} for m in ms if m.event == "COOPERATE"]
    assert {"PRK", "RUS"} in coop and not [c for c in coop if c >= {"PRK", "KOR"}]


def test_liberating_a_territory_is_no_release_and_an_invasion_compound_is_the_victim():
    ms = code("朝鮮人民軍の部隊がロシア連邦クルスク州の解放作戦に参戦した。")
    assert not [m for m in ms if m.event == "RETREAT"]
    ms = code("ロシアは捕虜となっていたウクライナ兵100人を解放した。")
    assert [brief(m) for m in ms] == [("RETREAT", ("RUS",), ("UKR",))]
    ms = code("日本はウクライナ侵略を受けてロシアへの制裁を段階的に強化してきた。")
    assert not [m for m in ms if m.event == "ASSAULT" and m.recipient[0].code != "UKR"]


def test_a_conditional_event_has_no_date():
    ms = code(
        "プーチン大統領は20日、韓国がウクライナに武器を供与した場合は「大きな過ちになる」と警告した。"
    )
    (m,) = [m for m in ms if m.event == "AID"]
    assert m.factuality == "hypothetical" and m.date is None


def test_a_headlines_dateline_is_not_its_topic():
    ms = code("【ソウル共同】北朝鮮、ロシアに特殊部隊1500人派遣　韓国国情院")
    assert [brief(m) for m in ms] == [("AID", ("PRK",), ("RUS",))]


def test_the_subject_of_a_threats_case_clause_is_the_threatened():
    ms = code(
        "プーチン大統領は訪問先のベトナムで、韓国がウクライナに武器を供与した場合は"
        "「大きな過ちになる」と警告した。"
    )
    assert ("THREATEN", ("RUS",), ("KOR",)) in [brief(m) for m in ms]
