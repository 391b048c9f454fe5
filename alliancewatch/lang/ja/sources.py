"""Japanese: a news source credited by the layout of a story rather than by a verb.

Two layouts credit a source for everything a line tells (spec §6, "a news organisation
credited in the sentence"): a wire dateline that names the agency the text comes from
(【平壌6月20日発朝鮮中央通信】…会談が行われた), and a headline ending in its source set off
by a space (北朝鮮、ロシアに特殊部隊派遣　韓国国情院) or a foreign agency's tag in parentheses
(…断固非難（タス）). A source only credits a line that names no speaker of its own (a title's
tag credits its speech act too), so the frame builder (frames.py) asks here last. Kyodo's own
dateline (【ソウル共同】) names the publisher's wire, no other source; a foreign agency is
named with or without 発 (【ミンスク5月25日タス】, 【新華社北京3月10日】).
"""

from __future__ import annotations

from collections.abc import Callable

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

DATELINE = pattern("dateline_source")
HEADLINE_SOURCE = pattern("headline_source")
# the named groups a dateline may give its agency in: after 発, after the day, before the
# place (【新華社北京3月10日】), after a place alone (【ソウル聯合ニュース】)
WHO = ("who", "wire", "lead", "seoul", "tag")


def credited_source(
    text: str, is_headline: bool, speaks: Callable[[], bool], said: bool = False
) -> tuple[Argument | None, str | None]:
    """The source a dateline or (in a headline) a trailing source credits, with its cue.
    None when the line has a speech verb of its own (`speaks`, asked only once a source is
    found: it walks the whole sentence), unless the source's own verb of report is that verb
    or a title's tag in parentheses credits its speech act (`said`):
    【平壌…発朝鮮中央通信】外務省スポークスマンは…演習を糾弾した tells what the spokesman
    says, the drill his topic."""
    m = DATELINE.match(text)
    cue = "発"
    if m is None and is_headline:
        m, cue = HEADLINE_SOURCE.search(text.rstrip()), "　"
    if m is None:
        return None, None
    k = next(k for k in WHO if m.groupdict().get(k))
    # …自衛反撃　新華社が報道: the source's own verb of report; …断固非難（タス）: the tag
    # credits the title's speech act (blind20 p1 conv 4), not an attack named inside it
    if not m.groupdict().get("rep") and speaks() and not (k == "tag" and said):
        return None, None
    s, e = m.span(k)
    cue = cue if k == "who" else "（）" if k == "tag" else "【】"  # 【ミンスク5月25日タス】: no 発
    return Argument("speaker", text[s:e], s, e, cue), cue
