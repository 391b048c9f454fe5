"""Round 20 (r20keep): the learned keep step (coding/keep.py) with the shipped Japanese
weights still codes the plain cases of news style: a deployment, a summit, an accusation, a
sanction, each told once and asserted; and only Japanese has weights.

Sentences of our own.
"""

from __future__ import annotations

from alliancewatch.coding.keep import Keep
from alliancewatch.config import Settings
from alliancewatch.lang import get_language
from alliancewatch.types import Mention
from tests.lang.coding import code_text

from .test_coder import brief


def code(text: str) -> list[Mention]:
    """The mentions of one sentence with the keep step on, as the pipeline runs it."""
    return code_text("ja", text, published="2024-10-21", settings=Settings())


def briefs(text: str) -> list[tuple]:
    return [brief(m) for m in code(text)]


def test_only_japanese_ships_weights():
    model = Keep.load(get_language("ja").data_dir / "keep_weights.tsv")
    assert model is not None and 0 < model.threshold < 0.5
    for other in ("ko", "en"):
        assert Keep.load(get_language(other).data_dir / "keep_weights.tsv") is None


def test_a_deployment_told_plainly_is_kept():
    assert briefs("北朝鮮は21日、ロシアに約3000人の兵士を派遣した。") == [
        ("AID", ("PRK",), ("RUS",))
    ]


def test_a_summit_told_plainly_is_kept():
    assert briefs("岸田文雄首相は20日、韓国の尹錫悦大統領と東京で会談した。") == [
        ("CONSULT", ("JPN",), ("KOR",))
    ]


def test_an_accusation_told_plainly_is_kept():
    (m,) = code("中国外務省は22日、米国の台湾への武器売却を強く非難した。")
    assert (m.event, tuple(a.code for a in m.actor)) == ("ACCUSE", ("CHN",))
    assert m.factuality == "asserted"


def test_a_sanction_told_plainly_is_kept():
    assert ("SANCTION", ("USA",), ("RUS",)) in briefs(
        "米財務省は23日、ロシアの銀行10行に対する新たな制裁を発表した。"
    )
