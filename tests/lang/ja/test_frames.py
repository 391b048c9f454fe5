"""Frames from real GiNZA parses of sentences we wrote. Marked `model`: loads GiNZA."""

from __future__ import annotations

import pytest

from alliancewatch.lang.ja import lexicon
from alliancewatch.lang.ja.frames import JapaneseFrames
from alliancewatch.lang.ja.parse import parse_texts
from alliancewatch.types import Frame, Sentence

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def frames_of():
    fr = JapaneseFrames(lexicon.load())

    def run(text: str) -> list[Frame]:
        (toks,) = parse_texts([text])
        return fr.frames(Sentence(0, 0, 0, len(text), text, tokens=toks))

    return run


def roles(f: Frame) -> dict[str, str]:
    return {a.role: a.text for a in f.arguments}


def only(frames: list[Frame], key: str) -> Frame:
    found = [f for f in frames if f.key == key]
    assert len(found) == 1, [f.key for f in frames]
    return found[0]


def test_case_particles_give_roles(frames_of):
    f = only(frames_of("イランは昨年、ロシアに無人機を供与した。"), "供与")
    assert roles(f)["topic"] == "イラン" and roles(f)["recipient"] == "ロシア"
    assert f.voice == "active" and not f.cues


def test_receptive_light_verb_reverses_direction(frames_of):
    f = only(frames_of("ロシアは北朝鮮から砲弾の供与を受けた。"), "供与")
    assert f.voice == "receptive"
    assert roles(f)["source"] == "北朝鮮" and roles(f)["topic"] == "ロシア"


def test_nominal_trigger_with_genitive_and_compound(frames_of):
    f = only(frames_of("中国軍のロシア派兵が確認された。"), "派兵")
    assert f.nominal and roles(f)["genitive"] == "中国軍" and roles(f)["compound"] == "ロシア"


def test_passive_voice(frames_of):
    f = only(frames_of("ウクライナ東部の都市がロシア軍によって砲撃された。"), "砲撃")
    assert f.voice == "passive" and roles(f)["agent_phrase"] == "ロシア軍"


def test_negation_binds_to_its_own_predicate(frames_of):
    f = only(frames_of("政府は今回、部隊を派遣しなかった。"), "派遣")
    assert [c.label for c in f.cues] == ["negated"]


def test_hedge_noun_governs_the_event_clause(frames_of):
    f = only(frames_of("北朝鮮が近くミサイルを発射する可能性が高い。"), "発射")
    assert [c.label for c in f.cues] == ["probable"]
    g = only(frames_of("両国が来月首脳会談を開く予定だ。"), "首脳会談")
    assert "planned" in [c.label for c in g.cues]


def test_conditional_clause_is_hypothetical(frames_of):
    f = only(frames_of("中国が台湾を攻撃した場合、米国は介入する。"), "攻撃")
    assert [c.label for c in f.cues] == ["hypothetical"]


def test_presupposed_relative_clause_keeps_no_matrix_hedge(frames_of):
    f = only(
        frames_of("ロシアが北朝鮮の援助を受けたことは、重大な挑戦と見ることができる。"), "援助"
    )
    assert f.cues == ()


def test_quote_speaker_and_cue(frames_of):
    f = only(frames_of("国防省報道官は「敵が国境付近を砲撃した」と述べた。"), "砲撃")
    assert f.speaker is not None and f.speaker.text == "国防省報道官"
    assert f.speaker_cue == "と述べた" and f.in_quote


def test_reported_judgement_is_probable_and_attributed(frames_of):
    f = only(frames_of("北朝鮮がロシアから技術の支援を受けたと情報当局は判断した。"), "支援")
    assert [c.label for c in f.cues] == ["probable"]
    assert f.speaker is not None and f.speaker.text == "情報当局"


def test_according_to_is_attribution(frames_of):
    f = only(frames_of("聯合ニュースによると、北朝鮮は弾道ミサイルを発射した。"), "発射")
    assert f.speaker is not None and f.speaker.text == "聯合ニュース"
    assert f.speaker_cue == "によると"


def test_treaty_names_are_not_events(frames_of):
    assert frames_of("両国は相互援助条約の文言を確認した。") == []
