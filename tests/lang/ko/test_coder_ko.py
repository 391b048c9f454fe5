"""End-to-end coding of Korean sentences we wrote: words for the states just named (양국,
두 정상, 3국), promises of joint acts (AGREE), headline clauses, visit words naming a state."""

from __future__ import annotations

from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.types import Mention
from tests.lang.coding import code_text

PUB = "2025-08-24"
KO = get_language("ko")
SETTINGS = Settings()


def code(*paragraphs: str, published: str = PUB, title: str | None = None) -> list[Mention]:
    return code_text("ko", *paragraphs, published=published, title=title)


def sides(m: Mention) -> set[str]:
    return {a.code for a in m.actor} | {r.code for r in m.recipient}


def of(mentions: list[Mention], event: str, sequence: int) -> Mention:
    found = [m for m in mentions if m.event == event and m.sequence == sequence]
    assert found, [(m.event, m.sequence, sides(m)) for m in mentions]
    return found[0]


def test_two_leaders_are_the_pair_of_the_last_event_not_the_article_pair():
    ms = code(
        "이재명 대통령이 일본을 방문해 이시바 총리와 정상회담을 가졌다.",
        "두 정상은 23일 도쿄에서 회담했다.",
        "이 대통령은 이어 미국으로 건너가 트럼프 대통령과 한미 정상회담을 한다.",
        "미국은 한미 동맹을 강조했다.",
    )
    assert sides(of(ms, "CONSULT", 1)) == {"KOR", "JPN"}


def test_three_countries_are_the_last_group_of_three():
    ms = code(
        "한미일 국방장관이 28일 도쿄에서 회의를 열었다.",
        "신원식 장관은 북러 간 군사 협력을 비판했다.",
        "북한은 29일 3국이 전쟁을 준비하고 있다고 비난했다.",
    )
    m = of(ms, "ACCUSE", 2)
    assert {a.code for a in m.actor} == {"PRK"}
    assert {r.code for r in m.recipient} == {"KOR", "USA", "JPN"}


def test_a_promise_to_cooperate_is_an_agreement_told_as_fact():
    ms = code("한국과 일본은 23일 한미일 안보협력을 강화하기로 했다.")
    m = of(ms, "AGREE", 0)
    assert sides(m) == {"KOR", "JPN"} and m.factuality == "asserted"
    assert not [m for m in ms if m.event == "COOPERATE"]


def test_each_headline_clause_has_its_own_subject():
    ms = code(
        '한미일, 제주 남방서 연합훈련…北 "불장난" 반발',
        "북한은 한미일 연합훈련을 비난했다.",
        title='한미일, 제주 남방서 연합훈련…北 "불장난" 반발',
    )
    heads = [m for m in ms if m.event == "ACCUSE" and m.sequence == 0]
    assert all(m.actor[0].code == "PRK" for m in heads)


def test_a_visit_word_names_the_host():
    (m,) = [m for m in code("라브로프 러 외무장관 방북") if m.event == "CONSULT"]
    assert sides(m) == {"RUS", "PRK"}


def test_a_gloss_in_parentheses_keeps_the_subject_and_its_particle():
    ms = code("유럽연합(EU)이 20일 러시아에 대한 17차 제재 패키지를 승인했다.")
    m = of(ms, "SANCTION", 0)
    assert [a.code for a in m.actor] == ["EUR"] and [r.code for r in m.recipient] == ["RUS"]


def test_a_verbal_noun_after_the_event_noun_leaves_the_event():
    ms = code("EU, 대러 17차 제재 채택", title="EU, 대러 17차 제재 채택")
    m = of(ms, "SANCTION", 0)
    assert [a.code for a in m.actor] == ["EUR"] and [r.code for r in m.recipient] == ["RUS"]


def test_any_act_two_states_promise_together_is_an_agreement():
    ms = code("한국과 일본은 23일 셔틀외교를 이어가기로 했다.")
    m = of(ms, "AGREE", 0)
    assert sides(m) == {"KOR", "JPN"} and m.factuality == "asserted"


def test_one_state_deciding_alone_is_no_agreement():
    ms = code("중국은 미국산 농산물에 보복 관세를 매기기로 했다.")
    assert not [m for m in ms if m.event == "AGREE"]


