"""Japanese: events told only in a relative clause that describes a noun.

英米が共同で使うディエゴガルシア島の軍事基地については、…両国が折り合った: the use of the
base is a description of the base, not a step of the story, so 両国 stands for the two states
the story is about (the treaty's parties told before), not for 英米. Such frames are marked
(Frame.described) for the shared coder, which then keeps their states out of what later
group words may stand for. A complement clause (…を強化することで合意) is no description.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import NOMINAL, Graph, graph_of
from alliancewatch.lang.ja.lexicon import pattern, words
from alliancewatch.types import Frame, Sentence

LIGHT_DEPS = ("obj", "nsubj", "obl")  # an event noun's link to the verb that carries it
CLAUSE_NOUN = pattern("clause_noun")  # …を結んだ後: an adverbial clause, not a description
# 歓迎する談話を出した: what a statement says is told, not described (statement_nouns.tsv)
STATEMENTS = frozenset(words("statement_nouns"))


def mark_described(
    sentence: Sentence, frames: list[Frame], content: frozenset[str] | set[str]
) -> list[Frame]:
    """The frames whose predicate is a relative clause on a noun, marked described;
    `content`: nouns whose clause is what they say (移転する可能性, 支持する旨, こと)."""
    if not frames:
        return frames
    g = graph_of(sentence)
    return [replace(f, described=True) if _described(g, f, content) else f for f in frames]


def _described(g: Graph, f: Frame, content: frozenset[str] | set[str]) -> bool:
    if f.nominal:
        return False
    k = g.covering(f.end - 1)
    if k is None:
        return False
    h = g.head(k)
    if g.tokens[k].pos in NOMINAL and h is not None and g.tokens[k].dep in LIGHT_DEPS:
        k = h  # 会談を行った首脳: the light verb carries the noun
    h = g.head(k)
    if h is None or g.tokens[k].dep != "acl" or g.tokens[h].pos not in NOMINAL:
        return False
    last, _ = g.tail(k)
    return (
        g.tokens[h].lemma not in content
        and g.tokens[h].lemma not in STATEMENTS
        and not CLAUSE_NOUN.match(g.tokens[h].text)
        and h > k
        and not g.text[g.tokens[last].end :].startswith("、")
    )
