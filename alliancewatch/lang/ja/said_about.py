"""Japanese: what a speaker talks about, when the parser hung it on the speech verb.

Xは、Yは…を脅かすと非難した: a later topic before the quoted clause is the one talked about
(content_agent), not a second speaker; moved out of participants.py (round 32) to keep
that module within its size.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.statements import clause_ends
from alliancewatch.types import Argument


def said_about(
    g: Graph, c: int, args: list[Argument], said: bool, topic: bool = True
) -> list[Argument]:
    """Xは、Yは…を脅かすと非難した: a topic after the sentence's first one and before the
    quoted clause ending at c is what the speaker talks about, not the speaker (Xも同日、
    Yは「…」と非難した: a speaker set off by も as well); for a statement (`said`) so is the
    quoted clause's が-subject the parser hung on the speech verb (Xは、Yが…を送り込んだと
    非難した), and after a headline's bare topic too (比大統領、中国が…構造物と非難). `topic`:
    topics after the first are moved too, but not one that opens a new clause after a
    predicate that ends the first's (Xは…演習を行い、Yは「…」と批判した: Y speaks)."""
    firsts = [g.tokens[k].end for k in range(len(g.tokens)) if g.marker(k) in ("は", "も")]
    firsts += [a.end for a in args if a.role == "topic" and a.marker == "、"]
    if not firsts:
        return args
    opened = min(firsts)
    moved = [
        a
        for a in args
        if (topic and a.role == "topic" or said and a.role == "agent" and a.marker == "が")
        and opened <= a.start
        and a.end <= g.tokens[c].start
        and not (a.role == "topic" and clause_ends(g, opened, a.start, a.end))
    ]
    kept = [a for a in args if a not in moved] + [
        Argument("content_agent", a.text, a.start, a.end, a.marker) for a in moved
    ]
    return kept + (ended_topics(g, opened, args) if said else [])


def ended_topics(g: Graph, opened: int, args: list[Argument]) -> list[Argument]:
    """Xは…演習を行い、Yは「…」と批判した: the one whose act the clause before a new
    speaker's topic tells is what the speaker talks about (the target of a censure, the one
    welcomed), never a side of the speaker's own statement."""
    topics = [a for a in args if a.role == "topic" and opened < a.start]
    if not topics or not (ends := clause_ends(g, opened, topics[0].start, topics[0].end)):
        return []
    out = []
    for k in g.children[ends[-1]]:
        if k < ends[-1] and g.tokens[k].pos in NOMINAL and g.marker(k) in ("は", "も", "が"):
            s, e = phrase_span(g, k)
            out.append(Argument("content_agent", g.text[s:e], s, e, g.marker(k)))
    return out
