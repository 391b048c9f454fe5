"""Issue 8: kill `alliancewatch ingest` (a real subprocess, SIGKILL) at random points,
finish with a normal run, and compare the database with one from a single clean run:
articles, sentences, mentions, mention pairs, events and rejections, row for row
(timestamps and row ids aside).

Kill points are drawn per seed: after k stored articles (k from 0 to all of them, so also
between the last save and the events rebuild) plus a random delay. AW_CRASH_SEEDS=N runs
N seeds instead of 3 (docs/RELIABILITY.md gives the figures of a longer run).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = range(int(os.environ.get("AW_CRASH_SEEDS", "3")))
pytestmark = pytest.mark.model

DUMP = {
    "articles": "SELECT a.doc, s.path, a.raw_hash, a.content_hash, a.title, a.published, a.lang,"
    " a.url, a.encoding, a.text, a.n_paragraphs, a.removed, a.coder FROM articles a"
    " LEFT JOIN sources s ON s.id = a.source_id",
    "paragraphs": 'SELECT a.doc, p.idx, p.start, p."end" FROM paragraphs p'
    " JOIN articles a ON a.id = p.article_id",
    "sentences": 'SELECT a.doc, x.idx, x.paragraph, x.start, x."end", x.text, x.is_title'
    " FROM sentences x JOIN articles a ON a.id = x.article_id",
    "mentions": "SELECT m.id, m.event_id, m.doc, m.language, m.published, m.event, m.quad,"
    " m.mode, m.context, m.actor, m.recipient, m.actor_codes, m.recipient_codes, m.date,"
    " m.date_text, m.factuality, m.factuality_cue, m.claimed_by, m.claimed_by_cue,"
    ' m.claimed_by_code, m.sentence, m.sequence, m.start, m."end", m.trigger,'
    " m.trigger_start, m.implicit, m.coder, x.idx FROM mentions m"
    " LEFT JOIN sentences x ON x.id = m.sentence_id",
    "mention_pairs": "SELECT * FROM mention_pairs",
    "events": "SELECT * FROM events",
    "web_pair_rows": "SELECT * FROM web_pair_rows",
    "rejections": "SELECT doc, source, reason FROM rejections",
    "sentences_fts": "SELECT a.doc, x.idx, f.terms FROM sentences_fts f"
    " JOIN sentences x ON x.id = f.rowid JOIN articles a ON a.id = x.article_id",
}


def dump(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        return {
            name: sorted((tuple(r) for r in con.execute(sql)), key=repr)
            for name, sql in DUMP.items()
        }
    finally:
        con.close()


def make_inputs(d: Path) -> int:
    """The bundled samples plus a few bad inputs; returns the number of articles."""
    shutil.copytree(ROOT / "samples", d)
    (d / "empty.txt").write_bytes(b"")
    (d / "feed.jsonl").write_text(
        json.dumps({"id": "x1", "text": "米国は日本と共同訓練を実施した。", "lang": "ja"})
        + "\n{broken\n"
        + json.dumps({"id": "x1", "text": "repeated id"})
        + "\n",
        encoding="utf-8",
    )
    return 15


def ingest(d: Path, db: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "alliancewatch.cli", "ingest", str(d), "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [*cmd, "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05)
        try:
            return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, int]:
    d = tmp_path_factory.mktemp("crash") / "in"
    n = make_inputs(d)
    db = d.parent / "clean.db"
    assert ingest(d, db).wait(900) == 0
    reference = dump(db)
    assert len(reference["articles"]) == n and reference["events"]
    return d, reference, n


@pytest.mark.parametrize("seed", SEEDS)
def test_killed_runs_end_equal_to_a_clean_run(clean_run, tmp_path, seed):
    d, reference, n = clean_run
    rng = random.Random(seed)
    db = tmp_path / "killed.db"
    kills = 0
    for _ in range(2):  # up to two kills, then a run to completion
        after, delay = rng.randint(0, n), rng.uniform(0.0, 0.4)
        proc = ingest(d, db)
        deadline = time.monotonic() + 300
        while proc.poll() is None and stored(db) < after and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert ingest(d, db).wait(900) == 0
    got = dump(db)
    for table, rows in reference.items():
        assert got[table] == rows, f"{table} differs after {kills} kill(s), seed {seed}"
    rows = sum(len(r) for r in reference.values())
    print(f"seed {seed}: {kills} kills survived, {rows} rows compared")
