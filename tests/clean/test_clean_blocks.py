"""Paragraphs, boilerplate, page headlines and repeated blocks on hand-written articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliancewatch.clean.blocks import (
    clean_body,
    find_common_lines,
    is_headline_like,
    load_boilerplate,
    page_marker,
    patterns_for,
)
from alliancewatch.config import DATA_DIR
from alliancewatch.errors import UsageError

ALL = load_boilerplate(DATA_DIR / "boilerplate.tsv")

JA_LEDE = "防衛省は12日、北朝鮮が日本海に向けて弾道ミサイル2発を発射したと発表した。"
JA_HEAD = "◇日米韓が警報情報を即時共有"
JA_P3 = "政府関係者によると、ミサイルは約400キロ飛行し、排他的経済水域の外に落下したとみられる。"
JA_P4 = "日米韓3カ国は昨年合意した枠組みを使い、発射直後から探知データを交換した。"
JA_TITLE = "北朝鮮が弾道ミサイル発射…日米韓が警報情報を共有"

KO_LEDE = "국방부는 15일 한미 양국이 다음 달 서해에서 연합 해상훈련을 실시한다고 밝혔다."
KO_P2 = "군 관계자는 이번 훈련에 양국 구축함과 잠수함이 참가할 예정이라고 설명했다."
KO_P3 = "북한 외무성은 담화를 내고 훈련 계획을 강하게 비난했다."

EN_LEDE = "NATO defence ministers agreed on Thursday to expand air-policing over the Baltic states."
EN_P2 = "The decision follows repeated airspace violations by Russian aircraft, officials said."
EN_P3 = "Moscow's foreign ministry called the move provocative and promised a response."


def kinds(body) -> list[str]:  # noqa: ANN001
    return [r.kind for r in body.removed]


def test_paragraphs_are_stripped_non_empty_lines() -> None:
    body = clean_body(f"  {JA_LEDE}  \n\n\n{JA_P3}\n   \n{JA_P4}\n")
    assert body.paragraphs == (JA_LEDE, JA_P3, JA_P4)
    assert body.removed == ()
    assert body.headline is None


def test_first_line_alone_is_not_a_title() -> None:
    body = clean_body(f"{JA_TITLE}\n{JA_LEDE}\n{JA_P3}", ALL)
    assert body.headline is None
    assert body.paragraphs[0] == JA_TITLE


@pytest.mark.parametrize(
    ("lang", "text", "line"),
    [
        ("ja", JA_LEDE, "この記事を読んで…"),
        ("ja", JA_LEDE, "関連記事"),
        ("ja", JA_LEDE, "シェアする"),
        ("ja", JA_LEDE, "記事の無断転載・複製を禁じます"),
        ("ja", JA_LEDE, "ⓒ 例示新聞"),
        ("ja", JA_LEDE, "例示新聞/例示新聞日本語版"),
        ("ko", KO_LEDE, "ⓒ 예시일보 무단전재 및 재배포 금지"),
        ("ko", KO_LEDE, "<저작권자 © 예시통신, 무단 전재-재배포 금지>"),
        ("ko", KO_LEDE, "김철수 기자 kim@example.com"),
        ("ko", KO_LEDE, "(서울=예시통신) 김철수 기자 ="),
        ("ko", KO_LEDE, "관련기사"),
        ("en", EN_LEDE, "Read more: Baltic states raise defence spending"),
        ("en", EN_LEDE, "Follow us on Twitter"),
        ("en", EN_LEDE, "Share this article"),
        ("en", EN_LEDE, "Sign up for our daily security briefing"),
        ("en", EN_LEDE, "Copyright 2024 Example Media. All rights reserved."),
        ("en", EN_LEDE, "Reporting by Jane Doe; Editing by John Roe"),
        ("en", EN_LEDE, "Advertisement"),
        ("en", EN_LEDE, "https://example.com/world/nato-baltic"),
    ],
)
def test_boilerplate_lines_are_removed_with_the_pattern_named(
    lang: str, text: str, line: str
) -> None:
    body = clean_body(f"{text}\n{line}\n{text[:20]} continues here.", patterns_for(ALL, lang))
    assert line not in body.paragraphs
    assert len(body.paragraphs) == 2
    (removed,) = body.removed
    assert removed.kind == "boilerplate"
    assert removed.text == line
    assert removed.reason.startswith("matches boilerplate pattern '")


def test_dateline_opening_the_lede_is_kept() -> None:
    lede = "(서울=예시통신) 김철수 기자 = " + KO_LEDE
    body = clean_body(f"{lede}\n{KO_P2}", patterns_for(ALL, "ko"))
    assert body.paragraphs == (lede, KO_P2)


def test_boilerplate_never_removes_a_long_body_line() -> None:
    long_line = "Read more: " + EN_P2 * 3  # over 200 characters: body text
    body = clean_body(f"{EN_LEDE}\n{long_line}", patterns_for(ALL, "en"))
    assert body.paragraphs == (EN_LEDE, long_line)


def test_lines_without_letters_are_removed() -> None:
    body = clean_body(f"{JA_LEDE}\n――――\n***\n{JA_P3}")
    assert body.paragraphs == (JA_LEDE, JA_P3)
    assert [r.reason for r in body.removed] == ["has no letters or digits"] * 2


def test_patterns_for_selects_language_and_star() -> None:
    ko = patterns_for(ALL, "ko")
    assert {p.lang for p in ko} == {"ko", "*"}
    assert patterns_for(ALL, None) == ALL
    # a Japanese-only pattern does not fire on an English article
    body = clean_body(f"{EN_LEDE}\nシェアする", patterns_for(ALL, "en"))
    assert "シェアする" in body.paragraphs


def test_load_boilerplate_reports_bad_rows(tmp_path: Path) -> None:
    bad_lang = tmp_path / "a.tsv"
    bad_lang.write_text("lang\tregex\tnote\nfr\t^Lire aussi\trelated\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"a\.tsv:2"):
        load_boilerplate(bad_lang)
    bad_regex = tmp_path / "b.tsv"
    bad_regex.write_text("en\t^(unclosed\tbroken\n", encoding="utf-8")
    with pytest.raises(UsageError, match="bad regular expression"):
        load_boilerplate(bad_regex)
    with pytest.raises(UsageError, match="cannot read"):
        load_boilerplate(tmp_path / "missing.tsv")


@pytest.mark.parametrize(
    ("line", "marker", "page"),
    [
        (f"{JA_TITLE}(2)", "(2)", 2),
        (f"{JA_TITLE} [3]", "[3]", 3),
        (f"{JA_TITLE}【2】", "【2】", 2),
        (f"{JA_TITLE}(2/3)", "(2/3)", 2),
        (f"{JA_TITLE} 2/3", "2/3", 2),
        ("Allies weigh new sanctions <2>", "<2>", 2),
    ],
)
def test_page_markers(line: str, marker: str, page: int) -> None:
    found = page_marker(line)
    assert found is not None
    assert found[1:] == (marker, page)
    assert not page_marker(found[0])


@pytest.mark.parametrize("line", ["Summit set for 10/21", "Talks resume on 2024/10/2", JA_TITLE])
def test_dates_and_plain_lines_are_not_page_markers(line: str) -> None:
    assert page_marker(line) is None


def test_is_headline_like() -> None:
    assert is_headline_like(JA_TITLE)
    assert not is_headline_like(JA_LEDE)  # a sentence
    assert not is_headline_like("NATO agreed.")
    assert not is_headline_like("(2)")
    assert not is_headline_like("x" * 121)


@pytest.mark.parametrize("marker", ["(2)", "[2]", " 2/3", "(2/3)", "【2】"])
def test_page_headline_with_marker_becomes_title_and_leaves_body(marker: str) -> None:
    text = f"{JA_LEDE}\n{JA_P3}\n{JA_TITLE}{marker}\n{JA_P4}"
    body = clean_body(text, ALL)
    assert body.headline == JA_TITLE
    assert body.paragraphs == (JA_LEDE, JA_P3, JA_P4)
    assert kinds(body) == ["page_headline"]
    assert body.removed[0].reason == f"page headline with marker '{marker.strip()}'"


def test_every_copy_of_the_page_headline_is_removed() -> None:
    text = f"{JA_TITLE}(1)\n{JA_LEDE}\n{JA_TITLE}(2)\n{JA_P3}\n{JA_TITLE}\n{JA_P4}\n{JA_TITLE}(3)"
    body = clean_body(text, ALL)
    assert body.headline == JA_TITLE
    assert body.paragraphs == (JA_LEDE, JA_P3, JA_P4)
    assert kinds(body) == ["page_headline"] * 4


def test_marker_one_alone_is_not_a_page_headline() -> None:
    body = clean_body(f"{JA_TITLE}(1)\n{JA_LEDE}", ALL)
    assert body.headline is None
    assert len(body.paragraphs) == 2


def test_sentence_with_marker_is_not_a_headline() -> None:
    line = "同条約は第4条で相互援助を定めている(2)。"
    body = clean_body(f"{JA_LEDE}\n{line}")
    assert body.headline is None
    assert line in body.paragraphs


def test_short_line_repeated_alone_is_the_headline() -> None:
    title = "Allies weigh new sanctions on Pyongyang"
    text = f"{title}\n{EN_LEDE}\n{EN_P2}\n{title}\n{EN_P3}"
    body = clean_body(text, patterns_for(ALL, "en"))
    assert body.headline == title
    assert body.paragraphs == (EN_LEDE, EN_P2, EN_P3)
    assert kinds(body) == ["page_headline", "page_headline"]
    assert body.removed[0].reason == "short line repeated 2 times in the body"


def test_given_title_copies_leave_the_body_but_title_is_not_replaced() -> None:
    text = f"{KO_LEDE}\n{KO_P2}\n한미 연합 해상훈련(2)\n{KO_P3}"
    body = clean_body(text, (), title="한미, 다음 달 서해서 연합 해상훈련")
    assert body.paragraphs == (KO_LEDE, KO_P2, KO_P3)
    assert body.headline == "한미 연합 해상훈련"  # the caller keeps its own title first


def test_body_line_equal_to_title_or_title_part_is_removed() -> None:
    title = "NATO expands Baltic air policing | Example News"
    body = clean_body(f"NATO expands Baltic air policing\n{EN_LEDE}\n{EN_P2}", (), title=title)
    assert body.paragraphs == (EN_LEDE, EN_P2)
    assert [r.reason for r in body.removed] == ["repeats the title"]


def test_repeated_run_is_removed_and_first_occurrence_kept() -> None:
    page1 = [JA_LEDE, JA_HEAD, JA_P3, JA_P4]
    text = "\n".join([*page1, f"{JA_TITLE}(2)", *page1[1:], f"{JA_TITLE}(2)", "この記事を読んで…"])
    body = clean_body(text, patterns_for(ALL, "ja"))
    assert body.paragraphs == tuple(page1)
    assert body.headline == JA_TITLE
    assert kinds(body) == ["page_headline", *["repeated_block"] * 3, "page_headline", "boilerplate"]
    assert [r.reason for r in body.removed[1:4]] == [
        "repeats paragraph 2",
        "repeats paragraph 3",
        "repeats paragraph 4",
    ]


def test_section_heading_repeated_inside_a_run_is_a_repeat_not_a_headline() -> None:
    text = "\n".join(
        [KO_LEDE, "◇ 동맹 억제력 강화", KO_P2, KO_P3, "◇ 동맹 억제력 강화", KO_P2, KO_P3]
    )
    body = clean_body(text)
    assert body.headline is None
    assert body.paragraphs == (KO_LEDE, "◇ 동맹 억제력 강화", KO_P2, KO_P3)
    assert kinds(body) == ["repeated_block"] * 3


def test_near_identical_repeat_counts() -> None:
    variant = (
        "ＮＡＴＯ defence ministers agreed on Thursday, to expand air policing over the Baltic"
    )
    variant += " states"
    body = clean_body(f"{EN_LEDE}\n{EN_P2}\n{variant}")
    assert body.paragraphs == (EN_LEDE, EN_P2)
    assert body.removed[0].reason == "repeats paragraph 1"


def test_long_repeated_paragraph_alone_is_a_repeated_block() -> None:
    body = clean_body(f"{JA_LEDE}\n{JA_P3}\n{JA_P4}\n{JA_P3}")
    assert body.paragraphs == (JA_LEDE, JA_P3, JA_P4)
    assert kinds(body) == ["repeated_block"]
    assert body.headline is None


def test_fragment_of_an_earlier_paragraph_is_a_partial_repeat() -> None:
    fragment = JA_P3[JA_P3.index("ミサイルは") :]
    body = clean_body(f"{JA_LEDE}\n{JA_P3}\n{fragment}\n{JA_P4}")
    assert body.paragraphs == (JA_LEDE, JA_P3, JA_P4)
    assert body.removed[0].reason == "repeats part of paragraph 2"


def test_common_lines_are_source_boilerplate() -> None:
    common = frozenset({"例示新聞デジタル版", "Example Daily — World desk"})
    body = clean_body(f"{JA_LEDE}\n例示新聞デジタル版\n{JA_P3}", (), common)
    assert body.paragraphs == (JA_LEDE, JA_P3)
    assert kinds(body) == ["source_boilerplate"]


def test_find_common_lines_thresholds() -> None:
    texts = [
        f"{EN_LEDE}\nExample Daily — World desk\nAd choices",
        f"{EN_P2}\nExample Daily — World desk\nAd choices",
        f"{EN_P3}\nExample Daily — World desk",
        "Another story entirely.\nＥｘａｍｐｌｅ Ｄａｉｌｙ — World desk  ",
        f"A fifth story.\n{'Long shared line ' * 6}",
        f"A sixth story.\n{'Long shared line ' * 6}",
    ]
    common = find_common_lines(texts)
    assert common == frozenset({"Example Daily — World desk"})  # 4 of 6, normalized
    assert find_common_lines(texts, min_docs=2, min_share=0.3) >= {"Ad choices"}
    assert find_common_lines(texts, min_docs=5) == frozenset()
    assert find_common_lines(texts[:2]) == frozenset()  # fewer than min_docs texts
    assert find_common_lines([]) == frozenset()
