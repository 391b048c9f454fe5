"""Round 15 (r15quo): quote frames and presupposed events — responses in headline quotes,
targets written only inside the quote, a talk partner the parser tags as an adverb, acts
thanked for, cited as a basis or broken, and acts one is reluctant to take.

Sentences of our own, each family with variants and what must not be coded.
"""

from __future__ import annotations

from .test_coder import brief, briefs, code


def _has(found, event, actor, recipient):
    return (event, actor, recipient) in found


# --- a headline's verb-less quote announcing the speaker's response threatens ------------------


def test_headline_quote_announcing_a_response_threatens():
    found = briefs("【北京共同】米、台湾に武器売却を承認　中国「断固とした措置」")
    assert _has(found, "THREATEN", ("CHN",), ("USA",))
    found = briefs("【ソウル共同】北朝鮮、弾道ミサイル発射　韓国「相応の対応」")
    assert _has(found, "THREATEN", ("KOR",), ("PRK",))
    found = briefs("【テヘラン共同】英、イラン産原油のタンカー拿捕　イラン「報復する」")
    assert _has(found, "THREATEN", ("IRN",), ("GBR",))
    # and what must not be coded: calm handling, an assessment
    for text in (
        "【北京共同】米艦、南シナ海で航行作戦　中国「冷静に対応」",
        "【ソウル共同】北朝鮮、弾道ミサイル発射　韓国「情報を分析中」",
    ):
        assert not [b for b in briefs(text) if b[0] == "THREATEN"]


# --- an act blamed on its doer inside the quoted complement (「XによるYだ」と批判) ---------


def test_doer_written_only_inside_the_quoted_complement_is_blamed():
    found = briefs("中国外務省は「日本による内政干渉だ」と非難した。")
    assert _has(found, "ACCUSE", ("CHN",), ("JPN",))
    found = briefs("イラン外務省の報道官は「米国による主権侵害だ」と批判している。")
    assert _has(found, "ACCUSE", ("IRN",), ("USA",))
    # the name the act is called is no party, and the speaker is not blamed
    found = briefs("ベネズエラ外務省は「米国による内政干渉だ」と反発した。")
    assert not [b for b in found if b[0] == "ACCUSE" and "VEN" in b[2]]


# --- a rebuttal denying what a named side did rejects that side ------------------------------


def test_rebuttal_that_a_named_side_gave_no_proof_rejects_it():
    found = briefs("中国外務省は「オーストラリアは何の証拠も示していない」と反論した。")
    assert _has(found, "REJECT", ("CHN",), ("AUS",))
    found = briefs("イランの外相は「米国は根拠を何ら示していない」と反論した。")
    assert _has(found, "REJECT", ("IRN",), ("USA",))
    # and what must not be coded: a denial of the speaker side's own conduct
    for text in (
        "中国外務省は「わが国は国際法に違反していない」と反論した。",
        "ロシア国防省は、国際法に反しないと反論した。",
    ):
        assert not [b for b in briefs(text) if b[0] in ("REJECT", "ACCUSE")]


# --- an act one is reluctant to take is not taken --------------------------------------------


def test_act_one_is_reluctant_to_take_is_no_event():
    # round 28 (voice): told as not done, a negated mention (spec §3), no longer dropped
    ms = code("インドは、ロシアに制裁を科すことに消極的だ。")
    assert [(brief(m), m.factuality) for m in ms] == [(("SANCTION", ("IND",), ("RUS",)), "negated")]
    # being cautious about it tells nothing
    assert not briefs("ドイツは、ウクライナに戦車を供与することに慎重な姿勢を示している。")
    # and what must still be coded: the act taken
    assert briefs("ドイツは、ウクライナに戦車を供与した。") == [("AID", ("DEU",), ("UKR",))]


# --- a talk partner the parser tags as an adverb (トランプ大統領と) is still the partner ---------


def test_partner_tagged_as_an_adverb_is_still_the_partner():
    for text in (
        "菅首相は、けさ、トランプ大統領と電話で会談した。",
        "岸田首相は、きょう午後、トランプ大統領と電話で会談した。",
    ):
        (b,) = briefs(text)
        assert b[0] == "CONSULT" and set(b[1] + b[2]) == {"JPN", "USA"}


# --- an act thanked for is presupposed: the thanks is the event ------------------------------


def test_act_thanked_for_is_no_new_event():
    assert briefs("フランスのマクロン大統領は、ドイツの支援に謝意を表明した。") == [
        ("SUPPORT", ("FRA",), ("DEU",))
    ]
    assert briefs("ウクライナのゼレンスキー大統領は、日本による支援に深い感謝を表明した。") == [
        ("SUPPORT", ("UKR",), ("JPN",))
    ]
    # and what must still be coded: aid announced, and (round 24) its pledge
    assert briefs("日本政府は、フィリピンへの支援を表明した。") == [
        ("AID", ("JPN",), ("PHL",)),
        ("AGREE", ("JPN",), ("PHL",)),
    ]


# --- an agreement or a declaration cited as a basis or as the standard broken is no event ----


def test_agreement_cited_as_basis_or_broken_is_no_event():
    found = briefs(
        "日韓両政府は、ソウルで開いた首脳会談で、1998年の日韓共同宣言を基礎に関係改善を"
        "加速させることで合意した。"
    )
    assert [b for b in found if b[0] == "SUPPORT"] == []
    found = briefs(
        "韓国統一省は、北朝鮮による一方的な砲撃は南北首脳の合意に背く行為だとして、遺憾を表明した。"
    )
    assert [b for b in found if b[0] == "AGREE"] == []
    assert not briefs("北朝鮮軍は、南北合意で非武装化された地域に部隊を進める計画を検討している。")
    # and what must still be coded: the agreement reached
    found = briefs("日本と米国は、協力することで合意した。")
    assert [b[0] for b in found] == ["AGREE"]
