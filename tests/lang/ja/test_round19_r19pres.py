"""Round 19 (r19pres): event words a sentence presupposes or leaves open are no mentions
(blind18 PRES): a public mood (反発が強い), an open aspect of a future event (撤収の時期,
交渉の行方) or a plan's content (駐留を柱とする), an open question (…かどうか) without its
target written, the subject of a clause of time (空爆が始まってから), and an act a stance
verb judges (米英の攻撃に反対してきた) without its target written."""

from __future__ import annotations

import pytest

from alliancewatch.lang.ja import lexicon
from alliancewatch.lang.ja.frames import JapaneseFrames
from alliancewatch.lang.ja.parse import parse_texts
from alliancewatch.types import Sentence

from .test_coder import briefs, code

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def keys_of():
    fr = JapaneseFrames(lexicon.load())

    def run(text: str) -> list[str]:
        (toks,) = parse_texts([text])
        return [f.key for f in fr.frames(Sentence(0, 0, 0, len(text), text, tokens=toks))]

    return run


def test_public_mood_is_no_accusation():
    out = briefs(
        "ただ韓国国内では、日本が台湾の独立を後押ししているとの反発が強く、"
        "ソウルの日本大使館前では抗議集会が続いている。"
    )
    assert not any(e == "ACCUSE" for e, _, _ in out)


def test_a_state_that_objects_still_accuses():
    assert ("ACCUSE", ("KOR",), ("JPN",)) in briefs("韓国政府は日本の決定に強く反発した。")


def test_open_question_is_no_threat():
    out = briefs(
        "韓国政府は、北朝鮮の発射を「重大な挑発だ」と非難し、対抗措置をとるかどうか慎重に検討している。"
    )
    assert ("ACCUSE", ("KOR",), ("PRK",)) in out
    assert not any(e == "THREATEN" for e, _, _ in out)


def test_open_question_with_its_target_written_is_possible():
    (m,) = [
        m
        for m in code("ロシアが北朝鮮に軍事技術を提供しているかどうかは明らかでない。")
        if m.event == "AID"
    ]
    assert m.factuality == "possible"
    assert [a.code for a in m.actor] == ["RUS"] and [r.code for r in m.recipient] == ["PRK"]


def test_open_question_frames(keys_of):
    assert "釈放" not in keys_of(
        "トルコ政府は釈放を続けるかどうか明らかにしておらず、両国関係は一段と冷え込むとみられる。"
    )


def test_time_clause_subject_takes_no_doer_from_the_main_clause():
    out = briefs("だが空爆が始まってから、ロシア軍はシリア北部での掃討作戦をむしろ強めた。")
    assert ("ASSAULT", ("RUS",), ("SYR",)) in out  # the main clause's own act
    assert len([e for e, _, _ in out if e == "ASSAULT"]) == 1


def test_open_aspects_and_plan_content_build_no_frame(keys_of):
    assert "撤収" not in keys_of("外交筋は「米軍のイラクからの撤収の時期が焦点だ」とみている。")
    assert "交渉" not in keys_of("国境を巡る両国の交渉の行方は見通せない。")
    assert "駐留" not in keys_of(
        "自治の拡大と、NATO主体の平和維持部隊の駐留を柱とする和平案が示された。"
    )


def test_withdrawal_told_is_kept():
    assert ("RETREAT", ("USA",), ("IRQ",)) in briefs("米軍は来月、イラクから撤収する。")


def test_judged_attack_without_target_is_no_assault():
    out = briefs("米英の攻撃に反対してきたドイツのシュレーダー首相は声明を出した。")
    assert ("ACCUSE", ("DEU",), ("USA", "GBR")) in out
    assert not any(e == "ASSAULT" for e, _, _ in out)


def test_welcomed_dispatch_is_no_deployment():
    out = briefs("インドネシア政府は日本などの艦艇派遣を歓迎する意向を示した。")
    assert ("SUPPORT", ("IDN",), ("JPN",)) in out
    assert not any(e in ("MOBILIZE", "AID") for e, _, _ in out)


def test_judged_use_of_force_builds_no_frame(keys_of):
    keys = keys_of(
        "ただ日本政府は、武力行使を全面的に支持するわけではないと説明しており、"
        "国連を重視する立場を強調した。"
    )
    assert "武力行使" not in keys and "支持" in keys


def test_judged_invasion_with_its_target_written_is_kept():
    out = briefs("3カ国の首脳はロシアによるウクライナ侵略を非難した。")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in out


def test_time_clause_subject_alone_builds_no_frame(keys_of):
    keys = keys_of("だが空爆が始まってから、ロシア軍はシリア北部での掃討作戦をむしろ強めた。")
    assert "空爆" not in keys and "掃討作戦" in keys


def test_time_clause_with_its_doer_written_is_kept():
    out = briefs("ロシアによるウクライナ侵攻が始まって以降、ポーランドは国境の警備を強化している。")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in out


def test_market_worry_is_no_accusation():
    out = briefs(
        "日本の市場関係者の間では、中国経済の減速が日本企業の業績に影響を及ぼすとの懸念も出ている。"
    )
    assert not any(e == "ACCUSE" for e, _, _ in out)


def test_worry_inside_a_government_is_its_state_s():
    out = briefs("米政府内には、中国が中距離ミサイルの配備を急速に進めているとの懸念も強い。")
    assert ("ACCUSE", ("USA",), ("CHN",)) in out
