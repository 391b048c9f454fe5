"""Cost of adding one article to a database of N mentions: stories and events incremental.

    python bench/events_bench.py [--sizes 100000 1000000] [--adds 30]

For each size a database is generated (not parsed): articles of ten mentions each with
random types, actor pairs among 40 states and dates over ten years, stored with their
link attributes, month buckets, LSH bands and one event per (link key, date). Then
`--adds` new articles of the same kind are saved the way the pipeline saves them
(Store.save with merge.events.update_article, one transaction each) and timed. The issue
reported 4.1 s per article at 100,000 mentions when events were rebuilt on every ingest.
The last line is one JSON object with the medians and their ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliancewatch.merge import identity, stories  # noqa: E402
from alliancewatch.merge.events import update_article  # noqa: E402
from alliancewatch.plover import QUAD  # noqa: E402
from alliancewatch.store.db import Store  # noqa: E402
from alliancewatch.types import ActorRef, Article, Mention, Paragraph, Sentence  # noqa: E402

STATES = [f"S{k:02d}" for k in range(40)]
TYPES = list(QUAD)
START = date(2015, 1, 1)
PER_ARTICLE = 10


def _mention_spec(rng: random.Random) -> tuple[str, str, str, str]:
    a, b = rng.sample(STATES, 2)
    day = START + timedelta(days=rng.randrange(3650))
    d = day.isoformat() if rng.random() < 0.6 else day.isoformat()[:7]
    return rng.choice(TYPES), a, b, d


def _text(rng: random.Random, n: int) -> str:
    words = [f"w{rng.randrange(5000)}" for _ in range(n)]
    return " ".join(words)


def _pair(key: str) -> tuple[str, str]:
    actors, _, recipients = key.split("|", 1)[1].partition(">")
    return actors, recipients


def build(db_path: Path, n_mentions: int, seed: int = 1) -> None:
    """Bulk-write a database in the state the incremental path keeps. Old articles get
    random LSH band keys and signatures from a small pool (their texts are never compared
    with each other again; only a new article's bands are looked up)."""
    rng = random.Random(seed)
    pool = [stories.signature(_text(rng, 60)) for _ in range(50)]
    with Store(db_path) as store:
        db = store.db
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        db.execute("INSERT INTO sources (path) VALUES ('bench/gen')")
        events: dict[tuple[str, str], list[str]] = {}
        arts, bands, ments, index = [], [], [], []

        def flush() -> None:
            db.executemany(
                "INSERT INTO articles (id, doc, source_id, raw_hash, content_hash, published,"
                " lang, text, n_paragraphs, ingested_at, story, outlet, minhash, n_shingles)"
                " VALUES (?, ?, 1, ?, ?, ?, 'en', ?, 1, '', ?, 'gen', ?, ?)",
                arts,
            )
            db.executemany("INSERT OR IGNORE INTO story_bands VALUES (?, ?)", bands)
            db.executemany(
                "INSERT INTO mentions (id, article_id, doc, language, published, event, quad,"
                " actor, recipient, actor_codes, recipient_codes, date, factuality, sentence,"
                ' sequence, start, "end", trigger, coder, link_key, day_lo, day_hi, event_id)'
                " VALUES (?, ?, ?, 'en', ?, ?, ?, '[]', '[]', ?, ?, ?, 'asserted', ?, ?, 0, 1,"
                " 'x', 'gen', ?, ?, ?, ?)",
                ments,
            )
            db.executemany("INSERT OR IGNORE INTO event_index VALUES (?, ?, ?)", index)
            for x in (arts, bands, ments, index):
                x.clear()

        for art in range(n_mentions // PER_ARTICLE):
            doc = f"gen{art:07d}"
            sig = rng.choice(pool)
            pub = (START + timedelta(days=rng.randrange(3650))).isoformat()
            arts.append((art + 1, doc, doc, doc, pub, "generated", doc, sig.to_bytes(), sig.size))
            bands += [(rng.getrandbits(64) - 2**63, art + 1) for _ in range(64)]
            for seq in range(PER_ARTICLE):
                event, a, b, d = _mention_spec(rng)
                mid = hashlib.sha1(f"{doc}|{seq}".encode()).hexdigest()[:16]
                key = identity.link_key(event, [a], [b])
                lo, hi = identity.day_span(d, pub)
                eid = hashlib.sha1(f"{key}|{d}".encode()).hexdigest()[:16]
                events.setdefault((eid, key), []).append(mid)
                ments.append(
                    (
                        mid,
                        art + 1,
                        doc,
                        pub,
                        event,
                        QUAD[event],
                        a,
                        b,
                        d,
                        f"{a} and {b}.",
                        seq,
                        key,
                        lo,
                        hi,
                        eid,
                    )
                )
                index += [(key, m, mid) for m in identity.buckets(lo, hi)]
            if len(ments) >= 20_000:
                flush()
        flush()
        db.executemany(
            "INSERT INTO events (id, event, actor_codes, recipient_codes, factuality,"
            " n_mentions, n_articles, first_mention) VALUES (?, ?, ?, ?, 'asserted', ?, ?, ?)",
            [
                (eid, key.split("|")[0], *_pair(key), len(m), len(m), m[0])
                for (eid, key), m in events.items()
            ],
        )
        store.set_events_stale(False)
        db.execute("COMMIT")
        db.execute("PRAGMA synchronous=NORMAL")


NewArticle = Callable[[random.Random, int], tuple[Article, list[Sentence], list[Mention]]]


def new_article(rng: random.Random, k: int) -> tuple[Article, list[Sentence], list[Mention]]:
    doc = f"new{k:05d}.txt"
    pub = (START + timedelta(days=rng.randrange(3650))).isoformat()
    sents, mentions, text = [], [], ""
    for seq in range(PER_ARTICLE):
        event, a, b, d = _mention_spec(rng)
        s = f"{a} sent troops to {b} {_text(rng, 6)}."
        sents.append(Sentence(seq, 0, len(text), len(text) + len(s), s))
        mentions.append(
            Mention(
                doc=doc,
                language="en",
                event=event,
                actor=(ActorRef(a, a),),
                recipient=(ActorRef(b, b),),
                date=d,
                date_text=None,
                factuality="asserted",
                factuality_cue=None,
                claimed_by=None,
                sentence=s,
                sequence=seq,
                start=len(text),
                end=len(text) + len(s),
                trigger="sent",
                trigger_start=4,
            )
        )
        text += s + " "
    return bench_article(doc, text, pub), sents, mentions


def bench_article(doc: str, text: str, published: str, url: str | None = None) -> Article:
    """One English article of generated sentences, as the reader would hand it on."""
    h = hashlib.sha256(text.encode()).hexdigest()
    return Article(
        doc=doc,
        source=f"bench/{doc}",
        text=text.strip(),
        paragraphs=(Paragraph(0, 0, len(text.strip())),),
        title=None,
        published=published,
        lang="en",
        url=url,
        encoding="utf-8",
        raw_hash=h,
        content_hash=h,
    )


def measure(db_path: Path, adds: int, new: NewArticle = new_article) -> list[float]:
    """Seconds to save `adds` articles made by `new`, each with its event update."""
    rng = random.Random(7)
    times = []
    with Store(db_path) as store:
        for k in range(adds + 1):  # the first one loads the data files: not timed
            art, sents, ms = new(rng, k)
            t = time.perf_counter()
            store.save(art, sents, ms, "bench", derive=update_article)
            if k:
                times.append(time.perf_counter() - t)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--adds", type=int, default=30)
    shm = Path("/dev/shm")
    ap.add_argument(
        "--dir",
        default=str(shm) if shm.is_dir() else None,
        help="where the databases are built (default: /dev/shm when present)",
    )
    args = ap.parse_args()
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for n in args.sizes:
            db = Path(tmp) / f"events_{n}.db"
            t = time.perf_counter()
            build(db, n)
            built = time.perf_counter() - t
            times = measure(db, args.adds)
            med = statistics.median(times)
            p90 = sorted(times)[int(0.9 * (len(times) - 1))]
            print(
                f"{n:>9,} mentions: add one article (10 mentions) median {med * 1000:.1f} ms,"
                f" p90 {p90 * 1000:.1f} ms  (database built in {built:.0f} s)"
            )
            out[str(n)] = {"median_ms": round(med * 1000, 2), "p90_ms": round(p90 * 1000, 2)}
            db.unlink()
    if len(args.sizes) >= 2:
        a, b = out[str(args.sizes[0])], out[str(args.sizes[-1])]
        out["ratio_median"] = round(b["median_ms"] / a["median_ms"], 2)  # type: ignore[index]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
