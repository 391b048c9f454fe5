"""Korean: how certain a sentence is about an event, and who it says claims it.

Cues (data/factuality.tsv) are read on the way right from the event, the way Korean stacks
them: first the event's own clause (파병하지 않았다, 파병할 것으로 보인다, 파병할 예정이다,
파병 가능성이 있다), then the connective that ends it (-면, -ㄹ 경우: hypothetical), then the
clauses it is chained to (-고 … 할 예정이다) or embedded under (-도록 촉구했다: unreal;
파병을 부인했다: negated). The climb stops where the event is presupposed (a relative clause
on an ordinary noun, a -지만 contrast, a cause) and at a speech or cognition verb after a
-다고/-라고 clause (data/speech_verbs.tsv), whose subject is the claimant, never a participant.
Without a speech verb the claimant is the source of -에 따르면. Used by frames.py as a base.
"""

from __future__ import annotations

import re
from pathlib import Path

from alliancewatch.lang.ko.chunks import Chunk
from alliancewatch.lang.ko.lexicon import Lexicon
from alliancewatch.types import Argument, Cue

QUOTES = (
    ('"', '"'),
    ("“", "”"),
    ("'", "'"),
    ("‘", "’"),
    ("「", "」"),
    ("『", "』"),
    ("《", "》"),
)
# the kind of the cue "a non-past predicate tells what is coming" (훈련을 실시한다), which a
# statement in the present (지지한다, 반대한다) does not take
NONPAST = "nonpast"
# the statement a source made (국방성 대변인 담화에서): its author is the claimant
STATEMENT = re.compile(r" (담화|성명|논평|공동성명|발표문|회견|연설|브리핑)$")
LEADING_DATE = re.compile(r"(?:(?:지난|오는)\s*)?\d+\s*일\s+|(?:이날|이튿날|전날|같은 날)\s+")
STATEMENT_MARKERS = frozenset({"에서", "을통해", "를통해", "에서는"})
# a North Korean wire credit opening the lead: (평양 11월 1일발 조선중앙통신)
CREDIT = re.compile(r"\s*[(（][^()（）]{0,20}?\d+일발\s*(?P<agency>[^()（）\s]+)\s*[)）]")
COLON_SPEAKER = re.compile(r"(\S)\s*[:：]\s*$")
OBJECT_MARKERS = {"을", "를", "도", "", "까지", "만", "은", "는"}


