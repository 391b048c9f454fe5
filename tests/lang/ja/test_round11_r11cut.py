"""Round 11 (r11cut): cutting, halting and restoring ties between states, and recognising one.

- Halting verbs (停止, 中断, 凍結, 中止, 打ち切る, and now 止める) take diplomatic relations
  (外交関係, 国交), two-way trade (輸出入), import procedures (輸入手続き) and payments (拠出)
  as objects; the ties said as one noun (国交停止, 貿易停止) are SANCTION too.
- 呼び戻す an ambassador is a recall, as 召還; 遮断 also cuts roads, railways and borders.
- A measure's object marked by も (情報共有も停止した) is its object, as with を (not in a passive).
- 関係を正常化した restores relations: COOPERATE (the noun 国交正常化 is mostly an aim: left out).
- 承認 of a state or a government (アフガニスタンを承認, 暫定政権を承認) is recognition: SUPPORT;
  承認 of a budget or a bill stays none.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ボリビアはイスラエルとの外交関係を停止すると発表した。",
            ("SANCTION", ("BOL",), ("ISR",)),
        ),
        ("ペルーはベネズエラとの国交を凍結した。", ("SANCTION", ("PER",), ("VEN",))),
        ("コロンビアはイスラエルとの輸出入を停止した。", ("SANCTION", ("COL",), ("ISR",))),
        ("中国は韓国からの牛肉の輸入手続きを停止した。", ("SANCTION", ("CHN",), ("KOR",))),
        ("米国はエジプトへの軍事援助を一時的に止めた。", ("SANCTION", ("USA",), ("EGY",))),
        ("英国はケニアとの情報共有も停止した。", ("SANCTION", ("GBR",), ("KEN",))),
        ("ケニアはソマリアから大使を呼び戻した。", ("SANCTION", ("KEN",), ("SOM",))),
        ("エジプトとイランは外交関係を正常化した。", ("COOPERATE", ("EGY",), ("IRN",))),
        ("中国はニカラグアを正式に承認した。", ("SUPPORT", ("CHN",), ("NIC",))),
    ],
)
def test_ties_cut_halted_restored_and_recognition(text, want):
    assert want in [brief(m) for m in code(text)]


def test_ties_said_as_one_noun():
    ms = code("ベネズエラ、パナマとの国交停止を発表")
    assert ("SANCTION", ("VEN",), ("PAN",)) in [brief(m) for m in ms]


def test_border_and_roads_cut_off():
    ms = code("北朝鮮は中国との国境を遮断した。")
    assert ("SANCTION", ("PRK",), ("CHN",)) in [brief(m) for m in ms]


def test_precision_other_objects_stay_none():
    # recognition of a state is SUPPORT, the approval of a budget is no event
    ms = code("インドネシアはパレスチナを正式に承認した。")
    assert ("SUPPORT", ("IDN",), ("PSE",)) in [brief(m) for m in ms]
    # a budget or a bill approved, an attack stopped, an aim to normalise: no such event
    for text in (
        "ドイツ議会は来年度の予算案を承認した。",
        "日本政府は交通事故の多い道路を遮断した。",
        "ケニアとソマリアは関係正常化を目指している。",
    ):
        assert not [m for m in code(text) if m.event in ("SUPPORT", "SANCTION", "COOPERATE")], text
    # a base handed over, told in the passive with も, keeps its direction (not reversed)
    ms = code("米軍の基地も、ニジェール側に明け渡された。")
    assert ("RETREAT", ("NER",), ("USA",)) not in [brief(m) for m in ms]
