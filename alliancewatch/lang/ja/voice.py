"""Japanese: a predicate's voice from its auxiliaries, and who does the event in each voice.

A passive (れる/られる) makes its subject the one the event is done to and its に/によって
phrase the doer (coding/roles.py, PASSIVE). Two passive forms are not passives of the event:
〜を余儀なくされる ("was forced to") and the causative passive 〜させられる ("was made to")
keep their subject as the one who does it (フランス軍はマリから撤退を余儀なくされた).

A clause telling where a passive's subject is (…にあるイラン大使館が空爆された) names no side.

A passive perception verb with a military asset for subject (中国軍機が…確認された) reports
that asset's deployment (MOBILIZE).

A visit verb whose goal is a sea or air area (接続水域に入り, 領空に入った: data pattern
`sea_area`) is no visit to a host but a deployment there (MOBILIZE).

A causative (せる/させる) makes its subject the causer, who has the event done, and its
causee the doer: the を-phrase, or the に-phrase when the event noun itself is the object
(3カ国はフランス軍を撤退させた, 政権はフランス軍に撤退を余儀なくさせた: France withdraws).
The causer keeps a role of its own ("causer"): the actor when the causee names no state
(北朝鮮は部隊を後退させた), and for a withdrawal the side it is withdrawn from. A change of
state (損傷, 発効: data pattern `change_of_state`) is the other causative: its を-phrase is
what changes, and the causer does the event, as in the active; so is a diplomat made to
leave (退去させる: data pattern `ordered_departure`), the causer's expulsion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.args import PASSIVE_AUX
from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument

CAUSATIVE_AUX = pattern("causative_aux")
FORCED = pattern("forced")
CHANGE_OF_STATE = pattern("change_of_state")
ORDERED_DEPARTURE = pattern("ordered_departure")
GIVING = pattern("giving_causee")
LOCATED = pattern("located")
SIGHTED = pattern("sighted")
ASSET = pattern("military_asset")
SEA_AREA = pattern("sea_area")


def _aux(g: Graph, p: int) -> list[str]:
    return [g.tokens[c].lemma for c in g.children[p] if g.tokens[c].dep == "aux"]


def forced(g: Graph, p: int) -> bool:
    """撤退を余儀なくされた / させた: p is governed by "be forced to"."""
    for c in g.children[p]:
        if c < p and g.tokens[c].pos not in NOMINAL:
            first = min(g.descendants(c))
            if FORCED.match(g.text[g.tokens[first].start : g.tokens[c].end]):
                return True
    return False


def passive(g: Graph, p: int) -> bool:
    """A passive of the event itself: not 余儀なくされる, not 〜させられる."""
    aux = _aux(g, p)
    return (
        any(a in PASSIVE_AUX for a in aux)
        and not any(CAUSATIVE_AUX.match(a) for a in aux)
        and not forced(g, p)
    )


def causative(g: Graph, p: int) -> bool:
    aux = _aux(g, p)
    return any(CAUSATIVE_AUX.match(a) for a in aux) and not any(a in PASSIVE_AUX for a in aux)


def _causee(g: Graph, p: int, i: int, key: str) -> int | None:
    """The を-phrase of p other than the event noun; else, when the event noun is p's
    object (撤退を余儀なくさせた), its に-phrase. A verb of handing a thing over (data pattern
    `giving_causee`) has the thing for its を-phrase, and the one made to hand it over in its
    single から- or に-phrase (基地をフランスから返還させた: France hands the base back)."""
    kids = [c for c in g.children[p] if c != i and c < p and g.tokens[c].pos in NOMINAL]
    obj = [c for c in kids if g.marker(c) == "を"]
    if obj and any(GIVING.match(w) for w in (key, g.tokens[p].lemma)):
        src = [c for c in kids if g.marker(c) in ("から", "に")]
        return src[0] if len(src) == 1 else None
    if obj:
        return obj[0]
    if i != p and g.marker(i) == "を":
        dat = [c for c in kids if g.marker(c) == "に"]
        return dat[0] if len(dat) == 1 else None
    return None


def causee_roles(g: Graph, p: int, i: int, key: str, args: list[Argument]) -> list[Argument]:
    """Arguments of a causative predicate p of event word `key` (token i) re-roled: the
    causee is the agent, the subjects found for p are the causer."""
    if not causative(g, p) or any(
        CHANGE_OF_STATE.match(w) or ORDERED_DEPARTURE.match(w) for w in (key, g.tokens[p].lemma)
    ):
        return args
    c = _causee(g, p, i, key)
    if c is None:
        return args
    s, e = phrase_span(g, c)
    if not any(a.start == s and a.end == e for a in args):
        return args
    out = []
    for a in args:
        if a.start == s and a.end == e:
            out.append(replace(a, role="agent", marker="causee"))
        elif a.role in ("agent", "topic"):
            out.append(replace(a, role="causer"))
        else:
            out.append(a)
    return out


def passive_setting(g: Graph, p: int, args: list[Argument]) -> list[Argument]:
    """シリアの首都ダマスカスにあるイラン大使館の領事部が空爆された: a clause telling where a
    passive's subject is (ある, 位置する: data pattern `located`) names no side of the event
    (closed: participant=False), whoever the unsaid doer is. Other clauses may name one
    (ウクライナ側に拘束されていた兵士が解放された: the captor releases them)."""
    out = []
    subjects = {(a.start, a.end) for a in args if a.role in ("agent", "topic")}
    for c in g.children[p]:
        s, e = phrase_span(g, c)
        if (s, e) not in subjects:
            continue
        first = g.tokens[min(g.descendants(c))].start
        if first < s and any(
            g.tokens[k].pos == "VERB" and LOCATED.match(g.tokens[k].lemma)
            for k in g.descendants(c)
            if k < c
        ):
            out.append(Argument("patient", g.text[first:s], first, s, "setting", False))
    return out


def voiced(
    g: Graph, p: int, i: int, trig: Trigger, voice: str, nominal: bool, args: list[Argument]
) -> list[Argument]:
    """The frame's arguments as its voice reads them: a causative's causee and causer (not
    for joint acts, whose sides all count alike), a passive's setting closed."""
    if not nominal and voice == "active" and trig.event not in SYMMETRIC:
        args = causee_roles(g, p, i, trig.key, args)
    if voice == "passive":
        args = args + passive_setting(g, p, args)
    return args


