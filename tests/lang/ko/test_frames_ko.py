"""Korean frame builder: roles, voice, clause structure (kiwipiepy runs; no GiNZA)."""

from __future__ import annotations

import pytest

from alliancewatch.lang.ko.examples import EXAMPLES
from alliancewatch.lang.ko.frames import frames, lexicon
from alliancewatch.lang.ko.parse import tokens
from alliancewatch.types import Frame, Sentence

ROLES = {
    "agent", "topic", "patient", "recipient", "source", "comitative", "agent_phrase",
    "genitive", "compound", "target", "content_agent",
}  # fmt: skip


def parse(text: str, title: bool = False) -> list[Frame]:
    return frames(Sentence(0, 0, 0, len(text), text, is_title=title, tokens=tokens(text)))


def frame(text: str, key: str, title: bool = False) -> Frame:
    found = [f for f in parse(text, title) if f.key == key]
    assert found, f"no frame {key} in {text}: {[f.key for f in parse(text, title)]}"
    return found[0]


def roles(f: Frame) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in f.arguments:
        out.setdefault(a.role, []).append(a.text)
    return out


@pytest.mark.parametrize(("sentence", "event", "expected"), EXAMPLES)
def test_examples(sentence: str, event: str, expected: dict[str, str]) -> None:
    fs = [f for f in parse(sentence) if lexicon().triggers[f.key].event == event]
    assert fs, sentence
    got = roles(fs[0])
    for role, text in expected.items():
        assert text in got.get(role, []), (sentence, role, got)


def test_every_role_is_in_the_contract_set() -> None:
    for sentence, _, _ in EXAMPLES:
        for f in parse(sentence):
            assert {a.role for a in f.arguments} <= ROLES


def test_particles_give_roles() -> None:
    r = roles(frame("북한이 러시아에 특수부대 병력 1500명을 보냈다.", "보내다"))
    assert r["agent"] == ["북한"]
    assert r["recipient"] == ["러시아"]
    assert r["patient"] == ["특수부대 병력 1500명"]


def test_passive_noun_verb() -> None:
    f = frame("북한군 병력이 러시아에 파견됐다.", "파견")
    assert f.voice == "passive"
    assert roles(f)["agent"] == ["북한군 병력"]


def test_receptive_light_verb_keeps_the_genitive_giver() -> None:
    f = frame("북한은 러시아의 기술 지원을 받아 정찰위성을 발사했다.", "기술 지원")
    assert f.voice == "receptive"
    r = roles(f)
    assert r["genitive"] == ["러시아"] and r["topic"] == ["북한"]


def test_light_verb_takes_the_trigger_noun() -> None:
    f = frame("양국 외교장관은 모스크바에서 회담을 진행했다.", "회담")
    assert not f.nominal
    assert roles(f)["topic"] == ["양국 외교장관"]
    assert "location" not in roles(f)  # 모스크바에서 is a place


def test_coordinated_clauses_share_the_subject() -> None:
    f = frame("김정은 위원장과 푸틴 대통령은 정상회담을 갖고 조약에 서명했다.", "서명")
    assert roles(f)["agent"] == ["김정은 위원장과 푸틴 대통령"]


def test_relative_clause_head_is_the_subject() -> None:
    f = frame("러시아에 파병된 북한군은 쿠르스크에 배치됐다.", "파병")
    assert roles(f)["agent"] == ["북한군"]
    assert roles(f)["recipient"] == ["러시아"]


def test_subject_left_of_a_relative_clause_belongs_to_the_main_verb() -> None:
    f = frame("북한이 전쟁에 투입할 병력을 러시아에 보냈다.", "보내다")
    assert roles(f)["agent"] == ["북한"]


def test_subject_next_to_a_relative_verb_belongs_to_it() -> None:
    f = frame("북한은 한미일 훈련이 열릴 때마다 강하게 비난했다.", "비난")
    assert roles(f)["topic"] == ["북한"]
    assert "agent" not in roles(f)


def test_nominal_trigger_with_genitive_and_adnominal() -> None:
    f = frame("정부는 러시아에 대한 북한의 무기 지원을 규탄했다.", "무기 지원")
    assert f.nominal
    r = roles(f)
    assert r["genitive"] == ["북한"] and r["recipient"] == ["러시아"]


def test_compound_inside_the_phrase() -> None:
    f = frame("한미 연합훈련이 시작됐다.", "연합훈련")
    assert roles(f)["compound"] == ["한미"]


def test_troops_in_a_compound_are_the_sender() -> None:
    f = frame("북한군 파병 보도가 나왔다.", "파병")
    assert roles(f)["genitive"] == ["북한군"]


def test_headline_bare_subject_and_comma() -> None:
    f = frame("북한, 러시아에 특수부대 1500명 파병…국정원 발표", "파병", title=True)
    assert not f.nominal
    r = roles(f)
    assert r["topic"] == ["북한"] and r["recipient"] == ["러시아"]


def test_headline_without_a_final_ending_is_read_as_a_headline() -> None:
    f = frame("한미일, 다음 주 연합훈련", "연합훈련")
    assert roles(f)["topic"] == ["한미일"]


def test_dateline_is_not_an_argument() -> None:
    f = frame("(서울=연합뉴스) 김민수 기자 = 북한이 러시아에 병력을 보냈다.", "보내다")
    assert all("연합뉴스" not in a.text for a in f.arguments)


def test_object_requirement_filters_letters() -> None:
    assert not [f for f in parse("김정은은 푸틴에게 축전을 보냈다.") if f.key == "보내다"]


def test_addressee_clause_with_de_daehae() -> None:
    f = frame("라브로프 장관은 한미일이 군사 협력을 확대하는 데 대해 비난했다.", "비난")
    r = roles(f)
    assert r["recipient"] == ["한미일"]
    assert r["topic"] == ["라브로프 장관"]


def test_place_heads_are_not_triggers_of_their_own() -> None:
    assert lexicon().triggers["전쟁"].event == "NONE"


def test_each_conjunct_of_a_coordinated_phrase_is_read() -> None:
    fs = parse("성명은 북한군의 러시아 파병과 북러 간 군사 협력에 대해 우려를 표명했다.")
    keys = {f.key for f in fs}
    assert {"파병", "군사 협력", "우려"} <= keys
    f = next(f for f in fs if f.key == "파병")
    assert roles(f)["genitive"] == ["북한군"] and roles(f)["compound"] == ["러시아"]


def test_a_noun_called_something_in_a_quote_is_no_event() -> None:
    fs = parse('대통령실은 북한의 파병을 "심각한 안보 위협"이라고 규정했다.')
    assert "위협" not in {f.key for f in fs}


def test_on_the_occasion_of_is_no_argument() -> None:
    f = frame("양국 정상은 정상회의를 계기로 정상회담을 가졌다.", "정상회담")
    assert "recipient" not in roles(f)


def test_past_day_modifier_is_no_relative_clause() -> None:
    f = frame("북한과 러시아가 지난 19일 평양에서 체결한 조약이 발효됐다.", "체결")
    assert roles(f)["agent"] == ["북한과 러시아"]


def test_adverbial_noun_after_a_clause_is_not_its_subject() -> None:
    f = frame("쇼이구 서기는 김정은 위원장을 만난 뒤 귀국했다.", "만나다")
    assert roles(f)["agent"] == ["쇼이구 서기"]


def test_possessor_across_an_adjective_belongs_to_the_argument() -> None:
    f = frame("합참은 북한의 명백한 도발을 강력히 규탄했다.", "규탄")
    assert roles(f)["patient"] == ["북한의 명백한 도발"]
    assert "genitive" not in roles(f)
