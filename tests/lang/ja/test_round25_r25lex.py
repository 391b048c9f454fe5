"""Round 25 (r25lex): lexicon `requires` loosened by class, grants, and pair compounds.

A foreign force's base closed by the host is a SANCTION (<bases>); ships told by their count
(…など2隻を出港させた: <forces>) sail out (MOBILIZE); a unit with its headcount (先発隊約200人)
arriving is the force sent (AID); a suspension lifted (拠出の一時停止を解除) is a RETREAT;
refuelling another's ships (燃料補給) is AID; a defence commitment suspended is a SANCTION.
Accepted, 認める grants: a base's use to another's forces (COOPERATE), leave to go home to
held foreigners (RETREAT). 北南 (Pyongyang's order of the two Koreas) names both states.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a foreign force's base closed by the host
            "ウズベキスタンは米軍基地の閉鎖を決めた。",
            ("SANCTION", ("UZB",), ("USA",)),
        ),
        (  # a unit with its headcount arrives
            "ニュージーランド軍の先発隊約200人が東ティモールに到着した。",
            ("AID", ("NZL",), ("TLS",)),
        ),
        (  # ships told by their count sail out
            "韓国政府はアデン湾に向けて海軍の駆逐艦など2隻を出港させた。",
            ("MOBILIZE", ("KOR",), ()),
        ),
        (  # refuelling another state's ships
            "英国政府は、米艦艇への燃料補給に乗り出す方針だ。",
            ("AID", ("GBR",), ("USA",)),
        ),
        (  # a suspension lifted
            "ドイツ政府は国連への資金拠出の一時停止を解除した。",
            ("RETREAT", ("DEU",), ("UNO",)),
        ),
        (  # a defence commitment suspended
            "米国はフィリピンへの防衛義務を停止した。",
            ("SANCTION", ("USA",), ("PHL",)),
        ),
        (  # a base's use granted to another's forces
            "ウズベキスタン政府は米軍に基地の使用を認めた。",
            ("COOPERATE", ("UZB",), ("USA",)),
        ),
        (  # leave to go home granted to held foreigners
            "イラン政府は英国人乗組員の出国を認めた。",
            ("RETREAT", ("IRN",), ("GBR",)),
        ),
    ],
)
def test_lexicon_reading(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


def test_exit_permitted_as_a_pledge() -> None:
    out = briefs("イラクは日本人の病人と高齢者の出国を許可すると表明した。")
    assert ("AGREE", ("IRQ",), ("JPN",)) in out


@pytest.mark.parametrize(
    "sentence",
    [
        "北南首脳が共同宣言に署名した。",  # Pyongyang's order of the two Koreas
        "北南の外相が会談した。",  # the same, in a の-phrase
    ],
)
def test_pair_compound_names_both(sentence: str) -> None:
    parties = {c for m in code(sentence) for c in (*m.actor, *m.recipient)}
    assert len({a.code for a in parties}) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "イランは日本の要求を認めなかった。",  # a refusal stays a refusal
        "日本政府は地方の自衛隊基地を視察した。",  # no base closed
        "イランは関与を認めた。",  # an admission grants nothing
    ],
)
def test_no_grant_or_closure(sentence: str) -> None:
    assert not [b for b in briefs(sentence) if b[0] in ("COOPERATE", "RETREAT", "SANCTION")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # a bare 首相 as topic: the prime minister last named
            ("パキスタンのシャリフ首相は28日、演説した。", "首相はインドを強く非難した。"),
            ("ACCUSE", ("PAK",), ("IND",)),
        ),
        (  # a title with the honorific 閣下, written bare again
            (
                "イラクのサダム・フセイン大統領閣下は6日、日本の元首相と会見した。",
                "大統領閣下は、日本政府の制裁は両国の友好に反するものであると非難した。",
            ),
            ("ACCUSE", ("IRQ",), ("JPN",)),
        ),
    ],
)
def test_title_again(paragraphs: tuple[str, ...], expected: tuple) -> None:
    assert expected in [brief(m) for m in code(*paragraphs)]


def test_report_by_phone_is_a_contact() -> None:
    out = briefs("岸田文雄首相は、ペルーのフジモリ大統領から電話で作戦終了の報告を受けた。")
    assert ("CONSULT", ("JPN",), ("PER",)) in out


def test_report_alone_is_no_contact() -> None:
    assert not [b for b in briefs("外務省は国会に報告書を提出した。") if b[0] == "CONSULT"]
