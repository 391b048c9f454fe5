"""Scale benchmark: Dask workers vs one process, PostgreSQL vs SQLite writes, and the web's
JSON routes over PostgreSQL.

    python bench/scale_bench.py [--parts dask,store,web] [--inputs DIR ...]
        [--pg postgresql://postgres@127.0.0.1/postgres] [--mentions 1000000] [--runs 9]

dask:  the same articles ingested (fresh SQLite each time) by one process, and by a
       2-worker Dask LocalCluster; wall time of the whole run, cluster start included
       (end to end), and articles/s once the parsers are loaded (steady state), with the
       CPU seconds of the client and of the worker processes; then the machine's own
       ceiling for two processes on the same NLP (bench/parallel_ceiling.py).
store: synthetic articles (bench/web_bench.py's generator) written with Store.save into
       SQLite and into PostgreSQL: articles per second.
web:   N synthetic mentions bulk-loaded into a new PostgreSQL database (bench/pg_bulk.py:
       COPY, events as merge_events forms them), served read-only, medians of every JSON
       route of bench/web_bench.py, each with its first (cold) request's time; --url times an
       existing one (built once by pg_bulk.py).
The machine's load average is printed with each figure: on a shared machine it decides them.
Each part ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

# Only light imports at module level: a local Dask worker is a spawned process, which
# imports this main module again before it starts (web_bench and pg_bulk cost each
# worker ≈ 0.5 s of CPU that `alliancewatch ingest --dask` never pays).
import parallel_ceiling  # noqa: E402

from alliancewatch import api  # noqa: E402
from alliancewatch.config import Settings  # noqa: E402
from alliancewatch.store.db import Store  # noqa: E402


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


def postgres_cpu() -> float:
    """CPU seconds used so far by every PostgreSQL server process on this machine (/proc):
    the web bench's own queries, and whatever else the server is doing meanwhile."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text.split("(", 1)[1].rsplit(")", 1)
        if name.startswith("postgres"):
            fields = rest.split()
            total += int(fields[11]) + int(fields[12])
    return total / tick


