"""Japanese: who claims an event, the subject of the speech verb that says it.

The speaker of a speech verb is its own subject, else the subject of a clause chained to it,
else the sentence's topic written before it outside any quote (spec §6: who claims). A
trigger inside 「…」 takes the speaker of the verb after the quote; a sentence's source
(Xによると, …の間では) claims what no verb does. Split from the modality climb
(modality.py), which finds the speech verb; the frame builder asks here for its subject.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import (
    ACCORDING_TO,
    DOCUMENT,
    NOMINALISERS,
    QUOTATIVE,
    JapaneseModality,
    quote_spans,
)
from alliancewatch.types import Argument

REPORTED_AT = pattern("reported_at")
READING = pattern("reading")
AMONG = pattern("among_holders")
# 国情院は、…/ 革命防衛隊は23日、…と発表した: a topic set off by a comma, a time between
TOPIC_COMMA = pattern("reporter_topic")
PASSIVE = re.compile(r"^さ?(られ|れ)")


class JapaneseSpeakers(JapaneseModality):
    def _speaker(self, g: Graph, v: int) -> Argument | None:
        """The subject of speech verb v; else the subject of a 〜し、/〜して clause chained
        to it (Xは会議を開き、「…」と述べた), else the sentence topic before it outside
        any quote (Xは18日、…と明らかにした: the parser hangs Xは elsewhere)."""
        quotes = quote_spans(g.text)
        outside = not any(qs <= g.tokens[v].start < qe for qs, qe in quotes)
        cognition = self.lex.speech_verbs.get(g.tokens[v].lemma) == "cognition"
        # …とみられる, …と推定されている: a passive after the stem (み, 推定); 一部は…投入されたと
        # みられている: the subject of a passive judgement is what is judged
        passive = bool(PASSIVE.match(g.tail(v)[1][len(g.tokens[v].text) :]))
        assessed = cognition and passive
        for a in [] if assessed else self._args_of(g, v, set()):
            # 「韓国は…」と警告した: a subject inside the quote is the quote's, not the speaker
            if outside and any(qs < a.start < qe for qs, qe in quotes):
                continue
            if (
                a.role in ("agent", "topic")
                # …を受けることは、…と見ることができる: a clause (こと), no one
                and not (a.text in NOMINALISERS or a.text.startswith(("こと", "ところ")))
                and not self._said_event(a.text)
            ):
                return a
        if cognition and (
            passive or "こと" in g.tail(v)[1] + g.text[g.tokens[g.tail(v)[0]].end :][:4]
        ):
            return None  # …とみられる, …と見ることができる: the writer's own assessment
        for a in self._minutes_speaker(g, v):  # 岩屋大臣から、…旨述べました
            return a
        for c in g.children[v]:
            if c < v and g.tokens[c].dep in ("advcl", "conj") and g.tokens[c].pos == "VERB":
                if QUOTATIVE.match(g.connector(c)[1]) or self._conditional_clause(g, c):
                    continue  # the quoted clause itself, or a condition: not a chained one
                for a in self._args_of(g, c, set()):
                    if a.role in ("agent", "topic"):
                        return a
        for c in range(v):
            t = g.tokens[c]
            if (
                t.pos in NOMINAL
                and t.lemma not in NOMINALISERS  # …を受けることは、…と見る
                and g.marker(c) in ("は", "も")
                and not any(qs <= t.start < qe for qs, qe in quotes)
                and (v in g.ancestors(c) or g.head(c) in g.ancestors(v))
                and not self._inside_quote_clause(g, c, v)
            ):
                s, e = phrase_span(g, c)
                return Argument("topic", g.text[s:e], s, e, g.marker(c))
        if g.head(v) is None:  # the parse broke the sentence in two (two roots): the
            for c in range(v):  # first topic set off by a comma still reports its end
                t = g.tokens[c]
                if g.marker(c) not in ("は", "も") or t.pos not in NOMINAL:
                    continue
                if TOPIC_COMMA.match(g.text[t.end :]) and not any(
                    qs <= t.start < qe for qs, qe in quotes
                ):
                    s, e = phrase_span(g, c)
                    return Argument("topic", g.text[s:e], s, e, g.marker(c))
                break
        return None

    def _said_event(self, text: str) -> bool:
        """発射は…違反だと非難した: an event noun is what is talked about, never who talks
        (a document that speaks, 共同声明 or 首脳宣言, is no event here)."""
        trig = self.lex.find_trigger(READING.sub("", text))
        return trig is not None and trig.event != "NONE" and not DOCUMENT.search(text)

    def _inside_quote_clause(self, g: Graph, c: int, v: int) -> bool:
        """Token c belongs to the clause v reports (中国の行動は…と非難し), not to v. A topic
        set off by a comma or followed by the clause's own が-subject is the reporter's
        (国情院は18日、北朝鮮が…と発表した), wherever the parser hung it."""
        k = c
        while (h := g.head(k)) is not None and h != v:
            k = h
        if not (h == v and g.tokens[k].pos == "VERB" and QUOTATIVE.match(g.connector(k)[1])):
            return False
        after = g.text[g.tokens[c].end : g.tokens[v].start]
        own_subject = any(
            g.marker(j) == "が" and g.tokens[j].pos in NOMINAL for j in range(c + 1, v)
        )
        return not (own_subject or TOPIC_COMMA.match(after))

    def _quote_speaker(self, g: Graph, start: int) -> tuple[Argument | None, str | None]:
        """For a trigger inside 「…」: the subject of the speech verb after the quote."""
        for qs, qe in quote_spans(g.text):
            if not qs <= start < qe or not QUOTATIVE.match(g.text[qe:]):
                continue
            for t in g.tokens:
                if t.start >= qe and t.lemma in self.lex.speech_verbs:
                    _, tail = g.tail(t.i)
                    return self._speaker(g, t.i), "と" + tail
        return None, None

    def _according_to(self, g: Graph) -> tuple[Argument | None, str | None]:
        """The sentence's source (Xによると) and its cue; the same for each of its frames,
        so found once."""
        return g.once("according_to", lambda: self._find_according_to(g))

    def _find_according_to(self, g: Graph) -> tuple[Argument | None, str | None]:
        for t in g.tokens:
            m = g.marker(t.i)
            polite = ACCORDING_TO.match(g.text[t.end :])  # によりますと: より parsed as a verb
            if t.pos in NOMINAL and (ACCORDING_TO.match(m) or polite):
                s, e = phrase_span(g, t.i)
                cue = polite.group(0) if polite else m
                if REPORTED_AT.match(t.text):
                    # 米紙が報じたところによると: the source is the subject of the verb
                    # that the nominaliser heads, not the nominaliser
                    who = [
                        a
                        for v in g.children[t.i]
                        if v < t.i and g.tokens[v].pos == "VERB"
                        for a in self._args_of(g, v, set())
                        if a.role in ("agent", "topic")
                    ]
                    if not who:
                        continue
                    s, e = who[0].start, who[0].end
                    cue = g.text[e : t.end] + cue
                return Argument("speaker", g.text[s:e], s, e, cue), cue
        among = AMONG.search(g.text)  # 専門家の間では、…可能性もささやかれている
        if among is not None and not any(
            qs <= among.start() < qe for qs, qe in quote_spans(g.text)
        ):
            s, e = among.span("who")
            cue = g.text[e : among.end()].rstrip("、")
            return Argument("speaker", g.text[s:e], s, e, cue), cue
        return None, None
