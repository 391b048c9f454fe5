"""Japanese: what a statement chained after a quote is about.

In 「アメリカの決定について「…」と述べ、歓迎した」 the について-phrase written before the
quote names what both the saying and the statement verb after it are about (the US decision
is welcomed). The parser hangs the phrase inside the quoted clause, so the statement verb
gets no object and, for a two-sided type (SUPPORT), no other side.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument

ABOUT = pattern("about")


def said_about(g: Graph, v: int, speech: set[str] | dict[str, object]) -> list[Argument]:
    """The について-phrase right before the quote of a speech verb chained to statement
    verb v (Xについて「…」と述べ、V): the object of V as well."""
    out = []
    for c in g.children[v]:
        t = g.tokens[c]
        if c > v or t.pos != "VERB" or t.dep not in ("advcl", "conj") or t.lemma not in speech:
            continue
        quotes = [qs for qs, qe in quote_spans(g.text) if qe <= t.start]
        if not quotes:
            continue
        qs = quotes[-1]
        k = next((u.i for u in reversed(g.tokens) if u.end <= qs and u.pos in NOMINAL), None)
        m = ABOUT.match(g.text[g.tokens[k].end : qs]) if k is not None else None
        if m:
            s, e = phrase_span(g, k)
            out.append(Argument("patient", g.text[s:e], s, e, m.group(0)))
    return out
