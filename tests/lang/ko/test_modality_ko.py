"""Korean factuality cues and attribution (who the sentence says claims the event)."""

from __future__ import annotations

import pytest

from alliancewatch.lang.ko.frames import frames
from alliancewatch.lang.ko.parse import tokens
from alliancewatch.plover import FACTUALITY
from alliancewatch.types import Frame, Sentence

LABELS = {*FACTUALITY, "unreal"} - {"asserted"}


def frame(text: str, key: str) -> Frame:
    found = [
        f for f in frames(Sentence(0, 0, 0, len(text), text, tokens=tokens(text))) if f.key == key
    ]
    assert found, text
    return found[0]


def labels(f: Frame) -> set[str]:
    return {c.label for c in f.cues}


@pytest.mark.parametrize(
    ("sentence", "key", "label"),
    [
        ("북한이 러시아에 병력을 파병할 것으로 보인다.", "파병", "probable"),
        ("북한이 러시아에 병력을 보낸 것으로 추정된다.", "보내다", "probable"),
        ("군 당국은 북한이 추가로 파병할 가능성이 있다고 밝혔다.", "파병", "possible"),
        ("북한이 미사일을 발사할 가능성이 높다.", "발사", "probable"),
        ("러시아는 북한에 기술을 이전할 수 있다.", "이전", "possible"),
        ("양국 정상은 다음 달 회담할 예정이다.", "회담", "planned"),
        ("정부는 독자 제재를 부과할 방침이다.", "독자 제재", "planned"),
        ("러시아는 북한에 전투기를 제공하기로 했다.", "제공", "planned"),
        ("북한은 추가 파병을 하지 않았다.", "추가 파병", "negated"),
        ("러시아는 북한에 무기를 공급하지 않았다.", "공급", "negated"),
        ("북한은 병력을 러시아에 안 보냈다.", "보내다", "negated"),
        ("러시아가 살상무기를 공급하면 관계가 악화될 것이다.", "공급", "hypothetical"),
        ("한국이 무기를 지원할 경우 대가를 치를 것이다.", "지원", "hypothetical"),
        ("미국은 북한에 병력 철수를 촉구했다.", "철수", "unreal"),
        ("정부는 북한군이 즉각 철수하도록 요구했다.", "철수", "unreal"),
        ("러시아 측은 북한군 파병을 부인했다.", "파병", "negated"),
    ],
)
def test_cue(sentence: str, key: str, label: str) -> None:
    f = frame(sentence, key)
    assert label in labels(f), (sentence, f.cues)
    assert labels(f) <= LABELS


def test_plain_past_is_asserted() -> None:
    assert not frame("북한이 러시아에 병력을 보냈다.", "보내다").cues


def test_relative_clause_event_is_presupposed() -> None:
    # the sending is told as a fact; the plan belongs to the main clause
    f = frame("러시아에 파견된 북한군은 내년에 귀국할 예정이다.", "파견")
    assert "planned" not in labels(f)


def test_coordinated_plan_covers_both_clauses() -> None:
    f = frame("3국은 정보를 공유하고 연합훈련을 실시할 계획이다.", "공유")
    assert "planned" in labels(f)


def test_negation_does_not_climb_from_the_next_clause() -> None:
    f = frame("러시아는 북한과 회담하고 성명을 내지 않았다.", "회담")
    assert "negated" not in labels(f)


def test_reported_speech_speaker_is_the_claimant() -> None:
    f = frame("북한이 러시아에 병력을 보냈다고 국가정보원이 18일 밝혔다.", "보내다")
    assert f.speaker is not None and f.speaker.text == "국가정보원"
    assert f.speaker_cue == "밝혔다"
    assert {a.text for a in f.arguments}.isdisjoint({"국가정보원"})


def test_topic_before_the_quoted_clause_is_the_claimant() -> None:
    f = frame("국정원은 북한이 러시아에 병력을 보냈다고 설명했다.", "보내다")
    assert f.speaker is not None and f.speaker.text == "국정원"
    assert [a.text for a in f.arguments if a.role in ("agent", "topic")] == ["북한"]


def test_cognition_verb_makes_the_content_probable() -> None:
    f = frame("군 당국은 북한이 미사일을 발사했다고 판단했다.", "발사")
    assert "probable" in labels(f)
    assert f.speaker is not None and f.speaker.text == "군 당국"


def test_according_to_names_the_source() -> None:
    f = frame("국정원에 따르면 북한은 러시아에 포탄을 넘겼다.", "넘기다")
    assert f.speaker is not None and f.speaker.text == "국정원"
    assert f.speaker_cue == "에 따르면"


def test_agency_credited_with_a_report() -> None:
    f = frame("조선중앙통신은 북한이 정찰위성을 발사했다고 보도했다.", "발사")
    assert f.speaker is not None and f.speaker.text == "조선중앙통신"


def test_direct_quote_speaker() -> None:
    f = frame('외교부 대변인은 "러시아에 대한 북한의 무기 지원을 규탄한다"고 말했다.', "규탄")
    assert f.in_quote
    assert f.speaker is not None and f.speaker.text == "외교부 대변인"


def test_own_announcement_makes_the_speaker_the_actor() -> None:
    f = frame("북한은 정찰위성을 발사했다고 발표했다.", "발사")
    assert f.speaker is not None and f.speaker.text == "북한"
    assert any(a.text == "북한" and a.role in ("agent", "topic") for a in f.arguments)


def test_non_past_news_ending_is_a_plan() -> None:
    assert "planned" in labels(frame("한미일은 15일부터 연합훈련을 실시한다.", "연합훈련"))
    assert "planned" not in labels(frame("한미일은 15일 연합훈련을 실시했다.", "연합훈련"))
    assert "planned" not in labels(frame("3국은 정보를 공유하고 있다.", "공유"))


def test_main_clause_of_a_condition_is_hypothetical() -> None:
    f = frame("북한이 훈련을 마치면 러시아에 병력을 다시 파견할 것이다.", "파견")
    assert "hypothetical" in labels(f)


def test_not_ruling_out_is_possible() -> None:
    f = frame("푸틴 대통령은 북한과의 군사기술 협력을 배제하지 않는다고 말했다.", "협력")
    assert "possible" in labels(f)
    assert "negated" not in labels(f)


def test_broadcast_transcript_speaker() -> None:
    f = frame('[녹취] 합참 공보실장 : "북한의 도발을 강력히 규탄합니다."', "규탄")
    assert f.speaker is not None and f.speaker.text == "합참 공보실장"


def test_headline_speaker_before_a_quote() -> None:
    text = '합참 "北, 러시아에 포탄 보낸 듯"'
    f = [
        f
        for f in frames(Sentence(0, 0, 0, len(text), text, is_title=True, tokens=tokens(text)))
        if f.key == "보내다"
    ][0]
    assert f.speaker is not None and f.speaker.text == "합참"
    assert "probable" in labels(f)
