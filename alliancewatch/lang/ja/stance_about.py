"""Japanese: the doer of the act a stance is about, when the parser hung that act on another
verb.

「日本政府が決めた円借款供与について「…心から歓迎する」との談話を発表した」: the について-phrase
names what the quoted welcome is about, but the parser hangs it on the statement verb
(発表した), so the welcome's own object search (args.py `_content_doer`) never sees it and
the welcome has no other side. The phrase reaches the stance as a stray argument
(participants.py); its act's doer, the subject of the relative clause that carries the act
out (決めた), is what the stance is aimed at (content_agent), as for the act written on
the stance itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from alliancewatch.lang.ja.graph import (
    ABOUT,
    ADDRESSEE_MARKERS,
    NOMINAL,
    Graph,
    graph_of,
    phrase_span,
)
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument, Frame, Sentence


def stray_act_doers(
    g: Graph,
    p: int,
    args: list[Argument],
    relative_doer: Callable[[Graph, int], list[Argument]],
) -> list[Argument]:
    """The relative-clause doers of each act a stance p is said about or aimed at that the
    parser hung elsewhere (not on p), each as what p is about (content_agent)."""
    taken = {(a.start, a.end) for a in args}
    out = []
    for a in args:
        if a.role not in ("recipient", "patient") or not a.participant:
            continue
        if not (ABOUT.match(a.marker) or a.marker in ADDRESSEE_MARKERS):  # 協力に謝意
            continue
        k = g.ending_at(a.end)
        if k is None or k >= p or g.head(k) == p:
            continue  # its own object: args.py has looked at it
        out += _content_doers(g, k, taken, relative_doer)
    return out + _quoted_about(g, p, taken, relative_doer)


def _quoted_about(
    g: Graph,
    p: int,
    taken: set[tuple[int, int]],
    relative_doer: Callable[[Graph, int], list[Argument]],
) -> list[Argument]:
    """A stance inside a quote opened right after a について-phrase (Xについて「…歓迎する」
    との談話): the phrase is what the quote is about, and its act's doer what p is aimed at,
    however long the quote runs before p."""
    at = g.tokens[p].start
    quote = next(((qs, qe) for qs, qe in quote_spans(g.text) if qs < at < qe), None)
    if quote is None:
        return []
    k = next((t.i for t in reversed(g.tokens) if t.end <= quote[0] and t.pos in NOMINAL), None)
    m = ABOUT.match(g.text[g.tokens[k].end : quote[0]]) if k is not None else None
    if k is None or m is None or m.end() != quote[0] - g.tokens[k].end:
        return []
    s, e = phrase_span(g, k)
    found = [] if (s, e) in taken else [Argument("patient", g.text[s:e], s, e, m.group(0))]
    return found + _content_doers(g, k, taken, relative_doer)


def _content_doers(
    g: Graph,
    k: int,
    taken: set[tuple[int, int]],
    relative_doer: Callable[[Graph, int], list[Argument]],
) -> list[Argument]:
    """The doers of act noun k not already taken, each as what the stance is about."""
    return [
        Argument("content_agent", d.text, d.start, d.end, d.marker)
        for d in _doers(g, k, relative_doer)
        if (d.start, d.end) not in taken
    ]


def _doers(
    g: Graph, k: int, relative_doer: Callable[[Graph, int], list[Argument]]
) -> list[Argument]:
    """The relative-clause doers of act noun k, or of its の-modifier when the parser hung
    the clause there (日本政府が決めたレーダーの供与: 決めた on レーダー)."""
    found = relative_doer(g, k)
    for c in g.children[k] if not found else ():
        if c < k and g.marker(c) == "の" and g.tokens[c].pos in NOMINAL:
            found += relative_doer(g, c)
    return found


QUOTE_JUDGED = pattern("quote_judged")  # 歓迎, 評価, 謝意: a stance a quote can fill
QUOTE_TO_STANCE = pattern("quote_to_stance")  # 」と, 」として高く
OBJECTS = ("recipient", "patient", "content_agent", "compound")


def quoted_judged(frame: Frame, sentence: Sentence) -> Frame:
    """日本政府筋は「米中関係の安定に資する」と歓迎している: a welcome, praise or thanks with
    no object of its own whose quote closes right before it judges what the quote tells; the
    states the quote names are its other side (a patient over the quote's words; the
    speaker's own state among them is no second side: 「日独の防衛協力を…」と歓迎)."""
    if (
        frame.event != "SUPPORT"
        or frame.in_quote
        or not QUOTE_JUDGED.match(frame.key)
        or any(a.role in OBJECTS and a.participant for a in frame.arguments)
    ):
        return frame
    text = sentence.text
    for qs, qe in quote_spans(text):
        if qe <= frame.start and QUOTE_TO_STANCE.match(text[qe - 1 : frame.start]):
            said = Argument("patient", text[qs + 1 : qe - 1], qs + 1, qe - 1, "「」")
            if text[:qs].endswith("を"):  # 米国の決定を「…一歩だ」と歓迎: what is judged is
                said = _judged_object(sentence, qs - 1)  # the を-phrase, the quote its verdict
            return frame if said is None else replace(frame, arguments=(*frame.arguments, said))
    return frame


def _judged_object(sentence: Sentence, end: int) -> Argument | None:
    """The noun phrase that ends at character end (before its を), the parser's cut."""
    g = graph_of(sentence)
    k = g.ending_at(end)
    if k is None:
        return None
    s, e = phrase_span(g, k)
    return Argument("patient", g.text[s:e], s, e, "を")
