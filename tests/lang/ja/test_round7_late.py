"""Round 7 late (JA6): a bare organ owned by a state named before it is that state's.

A bare 政府 (and the other organs the table gives Japan when bare: 外務省, 防衛省) is the home
state's only when nothing owns it. Written after a state in the genitive with a short noun
modifier between (フランスの新政府, 中国の党と政府: a one-character noun joined by と), it is that
state's. A longer phrase between (ロシアの侵攻と政府, a relative clause) does not own it.
Sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.resolve.actors import ActorResolver

from .test_coder import brief, code

_OWN = Path(__file__).resolve().parents[3] / "alliancewatch/lang/ja/data/actors.tsv"


def _codes(text: str) -> list[tuple[str, tuple[str, ...]]]:
    r = ActorResolver.load(extra=(_OWN,))
    return [(m.text, m.codes) for m in r.find_all(text)]


@pytest.mark.parametrize(
    "text, state",
    [
        ("ラオスの党と政府はフランス大使の退去を求めた。", "LAO"),
        ("ブルキナファソの現政府は声明を出した。", "BFA"),
        ("ベトナムの党と政府は友好を確認した。", "VNM"),
        ("フランスの新政府は方針を示した。", "FRA"),
    ],
)
def test_owned_organ_takes_the_owner(text: str, state: str) -> None:
    found = _codes(text)
    assert ("政府", (state,)) in found
    assert all(codes != ("JPN",) for _, codes in found)


@pytest.mark.parametrize(
    "text",
    [
        "ロシアの侵攻と政府の対応を巡り、野党が質問した。",
        "中国の抗議を受けた政府は説明に追われた。",
        "政府は来年度の予算案をまとめた。",
    ],
)
def test_unowned_bare_organ_stays_home(text: str) -> None:
    assert ("政府", ("JPN",)) in _codes(text)


@pytest.mark.model
def test_owned_government_is_a_single_actor() -> None:
    ms = code("西アフリカ・ニジェールの暫定政府は5日、ウクライナとの外交関係を断絶すると発表した。")
    assert ("SANCTION", ("NER",), ("UKR",)) in [brief(m) for m in ms]


@pytest.mark.model
def test_party_and_government_of_a_state() -> None:
    ms = code("金正恩氏は、中国の党と政府が進める闘争を全面的に支持すると強調した。")
    assert all("JPN" not in brief(m)[1] + brief(m)[2] for m in ms)


@pytest.mark.parametrize(
    "text, state",
    [
        ("海警局の船は補給船の進路を妨害した。", "CHN"),
        ("国台弁の報道官が記者会見した。", "CHN"),
        ("ロケット軍の部隊が演習に加わった。", "CHN"),
        ("ロシアの戦略ロケット軍が演習に加わった。", "RUS"),
        ("ミサイル総局が発射を発表した。", "PRK"),
        ("民進党当局の挑発を批判した。", "TWN"),
        ("比海軍の報道官が明らかにした。", "PHL"),
    ],
)
def test_state_organs_named_bare(text: str, state: str) -> None:
    """Organs written without their state (China's coast guard, Taiwan Affairs Office and
    Rocket Force, North Korea's Missile Administration, Beijing's name for Taiwan's
    government); the longer Russian 戦略ロケット軍 keeps its own state."""
    found = _codes(text)
    assert found and all(codes == (state,) for _, codes in found)


def test_japans_coast_guard_is_not_chinas() -> None:
    assert _codes("海上保安庁の巡視船が警告した。") == [("海上保安庁", ("JPN",))]


@pytest.mark.parametrize(
    "text, found",
    [
        ("暫定政府の報道官が声明を出した。", []),
        ("スーダンの暫定政府は声明を出した。", [("スーダン", ("SDN",))]),
        ("亡命政府の代表が演説した。", []),
        ("政府の報道官が声明を出した。", [("政府", ("JPN",))]),
    ],
)
def test_provisional_government_is_not_japans(text: str, found: list) -> None:
    """A provisional, transitional or exiled government is never the home state's bare
    政府: its state is the one named before it, else it stays unresolved (spec §6)."""
    assert _codes(text) == found
