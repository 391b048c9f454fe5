"""Round 22 (r22gov): a bare 政府 is the state the story identifies (spec §6 "A bare 政府").

A story that names Japan otherwise (官房長官, 首相, a Japanese ministry, 日本) makes its bare
政府 Japan's; a foreign story (a foreign opposition criticising its own government, foreign
press quoting a 政府高官) leaves it unresolved instead of reading Japan.
"""

from __future__ import annotations

from .test_coder import HOME, briefs


def _states(found: list[tuple]) -> set[str]:
    return {c for b in found for side in b[1:3] for c in side}


def test_a_foreign_story_leaves_its_bare_government_unresolved() -> None:
    found = briefs("ブラジルの野党は、政府が米国に抗議したことを批判した。")
    assert "JPN" not in _states(found)
    found = briefs("米紙によると、政府高官はイランに対し強く警告した。")
    assert "JPN" not in _states(found)
    # the same act in a story naming Japan's office holder is Japan's
    assert briefs(HOME, "政府は米国に抗議した。") == [("ACCUSE", ("JPN",), ("USA",))]


def test_a_story_naming_japan_makes_its_bare_government_japans() -> None:
    text = "政府は北朝鮮に対し、厳重に抗議した。"
    assert ("ACCUSE", ("JPN",), ("PRK",)) not in briefs(text)
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs("防衛省は発射を確認した。", text)
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs("日本の排他的経済水域に落下した。", text)
    assert ("ACCUSE", ("JPN",), ("PRK",)) in briefs(HOME, text)
