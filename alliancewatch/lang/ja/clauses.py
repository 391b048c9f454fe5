"""Japanese: how a predicate's clause sits in its sentence.

A continuative (発射し、) takes its tense from the clause it is chained to; a claim inside a
relative or presupposed clause belongs to the speech verb above it (who claims a statement
act itself: statements.py); a statement verb's subjects written inside its quote are its
target, and a quoted clause with a subject of its own takes none from outside the quote
(threats, conditions and reason phrases: threats.py); an agreement with no subject takes the
parties of the clause agreed on; and a date binds to the nearest predicate that governs it;
who takes a stance on an event is no side of it. (Whether a trigger names an event the
sentence does not tell at all: untold.py, the class this one derives from.) The frame
builder (frames.py) derives from this class and asks these questions of each trigger.
"""

from __future__ import annotations

import re

from alliancewatch.lang import JUDGE
from alliancewatch.lang.ja.graph import NOMINAL, Graph, noun_phrase_start, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import NOMINALISERS, QUOTATIVE, quote_spans, verbs_above
from alliancewatch.lang.ja.untold import SHARED_STANCE, JapaneseUntold, stance_on
from alliancewatch.types import Argument, Cue

CONTINUATIVE = pattern("continuative")
TOGETHER = pattern("together_with")
# a headline's speaker and quote right before a statement noun (金与正氏「新たな対応」と警告,
# 台湾は「挑発」と非難: its topic too, gold blind15 027, blind18 001), or the compound it
# ends (ベトナム「主権侵害」と撤収要求: what is demanded comes first)
HEADLINE_SPEAKER = re.compile(
    r"(?:^|[\s、】])([^\s、「」【】]{2,20}(?<![にをがはでとへもの]))は?「[^「」]{1,40}」と(強く)?"
    r"[\u4e00-\u9fff\u30a1-\u30ff]{0,6}$"
)
# a headline's speaker right before a quote that stands alone, the event said inside it
# (米国務省「深刻な懸念」, 中国は「強烈な不満」: blind14 005): its text up to the event
HEADLINE_QUOTER = re.compile(
    r"(?:^|[\s、】])([^\s、「」【】]{2,20}(?<![にをがはでとへもの]))は?「[^「」]*$"
)
# events a speaker performs by saying them (非難, 要求, 拒否, 警告, 支持の表明)
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
QUOTED_BEFORE = pattern("quoted_before")
SINCE_CLAUSE = pattern("since_clause")
ONGOING = pattern("ongoing")
CLAUSE_NOUN = pattern("clause_noun")
GENERIC = pattern("generic_addressee")
READING = pattern("reading")
SIGHTED = pattern("sighted")
BACKGROUND = pattern("background_noun")


def clause_quotes(g: Graph) -> list[tuple[int, int]]:
    """Quotes that hold a clause (a predicate of their own), not a name or a label
    (「フリーダム・シールド」, 「アジア版NATO」)."""
    return [
        (qs, qe)
        for qs, qe in quote_spans(g.text)
        if any(qs < t.start < qe and t.pos == "VERB" for t in g.tokens)
        or (last := g.ending_at(qe - 1)) is not None
        and g.tokens[last].pos in ("AUX", "ADJ")
    ]


def quote_of(g: Graph, start: int) -> tuple[int, int] | None:
    return next(((qs, qe) for qs, qe in clause_quotes(g) if qs < start < qe), None)


