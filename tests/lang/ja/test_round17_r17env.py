"""Round 17 (r17env): envoys, officials and diplomatic acts (blind16 ACT and ROLE rows).

- an official's name the parser cuts off the noun chain of the title (外務省の山田一郎|
  アジア大洋州局長) is part of the phrase (lang/ja/graph.py, extend_left);
- a summons written as a 〜し clause the parser hung on a relative clause's verb takes the
  subject of the sentence, not the relative clause's (lang/ja/subjects.py);
- a recall aims at every state its envoys are posted to, listed, with も, a one-character
  host (駐米), hung on another word, or made to go home (一時帰国させる: lang/ja/targets.py,
  coding/sides.py);
- an official by name and post alone (田村外務次官, 大川大臣) is the state whose press
  writes its own officials so, in a story of that state (coding/envoys.py, data
  home_official);
- a phone call that only carries a protest is no talks (lang/ja/untold.py).

Sentences of our own, with near-misses that must not change.
"""

from __future__ import annotations

from .test_coder import briefs


def _of(kind: str, *paragraphs: str) -> list[tuple]:
    return [b for b in briefs(*paragraphs) if b[0] == kind]


# --- a name the parser leaves outside its title ------------------------------------------


def test_official_name_cut_from_title_keeps_the_state_before_it():
    sent = (
        "日本外務省の山田浩二アジア大洋州局長は8日、在日ロシア大使館の公使に電話で"
        "「到底容認できない」と抗議し、撤回を求めた。"
    )
    assert _of("ACCUSE", sent) == [("ACCUSE", ("JPN",), ("RUS",))]
    assert _of("REQUEST", sent) == [("REQUEST", ("JPN",), ("RUS",))]


# --- a summons hung on a relative clause --------------------------------------------------


def test_summons_takes_the_subject_of_its_sentence_not_of_a_relative_clause():
    sent = (
        "中国の楊潔篪国務委員は20日深夜、山田太郎駐中国大使を北京の外交部に呼び出し、与那国島の"
        "沖合で日本の巡視船と接触した中国漁船の船長を日本側が拘束している件について、船長を直ちに"
        "返すよう求めた。"
    )
    assert _of("ACCUSE", sent) == [("ACCUSE", ("CHN",), ("JPN",))]
    # the relative clause's own subject stays its own: no party of the summons
    assert ("ACCUSE", ("JPN",), ("CHN",)) not in briefs(sent)


# --- recalls ------------------------------------------------------------------------------


def test_recall_of_listed_envoys_aims_at_each_host():
    assert _of(
        "SANCTION",
        "ドイツのベーアボック外相は5日、声明を発表し、駐米大使と駐カナダ大使を協議のため直ちに"
        "本国に召還すると明らかにした。",
    ) == [("SANCTION", ("DEU",), ("USA", "CAN"))]
    assert _of("SANCTION", "トルコは駐スウェーデン大使も召還し、対抗措置を検討している。") == [
        ("SANCTION", ("TUR",), ("SWE",))
    ]


def test_envoy_made_to_go_home_is_recalled():
    assert _of("SANCTION", "韓国政府は、駐日大使を数日中に一時帰国させることを決めた。") == [
        ("SANCTION", ("KOR",), ("JPN",))
    ]
    # an envoy going home on his own measures nothing
    assert _of("SANCTION", "駐米大使は休暇のため一時帰国した。") == []


# --- officials by name and post alone -----------------------------------------------------


def test_official_by_name_and_post_alone_is_the_press_state():
    story = ("中国海警局の船が5日、日本の領海に侵入した。",)
    assert _of("ACCUSE", *story, "田村宏明外務次官は6日、中国大使館の公使に抗議した。") == [
        ("ACCUSE", ("JPN",), ("CHN",))
    ]
    assert _of("ACCUSE", *story, "大川大臣は会見で、中国側の対応を強く批判した。") == [
        ("ACCUSE", ("JPN",), ("CHN",))
    ]
    # the state written before the name
    assert _of(
        "ACCUSE",
        "中国海警局の船が5日、日本の領海に侵入した。",
        "中国の孟慶国外務次官は6日、日本側の対応を批判した。",
    ) == [("ACCUSE", ("CHN",), ("JPN",))]
    # a story of two other states
    assert (
        _of(
            "ACCUSE",
            "米国とイランの対立が続いている。",
            "大川大臣は会見で、イランの対応を強く批判した。",
        )
        == []
    )


def test_phone_that_carries_a_protest_is_no_talks():
    sents = (
        "中国海警局の船が5日、日本の領海に侵入した。",
        "上川外相は6日、中国の大使に電話で抗議した。",
    )
    assert _of("CONSULT", *sents) == []
    assert _of("ACCUSE", *sents) == [("ACCUSE", ("JPN",), ("CHN",))]
    assert _of("CONSULT", "岸田首相は6日、バイデン大統領と電話で会談した。") == [
        ("CONSULT", ("JPN",), ("USA",))
    ]
