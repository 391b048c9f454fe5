"""Japanese: states named only in a phrase that describes a noun or says what is talked
about, outside the event's own sides.

フィンランドとエストニアを結ぶ送電ケーブル, NATOの東方拡大を急ぐ米国を批判し、…と警告した:
a relative clause says what a thing or a party is like; the states it names act in that
clause, not in the frame's event. When the event leaves a side unsaid, the shared coder
fills it from another state of the sentence, and such a described state is the wrong one
(blind36 023, 018). The clause is closed as a setting, so the coder fills no side from it;
a state the frame's own arguments write stays. So are the states of what a request is
about (…について説明し、協力を求めた), and (round 32) the victim of a condemned attack
(キューバへの武装侵攻を糾弾: the accused is the attacker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.graph import NOMINAL, Graph, names_place, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument

TOPIC_LINK = pattern("topic_link")
FORMAL = pattern("described_formal_head")  # …するよう求めた: content, not description
INCLUDING = pattern("including")  # 日本を含む各国部隊: the members are the group's parties
CLAUSE_DEPS = frozenset({"acl"})
VERBAL = frozenset({"VERB"})  # (an adjective, 冷静な, takes in stray phrases)
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "THREATEN"})  # acts aimed at a victim
AIMED_AT = ("への", "に対する", "に対して")


def described_states(
    g: Graph, i: int, p: int, args: list[Argument], event: Callable[[int], bool]
) -> list[Argument]:
    """The relative clauses of the sentence that hold neither trigger i nor its predicate
    p, nor an argument of the frame, closed where they name a state (a setting, no party).
    A clause on the event noun itself (北朝鮮が発射したミサイル for 発射) or on a noun of
    the event's own (北朝鮮が発射したミサイルについて抗議した: its doer is the target) is
    the event's; so is the clause's own doer (北朝鮮が発射したミサイルが落下し、…抗議した:
    what the doer did may be what the event answers). Only what the clause is done to or
    with is closed (エストニアを結ぶ, NATOの東方拡大を急ぐ), and only when the clause's verb
    is no event word (`event`): ロシアがイランに無人機を供与する可能性 tells an event whose
    sides a later 両国 or an unsaid side may stand for."""
    own = [(a.start, a.end) for a in args if a.participant]
    quotes = quote_spans(g.text)
    out = []
    for v, t in enumerate(g.tokens):
        if t.dep not in CLAUSE_DEPS or t.pos not in VERBAL or INCLUDING.match(t.lemma):
            continue
        if event(v):  # ロシアがイランに…供与する可能性に懸念: an event told, its sides kept
            continue
        if any(qs < t.start < qe for qs, qe in quotes):
            continue  # 北朝鮮の声明を「…緊張を高める…内容」と非難: a quote's words, not a clause
        head = g.head(v)
        if head is None or FORMAL.match(g.tokens[head].lemma) or FORMAL.match(g.tokens[head].text):
            continue
        if any(a.start <= g.tokens[head].start < a.end for a in args):
            continue  # ロシアで拘束されている日本人の解放を求めた: what the event is about
        clause = set(g.descendants(v))
        # the clause on what the event itself is about (北朝鮮が発射したミサイルについて抗議)
        if i in clause or p in clause or head in (i, p) or g.head(head) in (i, p):
            continue
        doers = {k for c in g.children[v] if g.tokens[c].dep == "nsubj" for k in g.descendants(c)}
        inner = clause - doers - {v}
        # ロシアに対し、拘束している兵士: a phrase set off by a comma is not the clause's
        commas = [k for k in clause if g.tokens[k].text == "、" and k < v]
        inner = {k for k in inner if not commas or k > max(commas)}
        for k in sorted(inner):
            up = g.head(k)
            if g.tokens[k].pos not in NOMINAL or up in inner and g.tokens[up].pos in NOMINAL:
                continue  # a phrase is taken at its head
            ks, ke = phrase_span(g, k)
            if any(ks <= a < ke or ks < b <= ke for a, b in own) or not names_place(g, ks, ke):
                continue
            out.append(Argument("setting", g.text[ks:ke], ks, ke, "described", participant=False))
    return out


def asked_about(g: Graph, p: int, args: list[Argument]) -> list[Argument]:
    """…北朝鮮の核・ミサイル開発について説明し、理解と協力を求めた: the states named in
    what a request or the turn it closes is about (data pattern topic_link) are no
    addressee, read as a recipient or not (ロシアの侵攻について中国に協力を求めた: China);
    the one asked is the side talked to (blind36 028, blind37 029). The frame's args with
    those phrases closed."""
    about = [
        a for a in args if a.participant and a.role == "recipient" and TOPIC_LINK.match(a.marker)
    ]
    out = [replace(a, participant=False) if a in about else a for a in args]
    own = [(a.start, a.end) for a in out if a.participant]
    for k, t in enumerate(g.tokens):
        if t.end > g.tokens[p].start or t.pos not in NOMINAL:
            continue
        if not TOPIC_LINK.match(g.text[t.end :]):
            continue
        _, e = phrase_span(g, k)
        s = g.tokens[min(g.descendants(k))].start  # the whole phrase, its modifiers in
        s = max(s, g.text.rfind("、", 0, t.start) + 1)  # (not a clause the parser hung on it)
        if any(s <= a < e or s < b <= e for a, b in own) or not names_place(g, s, e):
            continue
        out.append(Argument("setting", g.text[s:e], s, e, "about", participant=False))
    return out


def attacked(
    g: Graph, p: int, i: int, act_of: Callable[[int], str | None]
) -> list[tuple[int, int]]:
    """キューバへの武装侵攻を糾弾, ベトナムに対する侵略を非難した: the state a condemned
    hostile act is aimed at (the への/に対する phrase on the act noun that is the
    condemnation's object) is its victim, never the one accused; the act's doer, written
    or not, is. Its span is closed so no side is filled from it. `act_of`: the type of
    the act a token triggers, if any."""
    out = []
    for o in g.children[p] + ([i] if p != i else []):
        if o == i and p == i or g.tokens[o].pos not in NOMINAL:
            continue
        if o != i and g.tokens[o].dep not in ("obj", "obl"):
            continue
        if act_of(o) not in HOSTILE_ACTS:
            continue
        for c in g.children[o]:
            if c < o and g.tokens[c].pos in NOMINAL and g.marker(c) in AIMED_AT:
                out.append(phrase_span(g, c))
    return out
