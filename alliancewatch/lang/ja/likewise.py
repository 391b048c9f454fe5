"""Japanese: a later clause's subject that does likewise is no side of a statement (round 29).

ロシア外務省は「…」と批判する声明を出し、中国外務省の報道官も遺憾の意を表明した: the
も-subject of a clause written after the statement's own says that another party did the
same (also criticised, also regretted); it stands beside the speaker, so it is never the
unsaid addressee the coder fills in from the sentence's other states (blind33 022). The
phrase is returned closed (not a participant), as the reason phrases of threats.py are.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span, verbal
from alliancewatch.types import Argument

ALSO = "も"
LIKEWISE = "likewise"


def likewise_closed(g: Graph, p: int) -> list[Argument]:
    """The も-subjects of the clauses after the one p ends (a verb stands between)."""
    out = []
    verb = next((k for k in range(p, len(g.tokens)) if verbal(g.tokens[k])), len(g.tokens))
    for k in range(verb + 1, len(g.tokens)):
        t = g.tokens[k]
        if t.pos not in NOMINAL or g.marker(k) != ALSO or t.dep not in ("nsubj", "obl"):
            continue
        if g.head(k) in (p, None) and t.dep != "nsubj":
            continue
        s, e = phrase_span(g, k)
        out.append(Argument(LIKEWISE, g.text[s:e], s, e, ALSO, False))
    return out
