"""Round 7 (issue 9), helper JA3, in sentences we wrote: the speaker of a statement act
that reports words claims it (spec §6 as the blind sets read it: 「…」と述べ、…求めた,
…だとして非難した, 共同声明は…非難した), a bare act claims nothing."""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def claimed(ms, event: str) -> list[str | None]:
    return [m.claimed_by.text if m.claimed_by else None for m in ms if m.event == event]


@pytest.mark.parametrize(
    ("sentence", "event", "speaker"),
    [
        # a quote chained before the act, the parser hanging it on the よう-clause
        (
            "林外相は記者会見で「地域の緊張を高める行為だ」と述べ、中国に対して演習を直ちに"
            "やめるよう求めた。",
            "REQUEST",
            "林外相",
        ),
        # a と-complement chained before the act
        (
            "韓国外交部の報道官は、北朝鮮が国際社会の警告を無視していると批判し、北朝鮮に挑発の"
            "中止を求めた。",
            "REQUEST",
            "韓国外交部の報道官",
        ),
        # …だとして: the reason given in words
        (
            "カナダ外務省は、明白な主権の侵害だとしてロシアを非難した。",
            "ACCUSE",
            "カナダ外務省",
        ),
        # a government as a whole, when it reports words
        ("韓国政府は、北朝鮮の発射は安保理決議への違反だと非難した。", "ACCUSE", "韓国政府"),
        # a document as the subject speaks by nature
        ("日米韓の共同声明は、北朝鮮の核開発を強く非難した。", "ACCUSE", "日米韓の共同声明"),
        # a statement issued first: the act chained after it is made in its words
        ("ロシア外務省は談話を発表し、日本の追加制裁を強く批判した。", "ACCUSE", "ロシア外務省"),
        # a quote as the object of the act
        ("米国防総省は中国軍の動きに「深い懸念」を表明した。", "ACCUSE", "米国防総省"),
        # と taken into the verb's tail by the parser (報復すると警告)
        ("イランは、米国が攻撃を続ければ報復すると警告している。", "THREATEN", "イラン"),
    ],
)
def test_a_statement_that_reports_words_is_claimed_by_its_subject(
    sentence: str, event: str, speaker: str
):
    ms = code(sentence)
    assert claimed(ms, event) == [speaker]


def test_the_speaker_of_the_statement_is_also_its_actor():
    ms = code(
        "韓国政府は会議を開き、発射は安保理決議への明白な違反だと非難し、北朝鮮に挑発の中止を"
        "求めた。"
    )
    assert ("REQUEST", ("KOR",), ("PRK",)) in {brief(m) for m in ms}
    assert all(m.claimed_by is None or m.claimed_by.text == "韓国政府" for m in ms)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        # a bare act reports no words
        ("外務省は中国の駐日大使を呼び出して抗議し、再発防止を求めた。", "REQUEST"),
        ("日本政府は中国に対し、演習をやめるよう求めた。", "REQUEST"),
        # とともに joins two acts; it reports nothing
        ("日本政府は北朝鮮に抗議するとともに、再発防止を求めた。", "REQUEST"),
        # the chained statement has a subject of its own
        (
            "中国は南シナ海に新たな保護区を設けると発表しており、フィリピン政府は撤回を求めている。",
            "REQUEST",
        ),
        # a name in quotes after its class noun is no words said
        ("北朝鮮は米韓の合同演習「自由の盾」を非難した。", "ACCUSE"),
        # 見返りとして: "as", not "saying that"
        ("北朝鮮は砲弾提供の見返りとしてロシアに技術協力を求めている。", "REQUEST"),
    ],
)
def test_a_bare_act_claims_nothing(sentence: str, event: str):
    ms = code(sentence)
    assert claimed(ms, event) and set(claimed(ms, event)) == {None}


def test_signing_a_treaty_is_a_deed_not_a_statement():
    ms = code(
        "プーチン大統領と金正恩総書記は、両国関係を「包括的戦略パートナーシップ」に高める"
        "条約に署名した。"
    )
    assert [m.claimed_by for m in ms if m.event == "SUPPORT"] == [None]


def test_no_speaker_is_taken_from_inside_the_quote():
    ms = code("「相手が一線を越えれば、中国軍は断固として対応する」と日本に警告した。")
    assert all(m.claimed_by is None for m in ms)


# -- set phrases a linguist lists (data/triggers.tsv, light_verbs.tsv, factuality.tsv) --


def test_loudspeaker_broadcasts_are_a_military_measure():
    ms = code("韓国軍は北朝鮮向けの拡声器放送を再開した。")
    assert [brief(m)[:2] for m in ms if m.event == "MOBILIZE"] == [("MOBILIZE", ("KOR",))]
    assert not code("テレビ局は特別番組の放送を再開した。")


@pytest.mark.parametrize(
    "sentence",
    [
        "金正恩総書記は新型ミサイルの発射訓練を現地で指導した。",
        "金正恩総書記は特殊部隊の攻撃訓練を参観した。",
    ],
)
def test_a_leader_guiding_or_watching_a_drill_is_the_states_mobilization(sentence: str):
    assert [brief(m)[:2] for m in code(sentence)] == [("MOBILIZE", ("PRK",))]


def test_guiding_anything_else_or_the_leadership_is_no_mobilization():
    assert not code("金正恩総書記は工場の建設を指導した。")
    assert all(m.event != "MOBILIZE" for m in code("北朝鮮の指導部は米国を非難した。"))


def test_a_notice_of_abrogation_is_the_sanction_itself():
    ms = code("韓国政府は軍事情報包括保護協定の破棄を日本側に通告した。")
    assert {brief(m) for m in ms} == {("SANCTION", ("KOR",), ("JPN",))}
    assert not code("韓国政府は日本側に会談の日程を通告した。")


def test_regret_or_thanks_carried_by_i_take_the_light_verb():
    ms = code("韓国外務省はロシアの拒否権行使に深い遺憾の意を表明した。")
    assert ("ACCUSE", ("KOR",), ("RUS",)) in {brief(m) for m in ms}
    ms = code("プーチン大統領は北朝鮮の兵士たちに感謝の意を表した。")
    assert {brief(m) for m in ms} == {("SUPPORT", ("RUS",), ("PRK",))}
    assert not code("日本政府は哀悼の意を表した。")


def test_a_stated_readiness_is_a_plan():
    ms = code("ロシアは北朝鮮に防空システムを供与する用意がある。")
    (m,) = [x for x in ms if x.event != "AGREE"]  # round 24: the readiness is an AGREE too
    assert brief(m) == ("AID", ("RUS",), ("PRK",)) and m.factuality == "planned"
    (n,) = code("ロシアは北朝鮮に防空システムを供与した。")
    assert n.factuality == "asserted"
