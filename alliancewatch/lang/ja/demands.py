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
`quoted_partner`): SUPPORT from the speaker to that subject; and a quote that foretells
its subject a price to pay (「北朝鮮はその行為の代価を必ず払うことになる」, `quoted_threat`):
THREATEN. A demand whose quote names no subject, said right after the speaker's charge in
the same sentence (…を「…損なう」と批判し、「冷戦思考を捨てるべきだ」と述べた), is told to
the ones that charge blames; the minutes' 旨 words are read as a quote (安倍総理から、ケニアは
…重要なパートナーである旨述べました); one reported without quotes (日本は…をやめるべきだとの談話を
出した, patterns.tsv `reported_demand`) is the speaker's as a quoted one.
"""

from __future__ import annotations

from alliancewatch.lang.ja.clauses import clause_quotes
from alliancewatch.lang.ja.graph import LIST_MARKERS, NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern, words
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.lang.ja.nominal import FIRST_PERSON
from alliancewatch.lang.ja.statements import GUESSED, JapaneseStatements
from alliancewatch.lang.ja.voice import passive
from alliancewatch.types import Argument, Cue, Frame, Sentence

# the ending of a quote and what the speaker does to its subject by saying it
# 「…結果の責任は日本側が負わなければならない」: the blame for what follows foretold, a warning
LIABLE = pattern("quoted_liability")
SAID = (
    (LIABLE, "THREATEN"),
    (pattern("quoted_demand"), "REQUEST"),
    (pattern("quoted_partner"), "SUPPORT"),
    (pattern("quoted_threat"), "THREATEN"),  # 「北朝鮮は…代価を必ず払うことになる」
)
BOTH = frozenset(words("both_words"))
INDEFINITE = pattern("indefinite")
GENERIC = pattern("generic_states")  # 域外国は, 地域の国々は: a kind of state, no one told
REPORTED = pattern("reported_demand")
PRECONDITION = pattern("precondition")  # 撤退が先だ, 放棄することが先決だ
STANCE_KEPT = pattern("stance_kept")  # …との立場を崩さず: the stance held, no negation
STATEMENT_NOUN = pattern("statement_noun")
CONTINUATIVE = pattern("continuative")  # 認め、: a 連用形 that ends its clause
FOR = "にとって"  # the one for whom the quoted subject is a partner
CHARGED = ("recipient", "content_agent")  # the blamed in a charge's frame
WITHOUT_OR_TE = ("て", "で", "なく", "ず", "ずに")  # clause links that keep the subject


class JapaneseDemands(JapaneseStatements):
    def _quoted_demands(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """REQUEST frames for quotes that end in a deontic modal (see the module doc)."""
        out = []
        spans = [(qs, qe) for qs, qe in clause_quotes(g) if QUOTATIVE.match(g.text[qe:])]
        minutes = self._minutes_words(g)  # 安倍総理から、ケニアは…パートナーである旨述べました
        for qs, qe in spans + ([minutes] if minutes is not None else []):
            for ending, event in SAID:
                # (the minutes' words end at 旨, read as the quote's closing bracket)
                m = ending.search(g.text[qs : qe - 1] + "」")
                if m is None or event == "REQUEST" and LIABLE.search(g.text[qs : qe - 1] + "」"):
                    continue
                start, end = qs + m.start(1), qs + m.end(1)
                frame = self._demand(g, sentence, (qs, qe), (start, end), event, built)
                if frame is not None:
                    out.append(frame)
        out += self._reported_demands(g, sentence, built + out)
        return out + self._preconditions(g, sentence, built + out)

    def _reported_demands(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """中国外務省も、日本は…をやめるべきだとの談話を出した, …日本は歴史を直視すべきだと
        述べた: a demand reported without quotes, a modal clause closed by と or との before a
        speech verb or a statement noun, is the speaker's as a quoted one; its subject is the
        clause's own は/が-phrase, written after the speaker's."""
        out = []
        quotes = quote_spans(g.text)
        for k, t in enumerate(g.tokens):
            if t.lemma not in ("べし", "ない") or any(qs <= t.start < qe for qs, qe in quotes):
                continue
            p = g.head(k)
            said = self._after(g, k) if t.lemma == "べし" else g.text[t.start : t.start + 12]
            if p is None or p >= k or not REPORTED.match(said):
                continue
            v = g.head(p)
            issued = v is not None and g.tokens[v].pos in NOMINAL
            if issued:  # …との談話を出した: whoever issues the statement says it
                v = g.head(v) if STATEMENT_NOUN.match(g.tokens[v].lemma) else None
            if v is None or v <= p or not (issued or self._is_speech(g, v)):
                continue
            speaker = self._closing_speaker(g, v)
            if speaker is None:
                continue
            subjects = [
                a
                for a in self._args_of(g, p, set()) + self._stray_subject(g, speaker.end, p)
                if a.role in ("agent", "topic")
                and a.marker in ("は", "が")
                and a.start >= speaker.end
                and self._proper(g, a)  # not 近隣諸国が…解決すべきだ: no one told
                and not FIRST_PERSON.match(a.text)
                and a.text not in BOTH
                and not self._said_event(a.text)
            ]
            if not subjects or any(f.event == "REQUEST" for f in built):
                continue
            cues, _, _, path = self._climb(g, v, False)
            if any(c.label in ("negated", "hypothetical") for c in cues):
                continue
            told = subjects[-1]
            said = (speaker, v, path, list(cues))
            out.append(
                self._unquoted_request(g, sentence, (t.start, t.end), told, told.start, said)
            )
        return out

    def _preconditions(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """英国は「アルゼンチン軍の撤退が先だ」との立場を崩していない, 北朝鮮は米国の敵視政策の
        転換が先だと主張: an act said to have to come first (patterns.tsv `precondition`) is
        demanded of its doer (REQUEST), by whoever says so or holds that stance."""
        out = []
        for k, t in enumerate(g.tokens):
            if t.pos not in NOMINAL and t.pos != "ADJ":  # 先決 is an ADJ at times
                continue
            m = PRECONDITION.match(g.text[t.start :])
            if m is None:
                continue
            if any(f.event == "REQUEST" and f.start == t.start for f in built):
                continue
            act = next((c for c in g.children[k] if c < k and g.marker(c) == "が"), None)
            v = next((h for h in g.ancestors(k) if g.tokens[h].pos == "VERB"), None)
            doer = self._doer_of(g, act) if act is not None else None
            speaker = self._closing_speaker(g, v) if v is not None else None
            if doer is None or speaker is None or speaker.end > doer.start:
                continue
            cues, _, _, path = self._climb(g, v, False)
            if STANCE_KEPT.match(g.text[t.start + m.end() :]):
                cues = [c for c in cues if c.label != "negated"]
            if any(c.label in ("negated", "hypothetical") for c in cues):
                continue
            qs = g.tokens[min(g.np_tokens(act))].start
            said = (speaker, v, path, list(cues))
            out.append(self._unquoted_request(g, sentence, (t.start, t.end), doer, qs, said))
        return out

    def _unquoted_request(
        self,
        g: Graph,
        sentence: Sentence,
        key: tuple[int, int],
        told: Argument,
        qs: int,
        said: tuple[Argument, int, list[int], list[Cue]],
    ) -> Frame:
        """A demand written without quotes (_reported_demands, _preconditions): the speaker
        of `said` asks `told`; what is demanded runs from qs to the end of the closing key."""
        speaker, end = said[0], key[1]
        args = [
            Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"),
            Argument("recipient", told.text, told.start, told.end, "quoted"),
            Argument("claim", g.text[qs:end], qs, end, "quoted", participant=False),
        ]
        return self._quoted_frame(g, sentence, key, "REQUEST", args, said)

    def _doer_of(self, g: Graph, act: int) -> Argument | None:
        """Who is to do the act that must come first: the subject of its clause (北朝鮮が…
        放棄することが), else the first state named in its noun phrase (アルゼンチン軍の撤退)."""
        verb = next((c for c in g.children[act] if g.tokens[c].pos == "VERB"), None)
        if verb is not None:
            subjects = [
                a
                for a in self._args_of(g, verb, set())
                if a.role in ("agent", "topic") and self._proper(g, a)
            ]
            # (a quote inside the clause may hang its が-phrase on a word of the quote)
            inside = [
                c
                for c in range(act)
                if act in g.ancestors(c) and g.marker(c) == "が" and "固有名詞" in g.tokens[c].tag
            ]
            if not subjects and inside:
                s, e = phrase_span(g, inside[0])
                return Argument("recipient", g.text[s:e], s, e, "が")
            return subjects[0] if subjects else None
        for c in sorted(g.np_tokens(act)) if g.tokens[act].pos in NOMINAL else ():
            if "固有名詞" in g.tokens[c].tag:
                s, e = phrase_span(g, c)
                return Argument("recipient", g.text[s:e], s, e, "の")
        return None

    @staticmethod
    def _proper(g: Graph, a: Argument) -> bool:
        """The phrase holds a proper name (日本は, 韓国政府は), not only common nouns."""
        return any("固有名詞" in t.tag for t in g.tokens if a.start <= t.start < a.end)

    @staticmethod
    def _after(g: Graph, k: int) -> str:
        """べき with the words after it up to the next content word: べきだとの."""
        end = k
        while end + 1 < len(g.tokens) and g.tokens[end + 1].pos in ("AUX", "ADP", "SCONJ"):
            end += 1
        return g.text[g.tokens[k].start : g.tokens[end].end]

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
            or any(
                f.event == event
                and (qs < f.start < qe or f.start >= qe)
                and not (event == "THREATEN" and f.start < end)
                for f in built
            )
        ):
            return None  # 「…べきだ」と求めた: the request word has its own frame (not the
            # bare 代価 of 「…代価を払う」, which names not who pays)
        p = modal
        while g.tokens[p].pos == "AUX" and (h := g.head(p)) is not None and qs < g.tokens[h].start:
            p = h  # べき -> やめる; しなければならない -> 強化
        if not qs < g.tokens[p].start < qe or passive(g, p):
            return None  # 「何も排除されるべきではない」: what is done to it, no one told
        subjects = [
            a
            for a in self._args_of(g, p, set())
            + self._above(g, p, qe)
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
        if subjects and GENERIC.search(max(subjects, key=lambda a: a.start).text):
            return None  # 「域外国は…べきではない」: a kind of state, no one told (ruling 19)
        speaker = self._closing_speaker(g, v)
        if speaker is None or qs <= speaker.start < qe:
            return None
        if subjects:
            told = [self._coordinated(g, max(subjects, key=lambda a: a.start), qs)]
        elif event == "REQUEST" and not self._subject_in(g, quote):
            told = self._charged(g, built, speaker, qs)
        else:
            told = []
        if not told:
            return None
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
            *(Argument("recipient", a.text, a.start, a.end, "quoted") for a in told),
            # the rest of the quote names no side: a speaker who names no state (専門家は
            # 「日本は米国と…すべきだ」と話した) is not filled in from a state quoted
            Argument("claim", g.text[qs:qe], qs, qe, "quoted", participant=False),
        ]
        said = (speaker, v, path, list(cues))
        return self._quoted_frame(g, sentence, (start, end), event, args, said)

    @staticmethod
    def _subject_in(g: Graph, quote: tuple[int, int]) -> bool:
        """The quote writes a は/が/も-phrase of its own (whoever it names)."""
        qs, qe = quote
        return any(
            qs < t.start < qe and t.pos in NOMINAL and g.marker(k) in ("は", "が", "も")
            for k, t in enumerate(g.tokens)
        )

    @staticmethod
    def _charged(g: Graph, built: list[Frame], speaker: Argument, qs: int) -> list[Argument]:
        """…協力は「…損なう」と批判し、「冷戦思考を捨てるべきだ」と述べた: a demand with no
        subject, said after the same speaker's charge in the sentence, is told to the ones
        that charge blames (its target, or the conduct blamed before its quote)."""
        for f in reversed(built):
            if (
                f.event != "ACCUSE"
                or f.end > qs
                or f.speaker is None
                or f.speaker.start != speaker.start
            ):
                continue
            found = [
                a
                for a in f.arguments
                if a.participant
                and (a.role in CHARGED or (a.role == "patient" and a.marker in ("を", "は")))
            ]
            said = [s for s, e in quote_spans(g.text) if e <= f.start and s > speaker.end]
            k = g.ending_at(said[-1]) if said and not found else None
            while k is not None and g.tokens[k].pos not in NOMINAL:
                k = k - 1 if g.tokens[k].pos == "ADP" else None  # …協力は「: the topic
            if k is not None and g.marker(k) == "は":
                s, e = phrase_span(g, k)
                found = [Argument("content_agent", g.text[s:e], s, e, "は")]
            return found
        return []

    def _above(self, g: Graph, p: int, qe: int) -> list[Argument]:
        """「北朝鮮は…代価を払うことになる」: the parser hangs the subject on なる, the
        predicate above p inside the quote."""
        return [
            a
            for h in g.ancestors(p)
            if g.tokens[h].start < qe and g.tokens[h].pos in ("VERB", "AUX")
            for a in self._args_of(g, h, set())
        ]

    def _chained(self, g: Graph, p: int) -> list[Argument]:
        """「フィリピンは…と組んで挑発すべきではない」, 「日本側は情勢を見誤ることなく、…
        下すべきだ」: the subject of a clause chained to p by 〜て or 〜ことなく/〜ずに (not a
        condition) is p's too."""
        return [
            a
            for c in g.children[p]
            if c < p
            and g.tokens[c].dep == "advcl"
            and g.tokens[c].pos in ("VERB", "ADJ")  # 見誤ることなく: ない is an ADJ
            and (
                (g.tail(c)[1] + g.connector(c)[1]).rstrip("、").endswith(WITHOUT_OR_TE)
                or self._suspended(g, c, p)
            )
            and not self._conditional_clause(g, c)
            for a in self._args_of(g, c, set())
        ]

    @staticmethod
    def _suspended(g: Graph, c: int, p: int) -> bool:
        """「英国は事実を認め、謝罪すべきだ」: a verb in its bare 連用形 before a comma (連用中止)
        chains its clause to the next as 〜て does, and shares its subject, unless the next
        clause names its own (…認め、われわれは…べきだ)."""
        last, text = g.tail(c)
        return (
            (last == c or not text.endswith("い"))  # 尊重し、 but not 認めない、
            and not g.connector(c)[1]
            # (尊重し、: a サ変 noun's する is its own token, the comma after it)
            and g.text[g.tokens[last].end : g.tokens[last].end + 1] == "、"
            and CONTINUATIVE.search(text) is not None
            and not any(
                g.tokens[k].pos in NOMINAL and g.marker(k) in ("は", "が", "も")
                for k in range(c, p)
            )
        )

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
