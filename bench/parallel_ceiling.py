"""What two processes can do on this machine, whatever the framework: the NLP step
(pipeline.process_batch) over the same articles, once in one process alone, then in two
processes at the same time, each given half of the characters. Every process starts its
clock at the same moment, once its models are loaded (a barrier), so the ratio is the
parse's own parallel ceiling here: virtual cores that share a physical core, a cache or
memory bandwidth slow each other down, and no scheduler can beat that. scale_bench.py
prints it next to the Dask speed-up.

    python bench/parallel_ceiling.py [--inputs DIR ...]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path
from typing import Any

from alliancewatch.config import Settings
from alliancewatch.types import Article

ROOT = Path(__file__).resolve().parent.parent


def read_articles(inputs: list[Path], settings: Settings) -> list[Article]:
    """The inputs cleaned as ingest cleans them (rejected ones left out)."""
    from alliancewatch.clean import clean_document
    from alliancewatch.errors import RejectedInput
    from alliancewatch.sources.files import iter_inputs
    from alliancewatch.types import RawDocument

    out: list[Article] = []
    for item in iter_inputs(list(inputs), settings):
        if isinstance(item, RawDocument):
            try:
                out.append(clean_document(item, settings))
            except RejectedInput:
                continue
    return out


def halves(articles: list[Article]) -> tuple[list[Article], list[Article]]:
    """Two parts of nearly equal characters, each with its share of every language:
    articles dealt longest first to whichever part is shorter so far."""
    parts: tuple[list[Article], list[Article]] = ([], [])
    sizes = [0, 0]
    for a in sorted(articles, key=lambda a: (a.lang, -len(a.text))):
        k = 0 if sizes[0] <= sizes[1] else 1
        parts[k].append(a)
        sizes[k] += len(a.text)
    return parts


def _work(articles: list[Article], settings: Settings, barrier: Any, results: Any) -> None:
    from alliancewatch.pipeline import load_models, process_batch

    load_models(articles, settings)
    barrier.wait()
    t0, c0 = time.perf_counter(), time.process_time()
    process_batch(articles, settings)
    results.put((time.perf_counter() - t0, time.process_time() - c0))


def timed(groups: list[list[Article]], settings: Settings) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of each group's NLP, every group started at the same moment,
    each in a fresh process (as a Dask worker is)."""
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(len(groups)), ctx.Queue()
    procs = [ctx.Process(target=_work, args=(g, settings, barrier, results)) for g in groups]
    for p in procs:
        p.start()
    out = [results.get() for _ in procs]
    for p in procs:
        p.join()
    return out


def ceiling(inputs: list[Path]) -> dict[str, Any]:
    settings = Settings(progress=False)
    articles = read_articles(inputs, settings)
    ((one, one_cpu),) = timed([articles], settings)
    both = timed(list(halves(articles)), settings)
    two = max(w for w, _ in both)
    return {
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "one_process_s": round(one, 2),
        "two_processes_s": round(two, 2),
        "cpu_one_s": round(one_cpu, 2),
        "cpu_two_s": round(sum(c for _, c in both), 2),
        "ceiling": round(one / two, 2),
    }


def describe(r: dict[str, Any]) -> str:
    one, five, _ = os.getloadavg()
    return (
        f"NLP alone, models loaded: {r['articles']} articles ({r['chars']:,} chars) in one process"
        f" {r['one_process_s']} s ({r['cpu_one_s']} s CPU); two processes at once on half each"
        f" {r['two_processes_s']} s ({r['cpu_two_s']} s CPU together): this machine's ceiling"
        f" for 2 workers is {r['ceiling']}x  (load average {one:.1f} {five:.1f},"
        f" {os.cpu_count()} cores)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--inputs", nargs="+", default=[str(ROOT / "tests" / "data" / "dev_ja")])
    args = ap.parse_args()
    r = ceiling([Path(p) for p in args.inputs])
    print(describe(r))
    print(json.dumps({"parallel_ceiling": r}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
