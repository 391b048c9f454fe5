"""Round 21 (r21req): trigger readings (`requires`) that say what the word means.

Measured over the 25 gold sets. Notes exchanged are a treaty act, and information exchanged or
provided between states is intelligence sharing (COOPERATE); inspections accepted are
cooperation with the inspecting body; a finding denied is a claim denied; forces told as
deployed in a finite or nominalised clause are a deployment, and strategic assets are forces;
a sailing with no subject written is the force the sentence is about; hostility, a suspicion
or a declared war is a charge, and so is a charge said again (…と繰り返し主張); a council
attended is a meeting.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "日本とベトナムは、防衛装備品の供与に関する書簡の署名・交換を行った。",
            ("SUPPORT", ("JPN",), ("VNM",)),
        ),
        (
            "フィリピン軍は、自衛隊と情報を交換したと明らかにした。",
            ("COOPERATE", ("PHL",), ("JPN",)),
        ),
        ("米軍は韓国軍に偵察情報を提供した。", ("COOPERATE", ("USA",), ("KOR",))),
        ("イランは国際原子力機関の査察を受け入れると表明した。", ("COOPERATE", ("IRN",), ("IGO",))),
        ("ロシアは、オランダ政府の結論を否定した。", ("REJECT", ("RUS",), ("NLD",))),
        ("日本の外相はNATO理事会に出席した。", ("CONSULT", ("JPN",), ("NATO",))),
    ],
)
def test_object_classes_widened_and_typed(sentence, expected):
    """書簡/情報を交換, 情報を提供, 査察を受け入れる, 結論を否定, 理事会に出席: each reading met,
    with its type (round 24: a non-past told as the doer's own pledge, 査察を受け入れると表明,
    is an AGREE beside it)."""
    assert [b for b in briefs(sentence) if b[0] != "AGREE"] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("シリア政府軍が北部の要衝に展開している。", [("MOBILIZE", ("SYR",), ())]),
        ("米国は朝鮮半島に戦略資産を相次いで展開した。", [("MOBILIZE", ("USA",), ())]),
        ("クルスク州に展開した北朝鮮兵が戦闘に加わった。", []),
        ("エジプト軍がソマリアに展開すれば、衝突が起きる。", []),
    ],
)
def test_forces_told_as_deployed(sentence, expected):
    """展開: forces as the subject of a finite clause deploy; a unit described as deployed, or a
    deployment set as a condition, tells no act."""
    assert briefs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "米国防総省は、今後も台湾海峡で同様の航行を続ける考えを示した。",
            [("MOBILIZE", ("USA",), ())],
        ),
        ("タンカーがホルムズ海峡を航行した。", []),
    ],
)
def test_sailing_with_no_subject_written(sentence, expected):
    """航行 with no subject is the force the sentence is about; a merchant ship's is none."""
    assert briefs(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("北朝鮮は、米国が敵視政策を強めていると主張した。", ("ACCUSE", ("PRK",), ("USA",))),
        (
            "コロンビアは、ベネズエラが武装組織に資金を渡した疑いがあると主張した。",
            ("ACCUSE", ("COL",), ("VEN",)),
        ),
        (
            "インドは、カナダが過激派に活動の場を与えていると繰り返し主張している。",
            ("ACCUSE", ("IND",), ("CAN",)),
        ),
    ],
)
def test_charges_said_as_claims(sentence, expected):
    """敵視, 疑い and a charge said again (…と繰り返し主張) make the claim an accusation."""
    assert briefs(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        (
            "台湾軍は、中国軍の演習を受けて即応態勢に入ったと明らかにした。",
            "MOBILIZE",
            [("MOBILIZE", ("CHN",), ()), ("MOBILIZE", ("TWN",), ())],
        ),
        (
            "パキスタンは、インドが攻撃すれば「自ら選ぶ時と場所で対応する」と表明した。",
            "THREATEN",
            [("THREATEN", ("PAK",), ("IND",))],
        ),
        (
            "中国は日本企業への規制や人的交流の制限を強めた。",
            "SANCTION",
            [("SANCTION", ("CHN",), ("JPN",))],
        ),
        (
            "日本とフィリピンは首脳会談で、防衛協力の拡大を確認した。",
            "AGREE",
            [("AGREE", ("JPN",), ("PHL",))],
        ),
    ],
)
def test_readings_of_footing_response_exchanges_and_widening(sentence, kind, expected):
    """即応態勢に入る (a war footing), 時と場所で対応する (a threat), 人的交流の制限 (a sanction),
    協力の拡大を確認 (an agreement)."""
    assert [b for b in briefs(sentence) if b[0] == kind] == expected
