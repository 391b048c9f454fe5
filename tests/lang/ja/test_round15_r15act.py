"""Round 15 (r15act): leaders and officials of 2010-2025 as a gazetteer (lang/ja/data/
actors.tsv), and persons a story introduces that later surnames refer back to: a name with
its state's one-character abbreviation and a title (ハワード豪首相 … ハワード氏), and a han
name the tables lack after a state (韓国統一省の金東烈・次官 … 金氏 is South Korea's, not the
North's leader of that surname; coding/names.py).

Sentences of our own, with near-misses that must not change.
"""

from __future__ import annotations

from .test_coder import briefs, ja_codes


def _of(kind: str, *paragraphs: str) -> list[tuple]:
    return [b for b in briefs(*paragraphs) if b[0] == kind]


# --- the gazetteer: heads of government and ministers, with variant spellings --------------


def test_past_heads_of_government_name_their_state():
    assert _of("ACCUSE", "ロウハニ大統領は16日、米国を強く非難した。") == [
        ("ACCUSE", ("IRN",), ("USA",))
    ]
    assert _of("ACCUSE", "モラウィエツキ首相は、ロシアを厳しく非難した。") == [
        ("ACCUSE", ("POL",), ("RUS",))
    ]


def test_variant_spelling_of_a_listed_leader():
    assert _of("ACCUSE", "ゼレンシキー大統領は3日、ロシアを非難した。") == [
        ("ACCUSE", ("UKR",), ("RUS",))
    ]


def test_a_name_that_is_also_a_word_needs_its_title():
    assert ja_codes("トラス首相は記者団に語った。") == [("GBR",)]
    assert ja_codes("コロナ外相が会見した。") == [("FRA",)]
    # the word alone is no person: a truss bridge, the virus, a month
    assert ja_codes("トラス構造の橋が完成した。") == []
    assert ja_codes("コロナ禍で観光客が減った。") == []
    assert ja_codes("メイの花が咲いた。") == []


# --- a name written with its state's abbreviation and a title, then the surname alone ---------


def test_name_with_state_abbreviation_then_surname_with_honorific():
    assert _of(
        "CONSULT",
        "ハワード豪首相は14日、中国を非難した。",
        "ニュージーランドのアーダーン首相はハワード氏と電話で会談した。",
    ) == [("CONSULT", ("NZL",), ("AUS",))]
    # 米国のハワード氏: another state's person of that name, not the Australian
    found = _of(
        "CONSULT",
        "ハワード豪首相は14日、中国を非難した。",
        "インドのモディ首相は米国のハワード氏と電話で会談した。",
    )
    assert ("CONSULT", ("IND",), ("AUS",)) not in found


# --- a han name the tables lack, introduced with its state ---------------------------------


def test_korean_official_named_after_the_north_korean_leader():
    found = _of(
        "REQUEST",
        "北朝鮮の金正恩総書記は10日、韓国を非難した。",
        "韓国統一省の金東烈・次官は11日、記者会見を開いた。",
        "金氏は、北朝鮮に対話への復帰を求めた。",
    )
    assert found == [("REQUEST", ("KOR",), ("PRK",))]
    # 韓国の金融委員長: a word the surname begins, not a person; 金氏 stays the leader
    found = _of(
        "ACCUSE",
        "北朝鮮の金正恩総書記は10日、演説した。",
        "韓国の金融委員長は11日、会見した。",
        "金氏は、韓国を非難した。",
    )
    assert found == [("ACCUSE", ("PRK",), ("KOR",))]


def test_chinese_spokesman_named_again_after_another_state_speaks():
    found = _of(
        "ACCUSE",
        "中国外務省の劉建超報道官は5日の記者会見で、日本の動きに言及した。",
        "日本の林外相は6日、中国に抗議した。",
        "劉氏はこれに対し、日本を厳しく非難した。",
    )
    assert ("ACCUSE", ("CHN",), ("JPN",)) in found  # 抗議 gives Japan's own ACCUSE too
