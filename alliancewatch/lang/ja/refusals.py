"""Japanese: a treaty act its doer says it will not do is a refusal (rulings 44, 58).

「署名することはない」と語った, 署名しない立場を表明した, 署名しない考えを崩しておらず,
「署名も批准もせず、…つもりはない」と宣言した: the negated signing or ratifying is told as the
doer's stance, so the stance is the act, a REJECT by the doer, asserted, with no other side
unless one is written (a multilateral treaty: ruling 58). A signing merely not done (署名
しなかった, 批准しておらず) stays the negated SUPPORT it is. The keys and the stance forms are
patterns.tsv rows `refused_treaty_act` and `refusal_stance`.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame

TREATY_ACT = pattern("refused_treaty_act")
STANCE = pattern("refusal_stance")
SIGN_REFUSED = pattern("sign_refused")  # 署名しない方針を表明: the act's own negation first
DROPPED = ("negated", "planned")  # the stance is the refusal, told as done
DOERS = ("agent", "topic", "agent_phrase")


def refused_treaty_acts(g: Graph, built: list[Frame]) -> list[Frame]:
    """Each negated signing told as its doer's stance turned into a REJECT (docstring)."""
    out = []
    for f in built:
        if (
            f.event != "SUPPORT"
            or not TREATY_ACT.match(f.key)
            or any(c.label == "hypothetical" for c in f.cues)
            or not _stance(f, g.text[f.end :])
        ):
            out.append(f)
            continue
        cues = tuple(c for c in f.cues if c.label not in DROPPED)
        args = f.arguments
        if f.in_quote and f.speaker is not None:  # 「署名することはない」と語った: the speaker's
            sp = f.speaker  # own word (the parser's 「ことはない」 topic is no doer)
            args = tuple(a for a in args if a.role not in DOERS)
            args += (Argument("agent", sp.text, sp.start, sp.end, "speaker"),)
        out.append(replace(f, event="REJECT", cues=cues, arguments=args, alone=True, pair=False))
    return out


def _stance(f: Frame, rest: str) -> bool:
    """The negation after the act is told as a stance: either form of patterns.tsv, the
    second only when the act's own ending carries the negation (署名しない立場を表明)."""
    own = bool(f.cues) and f.cues[0].label == "negated" and f.cues[0].kind == "tail"
    return bool(STANCE.match(rest) or own and SIGN_REFUSED.match(rest))
