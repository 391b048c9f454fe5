"""Mentions that share a link key -> events, without letting a vague report bridge two.

Pairwise links alone (merge/identity.py) chain: "both sides ratified the treaty this month"
links Russia's ratification on the 9th and North Korea's on the 11th, and the two become one
event. Events are therefore formed in three steps, each a function of the set of mentions
(not of their order), so the same inputs still give the same events:

1. **Anchors** are the mentions that pin a happening down: a single day and, for classes
   whose steps each party takes on its own (ratification), a known acting party. Anchors
   form groups by *strong* links: linked, same object class, same party. A class-less
   anchor linked (inside its story) to a classed one is not an anchor: the headline "Japan,
   Philippines sign pact" is placed like a vague report.
2. Every other mention (a month, "earlier this week", no party, no class) joins a group
   only when **exactly one** group fits (it is linked to a member, and its party, when known,
   is the group's). Fitting two it stays out: it cannot say which it means.
3. The mentions left over form events among themselves by pairwise links.

Mentions in different stories are linked by a function of (class, first day, last day)
only, so such mentions are compared as buckets, not one by one: a hot event with thousands
of reports of one summit costs a few bucket comparisons plus the pairs inside each story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from alliancewatch.merge.identity import LinkItem, linked

# classes whose steps each party takes separately: the acting party is part of the identity
PARTY_CLASSES = frozenset({"ratification"})

Pred = Callable[[LinkItem, LinkItem], bool]


def party(object_class: str, actors: Iterable[str], recipients: Iterable[str]) -> str:
    """The acting party of a party-keyed step: the actors when the report is directed (it
    names who acts on whom), '' when unknown ("both sides ratified") or not party-keyed."""
    recipients = list(recipients)
    if object_class not in PARTY_CLASSES or not recipients:
        return ""
    return " ".join(sorted(set(actors)))


def _party_ok(a: LinkItem, b: LinkItem) -> bool:
    return not (a.party and b.party and a.party != b.party)


def _loose(a: LinkItem, b: LinkItem) -> bool:
    return linked(a, b) and _party_ok(a, b)


def _fit(a: LinkItem, b: LinkItem) -> bool:
    """May `a` belong to `b`'s happening: linked with a missing class or party as a wildcard."""
    return linked(a, b, any_class=True) and _party_ok(a, b)


def _strong(a: LinkItem, b: LinkItem) -> bool:
    return linked(a, b) and a.object_class == b.object_class and a.party == b.party


def _is_anchor(i: LinkItem) -> bool:
    single_day = i.day_lo is not None and i.day_lo == i.day_hi
    return single_day and (i.object_class not in PARTY_CLASSES or bool(i.party))


class _Union:
    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: str, y: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def _bucket(i: LinkItem) -> tuple[str, str, str, int | None, int | None]:
    return (i.link_key, i.object_class, i.party, i.day_lo, i.day_hi)


def _cross(i: LinkItem) -> LinkItem:
    """The item as seen from another story (story-free copy for bucket comparisons)."""
    return LinkItem(i.mid, i.link_key, i.object_class, i.day_lo, i.day_hi, "", i.order, i.party)


def components(items: list[LinkItem], pred: Pred) -> list[list[LinkItem]]:
    """Connected components of `pred`, which must hold for two items of different stories
    exactly when it holds for their buckets (class, party, span) seen story-free."""
    uf = _Union(i.mid for i in items)
    buckets: dict[tuple, list[LinkItem]] = {}
    for i in items:
        buckets.setdefault(_bucket(i), []).append(i)
    reps = [(k, _cross(v[0]), v) for k, v in sorted(buckets.items(), key=lambda kv: str(kv[0]))]
    for _, rep, members in reps:
        if pred(rep, rep):  # a bucket that links across stories is a clique
            for m in members[1:]:
                uf.union(members[0].mid, m.mid)
    for x, (_, ra, ma) in enumerate(reps):
        for _, rb, mb in reps[x + 1 :]:
            if pred(ra, rb):
                uf.union(ma[0].mid, mb[0].mid)
    by_story: dict[str, list[LinkItem]] = {}
    for i in items:
        if i.story:
            by_story.setdefault(i.story, []).append(i)
    for members in by_story.values():
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if uf.find(a.mid) != uf.find(b.mid) and pred(a, b):
                    uf.union(a.mid, b.mid)
    groups: dict[str, list[LinkItem]] = {}
    for i in items:
        groups.setdefault(uf.find(i.mid), []).append(i)
    return list(groups.values())


