"""Japanese: places and memberships a sentence names that are no party to a frame's act.

A place written as where something else happens (パリで始まる会議にあわせて, 英国で起きた事件
を受け: the で-phrase of a relative clause of happening or holding), the scene a sentence
opens with (EUでは、フランスとドイツが…: its doers are written after it) and a membership
(NATOの同盟国, EU加盟国: a member, not the alliance) name no side of the act told around
them. Their spans are closed (kept as 'setting' arguments marked no participant) so the
shared coder neither codes them nor fills an unsaid side from them. So are (r16role) a
place name with で/での in another clause (シンガポールで協議し、…求めた) and a state
written with its city as a seat (オランダ・ハーグの仲裁裁判所); a goal that is a sea or the
area near a state's land (中国の島礁の12カイリ以内に派遣) is a place, not a receiver. Data:
patterns happening_verb, occasion_after, opening_scene, member_of (r15loc), place_goal,
seat_after (r16role). Used by non_parties.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

HAPPENING = pattern("happening_verb")
OPENING_SCENE = pattern("opening_scene")
MEMBER_OF = pattern("member_of")
PLACE_GOAL = pattern("place_goal")
HOST_GOAL = pattern("host_goal")
SEAT_AFTER = pattern("seat_after")
OCCASION_AFTER = pattern("occasion_after")
VENUE_BODY = pattern("venue_body")
SPACE = re.compile(r"[\s　]")
DOER_ROLES = ("agent", "topic", "genitive", "agent_phrase")
AT_PLACE = ("で", "での")
GOAL = ("に", "へ", "への", "にも")
PLACE_TAG = "固有名詞-地名"  # UniDic: a place name (a state, a city), not 日米 or 両国
STATE_TAG = "固有名詞-地名-国"  # UniDic: a state's name (リトアニア), not a city or a base


def outside(g: Graph, h: int, p: int, i: int) -> bool:
    """The clause or phrase headed by h holds neither the frame's predicate p nor its
    trigger i: what it names belongs to another act."""
    inside = g.subtree(h)
    return p not in inside and i not in inside


def happening_places(g: Graph, p: int, i: int) -> list[tuple[int, int]]:
    """パリで始まる国際会議にあわせて, 英国で起きた事件を受け: the place of a relative clause
    that tells where something happens or is held, when neither the frame's predicate p
    nor its trigger i is inside that clause."""
    out = []
    for k, h in _happening(g):
        if not outside(g, h, p, i):
            continue
        out.append(phrase_span(g, k))
        noun = g.head(h)
        if noun is not None and g.tokens[noun].pos in NOMINAL:
            ns, ne = phrase_span(g, noun)
            if OCCASION_AFTER.match(g.text[ne:]):  # …で始まる国連の会議にあわせて: the
                out.append((ns, ne))  # meeting held there is the occasion, no side either
    return out


def _happening(g: Graph) -> list[tuple[int, int]]:
    """The sentence's で-phrases k of a relative clause h of happening: the same for each
    of its frames, so found once."""

    def find() -> list[tuple[int, int]]:
        found = []
        for k, t in enumerate(g.tokens):
            h = g.head(k)
            if t.pos not in NOMINAL or g.marker(k) != "で" or h is None:
                continue
            v = g.tokens[h]
            if v.pos == "VERB" and v.dep == "acl" and HAPPENING.match(v.lemma):
                found.append((k, h))
        return found

    return g.once("happening", find)


def _places_at(g: Graph) -> list[tuple[int, tuple[int, int], bool]]:
    """The sentence's place phrases with で/での: (head they hang on, span, whether every
    noun of the span is a place name); found once for all the sentence's frames."""

    def find() -> list[tuple[int, tuple[int, int], bool]]:
        found = []
        for k, t in enumerate(g.tokens):
            h = g.head(k)
            if h is None or g.marker(k) not in AT_PLACE or PLACE_TAG not in t.tag:
                continue
            s, e = phrase_span(g, k)
            named = all(
                PLACE_TAG in u.tag for u in g.tokens if s <= u.start < e and u.pos in NOMINAL
            )
            found.append((h, (s, e), named))
        return found

    return g.once("places_at", find)


