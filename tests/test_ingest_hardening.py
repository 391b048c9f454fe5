"""Issue 8 at the level of a whole run: what failed on 0.1.0 and how it must behave."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from alliancewatch import api
from alliancewatch.cli import main
from alliancewatch.config import Settings

ROOT = Path(__file__).resolve().parent.parent
JA = "北朝鮮は今月、ロシアに兵士を派遣した。\n韓国政府はこれを強く非難した。\n"
EN = "South Korea summoned the Russian ambassador on Tuesday.\nSeoul protested the move.\n"


def settings(tmp_path: Path, **kw) -> Settings:
    return Settings(
        db_path=str(tmp_path / "t.db"), progress=False, default_published="2024-10-21", **kw
    )


@pytest.mark.model
def test_over_long_japanese_sentence_does_not_stop_the_run(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(JA, encoding="utf-8")
    # 16,400 characters, 49,200 bytes without a terminator: over SudachiPy's 49,149 bytes
    (d / "long.txt").write_text("北朝鮮軍がロシアに派遣された" * 1172, encoding="utf-8")
    s = settings(tmp_path, max_parse_chars=300)  # any bound will do; a small one parses faster
    report = api.ingest([d], s)
    assert report.stored == 2 and not report.rejected
    long = api.show("long.txt", s)
    assert len(long["sentences"]) > 1
    assert max(len(x["text"]) for x in long["sentences"]) <= s.max_parse_chars
    assert api.show("good.txt", s)["mentions"]


def test_same_name_from_two_places_is_rejected_never_overwritten(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    for d, text in ((a, EN), (b, EN.replace("Tuesday", "Friday"))):
        d.mkdir()
        (d / "same.txt").write_text(text, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "same.txt", "text": "Another text entirely."}) + "\n")
    s = settings(tmp_path)
    first = api.ingest([a / "same.txt", b / "same.txt", feed], s)
    assert first.stored == 1 and len(first.rejected) == 2
    assert "Tuesday" in api.show("same.txt", s)["text"]
    assert all("already used by" in r.reason for r in first.rejected)
    # a later run cannot replace it either, and re-runs settle
    second = api.ingest([b], s)
    assert second.stored == 0 and "already stored from" in second.rejected[0].reason
    assert "Tuesday" in api.show("same.txt", s)["text"]
    third = api.ingest([a / "same.txt", b / "same.txt", feed], s)
    assert (third.stored, third.unchanged) == (0, 1)
    assert len(api.articles(s)) == 1


def test_folder_tree_names_are_relative_paths_and_reruns_settle(tmp_path):
    root = tmp_path / "in"
    for sub in ("a", "b"):
        (root / sub).mkdir(parents=True)
    (root / "a" / "same.txt").write_text(EN, encoding="utf-8")
    (root / "b" / "same.txt").write_text(EN.replace("Tuesday", "Friday"), encoding="utf-8")
    s = settings(tmp_path)
    assert api.ingest([root], s).stored == 2
    assert sorted(x["doc"] for x in api.articles(s)) == ["a/same.txt", "b/same.txt"]
    again = api.ingest([root], s)
    assert (again.stored, again.unchanged, len(again.rejected)) == (0, 2, 0)


@pytest.mark.model
def test_a_run_killed_while_linking_leaves_neither_article_nor_events(tmp_path, monkeypatch):
    """Events are updated in the article's own transaction (issue 12): a run killed in
    the linking step stores nothing of the article, and the next run completes it."""
    from alliancewatch.merge import events

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(JA, encoding="utf-8")
    s = settings(tmp_path)

    def killed(*args):  # the process dies while the article's events are written
        raise KeyboardInterrupt

    monkeypatch.setattr(events, "update_article", killed)
    with pytest.raises(KeyboardInterrupt):
        api.ingest([d], s)
    monkeypatch.undo()
    con = sqlite3.connect(s.db_path)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    rerun = api.ingest([d], s)
    assert rerun.stored == 1
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert con.execute(
        "SELECT count(*) FROM mentions WHERE event_id IS NULL AND actor_codes != ''"
    ).fetchone() == (0,)


MERGE = """
import sys
from alliancewatch.merge.events import merge_events
from alliancewatch.store.db import Store
with Store(sys.argv[1]) as st:
    merge_events(st)
    print(st.db.execute("SELECT date FROM events").fetchone()[0])
"""


def test_event_date_does_not_depend_on_the_hash_seed(tmp_path):
    from alliancewatch.store.db import Store
    from alliancewatch.types import ActorRef, Article, Mention, Paragraph

    db = tmp_path / "t.db"
    text = "北朝鮮はロシアに兵士を派遣した。"
    with Store(db) as st:
        for k, day in enumerate(["2024-06-03", "2024-06-19", "2024-06-11", "2024-06-27"]):
            art = Article(
                f"d{k}", "s", text + str(k), (Paragraph(0, 0, len(text) + 1),), None,
                "2024-07-01", "ja", None, "utf-8", f"r{k}", f"c{k}",
            )  # fmt: skip
            m = Mention(
                f"d{k}", "ja", "AID", (ActorRef("北朝鮮", "PRK"),), (ActorRef("ロシア", "RUS"),),
                day, None, "asserted", None, None, text, 0, 0, len(text), "派遣",
            )  # fmt: skip
            st.save(art, [], [m], "test")
    dates = set()
    for seed in range(6):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", MERGE, str(db)], env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        dates.add(out.stdout.strip())
    assert dates == {"2024-06-03"}


def test_rejection_lines_are_escaped_and_all_rejected_exits_1(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "bad\nname\x1b[31m.txt").write_bytes(b"")
    feed = d / "feed.jsonl"
    feed.write_text(json.dumps({"id": True, "text": "x"}) + "\n")
    code = main(["ingest", str(d), "--db", str(tmp_path / "t.db"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "bad\\nname\\x1b[31m.txt" in err and "\x1b" not in err
    assert (
        "\n".join(line for line in err.splitlines() if line.startswith("rejected")) == err.strip()
    )
    assert "True" not in [a["doc"] for a in api.articles(Settings(db_path=str(tmp_path / "t.db")))]
    (d / "ok.txt").write_text(EN, encoding="utf-8")
    assert main(["ingest", str(d), "--db", str(tmp_path / "t.db"), "--quiet"]) == 0


def test_impossible_command_line_date_is_refused(capsys):
    with pytest.raises(SystemExit):
        main(["ingest", ".", "--published", "2024-02-30"])
    assert "not a real date" in capsys.readouterr().err


def test_impossible_default_date_through_the_api_is_a_usage_error(tmp_path):
    from alliancewatch.errors import UsageError

    with pytest.raises(UsageError, match="not a real date"):
        api.ingest([tmp_path], Settings(db_path=str(tmp_path / "t.db")), published="2024-13-45")
