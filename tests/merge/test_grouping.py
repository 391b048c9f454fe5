"""Grouping mentions into events: vague reports join only an unambiguous happening."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from alliancewatch.merge import grouping, identity
from alliancewatch.merge.identity import LinkItem

D = date(2025, 6, 1).toordinal()  # 1 June 2025
JUNE = (D, date(2025, 6, 30).toordinal())


def _item(
    mid: str,
    day: int | tuple[int, int],
    cls: str = "",
    story: str = "",
    actors: tuple[str, ...] = ("JPN", "PHL"),
    recipients: tuple[str, ...] = (),
    event: str = "SUPPORT",
) -> LinkItem:
    lo, hi = (D + day - 1, D + day - 1) if isinstance(day, int) else day
    return LinkItem(
        mid=mid,
        link_key=identity.link_key(event, list(actors), list(recipients)),
        object_class=cls,
        day_lo=lo,
        day_hi=hi,
        story=story or mid,
        order=("2025-06-30", mid, 0, mid),
        party=grouping.party(cls, actors, recipients),
    )


def _events(items: list[LinkItem]) -> set[frozenset[str]]:
    return {frozenset(i.mid for i in g) for g in grouping.group(items)}


def _ratify(mid: str, day, party: str | None, **kw) -> LinkItem:
    if party is None:  # "both sides ratified": no acting party
        return _item(mid, day, "ratification", **kw)
    other = ({"JPN", "PHL"} - {party}).pop()
    return _item(mid, day, "ratification", actors=(party,), recipients=(other,), **kw)


def test_two_ratifications_a_day_apart_are_two_events_and_both_sides_joins_neither():
    items = [
        _ratify("phl-1", 3, "PHL"),
        _ratify("phl-2", 3, "PHL"),
        _ratify("jpn-1", 4, "JPN"),
        _ratify("jpn-2", 4, "JPN"),
        _ratify("both", JUNE, None),  # "both ratified this month": fits both
        _ratify("phl-vague", JUNE, "PHL"),  # "the Senate ratified it this month": one fits
    ]
    assert _events(items) == {
        frozenset({"phl-1", "phl-2", "phl-vague"}),
        frozenset({"jpn-1", "jpn-2"}),
        frozenset({"both"}),
    }
    # the pairwise links alone chain all of them (what the grouping prevents)
    assert identity.linked(items[0], items[2]) and identity.linked(items[4], items[0])


def test_a_report_of_the_day_without_party_joins_only_when_one_party_acted_nearby():
    lone = [_ratify("phl", 3, "PHL"), _ratify("ja", 3, None)]
    assert _events(lone) == {frozenset({"phl", "ja"})}
    both = [_ratify("phl", 3, "PHL"), _ratify("jpn", 4, "JPN"), _ratify("ja", 3, None)]
    assert frozenset({"ja"}) in _events(both)


def test_a_vague_date_joins_the_one_dated_happening_it_fits():
    summit = [_item(f"s{k}", 14, event="CONSULT") for k in range(3)]
    vague = _item("earlier-this-month", JUNE, event="CONSULT")
    assert _events([*summit, vague]) == {frozenset({"s0", "s1", "s2", "earlier-this-month"})}
    talks = _item("talks", 27, event="CONSULT")  # a second meeting in the month
    assert _events([*summit, vague, talks]) == {
        frozenset({"s0", "s1", "s2"}),
        frozenset({"talks"}),
        frozenset({"earlier-this-month"}),
    }


def test_troops_and_shells_stay_apart_and_a_classless_teaser_joins_neither():
    aid = {"actors": ("PRK",), "recipients": ("RUS",), "event": "AID"}
    items = [
        _item("troops", 14, "personnel", story="wire", **aid),
        _item("shells", 13, "munitions", story="wire", **aid),
        _item("troops-ko", 14, "personnel", **aid),
        _item("teaser", JUNE, "", story="wire", **aid),  # "sends more help to Russia"
        _item("help-day", 14, "", story="wire", **aid),  # class-less, but tied to both
    ]
    assert _events(items) == {
        frozenset({"troops", "troops-ko"}),
        frozenset({"shells"}),
        frozenset({"teaser", "help-day"}),
    }  # the two that fit both: an event of their own


def test_a_classless_report_joins_the_one_classed_happening_across_stories():
    launch = {"actors": ("PRK",), "event": "MOBILIZE"}
    items = [
        _item("icbm", 31 - 30, "missiles", **launch),
        _item("test-fired", 1, "", **launch),
        _item("x", 2, "", **launch),
    ]
    assert _events(items) == {frozenset({"icbm", "test-fired", "x"})}


def test_same_events_in_any_order():
    rng = random.Random(7)
    items = [
        _ratify(
            f"r{k}",
            rng.choice([(3, 3), (4, 4), JUNE, (5, 5)]),
            rng.choice(["PHL", "JPN", None]),
            story=f"st{rng.randrange(4)}",
        )
        for k in range(30)
    ] + [
        _item(
            f"c{k}",
            rng.randrange(1, 9),
            rng.choice(["", "signature"]),
            story=f"st{rng.randrange(4)}",
        )
        for k in range(30)
    ]
    reference = _events(items)
    for _ in range(5):
        rng.shuffle(items)
        assert _events(items) == reference


def test_a_hot_event_is_compared_by_buckets_not_pairs():
    """Thousands of reports of one summit from different outlets: the cross-story links are
    decided per (class, party, span) bucket, so the comparisons do not grow with n squared."""
    calls = 0

    def counted(a: LinkItem, b: LinkItem) -> bool:
        nonlocal calls
        calls += 1
        return identity.linked(a, b)

    items = [_item(f"m{k:04d}", 14 + k % 2, event="CONSULT") for k in range(2000)]
    groups = grouping.components(items, counted)
    assert len(groups) == 1 and len(groups[0]) == 2000
    assert calls < 10
    assert len(grouping.group(items)) == 1


def _wide_components(items: list[LinkItem]) -> dict[str, int]:
    """Component number of each item under the widest relation grouping may use."""
    groups = grouping.components(items, lambda a, b: identity.linked(a, b, any_class=True))
    return {i.mid: k for k, g in enumerate(groups) for i in g}


@st.composite
def _items(draw) -> list[LinkItem]:
    n = draw(st.integers(1, 40))
    out = []
    for k in range(n):
        kind = draw(st.sampled_from(["day", "month", "undated", "year"]))
        day = draw(st.integers(1, 10))
        span = {
            "day": day,
            "month": JUNE,
            "undated": (None, None),
            "year": (date(2025, 1, 1).toordinal(), date(2025, 12, 31).toordinal()),
        }[kind]
        cls = draw(st.sampled_from(["", "ratification", "signature"]))
        party = draw(st.sampled_from([None, "PHL", "JPN"]))
        story = f"s{draw(st.integers(0, 5))}"
        item = (
            _ratify(f"m{k:02d}", span, party, story=story)
            if cls == "ratification"
            else _item(f"m{k:02d}", span, cls, story=story)
        )
        out.append(item)
    return out


@settings(max_examples=200, deadline=None)
@given(_items(), st.randoms(use_true_random=False))
def test_grouping_is_a_function_of_the_set(items, rnd):
    """Any order gives the same events; every mention is in exactly one event; an event never
    spans two components of the widest link (what lets relinking regroup one component)."""
    reference = _events(items)
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert _events(shuffled) == reference
    assert sorted(m for e in reference for m in e) == sorted(i.mid for i in items)
    comp = _wide_components(items)
    assert all(len({comp[m] for m in e}) == 1 for e in reference)
    # the component alone gives the same events as the whole set
    for k in set(comp.values()):
        part = [i for i in items if comp[i.mid] == k]
        assert _events(part) == {e for e in reference if comp[next(iter(e))] == k}
