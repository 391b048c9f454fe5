"""Japanese: a benefit a side wishes to receive from another is its request to that side.

キューバの協力を得たい旨述べた (blind39 010) tells no cooperation and no pledge: the speaker
wants the other side's help, so it asks for it, a REQUEST from the receiver to the giver. A
receptive frame (得る, 取り付ける, 受ける: the giver is the genitive or the から-phrase) of a
benefit (`wished_benefit`: cooperation, support, aid) whose own ending is the desiderative
〜たい (`pledge_wish`) is read so; a benefit won (協力を得て迎撃した) or hoped for by another
(…の協力を得たいとの見方) keeps its reading.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Frame

WISH = pattern("pledge_wish")
BENEFIT = pattern("wished_benefit")
GIVER_ROLES = frozenset({"genitive", "source"})


def wished(frames: list[Frame]) -> list[Frame]:
    """Each receptive frame of a benefit wished for, as the receiver's REQUEST to the giver."""
    return [_asked(f) for f in frames]


def _asked(f: Frame) -> Frame:
    if f.voice != "receptive" or not BENEFIT.match(f.event):
        return f
    wish = [c for c in f.cues if c.label == "planned" and c.kind == "tail" and WISH.search(c.text)]
    if not wish or len(wish) != len(f.cues):
        return f  # 得たいとの見方, 得たいとは考えていない: not the doer's own plain wish
    givers = [a for a in f.arguments if a.role in GIVER_ROLES and a.participant]
    if not givers:
        return f
    args = tuple(replace(a, role="recipient") if a in givers else a for a in f.arguments)
    return replace(f, event="REQUEST", voice="active", arguments=args, cues=(), mode=(), context=())
