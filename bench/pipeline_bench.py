"""Pipeline throughput against GiNZA's parse alone, on the same Japanese texts, in one run;
then the same for English (samples/en_* and tests/data/dev_en when present) against spaCy's
en_core_web_sm parse alone; then the Korean pipeline (kiwipiepy, chunk-based coder) on the
Korean development set, in a process of its own so that its peak memory is its own.

    python bench/pipeline_bench.py [--copies N] [--processes 2]

The corpus is every Japanese sample and development article, copied N times (each copy
made distinct so that deduplication does not skip it). The baseline parses the cleaned
texts paragraph by paragraph with the same GiNZA pipeline the product loads (NER off);
the pipeline run reads, cleans, splits, parses, codes and stores them. The last line is
one JSON object.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliancewatch import pipeline  # noqa: E402
from alliancewatch.config import Settings  # noqa: E402
from alliancewatch.store.db import connect  # noqa: E402

# the parse modules by path: `from alliancewatch.lang.ja import parse` would give the
# package's parse hook (a function), not the module
ja = importlib.import_module("alliancewatch.lang.ja.parse")
en = importlib.import_module("alliancewatch.lang.en.parse")


def corpus(dest: Path, copies: int) -> int:
    """Write the Japanese texts `copies` times into dest; returns the number of files."""
    sources = sorted((ROOT / "samples").glob("ja_*.txt")) + sorted(
        (ROOT / "tests" / "data" / "dev_ja").glob("*.txt")
    )
    n = 0
    for k in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8").rstrip("\n")
            # a line unique to each copy keeps it from being a duplicate (or boilerplate)
            (dest / f"c{k:02d}_{src.name}").write_text(
                f"{text}\n（資料{k * 1000 + n}）\n", encoding="utf-8"
            )
            n += 1
    meta = {"published": "2024-10-21", "lang": "ja"}
    for f in dest.glob("*.txt"):
        f.with_name(f.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return n


def corpus_en(dest: Path, copies: int) -> int:
    """Write the English texts `copies` times into dest; returns the number of files."""
    sources = sorted((ROOT / "samples").glob("en_*.txt")) + sorted(
        (ROOT / "tests" / "data" / "dev_en").glob("*.txt")
    )
    n = 0
    for k in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8").rstrip("\n")
            (dest / f"c{k:02d}_{src.name}").write_text(
                f"{text}\n(Reference {k * 1000 + n})\n", encoding="utf-8"
            )
            n += 1
    meta = {"published": "2024-10-21", "lang": "en"}
    for f in dest.glob("*.txt"):
        f.with_name(f.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return n


def parse_only_en(db: Path) -> tuple[float, int]:
    """spaCy English alone over the sentences the pipeline stored (NER off, as loaded)."""
    con = connect(db, readonly=True)
    texts = [t for (t,) in con.execute("SELECT text FROM sentences")]
    con.close()
    nlp = en.load()
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - t, sum(len(x) for x in texts)


def korean_corpus(dest: Path, copies: int) -> int:
    """The Korean development articles `copies` times, each copy made distinct."""
    sources = sorted((ROOT / "tests" / "data" / "dev_ko").glob("*.txt"))
    n = 0
    for k in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8").rstrip("\n")
            (dest / f"c{k:02d}_{src.name}").write_text(
                f"{text}\n(자료 {k * 1000 + n})\n", encoding="utf-8"
            )
            n += 1
    meta = {"published": "2024-10-21", "lang": "ko"}
    for f in dest.glob("*.txt"):
        f.with_name(f.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return n


def korean(tmp: Path, copies: int) -> dict:
    """Korean throughput and peak memory (kiwipiepy's model), best of three runs."""
    inputs = tmp / "ko"
    inputs.mkdir()
    if not korean_corpus(inputs, copies):
        return {}
    pipeline.ingest(  # load kiwipiepy's model before timing
        [inputs / sorted(p.name for p in inputs.glob("*.txt"))[0]],
        Settings(db_path=str(tmp / "ko_warm.db"), progress=False),
    )
    secs, chars, stored = min(run_pipeline(inputs, tmp / f"ko{r}.db", 1) for r in range(3))
    return {
        "ko_articles": stored,
        "ko_chars": chars,
        "ko_pipeline_chars_per_s": round(chars / secs, 1),
        "ko_articles_per_s": round(stored / secs, 2),
        "ko_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def korean_subprocess(copies: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--korean-only", "--copies", str(copies)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_pipeline(inputs: Path, db: Path, processes: int) -> tuple[float, int, int]:
    settings = Settings(db_path=str(db), progress=False, n_process=processes)
    t = time.perf_counter()
    report = pipeline.ingest([inputs], settings)
    return time.perf_counter() - t, report.chars, report.stored


def parse_only(db: Path) -> tuple[float, int]:
    """GiNZA alone over the same cleaned paragraphs the pipeline stored."""
    con = connect(db, readonly=True)
    paragraphs = [
        text[s:e]
        for text, s, e in con.execute(
            'SELECT a.text, p.start, p."end" FROM paragraphs p'
            " JOIN articles a ON a.id = p.article_id"
        )
    ]
    con.close()
    nlp = ja.load()
    t = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=16):
        pass
    return time.perf_counter() - t, sum(len(p) for p in paragraphs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2, help="workers for the scaling run")
    ap.add_argument("--korean-only", action="store_true", help="only the Korean run")
    args = ap.parse_args()
    if args.korean_only:
        tmp = Path(tempfile.mkdtemp(prefix="aw-bench-ko-"))
        try:
            print(json.dumps(korean(tmp, args.copies)))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    tmp = Path(tempfile.mkdtemp(prefix="aw-bench-"))
    try:
        inputs = tmp / "in"
        inputs.mkdir()
        files = corpus(inputs, args.copies)
        ja.load()  # both runs start with the model in memory
        pipeline.ingest(
            [inputs / sorted(p.name for p in inputs.glob("*.txt"))[0]],
            Settings(db_path=str(tmp / "warm.db"), progress=False),
        )
        # best of three interleaved rounds, so that a burst of other load on the machine
        # does not land on one side of the ratio only
        rounds = []
        for r in range(3):
            secs, chars, stored = run_pipeline(inputs, tmp / f"one{r}.db", 1)
            rounds.append((secs, *parse_only(tmp / f"one{r}.db")))
        secs = min(x[0] for x in rounds)
        base_secs, base_chars = min(x[1] for x in rounds), rounds[0][2]
        rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        secs2, _, _ = run_pipeline(inputs, tmp / "two.db", args.processes)
        rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        inputs_en = tmp / "in_en"
        inputs_en.mkdir()
        files_en = corpus_en(inputs_en, args.copies)
        en.load()
        en_rounds = []
        for r in range(3):
            s_en, c_en, st_en = run_pipeline(inputs_en, tmp / f"en{r}.db", 1)
            en_rounds.append((s_en, *parse_only_en(tmp / f"en{r}.db")))
        secs_en = min(x[0] for x in en_rounds)
        base_en = min(x[1] for x in en_rounds)
        rss_en = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ko = korean_subprocess(args.copies)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "articles": stored,
        "files": files,
        "chars": chars,
        "pipeline_chars_per_s": round(chars / secs, 1),
        "parse_only_chars_per_s": round(base_chars / base_secs, 1),
        "ratio": round((chars / secs) / (base_chars / base_secs), 3),
        "articles_per_s": round(stored / secs, 2),
        "peak_rss_mib": round(rss_one, 1),
        "processes": args.processes,
        "pipeline_chars_per_s_parallel": round(chars / secs2, 1),
        "parallel_speedup": round(secs / secs2, 2),
        "peak_rss_mib_per_worker": round(rss_children, 1),
        "en_articles": st_en,
        "en_files": files_en,
        "en_chars": c_en,
        "en_pipeline_chars_per_s": round(c_en / secs_en, 1),
        "en_articles_per_s": round(st_en / secs_en, 2),
        "en_parse_only_chars_per_s": round(en_rounds[0][2] / base_en, 1),
        "peak_rss_mib_with_en": round(rss_en, 1),
        **ko,
    }
    print(
        f"pipeline (1 process): {result['pipeline_chars_per_s']:,} chars/s, "
        f"{result['articles_per_s']} articles/s over {stored} articles ({chars:,} chars)"
    )
    print(
        f"GiNZA parse alone:    {result['parse_only_chars_per_s']:,} chars/s "
        f"(same paragraphs, same model, NER off)"
    )
    print(f"ratio pipeline/parse: {result['ratio']}")
    print(
        f"{args.processes} processes:          {result['pipeline_chars_per_s_parallel']:,} chars/s "
        f"(x{result['parallel_speedup']} vs 1 process)"
    )
    print(
        f"peak RSS: {result['peak_rss_mib']} MiB (main), {result['peak_rss_mib_per_worker']} MiB "
        "(largest worker)"
    )
    print(
        f"English pipeline:     {result['en_pipeline_chars_per_s']:,} chars/s, "
        f"{result['en_articles_per_s']} articles/s over {st_en} articles ({c_en:,} chars); "
        f"spaCy en parse alone {result['en_parse_only_chars_per_s']:,} chars/s; "
        f"peak RSS with both models {result['peak_rss_mib_with_en']} MiB"
    )
    if ko:
        print(
            f"Korean pipeline:      {ko['ko_pipeline_chars_per_s']:,} chars/s, "
            f"{ko['ko_articles_per_s']} articles/s over {ko['ko_articles']} articles "
            f"({ko['ko_chars']:,} chars); peak RSS {ko['ko_peak_rss_mib']} MiB (own process)"
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