# -- dask ---------------------------------------------------------------------------------


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its ended children (a local
    cluster's worker processes are counted once they have exited)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def bench_dask(inputs: list[Path]) -> dict:
    """End to end: the whole api.ingest, cluster start, model loads and close included.
    Steady state: articles per second between `ready` (parsers loaded; with Dask, the
    cluster up and every worker's models loaded) and the last article stored."""
    out: dict = {}
    for label, changes in (("serial", {}), ("dask_local_2", {"dask": "local:2"})):
        with tempfile.TemporaryDirectory() as tmp:
            s = Settings(db_path=str(Path(tmp) / "b.db"), progress=False, **changes)
            c0, k0 = cpu_seconds()
            t0 = time.perf_counter()
            r = api.ingest(inputs, s)
            secs = time.perf_counter() - t0
            c1, k1 = cpu_seconds()
        ready = r.ready or 0.0
        steady = r.stored / max(1e-9, (r.written or secs) - ready)
        out[label] = {
            "seconds": round(secs, 1),
            "articles": r.stored,
            "chars": r.chars,
            "ready_s": round(ready, 1),
            "steady_articles_per_s": round(steady, 2),
            "cpu_client_s": round(c1 - c0, 1),
            "cpu_workers_s": round(k1 - k0, 1),
        }
        print(
            f"{label:<14} {secs:7.1f} s  {r.stored} articles, {r.chars:,} chars; parsers ready"
            f" at {ready:.1f} s, then {steady:.2f} articles/s; CPU {c1 - c0:.1f} s here +"
            f" {k1 - k0:.1f} s in worker processes  ({load()})"
        )
    serial, dask = out["serial"], out["dask_local_2"]
    out["speedup"] = round(serial["seconds"] / dask["seconds"], 2)
    rate = "steady_articles_per_s"
    out["steady_speedup"] = round(dask[rate] / serial[rate], 2)
    # Amdahl: what comes before the parsers are ready (reading, cleaning, model loads: a
    # worker loads its own models, in parallel with the others, so no faster) stays serial
    before = serial["ready_s"] / serial["seconds"]
    out["serial_fraction"] = round(before, 3)
    out["bound"] = round(1 / (before + (1 - before) / 2), 2)
    print(
        f"serial part (until the parsers are ready): {serial['ready_s']:.1f} s of"
        f" {serial['seconds']:.1f} s ({before:.0%}); with everything after it halved exactly,"
        f" 2 workers could reach at most {out['bound']}x end to end"
    )
    print(f"end-to-end speed-up of 2 Dask workers over 1 process: {out['speedup']}x")
    print(
        f"steady-state speed-up (articles/s once the parsers are loaded): {out['steady_speedup']}x"
    )
    return out


# -- store ----------------------------------------------------------------------------------


def bench_store(admin: str, n_mentions: int) -> dict:
    from web_bench import synthetic_articles

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


def bench_web(admin: str, n_mentions: int, runs: int, existing: str | None = None) -> dict:
    """Medians of the JSON routes over a new database of n_mentions synthetic mentions
    (bench/pg_bulk.py), dropped afterwards; or over `existing`, kept (a database built
    once with `python bench/pg_bulk.py --name NAME`; a writer connects first, so it
    is migrated to this version's schema)."""
    import httpx
    import pg_bulk
    import uvicorn
    from web_bench import measure_first, routes

    from alliancewatch.web import create_app

    url = existing or new_database(admin)
    try:
        t0 = time.perf_counter()
        if existing:
            with Store(url) as st:
                n_mentions = int(st.db.execute("SELECT count(*) FROM mentions").fetchone()[0])
        else:
            pg_bulk.build(url, n_mentions, exact_stories=n_mentions <= 100_000)
        print(
            f"{'migrated' if existing else 'loaded'} {n_mentions:,} mentions in PostgreSQL in"
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
        firsts: dict[str, float] = {}
        failed: dict[str, str] = {}
        cpus: dict[str, dict[str, float]] = {}
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
                for name, route in routes(url).items():
                    c0, s0 = time.process_time(), postgres_cpu()
                    try:
                        median, first = measure_first(client, route, runs)
                    except SystemExit as e:  # a route that fails (a timeout: 503) is reported
                        failed[name] = str(e)[:160]
                        print(f"{name:<26} FAILED {failed[name]}")
                        continue
                    medians[name], firsts[name] = round(median, 1), round(first, 1)
                    cpu = (time.process_time() - c0) * 1000 / (runs + 2)  # 2 warm-ups
                    scpu = (postgres_cpu() - s0) * 1000 / (runs + 2)
                    cpus[name] = {"client_ms": round(cpu, 1), "server_ms": round(scpu, 1)}
                    print(
                        f"{name:<26} {medians[name]:>8.1f} ms  first {firsts[name]:>8.1f} ms"
                        f"  (CPU per request: {cpu:6.1f} ms"
                        f" web, {scpu:6.1f} ms PostgreSQL)  {route}"
                    )
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            app.app.state.db.pool.close()
        print(f"({load()})")
        return {
            "pg_web_median_ms": medians,
            "pg_web_failed": failed,
            "pg_web_max_median_ms": max(medians.values(), default=None),
            "pg_web_first_ms": firsts,
            "pg_web_max_first_ms": max(firsts.values(), default=None),
            "pg_web_cpu_per_request": cpus,
            "mentions": n_mentions,
        }
    finally:
        if not existing:
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
    ap.add_argument("--url", help="web: time this existing database instead of building one")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    print(load())
    if "dask" in parts:
        inputs = [Path(p) for p in args.inputs]
        out = bench_dask(inputs)
        out["parallel_ceiling"] = parallel_ceiling.ceiling(inputs)
        print(parallel_ceiling.describe(out["parallel_ceiling"]))
        share = out["steady_speedup"] / out["parallel_ceiling"]["ceiling"]
        print(f"the Dask run's steady-state speed-up is {share:.0%} of that ceiling")
        print(json.dumps({"dask": out}))
    if "store" in parts:
        print(json.dumps({"store": bench_store(args.pg, args.store_mentions)}))
    if "web" in parts:
        print(json.dumps({"web": bench_web(args.pg, args.mentions, args.runs, args.url)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