class JapaneseClauses(JapaneseUntold):
    def _statement(
        self, g: Graph, p: int, quote: tuple[int, int] | None, nominal: bool, event: str
    ) -> bool:
        """p is a statement verb outside any quote (…と非難した): its quote holds its target.
        A quoted clause with a subject of its own takes none from outside the quote."""
        return quote is None and not nominal and event in STATEMENT_TYPES and self._is_speech(g, p)

    def _quote_subjects(self, g: Graph, p: int, quote: tuple[int, int]) -> list[Argument]:
        """「日本の措置は必ず報復を受ける」と反発した: the parser hangs a quoted clause's
        は/が-subject on the speech verb outside; it is the subject of the first predicate
        after it inside the quote, here p."""
        qs, qe = quote
        start = g.tokens[p].start
        for c in range(p - 1, -1, -1):
            t = g.tokens[c]
            if t.start <= qs:
                break
            if t.pos == "VERB" and t.dep != "compound" and c != p:
                break  # another quoted predicate claims what stands before it
            h = g.head(c)
            if (
                t.pos in NOMINAL
                and g.marker(c) in ("は", "が", "も")
                and h is not None
                and not qs < g.tokens[h].start < qe
                and t.start < start
            ):
                s, e = phrase_span(g, c)
                if not any(  # 「日本政府の非友好的な措置は: the whole phrase from the quote's start
                    g.marker(k) not in ("", "の") and g.tokens[k].pos in NOMINAL
                    for k in range(c)
                    if qs < g.tokens[k].start
                ):
                    s = qs + 1
                return [Argument("topic", g.text[s:e], s, e, "quoted")]
        return []

    @staticmethod
    def _subject_inside(args: list[Argument], quote: tuple[int, int]) -> bool:
        return any(a.role in ("agent", "topic") and quote[0] < a.start < quote[1] for a in args)

    @staticmethod
    def _inside_own_quote(args: list[Argument], quote: tuple[int, int]) -> list[Argument]:
        """A predicate inside a quote takes no subject from outside it: the speaker's side
        (found by the chain or topic rules) is not the quoted clause's. The speaker filled
        in for a quote with no subject of its own (marker `speaker`) stays."""
        qs, qe = quote
        return [a for a in args if qs < a.start < qe or a.marker in ("speaker", "compound")]

    def _statement_content(self, g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """Xは「日本が軍備を拡張している」と非難した, Xは談話を発表し、Yが「…」と非難した:
        a statement verb's subjects written inside its quote, or a が-phrase right before
        the quote after the speaker's topic, are what the statement is about (the target),
        never its speaker."""
        quotes = clause_quotes(g)
        if not quotes:
            return args
        topic_at = next(
            (
                g.tokens[c].end
                for c in range(p)
                if g.marker(c) in ("は", "も")
                and g.tokens[c].pos in NOMINAL
                and not any(qs <= g.tokens[c].start < qe for qs, qe in quotes)
            ),
            None,
        )
        out = []
        for a in args:
            inside = any(qs < a.start < qe for qs, qe in quotes)
            before_quote = (
                topic_at is not None
                and topic_at <= a.start
                and any(re.fullmatch(r"[がは]、?", g.text[a.end : qs]) for qs, _ in quotes)
                # (豪首相は20日、中国軍の行動は「危険だ」と非難し: a second topic too, with no
                # predicate between the two: …を空爆し、シリア政府は「…」と: a new speaker)
                and (g.text[a.end] != "は" or not self._predicate_between(g, topic_at, a.start))
            )
            if a.role in ("agent", "topic") and (inside or before_quote):
                a = Argument("content_agent", a.text, a.start, a.end, a.marker)
            out.append(a)
        return out

    @staticmethod
    def _predicate_between(g: Graph, start: int, end: int) -> bool:
        """A verb or an adjective between characters start and end that ends a clause, not
        one of a relative clause (豪首相は20日、MD施設を受け入れたポーランドは「…」と: the
        clause describes the second topic, no new speaker opens)."""
        return any(
            t.pos in ("VERB", "ADJ") and t.dep != "acl" and start <= t.start < end for t in g.tokens
        )

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
                # (両首脳は…意見交換を行い、…連携していくことで一致: the parser hangs the
                # chained clause, and its subject, inside the clause agreed on)
                for a in self._args_of(g, v, set()) or self._shared_agent(g, v):
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

    def _document_content(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """スウェーデンのNATO加盟を承認する議定書に署名した: a document p acts on, named by
        a relative clause whose verb (with the document as its subject) takes an event noun,
        has that event's doer for its party (SWE), not the pair the article is about."""
        out, taken = [], {(a.start, a.end) for a in have}
        for d in g.children[p]:
            if (
                g.tokens[d].pos not in NOMINAL
                or g.tokens[d].lemma in NOMINALISERS  # 連携を続けることを確認: no document,
                or "地名" in g.tokens[d].tag  # nor a state (侵攻を受けるウクライナに…約束)
                or g.marker(d) not in ("に", "を")
            ):
                continue
            for v in g.children[d]:
                if (
                    v > d
                    or g.tokens[v].dep != "acl"
                    or any(a.role in ("agent", "topic") for a in self._args_of(g, v, set()))
                ):
                    continue
                for o in g.children[v]:
                    if g.tokens[o].dep != "obj" or self._trigger(g, o) is None:
                        continue
                    for c in g.children[o]:
                        if c < o and g.tokens[c].pos in NOMINAL and g.marker(c) == "の":
                            s, e = phrase_span(g, c)
                            if (s, e) not in taken:
                                out.append(Argument("recipient", g.text[s:e], s, e, "document"))
        return out

    def _headline_speaker(
        self, g: Graph, key: int, event: str, args: list[Argument]
    ) -> list[Argument]:
        """韓国、拡声器放送を再開　金与正氏「新たな対応」と警告: in a headline, the name right
        before a quote that a statement noun reports is its speaker; an earlier segment of
        the headline (after a space) is another headline, whose topic is not the speaker."""
        m = HEADLINE_SPEAKER.search(g.text[:key]) or self._headline_quoter(g, key)
        if event not in STATEMENT_TYPES or m is None:
            return args
        s, e = m.span(1)
        kept = [
            a
            for a in args
            if not (a.end <= s and re.search(r"\s", g.text[a.end : s]))  # another headline
            and not (a.start < m.end() and a.end > s)  # the speaker and the quote
        ]
        return [*kept, Argument("agent", g.text[s:e], s, e, "headline")]

    @staticmethod
    def _headline_quoter(g: Graph, key: int) -> re.Match[str] | None:
        """中国軍の台湾包囲演習、米国務省「深刻な懸念」: in a headline, the name right before a
        quote that stands alone (no と and verb after it) says what the quote holds."""
        m = HEADLINE_QUOTER.search(g.text[:key])
        close = g.text.find("」", key)
        if m is None or close < 0 or QUOTATIVE.match(g.text[close + 1 :]):
            return None
        return m

    def _tense_tail(self, g: Graph, p: int) -> str:
        """The ending that gives p its tense: a continuative (発射し、/会談して) has none of
        its own and takes the ending of the clause it is chained to."""
        cur = p
        while True:
            _, tail = g.tail(cur)
            h = g.head(cur)
            last, conn = g.connector(cur)
            if (
                h is not None
                and cur != p
                and tail.endswith("よう")
                and conn.startswith("と")
                and g.tokens[h].lemma == "する"
            ):
                cur = h  # 続け、妨害しようとしている: 〜ようとする is one predicate
                continue
            if (
                h is None
                or h < cur
                or g.tokens[cur].dep not in ("advcl", "conj")
                or g.tokens[h].pos != "VERB"
                # 求めるとともに、…連携していく考えを示した: とともに is no quotative; the tense is
                # the later verb's, unless that verb reports it (実施するとともに…旨表明した:
                # the parser hung it on the speech verb, whose tense is the saying's)
                or QUOTATIVE.match(conn)
                and not (TOGETHER.match(conn) and not self._is_speech(g, h))
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
        the speech verb above it, when it takes a quotative と, names the claimant. A
        complement clause (こと) that a criticism takes without a quote of its own is what
        the criticism is about, claimed by no quote after it."""
        if self._is_speech(g, p):
            return None, None  # 非難し, 要求し: the statement itself, not a claim about it
        below = p
        adjunct = None  # 会談した際、「…」と述べた: the first 際/後 on the way up
        for a in g.ancestors(p):
            if not self._is_speech(g, a):
                if adjunct is None and CLAUSE_NOUN.match(g.tokens[a].lemma):
                    adjunct = g.tokens[a].end
                below = a
                continue
            first = min([a, *(c for c in g.children[a] if c < a and self._light_part(g, c))])
            before = g.text[: g.tokens[first].start].rstrip("、 ")
            if not QUOTED_BEFORE.search(before):
                if (
                    g.tokens[below].lemma in NOMINALISERS
                    and g.head(below) == a
                    and (trig := self._trigger(g, a)) is not None
                    and trig[0].event in STATEMENT_TYPES
                ):
                    return None, None  # 米国が…売却していることを批判し、「…」と述べた: what
                    # the criticism is about, not a claim of the quote after it
                below = a
                continue
            if self._narrated_before(g, p, below, a) or (
                adjunct is not None
                and any(adjunct <= qs < g.tokens[a].start for qs, _ in quote_spans(g.text))
            ):  # 会談し、「…」と述べた / 会談した後の会見で / 会談した際、「…」と述べた (the
                return None, None  # parser may hang 際 on a word inside the quote)
            speaker = self._speaker(g, a)
            if speaker is not None:
                _, tail = g.tail(a)
                return speaker, "と" + g.text[g.tokens[first].start : g.tokens[a].start] + tail
        return None, None

    def _ongoing_modifier(self, g: Graph, i: int) -> bool:
        """侵攻を続けるロシア, 攻撃を繰り返しているイスラエル: the event noun i is the object of
        an ongoing predicate that only modifies a party (an adnominal clause with nothing else
        of its own, no date, no subject): a state of things as of the story. Not a clause on a
        content noun (支援を継続していく旨述べました: the words said, a plan its speaker
        claims)."""
        v = g.head(i)
        if v is None or v < i or g.marker(i) != "を":
            return False
        t = g.tokens[v]
        h = g.head(v)
        return (
            t.pos == "VERB"
            and t.dep == "acl"
            and h is not None
            and g.tokens[h].pos in NOMINAL
            and g.tokens[h].lemma not in self.content_nouns
            and bool(ONGOING.match(g.text[t.start : g.tokens[h].start]))
            and all(
                c == i or g.tokens[c].dep in ("aux", "mark", "fixed", "punct", "advmod")
                for c in g.children[v]
            )
        )

    def _outer_speaker(self, g: Graph, v: int) -> tuple[Argument | None, str | None]:
        """A speech or judgement verb v with no subject that is itself reported by a speech
        verb (…提供したとみられると述べた): the outer verb's subject claims it."""
        h = g.head(v)
        _, conn = g.connector(v)
        if h is None or h < v or not QUOTATIVE.match(conn) or not self._is_speech(g, h):
            return None, None
        speaker = self._speaker(g, h)
        return (speaker, self._speech_cue(g, h)) if speaker is not None else (None, None)

    def _narrated_before(self, g: Graph, p: int, c: int, a: int) -> bool:
        """c, the clause or phrase the event hangs in, is narration around speech verb a,
        not its content: a 〜し、/〜て chain of a deed (会談し、「…」と述べた: the meeting is
        the writer's report, the words are the speaker's) or a time or place adjunct (会談
        した後の会見で, 派兵が明らかになった際、, …攻撃したことにも触れ、). Content reaches a by
        a quotative と/として or as its object (を)."""
        if c == a or g.head(c) != a or c > a:
            return False
        t = g.tokens[c]
        if t.pos == "VERB" and t.dep in ("advcl", "conj"):
            _, conn = g.connector(c)
            tail = g.tail(c)[1]
            # only before a bracketed quote: in …突きつけ、…辞さないと警告した the chain may
            # be part of the unbracketed words said
            quoted = any(t.end <= qs < g.tokens[a].start for qs, _ in quote_spans(g.text))
            return (
                quoted
                and not QUOTATIVE.match(conn)
                and not tail.endswith("と")
                and bool(CONTINUATIVE.search(tail + conn))
            )
        return (
            t.pos in NOMINAL
            and t.dep in ("obl", "advcl", "nmod")
            and (g.marker(c) in ("で", "に", "には", "では", "、", ""))
            and not QUOTATIVE.match(g.marker(c))
        )

    @staticmethod
    def _addressed_to_none(event: str, args: list[Argument]) -> bool:
        """各国に供与を求めた, 関係国に自制を求めた: a request addressed only to countries in
        general names no state to code; no other state of the sentence stands in for it."""
        addressed = [READING.sub("", a.text) for a in args if a.role == "recipient"]
        return event == "REQUEST" and bool(addressed) and all(map(GENERIC.match, addressed))

    @staticmethod
    def _since_clause(g: Graph, p: int) -> bool:
        """…会談して以降、…深めている: p heads a clause of what began at its time."""
        last, _ = g.tail(p)
        return bool(SINCE_CLAUSE.match(g.text[g.tokens[last].end :]))

    def _date_spans(self, g: Graph, path: list[int]) -> tuple[tuple[int, int], ...]:
        """Where a date binds, nearest first: dependents of the event's own predicate and its
        〜して chain, then of each predicate above it (一〜日付で署名したと12日報じた)."""
        spans: list[tuple[int, int]] = []
        verbs = [p for p in path if g.tokens[p].pos == "VERB"]
        # 昨年3月に再開し、連携を深めてきた: what has gone on up to the story is not dated by
        # the time of a clause before it
        ongoing = bool(verbs) and bool(ONGOING.match(g.text[g.tokens[verbs[0]].start :]))
        for p in dict.fromkeys(path):
            group: list[tuple[int, int]] = []
            for hd in [p, *g.descendants(p, {"advcl", "conj"})]:
                if hd != p and self._since_clause(g, hd):
                    continue  # 協定を2023年に発効させて以降、訓練を拡大: the start, not the event
                if hd != p and ongoing and hd < verbs[0]:
                    continue
                for c in g.children[hd]:
                    if g.tokens[c].dep in (
                        "obl",
                        "nmod",
                        "advmod",
                        "compound",
                        "nummod",
                        "obl:tmod",
                    ):
                        toks = g.np_tokens(c)
                        group.append(g.span(min(toks), max(toks)))
            # the predicate itself, then its dependents and its 〜して chain's nearest first:
            # Japanese is head-final, so of two dates hung on one verb or its chain
            # (Xは6日、Yが5日に発射したと報じた) the later is the verb's own and the first the
            # reporting verb's, wherever the parser hung it
            end = g.tokens[p].start
            group.sort(key=lambda sp: (sp[0] >= end, -sp[0]))
            for span in [g.span(p, p), *group]:
                if span not in spans:
                    spans.append(span)
            if self._since_clause(g, p):
                # 2023年8月に協定を発効させて以降: the clause's own date, wherever the parser
                # hung it, dates it (the main clause does not take it: dates.py)
                spans.append((0, g.tokens[p].end))
        return tuple(spans)

    def _governor_subjects(self, g: Graph, i: int) -> list[Argument]:
        """日本政府はイランの攻撃を非難した, 米国の武力行使を支持する: the subject of a stance on
        an event noun talks about it, no unsaid side of it; so too who saw it (韓米が…探知し)."""
        for v in verbs_above(g, i):
            governing = self._trigger(g, v)
            if governing is None and SHARED_STANCE.match(g.tokens[v].lemma):
                continue  # 武力行使を理解し、支持する: the stance verb after it governs
            seen = SIGHTED.match(g.tokens[v].lemma) is not None  # 発射を探知した: observers
            main = self._background_main(g, v)
            if main is not None:  # 英国とドイツは、ロシアの侵攻が続く中で連携を強めている
                v = main
            elif not seen and (governing is None or not stance_on(governing[0].event, g.marker(i))):
                return []  # 制裁対象に加えた, 供与に言及した: the subject may well be the doer
            found = [a for a in self._args_of(g, v, set()) if a.role in ("agent", "topic")]
            found = found or self._issuer(g, v) or self._held_by(g, v) or self._topic_before(g, v)
            judged = main is None and not seen
            return [
                Argument("claim", a.text, s, a.end, JUDGE if judged else a.marker, False)
                for a in found
                for s in [_whole_start(g, a)]
            ]
        return []

    @staticmethod
    def _background_main(g: Graph, v: int) -> int | None:
        """The main predicate of a background clause v (ロシアの侵攻が続く中で連携を強めている:
        patterns `background_noun`): who acts against it is no unsaid side of its event."""
        h = g.head(v)
        if h is None or h <= v or g.tokens[v].dep != "acl":
            return None
        if not BACKGROUND.match(g.tokens[h].lemma):
            return None
        m = g.head(h)  # the parser may read the main predicate as an adjective (強めた形だ)
        return m if m is not None and m > h else None


def _whole_start(g: Graph, a: Argument) -> int:
    """Where the phrase of a talker begins with its modifiers (韓国外交部の崔第1次官):
    the state it belongs to is the talker's too, no unsaid side of what is talked about."""
    first, head = g.covering(a.start), g.covering(a.end - 1)
    if first is None or head is None:
        return a.start
    k = noun_phrase_start(g, first)
    # and what the parser hung on it (ベネズエラの後ろ盾であるロシアは: a relative clause)
    return min([g.tokens[k].start, *(g.tokens[j].start for j in g.descendants(head))])
