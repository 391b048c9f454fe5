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

from alliancewatch.lang.ja.graph import NOMINAL, Graph, noun_phrase_start, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.lang.ja.nominal import ABBREVIATION, FIRST_PERSON
from alliancewatch.lang.ja.statements import JapaneseStatements
from alliancewatch.types import Argument, Frame, Sentence

LIABLE = pattern("quoted_liable")
REGRETTED = pattern("regretted_at")  # 「…の対応に遺憾」: what is regretted, with に
REGRET_ONLY = pattern("regret_only")  # Xの実験に「深く失望した」: what is regretted, before it
BLAMES = (pattern("quoted_blame"), pattern("quoted_intolerable"), pattern("quoted_failing"), LIABLE)
FRAMING = pattern("framing_verb")
ABOUT = pattern("about")
CONDITION = pattern("quote_condition")
CHAINED = pattern("continuative")
ADDRESSEE = pattern("addressee")
PERFORMATIVE = pattern("performative_end")
IN_MIND = pattern("in_mind")
AS_JUDGED = pattern("as_judged")
AIMED_MARK = pattern("aimed_marker")
PEJORATIVE = pattern("pejorative_act")
VIEW = pattern("stated_view")  # …脅威だとの認識を示した: a view stated is words said
REFUSED_CHARGE = pattern("refused_charge")  # 日本側の抗議は受け入れられない: a REJECT
DENIED_CHARGE = pattern("denied_charge")  # 日本側の非難には根拠がない: after a charge noun
CHARGE = pattern("rebutted_charge")  # 批判, 非難, 主張 ...: a charge another side made
# …なら「…誤りになる」: a warning, no blame
READING_END = re.compile(pattern("reading").pattern + "$")
SUBJECT = ("は", "が", "も", "こそ", "こそが", "こそは")
EVENT = "ACCUSE"
REJECTED = "REJECT"  # a charge refused or called baseless (refused_charge, denied_charge)
REQUEST = "REQUEST"  # a verb that asks: its plain に-phrase is the one asked
OPENING = "「『"  # a quote's opening bracket
DOER = ("による", "によって", "の")  # the doer of an act named as a noun
AIMED = (EVENT, "THREATEN")  # acts aimed at a state (…を念頭にけん制した)
STATE_TAG = "地名-国"
SIDE = "側"  # 米側, 中国側: one token, a state's side  # UniDic: the name of a country


