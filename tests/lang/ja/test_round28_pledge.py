"""Round 28 (pledge): pledges and refusals said in words.

A promise verb (約束, 確約, 誓う, 公約, 誓約, 約する) with its partner unsaid is made to the
article's other state; a non-past 順守する / 遵守する (a treaty's limits kept, 引き続き順守すると
表明) is a one-sided pledge (AGREE), not a compliance told as a fact (順守している). An
acceptance its doer pledges (査察官を受け入れる用意がある, the minutes' これを受け入れる旨述べた
after an invitation) is itself the AGREE, asserted, told once. Refusals: an announcement or
inspections not accepted (発表を受け入れることはできない, 査察を受け入れない方針) and, with nothing
written to accept, a request told before in the sentence refused (…を打診したが、…は認めなかった)
are REJECTs of the one who made the claim or the request. 表明 alone makes no pledge: 懸念を表明,
遺憾の意を表明, 支持を表明 keep their own types.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, briefs, code, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("paragraphs", "pair"),
    [
        (
            ("エジプトとリビアの外相が協議した。", "リビアは民兵への資金提供を断つと約束した。"),
            {"EGY", "LBY"},
        ),
        (
            ("ロシアとカザフスタンの首脳が会談した。", "ロシアは港湾の整備への協力を確約した。"),
            {"RUS", "KAZ"},
        ),
        (
            ("米国とロシアの対立が続いている。", "ロシアは条約の上限を今後も順守すると表明した。"),
            {"RUS", "USA"},
        ),
    ],
)
def test_one_sided_pledge_is_agreed_with_the_other_state(
    paragraphs: tuple[str, ...], pair: set[str]
) -> None:
    got = of_kind("AGREE", *paragraphs)
    assert any(set(a) | set(r) == pair for _, a, r in got), got


def test_pledged_acceptance_is_one_asserted_agreement() -> None:
    text = "北朝鮮は韓国の査察官を核施設に受け入れる用意がある。"
    ms = [m for m in code(text) if m.event == "AGREE"]
    assert [brief(m) for m in ms] == [("AGREE", ("PRK",), ("KOR",))]
    assert ms[0].factuality == "asserted"


def test_invitation_accepted_in_the_minutes() -> None:
    text = "岸田総理から、ルラ大統領の訪日を招待し、ルラ大統領から、これを受け入れる旨述べた。"
    assert ("AGREE", ("BRA",), ("JPN",)) in briefs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "インドはパキスタンの停戦の発表を受け入れることはできないとの立場を示した。",
            ("REJECT", ("IND",), ("PAK",)),
        ),
        (
            "イランは国際原子力機関の査察を受け入れない方針を通告した。",
            ("REJECT", ("IRN",), ("IGO",)),
        ),
        (
            "米国が港の使用を打診したが、ニュージーランド政府は認めなかった。",
            ("REJECT", ("NZL",), ("USA",)),
        ),
        (
            "中国が軍艦の寄港を要請したが、カンボジアは受け入れなかった。",
            ("REJECT", ("KHM",), ("CHN",)),
        ),
    ],
)
def test_claim_or_request_refused(text: str, expected: tuple) -> None:
    assert expected in briefs(text)


@pytest.mark.parametrize(
    "text",
    [
        "ロシアは条約の上限を順守している。",  # compliance told as a fact, no pledge
        "インドは日本は認めなかったと述べた。",  # nothing asked before it
        "フィリピンは認めなかった。",  # nothing asked, nothing written to accept
        "韓国は米国の提案を受け入れることができる。",  # able to accept: no refusal
    ],
)
def test_no_pledge_or_refusal_without_its_grammar(text: str) -> None:
    got = briefs(text)
    assert not [b for b in got if b[0] in ("AGREE", "REJECT")], got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("日本は北朝鮮のミサイル発射に懸念を表明した。", "ACCUSE"),
        ("日本は米国の決定への支持を表明した。", "SUPPORT"),
    ],
)
def test_expressed_stance_keeps_its_type(text: str, kind: str) -> None:
    got = briefs(text)
    assert kind in {b[0] for b in got} and "AGREE" not in {b[0] for b in got}, got


def test_regret_expressed_is_no_pledge() -> None:
    assert not of_kind("AGREE", "韓国政府は日本に遺憾の意を表明した。")
