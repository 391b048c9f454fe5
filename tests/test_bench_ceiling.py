"""The parallel-ceiling bench splits the work it times into two equal halves: if it did
not, its ratio would measure the split, not the machine."""

from __future__ import annotations

import sys

from alliancewatch.types import Article

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import parallel_ceiling  # noqa: E402


def article(doc: str, lang: str, n: int) -> Article:
    return Article(doc, doc, "x" * n, (), None, "2024-01-01", lang, None, "utf-8", "", "")


def test_halves_split_every_article_once_with_equal_characters() -> None:
    arts = [article(f"a{i}", "ja" if i % 3 else "en", 100 + 37 * i) for i in range(25)]
    one, two = parallel_ceiling.halves(arts)
    assert sorted(a.doc for a in one + two) == sorted(a.doc for a in arts)
    size = [sum(len(a.text) for a in part) for part in (one, two)]
    assert abs(size[0] - size[1]) <= max(len(a.text) for a in arts)
    for lang in ("ja", "en"):  # each part has its share of every language
        assert any(a.lang == lang for a in one) and any(a.lang == lang for a in two)