class JapaneseBlame(JapaneseStatements):
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
                or bool(VIEW.match(g.text[qe - 1 :]))  # …認められないとの認識を共有した
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
        spans = [(qs, qe) for qs, qe in quote_spans(g.text) if QUOTATIVE.match(g.text[qe:])]
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
            view = conn == "との" and VIEW.match(g.text[g.tokens[last].end :]) is not None
            if g.tokens[c].dep not in ("advcl", "ccomp", "advmod") and not (
                view
                and (
                    g.tokens[c].pos in ("VERB", "ADJ", "AUX")
                    or g.text[g.tokens[c].end :].startswith(("だとの", "であるとの"))
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

    def _owner(self, g: Graph, at: int) -> Argument | None:
        """The state whose act a pejorative phrase at `at` names: Xの before it (NATOの侵略的な
        計画, 事務局長の「悪意ある行動」)."""
        before = g.text[:at].rstrip("「『")
        if not before.endswith("の"):
            return None
        name = READING_END.sub("", before[:-1])  # 北大西洋条約機構（NATO）の
        k = g.ending_at(len(name))
        if k is None or g.tokens[k].pos not in NOMINAL:
            return None
        s, e = g.tokens[noun_phrase_start(g, k)].start, g.tokens[k].end  # IAEAの…事務局長
        if FIRST_PERSON.match(g.text[s:e]) or not self._names_state(g, s, e):
            return None
        return Argument("recipient", g.text[s:e], s, e, "の")

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
            not as_judged
            and VIEW.match(g.text[qe - 1 :]) is not None
            and (h := g.head(v)) is not None
            and h > v
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

    def _blamed(
        self, g: Graph, quote: tuple[int, int], v: int, speaker: Argument
    ) -> Argument | None:
        """The state whose act the quote judges: the quoted clause's subject naming one,
        else the framing verb's object, else a について/ことは phrase right before the quote."""
        qs, qe = quote
        inside = [
            k
            for k in range(len(g.tokens))
            if qs < g.tokens[k].start < qe and g.tokens[k].pos in NOMINAL and g.marker(k) in SUBJECT
        ]
        if REGRETTED.search(g.text[qs + 1 : qe - 1]):  # 「中国の対応に遺憾だ」: what is regretted
            inside = [
                k
                for k in range(len(g.tokens))
                if qs < g.tokens[k].start < qe and g.marker(k) == "に"
            ] + inside
        if LIABLE.search(g.text[qs + 1 : qe - 1]):  # アメリカにも責任がある: the one liable
            inside = (
                [  # 韓国側の責任だ: the one whose liability it is
                    k
                    for k in range(len(g.tokens))
                    if qs < g.tokens[k].start < qe
                    and (
                        g.marker(k) in ("に", "にも")
                        or (
                            g.marker(k) == "の" and g.text[g.tokens[k].end + 1 :].startswith("責任")
                        )
                    )
                ]
                + inside
            )
        for k in inside:
            found = self._doer(g, k)
            if found is not None:
                return found
        for k in range(len(g.tokens)):  # イスラエルによる攻撃だとして: the act's written doer
            if qs < g.tokens[k].start < qe and g.marker(k) in DOER[:2]:
                s, e = phrase_span(g, k)
                if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                    return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        for a in self._args_of(g, v, set()):
            if a.role == "patient" and a.end <= qs and self._names_state(g, a.start, a.end):
                return a
        k = next((t.i for t in reversed(g.tokens) if t.end <= qs and t.pos in NOMINAL), None)
        if (
            k is not None
            and not (
                ABOUT.match(g.text[g.tokens[k].end : qs])
                or g.marker(k) in SUBJECT
                or g.text[g.tokens[k].end : qs] == "を"  # Xを「…侵略だ」とみなす, how hung
                or g.marker(k) == "に"  # インドの実験に「深く失望した」: what is regretted
                and g.text[g.tokens[k].end : qs] == "に"
                and REGRET_ONLY.match(g.text[qs + 1 : qe - 1]) is not None
            )
        ):
            k = None
        found = self._doer(g, k) if k is not None else None
        if found is not None and found.start != speaker.start:
            return found  # not Xは「…」と述べた: the speaker, not what it judges
        # 「ロシアの意図にかかわらず、領空侵犯は…容認できない」: the one state named inside
        named = [t.i for t in g.tokens if qs < t.start < qe and STATE_TAG in t.tag]
        if len(named) == 1 and g.text[qs] in OPENING:  # (unquoted: 輸送路はイランにとって
            return self._doer(g, named[0])  # …脅威になると指摘し names the victim)
        # (「外国軍の駐留は認めない」と主張し、インド政府に…要請: a refusal is the ground of
        # the request, no charge against the one asked)
        refusal = bool(BLAMES[1].search(g.text[qs + 1 : qe - 1]))
        return self._addressed_after(g, v, not refusal)

    def _justified_against(self, g: Graph, qe: int, v: int) -> Argument | None:
        """「…侵害だ」として、エクアドルとの外交関係を停止した: a judgement given as the
        ground of an act judges the state that act is aimed at, the first one named
        between the judgement and the act's verb."""
        for k in range(len(g.tokens)):
            t = g.tokens[k]
            if t.start < qe or k > v or t.pos not in NOMINAL or not AIMED_MARK.match(g.marker(k)):
                continue
            s, e = phrase_span(g, k)
            if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        return None

    def _addressed_after(self, g: Graph, v: int, asked: bool = True) -> Argument | None:
        """「容認できない」と述べ、イランに対して…よう求めた: a judgement with no state named,
        chained to a statement its speaker addresses to a state, judges that state."""
        h = g.head(v)
        if h is None or h < v or g.tokens[v].dep not in ("advcl", "conj"):
            return None
        if not CHAINED.search(g.tail(v)[1] + g.connector(v)[1]):
            return None
        for k in range(v + 1, len(g.tokens)):  # the parser may hang the addressee lower
            if g.tokens[k].pos not in NOMINAL or not (
                ADDRESSEE.match(g.marker(k))
                or asked
                and g.marker(k) == "に"
                and self._asked_of(g, k, v)
            ):
                continue
            s, e = phrase_span(g, k)
            if self._names_state(g, s, e) and any(
                self._states(g, a) for a in g.ancestors(k) if a > v
            ):
                return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        return None

    def _asked_of(self, g: Graph, k: int, v: int) -> bool:
        """「誠に遺憾だ」と述べ、北朝鮮に…明らかにするよう要求した: a plain に-phrase is the
        addressee when the verb above it, after the judgement, asks something (a REQUEST
        trigger), as 北朝鮮に in a place or a time never is."""
        return any(
            a > v and (found := self._trigger(g, a)) is not None and found[0].event == REQUEST
            for a in g.ancestors(k)
        )

    def _doer(self, g: Graph, k: int) -> Argument | None:
        """The phrase headed by k when it names a state (日本の決定, ロシア側の対応); for a
        clause ending in こと (米国が…集結させていること), that clause's own subject."""
        if g.tokens[k].lemma in ("こと", "の"):
            toks = g.descendants(k)
            for c in toks:
                if c < k and g.tokens[c].pos in NOMINAL and g.marker(c) in ("が", "は"):
                    return self._doer(g, c)
            return None
        act = self.lex.find_trigger(g.tokens[k].text) is not None
        by = [c for c in g.descendants(k) if g.marker(c) in DOER[:2]]
        owners = [c for c in g.children[k] if g.marker(c) == "の"] if act else []
        # 米国による中距離ミサイルの配備: the act's written doer, however the parser hung it
        # (メキシコによる亡命の付与: による names a doer whatever the noun)
        for c in by + owners if act else by:
            if c < k and g.tokens[c].pos in NOMINAL:
                s, e = phrase_span(g, c)
                if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                    return Argument("recipient", g.text[s:e], s, e, g.marker(c))
        s, e = phrase_span(g, k)
        if FIRST_PERSON.match(g.text[s:e]) or not self._names_state(g, s, e):
            return None
        j = g.ending_at(s)
        if j and act and g.tokens[j].text == "の":  # an act's doer: its
            s0 = g.tokens[noun_phrase_start(g, j - 1)].start  # first の-phrase (フィンランド
            first = g.text[s0:e].find("の")  # のNATO加盟, not NATO)
            if first > 0 and self._names_state(g, s0, s0 + first):
                s, e = s0, s0 + first
        return Argument("recipient", g.text[s:e], s, e, g.marker(k))

    @staticmethod
    def _names_state(g: Graph, s: int, e: int) -> bool:
        """A phrase that holds a place or organisation name (日本, ロシア側, 米国務省), not
        only a common noun or a person's name."""
        return any(  # (GiNZA tags a Latin acronym PROPN over a common noun's tag: CSTO)
            ("固有名詞" in t.tag or t.pos == "PROPN" and t.text.isascii())
            and "人名" not in t.tag
            or ABBREVIATION.search(t.text.removesuffix(SIDE))  # 米側: the U.S. side
            for t in g.tokens
            if s <= t.start < e
        )
