"""Mentions of one happening -> events, kept up to date article by article.

Store.save calls `update_article` inside the article's own transaction: the article joins
its story (merge/stories.py), its mentions get their link attributes and month buckets,
and only the mentions its mentions can link to, directly or through others (same link
key, month buckets read until closed), are regrouped and their events rewritten. The cost
of adding an article therefore depends on how many reports share its happenings, not on
the size of the database (bench/events_bench.py, bench/events_hot_bench.py).

When an article is replaced, the events its old mentions were in are recomputed from
their remaining members (a removed mention may have been the only bridge). Events never
span two pairwise-link components (merge/grouping.py), so regrouping the components that
were touched gives the result `merge_events` rebuilds from scratch, in any article order.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from alliancewatch.merge import grouping, identity, stories
from alliancewatch.merge.classes import data_digest, object_class
from alliancewatch.merge.identity import LinkItem
from alliancewatch.plover import SYMMETRIC
from alliancewatch.store import event_rows as rows
from alliancewatch.store import summary_rows
from alliancewatch.store.db import Store
from alliancewatch.store.dialect import is_postgres, write_transaction

# Bump when a change to merge/identity.py or merge/grouping.py changes which mentions form an
# event: a database linked under other rules is re-linked once (`relink_if_needed`).
RULES = "3"
RULES_KEY = "link_rules"


def rules_version() -> str:
    """The linking rules and the class words they read; stored with the events."""
    return f"{RULES}/{data_digest()}"


def _order(r: sqlite3.Row) -> tuple[str, str, int, str]:
    return (r["published"] or "9999", r["doc"], int(r["sequence"]), r["id"])


def _item(r: sqlite3.Row) -> LinkItem:
    cls = r["object_class"] or ""
    return LinkItem(
        mid=r["id"],
        link_key=r["link_key"] or "",
        object_class=cls,
        day_lo=r["day_lo"],
        day_hi=r["day_hi"],
        story=r["story"] or "",
        order=_order(r),
        party=grouping.party(cls, r["actor_codes"].split(), r["recipient_codes"].split()),
    )


# -- stories ---------------------------------------------------------------------------


def _sig(r: sqlite3.Row) -> stories.Signature:
    return stories.Signature.from_bytes(r["minhash"], int(r["n_shingles"] or 0))


def _regroup(db: sqlite3.Connection, members: list[sqlite3.Row]) -> set[int]:
    """Recompute the stories of a set of articles pairwise; the articles whose story changed."""
    parent = {int(r["id"]): int(r["id"]) for r in members}

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if stories.same_story(_sig(a), _sig(b)):
                ra, rb = find(int(a["id"])), find(int(b["id"]))
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[sqlite3.Row]] = {}
    for r in members:
        groups.setdefault(find(int(r["id"])), []).append(r)
    changed: set[int] = set()
    for g in groups.values():
        story = min(r["doc"] for r in g)
        moved = [int(r["id"]) for r in g if r["story"] != story]
        rows.set_story(db, moved, story)
        changed |= set(moved)
    return changed


def _join_story(db: sqlite3.Connection, article_id: int) -> set[int]:
    """Sign the article, find its near-duplicates through the LSH bands, merge their stories.
    Returns the other articles whose story id changed (their mentions may link anew)."""
    a = rows.article(db, article_id)
    sig = stories.signature(((a["title"] or "") + "\n" + a["text"]).strip())
    bands = stories.band_keys(sig)
    rows.set_signature(
        db, article_id, sig.to_bytes(), sig.size, stories.outlet(a["url"], a["source"] or ""), bands
    )
    joined = {
        n["story"] or n["doc"]
        for n in rows.band_neighbours(db, article_id, bands)
        if n["minhash"] is not None and stories.same_story(sig, _sig(n))
    }
    story = min([a["doc"], *joined])
    rows.set_story(db, [article_id], story)
    changed: set[int] = set()
    for old in sorted(joined - {story}):
        moved = [int(r["id"]) for r in rows.story_members(db, old)]
        rows.set_story(db, moved, story)
        changed |= set(moved)
    return changed


# -- events ------------------------------------------------------------------------------


def _index(db: sqlite3.Connection, article_id: int) -> list[str]:
    """Link attributes and month buckets of the article's coded mentions; their ids."""
    mids = rows.coded_mention_ids(db, [article_id])
    for r in rows.members_by_id(db, mids):
        actors, recipients = r["actor_codes"].split(), r["recipient_codes"].split()
        key = identity.link_key(r["event"], actors, recipients)
        cls = object_class(r["language"], r["sentence"], int(r["trigger_start"] or 0))
        lo, hi = identity.day_span(r["date"], r["published"])
        rows.set_link(db, r["id"], key, cls, lo, hi, identity.buckets(lo, hi))
    return mids


