"""Round 30 (r30pres2): a past visit told in a relative clause on a side of the talks the same
sentence reports (平壌を訪問した国防相と会談した) is the setting of those talks, one event; a
bare act named as the object of a quoted label (調印を「無効」とし) is only what is judged."""

from __future__ import annotations

from .test_coder import briefs, of_kind


def test_past_visit_of_listed_talkers_is_one_consultation():
    got = of_kind(
        "CONSULT",
        "ケニアのルト大統領は21日、ナイロビを訪問した英国、フランス、ドイツの外相と会談した。",
    )
    assert len(got) == 1


def test_past_visit_on_someone_else_stays():
    got = briefs("昨年10月、平壌を訪れた米国務次官補に対し、北朝鮮側は核開発を認めた。")
    assert ("CONSULT", ("USA",), ("PRK",)) in got


def test_bare_signing_judged_by_a_label_is_not_told():
    got = of_kind(
        "SUPPORT",
        "エチオピアとエリトリアは国境協定に調印した。",
        "ソマリアの放送は同日夜、条約調印を「売国的な取引だ」と非難する論評を放送した。",
    )
    assert got == [("SUPPORT", ("ETH",), ("ERI",))]


def test_labelled_attack_with_its_doer_written_stays():
    got = briefs("イランは10日、米国の攻撃を「侵略」と非難した。")
    assert ("ACCUSE", ("IRN",), ("USA",)) in got


def test_signing_ceremony_as_a_setting_is_no_second_signing():
    got = of_kind(
        "SUPPORT", "ケニアとタンザニアは協定に調印した。", "調印式には両国の首脳が参加した。"
    )
    assert got == [("SUPPORT", ("KEN",), ("TZA",))]


def test_ceremony_attended_stays():
    got = of_kind("SUPPORT", "ケニアとタンザニアの首脳は協定の署名式に立ち会った。")
    assert got == [("SUPPORT", ("KEN",), ("TZA",))]
