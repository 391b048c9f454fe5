"""Scale benchmark: Dask workers vs one process, PostgreSQL vs SQLite writes, and the web's
JSON routes over PostgreSQL.

    python bench/scale_bench.py [--parts dask,store,web] [--inputs DIR ...]
        [--pg postgresql://postgres@127.0.0.1/postgres] [--mentions 1000000] [--runs 9]

dask:  the same articles ingested (fresh SQLite each time) by one process, and by a
       2-worker Dask LocalCluster; wall time of the whole run, cluster start included.
store: synthetic articles (bench/web_bench.py's generator) written with Store.save into
       SQLite and into PostgreSQL: articles per second.
web:   N synthetic mentions bulk-loaded into a new PostgreSQL database (COPY, then the
       timeline rows and events built as ingest builds them), served read-only, medians of
       every JSON route of bench/web_bench.py.
The machine's load average is printed with each figure: on a shared machine it decides them.
Each part ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from web_bench import measure, routes, synthetic_articles  # noqa: E402

from alliancewatch import api  # noqa: E402
from alliancewatch.config import Settings  # noqa: E402
from alliancewatch.plover import QUAD  # noqa: E402
from alliancewatch.store import fts  # noqa: E402
from alliancewatch.store.db import Store, mention_id, pairs_of  # noqa: E402


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def new_database(admin: str, name: str | None = None) -> str:
    import psycopg
    from psycopg import sql

    name = name or f"aw_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return admin.rsplit("/", 1)[0] + "/" + name


def drop_database(admin: str, url: str) -> None:
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def server_cpu(db: object):
    """A clock of the CPU seconds spent by this connection's PostgreSQL backend (read from
    /proc: the server runs on this machine), or of nothing for SQLite."""
    from alliancewatch.store.dialect import is_postgres

    if not is_postgres(db):
        return lambda: 0.0
    pid = int(db.execute("SELECT pg_backend_pid()").fetchone()[0])  # type: ignore[attr-defined]
    tick = os.sysconf("SC_CLK_TCK")

    def read() -> float:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / tick

    return read


# -- dask ---------------------------------------------------------------------------------


def bench_dask(inputs: list[Path]) -> dict:
    out: dict = {}
    for label, changes in (("serial", {}), ("dask_local_2", {"dask": "local:2"})):
        with tempfile.TemporaryDirectory() as tmp:
            s = Settings(db_path=str(Path(tmp) / "b.db"), progress=False, **changes)
            t0 = time.perf_counter()
            r = api.ingest(inputs, s)
            secs = time.perf_counter() - t0
        out[label] = {"seconds": round(secs, 1), "articles": r.stored, "chars": r.chars}
        print(f"{label:<14} {secs:7.1f} s  {r.stored} articles, {r.chars:,} chars  ({load()})")
    out["speedup"] = round(out["serial"]["seconds"] / out["dask_local_2"]["seconds"], 2)
    print(f"speed-up of 2 Dask workers over 1 process: {out['speedup']}x")
    return out


# -- store ----------------------------------------------------------------------------------


def bench_store(admin: str, n_mentions: int) -> dict:
    data = list(synthetic_articles(n_mentions, seed=11))
    out: dict = {}
    url = new_database(admin)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for label, loc in (("sqlite", str(Path(tmp) / "s.db")), ("postgresql", url)):
                with Store(loc) as st:
                    server = server_cpu(st.db)
                    t0, c0, s0 = time.perf_counter(), time.process_time(), server()
                    for art, sents, ments in data:
                        st.save(art, sents, ments, "bench")
                    secs = time.perf_counter() - t0
                    cpu, scpu = time.process_time() - c0, server() - s0
                rate = len(data) / secs
                out[label] = {
                    "seconds": round(secs, 2),
                    "articles_per_s": round(rate, 1),
                    "client_cpu_s": round(cpu, 2),
                    "server_cpu_s": round(scpu, 2),
                }
                print(
                    f"{label:<11} {len(data)} articles ({n_mentions:,} mentions) in {secs:.1f} s:"
                    f" {rate:.0f} articles/s; CPU {cpu:.1f} s client, {scpu:.1f} s server"
                    f"  ({load()})"
                )
    finally:
        drop_database(admin, url)
    return out


# -- web ------------------------------------------------------------------------------------


def bulk_load(url: str, n_mentions: int) -> None:
    """The rows Store.save would write, over COPY; timeline rows and events as ingest
    builds them (the same SQL and merge_events)."""
    from alliancewatch.merge.events import merge_events

    with Store(url) as st:
        db = st.db
        with db.transaction():
            db.execute("ALTER TABLE mention_pairs DISABLE TRIGGER USER")
            arts, paras, sents, sfts, afts, ments, pairs = [], [], [], [], [], [], []
            sid = 0
            for aid, (a, ss, ms) in enumerate(synthetic_articles(n_mentions), start=1):
                arts.append(
                    (
                        aid,
                        a.doc,
                        a.raw_hash,
                        a.content_hash,
                        a.title,
                        a.published,
                        a.lang,
                        a.url,
                        a.encoding,
                        a.text,
                        len(a.paragraphs),
                        "[]",
                        "bench",
                        "2025-01-01T00:00:00Z",
                    )
                )
                paras += [(aid, p.index, p.start, p.end) for p in a.paragraphs]
                afts.append((aid, fts.index_terms((a.title or "") + "\n" + a.text)))
                ids = {}
                for s in ss:
                    sid += 1
                    ids[s.index] = sid
                    sents.append((sid, aid, s.index, s.paragraph, s.start, s.end, s.text, 0))
                    sfts.append((sid, fts.index_terms(s.text)))
                for m in ms:
                    mid = mention_id(m)
                    ac = sorted({x.code for x in m.actor if x.code})
                    rc = sorted({x.code for x in m.recipient if x.code})
                    q = QUAD.get(m.event, "")
                    ments.append(
                        (
                            mid,
                            aid,
                            ids[m.sequence],
                            m.doc,
                            m.language,
                            a.published,
                            m.event,
                            q,
                            "[]",
                            "[]",
                            json.dumps([asdict(x) for x in m.actor], ensure_ascii=False),
                            json.dumps([asdict(x) for x in m.recipient], ensure_ascii=False),
                            " ".join(ac),
                            " ".join(rc),
                            m.date,
                            m.date_text,
                            m.factuality,
                            m.factuality_cue,
                            m.claimed_by.text if m.claimed_by else None,
                            m.claimed_by.cue if m.claimed_by else None,
                            None,
                            m.sentence,
                            m.sequence,
                            m.start,
                            m.end,
                            m.trigger,
                            m.trigger_start,
                            0,
                            "bench",
                        )
                    )
                    pairs += [(mid, x, y, f, m.event, q, m.date) for x, y, f in pairs_of(ac, rc)]
            cols = {
                "articles": (
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
                ),
                "paragraphs": ("article_id", "idx", "start", '"end"'),
                "sentences": (
                    "id",
                    "article_id",
                    "idx",
                    "paragraph",
                    "start",
                    '"end"',
                    "text",
                    "is_title",
                ),
                "sentences_fts": ("rowid", "terms"),
                "articles_fts": ("rowid", "terms"),
                "mentions": (
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
                    '"end"',
                    "trigger",
                    "trigger_start",
                    "implicit",
                    "coder",
                ),
                "mention_pairs": ("mention_id", "a", "b", "forward", "event", "quad", "date"),
            }
            for table, rows in (
                ("articles", arts),
                ("paragraphs", paras),
                ("sentences", sents),
                ("sentences_fts", sfts),
                ("articles_fts", afts),
                ("mentions", ments),
                ("mention_pairs", pairs),
            ):
                db.copy_rows(table, cols[table], rows)
            db.execute("ALTER TABLE mention_pairs ENABLE TRIGGER USER")
            from alliancewatch.store.timeline_rows import PG_BACKFILL

            db.execute(PG_BACKFILL)
            for t in ("articles", "sentences"):
                db.execute(
                    f"SELECT setval(pg_get_serial_sequence('{t}', 'id'),"
                    f" (SELECT max(id) + 1 FROM {t}), false)"
                )
        merge_events(st)
        db.execute("VACUUM ANALYZE")


def bench_web(admin: str, n_mentions: int, runs: int) -> dict:
    import httpx
    import uvicorn

    from alliancewatch.web import create_app

    url = new_database(admin)
    try:
        t0 = time.perf_counter()
        bulk_load(url, n_mentions)
        print(
            f"loaded {n_mentions:,} mentions into PostgreSQL in"
            f" {time.perf_counter() - t0:.0f} s ({load()})"
        )
        port = 18000 + os.getpid() % 1000
        app = create_app(url)
        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        medians: dict[str, float] = {}
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
                for name, route in routes(url).items():
                    medians[name] = round(measure(client, route, runs), 1)
                    print(f"{name:<26} {medians[name]:>8.1f} ms  {route}")
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            app.app.state.db.pool.close()
        print(f"({load()})")
        return {
            "pg_web_median_ms": medians,
            "pg_web_max_median_ms": max(medians.values()),
            "mentions": n_mentions,
        }
    finally:
        drop_database(admin, url)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parts", default="dask,store,web")
    ap.add_argument("--inputs", nargs="+", default=[str(ROOT / "samples")])
    ap.add_argument(
        "--pg", default=os.environ.get("AW_TEST_PG", "postgresql://postgres@127.0.0.1/postgres")
    )
    ap.add_argument("--store-mentions", type=int, default=20_000)
    ap.add_argument("--mentions", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    print(load())
    if "dask" in parts:
        print(json.dumps({"dask": bench_dask([Path(p) for p in args.inputs])}))
    if "store" in parts:
        print(json.dumps({"store": bench_store(args.pg, args.store_mentions)}))
    if "web" in parts:
        print(json.dumps({"web": bench_web(args.pg, args.mentions, args.runs)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