def undergone(
    g: Graph, p: int, args: list[Argument], flow: Callable[[int], list[Argument] | None]
) -> list[Argument] | None:
    """米国によるパキスタンへの援助が停止された, 米国の軍事援助が停止された: a measure verb
    in the passive whose subject is a flow of aid, trade or sales (an AID noun: `flow` gives
    its own phrases, or None for another noun) is told as the active would be: the flow's
    giver (its genitive or による-phrase) halts it, and whom the flow went to is the target.
    A thing owned (イランの資産が凍結された) keeps the passive's reading: its owner is the
    one acted on, and the doer is the によって-phrase. None: no such subject."""
    subjects = {(a.start, a.end): a for a in args if a.role in ("agent", "topic")}
    for c in g.children[p]:
        if c > p or g.marker(c) not in ("が", "は", "も") or g.tokens[c].pos not in NOMINAL:
            continue
        e = phrase_span(g, c)[1]
        own = flow(c)
        subject = next((a for k, a in subjects.items() if k[1] == e), None)
        if own is None or subject is None:
            continue
        givers = [
            replace(a, role="agent") for a in own if a.role in ("genitive", "agent_phrase", "agent")
        ]
        takers = [a for a in own if a.role == "recipient"]
        if not givers and not takers:
            return None
        rest = [
            a
            for a in args
            if a is not subject and not any(a.start == b.start and a.end == b.end for b in own)
        ]
        return rest + givers + takers + [replace(subject, role="patient", participant=False)]
    return None


def sighted(g: Graph, p: int, trig: Trigger) -> Trigger:
    """中国軍機153機が台湾周辺で確認された, 確認された中国軍機: a military asset (data pattern
    `military_asset`) that a passive perception verb (確認される: `sighted`) has for its
    subject, or modifies as a relative clause, is seen at work: its owner's deployment
    (MOBILIZE), not the verb's own reading (連携を確認した)."""
    if p >= len(g.tokens) or not SIGHTED.match(g.tokens[p].lemma) or not passive(g, p):
        return trig
    subjects = [c for c in g.children[p] if g.marker(c) in ("が", "は", "も")]
    h = g.head(p)
    if g.tokens[p].dep == "acl" and h is not None and h > p:
        subjects.append(h)
    for c in subjects:
        s, e = phrase_span(g, c)
        if g.tokens[c].pos in NOMINAL and ASSET.search(g.text[s:e]):
            return replace(trig, event="MOBILIZE", context=("military",), requires="")
    return trig


def entered(g: Graph, p: int, trig: Trigger) -> Trigger:
    """日本の接続水域に入った, 領空に入り: a visit word (入り: 平壌入り) whose に/へ goal is a
    sea or air area (data pattern `sea_area`) tells a force moving there, not a guest
    received by a host: MOBILIZE. The area's owner stays a recipient (its waters)."""
    if trig.event != "CONSULT" or p >= len(g.tokens):
        return trig
    for c in g.children[p]:
        if g.marker(c) in ("に", "へ", "にも") and g.tokens[c].pos in NOMINAL:
            s, e = phrase_span(g, c)
            if SEA_AREA.search(g.text[s:e]):
                return replace(trig, event="MOBILIZE", context=("military",), requires="")
    return trig
