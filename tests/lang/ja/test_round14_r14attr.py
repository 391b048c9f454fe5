"""Round 14 (r14attr): attributes (factuality, date, claimant) and actor names.

Sentences of our own, each family with variants and what must not change.
"""

from __future__ import annotations

from .test_coder import HOME, brief, code


def _one(mentions, event):
    found = [m for m in mentions if m.event == event]
    assert len(found) == 1, [brief(m) for m in mentions]
    return found[0]


def _claimant(m):
    return m.claimed_by.text if m.claimed_by is not None else None


# --- a foreign agency's dateline credits its lead, with or without 発 ---------------------


def test_agency_dateline_without_hatsu_credits_the_agency():
    (m,) = code("【モスクワ5月12日タス】ロシアとカザフスタンの外相は12日、モスクワで会談した。")
    assert m.event == "CONSULT" and _claimant(m) == "タス"
    (n,) = code("【新華社北京6月3日】中国とパキスタンは3日、北京で経済協力協定に署名した。")
    assert n.event == "SUPPORT" and _claimant(n) == "新華社"
    (k,) = code("【テヘラン7月2日イルナ通信】イランとロシアの外相は2日、テヘランで会談した。")
    assert _claimant(k) == "イルナ通信"
    # a Japanese wire's own dateline names the publisher, no source; 発 still credits
    (j,) = code("【ソウル共同】韓国と日本の外相は12日、ソウルで会談した。")
    assert j.event == "CONSULT" and j.claimed_by is None
    (w,) = code("【ワシントン時事】米国と英国の国防相は12日、会談した。")
    assert w.claimed_by is None
    (h,) = code("【北京6月3日発新華社】中国とパキスタンは3日、北京で経済協力協定に署名した。")
    assert _claimant(h) == "新華社"


# --- a time word with にも (as early as) makes the event planned ------------------------


def test_as_early_as_makes_a_plan():
    m = _one(
        code("韓国大統領は今夜にも米大統領と電話で会談し、対応を協議する方向で調整している。"),
        "CONSULT",
    )
    assert m.factuality == "planned"
    n = _one(code("岸田首相は来週にも訪中し、習主席と会談する見通しだ。"), "CONSULT")
    assert n.factuality == "planned"
    # a plain time word, or にも after a party, is no plan
    k = _one(code("韓国大統領は今夜、米大統領と電話で会談し、対応を協議した。"), "CONSULT")
    assert k.factuality == "asserted"
    (j,) = code("日本政府はロシアにも制裁を科した。")
    assert j.event == "SANCTION" and j.factuality == "asserted"


# --- a headline's 〜へ right before another noun: toward it, planned -------------------------


def test_headline_he_before_a_noun_is_planned():
    ms = code("ロシアは核を持つ。", title="ロシア、ベラルーシに戦術核配備へ文書署名")
    aid = _one(ms, "AID")
    assert brief(aid) == ("AID", ("RUS",), ("BLR",)) and aid.factuality == "planned"
    assert aid.date is None
    ms = code("米国は声明を出した。", title="米軍、イラクから撤退へ協議開始")
    assert _one(ms, "RETREAT").factuality == "planned"
    # へ before the event noun is its destination: done
    ms = code("ロシアは核を持つ。", title="北朝鮮、ロシアへ砲弾供与")
    assert _one(ms, "AID").factuality == "asserted"


# --- 〜するとともに、…: the tense of the clause after, not its modality ---------------------


