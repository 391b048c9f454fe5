"""Issue 8 item 13: bidi controls in article text, 405 with Allow, and a very long URL
against a real server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from web_fixtures import Client, build, free_port

from alliancewatch.store.db import Store

ROOT = Path(__file__).resolve().parents[2]
BIDI = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
TEXT = "北朝鮮は\u202eロシアに兵器を供与した\u202c。\u2067韓国は\u2069非難した。"


def make(tmp_path: Path) -> Path:
    db = tmp_path / "bidi.db"
    art = build(
        "bidi\u202etxt.txt",
        "ja",
        "2024-10-21",
        [[TEXT]],
        [{"seq": 0, "event": "AID", "actor": [("北朝鮮", "PRK")], "trigger": "供与"}],
        title="見出し\u202e逆",
    )
    with Store(db) as st:
        st.save(*art, "test")
    return db


def test_bidi_controls_never_reach_a_page(tmp_path):
    from alliancewatch.web import create_app

    c = Client(create_app(make(tmp_path)))
    try:
        pages = ["/articles", "/search?q=供与", "/articles/bidi%E2%80%AEtxt.txt", "/"]
        for url in pages:
            r = c.get(url)
            assert r.status_code == 200, url
            assert not any(ch in r.text for ch in BIDI), url
        assert "ロシアに兵器を" in c.get("/articles/bidi%E2%80%AEtxt.txt").text
        # the JSON twin returns the data as stored
        assert "\u202e" in json.dumps(c.get("/api/articles").json(), ensure_ascii=False)
    finally:
        c.close()


def test_405_names_the_allowed_methods(client: Client):
    for url in ("/", "/api/articles"):
        r = client.request("POST", url)
        assert r.status_code == 405
        assert "GET" in r.headers["allow"]


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_very_long_url_gets_a_json_414_from_the_real_server(synthetic_db: Path):
    port = free_port()
    cmd = [sys.executable, "-m", "alliancewatch.cli", "serve", "--db", str(synthetic_db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, "server did not start"
                time.sleep(0.1)
        status, body = _raw_get(port, "/api/mentions?q=" + "x" * 300_000)
        assert status == 414
        assert json.loads(body)["error"]["code"] == "uri_too_long"
        status, _ = _raw_get(port, "/api/articles")  # and the server still answers
        assert status == 200
    finally:
        proc.terminate()
        proc.wait(10)
