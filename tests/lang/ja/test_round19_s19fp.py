"""Round 19 (s19fp): event words blind19 coded that tell no event, or an event of another sense.

- an act named in a condition of its not being done (撤退しない場合、…), in an opportunity
  (撤退するあらゆる機会), or in a relative clause of asking (決議が求める撤退): no act told;
- the remains of the dead handed back go with captives (RETREAT), no aid; facilities granted
  (便宜を提供) are no aid;
- sovereignty violated (主権への侵犯) is a charge, not a force entering airspace or waters;
- a deal or talks blocked (合意を阻む) is no physical blocking;
- the document of an agreement (合意文書, 合意文, 合意書) is a thing, like 協定: its signing is
  the event.

Sentences of our own, with near misses that must still fire.
"""

from __future__ import annotations

from .test_coder import briefs, code


def _types(text: str) -> list[str]:
    return [b[0] for b in briefs(text)]


def test_act_in_a_condition_of_its_not_being_done_is_not_told():
    assert "RETREAT" not in _types(
        "国連安保理は、ロシアが来月末までにウクライナから撤退しない場合、制裁を科す決議を採択した。"
    )
    assert "RETREAT" not in _types(
        "米国は、イランがシリアから部隊を撤収しなければ、追加の措置をとると表明した。"
    )


def test_act_refused_outright_is_still_told():
    assert ("RETREAT", ("IRQ",), ("KWT",)) in briefs(
        "イラクは期限までにクウェートから撤退しなかった。"
    )
    assert ("RETREAT", ("RUS",), ("UKR",)) in briefs("ロシア軍は3日、ウクライナ東部から撤退した。")


def test_an_opportunity_to_act_is_no_act():
    assert "RETREAT" not in _types("米国は、ロシアに平和的に撤退する機会を与えた。")


def test_act_demanded_in_a_relative_clause_is_no_act():
    assert "RETREAT" not in _types(
        "国連決議が求めるウクライナからの即時撤退に、ロシアが応じる気配はない。"
    )


def test_remains_handed_back_are_no_aid():
    found = briefs("日本政府は5日、ロシア兵ら3人の遺骨を根室でロシア側に引き渡した。")
    assert not [b for b in found if b[0] == "AID"]


def test_arms_handed_over_stay_aid():
    assert ("AID", ("USA",), ("UKR",)) in briefs("米国はウクライナに戦車を引き渡した。")


def test_facilities_granted_are_no_aid():
    assert "AID" not in _types("ロシアは中国の大使館に必要な便宜を提供する。")
    assert ("AID", ("RUS",), ("PRK",)) in briefs("ロシアは北朝鮮に防空装備を提供した。")


def test_sovereignty_violated_is_no_incursion():
    found = briefs("ロシア外務省は、ウクライナ軍機による主権侵犯だと主張した。")
    assert "MOBILIZE" not in [b[0] for b in found]
    assert ("ACCUSE", ("RUS",), ("UKR",)) in found
    assert "MOBILIZE" in _types("中国軍機が長崎県の男女群島沖で日本の領空を侵犯した。")


def test_a_deal_blocked_is_no_assault():
    assert "ASSAULT" not in _types(
        "イランの大統領は、イスラエルが米国との合意を阻もうとしてきたと指摘した。"
    )
    told = code(
        "イランのロウハニ大統領は14日、テレビで演説した。",
        "大統領は、合意を阻もうとしてきたシオニスト政権の試みは失敗に終わったと指摘した。",
    )
    assert "ASSAULT" not in [m.event for m in told]
    assert ("ASSAULT", ("CHN",), ("PHL",)) in briefs(
        "フィリピン軍の補給任務が中国海警局に阻まれた。"
    )


def test_agreement_document_is_no_agreement():
    assert "AGREE" not in _types("米国と北朝鮮の合意文書によると、北朝鮮は核施設を凍結する。")
    assert "AGREE" not in _types("米国と北朝鮮の基本合意文によると、北朝鮮は核施設を凍結する。")
    assert "AGREE" not in _types("北朝鮮、米国との基本合意文を採択")
    assert ("SUPPORT", ("GEO",), ("RUS",)) in briefs(
        "ジョージアの大統領は、ロシアとの停戦合意文書に署名した。"
    )
    assert ("AGREE", ("GBR",), ("MUS",)) in briefs(
        "英国とモーリシャスは昨年10月に基本合意に達した。"
    )
