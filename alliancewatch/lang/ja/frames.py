"""Japanese: dependency parse -> predicate-argument frames.

A trigger noun that is the object of a light verb (会談を行う, 支援を受ける) takes its roles
and voice from that verb (data/light_verbs.tsv). Arguments, and the subjects Japanese leaves
unsaid, are found in args.py; factuality and attribution in modality.py; this module puts
them together, with the clause's tense (a plain non-past is a plan) and where dates bind.

What each frame carries for the shared coder, so that it opens no Japanese lexicon, is
added last (finish.py, the class this one derives from first).
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang import ALLY
from alliancewatch.lang.ja.blame import JapaneseBlame
from alliancewatch.lang.ja.clauses import HEADLINE_SPEAKER, quote_of
from alliancewatch.lang.ja.demands import BOTH, JapaneseDemands
from alliancewatch.lang.ja.finish import JapaneseFinish
from alliancewatch.lang.ja.graph import NOMINAL, Graph
from alliancewatch.lang.ja.headlines import headline, headline_subject, headline_topic, own_phrase
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.modality import (
    DOCUMENT,
    QUOTATIVE,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    quote_spans,
)
from alliancewatch.lang.ja.sources import credited_source
from alliancewatch.lang.ja.statements import GUESSED, STATEMENT_TYPES
from alliancewatch.lang.ja.threats import JapaneseThreats
from alliancewatch.lang.ja.triggering import JOINT_KEY, JapaneseTriggers
from alliancewatch.lang.ja.untold import UNDOING
from alliancewatch.lang.ja.voice import entered, passive, sighted, voiced
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument, Cue, Frame, Sentence

LIGHT_LINKS = {"を", "が", "は", "も", "まで", "までも", "に", "には", "にも", "へ", "へは", ""}
DONE_TAIL = pattern("done_tail")
NONPAST = pattern("nonpast_tail")
HEADLINE_END = pattern("headline_end")
DEED = pattern("deed_support")
ENACTING = pattern("enacting_announcement")
ATTITUDE = pattern("attitude_noun")
RESTATED = pattern("restated")
WAR_SCENE = pattern("war_scene")
LAUNCH_COUNT = pattern("launch_count")
LAUNCH_KEY = "発射"  # the trigger row a counted launch is read with (data/triggers.tsv)
ABOUT = pattern("about")
# goods that are fired at a place as often as sent to a state
FIRED = frozenset({"ミサイル", "無人機", "ロケット"})


class JapaneseFrames(
    JapaneseTriggers, JapaneseFinish, JapaneseDemands, JapaneseBlame, JapaneseThreats
):
    def frames(self, sentence: Sentence) -> list[Frame]:
        g = Graph(sentence.tokens, sentence.text)
        out = []
        for t in sentence.tokens:
            found = self._launch_count(g, sentence, t.i) or self._trigger(g, t.i, reading=False)
            if found:  # 中国軍機が台湾周辺で確認された: a deployment seen (voice.py)
                trig = entered(g, t.i, sighted(g, t.i, found[0]))
                found = (self._conditional_check(g, t.i, trig), *found[1:])
                if self._denying_rebuttal(g, t.i, trig):
                    found = None
            frame = self._frame(g, sentence, t.i, *found) if found else None
            if frame:
                out.append(self._finish(g, frame, found[0]))
        out = self._performed(g, sentence, out)  # 「…強く非難する」と述べた: the speaker's act
        return out + self._quoted_demands(g, sentence, out) + self._quoted_blames(g, sentence, out)

    def _launch_count(
        self, g: Graph, sentence: Sentence, i: int
    ) -> tuple[Trigger, int, int] | None:
        """北朝鮮、日本海へ弾道ミサイル数発: a headline names a launch by counting the shots
        (data pattern `launch_count`), with no verb; read as 発射."""
        if not headline(sentence) or g.tokens[i].pos not in NOMINAL or not g.is_chain_head(i):
            return None
        first, _ = g.chain(i)
        m = LAUNCH_COUNT.search(g.span_text(first, i))
        if not m:
            return None
        start = g.tokens[first].start + m.start()  # 北朝鮮、弾道…: not the topic before it
        first = next(k for k in range(first, i + 1) if g.tokens[k].end > start)
        return self.lex.triggers[LAUNCH_KEY], first, start

    def _frame(
        self, g: Graph, sentence: Sentence, i: int, trig: Trigger, first: int, key_start: int
    ) -> Frame | None:
        t = g.tokens[i]
        nominal = t.pos in NOMINAL
        p, voice = i, "active"
        anchor = i
        h = g.head(i)
        n = len(g.tokens)
        close = next((k for k in range(i + 2, n) if g.tokens[k].text in QUOTE_CLOSE), 0)
        if (
            nominal
            and h is not None
            and i + 1 < n
            and g.tokens[i + 1].text in QUOTE_OPEN
            and i + 1 < h < close
        ):
            anchor, h = h, g.head(h)  # 合同演習「フリーダム・シールド」を実施: the name stands in
        if nominal and h is not None and g.marker(i) == "の" and ATTITUDE.match(g.tokens[h].text):
            anchor, h = h, g.head(h)  # 遺憾の意を表明, 感謝の意を表した: 意 carries the noun
        at = g.tokens[anchor]
        if (
            nominal
            and h is not None
            and g.tokens[h].lemma in self.lex.light_verbs
            and at.dep in ("obj", "nsubj", "obl")
            and g.marker(anchor) in LIGHT_LINKS
            and not self._stance_about(g, h, anchor)  # …による協力に懸念を示した
        ):
            p, voice = h, self.lex.light_verbs[g.tokens[h].lemma]
            nominal = False
        reason = self._reason_end(g, i, trig.event) if t.pos in NOMINAL else None
        if reason is not None:  # 加盟を受けて: "in response to", nothing received
            p, voice, nominal = i, "active", True
        if t.pos in NOMINAL and RESTATED.match(g.text[t.end :]):
            return None  # 本合意に基づき, 懸念には当たらない: cited or dismissed, not told here
        treaty_noun = trig.pair and nominal and p == i and not headline(sentence)
        if treaty_noun and self._treaty_background(g, i, reason is not None):
            return None  # 条約の発効で, 協定締結の背景: the treaty told before
        if p == i and self.lex.light_verbs.get(t.lemma) == "receptive":
            voice = "receptive"  # 受け取る, ロシアによる砲弾調達: the doer receives
        if self._not_told(g, i, p, trig, nominal) or (
            trig.requires.startswith(("object:", "not_object:", "subject:", "not_subject:"))
            and not self._object_ok(
                g,
                trig.requires,
                [p, anchor],
                self._unmarked_objects(g, i, first, key_start),
                trig.event in UNDOING,
            )
        ):
            return None  # 条約を結ぶ, not 両国を結ぶケーブル; 兵器を送る, not 書簡を送る
        shipped = (  # 北朝鮮、ロシアにコンテナ1000個分の武器か: a headline's goods sent to
            nominal  # a destination, with no verb
            and headline(sentence)
            and p == i
            and trig.key not in FIRED  # イラン、米軍基地にミサイル: fired at, not sent
            and any(g.marker(c) in ("に", "へ") and c < i for c in g.children[i])
        )
        if (
            trig.requires == "receptive"
            and not shipped
            and (voice != "receptive" or g.marker(anchor) not in ("を", "も", "まで", ""))
        ):
            # 武器を受け取った is a transfer; 兵士が攻撃を受けた is not
            return None
        if voice == "active" and passive(g, p):  # not 撤退を余儀なくされた (voice.py)
            voice = "passive"
        args = self._args_of(g, p, {i})
        if p != i:
            args += self._args_of(g, i, set())
        if nominal:
            args += self._object_phrases(g, i, args)
            args += self._relative_doer(g, i)
            args += self._genitive_across_relative(g, i, args)
            args += self._doer_elsewhere(g, i, args) or self._listed_doer(g, i, args)
            args += self._enacted_by(g, i, args)
            args += self._scene_parties(g, i, args, trig.event in SYMMETRIC)
            if trig.event in SYMMETRIC:
                args += self._owner_above(g, i, args)
        if headline(sentence):
            # 韓国、GSOMIAの破棄を決定: with a light verb the topic is its subject
            args = headline_topic(g, args, key_start, bool(g.marker(i)) and p == i)
            args = headline_subject(g, args, i, p)
            # …1500人派遣　韓国国情院: a headline's next segment (a source, a second
            # headline) holds none of this event's parties
            args = [a for a in args if not re.match(r"\S*\s", g.text[t.end : a.start + 1])]
            args = self._headline_speaker(g, key_start, trig.event, args)
        if key_start > g.tokens[first].start:  # ロシア派兵, 朝ロ首脳会談
            s = g.tokens[first].start
            for a in args:  # 米、シリア制裁解除へ: the headline's topic opens no compound
                if a.role == "topic" and a.marker == "、" and s <= a.start < key_start:
                    s = max(s, a.end + 1)
            args.append(Argument("compound", g.text[s:key_start], s, key_start, "compound"))
        for c in g.children[p]:
            if c != i and g.tokens[c].pos == "ADJ" and QUOTATIVE.match(g.connector(c)[1]):
                # 「ロシアは…つもりがない」と批判した: a quote ending in an adjective is about
                # its own subject written inside it (not a partner of an earlier clause)
                args += [
                    Argument("content_agent", a.text, a.start, a.end, a.marker)
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic")
                    and any(qs < a.start < qe for qs, qe in quote_spans(g.text))
                ]
            if c != i and g.tokens[c].pos == "VERB" and QUOTATIVE.match(g.connector(c)[1]):
                # Xは、Yは…を脅かすと非難した: a topic after the sentence's first one and
                # before the quoted verb is what the speaker talks about, not the speaker
                # (Xも同日、Yは「…」と非難した: a speaker set off by も as well)
                topics = [k for k in range(len(g.tokens)) if g.marker(k) in ("は", "も")]
                moved = [
                    a
                    for a in args
                    if topics
                    and a.role == "topic"
                    and g.tokens[topics[0]].end <= a.start
                    and a.end <= g.tokens[c].start
                ]
                args = [a for a in args if a not in moved] + [
                    Argument("content_agent", a.text, a.start, a.end, a.marker) for a in moved
                ]
                args += [
                    Argument("content_agent", a.text, a.start, a.end, a.marker)
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic")
                ]
                # 中国の行動を「…を与える」と非難した: an object written before the quote is
                # what the statement is about, wherever the parser hung it
                opened = [qs for qs, _ in quote_spans(g.text) if qs < g.tokens[c].start]
                if opened:
                    args += [
                        a
                        for a in self._args_of(g, c, set())
                        if a.role == "patient" and a.end <= opened[-1]
                    ]
        src = any(a.role == "source" for a in args)  # イランから…攻撃を受けた: the attacker
        if (
            (nominal or voice == "receptive")
            and trig.event == "ASSAULT"
            and any(
                (
                    a.role == "compound"
                    and (self._names_one(g, a) or voice == "receptive" and not src)
                )
                or (a.role == "agent_phrase" and voice == "receptive")
                for a in args
            )
        ):
            # ウクライナ侵攻を続けるロシア, 日本はウクライナ侵略を受けて: the compound names
            # the victim; only a doer written for the invasion itself is its actor (so too
            # …ロシア軍による殺害を受け: "in response to", not the subject receiving it)
            args = [
                a
                for a in args
                if a.role in ("compound", "genitive", "agent_phrase") or a.marker == "relative"
            ]
            if p != i:  # 日本は…侵略を受けて: the one responding is no side of the invasion
                args += [
                    Argument("claim", a.text, a.start, a.end, a.marker, participant=False)
                    for a in self._args_of(g, p, {i}) + self._topic_before(g, p)
                    if a.role in ("agent", "topic")
                ]
            voice = "active"
            nominal = True  # no subject of the clause around it is the invasion's doer
        args += self._stray_args(g, p, args)
        # the trigger is itself a receiving word (調達, 購入), not an event 受け received
        receiving = (
            p == i and t.lemma == trig.key and self.lex.light_verbs.get(t.lemma) == "receptive"
        )
        if receiving and not any(
            a.role in ("agent", "topic", "agent_phrase") for a in args
        ):  # ポーランドの戦車調達: the genitive of a receiving noun is who receives (not so
            # with a doer written: ロシアによる北朝鮮の砲弾調達, the genitive is the source)
            args = [replace(a, role="agent") if a.role == "genitive" else a for a in args]
        if trig.event == "CONSULT":  # 北朝鮮情勢について協議した: what a talk is about is no
            # party to it, unless it is the talkers' own (両国の協力について協議)
            args = [a for a in args if not ABOUT.match(a.marker) or any(b in a.text for b in BOTH)]
        if trig.event in SYMMETRIC:
            args += self._joint_group(g, [p, i], args)
        if trig.event in SYMMETRIC and not any(a.role == "comitative" for a in args):
            args += self._partners_by_text(g, p, args)
        args = [self._listed(g, a) for a in args]
        # ロシア軍とともに戦闘に加わった: an ally, no target; of a joint act, a partner
        joint = trig.event in SYMMETRIC
        args = [
            (replace(a, marker="と") if joint else replace(a, participant=False))
            if a.marker == ALLY
            else a
            for a in args
        ]
        if trig.event == "ASSAULT":  # クルスク州の地上作戦に参戦: the war joined, not its enemy
            args = [
                replace(a, participant=False)
                if a.role == "recipient" and WAR_SCENE.search(a.text)
                else a
                for a in args
            ]
        args += self._content_doer(g, p, i, args)
        args += self._treaty_makers(g, trig.pair and not nominal, args)
        if nominal and trig.event not in SYMMETRIC:
            talkers = self._governor_subjects(g, i)  # 韓米が発射を探知し: not the launchers
            args = [
                a
                for a in args
                if a.role not in ("agent", "topic")
                or not any(c.start <= a.start and a.end == c.end for c in talkers)
            ] + talkers
        if trig.event == "ASSAULT":
            args = [
                self._owner_only(g, a) if a.role in ("recipient", "patient") else a for a in args
            ]
        about = self._about_end(g, i, trig.event) if nominal and p == i else None
        args = self._background(g, i, reason or about, trig.event, args, about is not None)
        args += self._reasons_closed(g, key_start)
        quote = quote_of(g, key_start)
        statement = self._statement(g, p, quote, nominal, trig.event)
        args = self._statement_content(g, p, args) if statement else args
        if trig.event == "THREATEN":
            args = self._threat_sides(g, key_start, args)
        if quote is not None and not nominal and not self._subject_inside(args, quote):
            args += self._quote_subjects(g, p, quote)
        if not any(a.role in ("agent", "topic") for a in args) and not nominal:
            args += (
                self._crossing_subject(g, p)
                or self._passive_relative_subject(g, p)
                or self._relative_head(g, p)
                or self._shared_agent(g, p)
            )
            args = self._statement_content(g, p, args) if statement else args
        if trig.event in SYMMETRIC and any(a.marker == "shared" for a in args):
            args += self._shared_partners(g, p, args)
        if quote is not None and not nominal and self._subject_inside(args, quote):
            args = self._inside_own_quote(args, quote)
        else:
            quote = None
        cues, speech_verb, speech_cue, path = self._climb(g, p, nominal)
        if trig.event == "THREATEN" and self._told_by_warning(g, p):
            return None
        if trig.event == "THREATEN" and speech_verb is not None:
            # 対抗措置を取る考えを示した: a threat said is made by saying it, not planned
            cues = [c for c in cues if c.label != "planned"]
        if (
            speech_verb is not None
            and trig.event in STATEMENT_TYPES
            and speech_cue
            and DOCUMENT.search(speech_cue.split("を")[0])
        ):  # イランを非難する声明を出した: the document is the statement act (statements.py)
            speech_verb, speech_cue = None, None
        if not cues and not nominal:
            cues = self._next_verb_cue(g, p)
        conditional = any(c.label == "hypothetical" for c in cues)  # its speaker is no side
        if (
            speech_verb is not None
            and not nominal
            and quote is None
            and not conditional
            and not any(a.role in ("agent", "topic", "agent_phrase") for a in args)
        ):
            # 国情院は、北朝鮮が…後退させた後、ロシアに…派遣する可能性もあると指摘した:
            # the reported clause's own が-subject, wherever the parser hung it
            args += self._reported_subject(g, p, args)
        if (
            speech_verb is not None
            and not nominal
            and not conditional
            and not any(a.role in ("agent", "topic", "agent_phrase") for a in args)
        ):
            # 演習を始めたと発表した: reported speech drops the speaker's own subject
            args += [
                Argument("agent", a.text, a.start, a.end, "speaker")
                for a in self._args_of(g, speech_verb, set())
                or self._minutes_speaker(g, speech_verb)
                if a.role in ("agent", "topic") and not (quote and quote[0] < a.start < quote[1])
            ]
        if quote is not None and speech_verb is not None and trig.event == "THREATEN":
            args += self._quoted_retaliator(g, speech_verb, quote, voice, args)
        if (
            not nominal
            and quote is None
            and not any(a.role in ("agent", "topic", "agent_phrase") for a in args)
        ):
            args += self._warned(g, speech_verb, conditional) or self._topic_before(g, p)
        if trig.event == "AGREE" and not any(a.role in ("agent", "topic") for a in args):
            args += self._agreed_parties(g, p)
        if headline(sentence):
            args = own_phrase(g, args, i)
        speaker = None
        quoted = any(qs <= key_start < qe for qs, qe in quote_spans(g.text))
        in_quote = quoted and speech_verb is not None
        if speech_verb is not None:
            speaker = self._speaker(g, speech_verb)
            if speaker is None:  # …提供したとみられると述べた: the judgement is said
                speaker, outer = self._outer_speaker(g, speech_verb)
                speech_cue = outer or speech_cue
            if speaker is None:  # Xによると、…とみられる: the writer's verb, X's claim
                speaker, according = self._according_to(g)
                speech_cue = according or speech_cue
            own = self._tense_tail(g, p).removesuffix("と")  # 求めたと明らかにし: past
            if (
                not nominal
                and not quoted  # 「…強く非難する」: direct speech in the non-past performs
                and not cues
                and not DONE_TAIL.search(own)
                and not self._is_speech(g, p)  # 非難し、…と述べた: a statement, not a plan
                and trig.event != "THREATEN"  # 対抗措置を取ると表明した: saying it threatens
                # 今後も一貫して支持すると述べた: a statement act said in the non-past is
                # performed by saying it, not planned
                and (trig.event not in STATEMENT_TYPES or DEED.search(trig.key))
                # 制裁を科すと発表した: a sanction is enacted by announcing it (gold: 11 of 15)
                and not (trig.event == "SANCTION" and ENACTING.match(g.tokens[speech_verb].lemma))
            ):
                # 再開すると発表した: an action told in the non-past by its own actor is a plan
                cues = [Cue("planned", own, "tail")]
        else:
            own = self._tense_tail(g, p)
            if (
                not nominal
                and not quoted
                and not cues
                and self._main_clause(g, p)
                and NONPAST.search(own)
                and not self._is_speech(g, p)
            ):
                cues = [Cue("planned", own, "tail")]  # 協定は…を経て発効する: the future
            speaker, speech_cue = self._quote_speaker(g, key_start)
            said = (
                self._headline_quoter(g, key_start)
                or (
                    HEADLINE_SPEAKER.search(g.text[:key_start])
                    if trig.event in STATEMENT_TYPES
                    else None
                )
                if headline(sentence)
                else None
            )
            if speaker is None and said is not None:  # 国防相「小規模な戦闘」: the name says it
                # (台湾側「人々に恐怖」と非難: the name before the quote a statement reports)
                s, e = said.span(1)
                speaker, speech_cue = Argument("speaker", g.text[s:e], s, e, "「」"), "「」"
            in_quote = speaker is not None
            if speaker is None:
                speaker, speech_cue = self._according_to(g)
            if speaker is None:
                speaker, speech_cue = self._reporting_above(g, p)
        said = trig.event in STATEMENT_TYPES and not DEED.search(trig.key)
        if speaker is None and not nominal and said:
            # 岩屋外相は…を「…」と非難した, …と述べ、ロシアを強く非難した (spec §6)
            speaker, own_cue = self._statement_speaker(g, p, i, first, args)
            speech_cue = own_cue or speech_cue
            if speaker is not None and not any(
                a.role in ("agent", "topic") and a.marker not in GUESSED for a in args
            ):  # the one who says it performs it: its actor too (spec §6)
                args = [a for a in args if a.role not in ("agent", "topic")]
                args.append(replace(speaker, role="agent", marker="speaker"))
        if speaker is None:  # 【平壌…発朝鮮中央通信】…, …派遣　韓国国情院 (sources.py)
            speaker, speech_cue = credited_source(
                g.text, headline(sentence), lambda: any(self._is_speech(g, u.i) for u in g.tokens)
            )
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
        told_now = self._ongoing_modifier(g, i)
        if told_now:
            speaker, speech_cue = None, None  # background, no one's claim
        # the trigger as written: the key inside a compound (ロシア派兵), the verb's own
        # form when the key is a lemma (送る -> 送っ)
        end = key_start + len(trig.key)
        if g.text[key_start:end] != trig.key:
            end = t.end
        args = voiced(g, p, i, trig, voice, nominal, args)  # 撤退させた, 空爆された
        if trig.event in SYMMETRIC and not nominal:
            args += self._document_content(g, p, args)  # 加盟を承認する議定書に署名
        if trig.key == JOINT_KEY:  # 安保理に決議案を共同で提出: only the partners are parties
            args = [
                replace(a, participant=False) if a.role in ("patient", "recipient") else a
                for a in args
            ]
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
            told_now=told_now,
        )
