import json

import pytest

from alliancewatch.config import Settings
from alliancewatch.errors import UsageError
from alliancewatch.sources.files import iter_inputs
from alliancewatch.types import RawDocument, Rejection

S = Settings(max_input_bytes=10_000)


def items(*paths):
    return list(iter_inputs(list(paths), S))


def test_directory_is_recursive_sorted_and_reads_sidecars(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("本文。", encoding="utf-8")
    (tmp_path / "sub" / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.meta.json").write_text(json.dumps({"published": "2024-06-21", "lang": "ja"}))
    (tmp_path / ".hidden.txt").write_text("x")
    got = items(tmp_path)
    assert [i.doc for i in got] == ["b.txt", "sub/a.html"]  # path relative to the root
    assert got[0].meta.published == "2024-06-21" and got[0].meta.lang == "ja"
    assert got[1].is_html and not got[0].is_html


def test_jsonl_broken_line_and_missing_id_are_rejected_the_rest_goes_on(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        json.dumps({"id": "r1", "text": "一つ目。", "published": "2024-01-02"})
        + "\n"
        + '{"id": "r2", "text": "壊れ\n'
        + json.dumps({"text": "idなし"})
        + "\n"
        + json.dumps({"id": "r4", "html": "<p>四つ目</p>"})
        + "\n",
        encoding="utf-8",
    )
    got = items(f)
    docs = [(type(i).__name__, i.doc) for i in got]
    assert docs == [
        ("RawDocument", "r1"),
        ("Rejection", "feed.jsonl:2"),
        ("Rejection", "feed.jsonl:3"),
        ("RawDocument", "r4"),
    ]
    assert "not valid JSON" in got[1].reason and "no 'id'" in got[2].reason
    assert got[3].is_html and got[0].meta.published == "2024-01-02"


def test_oversized_and_unsupported_files_are_rejected_with_reasons(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 20_000)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    got = items(tmp_path)
    assert all(isinstance(i, Rejection) for i in got)
    reasons = {i.doc: i.reason for i in got}
    assert "20,000 bytes; limit is 10,000" in reasons["big.txt"]
    assert "unsupported file type '.pdf'" in reasons["doc.pdf"]


def test_broken_sidecar_is_a_rejection(tmp_path):
    (tmp_path / "a.txt").write_text("本文。", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{broken")
    (got,) = items(tmp_path)
    assert isinstance(got, Rejection) and "sidecar" in got.reason


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="does not exist"):
        items(tmp_path / "nope")


def test_raw_document_keeps_bytes_untouched(tmp_path):
    data = "本文".encode("cp932")
    (tmp_path / "sj.txt").write_bytes(data)
    (got,) = items(tmp_path)
    assert isinstance(got, RawDocument) and got.data == data