Fits = tuple[frozenset[str], frozenset[str]]


def _fits(
    v: LinkItem,
    anchor_buckets: list[tuple[LinkItem, str]],
    story_anchors: dict[str, list[LinkItem]],
    group_of: dict[str, str],
    cache: dict[tuple, Fits],
) -> set[str]:
    """The anchor groups a non-anchor mention may belong to: those of its own class when
    any fits (a report of troops "this month" belongs with the troops sent on the 18th,
    not with a class-less transport on the 13th), else those a missing class allows.
    The part across stories depends on the mention's bucket only: `cache` keeps it."""
    key = _bucket(v)
    if key not in cache:
        cv = _cross(v)
        cache[key] = _split(v, [(rep, g) for rep, g in anchor_buckets if _fit(cv, rep)])
    exact, loose = (set(x) for x in cache[key])
    same = _split(v, [(a, group_of[a.mid]) for a in story_anchors.get(v.story, ()) if _fit(v, a)])
    exact |= same[0]
    loose |= same[1]
    return exact or loose - exact


def _split(v: LinkItem, fitting: list[tuple[LinkItem, str]]) -> Fits:
    """(groups met with v's own class, the others)."""
    exact = {g for a, g in fitting if v.object_class and a.object_class == v.object_class}
    return frozenset(exact), frozenset(g for _, g in fitting) - exact


def _index(
    anchors: list[LinkItem], group_of: dict[str, str]
) -> tuple[list[tuple[LinkItem, str]], dict[str, list[LinkItem]]]:
    """Anchors as (story-free representative, group) per bucket, and by story."""
    seen: dict[tuple, tuple[LinkItem, str]] = {}
    by_story: dict[str, list[LinkItem]] = {}
    for a in sorted(anchors, key=lambda i: i.mid):
        if _bucket(a) not in seen:
            seen[_bucket(a)] = (_cross(a), group_of[a.mid])
        if a.story:
            by_story.setdefault(a.story, []).append(a)
    return list(seen.values()), by_story


def group(items: list[LinkItem]) -> list[list[LinkItem]]:
    """Events of mentions sharing one link key (or several: keys never link each other),
    each sorted earliest report first, listed by their first."""
    anchors = [i for i in items if _is_anchor(i)]
    by_story: dict[str, list[LinkItem]] = {}
    for i in anchors:
        by_story.setdefault(i.story, []).append(i)
    # a class-less anchor its story ties to a classed anchor is placed like a vague report
    demoted = {
        a.mid
        for a in anchors
        if not a.object_class
        and any(b.object_class and linked(a, b) for b in by_story.get(a.story, ()) if a.story)
    }
    anchors = [a for a in anchors if a.mid not in demoted]
    anchor_groups = components(anchors, _strong)
    group_of = {i.mid: g[0].mid for g in anchor_groups for i in g}
    members: dict[str, list[LinkItem]] = {g[0].mid: list(g) for g in anchor_groups}
    classed = [a for a in anchors if a.object_class]
    cb, cs = _index(classed, group_of)
    cache: dict[tuple, Fits] = {}
    for g in anchor_groups:
        if g[0].object_class:
            continue
        fits = set().union(*(_fits(a, cb, cs, group_of, cache) for a in g))
        if len(fits) == 1:  # "test-fired" joins the one classed launch it can be
            target = fits.pop()
            members[target] += members.pop(g[0].mid)
            for a in g:
                group_of[a.mid] = target
    anchor_buckets, story_anchors = _index(anchors, group_of)
    cache = {}
    left: list[LinkItem] = []
    for v in items:
        if v.mid in group_of:
            continue
        fits = _fits(v, anchor_buckets, story_anchors, group_of, cache)
        if len(fits) == 1:
            members[fits.pop()].append(v)
        else:
            left.append(v)
    out = list(members.values()) + components(left, _loose)
    out = [sorted(g, key=lambda i: i.order) for g in out]
    return sorted(out, key=lambda g: g[0].order)
