"""Japanese: which side of a transfer gives and which receives, and phrases that describe a
party without being one.

Case frames the general argument step (participants.py) reads the other way round:

- an aid noun whose giver is written in a から-phrase and whose user is the clause's subject
  (政権が中国からの融資で建設した): the subject received it, as with 受ける;
- a reaction noun compounded with a state in a headline (ソマリア猛反発, 中国反論): the state
  reacts, it is not reacted to (対日反発 keeps its target), and the subject before it is
  whom it reacts to;
- a named organisation described by who leads it (ロシアと中国が主導する上海協力機構): the
  leaders are no other side of what the organisation does.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

DOER_COMPOUND = pattern("doer_compound_key")
LEAD_VERB = pattern("lead_verb")
GIVER_MARKERS = ("から", "からの")


def received_aid(
    g: Graph, i: int, event: str, voice: str, nominal: bool, args: list[Argument]
) -> str:
    """The voice of an aid noun: receptive when its giver is a から-phrase and the one who
    uses it is the subject (Xが中国からの融資で建設した, Xは日本からの援助で), unless a
    destination is written too (ロシアから北朝鮮への供与: the から-phrase is the giver of an
    active transfer)."""
    if event != "AID" or voice != "active" or not nominal:
        return voice
    roles = {a.role for a in args if a.participant}
    if "recipient" in roles or not roles & {"agent", "topic"}:
        return voice
    for a in args:
        k = g.covering(a.end - 1) if a.role == "source" and a.marker in GIVER_MARKERS else None
        if k is not None and g.head(k) == i:  # written on the noun itself
            return "receptive"
    return voice


def reacting_compound(key: str, compound: str) -> bool:
    """ソマリア猛反発, 中国反論: the state compounded on a reaction noun (patterns
    `doer_compound_key`) is who reacts; 対日反発 (対 + a state) names the target."""
    named = compound.removesuffix("猛")  # 台湾は猛反発: an intensifier alone names no one
    return bool(DOER_COMPOUND.match(key)) and bool(named) and not named.startswith("対")


def reacted_to(key: str, args: list[Argument]) -> list[Argument]:
    """サウジなど連合軍がイエメン空爆、イラン反発; エチオピア、…覚書　ソマリア猛反発: the
    subject or topic written before the reacting state (a compound read as the doer) did
    what it reacts to, its target."""
    starts = [
        a.start
        for a in args
        if a.role == "agent" and a.marker == "compound" and reacting_compound(key, a.text)
    ]
    if not starts:
        return args
    return [
        replace(a, role="recipient")
        if a.role in ("agent", "topic") and a.marker != "compound" and a.end <= starts[0]
        else a
        for a in args
    ]


def leaders_closed(g: Graph, args: list[Argument]) -> list[Argument]:
    """ロシアと中国が主導する上海協力機構(SCO)の首脳会議が…求める: a relative clause of a
    leading verb (patterns `lead_verb`) on a named organisation inside a party's phrase
    describes that organisation; the leaders it names are no side of the event (a common
    noun led, 米国が主導する有志連合, is left alone: the leader may be the doer)."""
    out = []
    # the sentence's relative clauses of leading, found once for all its frames
    leading = g.once(
        "lead_clauses", lambda: [t for t in g.tokens if t.dep == "acl" and LEAD_VERB.match(t.lemma)]
    )
    if not leading:
        return out
    for a in args:
        if not a.participant or a.role not in ("agent", "topic", "genitive", "agent_phrase"):
            continue
        for t in leading:
            h = t.head
            if h <= t.i or not (g.tokens[h].start < a.end and a.start <= g.tokens[h].end):
                continue
            named = range(g.chain(h)[0], h + 1)
            if not any("固有名詞" in g.tokens[k].tag or g.tokens[k].text.isascii() for k in named):
                continue
            first = min([t.i, *g.descendants(t.i)])
            s, e = g.tokens[first].start, t.end
            out.append(Argument("setting", g.text[s:e], s, e, "relative", participant=False))
    return out
