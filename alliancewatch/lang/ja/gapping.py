"""Japanese: acts a coordinated clause leaves half unsaid (gapping and も-coordination).

Two constructions share one act between parties that the verb grammar hands one frame:

- Gapping: parallel には…を phrases before one verb (北朝鮮には核開発の凍結を、米韓には演習の
  凍結を求めた) tell one act per addressee, each with its own object: the verb is written once
  and the first pair's verb is gapped. One frame with all the addressees as one party set
  would be an act on a group that the sentence never names as one. A distributive それぞれ
  after them spreads the act over those phrases (…米韓には…を、それぞれ求めた: the US and
  South Korea are one addressee), not over the members of one of them (apart.py).
- The additive も (英も懸念, 米国も非難した): a later clause or headline segment whose doer is
  marked も and whose other side is unsaid repeats an act of the same type told before it in
  the sentence, with the new doer: the も says "X too did it", so the other side is the one
  of the act it adds to (中国、北朝鮮の発射に懸念　英も懸念: Britain's concern is about the
  launch too).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.apart import OTHER_SIDE  # partner, addressee, object
from alliancewatch.types import Argument, Frame, Sentence

# the roles of the one who does it
DOER = frozenset({"agent", "topic"})
# the additive particle on a doer: X too
ALSO = ("も",)


def _addressee(a: Argument) -> bool:
    """A に-phrase naming a participant (北朝鮮には, 米韓に対しては)."""
    return a.role == "recipient" and a.participant and a.marker.startswith("に")


def _object(a: Argument) -> bool:
    return a.role == "patient" and a.marker.startswith("を")


def gapped(f: Frame) -> list[Frame]:
    """A frame whose addressees each come with their own を-object, one per addressee;
    none when it has no such parallel phrases."""
    heads = sorted((a for a in f.arguments if _addressee(a)), key=lambda a: a.start)
    if len(heads) < 2 or heads[-1].end > f.start:
        return []
    bounds = [h.start for h in heads] + [f.start]
    objects = [a for a in f.arguments if _object(a)]
    # each addressee is followed by its own object before the next one: a parallel pair (an
    # object's end places it: its start may have been moved back to the doer of its act)
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if not any(lo < o.end <= hi for o in objects):
            return []
    shared = tuple(a for a in f.arguments if a.end <= heads[0].start or a.start >= f.start)
    return [
        replace(
            f,
            arguments=(*shared, *(a for a in f.arguments if lo < a.end <= hi)),
        )
        for lo, hi in zip(bounds, bounds[1:], strict=False)
    ]


def also_shared(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """Frames whose doer is marked も and whose other side is unsaid take the other side of
    the last act of the same type told before that doer in the sentence."""
    if not any(m in sentence.text for m in ALSO):
        return frames
    out = []
    for f in frames:
        doers = [a for a in f.arguments if a.role in DOER and a.participant]
        if (
            len(doers) != 1
            or doers[0].marker not in ALSO
            or any(a.role in OTHER_SIDE and a.participant for a in f.arguments)
        ):
            out.append(f)
            continue
        doer = doers[0]
        before = [
            e
            for e in frames
            if e.event == f.event
            and e.end <= doer.start
            and any(a.role in OTHER_SIDE and a.end <= doer.start for a in e.arguments)
        ]
        if not before:
            out.append(f)
            continue
        last = max(before, key=lambda e: e.start)
        other = [a for a in last.arguments if a.role in OTHER_SIDE and a.end <= doer.start]
        # the doers of an act the other side names (北朝鮮の発射に懸念: 北朝鮮), kept inside it
        other += [
            replace(a, text=a.text[o.start - a.start :], start=o.start) if a.start < o.start else a
            for a in last.arguments
            if a.role == "content_agent"
            for o in other
            if o.start < a.end <= o.end
        ]
        out.append(replace(f, arguments=(*f.arguments, *other)))
    return out
