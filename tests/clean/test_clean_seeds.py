"""The two real seed articles, read at run time (their text is never copied into the repo).

Expected titles come from the gold file when it is present; the structural checks below
hold without it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliancewatch.clean import clean_document
from alliancewatch.config import Settings
from alliancewatch.types import Article, RawDocument
from tests.conftest import SEED_GOLD

SEED_TITLED = "000_85b115b153c74d55.txt"
SEED_UNTITLED = "001_0d57ef2b55b5fd88.txt"
REACTION = "この記事を読んで"
GOLD = SEED_GOLD


def _clean(seeds_dir: Path, name: str) -> Article:
    path = seeds_dir / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    raw = RawDocument(name, str(path), path.read_bytes(), False)
    return clean_document(raw, Settings())


def _gold_title(name: str) -> str | None:
    if not GOLD.is_file():
        pytest.skip(f"{GOLD} is absent")
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["doc"] == name:
            return json.loads(line)["title"]
    pytest.skip(f"{name} is not in {GOLD}")


def test_seed_with_page_headline(seeds_dir: Path) -> None:
    a = _clean(seeds_dir, SEED_TITLED)
    assert len(a.paragraphs) == 12
    assert a.lang == "ja"
    assert a.title is not None
    raw_lines = (seeds_dir / SEED_TITLED).read_text(encoding="utf-8").splitlines()
    assert f"{a.title}(2)" in raw_lines  # the page-2 headline, marker stripped
    assert a.title not in a.text
    assert REACTION not in a.text
    kinds = {r.kind for r in a.removed}
    assert kinds == {"page_headline", "repeated_block", "boilerplate"}


def test_seed_title_matches_gold(seeds_dir: Path) -> None:
    assert _clean(seeds_dir, SEED_TITLED).title == _gold_title(SEED_TITLED)
    assert _clean(seeds_dir, SEED_UNTITLED).title == _gold_title(SEED_UNTITLED)


def test_seed_without_title(seeds_dir: Path) -> None:
    a = _clean(seeds_dir, SEED_UNTITLED)
    assert a.title is None
    assert len(a.paragraphs) == 10
    assert REACTION not in a.text
    assert {r.kind for r in a.removed} == {"repeated_block", "boilerplate"}


def test_seed_paragraphs_are_unique_and_offsets_agree(seeds_dir: Path) -> None:
    for name in (SEED_TITLED, SEED_UNTITLED):
        a = _clean(seeds_dir, name)
        parts = [a.paragraph_text(p) for p in a.paragraphs]
        assert len(set(parts)) == len(parts)
        assert "\n".join(parts) == a.text
