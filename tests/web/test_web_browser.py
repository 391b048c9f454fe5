"""End to end in Debian's Chromium (never a downloaded browser), driven by Playwright.

Set AW_SCREENSHOT_DIR=docs to save the screenshots used in docs/WEB.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = os.environ.get("AW_SCREENSHOT_DIR")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            "browser tests need Debian's Chromium at /usr/bin/chromium "
            "(apt-get install -y chromium fonts-noto-cjk)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Page:
    """A browser page that records console errors (JS errors, CSP violations)."""

    def __init__(self, browser: Any, base: str) -> None:
        self.ctx = browser.new_context(viewport={"width": 1360, "height": 900})
        self.page = self.ctx.new_page()
        self.base = base
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.outside: list[str] = []
        self.page.on("request", self._request)

    def _request(self, req: Any) -> None:
        if not req.url.startswith((self.base, "data:", "blob:")):
            self.outside.append(req.url)

    def goto(self, path: str) -> Any:
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str, full_page: bool = True) -> None:
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=full_page)

    def check(self) -> None:
        assert not self.errors, self.errors
        assert not self.outside, f"requests to other origins: {self.outside}"


@pytest.fixture()
def page(browser: Any, live_server: str) -> Iterator[Page]:
    p = Page(browser, live_server)
    yield p
    p.ctx.close()


def test_overview(page: Page) -> None:
    pg = page.goto("/")
    assert pg.locator("h1").inner_text() == "Overview"
    assert pg.locator("#by-type tbody tr").count() > 0
    page.shot("overview")
    page.check()


def test_timeline_pair_click_shows_evidence(page: Page) -> None:
    pg = page.goto("/timeline?a=PRK&b=RUS")
    pg.wait_for_selector("#timeline-chart[data-ready]")
    points = pg.locator("#timeline-chart .scatterlayer path.point")
    assert points.count() > 0, "no events drawn"
    sentences = set(pg.locator("#timeline-list td.sentence").all_inner_texts())
    points.first.scroll_into_view_if_needed()
    box = points.first.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    pg.mouse.move(x - 5, y - 5)
    pg.mouse.move(x, y)
    pg.mouse.click(x, y)
    evidence = pg.wait_for_selector("#detail blockquote.evidence", timeout=10_000)
    text = evidence.inner_text().strip()
    assert text and text in {s.strip() for s in sentences}
    assert pg.locator("#detail mark.hl-trigger").count() == 1
    pg.mouse.move(0, 0)  # no hover label in the screenshot
    page.shot("timeline")  # after the click: a full-page shot resizes and redraws the chart
    pg.locator("#detail a.open-mention").click()
    pg.wait_for_selector("#evidence")
    assert pg.locator("#evidence").inner_text().strip() == text
    assert re.search(r"/mentions/[\w-]+$", pg.url)
    page.shot("mention")
    pg.locator("#article-link").click()
    pg.wait_for_selector("#article-text .sent:target")
    assert pg.locator("#article-text a.trig").count() > 0
    assert text in pg.locator("#article-text .sent:target").inner_text()
    page.shot("article", full_page=False)
    page.check()


def test_network_edge_opens_pair_timeline(page: Page) -> None:
    pg = page.goto("/network")
    pg.wait_for_selector("#network[data-ready]")
    edges = pg.locator("#network a.edge-link")
    assert edges.count() > 0
    # a point of the heaviest edge (drawn last, over lighter ones) that no node covers
    coords = edges.last.evaluate(
        """link => {
            link.scrollIntoView({block: "center"});
            const line = link.querySelector("line.hit"), m = line.getScreenCTM();
            const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map(k => +line.getAttribute(k));
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                const p = new DOMPoint(x1 + t * (x2 - x1), y1 + t * (y2 - y1)).matrixTransform(m);
                const hit = document.elementFromPoint(p.x, p.y);
                if (hit && hit.closest("a.edge-link") === link) return [p.x, p.y];
            }
            return null;
        }"""
    )
    assert coords, "the heaviest edge is covered everywhere"
    pg.mouse.click(*coords)  # details in the side panel, not a native tooltip
    pg.wait_for_selector("#edge-detail .edge-title")
    assert pg.locator("#network title").count() == pg.locator("#network a.node").count()
    pg.wait_for_selector("#edge-detail ul.edge-mentions li a")
    pg.evaluate("() => window.scrollTo(0, 0)")
    page.shot("network")
    pg.locator("#edge-detail a.open-timeline").click()
    pg.wait_for_url(re.compile(r"/timeline\?a=\w+&b=\w+"))
    pg.wait_for_selector("#timeline-chart[data-ready]")
    assert pg.locator("#timeline-chart .scatterlayer path.point").count() > 0
    page.check()


def test_search(page: Page, live_server: str) -> None:
    import httpx

    items = httpx.get(live_server + "/api/timeline?a=PRK&b=RUS&limit=50").json()["items"]
    term = next(i["trigger"] for i in items if len(i["trigger"]) >= 2)
    pg = page.goto("/search")
    pg.fill("#search-form input[name=q]", term)
    pg.locator("#search-form button[type=submit]").click()
    pg.wait_for_selector("#results li")
    assert pg.locator("#results li mark").count() > 0
    assert term in pg.locator("#results li").first.inner_text()
    page.shot("search")
    pg.locator("#results a.mention-link").first.click()
    pg.wait_for_selector("#evidence")
    page.check()


def test_cjk_glyphs_render(page: Page) -> None:
    """Two different CJK characters must not draw the same pixels (no 'tofu' boxes)."""
    pg = page.goto("/search?q=" + quote("派兵"))
    same = pg.evaluate(
        """() => {
            const draw = (ch, lang) => {
                const c = document.createElement('canvas'); c.width = c.height = 40;
                c.lang = lang; document.body.append(c);
                const x = c.getContext('2d');
                x.font = '32px ' + getComputedStyle(document.body).fontFamily;
                x.fillText(ch, 2, 34); const d = c.toDataURL(); c.remove(); return d; };
            return [draw('派', 'ja') === draw('兵', 'ja'), draw('파', 'ko') === draw('병', 'ko')];
        }"""
    )
    assert same == [False, False], "CJK text draws as boxes: apt-get install fonts-noto-cjk"
    page.check()


# -- issue 15: names, autocomplete, glossary, network slider and panel, timeline axis ----


def test_actor_autocomplete_in_three_languages(page: Page) -> None:
    pg = page.goto("/timeline")
    box = pg.locator("#timeline-form input[name=a]")
    for typed in ("北朝", "북한", "North"):
        box.fill("")
        box.type(typed, delay=30)
        pg.wait_for_function(
            """() => [...document.querySelectorAll('#actor-codes option')]
                .some(o => o.value === 'PRK' && o.textContent.includes('北朝鮮'))""",
            timeout=10_000,
        )
        label = pg.locator("#actor-codes option[value=PRK]").first.text_content()
        assert "North Korea" in label and "북한" in label, typed
    box.fill("북한")  # a name is accepted without picking a suggestion
    pg.locator("#timeline-form button[type=submit]").click()
    pg.wait_for_selector("#timeline-chart[data-ready]")
    assert "North Korea / 北朝鮮 / 북한" in pg.locator("h1").inner_text()
    assert pg.locator("abbr.code[title*='North Korea']").count() > 0
    page.check()


def test_glossary(page: Page) -> None:
    pg = page.goto("/glossary")
    assert pg.locator("#glossary-types tbody tr").count() == 16
    assert pg.locator("#glossary-quads tbody tr").count() == 4
    assert pg.locator("#glossary-factuality tbody tr").count() == 6
    prk = pg.locator("#actor-PRK").inner_text()
    assert "North Korea" in prk and "北朝鮮" in prk and "북한" in prk
    pg.locator("#type-AID a").first.click()  # an example word runs a concept search
    pg.wait_for_selector("#concept-words")
    assert pg.locator("#results li").count() > 0
    page.goto("/glossary")
    page.shot("glossary", full_page=False)
    page.check()


def test_network_names_arrows_and_time_slider(page: Page) -> None:
    pg = page.goto("/network")
    pg.wait_for_selector("#network[data-ready]")
    assert pg.locator("#network text.node-name").count() > 0
    assert "North Korea" in pg.locator("#network").text_content()
    assert pg.locator("#network polygon.arrow").count() > 0  # directed edges
    slider = pg.locator("#time-slider")
    assert slider.count() == 1, "the demo data spans several months"
    months = slider.get_attribute("data-months").split(",")
    before = pg.locator("#network a.edge-link").count()
    pg.locator("#slider-from").evaluate(
        """(el, i) => { el.value = i; el.dispatchEvent(new Event('input'));
                       el.dispatchEvent(new Event('change')); }""",
        len(months) - 2,
    )
    pg.wait_for_url(re.compile(r"/network\?.*from=" + months[-2]))
    pg.wait_for_selector("#network[data-ready]")
    assert pg.locator("#slider-label").inner_text().startswith(months[-2])
    assert pg.locator("#network a.edge-link").count() <= before
    assert pg.locator("input[name=from]").input_value() == months[-2]
    page.check()


def test_timeline_axis_and_date_kinds(page: Page, live_server: str) -> None:
    import httpx

    items = httpx.get(live_server + "/api/timeline?a=PRK&b=RUS&limit=500").json()["items"]
    pg = page.goto("/timeline?a=PRK&b=RUS&limit=500")
    pg.wait_for_selector("#timeline-chart[data-ready]")
    kinds = pg.evaluate(
        "() => document.getElementById('timeline-chart').data.map(t => [t.meta, t.marker.size])"
    )
    want = {
        "undated" if not i["date"] else "dated" if i["date_text"] else "inferred"
        for i in items
        if i["x"]
    }
    assert {k for k, _ in kinds} == want
    sizes = {k: s for k, s in kinds}
    if "dated" in sizes and "undated" in sizes:
        assert sizes["dated"] > sizes["undated"]
    xs = sorted(i["x"] for i in items if i["x"])
    note = pg.locator("#outside-note")
    if len(xs) >= 10 and note.count():  # the axis leaves the outliers out, and says so
        n = int(note.inner_text().split()[0])
        lo, hi = pg.evaluate("() => document.getElementById('timeline-chart').layout.xaxis.range")
        assert n == sum(x[:10] < lo[:10] or x[:10] > hi[:10] for x in xs) > 0
        pg.locator("#show-all-dates").click()
        lo2, hi2 = pg.evaluate("() => document.getElementById('timeline-chart').layout.xaxis.range")
        assert lo2[:10] <= xs[0][:10] and hi2[:10] >= xs[-1][:10]
    # the hover card is a short summary that leaves most of the chart visible
    point = pg.locator("#timeline-chart .scatterlayer path.point").first
    box = point.bounding_box()
    assert box is not None
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    card = pg.wait_for_selector("#timeline-chart .hoverlayer .hovertext", timeout=5_000)
    chart = pg.locator("#timeline-chart").bounding_box()
    card_box = card.bounding_box()
    assert (
        chart
        and card_box
        and card_box["height"] * card_box["width"] < 0.15 * (chart["height"] * chart["width"])
    )
    page.check()


def test_search_concept_and_no_hits(page: Page) -> None:
    pg = page.goto("/search?concept=AID")
    pg.wait_for_selector("#concept-words")
    assert pg.locator("#results li").count() > 0
    pg = page.goto("/search?q=zebraquagga")
    assert "No sentence contains" in pg.locator("#no-hits").inner_text()


def test_relations_compare_pairs_side_by_side(page: Page) -> None:
    pg = page.goto("/relations?a=PRK&b=RUS&c=KOR&d=USA")
    pg.wait_for_selector("#chart-0[data-ready]")
    pg.wait_for_selector("#chart-1[data-ready]")
    assert pg.locator(".pair-panel").count() == 2
    first, second = pg.locator("#pair-0"), pg.locator("#pair-1")
    assert first.locator('.in-force article[data-treaty="prk-rus-2024"]').count() == 1
    obligations = first.locator('article[data-treaty="prk-rus-2024"] .obligations')
    assert "defence" in obligations.inner_text()
    assert second.locator('.in-force article[data-treaty="kor-usa-1953"]').count() == 1
    # side by side: the second panel starts to the right of the first
    b0, b1 = first.bounding_box(), second.bounding_box()
    assert b0 and b1 and b1["x"] > b0["x"] + b0["width"] / 2
    bars = pg.locator("#chart-0 .barlayer .point")
    assert bars.count() > 0, "no monthly bars drawn"
    page.shot("relations", full_page=False)
    page.check()


def test_network_marks_alliances_in_force(page: Page) -> None:
    pg = page.goto("/network")
    pg.wait_for_selector("#network[data-ready]")
    allied = pg.locator("#network a.edge-link.allied")
    assert allied.count() > 0
    assert pg.locator('#network a.edge-link.allied[data-pair="PRK-RUS"] line.alliance').count() == 1
    pg = page.goto("/network?index=true")
    pg.wait_for_selector("#network[data-ready]")
    assert pg.locator("#edges th", has_text="index").count() == 1
    page.check()


def test_event_download_buttons_honour_the_filters(page: Page) -> None:
    pg = page.goto("/events?a=PRK&event=AID")
    buttons = pg.locator("p.downloads a")
    assert buttons.count() >= 2
    hrefs = [buttons.nth(i).get_attribute("href") or "" for i in range(buttons.count())]
    assert all("a=PRK" in h and "event=AID" in h for h in hrefs), hrefs
    csv_link = next(i for i, h in enumerate(hrefs) if ".csv" in h)
    with pg.expect_download() as got:
        buttons.nth(csv_link).click()
    body = Path(got.value.path()).read_text(encoding="utf-8").splitlines()
    assert body[0].startswith("id,event,") and len(body) > 1
    assert all(",AID," in row for row in body[1:])
    page.check()
