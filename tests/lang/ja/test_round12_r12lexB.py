"""Round 12 (r12lexB): the lexicon of the cooperative and military types taken as a thesaurus.

SUPPORT: upholding another state's principle or a tie with it (堅持), relations or a
partnership established (樹立), a state recognised with its name as the object even where the
parser hangs it elsewhere (パレスチナを国家として承認, パレスチナの承認を表明). AGREE:
relations upgraded (格上げ; COOPERATE since r26type2), an agreement reached (合意に達した),
a promise announced
(約束を打ち出した). CONSULT: phone conferences, a leader hosted (国防相を招き). COOPERATE:
interoperability, military-technical cooperation, a joint mechanism joined (仕組みに参加).
AID: propping up another state's forces or government (支える), arms flown in (空輸).
MOBILIZE: a force stepping up its activity (活発化), ships put out (艦艇を出す), a drill said
of a force (中国海軍が訓練を行う), capability built up (潜在力を強化). Negatives: a budget
approved, trouble brought about (事態を招く), an economy propped up, a number reached (規模が
1万人に達する), a drill of no force (避難訓練), a postponement (見送る is no 送る). An act
put off or called off (国家承認を見送る, 首脳会談を取りやめた) is that act, negated. Sentences
are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def union(m) -> set[str]:  # noqa: ANN001 - a Mention
    """The parties of a symmetric type, as the scorer compares them."""
    return {a.code for a in m.actor + m.recipient}


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # upholding another state's principle
            "ソロモン諸島は一つの中国原則を堅持すると表明した。",
            ("SUPPORT", ("SLB",), ("CHN",)),
        ),
        (  # an alliance upheld
            "米国は日本との同盟を堅持する考えを示した。",
            ("SUPPORT", ("USA",), ("JPN",)),
        ),
        (  # a state recognised by its name, said as what it is recognised as
            "ノルウェーは28日、パレスチナを国家として正式に承認した。",
            ("SUPPORT", ("NOR",), ("PSE",)),
        ),
        (  # recognition said as a noun with the state in its の-phrase
            "ポルトガルも同じ日にパレスチナの承認を表明しました。",
            ("SUPPORT", ("PRT",), ("PSE",)),
        ),
        (  # the subject written above the clause
            "スペインはパレスチナの承認を宣言する予定です。",
            ("SUPPORT", ("ESP",), ("PSE",)),
        ),
        (  # propping up another state's forces
            "トルコはソマリア海軍の再建を支えている。",
            ("AID", ("TUR",), ("SOM",)),
        ),
        (  # propping up a government
            "イランは長年、シリアのアサド政権を軍事的に支えてきた。",
            ("AID", ("IRN",), ("SYR",)),
        ),
        (  # arms flown in
            "エジプトはソマリアに武器や弾薬を空輸した。",
            ("AID", ("EGY",), ("SOM",)),
        ),
        (  # a leader hosted
            "北朝鮮は記念行事にロシアのショイグ国防相を招き、新型兵器を見せた。",
            ("CONSULT", ("PRK",), ("RUS",)),
        ),
    ],
)
def test_directed_words(text: str, expected: tuple) -> None:
    assert expected in [brief(m) for m in code(text)]


@pytest.mark.parametrize(
    "text, event, parties",
    [
        (  # relations established: COOPERATE since the blind12 adjudication (r13lex)
            "アゼルバイジャンとアルメニアは外交関係を樹立した。",
            "COOPERATE",
            {"AZE", "ARM"},
        ),
        (  # a partnership established, said in a headline
            "中国とソロモン諸島、包括的戦略パートナーシップを樹立",
            "SUPPORT",
            {"CHN", "SLB"},
        ),
        (  # relations upgraded, with the object hung on the noun after it by the parser;
            # told as a fact, COOPERATE (blind28 adjudication ruling 9, r26type2)
            "米国とベトナムは関係を包括的戦略パートナーシップに格上げした。",
            "COOPERATE",
            {"USA", "VNM"},
        ),
        (  # an agreement reached (合意に達した): the verb's に-phrase
            "英国とモーリシャスは昨年10月に基本合意に達していた。",
            "AGREE",
            {"GBR", "MUS"},
        ),
        (  # a phone conference
            "日本と韓国の防衛当局は電話会議を開いた。",
            "CONSULT",
            {"JPN", "KOR"},
        ),
        (  # interoperability raised
            "オーストラリアとパプアニューギニアの両国軍は相互運用性を高める。",
            "COOPERATE",
            {"AUS", "PNG"},
        ),
        (  # military-technical cooperation (技術協力 alone is technology given)
            "ロシアとベネズエラは2000年代以降、軍事技術協力を進めてきた。",
            "COOPERATE",
            {"RUS", "VEN"},
        ),
        (  # a joint mechanism joined
            "米国とフランスは停戦の履行を監視する仕組みに参加する。",
            "COOPERATE",
            {"USA", "FRA"},
        ),
    ],
)
def test_symmetric_words(text: str, event: str, parties: set[str]) -> None:
    assert any(m.event == event and union(m) == parties for m in code(text))


def test_a_force_stepping_up_its_activity_and_ships_put_out() -> None:
    assert [brief(m) for m in code("中国軍が日本周辺での情報収集を活発化させている。")] == [
        ("MOBILIZE", ("CHN",), ())
    ]
    assert [brief(m) for m in code("オーストラリア海軍は艦艇を出して監視した。")] == [
        ("MOBILIZE", ("AUS",), ())
    ]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("中国海軍がタスマン海で訓練を行った。", ("CHN",)),  # a drill said of a force
        ("ロシアは西部における軍事的な潜在力を強化すると述べた。", ("RUS",)),  # a build-up
        ("北朝鮮は核戦力を強化している。", ("PRK",)),
    ],
)
def test_drills_and_build_ups_of_one_state(text: str, actor: tuple) -> None:
    assert ("MOBILIZE", actor, ()) in [brief(m) for m in code(text)]


def test_a_promise_announced_is_an_agreement() -> None:
    ms = code("日米韓は速やかに互いに協議するとの約束を文書で打ち出した。")
    assert any(m.event == "AGREE" and union(m) == {"JPN", "USA", "KOR"} for m in ms)


@pytest.mark.parametrize(
    "text",
    [
        "国会は来年度予算案を承認した。",  # a budget approved
        "日本の承認が必要になる。",  # an approval needed, no subject
        "ロシアの行動は事態のさらなる悪化を招く。",  # bringing about, no guest
        "立憲民主党と国民民主党が合流した。",  # parties merging
        "政府は中小企業の経営を支える。",  # an economy propped up
        "両国の議論が活発化している。",  # a debate, no force
        "今年は日本とフィンランドの外交関係樹立106周年にあたる。",  # an anniversary
        "米国は在日米軍を統合軍司令部に格上げする。",  # a headquarters upgraded
        "日本は専守防衛を堅持する。",  # a line of one's own
        "派兵規模が年内に約1万人に達する可能性がある。",  # a number reached, no agreement
        "消防は避難訓練を実施した。",  # a drill of no force
    ],
)
def test_near_misses_give_no_event(text: str) -> None:
    ms = code(text)
    assert not [m for m in ms if m.event in ("SUPPORT", "AGREE", "CONSULT", "COOPERATE", "AID")]
    assert not [m for m in ms if m.event == "MOBILIZE" and m.trigger in ("活発化", "訓練")]


def test_postponing_is_no_sending() -> None:
    ms = code("日本政府は、今回はパレスチナの国家承認を見送る方針を決めた。")
    assert not [m for m in ms if m.event == "AID"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # an act put off is that act, not done
            "日本政府は、今回はパレスチナの国家承認を見送る方針を決めた。",
            ("SUPPORT", ("JPN",), ("PSE",)),
        ),
        (  # an act called off
            "トランプ大統領はプーチン大統領との首脳会談を取りやめた。",
            ("CONSULT", ("USA",), ("RUS",)),
        ),
    ],
)
def test_an_act_put_off_or_called_off_is_negated(text: str, expected: tuple) -> None:
    found = [m for m in code(text) if brief(m) == expected]
    assert found and all(m.factuality == "negated" for m in found)
