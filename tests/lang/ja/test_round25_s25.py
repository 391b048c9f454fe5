"""Round 25 (s25): the GDR's formal name, and 会見 between two sides written as its subject.

ドイツ民主共和国 is East Germany (DDR), not ドイツ (DEU) with a tail; ドイツ連邦共和国 and 西独
stay DEU. 会見 is a meeting when a partner is written (…と会見した) or when two sides stand as its
subject (AとBは…で会見し, 両首脳は会見した); a speaker's 会見 alone, or one that is the setting
of a statement (会見で, 記者会見で, 共同会見で), stays no event.
"""

from __future__ import annotations

import pytest

from .test_coder import briefs, of_kind

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the GDR's formal name is no DEU
            "ソ連とドイツ民主共和国の外相は友好条約に調印した。",
            ("SUPPORT", ("SUN",), ("DDR",)),
        ),
        (  # the formal names of both German states
            "ドイツ民主共和国の首相はドイツ連邦共和国の首相と会談した。",
            ("CONSULT", ("DDR",), ("DEU",)),
        ),
        (  # two sides as the subject of 会見し
            "中国の国家主席とベトナムの首相は5日、ハノイで会見し、海洋問題について意見を交換した。",
            ("CONSULT", ("CHN",), ("VNM",)),
        ),
        (  # a partner written with と, as before
            "インドの首相は訪問中のロシア大統領と会見した。",
            ("CONSULT", ("IND",), ("RUS",)),
        ),
    ],
)
def test_coded(sentence: str, expected: tuple) -> None:
    assert expected in briefs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "米国の大統領はホワイトハウスで会見し、ロシアを非難した。",
        "中国外務省の報道官は5日の会見で、日本を批判した。",
        "日本の首相と韓国の大統領は共同会見で、北朝鮮の核開発を非難した。",
        "フランスの大統領は記者会見で、英国との協力を強化すると述べた。",
    ],
)
def test_press_conference_is_no_meeting(sentence: str) -> None:
    assert of_kind("CONSULT", sentence) == []
