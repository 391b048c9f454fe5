"""English frames, third step: events the telling of another implies. A punitive act told
as what its doer will do is also a threat; aid offered is also a proposal. Each takes a
finished frame and returns the derived one, or None; frames.py adds it beside the first.
Split from shaping.py."""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.en.grammar import OFFER_VERBS, RESPONSE_KEYS, THREAT_EVENTS
from alliancewatch.types import Frame


def threat_of(f: Frame) -> Frame | None:
    """The threat in a punitive act told as what its doer will do: 'would impose sanctions
    if the two sides strike a deal', 'Iran would take measures against Britain', 'it
    would strike back at the source of the fire'. The act keeps its own mood (planned,
    hypothetical); the telling is a THREATEN, asserted, from the doer to the act's target.
    A condition (if, unless, should ...) makes any punitive act a threat; a response word
    (measures, retaliate, strike back) needs only the modal. Negated acts threaten nothing."""
    if f.event not in THREAT_EVENTS or f.nominal or f.voice != "active":
        return None
    labels = {c.label for c in f.cues}
    modal = any(c.kind == "aux" and c.label in ("planned", "hypothetical") for c in f.cues)
    condition = any(c.kind == "mark" and c.label == "hypothetical" for c in f.cues)
    if "negated" in labels or not modal or not (condition or f.key in RESPONSE_KEYS):
        return None
    args = tuple(  # (a passive act is left out: 'they would be shot down' names no doer)
        replace(a, role="recipient") if a.role in ("patient", "target") else a
        for a in f.arguments
        if a.role in ("agent", "agent_phrase", "patient", "target", "recipient")
    )
    keep = tuple(c for c in f.cues if c.label in ("probable", "possible") and c.kind != "aux")
    return replace(f, event="THREATEN", arguments=args, cues=keep, mode=(), context=())


def offer_of(f: Frame) -> Frame | None:
    """Aid offered (the coast guard offered assistance to the crew, Britain offered a
    battalion) is also a proposal to its receiver: an AGREE, asserted; the aid itself
    stays planned."""
    if f.event != "AID" or f.nominal or f.voice != "active":
        return None
    if not any(c.kind in ("light", "trigger") and c.text in OFFER_VERBS for c in f.cues):
        return None
    keep = tuple(c for c in f.cues if c.label in ("negated", "possible", "probable"))
    return replace(f, event="AGREE", cues=keep, mode=(), context=())
