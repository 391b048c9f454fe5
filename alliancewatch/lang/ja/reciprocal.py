"""Japanese: acts two doers do to each other, said after the act (非難し合う, 追放の応酬).

The shared coder tells a directed act whose other side is 'each other' (互い, 相互: data
each_other.tsv) as two mentions, A on B and B on A. Japanese also says it with a verb after
the act (非難し合った) or a noun the act is the の- or を-phrase of (外交官の追放の応酬,
攻撃を応酬した): data reciprocal.tsv. Such a frame gets an 'each other' argument here,
in the role of its other side, at the words that say it.
"""

from __future__ import annotations

from alliancewatch.datafiles import Schema, read_tsv
from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import DATA_DIR, pattern, words
from alliancewatch.types import Argument

# what the added argument is written as: a word of each_other.tsv, so the coder reads it
EACH_OTHER = "互い"
_ROWS = read_tsv(
    DATA_DIR / "reciprocal.tsv",
    Schema(columns=("word", "kind"), labels={"kind": frozenset({"aux", "head"})}),
)
AUX = frozenset(r["word"] for r in _ROWS if r["kind"] == "aux")
HEAD = frozenset(r["word"] for r in _ROWS if r["kind"] == "head")
MARKER = "reciprocal"
# 相互 and the like as the first part of an event noun (相互追放, 相互支援)
MUTUAL = frozenset(words("each_other"))
# acts that each of two doers does on its own (data apart_acts.tsv): a pair that withdraws
# its forces withdraws each from the other (spec §2 RETREAT, actor -> recipient)
APART = frozenset(words("apart_acts"))
PAIR_DOER = pattern("pair_doer")
AGREED_AFTER = pattern("agreed_after")
DOERS = ("agent", "topic", "causer")
SUBJECT = ("が", "は", "も", "topic")  # written as the subject, not a noun's の-phrase


def named_only(g: Graph, at: int, args: list[Argument], nominal: bool) -> list[Argument]:
    """有事の相互支援, 相互防衛: an event noun with 相互 in front and no を-object names a kind
    of arrangement (what a treaty provides), not acts done; 外交官を相互追放 (a headline's
    verb) does them. The 相互 of the former is no 'each other' side."""
    k = g.covering(at)
    while k is not None and g.head(k) is not None and g.tokens[k].dep == "compound":
        k = g.head(k)
    if not nominal or k is None or any(g.marker(c) == "を" for c in g.children[k]):
        return args
    return [a for a in args if not (a.role == "compound" and a.text in MUTUAL)]


def reciprocal(g: Graph, at: int, args: list[Argument]) -> list[Argument]:
    """The 'each other' argument of the act whose trigger starts at character `at`, when a
    reciprocal verb follows it or a reciprocal noun heads it; none when the frame writes
    its other side (recipient) already."""
    k = g.covering(at)
    if k is None or any(a.role == "recipient" for a in args):
        return []
    while g.head(k) is not None and g.tokens[k].dep == "compound":
        k = g.head(k)  # 相互追放, 外交官追放: the chain's head
    found = [
        c
        for c in g.children[k]
        if c > k and g.tokens[c].lemma in AUX and g.tokens[c].pos in ("VERB", "AUX")
    ]
    h = g.head(k)
    if h is not None and h > k and g.tokens[h].lemma in HEAD and g.marker(k) in ("の", "を"):
        found.append(h)
    if not found:
        return []
    t = g.tokens[found[0]]
    return [Argument("recipient", EACH_OTHER, t.start, t.end, MARKER)]


def from_each_other(
    g: Graph, at: int, key: str, event: str, args: list[Argument]
) -> list[Argument]:
    """ギリシャとトルコが兵士を撤収, 両国の兵士は島から引き揚げ: a withdrawal whose doer is
    written as a pair, and no other side, is each one's from the other: an 'each other'
    argument at the trigger (the shared coder splits it only when the doer is two states
    and no other side resolves). Not the content of an accord or a promise (撤収させることで
    合意した, 停戦に合意: the accord is told)."""
    k = g.covering(at)
    if event != "RETREAT" or key not in APART or k is None:
        return []
    if any(a.role == "recipient" for a in args) or AGREED_AFTER.match(g.text[g.tokens[k].end :]):
        return []
    if not any(a.role in DOERS and a.marker in SUBJECT and PAIR_DOER.search(a.text) for a in args):
        return []
    t = g.tokens[k]
    return [Argument("recipient", EACH_OTHER, t.start, t.end, MARKER)]