def test_together_with_a_stated_intention_is_done():
    m = _one(
        code(
            "アメリカ国務省は中国に自制を求めるとともに、同盟国などと緊密に連携していく考えを"
            "示しています。"
        ),
        "REQUEST",
    )
    assert m.factuality == "asserted" and m.date == "2024-10"
    n = _one(
        code("日本政府は北朝鮮に抗議するとともに、米国と緊密に連携していく方針を示した。"),
        "ACCUSE",
    )
    assert n.factuality == "asserted"
    # a future after it, or a speech verb it hangs on, keeps the plan
    ms = code("日本政府は来月、ロシアに制裁を科すとともに、ウクライナへの支援を拡大する方針だ。")
    assert _one(ms, "SANCTION").factuality == "planned"
    got = code(
        "岸田総理大臣から、ウクライナに対し、新たに4.7億ドルの無償資金協力を実施するとともに、"
        "信託基金に3,000万ドルを拠出する旨表明しました。"
    )
    (k,) = [m for m in got if m.event != "AGREE"]  # round 24: the pledge is an AGREE too
    assert k.event == "AID" and k.factuality == "planned"
    assert [brief(m) for m in got if m.event == "AGREE"] == [("AGREE", ("JPN",), ("UKR",))]


# --- a judgement in the passive after a noun (推定されている) names no claimant itself -------


def test_passive_estimate_leaves_the_source_as_claimant():
    (m,) = code(
        "韓国軍によりますと、ミサイルは午前9時ごろ、北朝鮮西部から発射され、午前9時半ごろ、"
        "黄海に落下したと推定されています。"
    )
    assert m.event == "MOBILIZE" and _claimant(m) == "韓国軍"
    (n,) = code(
        "ミサイルは午前9時ごろ、北朝鮮西部から発射され、午前9時半ごろ、黄海に落下したと"
        "推定されています。"
    )
    assert n.factuality == "probable" and n.claimed_by is None
    # an estimate in the active keeps its subject as claimant
    (k,) = code("韓国軍は、北朝鮮がロシアに砲弾を送ったと推定した。")
    assert _claimant(k) == "韓国軍" and k.factuality == "probable"


# --- a social-media post is said by who posts it ----------------------------------------------


def test_post_names_the_claimant_of_the_criticism():
    m = _one(
        code(
            "イスラエルの外相は同日、Xに「トルコはハマスを支援している」と投稿し、トルコを批判した。"
        ),
        "ACCUSE",
    )
    assert brief(m) == ("ACCUSE", ("ISR",), ("TUR",)) and _claimant(m) == "イスラエルの外相"
    (n,) = code("ゼレンスキー大統領はSNSに「ロシアがキーウを攻撃した」と投稿した。")
    assert n.event == "ASSAULT" and _claimant(n) == "ゼレンスキー大統領"
    # a post with no content said is no event
    assert code("ゼレンスキー大統領はSNSに動画を投稿した。") == []


# --- a hedged future keeps a null date ------------------------------------------------------


def test_within_a_few_years_is_not_this_year():
    (m,) = code("英国は数年内に再び空母をこの地域に派遣する可能性がある。")
    assert m.factuality == "possible" and m.date is None
    (n,) = code("英国は年内に再び空母をこの地域に派遣する可能性がある。")
    assert n.date == "2024"


def test_a_plan_judged_likely_has_no_date():
    (m,) = code(HOME, "政府は、ロシアとの協議を始める方針とみられる。")
    assert m.factuality == "probable" and m.date is None
    (n,) = code("北朝鮮はロシアに砲弾を送ったとみられる。")
    assert n.factuality == "probable" and n.date == "2024-10"


# --- actor names: a leader's surname and title, goods made in a state, the private sector ------


def test_leader_surname_and_title():
    (m,) = code("蔡総統は米国の下院議長と会談した。")
    assert {a.code for a in m.actor + m.recipient} == {"TWN", "USA"}
    (n,) = code("頼総統は日本の議員団と会談した。")
    assert {a.code for a in n.actor + n.recipient} == {"TWN", "JPN"}


def test_made_in_abbreviation_is_the_target_of_a_tariff():
    (m,) = code("中国は豪産大麦への追加関税を撤廃した。")
    assert brief(m) == ("RETREAT", ("CHN",), ("AUS",))
    assert code("中国は豪産大麦を大量に輸入している。") == []


def test_market_sources_are_no_state():
    assert code("日本の市場関係者は、中国の輸出規制に懸念を示した。") == []
    (m,) = code("日本政府は、中国経済の減速に懸念を示した。")
    assert brief(m) == ("ACCUSE", ("JPN",), ("CHN",))
