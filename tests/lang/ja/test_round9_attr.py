"""Round 9: attributes of mentions (claimed_by, factuality, date) on our own sentences.

Claimants are scoped to what a speaker says (spec §6): a deed chained before the speech
verb or a time adjunct around it is the writer's narration. Modality and tense spread along
a 〜し、 chain only from the predicate the chain really ends in.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def _one(ms, event):
    found = [m for m in ms if m.event == event]
    assert len(found) == 1, [brief(m) for m in ms]
    return found[0]


def test_meeting_chained_before_a_quote_is_not_the_speakers_claim():
    ms = code("韓国の外相は21日、インドの外相と会談し、「両国の協力を深めたい」と述べた。")
    m = _one(ms, "CONSULT")
    assert brief(m) == ("CONSULT", ("KOR",), ("IND",))
    assert m.claimed_by is None and m.date == "2024-10-21"


@pytest.mark.parametrize(
    "text",
    [
        "インドの外相は20日、日本の外相と会談した後の記者会見で、「関係は強固だ」と述べた。",
        "インドの外相は、日本の外相との会談の後、「関係は強固だ」と述べた。",
        "インドの外相も同日、日本の外相と会談した際、両国の関係は「何があっても揺るがない」と述べた。",
    ],
)
def test_event_in_a_time_adjunct_is_not_claimed(text):
    m = _one(code(text), "CONSULT")
    assert {a.code for a in m.actor + m.recipient} == {"IND", "JPN"}
    assert m.claimed_by is None


def test_event_the_speaker_touches_on_is_not_claimed_by_the_quote_after_it():
    m = _one(
        code("報道官は、米国が先月イランを攻撃したことにも触れ、「武力は正しくない」と指摘した。"),
        "ASSAULT",
    )
    assert brief(m) == ("ASSAULT", ("USA",), ("IRN",))
    assert m.claimed_by is None and m.date == "2024-09"


def test_reported_clause_keeps_its_claimant():
    m = _one(code("米国務省は、北朝鮮がロシアに砲弾を送ったと発表した。"), "AID")
    assert brief(m) == ("AID", ("PRK",), ("RUS",))
    assert m.claimed_by is not None and m.claimed_by.text == "米国務省"


def test_aspect_of_a_complement_does_not_plan_the_chained_meeting():
    ms = code("日米の両首脳はおよそ30分会談し、同盟の抑止力を一層強化していくことを確認した。")
    m = _one(ms, "CONSULT")
    assert m.factuality == "asserted" and m.date == "2024-10"


def test_volition_of_the_next_verb_does_not_plan_the_chained_clause():
    ms = code(
        "ロシア外務省の報道官は、英国とフランスがウクライナへの武器供与を続け、"
        "交渉を妨害しようとしていると非難した。"
    )
    m = _one(ms, "AID")
    assert brief(m) == ("AID", ("GBR", "FRA"), ("UKR",))
    assert m.factuality == "asserted" and m.date == "2024-10"


def test_plan_noun_governing_a_relative_clause_does_not_plan_the_chained_clause():
    m = _one(
        code("フィリピン政府は中国の要求を拒絶し、兵士への補給を続ける方針を改めて示した。"),
        "REJECT",
    )
    assert brief(m) == ("REJECT", ("PHL",), ("CHN",))
    assert m.factuality == "asserted"


def test_clause_with_a_new_subject_does_not_lend_its_modality():
    ms = code(
        "セネガルも国内の仏軍基地の閉鎖を求めており、フランスは年内に駐留を縮小する見通しだ。"
    )
    m = _one(ms, "REQUEST")
    assert brief(m) == ("REQUEST", ("SEN",), ("FRA",))
    assert m.factuality == "asserted" and m.date == "2024-10"


def test_past_request_reported_with_quotative_is_not_planned():
    ms = code(
        "ウクライナの国防相は、ロシア側に無条件停戦を改めて求めたと明らかにし、"
        "首脳会談を提案したと述べた。"
    )
    m = _one(ms, "REQUEST")
    assert brief(m) == ("REQUEST", ("UKR",), ("RUS",))
    assert m.factuality == "asserted"


def test_planned_chain_stays_planned():
    m = _one(
        code("日本政府は来年、ウクライナに追加の支援を行い、関係を強化していく方針だ。"), "AID"
    )
    assert m.factuality == "planned"


def test_subject_of_a_passive_judgement_is_no_claimant():
    m = _one(
        code(
            "北朝鮮はロシアに約1万人の兵士を派遣したとされ、一部は前線に投入されたとみられている。"
        ),
        "AID",
    )
    assert brief(m) == ("AID", ("PRK",), ("RUS",))
    assert m.claimed_by is None


def test_group_a_view_is_held_among_is_the_claimant():
    m = _one(
        code("専門家の間では、ロシアが北朝鮮に技術を移転した可能性もささやかれている。"), "AID"
    )
    assert brief(m) == ("AID", ("RUS",), ("PRK",))
    assert m.factuality == "possible"
    assert m.claimed_by is not None and m.claimed_by.text == "専門家"


def test_comment_is_a_speech_verb():
    m = _one(code("米国の当局者は「日本と緊密に連携している」とコメントした。"), "COOPERATE")
    assert m.claimed_by is not None and m.claimed_by.text == "米国の当局者"
    assert m.claimed_by.cue == "とコメントした"


def test_support_said_in_the_non_past_is_performed_now():
    m = _one(code("金氏は、北朝鮮は今後も一貫してロシアを支持すると述べた。"), "SUPPORT")
    assert brief(m) == ("SUPPORT", ("PRK",), ("RUS",))
    assert m.factuality == "asserted" and m.date == "2024-10"
    assert m.claimed_by is not None and m.claimed_by.text == "金氏"


def test_future_vague_time_leaves_a_possible_event_undated():
    m = _one(code("北朝鮮は今後、ロシアに追加の兵士を派遣する可能性がある。"), "AID")
    assert m.factuality == "possible" and m.date is None


def test_past_vague_time_leaves_an_asserted_event_undated():
    m = _one(code("当時、北朝鮮はロシアに砲弾を送った。"), "AID")
    assert m.factuality == "asserted" and m.date is None


def test_partner_phrase_with_aida_de_is_no_claimant():
    m = _one(
        code("日本政府は18日、ロシアとの間で進めていた協議を停止する制裁措置を発表した。"),
        "SANCTION",
    )
    assert brief(m) == ("SANCTION", ("JPN",), ("RUS",))
    assert m.claimed_by is None or m.claimed_by.text == "日本政府"


def test_scenario_of_a_drill_is_no_event():
    ms = code("演習は台湾の主要港の封鎖や重要施設への攻撃を想定したもので、中国軍が実施した。")
    assert not [m for m in ms if m.event == "ASSAULT"]


def test_consequent_of_a_condition_is_hypothetical_not_possible():
    m = _one(code("シリアが約束を守らなければ、米国が制裁を再び科す可能性もある。"), "SANCTION")
    assert brief(m) == ("SANCTION", ("USA",), ("SYR",))
    assert m.factuality == "hypothetical" and m.date is None


def test_warning_itself_stays_asserted_over_its_condition():
    ms = code("中国は、米国が台湾に武器を売却すれば対抗措置を取ると警告した。")
    assert _one(ms, "THREATEN").factuality == "asserted"
    assert _one(ms, "AID").factuality == "hypothetical"


def test_name_cut_from_its_title_is_taken_back_into_the_claimant():
    m = _one(
        code("韓国の申源湜国家安保室長は11月下旬、ロシアが北朝鮮に防空装備を提供したと述べた。"),
        "AID",
    )
    assert brief(m) == ("AID", ("RUS",), ("PRK",))
    assert m.claimed_by is not None and "申源湜" in m.claimed_by.text


def test_judgement_said_by_a_speaker_is_claimed_by_that_speaker():
    ms = code(
        "韓国の国家安保室長は22日、ロシアが北朝鮮に防空用の装備を提供したとみられると述べた。"
    )
    m = _one(ms, "AID")
    assert brief(m) == ("AID", ("RUS",), ("PRK",))
    assert m.factuality == "probable"
    assert m.claimed_by is not None and m.claimed_by.text == "韓国の国家安保室長"


@pytest.mark.parametrize(
    ("text", "event", "who"),
    [
        (
            "ウクライナ外務省は18日、ロシアを強く非難する声明を出した。",
            "ACCUSE",
            "ウクライナ外務省",
        ),
        ("金与正氏は日本との首脳会談を拒否する談話を発表した。", "REJECT", "金与正氏"),
        (
            "中国外務省は、北朝鮮の核実験に「断固として反対する」とする声明を出した。",
            "ACCUSE",
            "中国外務省",
        ),
    ],
)
def test_act_told_as_what_a_document_says_is_claimed_by_its_issuer(text, event, who):
    m = _one(code(text), event)
    assert m.claimed_by is not None and m.claimed_by.text == who


def test_ongoing_invasion_describing_a_party_is_dated_by_the_story():
    ms = code("欧州連合は18日、ウクライナ侵攻を続けるロシアに対する追加制裁を採択した。")
    war = _one(ms, "ASSAULT")
    assert brief(war) == ("ASSAULT", ("RUS",), ("UKR",))
    assert war.date == "2024-10" and war.claimed_by is None
    assert _one(ms, "SANCTION").date == "2024-10-18"


def test_ongoing_invasion_is_no_claim_of_the_source():
    ms = code("同通信によると、金氏は、ウクライナ侵攻を続けるロシアを支持すると述べた。")
    war = _one(ms, "ASSAULT")
    assert war.claimed_by is None and war.date == "2024-10"


def test_condition_inside_a_check_is_claimed_by_its_speaker():
    ms = code(
        "ロシアの大統領は、韓国がウクライナに兵器を供与すれば「大きな誤りになる」とけん制した。"
    )
    aid = _one(ms, "AID")
    assert brief(aid) == ("AID", ("KOR",), ("UKR",)) and aid.factuality == "hypothetical"
    assert aid.claimed_by is not None and aid.claimed_by.text == "ロシアの大統領"


@pytest.mark.parametrize(
    "text",
    [
        "中国海警局も同日、台湾東部の海域で法執行パトロールを実施したと明らかにした。",
        "中国軍東部戦区は1日、台湾周辺で合同演習を開始したと発表した。",
    ],
)
def test_topic_with_a_time_before_the_comma_reports_the_clause(text):
    m = _one(code(text), "MOBILIZE")
    assert brief(m) == ("MOBILIZE", ("CHN",), ())
    assert m.claimed_by is not None and m.claimed_by.text.startswith("中国")


def test_reporter_topic_claims_the_report_in_a_long_sentence():
    ms = code(
        "北朝鮮の朝鮮中央通信は3日、金正恩総書記の立ち会いのもと、極超音速滑空弾頭を搭載した"
        "新型の中長距離固体燃料弾道ミサイル「火星16B」の初の試験発射を行ったと報じた。"
    )
    m = _one(ms, "MOBILIZE")
    assert m.claimed_by is not None and m.claimed_by.text == "北朝鮮の朝鮮中央通信"


def test_demand_chained_before_a_condition_is_asserted_and_its_content_dropped():
    ms = code(
        "トランプ氏はさらに、イランに対して支援を直ちに打ち切るよう要求し、"
        "米国民を攻撃すれば代償を払うと警告した。"
    )
    req = _one(ms, "REQUEST")
    assert brief(req) == ("REQUEST", ("USA",), ("IRN",)) and req.factuality == "asserted"
    assert not [m for m in ms if m.event == "AID"]


def test_claimant_text_takes_the_name_but_not_its_state_from_the_parties():
    ms = code(
        "米国務省のミラー報道官は、北朝鮮がロシアに武器を売却すれば、"
        "米国は北朝鮮への追加制裁をためらわないと述べた。"
    )
    m = _one(ms, "SANCTION")
    assert brief(m) == ("SANCTION", ("USA",), ("PRK",)) and m.factuality == "hypothetical"


def test_subject_written_after_a_chained_clause_is_shared_with_it():
    ms = code(
        "定石通りなら、その後、朝ロ連合司令部体系を設けて両側が一緒に作戦計画を立てて、"
        "定例の合同訓練を実施する可能性もある。"
    )
    m = _one(ms, "COOPERATE")
    assert {a.code for a in m.actor + m.recipient} == {"PRK", "RUS"}
    assert m.factuality == "possible" and m.date is None