def clause_places(g: Graph, p: int, i: int) -> list[tuple[int, int]]:
    """シンガポールでインド側と協議し、協力を求めた, シンガポールでの首脳会談で署名した: a
    place name with で/での that belongs to another clause or noun than the frame's own
    predicate p and trigger i is where that other act happened, no side of this one (a
    relative clause inside p's own phrase may name its addressee: 中国で拘束されている邦人
    の解放を求めた). A place name only (a 地名 proper noun): 日米で連携し names doers."""
    out = []
    for h, span, named in _places_at(g):
        if not outside(g, h, p, i):
            continue
        if g.tokens[h].dep == "acl" and h in g.subtree(p):
            continue  # 中国で拘束されている邦人の解放を求めた: a clause inside p's own phrase
        if named:
            out.append(span)
    return out


def seats(g: Graph) -> list[tuple[int, int]]:
    """オランダ・ハーグの仲裁裁判所, スイス・ジュネーブで協議: a state written with its city
    (joined by ・) as the seat of a court or body or where a meeting sits is a place, no
    party; the court or body after it stays (data pattern seat_after)."""
    out = []
    for k in range(len(g.tokens) - 2):
        state, dot, city = g.tokens[k : k + 3]
        if (
            "地名-国" in state.tag
            and dot.text == "・"
            and "地名-一般" in city.tag
            and SEAT_AFTER.match(g.text[city.end :])
        ):
            out.append((state.start, city.end))
    return out


def off_seats(g: Graph, args: list[Argument], spans: list[tuple[int, int]]) -> list[Argument]:
    """オランダ・ハーグの仲裁裁判所が: an argument opening with a seat is the body after it
    (仲裁裁判所), the seat and its の cut off."""
    out = []
    for a in args:
        cut = next((e for s, e in spans if a.start == s and e < a.end), None)
        if cut is not None:
            cut = min(cut + 1 if g.text[cut] == "の" else cut, a.end)
            a = replace(a, text=g.text[cut : a.end], start=cut)
        out.append(a)
    return out


def place_goals(args: list[Argument]) -> list[Argument]:
    """中国の島礁の12カイリ以内に艦艇を派遣: a goal that is a sea, an air space or the area
    near a state's land (data pattern place_goal) is a place the force moves to, not a
    receiver; for a trigger with a place_event (派遣 -> MOBILIZE) the owner is no side."""
    return [
        replace(a, participant=False)
        if a.role == "recipient" and a.marker in GOAL and PLACE_GOAL.search(a.text)
        else a
        for a in args
    ]


def names_host(g: Graph, args: list[Argument]) -> bool:
    """リトアニアのシャウレイ空軍基地に配備された: a に/へ-goal that names a state, its own
    or as the modifier of a place (not a sea or the area near a land: place_goal), is
    the host the force is sent to, in the passive too (blind20 025; a place written with
    no state, 国境地帯に配備された, stays a place: blind6, blind12 007); nor is a unit of
    a state (…海兵隊の部隊に: data pattern host_goal)."""
    for a in args:
        if a.role != "recipient" or not a.participant or a.marker not in GOAL:
            continue
        toks = [t for t in g.tokens if a.start <= t.start < a.end]
        if not toks or PLACE_GOAL.search(a.text) or not any(STATE_TAG in t.tag for t in toks):
            continue
        if STATE_TAG in toks[-1].tag or HOST_GOAL.search(a.text):
            return True  # ベラルーシに, …の空軍基地に; not …の部隊に (a unit, no place)
    return False


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


def body_venues(g: Graph, p: int, i: int, args: list[Argument]) -> list[tuple[int, int]]:
    """国連で署名が始まったが、インドは拒否した, 大統領が国連本部で署名した: the world body or a
    seat written with で/での (data pattern venue_body) is where an act is done, no side of
    the frame when it belongs to another clause, names a seat (本部) or the frame has its
    own doer written; with none (安保理で決議が採択された) the body may be the doer."""
    out = []
    doer = any(a.role in DOER_ROLES and a.participant for a in args)
    for k, t in enumerate(g.tokens):
        h = g.head(k)
        if h is None or t.pos not in NOMINAL or g.marker(k) not in AT_PLACE:
            continue
        s, e = phrase_span(g, k)
        s += max(g.text[s:e].rfind(c) for c in "、 　") + 1  # a headline's CTBT、国連で
        if not VENUE_BODY.match(g.text[s:e]):
            continue
        # a headline's segments (国連で署名開始　…インドは拒否) tell acts apart
        at = g.tokens[i]
        apart = bool(SPACE.search(g.text[min(e, at.end) : max(s, at.start)]))
        if outside(g, h, p, i) or doer or apart or g.text[s:e].endswith(("本部", "議場")):
            out.append((s, e))
    return out
