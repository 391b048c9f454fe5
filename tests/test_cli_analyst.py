"""Issue 15 for the CLI: help texts with defaults, names for actors, concept search, empty
searches that say so, `show` with mention ids and sentence numbers, JSON keys equal to the
web API's, and plurals (over the demo database: samples/ through the real pipeline)."""

from __future__ import annotations

import argparse
import json
from urllib.parse import quote

import pytest

from alliancewatch.cli import build_parser, main, plural
from alliancewatch.concepts import concept


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _actions(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((f"{name} {a.dest}", a, sub) for a in sub._actions)
        else:
            yield (action.dest, action, parser)


def test_every_option_has_help_and_shows_its_default():
    for where, action, parser in _actions(build_parser()):
        if isinstance(action, argparse._SubParsersAction):
            continue
        assert action.help, f"{where} has no help text"
        if action.default not in (None, False, argparse.SUPPRESS):
            text = " ".join(parser.format_help().split())  # unwrapped
            assert f"(default: {action.default})" in text, where
    serve = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert "(default: 8000)" in serve.choices["serve"].format_help()


def test_plural():
    assert [plural(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]


def test_show_lists_mention_ids_and_sentence_numbers(demo_db, capsys):
    _, out, _ = run(capsys, "show", "ja_01.txt", "--db", str(demo_db), "--json")
    art = json.loads(out)
    assert art["mentions"]
    _, text, _ = run(capsys, "show", "ja_01.txt", "--db", str(demo_db))
    for m in art["mentions"]:
        assert f"{m['id']}  #{m['text_info']['sequence']}" in text
        assert f"#{m['text_info']['sequence']}: " in text


def test_search_json_keys_equal_the_web_api(demo_db, capsys):
    from alliancewatch.web import create_app
    from tests.web.web_fixtures import Client

    _, out, _ = run(capsys, "search", "派兵", "--db", str(demo_db), "--json")
    cli = [json.loads(line) for line in out.splitlines()]
    _, out, _ = run(capsys, "articles", "--db", str(demo_db), "--json")
    cli_articles = [json.loads(line) for line in out.splitlines()]
    c = Client(create_app(demo_db))
    try:
        web = c.get("/api/search?q=" + quote("派兵")).json()["items"]
        web_articles = c.get("/api/articles").json()["items"]
    finally:
        c.close()
    assert cli and [set(x) for x in cli] == [set(x) for x in web]
    assert [x["sentence"] for x in cli] == [x["sentence"] for x in web]
    assert [set(m) for x in cli for m in x["mentions"]] == [
        set(m) for x in web for m in x["mentions"]
    ]
    assert set(web_articles[0]) <= set(cli_articles[0])
    by_doc = {x["doc"]: x for x in cli_articles}
    for w in web_articles:
        assert {k: by_doc[w["doc"]][k] for k in w} == w


@pytest.mark.parametrize("name", ["North Korea", "北朝鮮", "북한", "PRK"])
def test_search_actor_accepts_names(demo_db, capsys, name):
    _, out, _ = run(capsys, "search", "派兵", "--db", str(demo_db), "--actor", name, "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(
        any("PRK" in m["actor"] + m["recipient"] for m in r["mentions"]) for r in rows
    )


def test_search_concept_and_no_hits(demo_db, capsys):
    code, out, _ = run(capsys, "search", "--concept", "AID", "--db", str(demo_db), "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    words = [w for _, w in concept("AID").words]
    assert code == 0 and rows
    for r in rows:  # a coded AID mention, or a word an AID trigger lexicon lists
        assert any(m["event"] == "AID" for m in r["mentions"]) or any(
            w in r["sentence"] for w in words
        )
    code, out, err = run(capsys, "search", "zebra", "--db", str(demo_db))
    assert code == 0 and out == "" and "no sentence matches “zebra”" in err
    code, _, err = run(capsys, "search", "--concept", "NOPE", "--db", str(demo_db))
    assert code == 2 and "concept 'NOPE'" in err
    code, _, err = run(capsys, "search", "x", "--actor", "Atlantis", "--db", str(demo_db))
    assert code == 2 and "actor 'Atlantis'" in err
    code, _, err = run(capsys, "search", "--db", str(demo_db))
    assert code == 2 and "--concept" in err


def test_articles_count_is_singular_for_one(demo_db, capsys):
    _, _, err = run(capsys, "articles", "--db", str(demo_db), "--limit", "1")
    assert "(1 article)" in err
