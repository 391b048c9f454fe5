"""Round 17 (r17squo): charges and demands said as stances and modals (blind17 MISS rows).

Sentences of our own: liability stated as a stance (責任は相手側にあるとの立場を示した: ACCUSE of
the side named), a prohibitive quote (「…するな」: REQUEST), an obligation reported without
quotes (…しなければならないと主張した: REQUEST), and a demand whose subject sits on a clause
suspended in its 連用形 (「Xは…を認め、…すべきだ」); near-misses must not fire.
"""

from __future__ import annotations

from .test_coder import briefs


def test_liability_stated_as_a_stance_accuses_the_side_named():
    assert briefs("ロシア外務省は、責任はウクライナ側にあるとの立場を示した。") == [
        ("ACCUSE", ("RUS",), ("UKR",))
    ]
    assert briefs(
        "ロシア外務省は、住民が命令に従わなかったと説明し、責任はウクライナ側にあるとの立場を示している。"
    ) == [("ACCUSE", ("RUS",), ("UKR",))]
    # a stance with no charge in it blames no one
    assert briefs("ロシア外務省は、協力を続けるとの立場を示した。") == []


def test_prohibitive_quote_is_a_request_to_its_subject():
    assert briefs("中国外務省は「英国は事故の責任を転嫁するな」と述べた。") == [
        ("REQUEST", ("CHN",), ("GBR",))
    ]
    # no subject named, or the speaker's own side: no one is told
    assert briefs("中国外務省は「事故を忘れるな」と述べた。") == []
    assert briefs("中国外務省は「われわれは屈するな」と述べた。") == []


def test_reported_obligation_is_a_request():
    assert briefs("中国外務省は、英国は謝罪しなければならないと主張した。") == [
        ("REQUEST", ("CHN",), ("GBR",))
    ]
    # an obligation denied is no demand
    assert briefs("中国外務省は、英国は謝罪しなければならないとは考えていないと述べた。") == []


def test_demand_shares_the_subject_of_a_suspended_clause():
    assert briefs(
        "中国の習近平国家主席は「英国は事実を認め、中国人民に謝罪すべきだ」と述べた。"
    ) == [("REQUEST", ("CHN",), ("GBR",))]
    # the next clause names its own subject (the speaker's side): no demand on the first
    assert (
        briefs("中国の習近平国家主席は「英国は事実を認め、われわれは対話を続けるべきだ」と述べた。")
        == []
    )
