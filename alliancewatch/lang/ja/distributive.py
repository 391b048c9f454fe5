"""Japanese: distributive adverbs over a list of partners (XはY、Zとそれぞれ会談した).

それぞれ, 個別に and their kin (data/distributive.tsv) say that one doer did the act with or
to each listed state apart: two talks X–Y and X–Z, not one meeting of three. A frame whose
other side is such a list, with the adverb on its own predicate, becomes one frame per
member that names someone (a proper noun). The doers' side is never split: a list of doers
with それぞれ (AとBはそれぞれ声明を出した) is one party set acting alike (spec §1: compounds are
lists).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import LIST_MARKERS, Graph
from alliancewatch.lang.ja.lexicon import words
from alliancewatch.types import Argument, Frame, Sentence

EACH = frozenset(words("distributive"))
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
    g = Graph(sentence.tokens, sentence.text)
    out = []
    for f in frames:
        out += _split(g, f) or [f]
    return out


def _split(g: Graph, f: Frame) -> list[Frame]:
    """One frame per member of the listed other side, when an adverb of EACH hangs on the
    trigger or on the light verb that carries it and follows that list."""
    at = next((t.i for t in g.tokens if t.start < f.end <= t.end), None)
    if at is None:
        return []
    on = {at, g.head(at)}
    adverbs = [t for t in g.tokens if _each(g, t.i) and g.head(t.i) in on]
    if not adverbs:
        return []
    for a in f.arguments:
        if a.role not in OTHER_SIDE or not a.participant or a.end > adverbs[0].start:
            continue
        members = _members(g, a)
        if len(members) >= 2:
            rest = [b for b in f.arguments if b is not a]
            return [replace(f, arguments=(*rest, m)) for m in members]
    return []


def _members(g: Graph, a: Argument) -> list[Argument]:
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
