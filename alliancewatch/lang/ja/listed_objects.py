"""Japanese: one statement about two or more acts listed as its object.

3首脳は北朝鮮の核・ミサイル開発と、ロシアによるウクライナ侵略を非難した: the leaders condemn
two acts of two doers, and the gold tells one accusation against each (PRK, RUS), not one
against both. A directed frame whose object is a list of acts joined by と/や, each with a
doer of its own written as its の- or による-phrase, becomes one frame per act, with that act
for object and its doer for the side the statement is about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.graph import LIST_MARKERS, NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lists import action_noun
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument, Frame, Sentence

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
    g = Graph(sentence.tokens, sentence.text)
    out: list[Frame] = []
    for f in frames:
        out += _apart(g, f, lambda k: event(g, k)) or [f]
    return out


def _apart(g: Graph, f: Frame, event: Callable[[int], bool]) -> list[Frame]:
    if f.event not in ABOUT_ACTS or f.event in SYMMETRIC or f.nominal:
        return []
    for obj in f.arguments:
        if obj.role != "patient":
            continue
        o = next((t.i for t in g.tokens if t.end == obj.end), None)
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
