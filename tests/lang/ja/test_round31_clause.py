"""Round 31 (clause): subjects GiNZA cuts off their clause (strays.py, subjects.py)."""

from .test_coder import HOME, brief, briefs, code


def test_time_noun_after_topic_keeps_the_subject():
    # きのう/あす read as a predicate took the topic away from the verb
    assert ("MOBILIZE", ("JPN",), ()) in briefs("空自の輸送機はきのう、那覇基地を離陸した。")
    assert ("MOBILIZE", ("USA",), ()) in briefs(
        "米軍の輸送機はきのう、嘉手納基地を離陸し、グアムへ向かった。"
    )


def test_time_noun_does_not_invent_a_subject():
    # no subject written: still no actor from a time word
    assert not [b for b in briefs("きのう、那覇基地を離陸した。") if b[1]]


def test_model_number_stays_inside_the_plane_it_names():
    # 航空自衛隊のC2輸送機: the number read as a root held the owner away from the plane
    assert ("MOBILIZE", ("JPN",), ()) in briefs(
        "航空自衛隊のKC767空中給油・輸送機が5日、那覇基地を離陸した。"
    )
    assert ("MOBILIZE", ("USA",), ()) in briefs("米空軍のC130輸送機が3日、横田基地を離陸した。")


def test_topic_left_as_a_root_before_a_quoted_name():
    (m,) = [
        m
        for m in code(
            "米軍は3日未明、イラク西部アンバル州にある過激派組織「イスラム国」（IS）系勢力の"
            "拠点を無人機で空爆したと発表した。"
        )
        if m.event in ("MOBILIZE", "ASSAULT")
    ]
    assert brief(m)[1] == ("USA",)


def test_topic_inside_what_is_asked_is_not_the_asker():
    ms = [
        brief(m)
        for m in code(
            "マクロン大統領は人権問題を提起し続けると強調し、電力や水道など重要インフラ16分野"
            "へのサイバー攻撃は「対象外」とするようロシア側に求めたと説明した。"
        )
        if m.event == "REQUEST"
    ]
    assert ms == [("REQUEST", ("FRA",), ("RUS",))]
    assert ("REQUEST", ("GBR",), ("RUS",)) in briefs(
        "スナク首相は対話を続けると述べ、病院など民間施設へのサイバー攻撃は「対象外」とする"
        "ようロシア側に求めたと説明した。"
    )


def test_requester_still_found_when_the_subject_is_written():
    assert ("REQUEST", ("JPN",), ("KOR",)) in briefs(
        HOME + "日本政府は、輸出規制の見直しは撤回するよう韓国側に求めた。"
    )


def test_act_answered_with_is_the_subjects_own():
    assert ("MOBILIZE", ("KOR",), ()) in briefs("韓国軍は同日午後、延坪島で砲撃訓練で応じた。")
    assert ("MOBILIZE", ("PRK",), ()) in briefs(
        "北朝鮮は7日、韓国の砲撃に対し、海岸砲の射撃で対抗した。"
    )


def test_means_of_another_verb_stays_without_a_doer():
    # a で-phrase on a verb that answers nothing: no act of the subject's
    assert ("MOBILIZE", ("KOR",), ()) not in briefs("韓国軍は演習場で射撃の音に驚いた。")
    # answering with talks is no military act
    assert [
        b for b in briefs("韓国軍は北朝鮮の挑発に、対話で応じる考えだ。") if b[0] == "MOBILIZE"
    ] == []


def test_tour_list_after_a_time_word_keeps_every_state():
    for first, leader in (("ヨルダン", "アブドラ国王"), ("カタール", "タミム首長")):
        got = briefs(
            f"岸田首相は前日に{first}を訪れ、{leader}と会談しており、"
            "この後トルコ、サウジアラビア、オマーンを回る。"
        )
        for host in ("TUR", "SAU", "OMN"):
            assert any(b[0] == "CONSULT" and host in b[2] for b in got)


def test_tour_list_written_plainly_unchanged():
    got = briefs("岸田首相はこの後、ベトナム、タイ、インドネシアを回る。")
    assert {b[2] for b in got if b[0] == "CONSULT"} == {("VNM",), ("THA",), ("IDN",)}
