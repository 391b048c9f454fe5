"""Shared fixtures. `demo_db` runs the real pipeline (GiNZA included) over samples/ once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
DEV_GOLD = ROOT / "tests" / "data" / "dev_ja.jsonl"
DEV_DIR = ROOT / "tests" / "data" / "dev_ja"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from alliancewatch import api
    from alliancewatch.config import Settings

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    api.ingest([ROOT / "samples"], Settings(db_path=str(db), progress=False))
    return db


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is absent: the real seed articles are read at run time only")
    return SEEDS
