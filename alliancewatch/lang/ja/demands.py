"""Japanese: a demand said as a modal inside a quote (spec §6, blind8 "quote frame").

「まずカンボジアが攻撃をやめるべきだ」と述べた, 「米国とEUは制裁を強化しなければならない」と訴え
た, 「日米は…に口出しすべきではない」と反発した: the speaker tells the quoted clause's subject
what it must (not) do. No request word is written, but the annotators code a REQUEST from
the speaker to that subject, claimed by the speaker. Only a deontic modal ending the quote
counts (data/patterns.tsv `quoted_demand`: べきだ, なければならない, てほしい ...), and only
when the quoted clause names its own subject, not the speaker's side (わが国は…べきだ is
a commitment, not a request) and not an event or a clause; a speech verb that is itself a
request (「…べきだ」と求めた) is coded by its own frame. So too a quote that calls its subject
the speaker's partner (「韓国はわが国の最も重要な防衛パートナーの一つだ」と述べた,
`quoted_partner`): SUPPORT from the speaker to that subject.
"""

from __future__ import annotations

from alliancewatch.lang.ja.clauses import clause_quotes
from alliancewatch.lang.ja.graph import LIST_MARKERS, NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern, words
from alliancewatch.lang.ja.modality import QUOTATIVE
from alliancewatch.lang.ja.nominal import FIRST_PERSON
from alliancewatch.lang.ja.statements import GUESSED, JapaneseStatements
from alliancewatch.lang.ja.voice import passive
from alliancewatch.types import Argument, Frame, Sentence

# the ending of a quote and what the speaker does to its subject by saying it
SAID = ((pattern("quoted_demand"), "REQUEST"), (pattern("quoted_partner"), "SUPPORT"))
BOTH = frozenset(words("both_words"))
INDEFINITE = pattern("indefinite")
FOR = "にとって"  # the one for whom the quoted subject is a partner


class JapaneseDemands(JapaneseStatements):
    def _quoted_demands(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """REQUEST frames for quotes that end in a deontic modal (see the module doc)."""
        out = []
        for qs, qe in clause_quotes(g):
            for ending, event in SAID if QUOTATIVE.match(g.text[qe:]) else ():
                m = ending.search(g.text[qs:qe])
                if m is None:
                    continue
                start, end = qs + m.start(), qs + m.end(1)
                frame = self._demand(g, sentence, (qs, qe), (start, end), event, built)
                if frame is not None:
                    out.append(frame)
        return out

    def _demand(
        self,
        g: Graph,
        sentence: Sentence,
        quote: tuple[int, int],
        key: tuple[int, int],
        event: str,
        built: list[Frame],
    ) -> Frame | None:
        (qs, qe), (start, end) = quote, key
        modal = next((t.i for t in g.tokens if t.start >= start), None)
        v = next((t.i for t in g.tokens if t.start >= qe and self._is_speech(g, t.i)), None)
        if (
            modal is None
            or v is None
            or any(f.event == event and (qs < f.start < qe or f.start >= qe) for f in built)
        ):
            return None  # 「…べきだ」と求めた: the request word has its own frame
        p = modal
        while g.tokens[p].pos == "AUX" and (h := g.head(p)) is not None and qs < g.tokens[h].start:
            p = h  # べき -> やめる; しなければならない -> 強化
        if not qs < g.tokens[p].start < qe or passive(g, p):
            return None  # 「何も排除されるべきではない」: what is done to it, no one told
        subjects = [
            a
            for a in self._args_of(g, p, set())
            + self._chained(g, p)
            + self._stray_subject(g, qs, p)
            if a.role in ("agent", "topic")
            and a.marker not in GUESSED
            and qs < a.start < qe
            and not FIRST_PERSON.match(a.text)  # わが国は…べきだ: the speaker's own duty
            and a.text not in BOTH  # 両国は…パートナーだ: the speaker's side among them
            and not INDEFINITE.match(a.text)  # 何も, 誰も: no one in particular
            and not self._said_event(a.text)  # 軍事協力は中止されるべきだ: an event's doers
        ]
        speaker = self._closing_speaker(g, v)
        if not subjects or speaker is None or qs <= speaker.start < qe:
            return None
        told = self._coordinated(g, max(subjects, key=lambda a: a.start), qs)
        cues, _, _, path = self._climb(g, v, False)
        if any(c.label in ("negated", "hypothetical") for c in cues):
            return None  # …べきだとは言わなかった: no demand made
        holder = speaker
        for c in range(p) if event == "SUPPORT" else ():
            t = g.tokens[c]
            if qs < t.start and t.pos in NOMINAL and g.marker(c) == FOR:
                # 「日本は韓国にとって重要なパートナーだ」: whose partner it is says so
                hs, he = phrase_span(g, c)
                if not FIRST_PERSON.match(g.text[hs:he]):
                    holder = Argument("agent", g.text[hs:he], hs, he, FOR)
        args = [
            Argument("agent", holder.text, holder.start, holder.end, "speaker"),
            Argument("recipient", told.text, told.start, told.end, "quoted"),
            # the rest of the quote names no side: a speaker who names no state (専門家は
            # 「日本は米国と…すべきだ」と話した) is not filled in from a state quoted
            Argument("claim", g.text[qs:qe], qs, qe, "quoted", participant=False),
        ]
        said = (speaker, v, path, list(cues))
        return self._quoted_frame(g, sentence, (start, end), event, args, said)

    def _chained(self, g: Graph, p: int) -> list[Argument]:
        """「フィリピンは…と組んで挑発すべきではない」: the subject of a clause chained to p
        by 〜て (not a condition) is p's too."""
        return [
            a
            for c in g.children[p]
            if c < p
            and g.tokens[c].dep == "advcl"
            and g.tokens[c].pos == "VERB"
            and (g.tail(c)[1] + g.connector(c)[1]).rstrip("、").endswith(("て", "で"))
            and not self._conditional_clause(g, c)
            for a in self._args_of(g, c, set())
        ]

    @staticmethod
    def _coordinated(g: Graph, a: Argument, qs: int) -> Argument:
        """欧州連合（EU）と日本は…: members joined by と/や before the subject the parser
        split off are told too."""
        start = a.start
        while True:
            k = g.ending_at(start)
            h = g.head(k) if k is not None and g.tokens[k].text in LIST_MARKERS else None
            if h is None or h >= k or g.tokens[h].pos not in NOMINAL:
                break
            s, _ = phrase_span(g, h)
            if s <= qs or s >= start:
                break
            start = s
        return Argument(a.role, g.text[start : a.end], start, a.end, a.marker)

    @staticmethod
    def _stray_subject(g: Graph, qs: int, p: int) -> list[Argument]:
        """「ロシアが…拒むなら、米国とEUは…強化しなければならない」: a は/が-phrase of the
        quoted clause the parser hung elsewhere, the nearest before p with no verb between."""
        for c in range(p - 1, -1, -1):
            t = g.tokens[c]
            if t.start <= qs or (t.pos == "VERB" and t.dep not in ("compound", "fixed")):
                return []
            if t.pos in NOMINAL and g.marker(c) in ("は", "が", "も"):
                s, e = phrase_span(g, c)
                return [Argument("topic", g.text[s:e], s, e, g.marker(c))]
        return []
