"""Parse repairs for words GiNZA leaves outside the clause they belong to.

Three misreadings cut a subject off its predicate: an adverbial noun of time read as a
predicate (輸送機はきのう、…出発し: きのう an ADJ heading a clause that takes the topic), a
subject read as a root of its own before a long modifier (エジプト軍は16日未明、…「イスラム
国」（IS）系勢力の拠点を空爆したと発表: エジプト軍 a second root), and a model number read as
a root inside the noun phrase it names (航空自衛隊のKC767空中給油・輸送機が: 767 a root
holding 航空自衛隊の, so the plane loses its owner). Two more misplace a phrase: a second
は-phrase right before a よう-clause hung on the asking verb (_asked_topics), and a listed
place name hung back on a word before the list (_listed_places). Each is put back where the
grammar puts it, so the frame builder finds the subject as for any clause.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import NOMINAL, ORDERED, above, case_after
from alliancewatch.types import Token

# SudachiPy's class of nouns that also serve as adverbs (きのう, あす, 昨日, 今後): never a
# predicate of their own, whatever part of speech the parser gives them
ADVERBIAL_NOUN = "名詞-普通名詞-副詞可能"
_SUBJECT_CASE = ("は", "が")


def _rehang(out: list[Token], k: int, head: int) -> None:
    """Every dependent of token k (but punctuation) onto `head`."""
    for c in out:
        if c.head == k and c.i != k and c.pos != "PUNCT":
            out[c.i] = replace(c, head=head)


def _noun_head(tokens: tuple[Token, ...], n: int) -> int:
    """The noun a compound chain starting at n ends in (空中 給油 ・ 輸送機 -> 輸送機)."""
    while (
        tokens[n].dep in ("compound", "nummod", "nmod")
        and tokens[n].head > n
        and tokens[tokens[n].head].pos in NOMINAL
    ):
        n = tokens[n].head
    return n


def _only_modifiers(tokens: tuple[Token, ...], k: int) -> bool:
    """Whether every dependent of k is a part or a の-modifier of a noun (航空自衛隊の, KC):
    a listed name (トランプ大統領と…委員長) is a coordination, left to the list rules."""
    for c in tokens:
        if c.head != k or c.i == k:
            continue
        if c.dep in ("compound", "nummod", "punct"):
            continue
        if c.dep == "nmod" and case_after(tokens, c.i) == "の":
            continue
        return False
    return True


def _tail(tokens: list[Token], v: int) -> str:
    """Verb v with the auxiliaries written after it (する よう -> するよう)."""
    j, text = v + 1, tokens[v].text
    while j < len(tokens) and tokens[j].head == v and tokens[j].dep == "aux":
        text, j = text + tokens[j].text, j + 1
    return text


def _asked_topics(out: list[Token]) -> None:
    """Xは…と強調し、…攻撃は「対象外」とするようY側に求めた: after the sentence's topic, a
    second は-phrase written right before a よう-clause (no comma after it) is what is
    asked (the clause's own topic), though the parser hangs it on the asking verb."""
    topics = [
        k
        for k in range(len(out) - 1)
        if out[k].pos in NOMINAL and out[k + 1].text == "は" and out[k + 1].head == k
    ]
    for c in topics[1:]:
        h = out[c].head
        if out[c].dep != "nsubj" or h <= c or out[h].pos != "VERB":
            continue
        if c + 2 < len(out) and out[c + 2].text == "、":
            continue  # 英国は、…あたらせるよう提案する: a topic set off by a comma opens the
            # clause of the asking verb, and is the one asking
        asked = [
            v
            for v in range(c + 1, h)
            if out[v].pos == "VERB" and out[v].head == h and ORDERED.search(_tail(out, v))
        ]
        verbs = [v for v in range(c + 1, h) if out[v].pos == "VERB" and out[v].dep != "acl"]
        if asked and verbs[-1:] == asked[-1:]:
            out[c] = replace(out[c], head=asked[-1])


PLACE = "名詞-固有名詞-地名"


def _listed_places(out: list[Token]) -> None:
    """この後トルコ、サウジアラビア、オマーンを回る: a place name listed before another
    (X、Y) that the parser hung back on a word before the list (後) belongs to the list,
    which GiNZA builds as each member on the next; right to left, so the chain closes."""
    for k in range(len(out) - 3, -1, -1):
        t = out[k]
        if not (
            t.tag.startswith(PLACE)
            and out[k + 1].text == "、"
            and out[k + 2].tag.startswith(PLACE)
            and out[k + 2].head > k + 2
        ):
            continue
        if t.head < k or t.dep == "punct":
            out[k] = replace(t, head=k + 2, dep="nmod")


def strays_restored(tokens: tuple[Token, ...], headline: bool) -> tuple[Token, ...]:
    """The repairs the module docstring names; a headline's phrases are separate trees on
    purpose (parse._phrases_apart), so its roots stay as they are."""
    out = list(tokens)
    for k, t in enumerate(tokens):
        if (
            t.pos in ("ADJ", "VERB")
            and t.tag.startswith(ADVERBIAL_NOUN)
            and t.dep == "advcl"
            and t.head > k
        ):  # きのう read as a clause's predicate: an adverb on the verb it modifies
            out[k] = replace(t, pos="ADV", dep="advmod")
            _rehang(out, k, t.head)
    _asked_topics(out)
    _listed_places(out)
    if headline:
        return tuple(out)
    roots = [t.i for t in out if t.head == t.i]
    if len(roots) < 2:
        return tuple(out)
    last = roots[-1]
    for k in roots[:-1]:
        t = out[k]
        if t.pos not in NOMINAL or k + 1 >= len(out):
            continue
        nxt = out[k + 1]
        if case_after(tokens, k) in _SUBJECT_CASE:
            # a topic or subject left as a root: the subject of the sentence's predicate
            out[k] = replace(t, head=last, dep="nsubj")
        elif (
            not case_after(tokens, k)
            and nxt.start == t.end
            and nxt.pos in NOMINAL
            and nxt.head != k
            and not above(out, _noun_head(tokens, k + 1), k)
            and _only_modifiers(tokens, k)
        ):  # KC767|輸送機: the first part of the compound written right after it
            out[k] = replace(t, head=_noun_head(tokens, k + 1), dep="compound")
    return tuple(out)