def test_the_subject_of_a_relative_clause_is_not_the_accuser():
    ms = code("북한 외무성은 담화를 발표하여 미국과 한국이 감행하는 합동군사연습을 규탄하였다.")
    m = of(ms, "ACCUSE", 0)
    assert [a.code for a in m.actor] == ["PRK"]
    assert {r.code for r in m.recipient} == {"USA", "KOR"}


def test_support_for_an_act_is_support_for_its_doer():
    ms = code('김 위원장은 "러시아 정부와 군대가 우크라이나에서 벌이는 작전을 지지한다"고 말했다.')
    m = of(ms, "SUPPORT", 0)
    assert sides(m) == {"PRK", "RUS"}


def test_a_headline_trip_to_a_capital_is_a_visit():
    ms = code("푸틴, 24년 만에 평양行", title="푸틴, 24년 만에 평양行")
    assert sides(of(ms, "CONSULT", 0)) == {"RUS", "PRK"}


def test_who_held_an_exercise_is_the_subject_of_its_light_verb_clause():
    ms = code("중국 동부전구가 지난 1일부터 대만 주변 해역에서 벌인 대규모 훈련은 사흘간 이어졌다.")
    m = of(ms, "MOBILIZE", 0)
    assert [a.code for a in m.actor] == ["CHN"]


def test_an_event_noun_in_e_before_a_light_verb_is_the_event():
    ms = code("북한은 26일 다탄두 미사일 시험발사에 성공했다고 주장했다.")
    m = of(ms, "MOBILIZE", 0)
    assert [a.code for a in m.actor] == ["PRK"] and m.date == "2025-08-26"


def test_a_meeting_of_several_states_is_consultation_of_one_is_nothing():
    ms = code("한미일 국방장관이 28일 도쿄에서 회의를 열었다.", "합참은 29일 긴급 회의를 열었다.")
    assert sides(of(ms, "CONSULT", 0)) == {"KOR", "USA", "JPN"}
    assert not [m for m in ms if m.sequence == 1]


def test_a_stance_in_the_present_is_asserted_not_planned():
    ms = code('중국 상무부는 "미국의 일방적 제재에 결연히 반대한다"고 밝혔다.')
    m = of(ms, "ACCUSE", 0)
    assert m.factuality == "asserted" and m.date == "2025-08"


def test_the_day_of_a_report_does_not_date_a_plan():
    ms = code("국정원은 북한이 러시아에 병력을 파병하기로 결정했다고 18일 밝혔다.")
    m = of(ms, "AID", 0)
    assert m.factuality == "planned" and m.date is None


def test_the_main_clause_dates_a_treaty_act_told_twice():
    text = "북한과 러시아가 지난 6월 평양에서 서명한 조약이 4일 공식 발효됐다."
    ms = code(text, published="2024-12-05")
    assert of(ms, "SUPPORT", 0).date == "2024-12-04"


def test_who_expresses_concern_claims_it():
    ms = code("하야시 장관은 북한 병사의 러시아 파견에 대해 강한 우려를 표명했다.")
    m = of(ms, "ACCUSE", 0)
    assert m.claimed_by is not None and "하야시" in m.claimed_by.text


def test_the_reporter_of_a_chain_claims_every_clause_over_modifiers():
    ms = code(
        "푸틴 대통령과 김정은 위원장이 19일 정상회담을 열고 포괄적인 조약에 서명했다고 "
        "조선중앙통신이 전했다."
    )
    m = of(ms, "CONSULT", 0)
    assert m.claimed_by is not None and m.claimed_by.text == "조선중앙통신"


def test_a_headline_name_before_a_quote_acts_after_it():
    title = '한미일, 제주 남방서 연합훈련…北 "불장난" 반발'
    ms = code(title, title=title)
    m = of(ms, "ACCUSE", 0)
    assert [a.code for a in m.actor] == ["PRK"]
    assert {r.code for r in m.recipient} == {"KOR", "USA", "JPN"}


def test_a_fellow_doer_is_not_the_other_side():
    ms = code("북한 병사들이 러시아군과 함께 우크라이나군 진지를 공격했다.")
    assert not [m for m in ms if m.event == "ASSAULT" and "RUS" in {r.code for r in m.recipient}]


def test_a_sports_team_is_no_state():
    ms = code("한국은 5회 일본 타선의 집중 공격을 막지 못했다.")
    assert not [m for m in ms if m.event == "ASSAULT"]


