"""Japanese: blame said as an evaluation inside a quote (blind9 "quote frame").

「わが国の安全保障と国益を侵害するものだ」と述べた, 「日本の決定は誤りだ」と述べた, ロシアを
「長期的な脅威」と位置づけた, 「韓国側の判断は残念だ」としている: no censure word is written,
but the speaker condemns a state's act by judging it, and the annotators code an ACCUSE from
the speaker to that state, claimed by the speaker. The judgement is a quote ending in a
word of harm or wrong (data/patterns.tsv `quoted_blame`: 侵害する, 脅かす, 損なう, 違反だ,
脅威だ, 不当だ, 誤りだ ...) or of refused tolerance (`quoted_intolerable`: 容認できない,
認められない, 許されない). Its target is the state the quote itself names as the doer (the
quoted clause's subject), else what the statement is about: the object of the framing verb
(ロシアを「…脅威」と位置づけた), a について-phrase, or a clause ending in こと before the quote
(…集結させていることは「…」と指摘した), whose own subject is the doer. A quote under a
condition (…供与するなら「大きな誤りになる」) warns (threats.py); one whose verb is a censure
word (「…」と非難した) is coded by that word's own frame, and a refusal closed by 警告
(「…容認しない」と警告した) is that warning's content.

The same judgement is read in an unquoted と-clause before a speech verb (…東方展開こそが
地域の緊張を高めていると指摘した, …が攻撃の道を開いたと断じた), where a refusal (…という言い方
は認めないと反論した) is no blame and no state named only inside is taken. A failed duty
(`quoted_failing`: 義務を果たしていない) judges too, and an act named with a pejorative
qualifier (`pejorative_act`: NATOの侵略的な計画, 事務局長の「悪意ある行動」) blames its owner.
With no state named, a judgement chained to a statement addressed to one (「容認できない」と
述べ、イランに対して…求めた; 「誠に遺憾だ」と述べ、北朝鮮に…要求した: a plain に of a request,
for a judgement that is no refusal) blames that state; regret at a に-phrase (「中国側の対応に
遺憾だ」, patterns.tsv regretted_at) blames the doer it names. A censure performed in the
non-past inside a quote (「…違反するもので、強く非難する」と述べた) is the speaker's,
against the state the quote judges, not the quote's topic's; a censure or warning 'with
X in mind' (ロシアを念頭にけん制した) is aimed at X. A judgement closed by として is the
ground of the act it is hung on, said by that act's subject (「…侵害だ」として、…外交関係
を停止すると発表した; 英国の統治は違法だとして…求めた): it blames the state it judges,
else the one that act is aimed at.
A view stated (…暴挙であり、断じて認められないとの認識を共有した, patterns.tsv stated_view) is
words said, read from its holder on; a charge of liability (`quoted_liable`: アメリカにも責任
があると伝えた) blames the state written with に; a hostile act given its doer (…イスラエル
による攻撃だとして) blames that doer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.blamed import (
    BLAMES,
    EVENT,
    OPENING,
    PEJORATIVE,
    JapaneseBlamed,
)
from alliancewatch.lang.ja.graph import Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.types import Argument, Frame, Sentence

FRAMING = pattern("framing_verb")
CONDITION = pattern("quote_condition")
PERFORMATIVE = pattern("performative_end")
IN_MIND = pattern("in_mind")
AS_JUDGED = pattern("as_judged")
VIEW = pattern("stated_view")  # …脅威だとの認識を示した: a view stated is words said
REFUSED_CHARGE = pattern("refused_charge")  # 日本側の抗議は受け入れられない: a REJECT
DENIED_CHARGE = pattern("denied_charge")  # 日本側の非難には根拠がない: after a charge noun
CHARGE = pattern("rebutted_charge")  # 批判, 非難, 主張 ...: a charge another side made
QUOTE_COPULA = re.compile(r"^[」』](?:だ|である)")  # 「…犯行」だとの見方: the quote's copula
REJECTED = "REJECT"  # a charge refused or called baseless (refused_charge, denied_charge)
# acts aimed at a state (…を念頭にけん制した, 中国を念頭に輸出規制を公表した)
AIMED = (EVENT, "THREATEN", "SANCTION")


class JapaneseBlame(JapaneseBlamed):
    def _quoted_blames(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """ACCUSE frames for quotes that judge a state's act (see the module doc)."""
        out = []
        for qs, qe in self._judged_spans(g):
            inner = g.text[qs + 1 : qe - 1]
            # a refusal (認めない) is a blame only in quoted words (or the minutes' 旨): 日本の
            # EEZという言い方は認めないと反論した rejects a term
            words = (
                g.text[qs] in OPENING
                or (qs, qe) == self._minutes_words(g)
                or self._viewed(g, qe)  # …認められないとの認識を共有した
            )
            rxs = BLAMES if words else BLAMES[:1] + BLAMES[2:]  # (not BLAMES[1])
            m = next((m for rx in rxs if (m := rx.search(inner))), None)
            owner, event = None, EVENT
            if m is not None and m.re is BLAMES[1] and REFUSED_CHARGE.search(inner[: m.start()]):
                event = REJECTED  # 日本側の抗議は受け入れられない: the protest is refused
            denied = self._denied_charge(g, qs, qe)
            if denied is not None:
                m, event = denied, REJECTED  # 日本側の非難には根拠がない: its maker
                owner = self._owner(g, qs + 1 + m.start(1))
            if m is None and (m := PEJORATIVE.search(inner)) is not None:
                owner = self._owner(g, qs + 1 + m.start())  # NATOの「侵略的な計画」
                m = m if owner is not None else None
            if m is None or CONDITION.search(g.text[: qs + 1 + m.start()]):
                continue
            if event == EVENT and any(
                f.event == EVENT
                and f.start > qs
                and not (f.nominal and f.start < qe)  # (「…強い抗議を無視して…」: another's)
                or f.event == "THREATEN"
                and m.re is BLAMES[1]
                and qe <= f.start <= qe + 3
                for f in built
            ):
                continue  # 「…」と非難した, 「…容認しない」と警告した (the refusal is the
                # warning's content; 「非友好的な行為であり、…取る」と警告 blames and warns)
            n = next(n for n in range(1, m.re.groups + 1) if m.group(n))  # the word judged
            key = (qs + 1 + m.start(n), qs + 1 + m.end(n))
            frame = self._blame(g, sentence, (qs, qe), key, owner, event)
            if frame is not None:
                out.append(frame)
        return out

    @staticmethod
    def _baseless(g: Graph, built: list[Frame]) -> list[Frame]:
        """日本側の非難にはまったく根拠がないと表明した: a charge called baseless right after
        its noun (denied_charge) is not told as made; the speaker's REJECT of its maker is
        (_quoted_blames), so the charge noun's own ACCUSE goes."""
        return [
            f
            for f in built
            if not (
                f.event == EVENT
                and CHARGE.search(g.text[f.start : f.end])
                and DENIED_CHARGE.match(g.text[f.end :])
            )
        ]

    @staticmethod
    def _denied_charge(g: Graph, qs: int, qe: int) -> re.Match | None:
        """日本側の非難にはまったく根拠がない: a charge noun (patterns.tsv rebutted_charge)
        inside the said words, called baseless right after it (denied_charge). The match is
        on the words (g.text[qs + 1 : qe - 1]), its group 1 the charge noun the REJECT is
        keyed on."""
        inner = g.text[qs + 1 : qe - 1]
        for t in g.tokens:
            if (
                qs < t.start
                and t.end < qe
                and CHARGE.search(t.text)
                and DENIED_CHARGE.match(g.text[t.end : qe - 1])
            ):
                return re.compile(f"({re.escape(t.text)})").search(inner, t.start - qs - 1)
        return None

    def _performed(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """岸田総理大臣は「北朝鮮の発射は…決議に違反するもので、強く非難する」と述べた: a
        censure word in the non-past that ends a quote (patterns.tsv performative_end) is
        performed by the quote's speaker, against the state whose act the quote judges;
        the quote's own topic (北朝鮮の発射) is what is censured, never the censurer."""
        out = []
        for f in built:
            quote = next(((qs, qe) for qs, qe in quote_spans(g.text) if qs < f.start < qe), None)
            if (
                f.event == EVENT
                and quote is not None
                and QUOTATIVE.match(g.text[quote[1] :])
                and PERFORMATIVE.match(g.text[f.end : quote[1]])
            ):
                f = self._blame(g, sentence, quote, (f.start, f.end)) or f
            out.append(self._in_mind(g, f))
        return out

    def _in_mind(self, g: Graph, f: Frame) -> Frame:
        """ロシアを念頭にけん制した, 米英を念頭に警告した: a censure or a warning 'with X in
        mind' (patterns.tsv in_mind) is aimed at X, not at a state named in the quote
        before it; only for these, as 中国を念頭に関係を深める cooperates with no one in mind."""
        if f.event not in AIMED:
            return f
        args = list(f.arguments)
        for k, a in enumerate(args):
            n = g.starting_at(a.start)
            if (
                a.role != "recipient"
                or n is None
                or g.tokens[n].end != a.end
                or not IN_MIND.match(g.tokens[n].lemma)
            ):
                continue
            obj = next((c for c in g.children[n] if c < n and g.marker(c) == "を"), None)
            if obj is not None:
                s, e = phrase_span(g, obj)
                args[k] = Argument("recipient", g.text[s:e], s, e, "を" + a.marker)
        return replace(f, arguments=tuple(args))

    def _judged_spans(self, g: Graph) -> list[tuple[int, int]]:
        """The quotes a verb closes (「…」と), the unquoted clauses reported by a と
        (…東方展開こそが地域の緊張を高めていると指摘した) and the minutes' words before 旨
        (岸田総理大臣から、…暴挙であり、…旨述べました), each as (start, end) with one
        character of margin either side, as a quote's brackets are."""
        spans = [
            (qs, qe)
            for qs, qe in quote_spans(g.text)
            if QUOTATIVE.match(g.text[qe:]) or self._viewed(g, qe)
        ]
        minutes = self._minutes_words(g)
        if minutes is not None:
            spans.append(minutes)
        judged = g.memo.setdefault("judged_as", {})
        for qs, qe in spans:
            k = g.starting_at(qe)
            h = g.head(k) if k is not None and AS_JUDGED.match(g.text[qe:]) else None
            v = g.head(h) if h is not None and h < k else None
            if v is not None and v > k and g.tokens[v].pos == "VERB":
                judged[(qs, qe)] = v  # 「…侵害だ」として、…停止すると発表した
        for c in range(len(g.tokens)):
            h = g.head(c)
            if h is None or h <= c:
                continue
            last, conn = g.connector(c)
            if not conn and g.marker(c) == "との":  # 連絡|す|べき|だっ|た|との: a tail hung apart
                k = g.ending_at(g.text.find("との", g.tokens[c].end))
                last, conn = (k, "との") if k is not None and k > c else (last, conn)
            view = conn == "との" and VIEW.match(g.text[g.tokens[last].end :]) is not None
            if (
                g.tokens[c].dep not in ("advcl", "ccomp", "advmod")
                and not (
                    view
                    and (
                        g.tokens[c].pos in ("VERB", "ADJ", "AUX")
                        or g.tokens[last].pos == "AUX"  # 連絡|すべきだった|との: a predicate's tail
                        or g.text[g.tokens[c].end :].startswith(("だとの", "であるとの"))
                    )
                )
            ):
                continue
            act = h
            if g.tokens[act].lemma == "する" and g.head(act) is not None:
                act = g.head(act)  # 違法だと|して…終わらせる: the parser's own する
            as_judged = (
                AS_JUDGED.match(g.text[g.tokens[last].end :])
                and act is not None
                and g.tokens[act].pos == "VERB"
            )
            if (
                conn not in ("と", "と、")
                and not as_judged
                and not view
                or not (as_judged or view or self._is_speech(g, h))
            ):
                continue
            s, e = g.tokens[g.descendants(c)[0]].start, g.tokens[last].end
            for d in g.children[c]:  # Xは…を呼び出し、アメリカにも責任があると伝えた: the
                if (
                    d < c
                    and g.tokens[d].dep == "advcl"
                    and any(  # speaker's own act before
                        g.marker(k) == "は" for k in g.descendants(d)
                    )
                ):
                    s = max(s, g.tokens[g.tail(d)[0]].end + 1)
            topic = next(  # 韓国国防省は、北朝鮮の脅威が…と指摘した: the speaker the parser
                (k for k in g.descendants(c) if g.marker(k) == "は"),
                None,  # hung inside
            )
            if s == g.tokens[0].start and topic is not None:
                after = g.tokens[topic].end + len(g.marker(topic))
                if g.text[after : after + 1] == "、":
                    s = after + 1
            if view:  # …暴挙であり、断じて認められないとの認識: the view runs from its holder on
                s = self._view_start(g, h, s)
            if not any(qs < e < qe for qs, qe in spans):  # not a quote's own clause
                spans.append((s - 1, e + 1))
                if as_judged:  # 英国の統治は違法だとして…終わらせるよう求めた
                    judged[(s - 1, e + 1)] = act
        return spans

    @staticmethod
    def _viewed(g: Graph, qe: int) -> bool:
        """A judgement closed as a view stated (…認められないとの認識を共有した), the quote's
        copula before it (事件は「…計画的な犯行」だとの見方を示した) as a clause's own."""
        return VIEW.match(QUOTE_COPULA.sub("", g.text[qe - 1 :])) is not None

    @staticmethod
    def _view_start(g: Graph, noun: int, s: int) -> int:
        """Where a view (…とのnoun) held by the subject of the verb above noun starts: right
        after that subject (両首脳は、…侵略は…暴挙であり、断じて認められないとの認識を共有した),
        as the parser hangs the holder and the chained clauses before the last one elsewhere."""
        v = g.head(noun)
        holder = [
            k
            for k in range(len(g.tokens))
            if g.tokens[k].end <= s
            and g.marker(k) == "は"
            and v is not None
            and v in (g.head(k), g.head(g.head(k) or k))
        ]
        if not holder:
            return s
        start = g.tokens[holder[0]].end + len(g.marker(holder[0]))
        return start + 1 if g.text[start : start + 1] == "、" else start

    def _blame(
        self,
        g: Graph,
        sentence: Sentence,
        quote: tuple[int, int],
        key: tuple[int, int],
        owner: Argument | None = None,
        event: str = EVENT,
    ) -> Frame | None:
        (qs, qe), (start, end) = quote, key
        v = g.memo.get("judged_as", {}).get(quote)
        as_judged = v is not None
        if v is None:
            v = next((t.i for t in g.tokens if t.start >= qe and t.pos in ("VERB", "NOUN")), None)
        if v is None or g.tokens[v].start - qe > 8 and not as_judged:
            return None
        stance = (  # …にあるとの立場を示した: a stated stance says it, by its noun's verb
            not as_judged and self._viewed(g, qe) and (h := g.head(v)) is not None and h > v
        )
        v = g.head(v) if stance else v
        lemma = g.tokens[v].lemma
        if not (as_judged or stance or self._is_speech(g, v) or FRAMING.match(lemma)):
            return None
        speaker = self._closing_speaker(g, v)
        if speaker is not None and re.fullmatch(r"(は|が)、?", g.text[speaker.end : qs + 1]):
            # Xの付与は内政干渉にあたると主張し: the judged subject the parser hung on the
            # verb, not its speaker; the sentence's topic before it says it
            speaker = next(iter(self._topic_before(g, v)), None)
        if stance and speaker is not None and qs <= speaker.start < qe:
            # Xは…と説明し、責任は相手側にあるとの立場を示している: the parser hangs the
            # clause's own topic on the verb; the stance is the sentence topic's
            speaker = next(iter(self._topic_before(g, v)), None)
        if speaker is None or qs <= speaker.start < qe:
            return None
        target = owner or self._blamed(g, (qs, qe), v, speaker)
        if target is None and as_judged:
            target = self._justified_against(g, qe, v)
        if target is None:
            return None
        cues, _, _, path = self._climb(g, v, False)
        if any(c.label in ("negated", "hypothetical") for c in cues):
            return None
        if as_judged:  # …違法だとして終わらせるよう求めた: the ground is asserted, whatever
            cues = [c for c in cues if c.label not in ("unreal", "planned")]  # is asked
        args = [
            Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"),
            Argument("recipient", target.text, target.start, target.end, "quoted"),
            Argument("claim", g.text[qs:qe], qs, qe, "quoted", participant=False),
        ]
        said = (speaker, v, path, list(cues))
        return self._quoted_frame(g, sentence, (start, end), event, args, said)
