"""Headlines and lines written like them: headlinese is read by position.

'N. Korea fires missile', 'Putin, Kim sign pact': spaCy's model, trained on running text,
often parses these as one noun phrase. A verb trigger there is read by position instead:
the words before it are the subject, a preposition after it opens a role, the rest is the
object; '..., NIS says' and '...: JCS' at the end name the source.
"""

from __future__ import annotations

import re

from alliancewatch.lang.en.grammar import (
    DATELINE,
    HEADLINE_CUT,
    HEADLINE_PLACE,
    HEADLINE_PREP,
    HEADLINE_SPEAKER,
    MODIFIER_DEPS,
    RECIPROCAL_KEYS,
    RECIPROCAL_SPLIT,
)
from alliancewatch.lang.en.lexicon import Lexicon
from alliancewatch.lang.en.tree import Tree
from alliancewatch.types import Argument, Cue, Frame, Sentence


def is_headline(sentence: Sentence) -> bool:
    """A title, or a line written like one: short and without closing punctuation (a
    headline kept in the body text, a caption, a TV lower third)."""
    text = sentence.text.rstrip()
    core = text.rstrip("\"”'’")  # Putin calls move an "unfriendly act": a quote, no period
    return sentence.is_title or (
        len(sentence.tokens) <= 20 and not core.endswith((".", "!", "?", ")", ",", ":"))
    )


def headline_speaker(text: str) -> tuple[Argument | None, str | None]:
    """'…, NIS says' or '…: JCS' closing a headline."""
    tail = HEADLINE_SPEAKER.search(text)
    if not tail:
        return None, None
    g = "who1" if tail.group("who1") else "who2"
    return Argument("agent", tail.group(g), tail.start(g), tail.end(g), ""), (
        tail.group("verb") or ":"
    )


def headline_frame(
    lex: Lexicon, t: Tree, sentence: Sentence, i: int, participle: bool = False
) -> list[Frame]:
    """Headlinese (N. Korea fires missile; Putin, Kim sign pact) is often parsed as one
    noun phrase. A verb trigger there is read by position: the words before it are the
    subject, a preposition after it opens a role, the rest is the object."""
    tok = t.toks[i]
    if (tok.pos == "VERB" and not participle and tok.dep not in MODIFIER_DEPS) or i == 0:
        return []  # a verb the parser made a predicate has its own frame
    if (
        tok.dep in ("compound", "amod")
        and t.toks[i - 1].pos not in ("PROPN", "NOUN", "PRON")
        and not participle
    ):
        return []  # conventional arms treaty: a modifier after a modifier, not a verb
    nxt = t.toks[i + 1].text.lower() if i + 1 < len(t.toks) else ""
    trig = (
        next(  # fires on: the verb with its preposition first
            (
                found
                for w in (tok.lemma.lower(), tok.text.lower().removesuffix("s"))
                if nxt and (found := lex.trigger(f"{w} {nxt}", "verb"))
            ),
            None,
        )
        or lex.trigger(tok.lemma.lower(), "verb")
        or lex.trigger(tok.text.lower().removesuffix("s"), "verb")
        or lex.trigger(tok.text.lower().removesuffix("d"), "verb")
    )
    if trig is None or trig.event == "NONE":
        return []
    text = t.text
    line = DATELINE.match(text)
    seg_start = max(
        (m.end() for m in HEADLINE_CUT.finditer(text, 0, tok.start)),
        default=line.end() if line else 0,
    )
    stop = HEADLINE_CUT.search(text, tok.end)
    seg_end = stop.start() if stop else len(text)
    if participle:  # the noun phrase right before the verb: 'and the military scrambled'
        k = i
        while k > 0 and (
            t.toks[k - 1].pos in ("PROPN", "NOUN", "DET", "ADJ", "NUM")
            or t.toks[k - 1].text in ("'s", "-")
        ):
            k -= 1
        seg_start = max(seg_start, t.toks[k].start)
    subject = text[seg_start : tok.start].strip()
    if not subject or not (subject[:1].isupper() or participle):
        return []
    if any(
        x.pos == "VERB" and x.dep == "ROOT" and seg_start <= x.start and x.end <= tok.start
        for x in t.toks
    ):  # China blasts US arms sale, Seoul to supply artillery shells: the line's verb is
        return []  # before this word, which is a noun after all
    s0 = text.index(subject, seg_start)
    args = [Argument("agent", subject, s0, s0 + len(subject), "headline")]
    pair = RECIPROCAL_SPLIT.split(subject, maxsplit=1)
    if trig.key in RECIPROCAL_KEYS and len(pair) == 2:  # Russia, Ukraine swap prisoners:
        r0 = s0 + subject.index(pair[1], len(pair[0]))  # the first acts on the second
        args = [
            Argument("agent", pair[0], s0, s0 + len(pair[0]), "headline"),
            Argument("recipient", pair[1], r0, r0 + len(pair[1]), "headline"),
        ]
    rest = text[tok.end : seg_end]
    m = HEADLINE_PREP.search(rest)
    obj_end = tok.end + (m.start() if m else len(rest))
    obj = text[tok.end : obj_end].strip()
    if obj:
        o0 = text.index(obj, tok.end)
        args.append(Argument("patient", obj, o0, o0 + len(obj), "headline"))
    if m:
        role = lex.roles.get(f"prep:{m.group(1).lower()}")
        p0, p1 = tok.end + m.end(), seg_end
        place = HEADLINE_PLACE.search(text, p0 + 1, p1)  # on U.S. base in Qatar: a place
        p1 = place.start() if place else p1
        if role and role != "-" and p1 > p0:
            args.append(Argument(role, text[p0:p1].strip(), p0, p1, m.group(1)))
    kind, _, pattern = trig.requires.partition(":")
    if kind in ("object", "not_object", "active_object"):
        hit = bool(re.search(rf"\b(?:{pattern})", obj, re.I))
        if hit != (kind != "not_object"):
            return []
    cues = [
        Cue(c.label, c.word, "tail")
        for c in lex.cues
        if c.kind == "headline" and c.pattern.search(text)
    ]
    before = text[seg_start : tok.start].lower().split()
    if before and before[-1] == "to":  # Japan to impose sanctions
        cues.append(Cue("planned", "to", "tail"))
    speaker, cue = headline_speaker(text)
    return [
        Frame(
            sentence=sentence.index,
            key=trig.key,
            trigger=tok.text,
            start=tok.start,
            end=tok.end,
            arguments=tuple(args),
            voice="active",
            cues=tuple(cues),
            speaker=speaker,
            speaker_cue=cue,
            date_spans=(),
            event=trig.event,
            mode=trig.mode,
            context=trig.context,
            partner=trig.partner,
            place_event=trig.place_event,
        )
    ]