def test_a_condemnation_is_dated_by_its_statement_not_the_act_condemned():
    ms = code(
        "한국과 미국, 일본 외교장관은 1일 공동성명을 내고 북한의 전날 대륙간탄도미사일(ICBM) "
        "발사를 강력히 규탄했다.",
        published="2024-11-01",
    )
    assert of(ms, "ACCUSE", 0).date == "2024-11-01"


def test_acquiring_from_a_state_is_receiving_from_it():
    ms = code("폴란드는 2022년 한국으로부터 K2 전차 180대를 도입했다.")
    m = of(ms, "AID", 0)
    assert [a.code for a in m.actor] == ["KOR"] and [r.code for r in m.recipient] == ["POL"]


def test_pointing_at_an_act_is_criticism_pointing_out_a_view_is_not():
    ms = code("미 국무부는 중국의 위협적 언사를 지적했다.", '국방부는 "엄중하다"고 지적했다.')
    m = of(ms, "ACCUSE", 0)
    assert [a.code for a in m.actor] == ["USA"] and [r.code for r in m.recipient] == ["CHN"]
    assert not [m for m in ms if m.sequence == 1]


def test_scrambling_fighters_and_raising_the_alert_are_mobilisation():
    ms = code("우리 공군은 전투기를 긴급 출격시켜 대응했다.", "우리 군은 경계 태세를 격상했다.")
    assert [a.code for a in of(ms, "MOBILIZE", 0).actor] == ["KOR"]
    assert [a.code for a in of(ms, "MOBILIZE", 1).actor] == ["KOR"]


def test_whom_a_warned_consequence_befalls_is_threatened():
    ms = code('미국은 이스라엘의 방어를 지원했으며 이란에 "심각한 결과"가 있을 것이라고 경고했다.')
    assert [r.code for r in of(ms, "THREATEN", 0).recipient] == ["IRN"]


def test_who_acts_and_announces_it_claims_it():
    ms = code("미국 국무부가 대만에 F-16 전투기 부품 판매를 승인했다고 7일 발표했다.")
    m = of(ms, "AID", 0)
    assert m.claimed_by is not None and m.claimed_by.text == "미국 국무부"
    assert [a.code for a in m.actor] == ["USA"] and [r.code for r in m.recipient] == ["TWN"]


def test_must_in_a_quote_is_the_speakers_demand_of_its_subject():
    ms = code('황준국 주유엔 한국대사는 "북한은 도발을 멈추고 대화에 나서야 한다"고 말했다.')
    m = of(ms, "REQUEST", 0)
    assert [a.code for a in m.actor] == ["KOR"] and [r.code for r in m.recipient] == ["PRK"]
    assert m.factuality == "asserted"


def test_a_conditional_must_of_ones_own_side_is_no_demand():
    ms = code("그는 미국이 먼저 핵실험을 할 경우 러시아도 핵실험 준비에 들어가야 한다고 말했다.")
    assert not [m for m in ms if m.event == "REQUEST"]


def test_what_intelligence_is_about_is_no_party_to_sharing_it():
    ms = code("한국은 미국·일본과 북한 탄도미사일 경보 정보를 실시간으로 공유했다.")
    assert sides(of(ms, "COOPERATE", 0)) == {"KOR", "USA", "JPN"}
    ms = code("미국과 우크라이나는 광물 개발 수익을 공유하는 협정에 서명했다.")
    assert not [m for m in ms if m.event == "COOPERATE"]


def test_an_act_demanded_in_a_quote_did_not_happen():
    ms = code('외교부는 12일 "북러 간 불법 군사 협력을 즉각 중단해야 한다"고 촉구했다.')
    assert not [m for m in ms if m.event == "SANCTION"]
    assert {r.code for r in of(ms, "REQUEST", 0).recipient} == {"PRK", "RUS"}


def test_a_state_before_the_goods_given_is_their_giver():
    ms = code("北 '핵잠' 공개 1년…러시아 원자로 기술 이전 의혹 짙어진다", title="x")
    assert not [m for m in ms if m.event == "AID" and [a.code for a in m.actor] == ["PRK"]]


def test_a_spokesperson_without_a_state_speaks_for_the_last_organ_named():
    ms = code(
        "북한 외무성은 14일 담화를 발표했다.",
        "대변인은 미국이 정세를 극도로 긴장시키고 있다고 비난하였다.",
    )
    m = of(ms, "ACCUSE", 1)
    assert [a.code for a in m.actor] == ["PRK"] and [r.code for r in m.recipient] == ["USA"]


