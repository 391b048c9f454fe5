"""Japanese: nouns listed into one phrase (AとBによる, AやBと, 英国とドイツは).

A list is one party set. The parser often hangs its first members on the predicate or the
event noun beside the last member, each with the listing particle for marker; these helpers
put the members back into the phrase of the argument they open, so that no member becomes a
partner, a target or a lost word. Used by the argument finder (args.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.graph import (
    LIST_MARKERS,
    NOMINAL,
    Graph,
    listed_before,
    nounish,
    phrase_span,
)
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

# the case markers of a doer a list may end in (AとBによる, AやBが, AとBの)
DOER_MARK = pattern("doer_mark")
# the particle that only lists (AやB): never a case of its own
ONLY_LISTING = "や"
# the verb naming an organisation by its members (…の3カ国でつくるAES)
FORMED_BY = pattern("formed_by")
# a relative clause's 'including' (…を含む) and the group nouns it names members of
INCLUDING = pattern("including")
INCLUDED_GROUP = pattern("including_group")


def formed_by(g: Graph, a: Argument) -> Argument:
    """マリ、ブルキナファソ、ニジェールの3カ国でつくる「サヘル諸国同盟」は…召還する: an
    organisation named by its members in a relative clause on it (data pattern `formed_by`)
    acts as those members (the gold codes them, not IGO); any other side is left as it is."""
    # asked for every doer: the sentence is looked at once
    if not g.once(
        "formed_by", lambda: any(t.dep == "acl" and FORMED_BY.match(t.lemma) for t in g.tokens)
    ):
        return a
    for k in range(len(g.tokens)):
        t = g.tokens[k]
        if not a.start <= t.start < a.end:
            continue
        for v in g.children[k]:
            if v > k or g.tokens[v].dep != "acl" or not FORMED_BY.match(g.tokens[v].lemma):
                continue
            for m in g.children[v]:
                if g.tokens[m].pos in NOMINAL and g.marker(m) == "で":
                    s, e = phrase_span(g, m)
                    s = listed_before(g, s)
                    return replace(a, text=g.text[s:e], start=s, end=e)
    return a


def action_noun(g: Graph, k: int, event: Callable[[int], bool]) -> bool:
    """Token k names an act: an event noun of the lexicon or a verbal noun (開発, 増額)."""
    return g.tokens[k].pos in NOMINAL and (event(k) or "サ変可能" in g.tokens[k].tag)


def listed_acts(
    g: Graph, head: int, args: list[Argument], event: Callable[[int], bool]
) -> list[Argument]:
    """北朝鮮のミサイル発射と、ロシアによる攻撃を非難: an act listed by と/や before another
    act `head` is the next member of a list of acts, not a partner or target of `head`."""
    if not action_noun(g, head, event):
        return args
    members = [
        c
        for c in g.children[head]
        if c < head and g.marker(c) in LIST_MARKERS and action_noun(g, c, event)
    ]
    if not members:
        return args
    # 中ロ両軍の相互信頼と協力: with no doer of its own, the acts share the first one's
    own = any(
        g.marker(c) in ("による", "によって") or (g.marker(c) == "の" and g.head(c) == head)
        for c in range(max(members) + 1, head)
    )
    listed = [phrase_span(g, c) for c in members]
    return [a for a in args if (a.start, a.end) not in listed] if own else args


def listed_members(
    g: Graph, head: int, args: list[Argument], event: Callable[[int], bool]
) -> list[Argument]:
    """インドとパキスタンの首脳や軍幹部と協議, 中国やロシアに懸念を伝えた: a noun phrase
    ending in や that the parser hung on `head` beside the argument written right after it
    is that argument's first member (や lists, it marks no case), not a dropped word. A
    listed event noun (`event`: 渡航自粛の呼びかけや輸入の停止) lists events, not parties."""
    out = list(args)
    for c in g.children[head]:
        if g.tokens[c].pos not in NOMINAL or g.marker(c) != ONLY_LISTING or event(c):
            continue
        s, e = phrase_span(g, c)
        b = next((b for b in out if b.start == e + len(ONLY_LISTING)), None)
        if b is not None:
            out[out.index(b)] = replace(b, text=g.text[s : b.end], start=s)
    return out


def listed_doers(g: Graph, args: list[Argument]) -> list[Argument]:
    """シオニスト政権と米国による侵略, 米国とイスラエルの攻撃: a と/や-phrase the parser hung on
    the event beside the doer written right after it is the first of a list of doers (both
    attack), never a partner or a target."""
    out = list(args)
    for a in args:
        b = next((b for b in out if b.start == a.end + len(a.marker)), None)
        if a.marker in LIST_MARKERS and b is not None and DOER_MARK.match(b.marker) and a in out:
            out[out.index(b)] = replace(b, text=g.text[a.start : b.end], start=a.start)
            out.remove(a)
    return out


def conjunct(g: Graph, c: int) -> bool:
    """英国とドイツは, マリやブルキナファソに: a noun listed by と/や before the name it is
    hung on, which follows it at once and carries a case of its own, is a member of that
    name's phrase (a list), not an argument of any predicate."""
    h = g.head(c)
    if h is None or h <= c or g.tokens[c].dep != "nmod" or g.marker(c) not in LIST_MARKERS:
        return False
    last = max(k for k in g.children[c] if g.tokens[k].dep == "case")
    first = g.chain(h)[0]
    return (
        first == last + 1
        and nounish(g.tokens[h])
        and g.marker(h) not in ("", "の")
        # a name after it, as before it (not ソロモン諸島と安全保障協定を結ぶ: a partner)
        and any("固有名詞" in g.tokens[k].tag for k in range(first, h + 1))
    )


