"""The ingest run end to end: bad inputs are recorded and the run goes on; re-runs are
idempotent; a killed run leaves whole articles and the next run completes it."""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alliancewatch import api
from alliancewatch.config import Settings

ROOT = Path(__file__).resolve().parent.parent
JA = "北朝鮮は今月、ロシアに兵士を派遣した。\n韓国政府はこれを強く非難した。\n"
KO = "북한이 러시아에 병력을 파견했다고 정보당국이 밝혔다.\n정부는 이를 규탄했다.\n"
EN = "South Korea summoned the Russian ambassador on Tuesday.\nSeoul protested the move.\n"


def bad_inputs(d: Path) -> None:
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "truncated.txt").write_bytes(JA.encode("utf-8")[:-5])  # cut inside a character
    (d / "sjis.txt").write_bytes(JA.encode("cp932"))
    (d / "euckr.txt").write_bytes(KO.encode("cp949"))
    (d / "nobody.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (d / "script.html").write_text(
        "<html><body><article><p>" + EN.replace("\n", "</p><p>") + "</p>"
        "<script>alert('x')</script></article></body></html>"
    )
    lines = [
        json.dumps({"id": "ok-1", "text": "米国は日本と共同訓練を実施した。\n連携を確認した。"}),
        '{"id": "broken", "text": ',
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "fr-1", "text": "Bonjour.", "lang": "fr"}),
    ]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (d / "huge.txt").open("wb") as f:  # 50 MB, sparse: no memory spent writing it
        f.truncate(50 * 1024 * 1024)


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path, caplog):
    d = tmp_path / "in"
    d.mkdir()
    bad_inputs(d)
    s = Settings(db_path=str(tmp_path / "t.db"), progress=False, default_published="2024-10-21")
    with caplog.at_level(logging.INFO, logger="alliancewatch.pipeline"):
        report = api.ingest([d], s)
    err = caplog.text  # the library logs; only the CLI prints (tests/test_cli.py)
    stored = {a["doc"]: a for a in api.articles(s)}
    assert set(stored) == {"truncated.txt", "sjis.txt", "euckr.txt", "script.html", "ok-1"}
    assert stored["sjis.txt"]["encoding"] == "cp932" and stored["euckr.txt"]["lang"] == "ko"
    assert "alert" not in api.show("script.html", s)["text"]
    reasons = {r["doc"]: r["reason"] for r in api.summary(s)["rejections"]}
    assert set(reasons) == {
        "empty.txt",
        "binary.txt",
        "nobody.html",
        "feed.jsonl:2",
        "feed.jsonl:3",
        "fr-1",
        "huge.txt",
    }
    assert "limit" in reasons["huge.txt"] and "JSON" in reasons["feed.jsonl:2"]
    assert "'fr'" in reasons["fr-1"]
    for doc in reasons:  # every rejection is also logged, naming the input
        assert doc in err
    assert len(report.rejected) == 7


def test_rerun_is_idempotent_and_duplicates_are_stored_once(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(JA, encoding="utf-8")
    (d / "copy-of-a.txt").write_text(JA, encoding="utf-8")
    s = Settings(db_path=str(tmp_path / "t.db"), progress=False, default_published="2024-10-21")
    first = api.ingest([d], s)
    assert (first.stored, first.duplicates) == (1, 1)
    # when the parsers were loaded and the last article stored (the steady-state clock)
    assert first.ready is not None and first.written is not None
    assert 0 < first.ready <= first.written <= first.seconds
    mentions = list(api.mentions(s))
    second = api.ingest([d], s)
    assert (second.stored, second.unchanged) == (0, 1)
    assert second.ready is None and second.written is None  # nothing to parse or store
    assert list(api.mentions(s)) == mentions
    (d / "a.txt").write_text(JA + "米国は北朝鮮を非難した。\n", encoding="utf-8")
    third = api.ingest([d], s)
    assert third.stored == 1
    assert len(api.show("a.txt", s)["paragraphs"] and api.show("a.txt", s)["sentences"]) == 3


# Enough batches (16 articles each) that storing them takes seconds even on a fast machine:
# with 80 the whole run was stored between two polls once, and nothing was interrupted.
KILLED_RUN_ARTICLES = 400


def test_killed_run_leaves_whole_articles_and_the_next_run_completes(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for k in range(KILLED_RUN_ARTICLES):
        (d / f"a{k:03d}.txt").write_text(f"記事{k}。\n" + JA, encoding="utf-8")
    db = tmp_path / "t.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [
        sys.executable,
        "-m",
        "alliancewatch.cli",
        "ingest",
        str(d),
        "--db",
        str(db),
        "--published",
        "2024-10-21",
        "--quiet",
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # generous: under a loaded machine the model load alone can take a minute
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(db, timeout=0.1)
            done = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
            if done >= 3:
                break
        except sqlite3.OperationalError:
            continue
    if proc.poll() is not None:
        pytest.fail("the run ended before it could be interrupted")
    if time.monotonic() >= deadline:
        proc.kill()
        pytest.fail("the run stored fewer than 3 articles in 600 s: no interruption tested")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    (n,) = con.execute("SELECT count(*) FROM articles").fetchone()
    assert 0 < n < KILLED_RUN_ARTICLES
    # every stored article is whole: its sentences and search rows are there
    orphans = con.execute(
        "SELECT count(*) FROM articles a WHERE NOT EXISTS"
        " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"
    ).fetchone()[0]
    assert orphans == 0
    con.close()
    s = Settings(db_path=str(db), progress=False)
    report = api.ingest([d], s, published="2024-10-21")
    assert report.unchanged == n and report.stored == KILLED_RUN_ARTICLES - n
    assert len(api.articles(s)) == KILLED_RUN_ARTICLES
