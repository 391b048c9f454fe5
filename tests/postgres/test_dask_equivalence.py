"""Seeds and samples through a 2-worker Dask LocalCluster into PostgreSQL give the same
export, record for record, as the serial run into SQLite; a second run stores nothing."""

from __future__ import annotations

import json

import pytest

from alliancewatch import api
from alliancewatch.config import Settings
from alliancewatch.dask_cluster import parse_spec
from alliancewatch.errors import UsageError
from tests.conftest import ROOT

pytestmark = pytest.mark.model


def test_dask_spec_is_checked():
    assert parse_spec("local:2") == ("local", 2)
    assert parse_spec("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    for bad in ("local:0", "local:x", "scheduler:8786", ""):
        with pytest.raises(UsageError, match="local:N"):
            parse_spec(bad)


def test_a_bad_spec_fails_before_any_cluster_starts(tmp_path):
    (tmp_path / "a.txt").write_text("Seoul protested the move on Tuesday.\n", encoding="utf-8")
    s = Settings(db_path=str(tmp_path / "t.db"), dask="scheduler:8786", progress=False)
    with pytest.raises(UsageError, match="local:N"):
        api.ingest([tmp_path / "a.txt"], s.with_(default_published="2024-10-21"))


def _export(settings: Settings, path, what: str = "mentions") -> list[dict]:
    api.export(settings, path, "jsonl", what=what)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_dask_into_postgres_equals_serial_sqlite(pg_url, seeds_dir, tmp_path):
    pytest.importorskip("distributed")
    inputs = [ROOT / "samples", seeds_dir]
    serial = Settings(db_path=str(tmp_path / "serial.db"), progress=False)
    spread = Settings(db_path=pg_url, dask="local:2", progress=False)
    r1 = api.ingest(inputs, serial)
    r2 = api.ingest(inputs, spread)
    assert (r2.stored, r2.sentences, r2.mentions) == (r1.stored, r1.sentences, r1.mentions)
    assert r2.ready is not None and 0 < r2.ready <= (r2.written or 0) <= r2.seconds
    assert [(x.doc, x.reason) for x in r2.rejected] == [(x.doc, x.reason) for x in r1.rejected]
    a = _export(serial, tmp_path / "serial.jsonl")
    b = _export(spread, tmp_path / "dask.jsonl")
    assert len(a) == len(b) > 40
    for x, y in zip(a, b, strict=True):
        assert y == x
    assert api.summary(spread)["events"] == api.summary(serial)["events"]
    # the events linked article by article inside each save are the same records
    ea = _export(serial, tmp_path / "serial_events.jsonl", "events")
    eb = _export(spread, tmp_path / "dask_events.jsonl", "events")
    assert len(ea) == len(eb) > 10
    assert eb == ea
    again = api.ingest(inputs, spread)  # idempotent: nothing parsed or stored twice
    assert again.stored == 0 and again.unchanged == r1.stored
