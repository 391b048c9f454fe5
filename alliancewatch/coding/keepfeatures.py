"""The features the keep step (keep.py) reads of a mention: words about the structure the
coder built (event type, lexicon key, voice, counts and kinds of sides, the sentence and the
article around it), never a language's own words beyond the lexicon key its frames carry."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from alliancewatch.resolve.actors import ActorMatch
from alliancewatch.types import ActorRef, Frame, Mention, Sentence

SHORT = 3  # an article with fewer mentions has no counts over it (in_article)


def _count(n: int) -> str:
    return str(n) if n < 2 else "2+"


def _bucket(n: int, bounds: tuple[int, ...]) -> str:
    """The first bound n is under (<10, <40 ...), or the last one's 'or more'."""
    return next((f"<{b}" for b in bounds if n < b), f">={bounds[-1]}")


def _kind(refs: tuple[ActorRef, ...]) -> str:
    """What the first side is: a state itself, one of its organs (the actor table's sector),
    or a side no word of the sentence names (filled from the story)."""
    if not refs:
        return "none"
    r = refs[0]
    if not r.entity_text:
        return "unsaid"
    return r.sector or "state"


def _among(refs: tuple[ActorRef, ...], pair: tuple[str, ...]) -> str:
    """Whether a side's states are of the article's main pair (Discourse.dyad)."""
    codes = {r.code for r in refs if r.code}
    if not codes:
        return "none"
    return "pair" if codes <= set(pair) else "some" if codes & set(pair) else "other"


def features(
    f: Frame, m: Mention, s: Sentence, found: list[ActorMatch], pair: tuple[str, ...]
) -> tuple[str, ...]:
    """The features of one mention as the coder built it from frame `f` of sentence `s`,
    whose actors are `found`, in an article about the pair of states `pair`."""
    named = {c for x in found for c in x.codes}
    ev = m.event
    fact = m.factuality
    na = len({r.code for r in m.actor})
    nr = len({r.code for r in m.recipient})
    quote = "1" if f.in_quote else "0"
    out = [
        f"ev={ev}",
        f"key={f.key}",
        f"retyped={int(ev != f.event)}",
        f"nominal={int(f.nominal)}",
        f"voice={f.voice}",
        f"quote={quote}",
        f"fact={fact}",
        f"claimed={int(m.claimed_by is not None)}",
        f"claimed_code={int(bool(m.claimed_by and m.claimed_by.code))}",
        f"na={_count(na)}",
        f"nr={_count(nr)}",
        f"akind={_kind(m.actor)}",
        f"rkind={_kind(m.recipient)}",
        f"implicit={int(m.implicit)}",
        f"title={int(s.is_title)}",
        f"sidx={_bucket(s.index, (1, 2, 4, 8, 16))}",
        f"slen={_bucket(len(s.text), (30, 60, 100, 150))}",
        f"date={'none' if m.date is None else len(m.date)}",
        f"args={_bucket(len(f.arguments), (1, 2, 3, 5))}",
        f"described={int(f.described)}",
        f"told_now={int(f.told_now)}",
        f"ev*fact={ev}*{fact}",
        f"ev*nominal={ev}*{int(f.nominal)}",
        f"ev*quote={ev}*{quote}",
        f"ev*na*nr={ev}*{_count(na)}*{_count(nr)}",
        f"ev*implicit={ev}*{int(m.implicit)}",
        f"states={_count(len(named)) if len(named) < 3 else '3+'}",
        f"apair={_among(m.actor, pair)}",
        f"rpair={_among(m.recipient, pair)}",
        f"ev*rpair={ev}*{_among(m.recipient, pair)}",
        f"to_end={_bucket(len(s.text) - f.end, (3, 8, 20, 50))}",
    ]
    out += [f"mode={t}" for t in m.mode]
    out += [f"context={t}" for t in m.context]
    out += sorted({f"cue={c.label}" for c in f.cues})
    out += sorted({f"role={a.role}" for a in f.arguments})
    return tuple(out)


def _sides(m: Mention) -> tuple[frozenset[str | None], frozenset[str | None]]:
    return frozenset(r.code for r in m.actor), frozenset(r.code for r in m.recipient)


def _states(m: Mention) -> frozenset[str | None]:
    return frozenset(r.code for r in m.actor + m.recipient)


def in_article(mentions: list[Mention]) -> list[Mention]:
    """Each mention's features completed with its sentence's and article's: how many
    mentions the sentence has, whether another one comes from the same trigger or has the
    same type with other sides, and how often the article tells the same event again."""
    per = Counter(m.sequence for m in mentions)
    same = Counter((m.sequence, m.trigger_start) for m in mentions)
    typed = Counter((m.sequence, m.event) for m in mentions)
    again = Counter((m.event, *_sides(m)) for m in mentions)
    pairs = Counter(_states(m) for m in mentions)
    # a count over the article says something only when it has other mentions to compare
    # with (a one-line flash: unknown, a feature the training rarely sees)
    short = len(mentions) < SHORT
    return [
        replace(
            m,
            keep=(
                *m.keep,
                f"nsent={_bucket(per[m.sequence], (2, 3, 5))}",
                f"shared={int(same[m.sequence, m.trigger_start] > 1)}",
                f"rival={int(typed[m.sequence, m.event] > 1)}",
                "again=na" if short else f"again={_count(again[m.event, *_sides(m)] - 1)}",
                "pair_again=na"
                if short
                else f"pair_again={_bucket(pairs[_states(m)] - 1, (1, 2, 4))}",
            ),
        )
        for m in mentions
    ]
