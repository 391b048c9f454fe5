"""Japanese: how a predicate's clause sits in its sentence.

A continuative (発射し、) takes its tense from the clause it is chained to; a claim inside a
relative or presupposed clause belongs to the speech verb above it (who claims a
statement act itself: statements.py); a statement verb's subjects written inside
its quote are its target, and a quoted clause with a subject of its own takes none from
outside the quote (threats, conditions and reason phrases: threats.py); an agreement
with no subject takes the parties of
the clause agreed on; and a date binds to the nearest predicate that governs it. The
frame builder (frames.py) derives from this class and asks these questions of each
trigger.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.args import JapaneseArguments
from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.modality import NOMINALISERS, QUOTATIVE, quote_spans
from alliancewatch.types import Argument, Cue

CONTINUATIVE = pattern("continuative")
# a headline's speaker and quote right before a statement noun (金与正氏「新たな対応」と警告)
HEADLINE_SPEAKER = re.compile(
    r"(?:^|[\s、】])([^\s、「」【】]{2,20}(?<![にをがはでとへもの]))「[^「」]{1,40}」と(強く)?$"
)
# events a speaker performs by saying them (非難, 要求, 拒否, 警告, 支持の表明)
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
QUOTED_BEFORE = pattern("quoted_before")
SINCE_CLAUSE = pattern("since_clause")
AGREED_ON = pattern("agreed_on")
STAYING = pattern("staying")
ONGOING = pattern("ongoing")
TREATY_HEAD = pattern("treaty_head")
COMPLIED = pattern("complied")
HANDLED = pattern("agreement_handled")
ENTITY = pattern("entity_head")
ACRONYM = pattern("program_acronym")
# what is done to an agreement, talks or cooperation named as a thing (any other act; halting
# or refusing): the object, not an event of its own
ACTED_ON: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"SANCTION", "REJECT"}),
    "COOPERATE": frozenset({"SANCTION", "REJECT"}),
}
GENERIC = pattern("generic_addressee")
READING = pattern("reading")


def clause_quotes(g: Graph) -> list[tuple[int, int]]:
    """Quotes that hold a clause (a predicate of their own), not a name or a label
    (「フリーダム・シールド」, 「アジア版NATO」)."""
    return [
        (qs, qe)
        for qs, qe in quote_spans(g.text)
        if any(qs < t.start < qe and t.pos == "VERB" for t in g.tokens)
        or any(t.end == qe - 1 and t.pos in ("AUX", "ADJ") for t in g.tokens)
    ]


def quote_of(g: Graph, start: int) -> tuple[int, int] | None:
    return next(((qs, qe) for qs, qe in clause_quotes(g) if qs < start < qe), None)


class JapaneseClauses(JapaneseArguments):
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
                and any(re.fullmatch(r"が、?", g.text[a.end : qs]) for qs, _ in quotes)
            )
            if a.role in ("agent", "topic") and (inside or before_quote):
                a = Argument("content_agent", a.text, a.start, a.end, a.marker)
            out.append(a)
        return out

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

    def _document_content(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """スウェーデンのNATO加盟を承認する議定書に署名した: a document p acts on, named by
        a relative clause whose verb (with the document as its subject) takes an event noun,
        has that event's doer for its party (SWE), not the pair the article is about."""
        out = []
        taken = {(a.start, a.end) for a in have}
        for d in g.children[p]:
            if (
                g.tokens[d].pos not in NOMINAL
                or g.tokens[d].lemma in NOMINALISERS  # 連携を続けることを確認: no document
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
        m = HEADLINE_SPEAKER.search(g.text[:key])
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
        the speech verb above it, when it takes a quotative と, names the claimant. A
        complement clause (こと) that a criticism takes without a quote of its own is what
        the criticism is about, claimed by no quote after it."""
        if self._is_speech(g, p):
            return None, None  # 非難し, 要求し: the statement itself, not a claim about it
        below = p
        for a in g.ancestors(p):
            if not self._is_speech(g, a):
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
            speaker = self._speaker(g, a)
            if speaker is not None:
                _, tail = g.tail(a)
                return speaker, "と" + g.text[g.tokens[first].start : g.tokens[a].start] + tail
        return None, None

    def _talked_of(self, g: Graph, p: int, event: str) -> bool:
        """協力を拡大することで合意した, 両国の協力について協議した: cooperation that is what
        the parties agree on (〜ことで/ことに + an agreement) or talk about (the nearest event
        above it a consultation) is the content of their AGREE or CONSULT, not an event of
        its own (〜ことを確認した, an ongoing cooperation confirmed, stays one). So too a
        visit told as where a talker is staying (カンボジアを訪れている外相は、…と会談した):
        the setting of the talks the sentence reports, not a consultation of its own."""
        if event == "CONSULT":
            return self._staying(g, p)
        if event != "COOPERATE":
            return False
        last, _ = g.tail(p)  # …拡大することで一致: the parser may hang こと elsewhere
        via = "で" if AGREED_ON.match(g.text[g.tokens[last].end :]) else None
        for v in g.ancestors(p):
            found = self._trigger(g, v)
            if found is None:
                if g.tokens[v].lemma == "こと":
                    via = g.marker(v)
                continue
            if found[0].event == "CONSULT":  # 協議した, 討議された; not a headline's next
                return g.tokens[v].pos == "VERB"  # phrase (共同飛行　首脳会合のさなか)
            return found[0].event == "AGREE" and via in ("で", "に")
        return False

    def _not_told(self, g: Graph, i: int, p: int, trig: Trigger, nominal: bool) -> bool:
        """Trigger i (predicate p) names an event the sentence does not tell: the content of
        a consultation or of a treaty, a request or agreement acted on, a company's deed, a
        programme's name."""
        return (
            self._talked_of(g, p, trig.event)
            or self._rejected_request(g, i, trig.event)
            or (p == i and self._agreement_acted_on(g, i, trig.event))
            or self._entity_deed(g, p)
            or (nominal and self._program_name(g, i, trig.event))
            or self._treaty_content(g, i, p, trig.pair or "treaty" in trig.context)
        )

    def _treaty_content(self, g: Graph, i: int, p: int, treaty_act: bool) -> bool:
        """相互訪問を円滑にする協定, 相互援助を定めた条約: what a relative clause inside a
        treaty's name phrase says the treaty provides describes the treaty, and so does a
        treaty act told as its standing (日本と締結している協定を破棄する); neither is an
        event of the sentence. The act that made the treaty (両国が昨年締結した条約) is."""
        path = [i]
        for h in g.ancestors(i):
            k = path[-1]
            if g.tokens[k].pos == "VERB" and g.text[g.tokens[g.tail(k)[0]].end :][:1] == "、":
                return False  # 会談し、…協定に署名した: a chained main clause, hung there
            if g.tokens[h].pos in NOMINAL and TREATY_HEAD.search(g.span_text(g.chain(h)[0], h)):
                rel = [k for k in path if g.tokens[k].dep == "acl" and g.tokens[k].pos == "VERB"]
                if not rel:
                    return False
                if not treaty_act:
                    return True
                own = [k for k in rel if k in (i, p)]
                return any(STAYING.search(g.tail(k)[1] + g.connector(k)[1]) for k in own)
            path.append(h)
        return False

    def _rejected_request(self, g: Graph, i: int, event: str) -> bool:
        """米国の要求を拒否した, 中国側が求める撤回には応じない: a request named as what is
        rejected or complied with is the object of that answer (coded REJECT), not a
        request the sentence tells. A quoted label (要求を「干渉だ」と退けた) or a manner
        phrase (断固として) the parser hangs it on is passed over."""
        if event != "REQUEST":
            return False
        n = g.head(i) if g.tokens[i].dep == "acl" else i  # 求める撤回: the noun it modifies
        if n is None or g.tokens[n].pos not in NOMINAL:
            return False  # 賠償を求めたが、中国は応じていない: a request told, then its answer
        for h in g.ancestors(n):
            t = g.tokens[h]
            if t.pos in NOMINAL and t.dep == "advcl" or t.lemma == "する":
                continue
            if t.pos != "VERB" or h < n:
                return False
            found = self._trigger(g, h)
            return bool(COMPLIED.match(t.lemma)) or (
                found is not None and found[0].event == "REJECT"
            )
        return False

    def _agreement_acted_on(self, g: Graph, i: int, event: str) -> bool:
        """南北軍事合意を全面停止, 米韓の合意を「…」と非難, 約束を空洞化させる: an agreement
        named as what another act handles (suspends, condemns, keeps, breaks) is the agreement
        as a thing, like 協定, not an agreeing told here; 合意の内容を確認した and 合意を受け
        入れた still take it as theirs. So too talks or cooperation named as what is halted or
        refused (平和条約交渉の継続を拒否, ビザ緩和協議を停止, 情報共有を停止): not held."""
        acted_on = ACTED_ON.get(event)
        if acted_on is None or g.tokens[i].pos not in NOMINAL:
            return False
        cur = i
        quoted = [(qs, qe) for qs, qe in quote_spans(g.text) if not qs < g.tokens[i].start < qe]
        for h in g.ancestors(i):
            t = g.tokens[h]
            found = self._trigger(g, h)
            other = found[0].event if found is not None else None
            hit = other is not None and other != event and (not acted_on or other in acted_on)
            if t.pos in NOMINAL and found is not None and g.marker(cur) in ("の", "を", "に"):
                return hit  # 合意の効力停止, 合意を全面停止 (a headline)
            if t.pos in NOMINAL and (t.dep == "advcl" or g.marker(cur) == "の"):
                cur = h  # 合意の一部条項の…, 合意を「…だ」と非難: a label the parser hung it on
                continue
            if t.lemma == "する" or any(qs < t.start < qe for qs, qe in quoted):
                continue  # 合意を「…を引き起こす企図」と非難: a verb inside the label
            if t.pos != "VERB" or h < cur:
                return False
            if acted_on and g.marker(cur) != "を":
                return False  # 軍事協力は中止されるべきだ: a call on its doers, it goes on
            return hit or (event == "AGREE" and bool(HANDLED.match(t.lemma)))
        return False

    @staticmethod
    def _program_name(g: Graph, i: int, event: str) -> bool:
        """政府安全保障能力強化支援(OSA)の案件: an aid noun followed by its acronym names a
        programme, a thing the sentence talks about, not a transfer it tells."""
        return event == "AID" and bool(ACRONYM.match(g.text[g.tokens[i].end :]))

    def _entity_deed(self, g: Graph, i: int) -> bool:
        """ロシア軍に部品を供給した疑いのある企業, イラン産原油を購入していた製油所, 武器取引に
        関与の団体: an act told in a relative clause (or a の-phrase) on a company, a group or
        a person is theirs, no state's; the states named in it are only where it went."""
        prev = i
        for h in g.ancestors(i):
            t, pt = g.tokens[h], g.tokens[prev]
            linked = (pt.dep == "acl" and pt.pos == "VERB") or g.marker(prev) == "の"
            if t.pos in NOMINAL and linked and ENTITY.search(g.span_text(g.chain(h)[0], h)):
                return True
            if t.pos == "VERB" and t.dep != "acl":
                return False  # the main clause: not inside a phrase on an entity
            prev = h
        return False

    @staticmethod
    def _addressed_to_none(event: str, args: list[Argument]) -> bool:
        """各国に供与を求めた, 関係国に自制を求めた: a request addressed only to countries in
        general names no state to code; no other state of the sentence stands in for it."""
        addressed = [READING.sub("", a.text) for a in args if a.role == "recipient"]
        return event == "REQUEST" and bool(addressed) and all(map(GENERIC.match, addressed))

    def _staying(self, g: Graph, p: int) -> bool:
        """p is a relative clause in the progressive (訪れている) on the subject of a later
        consultation verb of the same sentence."""
        h = g.head(p)
        staying = STAYING.search(g.tail(p)[1] + g.connector(p)[1])
        if h is None or g.tokens[p].dep != "acl" or not staying:
            return False
        v = g.head(h)
        found = self._trigger(g, v) if v is not None and v > h else None
        return found is not None and found[0].event == "CONSULT"

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
        """日本政府はイランの攻撃を非難した: the subject of an accusing verb that governs an
        event noun talks about the event; it is never an unsaid side filled in for it."""
        for v in g.ancestors(i):
            if g.tokens[v].pos != "VERB":
                continue
            governing = self._trigger(g, v)
            if governing is None or governing[0].event != "ACCUSE":
                return []  # 制裁対象に加えた, 供与に言及した: the subject may well be the doer
            found = [a for a in self._args_of(g, v, set()) if a.role in ("agent", "topic")]
            return [
                Argument("claim", a.text, a.start, a.end, a.marker, participant=False)
                for a in found or self._topic_before(g, v)
            ]
        return []
