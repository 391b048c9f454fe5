"""Japanese: dependency parse -> predicate-argument frames.

Each trigger (triggering.py) is built into a frame in steps over one Draft: the predicate
that carries it and its voice (predicate.py), its participants (participants.py), the quote
and speech verb around it and who is credited with it (attribution.py); this module runs
the steps and adds a headline's tail cue, where dates bind, and the voice's role changes.

What each frame carries for the shared coder, so that it opens no Japanese lexicon, is
added last (finish.py, the class this one derives from).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.attribution import JapaneseAttribution
from alliancewatch.lang.ja.clauses import STATEMENT_TYPES
from alliancewatch.lang.ja.demands import JapaneseDemands
from alliancewatch.lang.ja.finish import JapaneseFinish
from alliancewatch.lang.ja.givers import leaders_closed, reacted_to
from alliancewatch.lang.ja.graph import NOMINAL, Graph, graph_of
from alliancewatch.lang.ja.headline_quotes import JapaneseHeadlineQuotes
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.likewise import likewise_closed
from alliancewatch.lang.ja.non_parties import JapaneseNonParties
from alliancewatch.lang.ja.participants import JapaneseParticipants
from alliancewatch.lang.ja.pledges import JapanesePledges
from alliancewatch.lang.ja.predicate import JapanesePredicate
from alliancewatch.lang.ja.stance import JapaneseStance
from alliancewatch.lang.ja.threats import JapaneseThreats
from alliancewatch.lang.ja.triggering import JOINT_KEY, JapaneseTriggers
from alliancewatch.lang.ja.untold import UNDOING
from alliancewatch.lang.ja.voice import entered, sighted, undergone, voiced
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument, Cue, Frame, Sentence

HEADLINE_END = pattern("headline_end")
LAUNCH_COUNT = pattern("launch_count")
STATEMENT_DAY = pattern("statement_day")
ARRIVAL = pattern("arrival_key")
LADEN_VERB = pattern("laden_verb")
LADEN_GOODS = pattern("laden_goods")
LAUNCH_KEY = "発射"  # the trigger row a counted launch is read with (data/triggers.tsv)
JOINT_ISSUED = pattern("joint_issued")
JOINT_AGREED = pattern("joint_agreed")


class JapaneseFrames(
    JapanesePredicate,
    JapaneseParticipants,
    JapaneseAttribution,
    JapaneseNonParties,
    JapaneseTriggers,
    JapaneseFinish,
    JapaneseDemands,
    JapaneseHeadlineQuotes,
    JapaneseThreats,
    JapaneseStance,
    JapanesePledges,
):
    def frames(self, sentence: Sentence) -> list[Frame]:
        g = graph_of(sentence)
        out = []
        titled = headline(sentence)  # asked once: a regex over the whole sentence
        for t in sentence.tokens:
            found = (titled and self._launch_count(g, t.i)) or self._trigger(g, t.i, reading=False)
            rebuttal = None
            if found:  # 中国軍機が台湾周辺で確認された: a deployment seen (voice.py)
                trig = entered(g, t.i, sighted(g, t.i, found[0]))
                found = (
                    self._laden_arrival(g, t.i, self._conditional_check(g, t.i, trig)),
                    *found[1:],
                )
                rebuttal = self._denying_rebuttal(g, t.i, trig)
                if rebuttal == "reject":  # 「豪側の主張は事実と異なる」と反論した
                    found = (replace(found[0], event="REJECT"), *found[1:])
                elif rebuttal == "drop":  # 国際法に反しないと反論した
                    found = None
            if found and JOINT_ISSUED.match(found[0].key) and self._records_agreement(g, t.i):
                found = None  # 一致し、共同声明を発表した: the AGREE alone
            frame = self._frame(g, sentence, t.i, *found) if found else None
            if frame:
                out.append(self._finish(g, frame, found[0]))
            if frame and rebuttal is None and self._counter_charge(found[0]):
                # 「…妨害した」と反論した: the counter-charge rejects the charge answered too
                second = replace(found[0], event="REJECT")
                again = self._frame(g, sentence, t.i, second, *found[1:])
                if again:
                    out.append(self._finish(g, again, second))
        out = self._performed(g, sentence, out)  # 「…強く非難する」と述べた: the speaker's act
        out = self._quoted_threats(g, out)  # 「…破壊する以外の選択肢はない」と述べた
        out = self._conditional_measures(out)  # …場合には協力を停止する旨述べた: a warning
        out = self._stances(g, out)  # …警告していたが、…応じなかった: the other side elsewhere
        out = self._unvoiced_labels(g, sentence, out)  # 閉鎖へ　「…ハイブリッド攻撃」
        out = self._baseless(g, out)  # 日本側の非難には根拠がない: no charge told
        out += self._quoted_demands(g, sentence, out) + self._quoted_blames(g, sentence, out)
        out = self._promises(g, out)  # 日本側に対し、…と約束した: the addressee, its partner
        pledges = self._pledges(g, out)  # 協力していく旨述べた: the doer's pledge, an AGREE
        # 受け入れる用意がある: a pledged acceptance is the AGREE itself, told once
        said = {(p.start, p.end) for p in pledges}
        out = [f for f in out if f.event != "AGREE" or (f.start, f.end) not in said] + pledges
        return out + self._headline_quotes(g, sentence, out)  # 豪国防相「危険で非専門的」

    @staticmethod
    def _laden_arrival(g: Graph, i: int, trig: Trigger) -> Trigger:
        """輸送機が武器を積んでモガディシオに到着した: an arrival (data pattern `arrival_key`)
        carrying arms (a loading verb `laden_verb` over arms `laden_goods`) delivers them,
        AID to the state it lands in (blind12 025; blind11 022 空輸), not a visit."""
        if not ARRIVAL.match(trig.key):
            return trig
        for c in g.children[i]:
            if c < i and LADEN_VERB.match(g.tokens[c].lemma):
                goods = [k for k in g.children[c] if g.marker(k) in ("を", "や")]
                if any(LADEN_GOODS.search(g.span_text(g.chain(k)[0], k)) for k in goods):
                    return replace(trig, event="AID", context=("military",))
        return trig

    @staticmethod
    def _records_agreement(g: Graph, i: int) -> bool:
        """…で一致し、共同声明を発表した: a joint statement issued in a sentence (or a
        headline's phrase) that tells an agreement records it (data pattern `joint_agreed`)."""
        start = g.text.rfind("\u3000", 0, g.tokens[i].start) + 1
        end = g.text.find("\u3000", g.tokens[i].end)
        return bool(JOINT_AGREED.search(g.text[start : end if end >= 0 else len(g.text)]))

    def _launch_count(self, g: Graph, i: int) -> tuple[Trigger, int, int] | None:
        """北朝鮮、日本海へ弾道ミサイル数発: a headline (the caller asks) names a launch by
        counting the shots (data pattern `launch_count`), with no verb; read as 発射."""
        if g.tokens[i].pos not in NOMINAL or not g.is_chain_head(i):
            return None
        first, _ = g.chain(i)
        m = LAUNCH_COUNT.search(g.span_text(first, i))
        if not m:
            return None
        start = g.tokens[first].start + m.start()  # 北朝鮮、弾道…: not the topic before it
        first = next(k for k in range(first, i + 1) if g.tokens[k].end > start)
        return self.lex.triggers[LAUNCH_KEY], first, start

    @staticmethod
    def _plan_spans(
        g: Graph, after: int, spans: tuple[tuple[int, int], ...]
    ) -> tuple[tuple[int, int], ...]:
        """トランプ大統領は19日、…協議していく考えを示した: the day right after the speaker's
        topic, set off by a comma, dates the statement, not the plan it states, wherever
        the parser hung it (data pattern statement_day)."""
        return tuple(
            (s, e)
            for s, e in spans
            if not (
                g.text[after:s] == "は"
                and g.text[e : e + 1] == "、"
                and STATEMENT_DAY.match(g.text[s:e])
            )
        )

    def _flow_phrases(self, g: Graph, k: int) -> list[Argument] | None:
        """The phrases of noun k when it names a flow of aid, trade or sales (an AID word)."""
        found = self._trigger(g, k)
        if found is None or found[0].event != "AID":
            return None
        own = self._args_of(g, k, set())
        return own + self._object_phrases(g, k, own)

    def _frame(
        self, g: Graph, sentence: Sentence, i: int, trig: Trigger, first: int, key_start: int
    ) -> Frame | None:
        d = self._predicate(g, sentence, i, trig, first, key_start)
        if d is None:
            return None
        self._participants(d)
        if self._judged_unaimed(d):
            return None  # 米英の攻撃に反対してきた, 艦艇派遣を歓迎: told before, no target
        if not self._reported(d) or self._doerless_time(d):
            return None  # 空爆が始まってから: the time, no participant written
        self._attributed(d)
        self._non_parties(d)  # a suit's court, a meeting's occasion, a request's content
        t = g.tokens[i]
        p, voice, nominal, args, cues = d.p, d.voice, d.nominal, d.args, d.cues
        speech_verb, speech_cue, speaker = d.speech_verb, d.speech_cue, d.speaker
        path, conditional, in_quote = d.path, d.conditional, d.in_quote
        if not cues and headline(sentence):
            # the verb's tail when the noun has a light verb: 対ロ制裁を延長へ, 会談を開催へ
            after = t.end if nominal else g.tokens[g.tail(p)[0]].end
            end = HEADLINE_END.match(g.text[after:])
            if end:  # 北朝鮮がロシアに派兵か, 共同訓練拡大へ
                label = "possible" if end.group(1) == "か" else "planned"
                cues = [Cue(label, end.group(0), "tail")]
        above = g.ancestors(p)
        if speech_verb is not None and speech_verb in above:
            above = above[: above.index(speech_verb)]  # 17日…と否定した: the report's date
        # 米韓が18日から始めた演習: the relative clause that carries the event out dates it
        rel = [c for c in g.children[i] if c < i and g.tokens[c].dep == "acl"] if nominal else []
        date_spans = self._date_spans(g, [*rel, i, p, *path, *above])
        if (
            speaker is not None
            and speech_verb is not None
            and any(c.label == "planned" for c in cues)
        ):
            date_spans = self._plan_spans(g, speaker.end, date_spans)
        told_now = self._ongoing_modifier(g, i)
        if told_now:
            speaker, speech_cue = None, None  # background, no one's claim
        # the trigger as written: the key inside a compound (ロシア派兵), the verb's own
        # form when the key is a lemma (送る -> 送っ)
        end = key_start + len(trig.key)
        if g.text[key_start:end] != trig.key:
            end = t.end
        args = voiced(g, p, i, trig, voice, nominal, args)  # 撤退させた, 空爆された
        if voice == "passive" and not nominal and trig.event in UNDOING:
            halted = undergone(g, p, args, lambda k: self._flow_phrases(g, k))
            if halted is not None:  # 米国の援助が停止された: told as the active
                args, voice = halted, "active"
        if trig.event in SYMMETRIC and not nominal:
            args += self._document_content(g, p, args)  # 加盟を承認する議定書に署名
        if trig.key == JOINT_KEY:  # 安保理に決議案を共同で提出: only the partners are parties
            args = [
                replace(a, participant=False) if a.role in ("patient", "recipient") else a
                for a in args
            ]
        args += leaders_closed(g, args)  # ロシアと中国が主導するSCO: no side (givers.py)
        if trig.event in STATEMENT_TYPES:  # …と批判し、中国も…表明した: beside the speaker
            args += likewise_closed(g, p)
        args = reacted_to(trig.key, args)  # …空爆、イラン反発: reacts to the doers before it
        if self._addressed_to_none(trig.event, args):
            return None  # 各国に供与を求めた
        if not conditional and trig.event != "THREATEN" and not self._is_speech(g, p):
            # 〜した場合には、…協議する考えを示した: a condition hung on the verb that says
            # the event conditions what is said, not the saying
            said_by = [speech_verb] if speech_verb is not None else []
            cues = [*cues, *self._consequent(g, [*path, *said_by])]
        return Frame(
            sentence=sentence.index,
            key=trig.key,
            trigger=g.text[key_start:end],
            start=key_start,
            end=end,
            arguments=tuple(args),
            voice=voice,
            nominal=nominal,
            cues=tuple(cues),
            speaker=speaker,
            speaker_cue=speech_cue,
            in_quote=in_quote,
            date_spans=date_spans,
            # Xは9日、…する考えを示した: a plan someone states is dated by its own clause only;
            # the day written before is the statement's (types.Frame clause_dated)
            clause_dated=speech_verb is not None and any(c.label == "planned" for c in cues),
            told_now=told_now,
        )