def _closure(
    db: sqlite3.Connection, pool: dict[str, sqlite3.Row], key: str, items: dict[str, LinkItem]
) -> set[str]:
    """The mentions of `key` in the same pairwise components as the ones in `pool` (the
    mentions to place and the events to split again). Grouping (merge/grouping.py) never
    joins two such components, so regrouping this set alone gives the from-scratch result.
    Month buckets are read until every member's partners are in: a partner of a mention
    is indexed under a month of the mention's own span (identity.buckets)."""
    wanted = {mid for mid, r in pool.items() if r["link_key"] == key}
    fetched: set[str] = set()
    scope = set(wanted)
    while True:
        need = set()
        for mid in scope:
            r = pool[mid]
            need.update(identity.lookup_buckets(r["day_lo"], r["day_hi"]))
        need -= fetched
        if not need:
            return scope
        fetched |= need
        for c in rows.candidates(db, key, sorted(need)):
            pool.setdefault(c["id"], c)
        for mid, r in pool.items():
            if mid not in items and r["link_key"] == key:
                items[mid] = _item(r)
        wide = grouping.components([i for i in items.values() if i.link_key == key], _wide)
        scope = {i.mid for g in wide if any(i.mid in wanted for i in g) for i in g}


def _wide(a: LinkItem, b: LinkItem) -> bool:
    return identity.linked(a, b, any_class=True)


def _relink(db: sqlite3.Connection, seeds: list[str], dirty: set[str]) -> None:
    """Re-form the events around `seeds` (mentions to place) and `dirty` (events to split
    again): the pairwise components they are in are regrouped whole."""
    pool = {r["id"]: r for r in rows.members_by_id(db, seeds)}
    pool.update({r["id"]: r for r in rows.members_of_events(db, dirty)})
    scope: set[str] = set()
    items: dict[str, LinkItem] = {}
    for key in sorted({r["link_key"] for r in pool.values() if r["link_key"]}):
        scope |= _closure(db, pool, key, items)
    # members of dirty events that lost their link key (uncoded now) leave their event
    old = set(dirty) | {pool[m]["event_id"] for m in scope if pool[m]["event_id"]}
    members = [pool[m] for m in sorted(scope)]
    by_id = {r["id"]: r for r in members}
    new_rows, links = [], []
    for g in grouping.group([items[r["id"]] for r in members]):
        record = event_record([by_id[i.mid] for i in g])
        new_rows.append(record)
        links += [(str(record["id"]), i.mid) for i in g]
    rows.replace_events(db, old, new_rows, links)


