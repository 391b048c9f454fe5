"""Japanese: who tells a frame's event, and how it is told.

The quote an event sits in and whose subject it has, the speech verb above it and its
factuality cues, the subjects reported speech leaves unsaid (the speaker's own), the
speaker or source a claim is credited to, and a non-past told by its own actor as a plan.
A step of the frame builder (frames.py), after participants.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.clauses import HEADLINE_SPEAKER, quote_of
from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.headlines import headline, own_phrase
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import DOCUMENT, quote_spans
from alliancewatch.lang.ja.predicate import Draft
from alliancewatch.lang.ja.sources import credited_source
from alliancewatch.lang.ja.statements import GUESSED, STATEMENT_TYPES
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument, Cue

DONE_TAIL = pattern("done_tail")
NONPAST = pattern("nonpast_tail")
DEED = pattern("deed_support")
ENACTING = pattern("enacting_announcement")
SPOKEN = pattern("spoken_act")
AGREED = pattern("agreed_outcome")
AHEAD_OF_CHAIN = pattern("ahead_of_chain")
DECIDED_AHEAD = pattern("decided_ahead")
CONTINUATIVE = pattern("continuative")
SOON = pattern("soon_adverb")
AS_EARLY = pattern("as_early_as")
HELD_STANCE = pattern("held_stance")
STATED_INTENT = pattern("stated_intent")
QUOTED_INTENT = pattern("quoted_intent")
SHOWN_INTENT = pattern("shown_intent")
TOPIC_QUOTE = pattern("headline_topic_quote")
GIVEN = ("SUPPORT", "AID")  # what a minutes turn's から-phrase gives (…から、支持を得た)
ANNOUNCING = pattern("announcing_verb")


class JapaneseAttribution:
    """The reporting steps of the frame builder (a mixin of frames.JapaneseFrames)."""

    def _reported(self, d: Draft) -> bool:
        """The quote and the speech verb around the event, and the subjects they give;
        False when the event is no event of its own (a threat told by a warning)."""
        g, i, trig, key_start = d.g, d.i, d.trig, d.key_start
        p, voice, nominal, args = d.p, d.voice, d.nominal, d.args
        sentence = d.sentence
        quote = quote_of(g, key_start)
        statement = self._statement(g, p, quote, nominal, trig.event)
        args = self._statement_content(g, p, args) if statement else args
        args = self._outside_turn_words(g, p, args)  # X大統領から、日本は…旨述べ、…謝意を
        if trig.event == "THREATEN":
            args = self._threat_sides(g, key_start, args)
        if quote is not None and not nominal and not self._subject_inside(args, quote):
            args += self._quote_subjects(g, p, quote)
        if not nominal and trig.requires and voice == "active":  # 通信線も遮断する
            args = self._also_object(g, p, trig.requires, args)
        if (
            not any(a.role in ("agent", "topic") for a in args)
            and not nominal
            and not self._time_subject(g, p, voice)  # 空爆が始まってから、ユーゴ軍は
        ):
            args += (
                self._crossing_subject(g, p)
                or self._passive_relative_subject(g, p)
                or self._relative_head(g, p)
                or self._shared_agent(g, p)
            )
            args = self._statement_content(g, p, args) if statement else args
        if trig.event in SYMMETRIC and any(a.marker == "shared" for a in args):
            args += self._shared_partners(g, p, args)
        elif trig.event == "AGREE" and not nominal:  # Xは Yと会談し、…ことで合意した
            args += self._agreed_partners(g, p, args)
        if quote is not None and not nominal and self._subject_inside(args, quote):
            args = self._inside_own_quote(args, quote)
        else:
            quote = None
        cues, speech_verb, speech_cue, path = self._climb(g, p, nominal)
        cues = self._stance_cues(g, i) + cues  # 制裁に慎重な姿勢: the nearest cue
        if trig.event == "AGREE":
            # 関係を格上げすることで一致した: an agreement told as the content of agreeing is
            # the agreeing itself, done (not the plan an agreement's content is)
            cues = [c for c in cues if not (c.kind == "after" and AGREED.match(c.text))]
        if trig.event == "THREATEN" and self._told_by_warning(g, p):
            return False
        if trig.event not in STATEMENT_TYPES and not nominal and self._threatened_act(g, p):
            return False  # 「…には必ず反撃する」と警告した: the act is what is threatened
        if trig.event == "THREATEN" and speech_verb is not None:
            # 対抗措置を取る考えを示した: a threat said is made by saying it, not planned
            cues = [c for c in cues if c.label != "planned"]
        if trig.event == "SUPPORT" and HELD_STANCE.match(trig.key):
            cues, speech_verb, speech_cue = self._held_stance(cues, speech_verb, speech_cue)
        if (
            speech_verb is not None
            and trig.event in STATEMENT_TYPES
            and speech_cue
            and DOCUMENT.search(speech_cue.split("を")[0])
        ):  # イランを非難する声明を出した: the document is the statement act (statements.py)
            speech_verb, speech_cue = None, None
        if not cues and not nominal:
            cues = self._next_verb_cue(g, p)
        if not cues:
            cues = self._soon(g, p)
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
            args += (
                self._warned(g, speech_verb, conditional)
                or self._topic_before(g, p)
                # 安倍総理から、…懸念を表明し (saying.py); …から、支持を得た: given by it
                or self._minutes_agent(
                    g,
                    p,
                    tuple(
                        a
                        for a in args
                        if a.role == "source" and voice == "receptive" and trig.event in GIVEN
                    ),
                )
            )
        args += self._minutes_addressee(g, p, trig.event, args)  # …に対し、X首相から歓迎
        args += self._turn_addressee(g, p, trig.event, args)  # X総理より、Y側に対し、…
        if trig.event == "AGREE" and not any(a.role in ("agent", "topic") for a in args):
            args += self._agreed_parties(g, p)
        if headline(sentence):
            # (a joint act fills no side from the sentence: nothing to close for it)
            args = own_phrase(
                g, args, i, trig.event not in STATEMENT_TYPES, trig.event not in SYMMETRIC
            )
        d.args, d.quote, d.cues, d.speech_verb, d.speech_cue = (
            args,
            quote,
            cues,
            speech_verb,
            speech_cue,
        )
        d.path, d.conditional = path, conditional
        return True

    def _attributed(self, d: Draft) -> None:
        """The speaker or source the event is credited to, and a plan told in the non-past."""
        g, sentence, i, trig, first, key_start = d.site()
        p, nominal, args, cues = d.p, d.nominal, d.args, d.cues
        speech_verb, speech_cue = d.speech_verb, d.speech_cue
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
            if speaker is None and headline(sentence):  # ロシア国防省、演習の開始を発表:
                speaker = next(  # the headline's topic says it
                    (a for a in args if a.role == "topic" and a.marker == "、"), None
                )
            own = self._tense_tail(g, p).removesuffix("と")  # 求めたと明らかにし: past
            if (
                not nominal
                # 「…強く非難する」: direct speech in the non-past performs (「…続けたい」: a wish)
                and (not quoted or QUOTED_INTENT.search(own))
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
                and not self._done_before_ahead(g, p)
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
                or self._topic_quoted(d)
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
            if speaker is None and not self._chained_before_quote(g, p):
                speaker, speech_cue = self._reporting_above(g, p)
            if speaker is None and not cues and self._announced(d):
                # 制裁措置を発表しました, 断交を発表した: the act made known by its announcer,
                # who does it (no source kept off its sides)
                speaker, speech_cue = self._speaker(g, p), "を" + self._tense_tail(g, p)
                if speaker is not None and not any(
                    a.role in ("agent", "topic") and a.marker not in GUESSED for a in args
                ):
                    args = [a for a in args if a.role not in ("agent", "topic")]
                    args.append(replace(speaker, role="agent", marker="speaker"))
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
        if speaker is None and SPOKEN.match(trig.key):  # 謝意を表明した, 謝意が表明されまし
            speaker = next(  # た: thanks are words, claimed by who gives them
                (  # (Xから…謝意が述べられ: the から-phrase, made the doer by voice.py later)
                    a
                    for a in args
                    if a.role in ("agent", "topic", "source") and a.marker not in GUESSED
                ),
                None,
            )
            speech_cue = trig.key if speaker is not None else speech_cue
        if speaker is None:  # 【平壌…発朝鮮中央通信】…, …派遣　韓国国情院 (sources.py)
            speaker, speech_cue = credited_source(
                g.text,
                headline(sentence),
                lambda: any(self._is_speech(g, u.i) for u in g.tokens),
                said,
            )
        d.args, d.cues, d.speaker, d.speech_cue, d.in_quote = (
            args,
            cues,
            speaker,
            speech_cue,
            in_quote,
        )

    def _chained_before_quote(self, g: Graph, p: int) -> bool:
        """大使を召還していて、今回の攻撃について「…措置だ」と説明した: a 〜して、 clause closed by
        a comma before a quote opens is narration of the speaker's deeds, none of the quote's
        words, though the parser hangs it on a word inside the quote (clauses._reporting_above
        would credit the quote's speaker with it). Only a clause of verbs chained: an event
        in a noun that such a verb takes (誤投下した事故に言及し、「…」と強調した) is what the
        speaker talks about."""
        later = [(s, e) for s, e in quote_spans(g.text) if s >= g.tokens[p].end]
        below = p
        if g.tokens[p].pos != "VERB":
            return False
        for a in g.ancestors(p):
            if any(s <= g.tokens[a].start < e for s, e in later):
                last, tail = g.tail(below)
                return (
                    g.text[g.tokens[last].end :].startswith("、")
                    and bool(CONTINUATIVE.search(tail))
                    and not self._is_speech(g, below)
                )
            if g.tokens[a].pos != "VERB":
                return False
            below = a
        return False

    @staticmethod
    def _topic_quoted(d: Draft) -> re.Match[str] | None:
        """NATO、シリアのトルコ軍機撃墜を「強く非難」: in a headline, a statement act said
        inside a quote that closes the segment is the words of the segment's topic; not a
        threat, whose quote holds the act threatened (data pattern headline_topic_quote)."""
        if d.trig.event not in STATEMENT_TYPES or d.trig.event == "THREATEN":
            return None
        g, key = d.g, d.key_start
        end = next((k for k in range(key, len(g.text)) if g.text[k].isspace()), len(g.text))
        m = TOPIC_QUOTE.search(g.text[:end])
        return m if m is not None and m.start(2) <= key < m.end(2) else None

    def _announced(self, d: Draft) -> bool:
        """北朝鮮に対する制裁措置を発表しました, ウクライナとの断交を発表した, 英兵の解放を発表:
        an act noun whose light verb is a verb of announcing (発表) in a main clause told as
        done is claimed by the announcer, as the act noun said by any say verb is (saying.py
        _said_by; gold: 5 of 8 such clauses, blind7 010, blind15 002, blind17 024, blind18
        009, blind19 009). Statement acts keep their own rule (statements.py)."""
        g, p = d.g, d.p
        return (
            p != d.i
            and d.trig.event not in STATEMENT_TYPES
            and bool(ANNOUNCING.match(g.tokens[p].lemma))
            and bool(DONE_TAIL.search(self._tense_tail(g, p)))
            and self._main_clause(g, p)
        )

    @staticmethod
    def _held_stance(
        cues: list[Cue], speech_verb: int | None, speech_cue: str | None
    ) -> tuple[list[Cue], int | None, str | None]:
        """支持する考えを示した, 歓迎する意向を示しており, 「…歓迎したい」と述べ: a stance told as
        an intention is held by telling it, asserted; the showing of it (考えを示した) is the
        stance act itself and reports no words, so it claims nothing (data held_stance)."""
        intent = [c for c in cues if c.label == "planned" and STATED_INTENT.search(c.text)]
        if not intent or len(intent) < len([c for c in cues if c.label == "planned"]):
            return cues, speech_verb, speech_cue  # …表明する方針だ: a plan to state it
        cues = [c for c in cues if c not in intent]
        if speech_cue and any(SHOWN_INTENT.match(c.text) for c in intent):
            return cues, None, None
        return cues, speech_verb, speech_cue

    def _done_before_ahead(self, g: Graph, p: int) -> bool:
        """両国の代表団が北京で協議し、2カ月以内に大使館を再開する, …で一致し、数日以内に会合
        を開くことになった: a 〜し、 clause chained to a later one that has a time ahead of its
        own, or is nominalised into what was decided, is told as done; only the later clause
        is ahead (data patterns ahead_of_chain, decided_ahead)."""
        cur = p
        while (h := g.head(cur)) is not None and h > cur:
            last, tail = g.tail(cur)
            _, conn = g.connector(cur)
            if g.tokens[cur].dep not in ("advcl", "conj") or not CONTINUATIVE.search(tail + conn):
                return False
            if AHEAD_OF_CHAIN.search(g.text[g.tokens[last].end : g.tokens[h].start]):
                return True
            cur = h
        return cur != p and bool(DECIDED_AHEAD.match(g.text[g.tokens[g.tail(cur)[0]].end :]))

    @staticmethod
    def _soon(g: Graph, p: int) -> list[Cue]:
        """プーチン大統領と近く電話で会談し, 今夜にも会談し: an adverb of the near future (or a
        time word with にも, as early as) hung on the event's
        own predicate (or the verb an event noun hangs on) makes it planned, whatever the
        tense of the clause it is chained to."""
        h = g.head(p)
        verbs = [p] if h is None or g.tokens[h].pos != "VERB" or h < p else [p, h]
        for v in verbs:  # 近く電話で会談し: on the verb an event noun hangs on, too
            for c in g.children[v]:
                t = g.tokens[c]
                if (
                    c < v
                    and t.dep in ("advmod", "obl", "nmod")
                    and (
                        not g.marker(c)  # 国境近くで, 1000人近くを: a place or a number
                        and SOON.match(t.text)
                        or g.marker(c) == "に"  # 近い将来に訪問する
                        and SOON.match(g.text[g.tokens[min([c, *g.children[c]])].start : t.end])
                        # 今夜にも会談し, 来週にも訪中する: as early as then
                        or g.marker(c) == "にも"
                        and AS_EARLY.match(t.text)
                    )
                ):
                    return [Cue("planned", t.text, "tail")]
        return []
