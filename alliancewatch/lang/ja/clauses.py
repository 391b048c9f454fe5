"""Japanese: how a predicate's clause sits in its sentence.

A continuative (発射し、) takes its tense from the clause it is chained to; a claim inside a
relative or presupposed clause belongs to the speech verb above it; a statement chained
after its speaker's own quote is that speaker's; a threat's conditional clause names the
threatened; an agreement with no subject takes the parties of the clause agreed on; and a
date binds to the nearest predicate that governs it. The frame builder (frames.py)
derives from this class and asks these questions of each trigger.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.args import JapaneseArguments
from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, QUOTE_CLOSE
from alliancewatch.types import Argument, Cue

CONTINUATIVE = pattern("continuative")
QUOTED_BEFORE = pattern("quoted_before")
SELF_CLAIM_EXCLUDED = pattern("self_claim_excluded")


class JapaneseClauses(JapaneseArguments):
    def _agreed_parties(self, g: Graph, p: int) -> list[Argument]:
        """協議では、両国の協力を深めていくことで一致した: with no subject of its own, an
        agreement's parties are those of the clause agreed on (〜ことで/ことに), the
        subject of its verb or the owner of that verb's object."""
        out = []
        for n in g.children[p]:
            if g.tokens[n].lemma != "こと":
                continue
            for v in g.children[n]:
                if v > n or g.tokens[v].pos != "VERB":
                    continue
                for a in self._args_of(g, v, set()):
                    if a.role in ("agent", "topic", "comitative"):
                        out.append(Argument("agent", a.text, a.start, a.end, "agreed"))
                for o in g.children[v]:
                    if g.tokens[o].dep == "obj":
                        out += [
                            Argument("agent", a.text, a.start, a.end, "agreed")
                            for a in self._args_of(g, o, set())
                            if a.role == "genitive"
                        ]
        return out

    def _chained_quote_speaker(self, g: Graph, p: int) -> tuple[Argument | None, str | None]:
        """The speaker of a 「…」と述べ、 clause chained before p, unless that speaker is a
        state or government as a whole (政府は「…」と述べ、抗議した)."""
        for c in g.children[p]:
            if (
                c >= p
                or g.tokens[c].dep not in ("advcl", "conj")
                or not self._is_speech(g, c)
                or not CONTINUATIVE.search("".join(g.connector(c)[1:]) or g.tail(c)[1])
                or not any(
                    QUOTATIVE.match(g.connector(q)[1]) or g.tokens[q].text in QUOTE_CLOSE
                    for q in g.children[c]
                    if q < c
                )
            ):
                continue
            speaker = self._speaker(g, c)
            if speaker is None or SELF_CLAIM_EXCLUDED.search(speaker.text):
                return None, None
            _, tail = g.tail(c)
            return speaker, "と" + tail
        return None, None

    def _threat_sides(self, g: Graph, before: int, args: list[Argument]) -> list[Argument]:
        """米国が挑発を続けるなら、人民軍は「…」と警告した: the subject of the condition is
        the threatened; the one who will act in the threat's main clause threatens."""
        targets = []
        for c, t in enumerate(g.tokens):
            h = g.head(c)
            if t.start >= before or g.marker(c) != "が" or h is None or t.pos not in NOMINAL:
                continue
            last, tail = g.tail(h)
            _, conn = g.connector(h)
            after = g.text[g.tokens[last].end :]
            if self.conditional.search(tail[-3:] + conn) or after.startswith(("限り", "場合")):
                s, e = phrase_span(g, c)
                targets.append(Argument("recipient", g.text[s:e], s, e, "condition"))
        for v, t in enumerate(g.tokens):
            # イランが…攻撃すれば: the が-phrase right before a conditional verb is its
            # subject, wherever the parser hung it (often on the warning verb itself)
            if t.start >= before or t.pos != "VERB" or g.tokens[v].dep == "compound":
                continue
            last, tail = g.tail(v)
            if not self.conditional.search(tail[-3:] + g.connector(v)[1]):
                continue
            for c in range(v - 1, -1, -1):
                if g.tokens[c].pos == "VERB" and g.tokens[c].dep != "compound":
                    break
                if g.marker(c) == "が" and g.tokens[c].pos in NOMINAL:
                    s, e = phrase_span(g, c)
                    if all((a.start, a.end) != (s, e) for a in targets):
                        targets.append(Argument("recipient", g.text[s:e], s, e, "condition"))
                    break
        if not targets:
            return args
        spans = {(a.start, a.end) for a in targets}
        kept = [
            replace(a, role="agent_phrase") if a.role == "content_agent" else a
            for a in args
            if (a.start, a.end) not in spans
        ]
        return kept + targets

    def _tense_tail(self, g: Graph, p: int) -> str:
        """The ending that gives p its tense: a continuative (発射し、/会談して) has none of
        its own and takes the ending of the clause it is chained to."""
        cur = p
        while True:
            _, tail = g.tail(cur)
            h = g.head(cur)
            last, conn = g.connector(cur)
            if (
                h is None
                or h < cur
                or g.tokens[cur].dep not in ("advcl", "conj")
                or g.tokens[h].pos != "VERB"
                or QUOTATIVE.match(conn)
                or not CONTINUATIVE.search(tail + conn)
            ):
                return tail
            cur = h

    def _next_verb_cue(self, g: Graph, p: int) -> list[Cue]:
        """…を提供したとみている where the parser did not hang the clause on みる: the verb
        right after the quotative still judges it."""
        last, conn = g.connector(p)
        if not QUOTATIVE.match(conn):
            return []
        k = last + 1
        while k < len(g.tokens) and g.tokens[k].pos != "VERB" and k <= last + 3:
            k += 1
        return self._quote_cue(g, k) if k < len(g.tokens) and g.tokens[k].pos == "VERB" else []

    def _main_clause(self, g: Graph, p: int) -> bool:
        """p ends the sentence, alone or through a 〜し、/〜して chain."""
        cur = p
        while (h := g.head(cur)) is not None:
            _, tail = g.tail(cur)
            _, conn = g.connector(cur)
            if (
                h < cur
                or g.tokens[cur].dep not in ("advcl", "conj")
                or not CONTINUATIVE.search(tail + conn)
            ):
                return False
            cur = h
        return True

    def _reporting_above(self, g: Graph, p: int) -> tuple[Argument | None, str | None]:
        """A claim inside a relative clause or a presupposed clause is still the reporter's:
        the speech verb above it, when it takes a quotative と, names the claimant."""
        if self._is_speech(g, p):
            return None, None  # 非難し, 要求し: the statement itself, not a claim about it
        for a in g.ancestors(p):
            if not self._is_speech(g, a):
                continue
            first = min([a, *(c for c in g.children[a] if c < a and self._light_part(g, c))])
            before = g.text[: g.tokens[first].start].rstrip("、 ")
            if not QUOTED_BEFORE.search(before):
                continue
            speaker = self._speaker(g, a)
            if speaker is not None:
                _, tail = g.tail(a)
                return speaker, "と" + g.text[g.tokens[first].start : g.tokens[a].start] + tail
        return None, None

    def _date_spans(self, g: Graph, path: list[int]) -> tuple[tuple[int, int], ...]:
        """Where a date binds, nearest first: dependents of the event's own predicate and its
        〜して chain, then of each predicate above it (一〜日付で署名したと12日報じた)."""
        spans: list[tuple[int, int]] = []
        for p in dict.fromkeys(path):
            for hd in [p, *g.descendants(p, {"advcl", "conj"})]:
                for c in [hd, *g.children[hd]]:
                    if c == hd or g.tokens[c].dep in (
                        "obl",
                        "nmod",
                        "advmod",
                        "compound",
                        "nummod",
                        "obl:tmod",
                    ):
                        toks = g.np_tokens(c) if c != hd else [c]
                        span = g.span(min(toks), max(toks))
                        if span not in spans:
                            spans.append(span)
        return tuple(spans)