def _span(a: Argument) -> tuple[str, int, int]:
    return a.text, a.start, a.end


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages ("…", “…”, '…'), outermost only."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        pair = next((q for q in QUOTES if text[i] == q[0]), None)
        if pair is None:
            i += 1
            continue
        j = text.find(pair[1], i + 1)
        if j < 0:
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Quoted speech ("…", “…”, 《…》); single quotes mark names and terms ('프리덤 에지')."""
    return [(s, e) for s, e in quote_spans(text) if text[s] not in "'‘"]


class Modality:
    def __init__(self, lexicon: Lexicon, data_dir: Path) -> None:
        self.lex = lexicon
        self.links = lexicon.links
        self.tail_cues = lexicon.cues_of("tail")
        self.link_cues = lexicon.cues_of("link")
        self.above_cues = lexicon.cues_of("above")
        self.govern_rows = lexicon.cues_of("govern")
        self.govern = {c.word: c for c in reversed(self.govern_rows)}  # first row wins
        self.adverbs = {c.word: c for c in lexicon.cues_of("adverb")}

    # defined by the frame builder (frames.py)
    def boundary(self, chunks: list[Chunk], k: int, text: str) -> str:
        raise NotImplementedError

    def local_args(self, text: str, chunks: list[Chunk], k: int) -> tuple[list[Argument], int]:
        raise NotImplementedError

    def role(self, marker: str) -> str | None:
        raise NotImplementedError

    # -- cues --------------------------------------------------------------------------

    @staticmethod
    def _match(cues: list, segment: str, skip_negation: bool = False) -> list[Cue]:
        out = []
        for c in cues:
            if skip_negation and c.label == "negated":
                continue
            m = c.pattern.search(segment)
            if m:
                out.append(Cue(c.label, m.group(0).strip() or segment.strip(), c.kind))
        return out

    def _gov(self, text: str, c: Chunk) -> Cue | None:
        """The cue of a governing verb, when its clause text fits the row's pattern
        (배제하지 않는다: possible; 배제했다: negated)."""
        row = self.govern.get(c.lemma) if c.kind == "pred" else None
        if row is None or not row.pattern.search(text[c.start : c.end_all]):
            rows = [r for r in self.govern_rows if r.word == c.lemma and c.kind == "pred"]
            row = next((r for r in rows if r.pattern.search(text[c.start : c.end_all])), None)
        return Cue(row.label, c.lemma, "govern") if row else None

    def _next_pred(self, chunks: list[Chunk], j: int) -> int | None:
        """The next predicate right of chunk j, over modifiers (포괄적인 조약에 서명했다고)."""
        return next(
            (
                g
                for g in range(j + 1, len(chunks))
                if chunks[g].kind == "pred" and not chunks[g].adjective
            ),
            None,
        )

    def _through_complements(self, text: str, chunks: list[Chunk], j: int) -> int:
        """파병할 [것으로] 보인다, 파병하기로 했다: the clause goes on to the next predicate."""
        seen = 0
        while self.boundary(chunks, j, text) == "complement" and seen < 4:
            g = self._next_pred(chunks, j)
            if g is None:  # 보낸 듯 (a headline): the clause ends with the bound noun
                return j + 1 if j + 1 < len(chunks) else j
            j, seen = g, seen + 1
        return j

    def _adverb(self, text: str, c: Chunk) -> list[Cue]:
        before = text[max(0, c.start - 3) : c.start]
        m = re.search(r"(\S+)\s+$", before)
        if m and m.group(1) in self.adverbs:
            a = self.adverbs[m.group(1)]
            return [Cue(a.label, m.group(1), "tail")]
        return []

    def climb(
        self, text: str, chunks: list[Chunk], p: int, key_end: int, nominal: bool
    ) -> tuple[list[Cue], int | None, list[tuple[int, int]]]:
        """Cues governing the event whose predicate (or noun phrase) is chunk p, the speech
        verb claiming it, and the date spans of the clauses walked through."""
        cues: list[Cue] = []
        spans: list[tuple[int, int]] = []
        if nominal:
            g = self._next_pred(chunks, p)
            if g is None:  # EU "추가 제재" 예고 (a headline): the noun after it governs
                nxt = [c for c in chunks[p + 1 :] if c.kind == "np"][:1]
                row = self.govern.get(text[nxt[0].start : nxt[0].end] + "하다") if nxt else None
                return ([Cue(row.label, row.word, "govern")] if row else []), None, spans
            g = self._through_complements(text, chunks, g)
            own = text[key_end : chunks[g].end_all]
            cues += self._match(self.tail_cues, own, skip_negation=True)
            if self.role(chunks[p].marker) in (None, "patient", "topic") and (
                chunks[p].marker in OBJECT_MARKERS
            ):
                first = self._next_pred(chunks, p)
                for h in range(first or g, g + 1):
                    gov = self._gov(text, chunks[h])
                    if gov:
                        cues.append(gov)
            _, gstart = self.local_args(text, chunks, g)
            spans.append((gstart, chunks[g].end_all))
            j = g
        else:
            j = self._through_complements(text, chunks, p)
            own = text[key_end : chunks[j].end_all]
            cues += self._match(self.tail_cues, own) + self._adverb(text, chunks[p])
            gov = self._gov(text, chunks[j]) if j != p else None
            if gov:  # 철수할 것을 요구했다
                cues.append(gov)
            end = chunks[j]
            if (
                not cues
                and j == p
                and end.kind == "pred"
                and end.ending_tag == "EF"
                and end.tense == "nonpast"
                and chunks[p].tense == "nonpast"
            ):  # 15일부터 훈련을 실시한다: news tells what is coming in the non-past
                cues.append(Cue("planned", text[end.start : end.end_all], NONPAST))
            cond = self._condition_before(text, chunks, p)
            if cond:  # 훈련을 마치면 … 투입될 것: the main clause of a condition
                cues.append(cond)
        while True:
            b = self.boundary(chunks, j, text)
            if b == "condition":
                c = chunks[j]
                cues.append(Cue("hypothetical", c.ending, "link"))
                return cues, None, spans
            if b == "relative":
                nxt = chunks[j + 1] if j + 1 < len(chunks) else None
                if nxt is not None and any(
                    c.pattern.search(text[nxt.start : nxt.end_all + 4]) for c in self.link_cues
                ):  # 공격할 경우: a condition
                    cues.append(Cue("hypothetical", text[nxt.start : nxt.end], "link"))
                return cues, None, spans
            if b in ("end", "contrast", "cause", "relative"):
                return cues, None, spans
            g = self._next_pred(chunks, j)
            if g is None:
                return cues, None, spans
            if b == "quote":
                s = self._speech_verb(chunks, j)
                if s is None:
                    return cues, None, spans
                gov = self._gov(text, chunks[s])
                if gov:
                    cues.append(Cue(gov.label, gov.text, "quote"))
                if not any(c.kind != NONPAST for c in cues):
                    # 파병하기로 결정했다고 18일 밝혔다: the day of the report dates only what
                    # is told as fact (or is the statement itself), not a plan or a guess
                    spans.append((chunks[j].end_all, chunks[s].end_all))
                return cues, s, spans
            g = self._through_complements(text, chunks, g)
            gov = self._gov(text, chunks[g])
            if b == "purpose" and gov:  # 철수하도록 촉구했다
                cues.append(gov)
            segment = text[chunks[j].end_all : chunks[g].end_all]
            cues += self._match(self.above_cues, segment, skip_negation=True)
            spans.append((chunks[j].end_all, chunks[g].end_all))
            j = g

    def _condition_before(self, text: str, chunks: list[Chunk], p: int) -> Cue | None:
        """The clause right before this one is a condition (-면, -ㄹ 경우)."""
        for j in range(p - 1, -1, -1):
            c = chunks[j]
            if c.kind != "pred" or c.adjective:
                continue
            b = self.boundary(chunks, j, text)
            if b == "condition":
                return Cue("hypothetical", c.ending, "link")
            if b == "relative" and j + 1 < len(chunks):
                nxt = chunks[j + 1]
                head = text[nxt.start : nxt.end_all + 4]
                if any(r.pattern.search(head) for r in self.link_cues):
                    return Cue("hypothetical", text[nxt.start : nxt.end], "link")
                continue
            if b in ("complement",):
                continue
            return None
        return None

    def _speech_verb(self, chunks: list[Chunk], j: int) -> int | None:
        """The first speech or cognition verb after a -다고/-라고 clause."""
        for s in range(j + 1, len(chunks)):
            if chunks[s].kind == "pred" and chunks[s].lemma in self.lex.speech_verbs:
                return s
        return None

    # -- the claimant ------------------------------------------------------------------

    def _subject_of(self, text: str, chunks: list[Chunk], s: int, before: int) -> Argument | None:
        """The speech verb's own subject, else the sentence's first topic left of `before`
        (국정원은 [북한이 …했다고] 밝혔다), outside quotes."""
        own, _ = self.local_args(text, chunks, s)
        subj = [a for a in own if a.role == "agent"] or [a for a in own if a.role == "topic"]
        if subj:
            return subj[-1]
        quotes = quote_spans(text)
        for c in chunks:
            if c.start >= before:
                break
            if (
                c.kind == "np"
                and self.role(c.marker) == "topic"
                and not any(qs <= c.start < qe for qs, qe in quotes)
            ):
                return Argument("topic", text[c.start : c.end], c.start, c.end, c.marker)
        return None

    def speaker(
        self,
        text: str,
        chunks: list[Chunk],
        p: int,
        key_start: int,
        speech: int | None,
        headline: bool = False,
    ) -> tuple[Argument | None, str | None, bool]:
        """(claimant, cue, inside a quote) for the event at chunk p."""
        if speech is not None:
            # the quoted clause's own subjects are not the speaker when a topic precedes them
            who = self._speaker_for_clause(text, chunks, p, speech)
            c = chunks[speech]
            return who, text[c.start : c.end_all], False
        for qs, qe in quote_spans(text):
            m = COLON_SPEAKER.search(text[:qs])
            if qs <= key_start < qe and m:
                # [녹취] 국정원 관계자 : "…" (broadcast transcript): the name before the colon
                k = next(
                    (k for k, c in enumerate(chunks) if c.kind == "np" and c.end == m.end(1)), None
                )
                if k is not None:
                    first = k  # 이성준 합참 공보실장 : the name and the title before it
                    while (
                        first > 0
                        and chunks[first - 1].kind == "np"
                        and not chunks[first - 1].marker
                        and not text[chunks[first - 1].end : chunks[first].start].strip()
                    ):
                        first -= 1
                    s, e = chunks[first].start, chunks[k].end
                    return Argument("speaker", text[s:e], s, e, ":"), ":", True
            if headline and qs <= key_start < qe and self.headline_speaker(text, chunks, qs):
                # 국정원 "북한군 추가 파병 가능성": a headline's bare name before a quote
                c = self.headline_speaker(text, chunks, qs)
                assert c is not None
                return Argument("speaker", text[c.start : c.end], c.start, c.end, ""), '""', True
            if qs <= key_start < qe:
                s = next(
                    (
                        k
                        for k, c in enumerate(chunks)
                        if c.kind == "pred" and c.start >= qe and c.lemma in self.lex.speech_verbs
                    ),
                    None,
                )
                if s is not None:
                    who = self._subject_of(text, chunks, s, qs)
                    c = chunks[s]
                    return who, text[c.start : c.end_all], True
        for c in chunks:
            if c.kind == "np" and self.role(c.marker) == "claim":
                arg = Argument("speaker", text[c.start : c.end], c.start, c.end, c.marker)
                return arg, text[c.end : c.end_all], False
        return None, None, False

    @staticmethod
    def credited(text: str, chunks: list[Chunk], wire: bool) -> tuple[Argument, str] | None:
        """The source a sentence credits when nobody speaks in it: the author of a statement
        (국방성 대변인 담화에서, 조선중앙통신 논평을 통해), else the agency of a North Korean
        wire credit ((평양 11월 1일발 조선중앙통신))."""
        for c in chunks:
            m = STATEMENT.search(text, c.start, c.end)
            if c.kind == "np" and m and m.start() > c.start and c.marker in STATEMENT_MARKERS:
                lead = LEADING_DATE.match(text, c.start)  # 10일 국방성 대변인: not the date
                s, e = (lead.end() if lead else c.start), m.start()
                return Argument("speaker", text[s:e], s, e, ""), c.marker
        m = CREDIT.match(text) if wire else None
        if m:
            s, e = m.start("agency"), m.end("agency")
            return Argument("speaker", m["agency"], s, e, ""), "발"
        return None

    @staticmethod
    def headline_speaker(text: str, chunks: list[Chunk], quote_start: int) -> Chunk | None:
        if text[quote_start] not in '"“':
            return None  # single quotes mark a name or a term, not speech
        before = [c for c in chunks if c.end <= quote_start]
        if before and before[-1].kind == "np" and not before[-1].marker:
            gap = text[before[-1].end : quote_start]
            if not gap.strip():
                return before[-1]
        return None

    def _speaker_for_clause(
        self, text: str, chunks: list[Chunk], p: int, s: int
    ) -> Argument | None:
        own, _ = self.local_args(text, chunks, s)
        subj = [a for a in own if a.role == "agent"] or [a for a in own if a.role == "topic"]
        if subj:
            return subj[-1]
        # 국정원은 북한이 …했다고 밝혔다: the topic ahead of a clause with its own subject
        first_topic = next(
            (
                c
                for c in chunks[:p]
                if c.kind == "np"
                and self.role(c.marker) == "topic"
                and not any(qs <= c.start < qe for qs, qe in quote_spans(text))
            ),
            None,
        )
        if first_topic is None:  # 국무부가 …승인했다고 발표했다: who acts announces it
            agents = [a for a in self.local_args(text, chunks, p)[0] if a.role == "agent"]
            return Argument("speaker", *_span(agents[0]), "") if agents else None
        return Argument(
            "topic",
            text[first_topic.start : first_topic.end],
            first_topic.start,
            first_topic.end,
            first_topic.marker,
        )
