"""Japanese: places and memberships a sentence names that are no party to a frame's act.

A place written as where something else happens (パリで始まる会議にあわせて, 英国で起きた事件
を受け: the で-phrase of a relative clause of happening or holding), the scene a sentence
opens with (EUでは、フランスとドイツが…: its doers are written after it) and a membership
(NATOの同盟国, EU加盟国: a member, not the alliance) name no side of the act told around
them. Their spans are closed (kept as 'setting' arguments marked no participant) so the
shared coder neither codes them nor fills an unsaid side from them. Data: patterns
happening_verb, occasion_after, opening_scene, member_of (r15loc). Used by non_parties.py.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

HAPPENING = pattern("happening_verb")
OPENING_SCENE = pattern("opening_scene")
MEMBER_OF = pattern("member_of")
OCCASION_AFTER = pattern("occasion_after")
DOER_ROLES = ("agent", "topic", "genitive", "agent_phrase")


def happening_places(g: Graph, p: int, i: int) -> list[tuple[int, int]]:
    """パリで始まる国際会議にあわせて, 英国で起きた事件を受け: the place of a relative clause
    that tells where something happens or is held, when neither the frame's predicate p
    nor its trigger i is inside that clause."""
    out = []
    for k, t in enumerate(g.tokens):
        h = g.head(k)
        if t.pos not in NOMINAL or g.marker(k) != "で" or h is None:
            continue
        v = g.tokens[h]
        if v.pos != "VERB" or v.dep != "acl" or not HAPPENING.match(v.lemma):
            continue
        inside = set(g.descendants(h)) | {h}
        if p in inside or i in inside:
            continue
        out.append(phrase_span(g, k))
        noun = g.head(h)
        if noun is not None and g.tokens[noun].pos in NOMINAL:
            ns, ne = phrase_span(g, noun)
            if OCCASION_AFTER.match(g.text[ne:]):  # …で始まる国連の会議にあわせて: the
                out.append((ns, ne))  # meeting held there is the occasion, no side either
    return out


def opening_scene(g: Graph, args: list[Argument]) -> list[tuple[int, int]]:
    """EUでは、フランスとドイツが…追放を決めた: the scene a sentence opens with, when the
    frame's doer is written after it."""
    m = OPENING_SCENE.match(g.text)
    if not m:
        return []
    s, e = m.span("scene")
    if any(a.role in DOER_ROLES and a.start >= m.end() for a in args):
        return [(s, e)]
    return []


def memberships(g: Graph, args: list[Argument]) -> list[tuple[int, int]]:
    """制裁をNATOの同盟国に発動, EU加盟国でも…は追放を見送った: the alliance named only as
    what its member belongs to is no side (unless the phrase is the act's doer)."""
    out = []
    for m in MEMBER_OF.finditer(g.text):
        s, e = m.span()  # the alliance and the member word: an argument that is just
        # this phrase (NATOの同盟国に) is closed, one naming the member after it is not
        if any(a.role in DOER_ROLES and a.start <= s and e <= a.end for a in args):
            continue
        out.append((s, e))
    return out
