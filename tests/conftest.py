"""Shared fixtures. `demo_db` runs the real pipeline (GiNZA included) over samples/ once."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared() -> Path:
    """The read-only project folder (seeds, gold): $AW_SHARED, else the nearest `shared`
    beside the repository or one of its parents (a worktree may sit deeper than main)."""
    if os.environ.get("AW_SHARED"):
        return Path(os.environ["AW_SHARED"])
    for parent in ROOT.parents:
        if (parent / "shared" / "seeds").is_dir():
            return parent / "shared"
    return ROOT.parent / "shared"


SHARED = _shared()
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
        pytest.skip(
            f"{SEEDS} is absent (set AW_SHARED to the folder holding seeds/): the real seed"
            " articles are read at run time only"
        )
    return SEEDS


# -- PostgreSQL ---------------------------------------------------------------------------
# The server every machine of this project runs (trust authentication); AW_TEST_PG names
# another. Each test database is created with a unique name and dropped afterwards.
PG_ADMIN = os.environ.get("AW_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The admin URL of a reachable PostgreSQL server, or a skip that says why not."""
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[postgres]'")
    try:
        psycopg.connect(PG_ADMIN, connect_timeout=3).close()
    except psycopg.OperationalError as e:
        pytest.skip(f"no PostgreSQL server reachable at {PG_ADMIN}: {str(e).strip()}")
    return PG_ADMIN


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty database on the server; dropped when the test ends."""
    with new_pg_database(pg_server) as url:
        yield url


@contextmanager
def new_pg_database(admin: str) -> Iterator[str]:
    import psycopg
    from psycopg import sql
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    name = f"aw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    params = conninfo_to_dict(admin)
    url = (
        f"postgresql://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}"
        f":{params.get('port', 5432)}/{name}"
    )
    assert make_conninfo(url)
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