def _root(g: Graph, i: int) -> int:
    up = g.ancestors(i)
    return up[-1] if up else i


def cut_off_list(g: Graph, start: int) -> int:
    """トランプ大統領とキム・ジョンウン委員長は…会談した: the parser may end a sentence's first
    tree inside a subject list (…とキム・ジョンウン as a root of its own) and hang the rest
    of the name on the predicate. A nominal tree of its own that ends right before the
    phrase at `start` and holds a listing particle is the list's first members: the phrase
    starts where that tree does."""
    k = g.starting_at(start)
    if k is None or k == 0 or _root(g, k - 1) == _root(g, k):
        return start
    r = _root(g, k - 1)
    tree = [t for t in range(k) if _root(g, t) == r]
    if (
        r != k - 1  # the name runs on into the phrase: no mark or space between
        or not g.tokens[r].tag.startswith("名詞")
        or tree != list(range(tree[0], k))
        # nothing but names, の and listing particles: no clause (AとBが…を樹立)
        or any(g.marker(t) not in (*LIST_MARKERS, "", "の") for t in tree)
        or (tree[0] > 0 and g.tokens[tree[0] - 1].pos != "PUNCT")
        or not any(
            # a noun by its word class, whatever the parse (トランプ大統領 as ADV)
            g.tokens[t].tag.startswith("名詞") and g.marker(t) in LIST_MARKERS
            for t in tree
            if t != r
        )
    ):
        return start
    return g.tokens[tree[0]].start


def phrase_start(g: Graph, c: int, s: int, marker: str) -> int:
    """Where the argument phrase of noun c (found to start at s) starts: a subject's list
    the parser cut off (AとBは…会談した), a group's members named (members_included)."""
    return members_included(g, c, cut_off_list(g, s) if marker in ("は", "が") else s)


def members_included(g: Graph, c: int, s: int) -> int:
    """Where the phrase of group noun c starts when a relative clause 'including' names its
    members (米ロを含む関係国, 日本を含む各国: data pattern `including_group`): at the named
    members, which are the parties the group noun stands for."""
    if not INCLUDED_GROUP.search(g.text[s : g.tokens[c].end]):
        return s
    for v in g.children[c]:
        if v < c and g.tokens[v].dep == "acl" and INCLUDING.match(g.tokens[v].lemma):
            objects = [o for o in g.children[v] if o < v and g.marker(o) in ("を", "も")]
            if objects:
                return min(s, phrase_span(g, objects[0])[0])
    return s
