"""Issue 8 items 9 and 10: processes racing to create a database, and a database in a
read-only location."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alliancewatch.store.db import Store

ROOT = Path(__file__).resolve().parents[2]


def _open_at(path: str, start: float, out: multiprocessing.Queue) -> None:
    time.sleep(max(0.0, start - time.time()))
    try:
        Store(path).close()
        out.put("ok")
    except Exception as e:  # the test reports what went wrong in the child
        import traceback

        out.put(f"{type(e).__name__}: {e} {traceback.format_exc()[-600:]}")


def test_four_processes_creating_one_database_at_once(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    results = []
    for round_ in range(3):
        path = str(tmp_path / f"race{round_}.db")
        out = ctx.Queue()
        start = time.time() + 1.5  # all four are imported and waiting by then
        procs = [ctx.Process(target=_open_at, args=(path, start, out)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        results += [out.get(timeout=5) for _ in procs]
        with Store(path) as st:
            versions = [r[0] for r in st.db.execute("SELECT version FROM schema_version")]
        assert versions == sorted(set(versions)), versions  # each migration applied once
    assert results == ["ok"] * 12


OPEN_RO = """
import sys
from alliancewatch.errors import StoreError
from alliancewatch.web import create_app
try:
    create_app(sys.argv[1])
except StoreError as e:
    print(e)
"""


def test_database_in_a_read_only_location_is_named_as_such(tmp_path):
    d = tmp_path / "ro"
    d.mkdir()
    Store(d / "news.db").close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", OPEN_RO, str(d / "news.db")]
    if os.geteuid() != 0:
        d.chmod(0o555)
    else:  # root writes anywhere: make the folder read-only in a private mount namespace
        if not shutil.which("unshare"):
            pytest.skip("running as root without `unshare`: cannot make a read-only folder")
        probe = subprocess.run(
            ["unshare", "-m", "true"], capture_output=True, text=True, check=False
        )
        if probe.returncode != 0:
            pytest.skip(f"running as root and `unshare -m` is refused: {probe.stderr.strip()}")
        mount = f'mount --bind {d} {d} && mount -o remount,bind,ro {d} && exec "$@"'
        cmd = ["unshare", "-m", "sh", "-c", mount, "sh", *cmd]
    try:
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    finally:
        d.chmod(0o755)
    assert "read-only" in out.stdout, out.stdout + out.stderr
    assert "schema 0" not in out.stdout
