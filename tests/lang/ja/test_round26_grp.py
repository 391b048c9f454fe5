"""Round 26 (grp): group words and sides written only in the sentences before.

Spec §6: 両国 stands for the pair just named, also when that pair was written as the
subject of a sentence whose own act named no pair (AとBは…に加盟を申請した。両国の大使が…);
an organisation is never one of "the two". A reaction opened by the connective これに対し、
answers what was just told: its other side is that act's doer, and a second reaction of the
same doer in the sentence (…と反発し、…と警告した) is aimed at the same side. A bare demand
refused or accepted (要求を拒否した) is the demand told before: its makers are the other side.
"""

from __future__ import annotations

from .test_coder import of_kind


def test_pair_written_as_subject_is_the_two_countries_after_it() -> None:
    paragraphs = (
        "ノルウェーとデンマークは、EUへの加盟を正式に申請した。",
        "石破首相は記者団に「両国の決断を強く支持する」と述べた。",
    )
    got = of_kind("SUPPORT", *paragraphs)
    assert ("SUPPORT", ("JPN",), ("NOR", "DNK")) in got
    assert all("EUR" not in r for _, a, r in got if a == ("JPN",))


def test_pair_as_subject_reaches_a_later_cooperation_pledge() -> None:
    got = of_kind(
        "AGREE",
        "ポーランドとリトアニアは、北大西洋条約機構の枠組みで防空体制を見直した。",
        "日本政府は、両国との間で防衛協力をさらに深めていく方針だ。",
    )
    assert ("AGREE", ("JPN",), ("POL", "LTU")) in got


def test_reaction_opened_by_in_response_answers_the_act_just_told() -> None:
    paragraphs = (
        "エストニア外務省は同日、駐エストニアのロシア大使を呼び出して抗議した。",
        "これに対し、ロシア外務省は「内政干渉だ」と強く反発し、報復措置をとると警告した。",
    )
    assert ("ACCUSE", ("RUS",), ("EST",)) in of_kind("ACCUSE", *paragraphs)
    assert of_kind("THREATEN", *paragraphs) == [("THREATEN", ("RUS",), ("EST",))]


def test_contrast_with_no_reaction_takes_no_side() -> None:
    got = of_kind(
        "SUPPORT",
        "米国は新たな枠組みへの参加を表明した。",
        "これに対し、英国は態度を明らかにしていない。",
    )
    assert all(a != ("GBR",) for _, a, _r in got)


def test_bare_demand_refused_is_the_demand_told_before() -> None:
    got = of_kind(
        "REJECT",
        "米国は北朝鮮に対し、核実験場の閉鎖を要求した。",
        "北朝鮮は要求を拒否し、中国との関係を深めてきた。",
    )
    assert got == [("REJECT", ("PRK",), ("USA",))]


def test_about_phrase_opening_the_sentence_is_what_the_welcome_is_about() -> None:
    got = of_kind(
        "SUPPORT",
        "ベトナムとフィリピンの協定締結について、上川外務大臣は、談話を発表し、"
        "「地域の安定に資する」として歓迎した。",
    )
    assert ("SUPPORT", ("JPN",), ("VNM", "PHL")) in got
