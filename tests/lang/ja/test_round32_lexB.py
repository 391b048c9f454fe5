"""Round 32 (lexB): lexical breadth for ACCUSE, SANCTION, RETREAT and SUPPORT.

Each family's words in a sentence of two states; the ambiguous words also where their
object or the text before them makes them no event.
"""

import pytest

from .test_coder import of_kind

POSITIVE = [
    # ACCUSE: anger, rebuttal, misgiving, objecting, singling out, holding to account
    ("ACCUSE", "中国は日本の措置に強い憤りを表明した。", ("CHN",), ("JPN",)),
    ("ACCUSE", "中国は米国の決定に激怒した。", ("CHN",), ("USA",)),
    ("ACCUSE", "ロシア外務省は英国の主張に反駁した。", ("RUS",), ("GBR",)),
    ("ACCUSE", "中国外務省は日本の対応に異を唱えた。", ("CHN",), ("JPN",)),
    ("ACCUSE", "韓国政府は日本の歴史認識を槍玉に挙げた。", ("KOR",), ("JPN",)),
    ("ACCUSE", "韓国政府は北朝鮮の意図を危惧している。", ("KOR",), ("PRK",)),
    # SANCTION: expelling envoys, leaving a body, voiding an accord
    ("SANCTION", "ロシアは米国人記者を国外に追い出した。", ("RUS",), ("USA",)),
    # RETREAT: pulling out, pausing attacks, easing, release, handing back
    ("RETREAT", "ロシアはウクライナから部隊を引き上げた。", ("RUS",), ("UKR",)),
    ("RETREAT", "ロシアはウクライナへの攻撃を一時休止した。", ("RUS",), ("UKR",)),
    ("RETREAT", "米国は対イラン制裁を緩めた。", ("USA",), ("IRN",)),
    ("RETREAT", "イランは英国人の人質を放免した。", ("IRN",), ("GBR",)),
    ("RETREAT", "北朝鮮は韓国人を送り返した。", ("PRK",), ("KOR",)),
    ("RETREAT", "ロシアはウクライナの領土をウクライナに返した。", ("RUS",), ("UKR",)),
    # SUPPORT: accords exchanged, congratulation, honour, shielding
    ("SUPPORT", "日本と英国は円滑化協定を交わした。", ("JPN",), ("GBR",)),
    ("SUPPORT", "中国はロシアの勝利を祝福した。", ("CHN",), ("RUS",)),
    ("SUPPORT", "中国は北朝鮮との友好を称揚した。", ("CHN",), ("PRK",)),
    ("SUPPORT", "米国はイスラエルをかばった。", ("USA",), ("ISR",)),
]


@pytest.mark.parametrize(("kind", "text", "actor", "recipient"), POSITIVE)
def test_family_word_is_coded(kind: str, text: str, actor: tuple, recipient: tuple) -> None:
    assert (kind, actor, recipient) in of_kind(kind, text)


NEGATIVE = [
    # a rate, an alert or ties raised are not troops pulled out
    ("RETREAT", "韓国軍は警戒態勢を最高水準に引き上げた。"),
    ("RETREAT", "米国は中国製品への関税を25%に引き上げた。"),
    ("RETREAT", "日本と中国は関係を新たな段階に引き上げた。"),
    # words exchanged are talks, not a signed accord
    ("SUPPORT", "岸田首相とバイデン大統領は言葉を交わした。"),
    # joining a body or a treaty is a standing, not an act toward another
    ("SUPPORT", "日本は国連に加わった。"),
    ("SUPPORT", "インドは核拡散防止条約に加わっていない。"),
    # a demand to stop attacking is no retreat
    ("RETREAT", "米国はロシアに攻撃をやめるべきだと述べた。"),
    # things listed, questions asked, goods returned
    ("ACCUSE", "米国は日本の対応を例に挙げた。"),
    ("ACCUSE", "ロシアは選挙の結果を問う国民投票を実施した。"),
    ("RETREAT", "中国はロシアから借りた本を返した。"),
    # a force driven off a land is no expulsion
    ("SANCTION", "ウクライナはロシア軍を領土から追い出した。"),
]


@pytest.mark.parametrize(("kind", "text"), NEGATIVE)
def test_other_use_is_not_coded(kind: str, text: str) -> None:
    assert of_kind(kind, text) == []


def test_demand_to_stop_provocation_stays_a_request() -> None:
    assert of_kind("RETREAT", "米国は北朝鮮に挑発をやめるよう求めた。") == []
