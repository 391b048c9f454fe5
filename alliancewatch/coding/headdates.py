"""Headline dates (ruling 51): a headline tells the article's event without its day, which
the body gives where it tells the same event (イラク軍、イランに全面侵攻 over 22日…侵攻した).

A headline mention with no date written in it takes the day of the first body mention of
the same type whose sides overlap its own; failing that, the day the lead (the first body
sentence, after its dateline) is told on, when the lead names one of the headline event's
states and its day falls in the publication month (a lead told on an earlier month opens
with background: 3月26日に沈没した… under a May headline). Without a day it keeps what event_date
gave it: the publication month for an asserted past event, null for a plan. Run after the
keep step, so that no date feature changes which mentions are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import ActorRef, Mention, Sentence

if TYPE_CHECKING:
    from alliancewatch.lang import Language
    from alliancewatch.resolve.actors import ActorMatch

DAY = 10  # the length of a day-precise date (YYYY-MM-DD)
NOT_NEWS = ("bound", "since", "range")  # a relative clause's, a span's: no day of the story


def _codes(*sides: Sequence[ActorRef]) -> set[str]:
    return {r.code for refs in sides for r in refs if r.code}


def same_event(head: Mention, body: Mention) -> bool:
    """The body mention tells the headline's event: the same type, and the sides overlap
    (a symmetric event's parties on either side; a directed one's actors and recipients
    each where both mentions name them, and at least one state in common)."""
    if head.event != body.event:
        return False
    h_act, h_rec = _codes(head.actor), _codes(head.recipient)
    b_act, b_rec = _codes(body.actor), _codes(body.recipient)
    if not (h_act | h_rec) & (b_act | b_rec):
        return False
    if head.event in SYMMETRIC:
        return True
    if h_act and b_act and not h_act & b_act:
        return False
    return not (h_rec and b_rec and not h_rec & b_rec)


def _lead(
    sentences: list[Sentence],
    heads: set[int],
    found: list[list[ActorMatch]],
    language: Language,
    published: str | None,
) -> tuple[str | None, set[str]]:
    """The lead's day and the states it names. A day written before the lead's first state
    is its dateline's or its opening adverbial's; the first day after that state is the
    one its main clause is told on (【…30日共同】…政府は29日、), else the dateline's."""
    for s, ms in zip(sentences, found, strict=True):
        if s.index in heads or not s.tokens and language.parse is not None:
            continue
        dates = language.find_dates(s.text, published) if language.find_dates else []
        days = [d for d in dates if d.value and len(d.value) == DAY and d.kind not in NOT_NEWS]
        first = min((m.start for m in ms), default=0)
        after = [d for d in days if d.start >= first]
        day = (after or days or [None])[0]
        return (day.value if day else None), {c for m in ms for c in m.codes if c}
    return None, set()


def headline_dates(
    kept: list[Mention],
    coded: list[Mention],
    sentences: list[Sentence],
    found: list[list[ActorMatch]],
    language: Language,
    published: str | None,
) -> list[Mention]:
    """`kept` with each headline mention that has no date written in it given the body's
    day for its event (from `coded`: all mentions coded, kept or not, for a dropped reading
    still dates its sentence). A headline with no day in the body is unchanged."""
    if language.headline is None:
        return kept
    heads = {s.index for s in sentences if language.headline(s)}
    if not heads:
        return kept
    month = published[:7] if published else None
    # a day carried from an earlier sentence (no date written with the mention) is trusted
    # only inside the publication month, where the gold's month for the event contains it
    body = [
        m
        for m in coded
        if m.sequence not in heads
        and m.date
        and len(m.date) == DAY
        and (m.date_text is not None or m.date[:7] == month)
    ]
    lead_day, lead_states = _lead(sentences, heads, found, language, published)
    out: list[Mention] = []
    for m in kept:
        if m.sequence in heads and m.date_text is None and m.date is not None:
            told = next((b for b in body if same_event(m, b)), None)
            if told is not None:
                m = replace(m, date=told.date, date_text=told.date_text)
            elif lead_day and lead_day[:7] == month and _codes(m.actor, m.recipient) & lead_states:
                m = replace(m, date=lead_day, date_text=None)
        out.append(m)
    return out
