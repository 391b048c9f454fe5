"""Web benchmark: median response time of every JSON route over 100,000 mentions.

    python bench/web_bench.py [--mentions 100000] [--runs 15] [--rebuild] [--html]

Builds (once, cached under bench/out/) a database of synthetic articles written with
Store.save, serves it with uvicorn on a free loopback port, and times each route over HTTP.
Ends with one JSON line: {"web_median_ms": {...}, "web_max_median_ms": ..., "mentions": N}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import socket
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

from alliancewatch.plover import SYMMETRIC
from alliancewatch.store.db import Store, connect
from alliancewatch.types import ActorRef, Article, Attribution, Mention, Paragraph, Sentence
from alliancewatch.web import create_app, queries_web, search_keys

OUT = Path(__file__).parent / "out"
GENERATOR = 6  # bump when the synthetic data changes
MENTIONS_PER_ARTICLE = 10
FILLERS_PER_ARTICLE = 5

NAMES = {  # code: (ja, ko, en)
    "PRK": ("北朝鮮", "북한", "North Korea"),
    "RUS": ("ロシア", "러시아", "Russia"),
    "USA": ("米国", "미국", "the United States"),
    "KOR": ("韓国", "한국", "South Korea"),
    "JPN": ("日本", "일본", "Japan"),
    "CHN": ("中国", "중국", "China"),
    "UKR": ("ウクライナ", "우크라이나", "Ukraine"),
    "IRN": ("イラン", "이란", "Iran"),
    "SYR": ("シリア", "시리아", "Syria"),
    "TWN": ("台湾", "대만", "Taiwan"),
    "PHL": ("フィリピン", "필리핀", "the Philippines"),
    "VNM": ("ベトナム", "베트남", "Vietnam"),
    "IND": ("インド", "인도", "India"),
    "AUS": ("豪州", "호주", "Australia"),
    "GBR": ("英国", "영국", "Britain"),
    "FRA": ("フランス", "프랑스", "France"),
    "DEU": ("ドイツ", "독일", "Germany"),
    "NATO": ("NATO", "나토", "NATO"),
    "UNO": ("国連", "유엔", "the UN"),
    "EUR": ("EU", "유럽연합", "the EU"),
    "MNG": ("モンゴル", "몽골", "Mongolia"),
    "BLR": ("ベラルーシ", "벨라루스", "Belarus"),
}
WEIGHTS = [30, 24, 18, 16, 10, 10, 6, 3, 2, 3, 2, 2, 2, 2, 2, 1, 1, 3, 2, 2, 1, 1]
TRIGGERS = {  # event: (ja, ko, en)
    "AID": ("派兵", "파병", "sent troops"),
    "CONSULT": ("会談", "회담", "held talks"),
    "COOPERATE": ("合同演習", "연합훈련", "joint exercise"),
    "AGREE": ("合意", "합의", "agreed"),
    "SUPPORT": ("署名", "서명", "signed"),
    "SANCTION": ("制裁", "제재", "sanctioned"),
    "ACCUSE": ("非難", "비난", "condemned"),
    "THREATEN": ("警告", "경고", "warned"),
    "MOBILIZE": ("発射", "발사", "launched"),
    "REQUEST": ("要求", "요구", "demanded"),
    "REJECT": ("拒否", "거부", "rejected"),
    "ASSAULT": ("攻撃", "공격", "attacked"),
    "RETREAT": ("撤退", "철수", "withdrew"),
}
EVENT_WEIGHTS = [20, 18, 10, 6, 6, 8, 10, 5, 8, 4, 2, 2, 1]
FACTS = ["asserted", "probable", "possible", "planned", "hypothetical", "negated"]
FACT_WEIGHTS = [60, 12, 10, 8, 4, 6]
CUES = {
    "probable": "とみられる",
    "possible": "可能性がある",
    "planned": "予定だ",
    "hypothetical": "場合",
    "negated": "否定した",
}
FILLER = (
    "関係者は詳細を明らかにしていない。",
    "관계자는 자세한 내용을 밝히지 않았다.",
    "Officials gave no further details.",
)


def _sentence(lang: int, a: str, b: str | None, event: str, fact: str, n: int) -> str:
    """A sentence of its own within the article (`n` keeps mention ids unique)."""
    na, trig = NAMES[a][lang], TRIGGERS[event][lang]
    nb = NAMES[b][lang] if b else None
    if lang == 0:
        s = (
            f"{na}は{nb}との間で第{n}回目の{trig}をした"
            if nb
            else f"{na}は第{n}回目の{trig}を行った"
        )
        return s + ("と" + CUES[fact] if fact in CUES else "") + "。"
    if lang == 1:
        return f"{na}은 {nb}와 {n}번째 {trig}했다." if nb else f"{na}은 {n}번째 {trig}했다."
    return f"{na} {trig} {nb or 'again'} for the {n}th time, sources said."


def synthetic_articles(n_mentions: int, seed: int = 7):
    """Yield (Article, sentences, mentions) with MENTIONS_PER_ARTICLE mentions each."""
    rng = random.Random(seed)
    codes = list(NAMES)
    events = list(TRIGGERS)
    start = date(2015, 1, 1)
    for k in range(n_mentions // MENTIONS_PER_ARTICLE):
        lang = rng.choices([0, 1, 2], [50, 25, 25])[0]
        code = ("ja", "ko", "en")[lang]
        pub = start + timedelta(days=rng.randrange(3800))
        doc = f"bench_{k:06d}.txt"
        specs = []
        for j in range(MENTIONS_PER_ARTICLE):
            if rng.random() < 0.2:
                a, b = rng.sample(["PRK", "RUS"], 2)
            else:
                a = rng.choices(codes, WEIGHTS)[0]
                b = rng.choices(codes, WEIGHTS)[0] if rng.random() < 0.9 else None
                b = None if b == a else b
            event = rng.choices(events, EVENT_WEIGHTS)[0]
            fact = rng.choices(FACTS, FACT_WEIGHTS)[0]
            n = rng.randint(1, 99) * 10 + j
            specs.append((a, b, event, fact, _sentence(lang, a, b, event, fact, n)))
        texts = [s[4] for s in specs] + [FILLER[lang]] * FILLERS_PER_ARTICLE
        rng.shuffle(texts)
        sep = "" if lang == 0 else " "
        sents, paras, text = [], [], ""
        for i, t in enumerate(texts):
            if i and i % 5 == 0:
                paras.append(Paragraph(len(paras), paras[-1].end + 2 if paras else 0, len(text)))
                text += "\n\n"
            elif i:
                text += sep
            sents.append(Sentence(i, len(paras), len(text), len(text) + len(t), t))
            text += t
        first = paras[-1].end + 2 if paras else 0
        paras.append(Paragraph(len(paras), first, len(text)))
        by_text = {s.text: s for s in sents}
        mentions = []
        for a, b, event, fact, t in specs:
            s = by_text[t]
            r = rng.random()
            d = (pub - timedelta(days=rng.randrange(60))).isoformat()
            when = d[:7] if r < 0.55 else d if r < 0.85 else d[:4] if r < 0.9 else None
            actors = [ActorRef(NAMES[a][lang], a)]
            recips = [ActorRef(NAMES[b][lang], b)] if b else []
            if b and event in SYMMETRIC and rng.random() < 0.5:
                actors, recips = actors + recips, []
            trig = TRIGGERS[event][lang]
            mentions.append(
                Mention(
                    doc=doc,
                    language=code,
                    event=event,
                    actor=tuple(actors),
                    recipient=tuple(recips),
                    date=when,
                    date_text=None,
                    factuality=fact,
                    factuality_cue=CUES.get(fact) if lang == 0 else None,
                    claimed_by=Attribution("sources", "said") if lang == 2 else None,
                    sentence=t,
                    sequence=s.index,
                    start=s.start,
                    end=s.end,
                    trigger=trig,
                    trigger_start=max(0, t.find(trig)),
                )
            )
        digest = hashlib.sha256(text.encode()).hexdigest()
        art = Article(
            doc=doc,
            source=f"bench/{doc}",
            text=text,
            paragraphs=tuple(paras),
            title=f"{NAMES[specs[0][0]][lang]} {k}",
            published=pub.isoformat(),
            lang=code,
            url=None,
            encoding="utf-8",
            raw_hash=digest,
            content_hash=digest,
        )
        yield art, sents, mentions


def build(path: Path, n_mentions: int) -> None:
    from alliancewatch.merge.events import merge_events

    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    t0 = time.perf_counter()
    with Store(path) as store:
        for i, (art, sents, ments) in enumerate(synthetic_articles(n_mentions)):
            store.save(art, sents, ments, "bench")
            if i % 2000 == 1999:
                print(f"  {(i + 1) * MENTIONS_PER_ARTICLE:,} mentions", file=sys.stderr)
        merge_events(store)
        store.db.execute("ANALYZE")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def deep_cursor(db: object, q: str, position: int) -> str:
    """The `after` cursor of the search page starting at hit `position`, reached as a user
    would: pages of 500 hits, by offset and then by the cursors of the `next` links."""
    v: dict = {"q": q, "limit": min(500, position), "offset": 0, "after": None}
    while True:
        r = queries_web.search(db, v)
        if r["offset"] + len(r["items"]) >= position or not r["after"]:
            return r["after"]
        after = search_keys.SearchKey.from_token(r["after"])
        v = {**v, "limit": min(500, position - after.position), "after": after}


def routes(db_path: Path) -> dict[str, str]:
    db = connect(db_path, readonly=True)
    mid = db.execute(
        "SELECT m.id FROM mentions m JOIN events e ON e.id = m.event_id"
        " ORDER BY e.n_mentions DESC LIMIT 1"
    ).fetchone()[0]
    doc = db.execute("SELECT doc FROM articles ORDER BY id DESC LIMIT 1").fetchone()[0]
    deep = deep_cursor(db, "派兵", 10_000)
    db.close()
    ja = quote("派兵")
    return {
        "overview": "/api/overview",
        "actors": "/api/actors",
        "timeline_pair": "/api/timeline?a=PRK&b=RUS",
        "timeline_pair_filtered": "/api/timeline?a=PRK&b=RUS&event=AID&factuality=asserted"
        "&lang=ja&from=2020&to=2023-06",
        "timeline_pair_last_page": "/api/timeline?a=PRK&b=RUS&offset=20000",
        "timeline_actor": "/api/timeline?a=PRK",
        "timeline_actor_period": "/api/timeline?a=USA&from=2022-01&to=2022-12&order=asc",
        "network": "/api/network",
        "relations_pair": "/api/relations?a=PRK&b=RUS",
        "relations_compare": "/api/relations?a=PRK&b=RUS&c=KOR&d=USA",
        "treaties": "/api/treaties",
        "network_period": "/api/network?from=2024-01-01&to=2024-06-30&event=AID,SANCTION",
        "network_factuality": "/api/network?factuality=asserted,probable",
        "search_common": f"/api/search?q={ja}",
        "search_filtered": f"/api/search?q={ja}&lang=ja&factuality=negated&actor=RUS&from=2020",
        "search_phrase_en": "/api/search?q=sent%20troops%20Russia",
        "search_single_char": "/api/search?q=" + quote("兵"),
        # offsets stop at 1,000 hits (web/search_keys.py): hit 10,000 by its cursor
        "search_deep_page": f"/api/search?q={ja}&after={deep}",
        "articles": "/api/articles",
        "articles_search": "/api/articles?q=" + quote("制裁"),
        "mention": f"/api/mentions/{mid}",
        "article": "/api/articles/" + quote(doc, safe=""),
    }


HTML = {
    "page_overview": "/",
    "page_timeline_pair": "/timeline?a=PRK&b=RUS",
    "page_network": "/network",
    "page_relations_compare": "/relations?a=PRK&b=RUS&c=KOR&d=USA",
    "page_search": "/search?q=" + quote("派兵"),
}


def measure(client: httpx.Client, url: str, runs: int) -> float:
    return measure_first(client, url, runs)[0]


def measure_first(client: httpx.Client, url: str, runs: int) -> tuple[float, float]:
    """(median of `runs` requests after two warm-ups, time of the first request in ms): the
    first one shows what a cold route costs (no server-side cache has seen it yet)."""
    first = 0.0
    for i in range(2):
        t0 = time.perf_counter()
        r = client.get(url)
        if i == 0:
            first = (time.perf_counter() - t0) * 1000
        if r.status_code != 200:
            raise SystemExit(f"{url}: {r.status_code} {r.text[:300]}")
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(url).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), first


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--html", action="store_true", help="also time the HTML pages")
    args = ap.parse_args()
    path = OUT / f"web_bench_{args.mentions}_g{GENERATOR}.db"
    OUT.mkdir(exist_ok=True)
    if args.rebuild or not path.exists():
        build(path, args.mentions)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(path), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    medians: dict[str, float] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            n = client.get("/api/overview").json()["totals"]["mentions"]
            for name, url in routes(path).items():
                medians[name] = round(measure(client, url, args.runs), 1)
                print(f"{name:<26} {medians[name]:>8.1f} ms  {url}")
            if args.html:
                for name, url in HTML.items():
                    print(f"{name:<26} {measure(client, url, args.runs):>8.1f} ms  {url}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    print(
        json.dumps(
            {"web_median_ms": medians, "web_max_median_ms": max(medians.values()), "mentions": n}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
