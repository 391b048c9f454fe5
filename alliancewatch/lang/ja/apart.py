"""Japanese: one frame told apart into one per party.

Two constructions tell several acts in one predicate. A distributive adverb (それぞれ, 個別に:
data/distributive.tsv) over a list of partners says that one doer did the act with or to each
apart: XはY、Zとそれぞれ会談した is two talks X–Y and X–Z, not one meeting of three; the doers'
side is never split (AとBはそれぞれ声明を出した is one party set acting alike, spec §1:
compounds are lists). A statement whose object lists acts of different doers
(3首脳は北朝鮮の核・ミサイル開発と、ロシアによるウクライナ侵略を非難した) is one accusation
against each doer (PRK, RUS), not one against both: the gold tells them apart. A visit told
after the stops before it on the same trip (フランス、イタリアに続いて英国を訪れた) tells a
visit to each of them too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.graph import LIST_MARKERS, NOMINAL, Graph, graph_of, phrase_span
from alliancewatch.lang.ja.lexicon import pattern, words
from alliancewatch.lang.ja.lists import action_noun
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument, Frame, Sentence

EACH = frozenset(words("distributive"))
VISIT = pattern("visit_key")
FOLLOWING = pattern("following_stop")
# the roles of the other side of an act, which the adverb distributes over
OTHER_SIDE = frozenset({"comitative", "recipient", "patient"})


def _each(g: Graph, k: int) -> bool:
    """Token k is a distributive adverb, alone (それぞれ) or with its particle (個別に)."""
    t = g.tokens[k]
    after = g.tokens[k + 1].text if k + 1 < len(g.tokens) else ""
    return t.text in EACH or t.lemma in EACH or t.text + after in EACH


def each_apart(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """Frames with a distributive adverb on their predicate, one per listed partner."""
    if not any(w in sentence.text for w in EACH):
        return frames
    return split_each(sentence, frames, _split)


def split_each(
    sentence: Sentence, frames: list[Frame], split: Callable[[Graph, Frame], list[Frame]]
) -> list[Frame]:
    """Each frame replaced by the parts `split` makes of it, or kept when it makes none;
    callers first test cheaply that some frame may split, so the graph is built only then."""
    g = graph_of(sentence)
    return [part for f in frames for part in split(g, f) or [f]]


def _split(g: Graph, f: Frame) -> list[Frame]:
    """One frame per member of the listed other side, when an adverb of EACH hangs on the
    trigger or on the light verb that carries it and follows that list."""
    at = g.covering(f.end - 1)
    if at is None:
        return []
    on = {at, g.head(at)}
    adverbs = [t for t in g.tokens if _each(g, t.i) and g.head(t.i) in on]
    if not adverbs:
        return []
    return _one_each(g, f, adverbs[0].start)


def _one_each(g: Graph, f: Frame, before: int | None = None) -> list[Frame]:
    """`f` once per member of its first other-side party that lists two or more states
    (written before `before`, when given); [] when there is none."""
    for a in f.arguments:
        if a.role not in OTHER_SIDE or not a.participant:
            continue
        if before is not None and a.end > before:
            continue
        members = members_of(g, a)
        if len(members) >= 2:
            rest = [b for b in f.arguments if b is not a]
            return [replace(f, arguments=(*rest, m)) for m in members]
    return []


def members_of(g: Graph, a: Argument) -> list[Argument]:
    """The members of a listed phrase that name someone: its parts between 、, 及び/並びに
    and the listing particles, each holding a proper noun (not 17日、 the parser took in)."""
    inside = [t for t in g.tokens if a.start <= t.start and t.end <= a.end]
    parts: list[list] = [[]]
    for t in inside:
        if t.text == "、" or t.pos == "CCONJ" or (t.text in LIST_MARKERS and t.dep == "case"):
            parts.append([])
        else:
            parts[-1].append(t)
    return [
        replace(a, text=g.text[p[0].start : p[-1].end], start=p[0].start, end=p[-1].end)
        for p in parts
        if p and any(t.pos == "PROPN" for t in p)
    ]


# the types about what another did (condemned, demanded, rejected the acts), not done
# to a place or with a partner
ABOUT_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
BY = ("による", "によって")


def apart_by_object(
    sentence: Sentence, frames: list[Frame], event: Callable[[Graph, int], bool]
) -> list[Frame]:
    """Frames about a list of acts of different doers, one per act (`event`: whether a
    token is an event noun of the lexicon)."""
    if not any(f.event in ABOUT_ACTS and not f.nominal for f in frames):
        return frames
    return split_each(sentence, frames, lambda g, f: _apart(g, f, lambda k: event(g, k)))


def _apart(g: Graph, f: Frame, event: Callable[[int], bool]) -> list[Frame]:
    if f.event not in ABOUT_ACTS or f.event in SYMMETRIC or f.nominal:
        return []
    for obj in f.arguments:
        if obj.role != "patient":
            continue
        o = g.ending_at(obj.end)
        if o is None or not action_noun(g, o, event):
            return []
        members = [
            c
            for c in g.children[o]
            if c < o and g.marker(c) in LIST_MARKERS and action_noun(g, c, event)
        ]
        if not members:
            return []
        # the last act's own phrase starts after the last member's particle and comma
        k = max(members) + 1
        while k < o and (g.tokens[k].text in ("、", *LIST_MARKERS) or g.tokens[k].dep == "case"):
            k += 1
        parts = [(*phrase_span(g, c), c) for c in members] + [(g.tokens[k].start, obj.end, o)]
        sides = [_doers(g, head, s, e) for s, e, head in parts]
        if sum(1 for d in sides if d) < 2:
            return []
        rest = [a for a in f.arguments if not (obj.start <= a.start and a.end <= obj.end)]
        return [
            replace(f, arguments=(*rest, replace(obj, text=g.text[s:e], start=s, end=e), *d))
            for (s, e, _), d in zip(parts, sides, strict=True)
            if d
        ]
    return []


def _doers(g: Graph, head: int, start: int, end: int) -> list[Argument]:
    """The doers written on an act that name someone: its own の-phrase (北朝鮮の発射), or a
    による-phrase anywhere in its phrase (ロシアによる民間施設への攻撃: hung on 施設)."""
    out = []
    for c, t in enumerate(g.tokens):
        if not start <= t.start < end or c > head or t.pos not in NOMINAL:
            continue
        m = g.marker(c)
        if m in BY or (m == "の" and g.head(c) == head):
            s, e = phrase_span(g, c)
            if any(u.pos == "PROPN" for u in g.tokens if s <= u.start and u.end <= e):
                out.append(Argument("content_agent", g.text[s:e], s, e, m))
    return out


def visits_before(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """A visit verb with a に続いて phrase (data patterns visit_key, following_stop): one more
    visit, with the same visitor, to each state listed there (blind4 北朝鮮に続いてベトナムを
    訪れた; a date or an ordinal, 4日に続き, names no stop)."""
    if not any(VISIT.match(f.key) and f.event == "CONSULT" for f in frames):
        return frames
    g = graph_of(sentence)
    out = list(frames)
    for f in frames:
        at = g.covering(f.end - 1)
        if at is None or f.nominal or not VISIT.match(f.key) or f.event != "CONSULT":
            continue
        for c in g.children[at]:
            if c > at or not FOLLOWING.match(g.tokens[c].text):
                continue
            stops = [k for k in g.children[c] if k < c and g.marker(k) == "に"]
            rest = tuple(a for a in f.arguments if a.role not in OTHER_SIDE)
            if not stops or len(rest) == len(f.arguments):
                continue
            s, e = phrase_span(g, stops[0])
            s = min(s, g.tokens[min(g.descendants(stops[0]))].start)  # フランス、イタリア
            for m in members_of(g, Argument("patient", g.text[s:e], s, e, "に")):
                last = g.ending_at(m.end)  # a place named, not 北京での会談に続いて
                if last is not None and g.tokens[last].pos == "PROPN":
                    out.append(replace(f, arguments=(*rest, m)))
    return out


def tour_apart(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """A visit to a list of states (ジャカルタやバンコクを訪れた, トルコ、サウジアラビア、オマーンを
    回る: data pattern visit_key) is one visit to each, visitor→host (ruling 28: a tour is
    one CONSULT per state visited); the visitors' side is never split (日韓両大臣のハワイ訪問)."""
    if not any(VISIT.match(f.key) and f.event == "CONSULT" for f in frames):
        return frames
    return split_each(sentence, frames, _tour)


def _tour(g: Graph, f: Frame) -> list[Frame]:
    if not VISIT.match(f.key) or f.event != "CONSULT":
        return []
    return _one_each(g, f)
