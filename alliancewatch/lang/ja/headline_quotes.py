"""Japanese: a headline's quote with no verb after it, the speaker's own speech act.

Headlines drop the speech verb: 豪国防相「危険で非専門的」, 中国「地域の安全脅かす」,
政府「断じて受け入れられない」, 中国外務省、…　豪に「トラブルを起こすな」. The name right
before the quote (clauses.HEADLINE_QUOTER) says it, as 「…」と述べた would, and the
quote is coded with the lexicon that codes said words: a judgement of harm or wrong or a
refused tolerance (patterns.tsv quoted_blame, quoted_intolerable, quoted_failing,
pejorative_act) is an ACCUSE, a command or a prohibition (quoted_command) a REQUEST, the
speaker's own response announced (quoted_response: パキスタン「相応の対応」) a THREATEN. What
is blamed is the doer the quote names, else the states the headline's earlier phrases name
as doers (豪艦艇の潜水士、中国艦のソナーで負傷　豪国防相「…」: the speaker's own state is
no target, which the shared coder drops). A name before the quote that is no speaker's
(patterns.tsv speaker_title) gives way to the phrase's topic (中国外務省、豪潜水士負傷
「事実と異なる」: what the quote is about). A command needs its addressee written before the
quote (豪に「…」), and with no name of its own before the quote it is said by the speaker of
the quote before it. A quote that a statement word inside or right before it already codes
(米国務省「深刻な懸念」, 韓国の兵器供与けん制「…」) is left to that frame. In any
sentence, the words of a charge (EU「ハイブリッド攻撃」と非難, 「…構造を破壊するものだ」と
非難した) name what the blamed conduct amounts to, no act of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.blame import JapaneseBlame
from alliancewatch.lang.ja.blamed import BLAMES, LIABLE, PEJORATIVE, REGRETTED, SUBJECT
from alliancewatch.lang.ja.clauses import STATEMENT_TYPES
from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.lang.ja.nominal import FIRST_PERSON
from alliancewatch.types import Argument, Frame, Sentence

COMMAND = pattern("quoted_command")
RESPONSE = pattern("quoted_response")  # 「相応の対応」: a response announced, a threat
DEMANDED = pattern("quoted_object_demand")  # 「直ちに撤収を」: the verb of asking left unsaid
ADDRESSED = pattern("headline_addressee")
TITLED = pattern("speaker_title")
# the topic that opens the quote's phrase (中国外務省、…「…」)
SEGMENT_TOPIC = re.compile(r"(?:^|[\s】])([^\s、「」【】]{2,20})、[^\s「」]*$")
# a headline phrase's name with も right before a quote (米も「エイブラムス」)
ALSO = re.compile(r"(?:^|[\s】])([^\s、「」【】]{1,12})も$")
NAMED = re.compile(r"[\u30a0-\u30ffA-Za-z0-9０-９Ａ-Ｚａ-ｚ・\-]+$")  # a thing's name alone
# a censure verb right after a quote's と (「…」と厳しく非難した)
CHARGE_CLOSE = re.compile(r"^と[^、。「」]{0,6}$")
# the rest of a quote after a verb that judges conduct (…破壊するものだ」)
CHARACTERISING = re.compile(r"^[ぁ-ん]{0,6}もの(?:だ|である|です|であり)?。?[」』]$")
CLOSING = ("", " ", "　", "\t")  # the quote ends the headline's phrase
DOER_ROLES = ("agent", "topic", "agent_phrase", "compound", "genitive")
QUOTER = re.compile(r"(?:^|[\s、】])([^\s、「」【】]{2,20}(?<![にをがはでとへもの]))$")
PLACE_MARKERS = ("に", "へ", "で", "から", "まで", "を経由して")
REPORTED_WITHIN = 8  # 「…」と撤収要求: the と and the compound the statement noun ends
MAX_TARGETS = 3  # more states than this in the headline: no telling which is blamed


class JapaneseHeadlineQuotes(JapaneseBlame):
    def _headline_quotes(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """ACCUSE and REQUEST frames for a headline's verb-less quotes (module doc)."""
        if not headline(sentence):
            return []
        out: list[Frame] = []
        speaker: Argument | None = None
        for qs, qe in quote_spans(g.text):
            rest = g.text[qe:]
            reported = self._reporting_noun(built, qe)
            if (QUOTATIVE.match(rest) and reported is None) or rest[:1] not in (
                "",
                " ",
                "　",
                "、",
                "\t",
                "と",
            ):
                continue  # 「…」と警告, 「…」豪潜水士負傷で反論: a word after it reports it
            before = g.text[:qs]
            also = ALSO.search(before)
            if also is not None and NAMED.match(g.text[qs + 1 : qe - 1]) and rest[:1] in CLOSING:
                out += self._also_frame(g, built, also, (qs, qe))  # 米も「エイブラムス」
                continue
            m = QUOTER.search(before)
            to = ADDRESSED.search(before)
            topic = SEGMENT_TOPIC.search(before)
            if to is None or speaker is None:
                speaker = None
                if (
                    m is not None
                    and to is None
                    and (topic is None or TITLED.search(m[1]) or self._ends_in_state(g, m.end(1)))
                ):
                    s, e = m.span(1)
                    speaker = Argument("speaker", g.text[s:e], s, e, "「」")
                elif topic is not None:  # 中国外務省、豪潜水士負傷「…」: what it is about
                    s, e = topic.span(1)
                    speaker = Argument("speaker", g.text[s:e], s, e, "「」")
            if speaker is None or any(
                (qs < f.start < qe or qs - 2 <= f.end <= qs) and f.event in STATEMENT_TYPES
                for f in built
            ):
                continue  # 米国務省「深刻な懸念」, 兵器供与けん制「…」: a statement word
                # inside, or right before the quote, codes it
            inner = g.text[qs + 1 : qe - 1]
            if reported is None and DEMANDED.search(inner):  # 比国防相「直ちに撤収を」
                targets = [self._addressee(g, to)] if to is not None else []
                targets = targets or self._earlier_doers(g, speaker.start)
                if targets:
                    out.append(self._said_frame(g, sentence, (qs, qe), "REQUEST", speaker, targets))
                continue
            if to is not None and COMMAND.search(inner):
                s, e = to.span(1)
                target = Argument("recipient", g.text[s:e], s, e, "に")
                out.append(self._said_frame(g, sentence, (qs, qe), "REQUEST", speaker, [target]))
                continue
            blame = next((m for rx in (*BLAMES, PEJORATIVE) if (m := rx.search(inner))), None)
            event = "THREATEN" if RESPONSE.search(inner) else "ACCUSE" if blame else None
            if event is None or (reported is not None and event != "ACCUSE"):
                continue
            targets = self._quoted_doer(g, (qs, qe)) or self._earlier_doers(g, speaker.start)
            if targets:
                out.append(self._said_frame(g, sentence, (qs, qe), event, speaker, targets))
        return out

    def _unvoiced_labels(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """フィンランド、…検問所を全面閉鎖へ　「移民を送り込むハイブリッド攻撃」: a headline
        phrase that is a quote alone, naming no state, is what one side calls the other's
        conduct (the charge the story tells), not an event of its own: its acts are dropped,
        as the doers the headline's other phrases name would be given them wrongly."""
        built = self._charge_words(g, built)
        if not headline(sentence):
            return built
        labels = [
            (qs, qe)
            for qs, qe in quote_spans(g.text)
            if g.text[qs - 1 : qs].isspace()
            and (qe == len(g.text) or g.text[qe : qe + 1].isspace())
            and not self._names_state(g, qs + 1, qe - 1)
        ]
        return [f for f in built if not any(qs < f.start < qe for qs, qe in labels)]

    def _charge_words(self, g: Graph, built: list[Frame]) -> list[Frame]:
        """EU「ハイブリッド攻撃」と非難, 決定は「…構造を破壊するものだ」と非難した: the words
        of a charge (a quote closed by a censure verb) that are a label naming no state, or
        the verb a judgement of conduct ends in (〜するものだ), say what the blamed conduct
        amounts to; the act they name is no event of its own."""
        words: list[tuple[int, int]] = []
        for qs, qe in quote_spans(g.text):
            if not any(
                f.event == "ACCUSE" and f.start >= qe and CHARGE_CLOSE.match(g.text[qe : f.start])
                for f in built
            ):
                continue
            if not any(qs < t.start < qe and t.pos == "VERB" for t in g.tokens) and not (
                self._names_state(g, qs + 1, qe - 1)
            ):
                words.append((qs, qe))  # a label: every act it names
            words += [
                (f.start - 1, f.end + 1)  # 〜するものだ: the verb judged with
                for f in built
                if qs < f.start < qe and CHARACTERISING.match(g.text[f.end : qe])
            ]
        return [
            f for f in built if f.event == "ACCUSE" or not any(s < f.start < e for s, e in words)
        ]

    @staticmethod
    def _also_frame(
        g: Graph, built: list[Frame], also: re.Match[str], quote: tuple[int, int]
    ) -> list[Frame]:
        """ドイツ、戦車「レオパルト2」をウクライナに供与へ　米も「エイブラムス」: a headline
        phrase that is a name with も and a quote alone does the act of the phrase before it
        (the quote names its own object): that act again, with the name as its doer."""
        s, e = also.span(1)
        gap = g.text.rfind("\u3000", 0, s) + 1 or g.text.rfind(" ", 0, s) + 1
        earlier = [f for f in built if f.end <= gap and f.event not in STATEMENT_TYPES]
        if not earlier or gap == 0:
            return []
        f = earlier[-1]
        kept = [a for a in f.arguments if a.role not in DOER_ROLES]
        if not any(a.role in ("recipient", "patient") for a in kept):
            return []
        doer = Argument("agent", g.text[s:e], s, e, "headline")
        qs, qe = quote
        return [
            replace(
                f,
                trigger=g.text[qs + 1 : qe - 1],
                start=qs + 1,
                end=qe - 1,
                arguments=(doer, *kept),
                speaker=None,
                speaker_cue=None,
            )
        ]

    @staticmethod
    def _reporting_noun(built: list[Frame], qe: int) -> Frame | None:
        """ベトナム「主権侵害」と撤収要求: a statement noun after the quote's と that is no
        censure (a demand, a warning) reports an act of its own, so the quote's judgement
        is still the speaker's blame; after 非難 or 抗議 the noun codes the quote itself."""
        return next(
            (
                f
                for f in built
                if qe < f.start <= qe + REPORTED_WITHIN
                and f.event in STATEMENT_TYPES
                and f.event != "ACCUSE"
            ),
            None,
        )

    def _ends_in_state(self, g: Graph, end: int) -> bool:
        """オランダと豪「…」: a name before the quote that ends in a state's name says it,
        with no title needed (not 豪潜水士負傷「…」, what the quote is about)."""
        k = g.ending_at(end)
        return k is not None and self._names_state(g, g.tokens[k].start, end)

    @staticmethod
    def _addressee(g: Graph, to: re.Match[str]) -> Argument:
        s, e = to.span(1)
        return Argument("recipient", g.text[s:e], s, e, "に")

    def _quoted_doer(self, g: Graph, quote: tuple[int, int]) -> list[Argument]:
        """The state the quote itself names as the doer of what it judges (its subject),
        or the one it holds liable (「ロシアに国家責任」)."""
        qs, qe = quote
        inner = g.text[qs + 1 : qe - 1]  # (「…の対応に遺憾」: what is regretted, with に)
        marks = (
            (*SUBJECT, "に", "にも") if LIABLE.search(inner) or REGRETTED.search(inner) else SUBJECT
        )
        for k, t in enumerate(g.tokens):
            if qs < t.start < qe and g.marker(k) in marks:
                found = self._doer(g, k)
                if found is not None:
                    return [found]
        return []

    def _earlier_doers(self, g: Graph, at: int) -> list[Argument]:
        """The states the headline's phrases before the speaker's name as doers: not in a
        quote or a dateline, not a place (比に居座り, …で負傷)."""
        quotes = quote_spans(g.text)
        gaps = [t.start for t in g.tokens if t.text.isspace() and t.start < at]
        if not gaps:
            return []
        out: list[Argument] = []
        for k, t in enumerate(g.tokens):
            if t.start >= gaps[-1]:
                break
            if any(qs <= t.start < qe for qs, qe in quotes) or "】" in g.text[t.end : gaps[-1]]:
                continue
            if g.marker(k) in PLACE_MARKERS or not self._names_state(g, t.start, t.end):
                continue
            if FIRST_PERSON.match(t.text):
                continue
            end = k
            while g.tokens[end].dep == "compound" and g.head(end) == end + 1:
                end += 1  # 豪艦艇, 中国艦: the name with the noun it is compounded into
            s, e = t.start, g.tokens[end].end
            out.append(Argument("recipient", g.text[s:e], s, e, "headline"))
        return out if len({a.text for a in out}) <= MAX_TARGETS else []

    def _said_frame(
        self,
        g: Graph,
        sentence: Sentence,
        quote: tuple[int, int],
        event: str,
        speaker: Argument,
        targets: list[Argument],
    ) -> Frame:
        """The speaker's act: the speaker acts and claims it, the quote is what it says."""
        qs, qe = quote
        args = [
            Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"),
            *targets,
            Argument("claim", g.text[qs:qe], qs, qe, "quoted", participant=False),
        ]
        frame = Frame(
            sentence=sentence.index,
            key=g.text[qs + 1 : qe - 1],
            trigger=g.text[qs + 1 : qe - 1],
            start=qs + 1,
            end=qe - 1,
            arguments=tuple(args),
            speaker=speaker,
            speaker_cue="「」",
            in_quote=True,
        )
        return self._finish(g, frame, Trigger(frame.key, event, (), ()))
