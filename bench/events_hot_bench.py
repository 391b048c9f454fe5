"""Cost of adding one article to a hot event: one summit already reported N times.

    python bench/events_hot_bench.py [--reports 100 1000 10000] [--adds 10]

events_bench.py measures an add among many small events; here every new mention joins one
event that already has N mentions from N/3 articles of different outlets (two reports
dated to the day, in two time zones, and one "earlier this month" each). An add reads and
regroups that event's link component and rewrites its record, so its cost grows with N
(linearly: reading the rows, a few bucket comparisons, the pairs inside each story) and not
with N squared. The last line is one JSON object with the medians and ms per 1,000 reports.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import events_bench  # noqa: E402

from alliancewatch.merge import events, identity, stories  # noqa: E402
from alliancewatch.store.db import Store  # noqa: E402
from alliancewatch.types import ActorRef, Article, Mention, Sentence  # noqa: E402

ACTORS = ("JPN", "KOR", "USA")
DATES = ("2025-03-14", "2025-03-15", "2025-03")  # Washington, Tokyo/Seoul, "this month"
PUBLISHED = "2025-03-16"


def _words(rng: random.Random, n: int) -> str:
    return " ".join(f"w{rng.randrange(5000)}" for _ in range(n))


def build(db_path: Path, reports: int, seed: int = 1) -> None:
    """N mentions of one summit in N/3 articles (each its own story), bulk-written with their
    link attributes, then linked once the way an add links (one regroup of the component)."""
    rng = random.Random(seed)
    pool = [stories.signature(_words(rng, 60)) for _ in range(20)]
    key = identity.link_key("CONSULT", list(ACTORS), [])
    with Store(db_path) as store:
        db = store.db
        db.execute("BEGIN")
        db.execute("INSERT INTO sources (path) VALUES ('bench/hot')")
        arts, bands, ments, index = [], [], [], []
        for art in range(reports // len(DATES)):
            doc = f"hot{art:06d}"
            sig = rng.choice(pool)
            arts.append(
                (art + 1, doc, doc, doc, PUBLISHED, doc, f"outlet{art}", sig.to_bytes(), sig.size)
            )
            bands += [(rng.getrandbits(64) - 2**63, art + 1) for _ in range(64)]
            for seq, d in enumerate(DATES):
                mid = hashlib.sha1(f"{doc}|{seq}".encode()).hexdigest()[:16]
                lo, hi = identity.day_span(d, PUBLISHED)
                ments.append(
                    (
                        mid,
                        art + 1,
                        doc,
                        PUBLISHED,
                        " ".join(ACTORS),
                        d,
                        "The leaders met.",
                        seq,
                        key,
                        lo,
                        hi,
                    )
                )
                index += [(key, m, mid) for m in identity.buckets(lo, hi)]
        db.executemany(
            "INSERT INTO articles (id, doc, source_id, raw_hash, content_hash, published,"
            " lang, text, n_paragraphs, ingested_at, story, outlet, minhash, n_shingles)"
            " VALUES (?, ?, 1, ?, ?, ?, 'en', 'generated', 1, '', ?, ?, ?, ?)",
            arts,
        )
        db.executemany("INSERT OR IGNORE INTO story_bands VALUES (?, ?)", bands)
        db.executemany(
            "INSERT INTO mentions (id, article_id, doc, language, published, event, quad,"
            " actor, recipient, actor_codes, recipient_codes, date, factuality, sentence,"
            ' sequence, start, "end", trigger, coder, link_key, object_class, day_lo, day_hi)'
            " VALUES (?, ?, ?, 'en', ?, 'CONSULT', 'verbal cooperation', '[]', '[]', ?, '', ?,"
            " 'asserted', ?, ?, 0, 1, 'met', 'gen', ?, '', ?, ?)",
            ments,
        )
        db.executemany("INSERT OR IGNORE INTO event_index VALUES (?, ?, ?)", index)
        events._relink(db, [m[0] for m in ments], set())
        store.set_events_stale(False)
        store.set_state(events.RULES_KEY, events.rules_version())
        db.execute("COMMIT")
        n = db.execute("SELECT count(*), max(n_mentions) FROM events").fetchone()
        assert tuple(n) == (1, len(ments)), tuple(n)


def new_article(rng: random.Random, k: int) -> tuple[Article, list[Sentence], list[Mention]]:
    """Another outlet's report of the summit: three mentions, as in the built database."""
    doc = f"hotnew{k:04d}.txt"
    sents, mentions, text = [], [], ""
    for seq, d in enumerate(DATES):
        s = f"The leaders of Japan, South Korea and the United States met {_words(rng, 8)}."
        sents.append(Sentence(seq, 0, len(text), len(text) + len(s), s))
        mentions.append(
            Mention(
                doc=doc,
                language="en",
                event="CONSULT",
                actor=tuple(ActorRef(c, c) for c in ACTORS),
                recipient=(),
                date=d,
                date_text=None,
                factuality="asserted",
                factuality_cue=None,
                claimed_by=None,
                sentence=s,
                sequence=seq,
                start=len(text),
                end=len(text) + len(s),
                trigger="met",
                trigger_start=len(s) - 20,
            )
        )
        text += s + " "
    url = f"https://outlet{k}.example/{k}"
    return events_bench.bench_article(doc, text, PUBLISHED, url), sents, mentions


def measure(db_path: Path, adds: int) -> list[float]:
    times = events_bench.measure(db_path, adds, new_article)
    with Store(db_path) as store:
        n = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
    assert n == 1, f"the new reports did not join the hot event ({n} events)"
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, nargs="+", default=[100, 1_000, 10_000])
    ap.add_argument("--adds", type=int, default=10)
    shm = Path("/dev/shm")
    ap.add_argument("--dir", default=str(shm) if shm.is_dir() else None)
    args = ap.parse_args()
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        for n in args.reports:
            db = Path(tmp) / f"hot_{n}.db"
            build(db, n)
            times = measure(db, args.adds)
            med = statistics.median(times)
            print(
                f"hot event of {n:>6,} mentions: add one report (3 mentions) median"
                f" {med * 1000:.1f} ms ({med * 1e6 / n:.1f} ms per 1,000 reports)"
            )
            out[str(n)] = {
                "median_ms": round(med * 1000, 2),
                "ms_per_1000": round(med * 1e6 / n, 2),
            }
            db.unlink()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
