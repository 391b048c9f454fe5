"""Fixtures for the web tests: a small hand-made database (`synthetic_db`), an in-process
client over it, and a real server in a thread for the browser tests."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_fixtures import Client, free_port, make_db


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small database written with Store.save from hand-made values."""
    return make_db(tmp_path_factory.mktemp("web") / "synthetic.db")


@pytest.fixture(scope="session")
def client(synthetic_db: Path) -> Iterator[Client]:
    """In-process client over the hand-made database."""
    from alliancewatch.web import create_app

    c = Client(create_app(synthetic_db))
    c.db_path = synthetic_db
    yield c
    c.close()


@pytest.fixture(scope="session")
def browser_db(request: pytest.FixtureRequest, synthetic_db: Path) -> Path:
    """The demo database (samples/ through the real pipeline) from tests/conftest.py.

    AW_BROWSER_DB=synthetic uses the hand-made database instead (or when there is no
    `demo_db` fixture).
    """
    if os.environ.get("AW_BROWSER_DB", "demo") == "synthetic":
        return synthetic_db
    try:
        return Path(request.getfixturevalue("demo_db"))
    except pytest.FixtureLookupError:
        return synthetic_db


@pytest.fixture(scope="session")
def live_server(browser_db: Path) -> Iterator[str]:
    """uvicorn serving the browser database on a free loopback port, in a thread."""
    import uvicorn

    from alliancewatch.web import create_app

    port = free_port()
    config = uvicorn.Config(
        create_app(browser_db), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
