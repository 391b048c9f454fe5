"""Round 7 (issue 9), JA5: a side filled in from the sentence takes a whole list of states.

When the frame gives an event only one side (糾弾した, 非難した with the accused told inside
the quoted charge), the coder fills the other from a state named in the same sentence. A
list of states joined by と, や, 、 (and_words.tsv) is one group: all of it is the side, not
its first name. Only names written before the event word are joined; a list after it
belongs to a later clause. Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def _by_type(ms: list, event: str) -> list:
    return [m for m in ms if m.event == event]


@pytest.mark.parametrize(
    "text, accused",
    [
        (
            "朝鮮中央通信は、米国と韓国が大規模な演習を繰り広げ、地域の緊張を高めていると糾弾した。",
            ("KOR", "USA"),
        ),
        (
            "労働新聞は、米国と日本、韓国が軍事同盟を強めているのは危険な挑発だと非難した。",
            ("JPN", "KOR", "USA"),
        ),
        (
            "北朝鮮国防省は、米国と韓国の空軍が合同訓練を行い、戦争の危機をあおっていると非難した。",
            ("KOR", "USA"),
        ),
        (
            "朝鮮中央通信は、日本と米国がミサイル防衛の協力を広げ、地域の軍拡をあおっていると糾弾した。",
            ("JPN", "USA"),
        ),
    ],
)
def test_a_listed_group_is_accused_whole(text: str, accused: tuple[str, ...]):
    (m,) = _by_type(code(text), "ACCUSE")
    assert [a.code for a in m.actor] == ["PRK"]
    assert tuple(sorted(r.code for r in m.recipient)) == accused


def test_states_in_different_phrases_are_no_group():
    """Negative: ロシアが北朝鮮に: two states, but not listed together."""
    ms = code("韓国外務省は、ロシアが北朝鮮に技術を渡し、地域の安定を損なっていると非難した。")
    (m,) = _by_type(ms, "ACCUSE")
    assert brief(m) == ("ACCUSE", ("KOR",), ("RUS",))


def test_a_single_state_stays_alone():
    """Negative: one state named, then a word that is no and-word: no group."""
    (m,) = _by_type(
        code("朝鮮中央通信は、米国が日本海で挑発を繰り返していると糾弾した。"), "ACCUSE"
    )
    assert [r.code for r in m.recipient] == ["USA"]


def test_a_list_after_the_event_word_is_not_joined():
    """Negative: the list comes after the event word, in a later clause."""
    ms = code(
        "中国外務省の報道官は、米国による一方的な制裁に反対すると述べ、"
        "中国とイランの貿易を妨げないよう米国に求めた。"
    )
    sanctions = _by_type(ms, "SANCTION")
    # the opposed sanction names no target, so since r19pres it may give no mention at all
    assert any(m.event == "REQUEST" for m in ms)
    for m in sanctions:
        assert {r.code for r in m.recipient} != {"CHN", "IRN"}


def test_names_not_joined_by_an_and_word_stay_apart():
    """Negative: two states in different phrases (に…を) are not one list."""
    ms = code("韓国外務省は、ロシアに北朝鮮への技術移転をやめるよう強く非難した。")
    for m in _by_type(ms, "ACCUSE"):
        assert len(m.recipient) == 1
