"""Round 14 (r14say): stance verbs, blame in complements and quotes, the minutes' style.

Sentences of our own, each family with variants and what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _has(found, event, actor, recipient):
    return (event, actor, recipient) in found


# --- regret inside a quote (「…を遺憾に思う」と述べた) blames the state the quote names ------


def test_regret_in_a_quote_accuses_the_state_it_names():
    found = briefs(
        "韓国外交省の報道官は「日本が教科書で独島の領有権を主張したことを遺憾に思います」と述べた。"
    )
    assert _has(found, "ACCUSE", ("KOR",), ("JPN",))
    found = briefs("中国外務省の報道官は「オーストラリアの決定を残念に思う」と語った。")
    assert _has(found, "ACCUSE", ("CHN",), ("AUS",))
    # and what must not be coded
    assert not [
        b
        for b in briefs("首相は「多くの犠牲者が出たことを遺憾に思う」と述べた。")
        if b[0] == "ACCUSE"
    ]


# --- denying a state's claim is a REJECT of that state; denying one's own act is not ---------


def test_denying_a_states_claim_rejects_it():
    assert briefs("ロシア外務省は、米国の批判を否定した。") == [("REJECT", ("RUS",), ("USA",))]
    assert briefs("北朝鮮は韓国の指摘を全面的に否定した。") == [("REJECT", ("PRK",), ("KOR",))]
    # and what must not be coded
    assert not [b for b in briefs("イランは関与を否定した。") if b[0] == "REJECT"]
    assert not briefs("首相は辞任のうわさを否定した。")
    found = briefs("ロシアは北朝鮮からのミサイル供与を否定している。")
    assert not [b for b in found if b[0] == "REJECT"]


# --- suspecting a state (…と疑っている) accuses it; a suspicion noun is a hedge -----------


def test_suspecting_a_state_accuses_it():
    found = briefs("韓国政府は、北朝鮮がロシアに砲弾を送っていると疑っている。")
    assert _has(found, "ACCUSE", ("KOR",), ("PRK",))
    found = briefs("米国はイランがロシアに無人機を供給していると疑っていた。")
    assert _has(found, "ACCUSE", ("USA",), ("IRN",))
    # and what must not be coded
    assert not briefs("警察は、男が事件に関与したと疑っている。")
    (m,) = code("北朝鮮がロシアに弾道ミサイルを供与した疑いがある。")
    assert brief(m) == ("AID", ("PRK",), ("RUS",)) and m.factuality == "probable"


# --- a view stated (…との認識を示した/共有した) with a blame in it accuses ------------------


def test_view_with_a_blame_accuses():
    (m,) = code("日本政府は、中国の海洋進出は深刻な脅威だとの認識を示した。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("CHN",))
    found = briefs(
        "英国の首相は、中国が国際秩序に対する「重大な挑戦」になっているとの認識を示した。"
    )
    assert _has(found, "ACCUSE", ("GBR",), ("CHN",))


def test_shared_view_of_an_intolerable_act_accuses_its_doer():
    found = briefs(
        "岸田総理大臣は、アルバニージー豪首相と首脳会談を行いました。",
        "両首脳は、ロシアによるウクライナ侵略は国際秩序を揺るがす暴挙であり、"
        "断じて認められないとの認識を共有しました。",
    )
    assert _has(found, "ACCUSE", ("JPN", "AUS"), ("RUS",))
    # and what must not be coded
    assert not briefs("日本政府は、中国との対話が重要だとの認識を示した。")
    found = briefs("両首脳は、日米同盟の抑止力を強化する必要があるとの認識で一致した。")
    assert not [b for b in found if b[0] == "ACCUSE"]


# --- liability charged (…に責任があると伝えた) accuses the state held liable --------------


def test_liability_charged_accuses_the_state_liable():
    found = briefs("イラン外務省は、スイスの外交官を呼び出し、アメリカにも責任があると伝えた。")
    assert _has(found, "ACCUSE", ("IRN",), ("USA",))
    found = briefs("ロシアは、今回の事態の責任はウクライナ側にあると主張した。")
    assert _has(found, "ACCUSE", ("RUS",), ("UKR",))
    # and what must not be coded
    assert not briefs("首相は、事故の責任は自分にあると述べた。")


# --- an act called by its doer (…による攻撃だとして, …による「威圧」だと反発) ---------------


def test_act_with_its_doer_as_ground_accuses_the_doer():
    found = briefs("イランは、イスラエルによる攻撃だとして報復を宣言した。")
    assert _has(found, "ACCUSE", ("IRN",), ("ISR",))
    found = briefs("韓国政府は、北朝鮮による挑発だとして対抗措置を発表した。")
    assert _has(found, "ACCUSE", ("KOR",), ("PRK",))


def test_protest_at_an_act_named_in_the_complement():
    assert briefs("豪州は中国による「経済的威圧」だと反発していた。") == [
        ("ACCUSE", ("AUS",), ("CHN",))
    ]
    # and what must not be coded
    found = briefs("イスラエルによる攻撃で多数の死者が出た。")
    assert not [b for b in found if b[0] == "ACCUSE"]


# --- a refusal with no demand noun answers the demand told before it ---------------------


def test_refusal_answers_the_demand_before_it():
    found = briefs("日本政府は中国に撤回を求めたが、中国側は応じなかった。")
    assert _has(found, "REJECT", ("CHN",), ("JPN",))
    found = briefs(
        "ECOWASは、大統領を復権させなければ武力行使も辞さないと警告していたが、"
        "ニジェールの軍事政権は期限までに応じなかった。"
    )
    assert _has(found, "REJECT", ("NER",), ("IGO",))
    # and what must not be coded
    found = briefs("米国は北朝鮮に対話を求め、北朝鮮はこれに応じた。")
    assert not [b for b in found if b[0] == "REJECT"]
    assert not [b for b in briefs("北朝鮮は期限までに応じなかった。") if b[0] == "REJECT"]


# --- the one asked is the subject of the clause asked for -------------------------------


def test_subject_of_the_clause_asked_for_is_the_addressee():
    found = briefs("米国は、北朝鮮が対話に応じるよう求めた。")
    assert found == [("REQUEST", ("USA",), ("PRK",))]
    found = briefs(
        "3　上川大臣から、イスラエルが国際人道法を含む国際法に従って行動するよう求めました。"
    )
    assert _has(found, "REQUEST", ("JPN",), ("ISR",))
    assert not _has(found, "REQUEST", ("ISR",), ("JPN",))
    # and what must not be coded
    found = briefs("米国が北朝鮮に対話に応じるよう求めた。")
    assert found == [("REQUEST", ("USA",), ("PRK",))]


# --- a visit welcomed in the minutes is the host's support, not a new meeting --------------


def test_welcomed_visit_is_support_not_a_meeting():
    found = briefs(
        "これに対し、アルバニージー首相から、岸田総理大臣の訪問を心から歓迎する旨述べました。"
    )
    assert found == [("SUPPORT", ("AUS",), ("JPN",))]
    # and what must not be coded
    found = briefs("岸田総理大臣から、習主席との会談を歓迎する旨述べました。")
    assert not [b for b in found if b[0] == "SUPPORT"]


# --- a headline phrase that is only a quote naming no state is a label -------------------


def test_headline_label_quote_codes_no_acts():
    found = briefs("フィンランド、ロシア国境の検問所を閉鎖へ　「移民を送り込むハイブリッド攻撃」")
    assert not [b for b in found if b[0] in ("AID", "ASSAULT")]
    # and what must not be coded
    found = briefs("韓国軍「北朝鮮が弾道ミサイル発射」")
    assert _has(found, "MOBILIZE", ("PRK",), ())


# --- a threat said to have grown blames the state it comes from ---------------------------


def test_threat_said_to_grow_accuses_its_source():
    found = briefs("韓国国防省は、北朝鮮の脅威が高まっていると指摘した。")
    assert _has(found, "ACCUSE", ("KOR",), ("PRK",))
    found = briefs(
        "ポーランドなど4カ国の国防相は18日、共同声明を発表した。",
        "共同声明は「ロシアとベラルーシによる軍事的脅威は大幅に高まった」と指摘した。",
    )
    assert [b for b in found if b[0] == "ACCUSE" and set(b[2]) == {"RUS", "BLR"}]
    # and what must not be coded
    assert not briefs("専門家は、地域の脅威が高まっていると指摘した。")