def event_record(members: list[sqlite3.Row]) -> dict[str, object]:
    """The event row: identity from its earliest report, evidence counted across reports."""
    ms = sorted(members, key=_order)
    first = ms[0]
    event = first["event"]
    actors = sorted({c for r in ms for c in r["actor_codes"].split()})
    recipients = sorted({c for r in ms for c in r["recipient_codes"].split()})
    if event in SYMMETRIC:
        actors, recipients = sorted(set(actors) | set(recipients)), []
    story_of = {r["id"]: r["story"] or r["doc"] for r in ms}
    stories_on: dict[str, set[str]] = {}  # one pass: events may have thousands of members
    for r in ms:
        if r["date"]:
            stories_on.setdefault(r["date"], set()).add(story_of[r["id"]])
    dates: Counter[str] = Counter({d: len(stories_on[d]) for d in sorted(stories_on)})
    classes = Counter(r["object_class"] for r in ms if r["object_class"])
    published = sorted(r["published"] for r in ms if r["published"])
    outlets = sorted({r["outlet"] for r in ms if r["outlet"]})
    languages = sorted({r["language"] for r in ms})
    claimants = Counter(r["claimed_by_code"] or r["claimed_by"] for r in ms if r["claimed_by"])
    return {
        "id": identity.event_id(_item(first)),
        "event": event,
        "actor_codes": " ".join(actors),
        "recipient_codes": " ".join(recipients),
        "date": identity.best_date(dates),
        "factuality": identity.most_certain([r["factuality"] for r in ms]),
        "n_mentions": len(ms),
        "n_articles": len({r["article_id"] for r in ms}),
        "first_mention": first["id"],
        "object_class": min(classes, key=lambda c: (-classes[c], c)) if classes else "",
        "dates": dict(sorted(dates.items())),
        "factualities": dict(sorted(Counter(r["factuality"] for r in ms).items())),
        "claimants": dict(sorted(claimants.items())),
        "first_report": published[0] if published else None,
        "last_report": published[-1] if published else None,
        "n_stories": len(set(story_of.values())),
        "n_outlets": len(outlets),
        "n_languages": len(languages),
        "outlets": outlets,
        "languages": languages,
    }


def update_article(
    store: Store, article_id: int, old_events: set[str], old_story: str | None
) -> None:
    """Place a just-saved article (inside Store.save's transaction)."""
    db = store.db
    dirty = set(old_events)
    changed = _join_story(db, article_id)
    if old_story:
        regrouped = _regroup(db, rows.story_members(db, old_story))
        dirty |= {e for a in regrouped for e in rows.event_ids_of_article(db, a)}
        changed |= regrouped
    seeds = _index(db, article_id)
    seeds += rows.coded_mention_ids(db, sorted(changed - {article_id}))
    _relink(db, seeds, dirty)


def merge_events(store: Store) -> int:
    """Rebuild stories and events from scratch (a database from before migration 6, rows
    saved without the linking step, other linking rules). Stories and link attributes
    article by article, then each link key's mentions grouped at once: the same result as
    the incremental path (grouping is a function of the set), in time linear in the
    mentions rather than regrouping a busy key's component once per article."""
    db = store.db
    with write_transaction(db):
        if is_postgres(db):  # one rebuild at a time, and no article linked meanwhile
            from alliancewatch.store.pg import LOCK_EVENTS

            db.lock(LOCK_EVENTS)  # also waits for the saves in flight (Store.save)
            summary_rows.suspend(db)  # every event key changes: refilled once at the end
        rows.clear_events(db)
        ids = rows.article_ids(db)
        for article_id in ids:
            _join_story(db, article_id)
        for article_id in ids:
            _index(db, article_id)
        for members in rows.members_by_key(db):
            new_rows, links = [], []
            by_id = {r["id"]: r for r in members}
            for g in grouping.group([_item(r) for r in members]):
                record = event_record([by_id[i.mid] for i in g])
                new_rows.append(record)
                links += [(str(record["id"]), i.mid) for i in g]
            rows.replace_events(db, (), new_rows, links)
        if is_postgres(db):
            summary_rows.fill(db)
        store.set_events_stale(False)
        store.set_state(RULES_KEY, rules_version())
        n = int(db.execute("SELECT count(*) FROM events").fetchone()[0])
    return n


def relink_if_needed(store: Store) -> bool:
    """Rebuild stories and events once when they are stale (a database from before
    migration 6, a writer without the linking step) or were linked under other rules
    (RULES, or edited class words): incremental links must all follow one set of rules.
    True when it rebuilt."""
    has_mentions = store.db.execute("SELECT 1 FROM mentions LIMIT 1").fetchone() is not None
    if store.events_stale() or (has_mentions and store.state(RULES_KEY) != rules_version()):
        merge_events(store)
        return True
    if store.state(RULES_KEY) != rules_version():  # empty: nothing to re-link
        with write_transaction(store.db):
            store.set_state(RULES_KEY, rules_version())
    return False
