"""Round 10 (r10act2): a bare 外務省 is Japan's only in a story that names Japan.

In the Japanese press a bare 外務省 is Japan's foreign ministry, but a foreign story (a
foreign minister summoning an envoy to the ministry, a foreign agency's report of its own
ministry's spokesman) writes its own state's ministry bare too. The alias is anaphoric
(data/actors.tsv): it stands for Japan only where the story names Japan otherwise.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from .test_coder import brief, code

pytestmark = pytest.mark.model


def test_ministry_of_a_foreign_story_is_not_japans():
    ms = code("ノルウェーのエイデ外相は3日、ロシアの大使を外務省に呼び出し、抗議した。")
    assert not any("JPN" in b[1] + b[2] for b in map(brief, ms))


def test_bare_ministry_stays_japans_where_japan_is_named():
    ms = code("日本政府は中国の海洋調査に懸念を示した。", "外務省は中国の大使を呼び出し、抗議した。")
    assert ("ACCUSE", ("JPN",), ("CHN",)) in [brief(m) for m in ms]
