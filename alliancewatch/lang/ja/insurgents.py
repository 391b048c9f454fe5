"""Strikes on non-state armed groups: the striker's own operation, not an attack on a state.

Spec §6 and the adjudicated gold (blind20 027, blind21 023, blind26 021/022): air strikes
or operations against a non-state group (「イスラム国」, アルカイダ, 武装勢力, 過激派) are
MOBILIZE of the striker alone when they are fought with the host state's consent. A sentence
shows that consent when the strike answers the host's request (アサド大統領の要請に応じ), when
the group is a transnational movement by name (シリア領内で…「イスラム国」の拠点に対する
精密攻撃), or when a group by a common noun is struck with no state written as the ground
(武装勢力の拠点を空爆). A group placed in another state's land (隣国イランの南東部にある
武装勢力の拠点) or struck where a state is written (レバノンの首都ベイルートで、武装組織の
拠点を空爆) stays an ASSAULT on that state (blind19 026, blind21 008).
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.venues import STATE_TAG
from alliancewatch.types import Argument

ARMED_GROUP = pattern("armed_group")
HOST_REQUEST = pattern("host_request")
GROUP_ABROAD = pattern("group_abroad")
NAMED_GROUP = pattern("named_group")
GROUP_DESCRIBED = pattern("group_described")
STRIKE_KEY = pattern("strike_key")
# a state's own request a few words after its name (イラク政府の要請に基づき): the state asks
ASKING = re.compile(r"^[^、。]{0,12}?(?:" + HOST_REQUEST.pattern + ")")
TARGET_ROLES = ("patient", "recipient", "target")


def _struck_abroad(g: Graph, a: Argument) -> bool:
    """Whether the target phrase, with the relative clause or genitive before it up to a
    comma or a locative で, places the group in a state's land (隣国イランの南東部にある武装勢力,
    パキスタン領内の過激派拠点); a state that only says whose group it is (イエメンのフーシ派),
    the 国 of the group's own name (「イスラム国」) and a place of the strike written apart
    (シリア領内で…拠点に対する) do not."""
    start = a.start
    while start > 0 and g.text[start - 1] not in "、。で「は" and a.start - start < 30:
        start -= 1
    text = g.text[start : a.end]
    spans = [(m.start() + start, m.end() + start) for m in ARMED_GROUP.finditer(text)]
    for t in g.tokens:
        if not start <= t.start < a.end or STATE_TAG not in t.tag:
            continue
        if not any(s <= t.start < e for s, e in spans) and GROUP_ABROAD.match(g.text[t.end :]):
            return True
    return False


def _state_written(g: Graph, before: int, args: list[Argument]) -> bool:
    """Whether a state other than a doer's or the target's is named before the trigger
    (レバノンの首都ベイルートで): the ground a strike on a group by a common noun hits."""
    kept = [(a.start, a.end) for a in args if a.role not in TARGET_ROLES]
    for a in args:  # …を制圧している武装組織: the clause on the group describes it
        if a.role in TARGET_ROLES:
            start = max(g.text.rfind("、", 0, a.start), g.text.rfind("。", 0, a.start)) + 1
            described = start < a.start and GROUP_DESCRIBED.search(g.text[start : a.start])
            kept.append((start if described else a.start, a.end))
    for t in g.tokens:
        if t.start >= before or STATE_TAG not in t.tag or ASKING.match(g.text[t.end :]):
            continue
        if not any(s <= t.start < e for s, e in kept):
            return True
    return False


def strikes_group(g: Graph, event: str, key: str, trigger: int, args: list[Argument]) -> bool:
    """An ASSAULT by a strike or an operation (key: 空爆, 精密攻撃) that hits a non-state group
    with the host's consent (see the module)."""
    if event != "ASSAULT" or not STRIKE_KEY.match(key):
        return False
    targets = [a for a in args if a.role in TARGET_ROLES and a.participant]
    groups = [a for a in targets if ARMED_GROUP.search(a.text)]
    if len(groups) != len(targets):
        return False
    if HOST_REQUEST.search(g.text):
        return True  # シリアで空爆開始　アサド大統領の要請に応じ: no target, or the group only
    if not groups or any(_struck_abroad(g, a) for a in groups):
        return False
    named = any(NAMED_GROUP.search(a.text) for a in groups)
    return named or not _state_written(g, trigger, args)
