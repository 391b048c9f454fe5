"""Japanese: orders to one's own organs (軍に攻撃を命じた, 停止するよう政府に対して指示した).

The に-phrase of an ordering verb (data pattern `directive_verb`) names who carries the order
out: the orderer's own government, forces or ministers (pattern `directive_addressee`). The
parser often hangs it on the ordered verb, where it reads as the act's recipient (政府 then
falls back to Japan's); it is no party to the act. That what is ordered is not yet done is a
factuality cue (data/factuality.tsv).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

DIRECTIVE = pattern("directive_verb")
ADDRESSEE = pattern("directive_addressee")
ADDRESSING = ("に", "に対して", "に対し", "には")


def _ordered(g: Graph, start: int) -> bool:
    """The trigger at `start` is what an ordering verb orders: the verb is the trigger's head,
    its light verb's head or the head of the clause it ends (…停止するよう指示した)."""
    at = [t.i for t in g.tokens if t.start <= start < t.end]
    k = at[0] if at else None
    for _ in range(3):
        if k is None:
            return False
        if k != (at[0] if at else None) and DIRECTIVE.match(g.tokens[k].lemma):
            return True
        k = g.head(k)
    return False


def addressees_closed(g: Graph, start: int, args: list[Argument]) -> list[Argument]:
    """Close the addressee of the order that governs the trigger at `start`."""
    if not any(a.role == "recipient" and a.marker in ADDRESSING for a in args):
        return args
    if not _ordered(g, start):
        return args
    return [
        replace(a, participant=False)
        if a.role == "recipient" and a.marker in ADDRESSING and ADDRESSEE.match(a.text)
        else a
        for a in args
    ]
