"""Japanese: a force's mission abroad ended is its withdrawal from the state it worked in.

イラクでの空輸支援活動を終了した (blind37 007) tells a RETREAT (object_types.tsv: 終了 of a
任務 or 活動) whose other side is written only as the place of the mission, a での-phrase that
the coder keeps as a non-party setting (non_parties.py: a place, not a side). For a withdrawal
that place is the side withdrawn from, as イラクから撤収した names it with から. When the
mission itself is the subject (空自のイラク空輸任務が終了), the state compounded in it is that
place and the の-phrase before it the force withdrawing.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame, Sentence

ENDING = pattern("mission_end_key")
MISSION = pattern("mission_noun")
OWNER = pattern("mission_owner")


def mission_place(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """RETREAT frames of a mission ended, with the mission's place as their recipient when no
    other side is written."""
    return [_placed(sentence.text, f) for f in frames]


def _placed(text: str, f: Frame) -> Frame:
    if f.event != "RETREAT" or not ENDING.match(f.key):
        return f
    subject = next((a for a in f.arguments if a.role == "agent" and MISSION.search(a.text)), None)
    if subject is not None:  # 空自のイラク空輸任務が終了: the mission, not its doer
        rest = [a for a in f.arguments if a is not subject]
        owner = OWNER.search(text[: subject.start])
        doer = (
            [Argument("agent", owner["who"], owner.start("who"), owner.end("who"), "の")]
            if owner
            else []
        )
        return replace(f, arguments=(*rest, *doer, replace(subject, role="recipient")))
    if any(a.role in ("recipient", "source") and a.participant for a in f.arguments):
        return f
    args = tuple(
        replace(a, role="recipient", participant=True) if a.role == "setting" else a
        for a in f.arguments
    )
    return replace(f, arguments=args)
