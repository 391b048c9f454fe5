"""Issue 8: strict checks at the input boundary. Each case here failed on 0.1.0 (a crash,
a silent skip, an overwrite or an impossible value stored); now each is a Rejection that
names the input and says why, and the good inputs beside it are read."""

from __future__ import annotations

import json
import os

import pytest

from alliancewatch.config import Settings
from alliancewatch.sources.files import iter_inputs
from alliancewatch.types import RawDocument, Rejection

S = Settings(max_input_bytes=100_000)


def items(*paths):
    return list(iter_inputs(list(paths), S))


def by_doc(got):
    return {i.doc: i for i in got}


def test_jsonl_huge_number_and_deep_nesting_are_rejected_and_good_lines_kept(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "good-1", "text": "一つ目。"}),
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        '{"id": "deep", "text": "x", "v": ' + "[" * 20_000 + "]" * 20_000 + "}",
        '{"id": "nest30", "text": "x", "v": ' + "[" * 30 + "]" * 30 + "}",
        '{"id": "nan", "text": "x", "v": NaN}',
        json.dumps({"id": "good-2", "text": "二つ目。"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = by_doc(items(f))
    assert isinstance(got["good-1"], RawDocument) and isinstance(got["good-2"], RawDocument)
    assert "Settings.max_json_digits" in got["feed.jsonl:2"].reason
    assert "Settings.max_json_depth" in got["feed.jsonl:3"].reason
    assert "Settings.max_json_depth" in got["feed.jsonl:4"].reason
    assert "NaN" in got["feed.jsonl:5"].reason


def test_load_json_limits_are_settings():
    from alliancewatch.sources.validate import Refused, load_json

    loose = Settings(max_json_digits=4000, max_json_depth=40)
    assert load_json('{"n": ' + "9" * 4000 + "}", loose)["n"] > 0
    assert load_json("[" * 30 + "]" * 30, loose)
    for text in ('{"n": ' + "9" * 4000 + "}", "[" * 30 + "]" * 30):
        with pytest.raises(Refused):
            load_json(text, Settings())


@pytest.mark.parametrize(
    "value", ["2024-13-45", "2024-02-30", "yesterday", "2024-1-5", "２０２４-01-01", "20240101"]
)
def test_impossible_or_malformed_published_dates_are_refused(tmp_path, value):
    (tmp_path / "a.txt").write_text("本文。", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": value}))
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "r", "text": "x", "published": value}))
    got = by_doc(items(tmp_path))
    assert isinstance(got["a.txt"], Rejection) and "published" in got["a.txt"].reason
    assert isinstance(got["r"], Rejection) and "published" in got["r"].reason


def test_real_dates_pass_and_a_time_part_is_dropped():
    from alliancewatch.sources.validate import check_date

    assert check_date("2024-02-29") == "2024-02-29"
    assert check_date("2024-10-21T09:30:00+09:00") == "2024-10-21"


@pytest.mark.parametrize(
    ("record", "why"),
    [
        ({"id": True, "text": "x"}, "not a JSON bool"),
        ({"id": 1.5, "text": "x"}, "not a JSON float"),
        ({"id": ["a"], "text": "x"}, "not a JSON list"),
        ({"id": "x" * 201, "text": "x"}, "Settings.max_id_chars"),
        ({"id": "a\nb\x1b[31m", "text": "x"}, "control characters"),
        ({"id": "t", "text": "x", "title": "t" * 3000}, "Settings.max_meta_chars"),
    ],
)
def test_bad_ids_and_oversized_metadata_are_refused(tmp_path, record, why):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (got,) = items(f)
    assert isinstance(got, Rejection) and why in got.reason


def test_integer_ids_are_names(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": 7, "text": "x"}) + "\n", encoding="utf-8")
    (got,) = items(f)
    assert isinstance(got, RawDocument) and got.doc == "7"


def test_repeated_id_in_one_file_is_rejected_first_kept(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        json.dumps({"id": "r", "text": "一つ目。"}) + "\n" + json.dumps({"id": "r", "text": "二"}),
        encoding="utf-8",
    )
    first, second = items(f)
    assert isinstance(first, RawDocument) and first.data.decode() == "一つ目。"
    assert isinstance(second, Rejection) and "repeats id 'r' of line 1" in second.reason


def test_same_file_name_in_two_folders_gives_two_names(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f"{sub}の本文。", encoding="utf-8")
    got = items(tmp_path)
    assert [i.doc for i in got] == ["a/same.txt", "b/same.txt"]


def test_symlink_loop_dangling_link_and_escape_are_rejections(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text("本文。", encoding="utf-8")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "gone.txt").symlink_to(root / "missing.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("秘密。", encoding="utf-8")
    (root / "escape.txt").symlink_to(outside)
    (root / "sys.txt").symlink_to("/etc/hostname")
    (root / "inside.txt").symlink_to(root / "good.txt")
    (root / "dirloop").symlink_to(root)
    (root / "side.txt").write_text("本文。", encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({"title": "outside"}))
    (root / "side.meta.json").symlink_to(tmp_path / "meta.json")
    got = by_doc(items(root))
    assert isinstance(got["good.txt"], RawDocument)
    assert isinstance(got["inside.txt"], RawDocument)
    assert "loop" in got["loop.txt"].reason
    assert "dangling" in got["gone.txt"].reason
    assert "outside the input folder" in got["escape.txt"].reason
    assert "outside the input folder" in got["sys.txt"].reason
    assert isinstance(got["dirloop"], Rejection)
    assert "sidecar" in got["side.txt"].reason and "outside" in got["side.txt"].reason
    assert len(got) == 8


def test_unreadable_subdirectory_is_a_rejection(tmp_path, monkeypatch):
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "x.txt").write_text("本文。", encoding="utf-8")
    (root / "ok.txt").write_text("本文。", encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: refuse the folder the way the kernel would
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(root / "locked"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        (root / "locked").chmod(0)
    try:
        got = by_doc(items(root))
    finally:
        (root / "locked").chmod(0o755)
    assert isinstance(got["ok.txt"], RawDocument)
    assert "cannot read directory" in got["locked"].reason


def test_printable_escapes_newlines_escapes_and_bidi():
    from alliancewatch.sources.validate import printable

    assert printable("a\nb\x1b[2Jc\u202e") == "a\\nb\\x1b[2Jc\\u202e"
    assert printable("記事.txt") == "記事.txt"


def test_file_names_with_control_characters_get_escaped_names(tmp_path):
    (tmp_path / "a\x1b[2Jb.txt").write_text("本文。", encoding="utf-8")
    (got,) = items(tmp_path)
    assert isinstance(got, RawDocument) and got.doc == "a\\x1b[2Jb.txt"
