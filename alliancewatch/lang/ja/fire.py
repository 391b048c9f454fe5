"""Japanese: fire told by the rounds discharged, with no target written, is a show of force.

200発以上の砲撃を行った, 延坪島北方で200発超の砲撃 (blind36 001, 009): shells fired into a
buffer zone or the sea, counted by the round, hit no one; the gold codes the shooter's MOBILIZE
(spec §2: a single-country exercise or build-up), not the ASSAULT that 砲撃 names when it has a
target (延坪島に170発の砲撃を加えた, 韓国軍陣地を砲撃した) or a harm told without a count
(北朝鮮軍の砲撃で兵士2人が死亡した).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Frame

FIRE = pattern("untargeted_fire_key")
ROUNDS = pattern("rounds_count")
# the roles that name what the fire is aimed at
AIMED = frozenset({"patient", "recipient", "target"})


def untargeted(frames: list[Frame]) -> list[Frame]:
    """ASSAULT frames of fire counted by the round with no target: MOBILIZE."""
    return [_retyped(f) for f in frames]


def _retyped(f: Frame) -> Frame:
    if f.event != "ASSAULT" or not FIRE.match(f.key):
        return f
    if any(a.role in AIMED and a.participant for a in f.arguments):
        return f
    if not any(a.role == "genitive" and ROUNDS.search(a.text) for a in f.arguments):
        return f
    return replace(f, event="MOBILIZE")
