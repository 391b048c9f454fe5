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


def test_bare_ministry_is_japans_only_where_japan_is_named():
    ms = code("ノルウェーのエイデ外相は3日、ロシアの大使を外務省に呼び出し、抗議した。")
    assert not any("JPN" in b[1] + b[2] for b in map(brief, ms))
    # where the story names Japan, the bare ministry is still Japan's
    ms = code(
        "日本政府は中国の海洋調査に懸念を示した。", "外務省は中国の大使を呼び出し、抗議した。"
    )
    assert ("ACCUSE", ("JPN",), ("CHN",)) in [brief(m) for m in ms]


def test_leader_named_without_a_state_stands_for_it():
    (m,) = code("ハンガリーの首都で、オルバン首相はイスラエルの首相と会談した。")
    assert set(brief(m)[1] + brief(m)[2]) == {"HUN", "ISR"}
    (n,) = code("ファイ大統領は11日、フランスに部隊の撤収を求めた。")
    assert brief(n) == ("REQUEST", ("SEN",), ("FRA",))
    # a name that is also a place (ムリノ演習場) stands for its state only with the title
    ms = code("ロシア軍はムリノ演習場で大規模な演習を行った。")
    assert not any("PAN" in brief(m)[1] + brief(m)[2] for m in ms)
