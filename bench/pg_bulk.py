"""A PostgreSQL database of N synthetic mentions, built in minutes, for the web benchmark.

    python bench/pg_bulk.py --mentions 1000000 [--pg ADMIN_URL] [--name aw_web_1m]

Prints the new database's URL; it is kept (drop it with `dropdb NAME`). Store.save would
take hours for a million mentions (about 40 statements and the event linking per article),
so this writes the rows Store.save writes (bench/web_bench.py's generator) over COPY, in
chunks, with the row triggers off, then fills the derived rows (timeline rows, summary
counts) as the migrations do.

Events: formed in memory as merge_events forms them (stories from MinHash bands, then each
link key's mentions grouped at once by merge/grouping.py, records by merge/events.py's
`event_record`), so the events table, each mention's event_id and link columns, and the
event index hold what merge_events would store (checked row for row at 20,000 mentions). The
articles' MinHash signatures are not stored (they only serve later story linking).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from web_bench import synthetic_articles  # noqa: E402

from alliancewatch.merge import grouping, identity, stories  # noqa: E402
from alliancewatch.merge.classes import object_class  # noqa: E402
from alliancewatch.merge.events import RULES_KEY, event_record, rules_version  # noqa: E402
from alliancewatch.merge.events import _item as member_item  # noqa: E402
from alliancewatch.plover import QUAD  # noqa: E402
from alliancewatch.store import fts  # noqa: E402
from alliancewatch.store.db import Store, mention_id, pairs_of  # noqa: E402

CHUNK = 5_000  # articles per COPY round
ARTICLE_COLS = [
    "id",
    "doc",
    "raw_hash",
    "content_hash",
    "title",
    "published",
    "lang",
    "url",
    "encoding",
    "text",
    "n_paragraphs",
    "removed",
    "coder",
    "ingested_at",
    "story",
    "outlet",
]
MENTION_COLS = [
    "id",
    "article_id",
    "sentence_id",
    "doc",
    "language",
    "published",
    "event",
    "quad",
    "mode",
    "context",
    "actor",
    "recipient",
    "actor_codes",
    "recipient_codes",
    "date",
    "date_text",
    "factuality",
    "factuality_cue",
    "claimed_by",
    "claimed_by_cue",
    "claimed_by_code",
    "sentence",
    "sequence",
    "start",
    "end",
    "trigger",
    "trigger_start",
    "implicit",
    "coder",
    "event_id",
    "link_key",
    "object_class",
    "day_lo",
    "day_hi",
]
SENTENCE_COLS = ["id", "article_id", "idx", "paragraph", "start", "end", "text", "is_title"]
PAIR_COLS = ["mention_id", "a", "b", "forward", "event", "quad", "date"]


def _q(cols: list[str]) -> list[str]:
    return ['"end"' if c == "end" else c for c in cols]


# -- events, in memory ---------------------------------------------------------------------


def story_of(n_mentions: int, seed: int) -> dict[str, str]:
    """doc -> story: the connected components of `same_story` among articles sharing an
    LSH band (what merge/events.py's _join_story builds article by article), each named
    by its smallest doc."""
    sigs: list[stories.Signature] = []
    docs: list[str] = []
    buckets: dict[int, list[int]] = {}
    for k, (a, _, _) in enumerate(synthetic_articles(n_mentions, seed)):
        sig = stories.signature(((a.title or "") + "\n" + a.text).strip())
        sigs.append(sig)
        docs.append(a.doc)
        for band in set(stories.band_keys(sig)):
            buckets.setdefault(band, []).append(k)
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if (x, y) in checked or find(x) == find(y):
                    continue
                checked.add((x, y))
                if stories.same_story(sigs[x], sigs[y]):
                    parent[max(find(x), find(y))] = min(find(x), find(y))
    return {d: docs[find(k)] for k, d in enumerate(docs)}  # docs ascend with k


def link_events(
    n_mentions: int, seed: int, story: dict[str, str]
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """(mention id -> event id, event rows) for the generator's mentions."""
    members: dict[str, dict[str, Any]] = {}
    for aid, (a, _, ms) in enumerate(synthetic_articles(n_mentions, seed), start=1):
        outlet = stories.outlet(a.url, a.source)
        for m in ms:
            ac = sorted({x.code for x in m.actor if x.code})
            rc = sorted({x.code for x in m.recipient if x.code})
            lo, hi = identity.day_span(m.date, a.published)
            members[mention_id(m)] = {
                "id": mention_id(m),
                "event_id": None,
                "event": m.event,
                "actor_codes": " ".join(ac),
                "recipient_codes": " ".join(rc),
                "date": m.date,
                "factuality": m.factuality,
                "claimed_by": m.claimed_by.text if m.claimed_by else None,
                "claimed_by_code": None,
                "language": m.language,
                "article_id": aid,
                "published": a.published,
                "doc": m.doc,
                "sequence": m.sequence,
                "link_key": identity.link_key(m.event, ac, rc),
                "object_class": object_class(m.language, m.sentence, m.trigger_start),
                "day_lo": lo,
                "day_hi": hi,
                "story": story[a.doc],
                "outlet": outlet,
            }
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in members.values():
        by_key.setdefault(r["link_key"], []).append(r)
    event_of: dict[str, str] = {}
    events = []
    for key in sorted(by_key):  # as merge_events: each link key's mentions grouped at once
        rows = {r["id"]: r for r in by_key[key]}
        for g in grouping.group([member_item(r) for r in rows.values()]):
            record = event_record([rows[i.mid] for i in g])
            events.append(record)
            for i in g:
                event_of[i.mid] = str(record["id"])
    return event_of, events


# -- rows ----------------------------------------------------------------------------------


def chunks(
    n_mentions: int, seed: int, story: dict[str, str], event_of: dict[str, str]
) -> Iterator[dict[str, list[tuple[Any, ...]]]]:
    """The rows of each table, CHUNK articles at a time."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    sid = 0
    for aid, (a, ss, ms) in enumerate(synthetic_articles(n_mentions, seed), start=1):
        if not out:
            out = {t: [] for t in TABLES}
        out["articles"].append(
            (aid, a.doc, a.raw_hash, a.content_hash, a.title, a.published, a.lang, a.url)
            + (a.encoding, a.text, len(a.paragraphs), "[]", "bench", "2025-01-01T00:00:00Z")
            + (story[a.doc], stories.outlet(a.url, a.source))
        )
        out["paragraphs"] += [(aid, p.index, p.start, p.end) for p in a.paragraphs]
        out["articles_fts"].append((aid, fts.index_terms((a.title or "") + "\n" + a.text)))
        ids = {}
        for s in ss:
            sid += 1
            ids[s.index] = sid
            out["sentences"].append((sid, aid, s.index, s.paragraph, s.start, s.end, s.text, 0))
            out["sentences_fts"].append((sid, fts.index_terms(s.text)))
        seen: set[str] = set()
        for m in ms:
            mid = mention_id(m)
            if mid in seen:
                continue
            seen.add(mid)
            ac = sorted({x.code for x in m.actor if x.code})
            rc = sorted({x.code for x in m.recipient if x.code})
            q = QUAD.get(m.event, "")
            key = identity.link_key(m.event, ac, rc)
            lo, hi = identity.day_span(m.date, a.published)
            out["mentions"].append(
                (mid, aid, ids[m.sequence], m.doc, m.language, a.published, m.event, q)
                + ("[]", "[]", json.dumps([asdict(x) for x in m.actor], ensure_ascii=False))
                + (json.dumps([asdict(x) for x in m.recipient], ensure_ascii=False),)
                + (" ".join(ac), " ".join(rc), m.date, m.date_text, m.factuality)
                + (m.factuality_cue, m.claimed_by.text if m.claimed_by else None)
                + (m.claimed_by.cue if m.claimed_by else None, None, m.sentence, m.sequence)
                + (m.start, m.end, m.trigger, m.trigger_start, 0, "bench", event_of.get(mid))
                + (key, object_class(m.language, m.sentence, m.trigger_start), lo, hi)
            )
            out["mention_pairs"] += [
                (mid, x, y, f, m.event, q, m.date) for x, y, f in pairs_of(ac, rc)
            ]
            out["event_index"] += [(key, mo, mid) for mo in identity.buckets(lo, hi)]
        if aid % CHUNK == 0:
            yield out
            out = {}
    if out:
        yield out


TABLES: dict[str, list[str]] = {
    "articles": ARTICLE_COLS,
    "paragraphs": ["article_id", "idx", "start", "end"],
    "sentences": SENTENCE_COLS,
    "sentences_fts": ["rowid", "terms"],
    "articles_fts": ["rowid", "terms"],
    "mentions": MENTION_COLS,
    "mention_pairs": PAIR_COLS,
    "event_index": ["link_key", "month", "mention_id"],
}


def build(
    url: str, n_mentions: int, seed: int = 7, exact_stories: bool = True, log: Any = print
) -> None:
    """Fill the (new, empty) database at `url` with n_mentions synthetic mentions.

    exact_stories=False makes each article its own story: the story pass compares every
    pair of articles sharing a band, quadratic in the generator's shared filler sentences
    (8 s for 2,000 articles, 261 s for 10,000), so beyond ~100,000 mentions events are
    linked across articles by date and class only (more, smaller events)."""
    from alliancewatch.store import summary_rows, timeline_keys

    t0 = time.perf_counter()
    if exact_stories:
        story = story_of(n_mentions, seed)
    else:
        story = {a.doc: a.doc for a, _, _ in synthetic_articles(n_mentions, seed)}
    log(f"  {len(set(story.values())):,} stories ({time.perf_counter() - t0:.0f} s)")
    event_of, events = link_events(n_mentions, seed, story)
    log(f"  {len(events):,} events linked in memory ({time.perf_counter() - t0:.0f} s)")
    with Store(url) as st:
        db = st.db
        triggered = tuple(dict.fromkeys(("mentions", "mention_pairs", *summary_rows.TRIGGERED)))
        with db.transaction():
            for t in triggered:
                db.execute(f"ALTER TABLE {t} DISABLE TRIGGER USER")
            ev_cols = list(events[0]) if events else []
            db.copy_rows(
                "events",
                ev_cols,
                (
                    tuple(
                        json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                        for v in e.values()
                    )
                    for e in events
                ),
            )
            n = 0
            for rows in chunks(n_mentions, seed, story, event_of):
                for table, cols in TABLES.items():
                    db.copy_rows(table, _q(cols), rows[table])
                n += len(rows["mentions"])
                log(f"  {n:,} mentions copied ({time.perf_counter() - t0:.0f} s)")
            for t in ("articles", "sentences"):
                db.execute(
                    f"SELECT setval(pg_get_serial_sequence('{t}', 'id'),"
                    f" (SELECT max(id) + 1 FROM {t}), false)"
                )
            timeline_keys.rebuild(db)
            log(f"  timeline rows filled ({time.perf_counter() - t0:.0f} s)")
            summary_rows.fill(db)
            log(f"  summaries filled ({time.perf_counter() - t0:.0f} s)")
            for t in triggered:
                db.execute(f"ALTER TABLE {t} ENABLE TRIGGER USER")
            st.set_events_stale(False)
            st.set_state(RULES_KEY, rules_version())
        db.execute("VACUUM ANALYZE")
    log(f"  built in {time.perf_counter() - t0:.0f} s")


def main() -> int:
    import os

    from scale_bench import new_database

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument(
        "--pg", default=os.environ.get("AW_TEST_PG", "postgresql://postgres@127.0.0.1/postgres")
    )
    ap.add_argument("--name", help="database name (default: a new aw_bench_... name)")
    ap.add_argument(
        "--stories",
        choices=("exact", "article"),
        help="near-duplicate stories as ingest forms them (default up to 100,000 mentions),"
        " or each article its own story",
    )
    args = ap.parse_args()
    exact = (args.stories or ("exact" if args.mentions <= 100_000 else "article")) == "exact"
    url = new_database(args.pg, args.name)
    t = time.process_time()
    build(
        url, args.mentions, exact_stories=exact, log=lambda s: print(s, file=sys.stderr, flush=True)
    )
    print(f"  client CPU {time.process_time() - t:.0f} s", file=sys.stderr)
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
