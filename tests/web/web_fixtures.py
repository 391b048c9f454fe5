"""Hand-made data for the web tests (a small database written with Store.save), an
in-process client, and helpers. Fixtures using them live in conftest.py."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path
from typing import Any

import anyio.from_thread
import httpx

from alliancewatch.store.db import Store
from alliancewatch.types import (
    ActorRef,
    Article,
    Attribution,
    Mention,
    Paragraph,
    Rejection,
    Removed,
    Sentence,
)

XSS_DOC = 'evil"><script>alert(1)</script>.txt'
SLASH_DOC = "feed/2024/item 1?x=1#y"
XSS_TEXT = '<script>alert("xss")</script>" onmouseover="alert(1)" 北朝鮮がロシアに兵器を供与した。'


def build(
    doc: str,
    lang: str,
    published: str | None,
    paragraphs: list[list[str]],
    mentions: list[dict[str, Any]],
    title: str | None = None,
    url: str | None = None,
    removed: tuple[Removed, ...] = (),
) -> tuple[Article, list[Sentence], list[Mention]]:
    """An article from paragraphs of sentences; mentions refer to sentences by index."""
    sep = "" if lang == "ja" else " "
    text, paras, sents = "", [], []
    for pi, para in enumerate(paragraphs):
        if text:
            text += "\n\n"
        p_start = len(text)
        for si, s in enumerate(para):
            if si:
                text += sep
            sents.append(
                Sentence(
                    len(sents),
                    pi,
                    len(text),
                    len(text) + len(s),
                    s,
                    is_title=(pi == 0 and title is not None and s == title),
                )
            )
            text += s
        paras.append(Paragraph(pi, p_start, len(text)))
    out = []
    for m in mentions:
        s = sents[m["seq"]]
        claimed = Attribution(*m["claimed"]) if m.get("claimed") else None
        out.append(
            Mention(
                doc=doc,
                language=lang,
                event=m["event"],
                actor=tuple(ActorRef(t, c, m.get("sector")) for t, c in m["actor"]),
                recipient=tuple(ActorRef(t, c) for t, c in m.get("recipient", [])),
                date=m.get("date"),
                date_text=m.get("date_text"),
                factuality=m.get("factuality", "asserted"),
                factuality_cue=m.get("cue"),
                claimed_by=claimed,
                sentence=s.text,
                sequence=s.index,
                start=s.start,
                end=s.end,
                trigger=m["trigger"],
                trigger_start=max(0, s.text.find(m["trigger"])),
                implicit=m.get("implicit", False),
            )
        )
    digest = hashlib.sha256(text.encode()).hexdigest()
    art = Article(
        doc=doc,
        source=f"samples/{doc}",
        text=text,
        paragraphs=tuple(paras),
        title=title,
        published=published,
        lang=lang,
        url=url,
        encoding="utf-8",
        raw_hash=digest,
        content_hash=digest,
        removed=removed,
    )
    return art, sents, out


PRK, RUS, KOR, USA = ("北朝鮮", "PRK"), ("ロシア", "RUS"), ("South Korea", "KOR"), ("US", "USA")

ARTICLES = [
    build(
        "ja_prk_rus_001.txt",
        "ja",
        "2024-10-21",
        [
            ["北朝鮮、ロシアに特殊部隊を派兵"],
            [
                "韓国情報当局によると、北朝鮮は今年10月、ロシアに特殊部隊約1500人を派兵した。",
                "金正恩総書記とプーチン大統領は6月19日、平壌で会談した。",
            ],
            [
                "北朝鮮がロシアに砲弾を追加で供与する可能性がある。",
                "ロシア外務省は北朝鮮からの武器購入を否定した。",
                "両国は年内に再び首脳会談を行う予定だ。",
            ],
            [
                "北朝鮮軍はロシア西部に展開しているとみられる。",
                "北朝鮮が派兵しなかった場合、ロシアの戦況は悪化していただろう。",
            ],
        ],
        [
            {
                "seq": 0,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "派兵",
                "date": "2024-10",
            },
            {
                "seq": 1,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "派兵",
                "date": "2024-10",
                "date_text": "今年10月",
                "claimed": ("韓国情報当局", "によると"),
            },
            {
                "seq": 2,
                "event": "CONSULT",
                "actor": [("金正恩総書記", "PRK"), ("プーチン大統領", "RUS")],
                "trigger": "会談",
                "date": "2024-06-19",
                "date_text": "6月19日",
            },
            {
                "seq": 3,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "供与",
                "date": "2024-10",
                "factuality": "possible",
                "cue": "可能性がある",
            },
            {
                "seq": 4,
                "event": "AID",
                "actor": [PRK],
                "recipient": [("ロシア外務省", "RUS")],
                "trigger": "購入",
                "date": "2024-10",
                "factuality": "negated",
                "cue": "否定",
            },
            {
                "seq": 5,
                "event": "CONSULT",
                "actor": [("両国", "PRK"), ("両国", "RUS")],
                "trigger": "首脳会談",
                "date": "2024",
                "date_text": "年内",
                "factuality": "planned",
                "cue": "予定",
                "implicit": True,
            },
            {
                "seq": 6,
                "event": "AID",
                "actor": [("北朝鮮軍", "PRK")],
                "recipient": [RUS],
                "trigger": "展開",
                "date": "2024-10",
                "factuality": "probable",
                "cue": "とみられる",
            },
            {
                "seq": 7,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "派兵",
                "date": None,
                "factuality": "hypothetical",
                "cue": "場合",
            },
        ],
        title="北朝鮮、ロシアに特殊部隊を派兵",
        url="https://example.com/news/1",
        removed=(
            Removed("repeated_block", "北朝鮮、ロシアに特殊部隊を派兵", "repeated paragraph"),
            Removed("boilerplate", "この記事を読んで…", "reader reaction line"),
        ),
    ),
    build(
        "en_kor_usa_001.txt",
        "en",
        "2024-08-20",
        [
            ["South Korea and US begin joint drills"],
            [
                "South Korea and the United States began the Ulchi Freedom Shield joint exercise on"
                " Monday, officials said.",
                "Seoul may impose new sanctions on Pyongyang.",
                "North Korea condemned the drills as a rehearsal for invasion.",
            ],
        ],
        [
            {
                "seq": 0,
                "event": "COOPERATE",
                "actor": [KOR, USA],
                "trigger": "joint drills",
                "date": "2024-08",
            },
            {
                "seq": 1,
                "event": "COOPERATE",
                "actor": [KOR, ("the United States", "USA")],
                "trigger": "joint exercise",
                "date": "2024-08-19",
                "date_text": "on Monday",
                "claimed": ("officials", "said"),
            },
            {
                "seq": 2,
                "event": "SANCTION",
                "actor": [("Seoul", "KOR")],
                "recipient": [("Pyongyang", "PRK")],
                "trigger": "sanctions",
                "date": "2024-08",
                "factuality": "possible",
                "cue": "may",
            },
            {
                "seq": 3,
                "event": "ACCUSE",
                "actor": [("North Korea", "PRK")],
                "recipient": [("the drills", "KOR"), ("the drills", "USA")],
                "trigger": "condemned",
                "date": "2024-08",
            },
        ],
        title="South Korea and US begin joint drills",
    ),
    build(
        "ko_prk_rus_001.txt",
        "ko",
        "2024-11-01",
        [
            ['국정원 "북한, 러시아에 추가 파병"'],
            [
                "국가정보원은 북한이 러시아에 병력을 추가로 파병했다고 밝혔다.",
                "북한과 러시아는 지난달 평양에서 군사 협력을 논의했다.",
            ],
        ],
        [
            {
                "seq": 1,
                "event": "AID",
                "actor": [("북한", "PRK")],
                "recipient": [("러시아", "RUS")],
                "trigger": "파병",
                "date": "2024-11",
                "claimed": ("국가정보원", "밝혔다"),
            },
            {
                "seq": 2,
                "event": "CONSULT",
                "actor": [("북한", "PRK"), ("러시아", "RUS")],
                "trigger": "논의",
                "date": "2024-10",
                "date_text": "지난달",
            },
        ],
        title='국정원 "북한, 러시아에 추가 파병"',
    ),
    build(
        XSS_DOC,
        "ja",
        "2024-09-01",
        [[XSS_TEXT]],
        [
            {
                "seq": 0,
                "event": "AID",
                "actor": [PRK],
                "recipient": [RUS],
                "trigger": "供与",
                "date": "2024-09",
                "claimed": ('" onmouseover="alert(1)', "<b>と伝えた</b>"),
            },
        ],
        title='<script>alert("title")</script>',
        url="javascript:alert(1)",
        removed=(Removed("script", "<script>bad()</script>", "<b>script</b>"),),
    ),
    build(
        SLASH_DOC,
        "en",
        "2023-03-01",
        [
            ["North Korea launched a ballistic missile on Sunday.", "NATO condemned the launch."],
        ],
        [
            {
                "seq": 0,
                "event": "MOBILIZE",
                "actor": [("North Korea", "PRK")],
                "trigger": "launched",
                "date": "2023-02-26",
                "date_text": "on Sunday",
            },
            {
                "seq": 1,
                "event": "ACCUSE",
                "actor": [("NATO", "NATO")],
                "recipient": [("North Korea", "PRK")],
                "trigger": "condemned",
                "date": "2023-03",
            },
        ],
    ),
    build("ko_empty.txt", "ko", None, [["오늘은 특별한 소식이 없다."]], []),
]


def make_db(path: Path) -> Path:
    from alliancewatch.merge.events import merge_events

    with Store(path) as store:
        for art, sents, ments in ARTICLES:
            store.save(art, sents, ments, "test-coder 0")
        store.reject(Rejection("broken.html", "samples/broken.html", "no text after cleaning"))
        store.reject(Rejection("<img src=x onerror=alert(1)>", "samples/x", "<b>bad</b>"))
        merge_events(store)
    return path


class Client:
    """Synchronous in-process client: httpx over the ASGI transport, in a blocking portal."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.db_path: Path | None = None
        self._portal_cm = anyio.from_thread.start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        self._http = httpx.AsyncClient(transport=transport, base_url="http://testserver")

    def get(self, url: str) -> httpx.Response:
        return self._portal.call(self._http.get, url)

    def request(self, method: str, url: str) -> httpx.Response:
        return self._portal.call(self._http.request, method, url)

    def close(self) -> None:
        self._portal.call(self._http.aclose)
        self._portal_cm.__exit__(None, None, None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
