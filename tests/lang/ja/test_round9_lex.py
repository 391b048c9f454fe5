"""Round 9 (ja9lex): words and set phrases the blind8 set showed missing, and words coded
with the wrong type, each checked against the studied gold before it was added.

Arriving at a host (到着) is a visit; approving a joint document (指針を承認) is support;
resuming trade (輸入を再開) eases a sanction; deepening or developing ties (関係を深める,
発展させる) is cooperation; a rebuttal (反論) and claiming the other side's blame (責任を
主張) accuse; downgrading relations (外交関係を引き下げる) sanctions; paying another state's
debt (肩代わり) is aid; stationing troops (進駐), a warship passing through waters or
entering them (通過, 水域に入る) and a force at work (活動) mobilise; a shared understanding
(共通認識) is an agreement. A visit word whose goal is a sea area is a deployment; a
verbal check over a condition (…すれば…とけん制) is a threat; the head noun wins in
制裁の解除 (easing, not the sanction); a deployment to another state is aid to it; a
protest lodged (抗議を申し入れる) accuses; goods imported are no aid; a fall in a ranking
is no retreat. Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        ("中国の外相は代表団を率いてモスクワに到着した。", ("CONSULT", ("CHN",), ("RUS",))),
        (
            "日本と米国の首脳は拡大抑止の共同指針を承認した。",
            ("SUPPORT", ("JPN",), ("USA",)),
        ),
        ("ロシアは韓国との貿易を再開した。", ("RETREAT", ("RUS",), ("KOR",))),
        ("イランはロシアとの関係を深めている。", ("COOPERATE", ("IRN",), ("RUS",))),
        ("中国はベトナムとの関係を発展させた。", ("COOPERATE", ("CHN",), ("VNM",))),
        (
            "フィリピン外務省は「中国こそが緊張の原因だ」と反論した。",
            ("ACCUSE", ("PHL",), ("CHN",)),
        ),
        ("北朝鮮は衝突について韓国の責任を主張した。", ("ACCUSE", ("PRK",), ("KOR",))),
        (
            "リトアニアは中国との外交関係を代理大使級に引き下げた。",
            ("SANCTION", ("LTU",), ("CHN",)),
        ),
        ("カタールはレバノンの債務を肩代わりした。", ("AID", ("QAT",), ("LBN",))),
        ("トルコ軍はシリア北部に部隊を進駐させた。", ("MOBILIZE", ("TUR",), ())),
        ("ロシア海軍の駆逐艦が津軽海峡を通過した。", ("MOBILIZE", ("RUS",), ())),
        ("中国海軍の空母が西太平洋で活動した。", ("MOBILIZE", ("CHN",), ())),
        ("インドと中国は国境問題で共通認識を発表した。", ("AGREE", ("IND",), ("CHN",))),
    ],
)
def test_new_words_code_their_event(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sea area entered is a deployment there, not a visit to a host
        ("ロシア海軍の艦艇が日本の領海に入った。", ("MOBILIZE", ("RUS",), ())),
        ("中国の海警船が尖閣諸島の接続水域に入り、航行を続けた。", ("MOBILIZE", ("CHN",), ())),
        # a check over a condition is a warning
        (
            "中国は、日本が台湾に関与すれば「重大な結果を招く」とけん制した。",
            ("THREATEN", ("CHN",), ("JPN",)),
        ),
        # the head noun wins: lifting the sanction, halting the aid
        ("EUは対イラン経済制裁の解除を決めた。", ("RETREAT", ("EUR",), ("IRN",))),
        ("英国、イラン制裁解除へ", ("RETREAT", ("GBR",), ("IRN",))),
        # deployed to another state: aid to it; with no destination: the force's own move
        (
            "米国は同盟国ポーランドへの防空システムの配備を始めた。",
            ("AID", ("USA",), ("POL",)),
        ),
        ("韓国は新型の迎撃ミサイルを配備した。", ("MOBILIZE", ("KOR",), ())),
        # a protest lodged accuses
        ("韓国外務省は日本大使館に抗議を申し入れた。", ("ACCUSE", ("KOR",), ("JPN",))),
    ],
)
def test_corrected_types(text: str, expected: tuple) -> None:
    found = [brief(m) for m in code(text)]
    assert expected in found
    assert all(b[0] == expected[0] for b in found if b[1] == expected[1])


@pytest.mark.parametrize(
    "text, event",
    [
        ("国会で予算案が通過した。", "MOBILIZE"),  # a bill passing, no force
        ("国連の専門家パネルが活動を終えた。", "MOBILIZE"),  # a UN body's activity
        ("ウクライナの兵士らがポーランドに到着した。", "CONSULT"),  # troops, no visit
        ("北朝鮮との対立は武力衝突に発展した。", "COOPERATE"),  # a change, no ties
        ("中国は日本産水産物の輸入を増やした。", "AID"),  # goods traded, no aid
        ("日本はドイツに抜かれて4位に後退した。", "RETREAT"),  # a ranking
        ("ロシアは協議のため代表団をトルコに送った。", "AID"),  # a delegation, no troops
        ("外務省は中国側に抗議を申し入れた。", "REQUEST"),  # a protest, no request
        ("米国はウクライナへの支援を停止した。", "AID"),  # the aid halted is no aid given
        ("米国は対ロ制裁の解除を検討している。", "SANCTION"),  # the sanction lifted
        ("米国は関税を引き下げた。", "SANCTION"),  # a tariff cut
        ("中国は日本の主張を退けた。", "ACCUSE"),  # a bare 主張 accuses nothing
        ("日米は協議の進め方を承認した。", "SUPPORT"),  # no document approved
        ("大統領は「日比関係発展の新たな節目となる」と強調した。", "COOPERATE"),  # a course, no act
    ],
)
def test_no_false_reading(text: str, event: str) -> None:
    assert event not in [m.event for m in code(text)]


def test_arrival_is_dated_and_asserted() -> None:
    (m,) = [m for m in code("韓国の首相は15日、東京に到着した。") if m.event == "CONSULT"]
    assert brief(m) == ("CONSULT", ("KOR",), ("JPN",))
    assert m.factuality == "asserted" and m.date == "2024-10-15"


def test_planned_resumption_of_imports() -> None:
    (m,) = [m for m in code("中国は来月、オーストラリアからの牛肉の輸入を再開する。")]
    assert brief(m) == ("RETREAT", ("CHN",), ("AUS",)) and m.factuality == "planned"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of no event type of its own done jointly is cooperation
        ("日本と英国は次期戦闘機を共同で設計した。", ("COOPERATE", ("JPN",), ("GBR",))),
        ("フランスとドイツは安保理に決議案を共同で提出した。", ("COOPERATE", ("FRA",), ("DEU",))),
    ],
)
def test_joint_acts_are_cooperation(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


def test_joint_request_stays_a_request() -> None:
    # 求める is an event of its own: done jointly it is no second event
    assert "COOPERATE" not in [
        m.event for m in code("日本と韓国は北朝鮮に挑発の中止を共同で求めた。")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "中国外務省は、イランへの兵器の提供は行っていないと反論した。",
        "ロシアの報道官は、北朝鮮との協力は国際法に反しないと反論した。",
    ],
)
def test_a_rebuttal_that_only_denies_accuses_no_one(text: str) -> None:
    assert "ACCUSE" not in [m.event for m in code(text)]
