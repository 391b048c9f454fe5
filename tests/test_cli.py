"""The command line over the demo database (samples/ through the real pipeline)."""

from __future__ import annotations

import csv
import json

from alliancewatch.cli import main
from alliancewatch.lang import get_language

SPEC_FIELDS = {
    "id",
    "article_id",
    "doc",
    "published",
    "language",
    "event",
    "mode",
    "context",
    "actor",
    "recipient",
    "date",
    "date_text",
    "factuality",
    "factuality_cue",
    "claimed_by",
    "text_info",
    "implicit",
    "coder",
    "event_id",  # issue 12: every mention record carries its event
}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_articles_json_lists_every_sample_with_its_fields(demo_db, capsys):
    code, out, _ = run(capsys, "articles", "--db", str(demo_db), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 14
    assert {r["lang"] for r in rows} == {"ja", "ko", "en"}
    for r in rows:
        assert {"doc", "title", "published", "lang", "n_paragraphs", "removed"} <= set(r)
    damaged = [r for r in rows if r["removed"]]
    assert damaged and all(
        {"kind", "text", "reason"} <= set(x) for r in damaged for x in r["removed"]
    )


def test_search_finds_two_character_japanese_and_korean_terms(demo_db, capsys):
    _, out, _ = run(capsys, "articles", "--db", str(demo_db), "--search", "派兵", "--json")
    assert out and all(json.loads(line)["lang"] == "ja" for line in out.splitlines())
    _, out, _ = run(capsys, "search", "북한", "--db", str(demo_db), "--json")
    assert out and all("북한" in json.loads(line)["sentence"] for line in out.splitlines())


def test_show_prints_title_paragraphs_and_removals(demo_db, capsys):
    code, out, _ = run(capsys, "show", "ja_01.txt", "--db", str(demo_db))
    assert code == 0 and "removed by cleaning:" in out and "[0] " in out
    code, _, err = run(capsys, "show", "nope.txt", "--db", str(demo_db))
    assert code == 1 and "no article 'nope.txt'" in err


def test_export_jsonl_follows_the_spec_and_csv_matches(demo_db, tmp_path, capsys):
    out = tmp_path / "m.jsonl"
    code, _, _ = run(capsys, "export", "--db", str(demo_db), "--format", "jsonl", "--out", str(out))
    assert code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(set(r) == SPEC_FIELDS for r in records)
    for r in records:
        assert r["text_info"]["trigger"] in r["text_info"]["sentence"]
        assert r["factuality"] in {
            "negated",
            "hypothetical",
            "possible",
            "probable",
            "planned",
            "asserted",
        }
    path = tmp_path / "m.csv"
    run(capsys, "export", "--db", str(demo_db), "--format", "csv", "--out", str(path))
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["id"] for r in rows] == [r["id"] for r in records]


def test_missing_database_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "summary", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "does not exist" in err


def test_eval_json_reports_overall_and_per_language(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "x.txt").write_text("北朝鮮は19日、ロシアに兵士を派遣した。\n", encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc": "x.txt",
                "lang": "ja",
                "published": "2024-10-21",
                "title": None,
                "paragraphs": 1,
                "mentions": [
                    {
                        "s": "ロシアに兵士を派遣した",
                        "event": "AID",
                        "actor": ["PRK"],
                        "recipient": ["RUS"],
                        "factuality": "asserted",
                        "date": "2024-10-19",
                        "claimed_by": None,
                        "optional": False,
                        "why": "test",
                    }
                ],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "eval", str(gold), "--inputs", str(d), "--json")
    result = json.loads(out)
    overall = result["overall"]
    assert code == 0 and overall["f1"] == 1.0 and overall["date_accuracy"] == 1.0
    assert set(result["by_language"]) == {"ja"}


def test_ingest_prints_rejections_and_uncoded_languages(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "en.txt").write_text("Seoul and Tokyo held talks on Monday.\n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(d), "--db", str(tmp_path / "t.db"), "--quiet")
    assert code == 0 and "rejected empty.txt" in err
    said = "en: 1 article split and stored, no events coded" in out
    assert "stored 2 articles" in out or "stored 1 article " in out
    assert said is not get_language("en").has_coder