def test_not_accepting_is_rejecting_and_accepting_is_nothing():
    ms = code(
        "중국 외교부는 일본 측 항의를 받아들이지 않았다.",
        "중국 외교부는 일본 측 제안을 받아들였다.",
    )
    m = of(ms, "REJECT", 0)
    assert [a.code for a in m.actor] == ["CHN"] and [r.code for r in m.recipient] == ["JPN"]
    assert m.factuality == "asserted"
    assert not [m for m in ms if m.sequence == 1 and m.event == "REJECT"]


def test_a_light_verb_past_a_place_and_a_manner_adverb_still_carries_the_event():
    ms = code("북한 미사일총국은 10월 31일 신형 미사일 시험발사를 성공적으로 단행하였다.")
    assert [a.code for a in of(ms, "MOBILIZE", 0).actor] == ["PRK"]
    ms = code("북한군은 오늘 새벽 포병 사격훈련을 동해상에서 실시했다.")
    assert [a.code for a in of(ms, "MOBILIZE", 0).actor] == ["PRK"]


def test_the_author_of_a_statement_or_a_wire_credit_claims_when_nobody_speaks():
    ms = code('북한은 10일 국방성 대변인 담화에서 미국의 잠수함 전개를 "핵공갈"이라고 비난했다.')
    assert of(ms, "ACCUSE", 0).claimed_by.text == "국방성 대변인"
    ms = code("(평양 11월 1일발 조선중앙통신) 미싸일총국은 10월 31일 미사일 시험발사를 단행하였다.")
    assert of(ms, "MOBILIZE", 0).claimed_by.text == "조선중앙통신"


def test_a_stance_declared_with_gettda_is_asserted():
    ms = code("북한 외무성은 일본의 정상회담 추진을 받아들이지 않겠다고 밝혔다.")
    m = of(ms, "REJECT", 0)
    assert m.factuality == "asserted" and [r.code for r in m.recipient] == ["JPN"]


def test_what_happened_is_kept_over_what_did_not_and_the_topic_crosses_but():
    ms = code("우리 군은 대응 사격은 하지 않았지만 경계 태세를 격상했다.")
    m = of(ms, "MOBILIZE", 0)
    assert [a.code for a in m.actor] == ["KOR"] and m.factuality == "asserted"


def test_a_veto_is_a_rejection_and_a_welcoming_statement_is_support():
    ms = code("러시아가 28일 유엔 안전보장이사회에서 결의안에 거부권을 행사했다.")
    assert [a.code for a in of(ms, "REJECT", 0).actor] == ["RUS"]
    ms = code("미국 국무부도 같은 날 한국 정부의 조치를 환영한다는 성명을 냈다.")
    m = of(ms, "SUPPORT", 0)
    assert [a.code for a in m.actor] == ["USA"] and [r.code for r in m.recipient] == ["KOR"]


def test_a_warship_port_call_and_a_prisoner_exchange_and_a_treaty_exit():
    ms = code("미국의 전략핵잠수함이 18일 부산에 입항했다.")
    assert [a.code for a in of(ms, "MOBILIZE", 0).actor] == ["USA"]
    ms = code("러시아는 우크라이나와 포로 1000명씩을 맞교환했다.")
    assert of(ms, "RETREAT", 0).actor[0].code == "RUS"
    ms = code("러시아는 뉴스타트 참여를 중단한다고 미국에 통보했다.")
    assert [r.code for r in of(ms, "SANCTION", 0).recipient] == ["USA"]


def test_a_chain_inside_a_demanded_clause_is_its_content():
    ms = code("중국 외교부는 일본측이 즉각 발언을 철회하고 간섭을 중지할 것을 요구했다.")
    m = of(ms, "REQUEST", 0)
    assert [a.code for a in m.actor] == ["CHN"] and [r.code for r in m.recipient] == ["JPN"]


def test_during_a_visit_is_still_the_visit():
    ms = code("블링컨 미 국무장관의 방한 일정 도중 감행된 도발이다.")
    assert sides(of(ms, "CONSULT", 0)) == {"USA", "KOR"}


def test_a_headline_subject_without_its_particle_before_a_place():
    title = "이재명 대통령-이시바 총리 도쿄서 첫 정상회담…셔틀외교 복원 합의"
    ms = code(title, title=title)
    assert sides(of(ms, "CONSULT", 0)) == {"KOR", "JPN"}
