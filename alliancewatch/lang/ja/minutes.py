"""Japanese: who speaks in the foreign ministry's minutes (会談概要), written with から、.

The minutes write each side's turn as a から-phrase set off by a comma (岩屋大臣から、…旨
述べました; patterns.tsv minutes_speaker). It opens the sentence, after a bullet or an item
number, or a later clause after a continuative verb (両首脳は、…意見交換を行い、安倍総理から、
…よう求めました): the turn starts there. The speaker is the subject of the turn's predicates
that write none of their own, the speech verb (…旨述べました) and the speaker's own acts
alike (…に深刻な懸念を表明し、…控えるよう求めました), and the parser hangs the phrase
anywhere, so it is found by its place in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

MINUTES = pattern("minutes_speaker")
CLAUSE_VERB = ("VERB", "AUX")  # what ends a continuative clause before a later turn (行い、)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the speaker's name (start, end) and where the turn's words begin."""

    start: int
    end: int
    opens: int


def turns(g: Graph) -> list[Turn]:
    """The turns a sentence of minutes opens: at its head, and after each continuative
    clause ending in a verb and a comma (…を行い、安倍総理から、)."""
    starts = [0] + [
        t.end + 1
        for k, t in enumerate(g.tokens)
        if t.pos in CLAUSE_VERB
        and g.text[t.end : t.end + 1] == "、"
        and k + 1 < len(g.tokens)
        and g.tokens[k + 1].pos not in CLAUSE_VERB
    ]
    out: list[Turn] = []
    for at in starts:
        m = MINUTES.match(g.text[at:])
        if m is not None:
            out.append(Turn(at + m.start("who"), at + m.end("who"), at + m.end()))
    return out


def turn_before(g: Graph, at: int) -> Turn | None:
    """The last turn whose speaker is written before character offset at."""
    found = [t for t in turns(g) if t.end <= at]
    return found[-1] if found else None


def speaker_of(g: Graph, turn: Turn, role: str = "agent") -> Argument | None:
    """The turn's speaker as an argument with marker から (a name ending in a noun)."""
    k = g.ending_at(turn.end)
    if k is None or g.tokens[k].pos not in NOMINAL:
        return None
    s, e = phrase_span(g, k)
    s = max(s, turn.start)
    return Argument(role, g.text[s:e], s, e, "から")


def opened_by(g: Graph, turn: Turn, at: int) -> bool:
    """Whether character offset at lies in the turn: no sentence end or second turn
    between, and not inside a quote (whose own words have their own subjects)."""
    between = g.text[turn.opens : at]
    return "。" not in between and between.count("「") <= between.count("」")
