"""HTML pages: main text with paragraphs as lines; scripts and navigation never get through."""

from __future__ import annotations

import pytest
import trafilatura

from alliancewatch.clean.html import extract_html
from alliancewatch.errors import RejectedInput

PAGE = """<!doctype html>
<html><head><title>NATO expands Baltic air policing | Example News</title>
<meta property="article:published_time" content="2024-05-02T09:00:00+09:00">
<script>var tracker = "TRACKER_SCRIPT_TEXT";</script>
<style>.lede { color: #333 }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">NAV_MENU_TEXT</a></nav>
<article>
<h1>NATO expands Baltic air policing</h1>
<p>NATO defence ministers agreed on Thursday to expand air-policing missions over the Baltic
states, citing repeated airspace violations by Russian military aircraft.</p>
<script>document.write("INLINE_SCRIPT_TEXT");</script>
<p>The alliance will rotate additional fighter jets through bases in Lithuania and Estonia
from next month, officials in Brussels said after the meeting.</p>
<p>Moscow's foreign ministry called the decision provocative and said it would respond.</p>
</article>
<footer>Copyright 2024 Example News. FOOTER_TEXT</footer>
</body></html>"""

MARKERS = ("TRACKER_SCRIPT_TEXT", "INLINE_SCRIPT_TEXT", "NAV_MENU_TEXT", "color: #333")


def test_trafilatura_extracts_paragraphs_title_and_date() -> None:
    page = extract_html(PAGE)
    assert page.extractor == "trafilatura"
    lines = page.text.split("\n")
    assert any(line.startswith("NATO defence ministers agreed") for line in lines)
    assert any(line.startswith("Moscow's foreign ministry") for line in lines)
    assert page.title is not None and page.title.startswith("NATO expands Baltic air policing")
    assert page.published == "2024-05-02"
    for marker in MARKERS:
        assert marker not in page.text


def test_fallback_takes_paragraphs_without_scripts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    page = extract_html(PAGE)
    assert page.extractor == "paragraphs"
    assert len(page.text.split("\n")) == 3
    assert page.text.startswith("NATO defence ministers agreed on Thursday")
    assert page.title == "NATO expands Baltic air policing | Example News"
    for marker in (*MARKERS, "FOOTER_TEXT"):
        assert marker not in page.text


def test_fallback_survives_trafilatura_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("extraction problem")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    assert extract_html(PAGE).extractor == "paragraphs"


def test_korean_page_keeps_paragraph_lines() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>한미 연합훈련</title></head><body><article>"
        "<p>국방부는 15일 한미 양국이 다음 달 서해에서 연합 해상훈련을 실시한다고 밝혔다.</p>"
        "<p>군 관계자는 이번 훈련에 양국 구축함과 잠수함이 참가할 예정이라고 설명했다.</p>"
        "<p>북한 외무성은 담화를 내고 훈련 계획을 강하게 비난했다.</p>"
        "</article></body></html>"
    )
    lines = extract_html(html).text.split("\n")
    assert lines[-1] == "북한 외무성은 담화를 내고 훈련 계획을 강하게 비난했다."
    assert len(lines) >= 3


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Empty page</title></head><body></body></html>",
        "<html><body><script>var onlyScript = 1;</script><nav>Home</nav></body></html>",
        "",
        "   ",
        "<?xml version='1.0' encoding='utf-8'?>",
    ],
)
def test_page_without_body_text_is_rejected(html: str) -> None:
    with pytest.raises(RejectedInput, match="HTML has no body text"):
        extract_html(html)
