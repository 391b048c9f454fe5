"""HTML pages, in process: they render, link to their JSON twin, and escape article text."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from web_fixtures import SLASH_DOC, XSS_DOC, Client

PAGES = [
    "/",
    "/timeline",
    "/timeline?a=PRK&b=RUS",
    "/timeline?a=PRK",
    "/network",
    "/search",
    "/search?q=" + quote("派兵"),
    "/articles",
    "/articles/ja_prk_rus_001.txt",
    "/articles/" + quote(XSS_DOC, safe=""),
    "/articles/" + quote(SLASH_DOC, safe=""),
    "/api",
]


class Tags(HTMLParser):
    """Collects tags and attributes, to check that no article text became markup."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = Tags()
    p.feed(html)
    return p.tags


def assert_safe(html: str) -> None:
    """No script but our own files, no event-handler attributes, no javascript: links."""
    for tag, attrs in tags(html):
        if tag == "script":
            assert attrs.get("src", "").startswith(("/static/", "/vendor/")) or (
                attrs.get("type") == "application/json"
            ), attrs
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        for k in ("href", "src", "action"):
            assert not (attrs.get(k) or "").lower().startswith("javascript:"), (tag, attrs)
        if tag in ("script", "link", "img", "iframe", "form"):  # nothing from elsewhere
            for k in ("href", "src", "action"):
                assert (attrs.get(k) or "/").startswith("/"), (tag, attrs)
    for block in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
        assert "<" not in block


def mention_id(db: Path, doc: str, seq: int) -> str:
    with sqlite3.connect(db) as c:
        row = c.execute("SELECT id FROM mentions WHERE doc = ? AND sequence = ?", (doc, seq))
        return str(row.fetchone()[0])


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client: Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:2000]
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8">' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert_safe(r.text)


def test_json_twin_links(client: Client) -> None:
    for url, twin in [
        ("/", "/api/overview"),
        ("/timeline?a=PRK&b=RUS", "/api/timeline?a=PRK&amp;b=RUS"),
        ("/network", "/api/network"),
        ("/search?q=x", "/api/search?q=x"),
    ]:
        html = client.get(url).text
        assert f'<link rel="alternate" type="application/json" href="{twin}">' in html, url


def test_overview_page(client: Client) -> None:
    html = client.get("/").text
    assert 'title="North Korea / 北朝鮮 / 북한">PRK</abbr> – <abbr' in html
    assert 'href="/timeline?a=PRK&amp;b=RUS"' in html
    assert "국가정보원은" in html  # the latest event is Korean
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;b&gt;bad&lt;/b&gt;" in html


def test_timeline_page(client: Client) -> None:
    html = client.get("/timeline?a=PRK&b=RUS&factuality=negated").text
    assert 'id="timeline-chart"' in html and 'src="/vendor/plotly.min.js"' in html
    assert 'value="negated" checked' in html
    assert '<tr class="negated">' in html and "<s>negated</s>" in html
    assert "武器購入を否定した" in html
    picker = client.get("/timeline").text
    assert 'id="timeline-chart"' not in picker and 'href="/timeline?a=PRK&amp;b=RUS"' in picker


def test_network_page(client: Client) -> None:
    html = client.get("/network?from=2024").text
    assert 'id="network"' in html and 'src="/static/network.js"' in html
    assert 'href="/timeline?a=PRK&amp;b=RUS&amp;from=2024"' in html


def test_mention_page_highlights(client: Client, synthetic_db: Path) -> None:
    mid = mention_id(synthetic_db, "ja_prk_rus_001.txt", 1)
    html = client.get(f"/mentions/{mid}").text
    for kind, text in [
        ("trigger", "派兵"),
        ("actor", "北朝鮮"),
        ("recipient", "ロシア"),
        ("date", "今年10月"),
        ("claim", "韓国情報当局"),
        ("claim_cue", "によると"),
    ]:
        assert re.search(rf'<mark class="hl hl-{kind}"[^>]*>{text}</mark>', html), kind
    assert 'href="/articles/ja_prk_rus_001.txt#s1"' in html
    assert "same-event" in html


def test_article_page_highlights_mentions(client: Client, synthetic_db: Path) -> None:
    html = client.get("/articles/ja_prk_rus_001.txt").text
    mid = mention_id(synthetic_db, "ja_prk_rus_001.txt", 3)
    assert f'<a class="trig" href="/mentions/{mid}"' in html
    assert '<span class="sent mentioned" id="s3">' in html
    assert "この記事を読んで…" in html and "reader reaction line" in html  # removed by cleaning
    assert 'href="https://example.com/news/1"' in html


def test_article_text_is_escaped(client: Client, synthetic_db: Path) -> None:
    html = client.get("/articles/" + quote(XSS_DOC, safe="")).text
    assert "<script>alert" not in html and 'onmouseover="alert' not in html
    assert (
        "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;&#34; onmouseover=&#34;alert(1)" in html
    )
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html  # shown, not linked
    assert "&lt;script&gt;bad()&lt;/script&gt;" in html
    mid = mention_id(synthetic_db, XSS_DOC, 0)
    page = client.get(f"/mentions/{mid}").text
    assert_safe(page)
    assert "&#34; onmouseover=&#34;alert(1)" in page and "&lt;b&gt;と伝えた&lt;/b&gt;" in page
    assert "/articles/" + quote(XSS_DOC, safe="") in page
    for url in ["/search?q=" + quote("供与"), "/timeline?a=PRK&b=RUS", "/", "/articles"]:
        body = client.get(url).text
        assert_safe(body)
        assert "<script>alert" not in body


def test_query_text_is_escaped(client: Client) -> None:
    q = '"><script>alert(1)</script>'
    html = client.get("/search?q=" + quote(q)).text
    assert_safe(html)
    assert "<script>alert(1)" not in html
    bad = client.get("/timeline?a=" + quote('"><b>x'))
    assert bad.status_code == 400 and "<b>x" not in bad.text


def test_search_page(client: Client) -> None:
    html = client.get("/search?q=" + quote("派兵") + "&lang=ja").text
    assert "<mark>派兵</mark>" in html
    assert 'href="/articles/ja_prk_rus_001.txt#s1"' in html
    assert re.search(r'class="mention-link" href="/mentions/[0-9a-f]{16}"', html)
    assert "3 total" in html


def test_html_errors(client: Client) -> None:
    r = client.get("/timeline?a=PRK&from=2024-99")
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "bad_parameter" in r.text and "from" in r.text
    r = client.get("/mentions/0000000000000000")
    assert r.status_code == 404 and "not_found" in r.text
    assert client.get("/articles/missing.txt").status_code == 404
    assert client.get("/nowhere").status_code == 404
