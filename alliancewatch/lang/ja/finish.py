"""Japanese: a built frame finished for the shared coder.

Each frame carries its resolved trigger (type, mode, context, partner, place_event), a
`target` argument for a state a launch is aimed at (〜に向けて), and marks arguments that
name a thing rather than a participant (相互援助条約), so the shared coder opens no
Japanese lexicon. Both sides of a fight written as one phrase are split here too. The frame
builder (frames.py) derives from this class and finishes every frame it builds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.answers import about_of
from alliancewatch.lang.ja.args import PASSIVE_AUX
from alliancewatch.lang.ja.dates import find_dates
from alliancewatch.lang.ja.graph import NOMINAL, Graph, names_place, phrase_span
from alliancewatch.lang.ja.hosts import invited_entry, requesting_host, sent_to_help
from alliancewatch.lang.ja.insurgents import strikes_group
from alliancewatch.lang.ja.lexicon import (
    Lexicon,
    Trigger,
    object_types,
    pattern,
    sending_errand,
    sending_sense,
    words,
)
from alliancewatch.lang.ja.nominal import TALK_TYPES, JapaneseNominal
from alliancewatch.lang.ja.non_parties import addressees_closed, kind_closed
from alliancewatch.lang.ja.pacts import leaver_apart, multilateral, signs_pact
from alliancewatch.lang.ja.reciprocal import APART, from_each_other, named_only, reciprocal
from alliancewatch.lang.ja.signing import signs_too
from alliancewatch.lang.ja.statements import STATEMENT_TYPES, fronted_about, said_about
from alliancewatch.lang.ja.venues import names_host
from alliancewatch.plover import FACTUALITY
from alliancewatch.types import Argument, Frame

READING = pattern("reading")
AIMED_AT = pattern("aimed_at")
FIRING = pattern("firing_key")
FIRED_AT = pattern("fired_at")
BOTH_SIDES = pattern("both_sides")
BETWEEN = pattern("between")
DEED = pattern("deed_support")
PACT_EXIT = pattern("pact_exit")
PACT_NOUN = pattern("pact_noun")
PACT_PAUSE = pattern("pact_pause")
PACT_HALT = pattern("pact_halt")
PACT_PAUSED = pattern("pact_paused")
PACT_VOTE = pattern("pact_vote")
PACT_PARTIES = pattern("pact_parties")
OWN_FORCE = pattern("own_force")
ABROAD = pattern("abroad")
PLAN_HOLDER = pattern("plan_holder")
PLAN_TOLD = pattern("plan_told")
PROCEDURE_HOLDER = pattern("procedure_holder")
# a ship's name after its class (哨戒艦「トレント」)
QUOTED = re.compile(r"[「『][^」』]*([」』]|$)")
GRANTED_KEY = pattern("granted_key")
GRANTED_USE = pattern("granted_use")


class JapaneseFinish(JapaneseNominal):
    def __init__(self, lexicon: Lexicon) -> None:
        super().__init__(lexicon)
        self.name_heads = [k for k, t in lexicon.triggers.items() if t.requires == "name"]
        self.two_sided = frozenset(words("two_sided"))

    def _finish(self, g: Graph, f: Frame, trig: Trigger) -> Frame:
        """What the shared coder needs and must not look up itself: the resolved trigger,
        the states a launch is aimed at, arguments that are names of things, the claimant
        as written without its reading."""
        args = [self._whose(g, self._participant(a)) for a in f.arguments]
        if f.speaker is not None:  # 「わが国は…」と述べた: the speaker's state
            args = [self._speaker_self(a, f.speaker) for a in args]
        if trig.key in self.two_sided:
            args = self._two_sides(g, f.start, args)
        args = [b for a in args for b in self._done_by(g, a)]
        doers = [a.start for a in args if a.role == "content_agent"]
        # 54品目のイスラエル向け輸出を制限した: a measure on trade or aid hits the state the
        # goods go to or come from, inside its object; only a statement is about the doer
        if doers and trig.event != "SANCTION":
            # 北朝鮮のロシア派兵を非難: the event object's doer is the target, not every
            # state named inside the object (the receiver of the troops is not accused)
            args = [
                replace(a, participant=False, start=min([a.start, *doers]))
                if (a.role == "patient" or a.role == "recipient" and a.start <= min(doers) < a.end)
                and self._event_noun(a.text)
                else a
                for a in args
            ]
            if trig.event == "SUPPORT" and not DEED.search(trig.key):
                # 日本の派兵を歓迎した: the doer of the act welcomed is the one supported
                # (a side of the support, which the symmetric roles would not take in)
                args = [
                    replace(a, role="recipient") if a.role == "content_agent" else a for a in args
                ]
        if trig.event in TALK_TYPES and any(
            a.role in ("agent", "topic", "comitative", "compound") for a in args
        ):
            args = [
                self._talked_about(g, a) if a.role in ("patient", "recipient") else a for a in args
            ]
        targets = self._targets(g, f.start)
        if trig.event == "AID" and trig.place_event:
            # 部隊がカンボジアに向けて出発: where a sending goes, not what it is aimed at
            targets = [replace(a, role="recipient") for a in targets]
        args += targets
        at = g.covering(f.start)
        # イスラエル軍陣地にロケット弾を発射: what is fired at (not 射撃用レーダー, a thing)
        if FIRING.search(f.key) and at is not None and g.is_chain_head(at):
            args += [
                Argument("target", a.text, a.start, a.end, a.marker)
                for a in args
                if a.marker in ("に", "へ") and FIRED_AT.search(a.text)
            ]
        # 相互支援 names a provision, 外交官を相互追放 acts: only the latter is done both ways
        args = named_only(g, f.start, args, f.nominal)
        args += reciprocal(g, f.start, args)  # 非難し合った, 追放の応酬: both ways
        # AとBが撤収: each withdraws from the other
        args += from_each_other(g, f.start, f.key, trig.event, args)
        if GRANTED_KEY.match(f.key):  # 米軍が利用できる拠点を指定した: the force is the partner
            m = GRANTED_USE.search(g.text[: f.start])
            if m:
                args.append(Argument("recipient", m["user"], m.start(1), m.end(1), "が"))
        args = addressees_closed(g, f.start, args)  # 政府に対して…停止するよう指示した
        args = kind_closed(g, args)  # BRICSの政策に同調する国には…と警告: no state named
        if f.nominal:
            args += self._chain_cases(g, f.end - 1, args)
        if (
            trig.event in STATEMENT_TYPES
            and not f.nominal
            and not any(a.role in ("patient", "recipient") for a in args)
        ):  # アメリカの決定について「…」と述べ、歓迎した
            at = g.covering(f.start)
            args += said_about(g, at, self.lex.speech_verbs) if at is not None else []
            if not any(a.role in ("patient", "recipient") for a in args):
                args += fronted_about(g, f.start)  # Xについて、Yは「…」として歓迎した
        event = trig.event
        doer = any(  # not a topic the clause shares (きのうは…配備すると明らかにした)
            a.role in ("agent", "topic", "agent_phrase", "genitive") and a.marker != "shared"
            for a in args
        )
        # リトアニアの…基地に配備された: a passive whose goal names a state keeps its host
        passive = f.voice == "passive" and not names_host(g, args)
        if trig.bare and (not doer or passive or not self._destination(g, f, args)):
            # F35を配備した: no destination written, the force's own move; nor with no doer
            # (…に配備すると明らかにした) or in the passive (…が国境地帯に配備された: a place)
            event = trig.bare
        purpose = sending_sense(g.text[: f.start]) if trig.place_event == "MOBILIZE" else None
        sent = [a.text for a in args if a.role == "patient"]
        errand = trig.place_event == "MOBILIZE" and sending_errand(f.key, sent, g.text[f.end :])
        if purpose is None and errand:
            purpose = "MOBILIZE"  # 部隊を派遣して監視に当たらせている: the sender's own errand
        relief = None if purpose else sent_to_help(g, f.key, f.end)  # 派遣し、…に水を運ぶ
        purpose, args = ("AID", args + relief) if relief is not None else (purpose, args)
        if purpose == "AID":  # 救援物資を輸送するため自衛隊機を派遣: sent to help, no own move
            event = trig.event
            # トルコの要請を受け、…派遣を決めた (a に-phrase of time, 昨年12月に, is no goal)
            goal = any(a.role == "recipient" and names_place(g, a.start, a.end) for a in args)
            doer = any(
                a.role in ("agent", "topic") and names_place(g, a.start, a.end) for a in args
            )
            host = requesting_host(g, f.start) if doer and not goal else None
            args += [host] if host is not None else []
        if (
            event == "AID"
            and purpose != "AID"
            and trig.place_event == "MOBILIZE"
            and not self._destination(g, f, args)
            and self._own_force(g, f, args)
        ):
            event = "MOBILIZE"  # 英国の哨戒艦派遣, 艦艇8隻を派遣: a navy moves its ships
        if (
            event == "AID"
            and "military" in trig.context
            and any(a.role == "recipient" and ABROAD.match(a.text) for a in args)
        ):
            event = "MOBILIZE"  # 国外に核兵器を置く: kept abroad, no host written
        if event == "AID" and purpose == "MOBILIZE":
            event = "MOBILIZE"  # 邦人の退避に備え、輸送機をジブチに派遣: fetching one's own people
        event = "AID" if relief is not None else self._by_object(g, f, event, args)
        if strikes_group(g, event, f.key, f.start, args):
            event = "MOBILIZE"  # 「イスラム国」の拠点に空爆: the striker's own operation
        if invited_entry(g, event, f.key):
            event = "AID"  # 大統領の要請を受け、海兵隊が上陸した: help to the host
        speaker = f.speaker
        if speaker is not None:
            speaker = self._whole_name(g, speaker)
            speaker = replace(speaker, text=READING.sub("", speaker.text).strip("、 "))
            if self._no_speaker(speaker.text):
                speaker = None
        leaves = event == "SANCTION" and self._leaves_pact(f, args)
        if event == "SANCTION":  # ギリシャ軍のNATO統合軍事機構からの脱退: NATO left
            args = leaver_apart(g, f.key, args)
        if leaves:  # 安保理が…採択すると、北朝鮮は…離脱を宣言した: not the pact's other side
            args += [
                Argument("setting", g.text[s:e], s, e, "clause", participant=False)
                for s, e in self._own_subject_clauses(g, f.start)
            ]
        if leaves and any(a.role == "recipient" and PACT_PARTIES.match(a.text) for a in args):
            # 他の締約国に離脱を通告: told to all the parties, so no state named elsewhere in the
            # sentence (the reason's violator) is its other side
            args += [
                Argument("setting", g.text[s:e], s, e, "clause", participant=False)
                for s, e in self._other_subjects(g, f.start)
            ]
        too = event == "SUPPORT" and signs_too(g.text, f, args)  # 日本も署名した: no pair
        alone = leaves or too or event == "SUPPORT" and signs_pact(f, args)
        alone = alone or event == "REJECT" and bool(PACT_VOTE.match(f.key))  # 上院は…否決 (r7)
        lone = multilateral(g.text, f.key, event, args)  # CTBTに署名: no pair filled (r. 58)
        if lone:  # …クリントン氏が最初に署名　…インドは拒否: the other signers are no side of it
            args += [
                Argument("setting", g.text[s:e], s, e, "clause", participant=False)
                for s, e in self._other_subjects(g, f.start)
            ]
        lone = lone or too
        return replace(
            f,
            arguments=tuple(args),
            speaker=speaker,
            about=about_of(self.lex, g, f, event, args),
            event=event,
            mode=trig.mode,
            context=trig.context,
            partner=trig.partner,
            place_event=trig.place_event,
            pair=trig.pair and not lone,
            alone=alone or lone,
            # 両国は国境に部隊を集結させた: a build-up on each side, not a joint drill
            joint_event="MOBILIZE"
            if event == "MOBILIZE" and f.key in APART
            else self._joint_event(g, f),
        )

    @staticmethod
    def _by_object(g: Graph, f: Frame, event: str, args: list[Argument]) -> str:
        """国交を結んだ (COOPERATE, not a treaty's SUPPORT), 国交樹立へ (AGREE), 大使館を再開
        (COOPERATE): a key whose type its object decides (object_types.tsv), read on its を-phrase
        (also after a に-phrase: 大使に国外退去), a noun's の-phrase or the compound before it."""
        rows = object_types().get(f.key, ())
        if not rows:
            return event
        at = g.covering(f.start)
        noun = f.nominal or (at is not None and g.tokens[at].pos in NOMINAL)  # 派遣を決めた
        # パイロットは…インドに引き渡された: a passive's subject is what is acted on
        passive = at is not None and any(g.tokens[c].lemma in PASSIVE_AUX for c in g.children[at])
        objects = [  # 艦艇を寄港させる: a causative's causee is what is sent
            a.text
            for a in args
            if a.role == "patient"
            or a.marker == "causee"
            or (noun and a.role == "genitive")
            or (passive and a.role in ("agent", "topic"))
        ]
        to_whom = [a.text + "に" for a in args if a.role == "recipient" and a.marker == "に"]
        objects += [w + a.text for w in to_whom for a in args if a.role == "patient"]
        objects.append(g.text[max(0, f.start - 4) : f.start])  # 国交樹立, 外交関係回復
        objects += g.ordered_acts(at) if at is not None else []  # 「準戦時状態」に入るよう命令
        h = g.head(at) if at is not None and g.tokens[at].dep == "acl" else None
        if h is not None and g.tokens[h].pos in NOMINAL:  # ロシアと交わした「基本文書」
            objects.append(g.span_text(g.chain(h)[0], h))
        labels = [c.label for c in f.cues if c.label in FACTUALITY]  # not "unreal"
        told = min(labels, key=FACTUALITY.index, default="asserted")
        subjects = [a.text for a in args if a.role in ("agent", "topic")]
        for row in rows:
            if any(row.object.search(o) for o in (subjects if row.subject else objects)):
                new = row.planned if told == "planned" else row.event
                return event if new == "-" else new
        return event

    @staticmethod
    def _joint_event(g: Graph, f: Frame) -> str:
        """米英豪、原潜配備計画を発表: an event compounded into a plan noun, or told in the
        relative clause describing it (配備する計画), that several states announce is their
        agreement (AGREE); one in a procedure several sign (配備する手続きを定めた文書に署名)
        is no act of theirs apart from the signing. The shared coder counts the states."""
        at = k = g.covering(f.start)
        while k is not None and g.tokens[k].dep == "compound" and g.head(k) not in (None, k):
            k = g.head(k)
        if k is None:
            return ""
        if g.tokens[k].dep == "acl" and g.head(k) not in (None, k) and g.head(k) > k:
            k = g.head(k)
            while g.tokens[k].dep == "compound" and g.head(k) not in (None, k):
                k = g.head(k)
        holder = g.text[g.tokens[g.chain(k)[0]].start : g.tokens[k].end]
        if k == at:
            return ""
        if PROCEDURE_HOLDER.search(holder):
            return "NONE"
        if g.tokens[at].dep != "compound":
            return ""  # 配備する計画を公表: the plan's own factuality would tell it planned
        h = g.head(k)
        told = h is not None and h != k and PLAN_TOLD.match(g.tokens[h].lemma)
        return "AGREE" if PLAN_HOLDER.search(holder) and told else ""

    @staticmethod
    def _leaves_pact(f: Frame, args: list[Argument]) -> bool:
        """Leaving a treaty (条約から脱退, 協定から離脱): a complete act of its doer even when
        no state is its target, as a multilateral pact names none; so is suspending one's part
        in a pact (新STARTの履行停止, 条約への参加を停止: ruling 10). Suspending a pact's force
        (合意の効力を停止) is left out: those pacts are mostly two-sided, with a target the
        gold writes though the sentence does not (blind4 010, blind10 003, blind12 022)."""
        if not any(PACT_NOUN.search(a.text) or PACT_PARTIES.match(a.text) for a in args):
            return False
        if PACT_EXIT.search(f.key):
            return True
        # 新STARTの履行停止, 条約への参加を停止: one's part in a pact suspended
        if PACT_PAUSE.search(f.key):
            return True
        return bool(PACT_HALT.search(f.key)) and any(
            a.role == "patient" and PACT_PAUSED.match(a.text) for a in args
        )

    @staticmethod
    def _done_by(g: Graph, a: Argument) -> list[Argument]:
        """米英仏によるコソボ独立の承認は国際法に反すると批判した: what a statement is about,
        an act with its doer written by による, is the doer's act: the doer is talked about
        (its target), the states inside the act are only its content."""
        if a.role != "content_agent" or not a.participant:
            return [a]
        for k, t in enumerate(g.tokens):
            h = g.head(k)
            if (
                t.end <= a.start
                and g.marker(k) in ("による", "によって")
                and h is not None
                and a.start <= g.tokens[h].start < a.end
            ):
                s, e = phrase_span(g, k)
                return [
                    replace(a, text=g.text[s:e], start=s, end=e, marker=g.marker(k)),
                    replace(a, role="patient", participant=False),
                ]
        return [a]

    @staticmethod
    def _other_subjects(g: Graph, at: int) -> list[tuple[int, int]]:
        """The が-subjects of other clauses (ロシアが条約に違反しているとして): each one hung on
        a predicate that does not govern the trigger at character `at`."""
        k = g.covering(at)
        above = set(g.ancestors(k)) | {k} if k is not None else set()
        return [
            phrase_span(g, c)
            for c, t in enumerate(g.tokens)
            if t.dep == "nsubj" and g.marker(c) == "が" and g.head(c) not in above
        ]

    def _own_subject_clauses(self, g: Graph, at: int) -> list[tuple[int, int]]:
        """The clauses of time or condition before the trigger at character `at` that write a
        が-subject of their own (安保理が議長声明を採択すると、): a circumstance with its own
        doer, whose states are no side of an act that needs none; not a reason (ロシアが条約に
        違反したとして、…離脱する: the one it is left over)."""
        k = g.covering(at)
        above = set(g.ancestors(k)) | {k} if k is not None else set()
        out = []
        for v, t in enumerate(g.tokens):
            if t.dep != "advcl" or t.start >= at or v in above:
                continue
            end = g.tokens[g.tail(v)[0]]  # 採択すると: the conjunction と, "when"
            if (end.text, end.pos) != ("と", "SCONJ") and not self._conditional_clause(g, v):
                continue
            if not any(g.tokens[c].dep == "nsubj" and g.marker(c) == "が" for c in g.children[v]):
                continue
            first = min([v, *g.descendants(v)])
            out.append((g.tokens[first].start, t.end))
        return out

    @staticmethod
    def _destination(g: Graph, f: Frame, args: list[Argument]) -> bool:
        """ベラルーシに配備, 同盟国ベラルーシへの戦術核兵器の配備: a に/へ phrase on the trigger,
        its light verb or a noun under them (the parser often hangs への on the goods)."""
        if any(a.role == "recipient" for a in args):
            return True
        at = g.covering(f.start)
        heads = set() if at is None else {at, g.head(at)} - {None}
        for k, t in enumerate(g.tokens):
            if g.marker(k) in ("に", "へ", "への", "にも") and t.end <= f.start:
                h = g.head(k)
                if h in heads or (h is not None and g.head(h) in heads):
                    return True
        return False

    @staticmethod
    def _own_force(g: Graph, f: Frame, args: list[Argument]) -> bool:
        """英国の哨戒艦派遣, 艦艇を派遣して商船を守る: warships or warplanes sent (data
        pattern `own_force`, as the object or the compound before the key) with no
        destination written are a state's own forces moved, MOBILIZE (blind12 019
        adjudication; blind9 016/020), not an aid whose receiver the story would supply.
        Sent to a state (哨戒艦をガイアナに派遣) they stay the AID the gold also accepts: the
        shared coder gives a MOBILIZE no recipient."""
        at = g.covering(f.start)
        before = g.text[g.tokens[g.chain(at)[0]].start : f.start] if at is not None else ""
        sent = [a.text for a in args if a.role == "patient"] + [before]
        return any(OWN_FORCE.search(QUOTED.sub("", s)) for s in sent if s)

    @staticmethod
    def _no_speaker(text: str) -> bool:
        """きのうは…と明らかにしました, 〜ていることは…と指摘した: a time or a clause taken for
        the topic of a speech verb says nothing; it is no speaker."""
        if text in ("こと", "の", "もの") or text.endswith("こと"):
            return True
        found = find_dates(text, None)
        return bool(found) and sum(d.end - d.start for d in found) >= len(text)

    @staticmethod
    def _whole_name(g: Graph, speaker: Argument) -> Argument:
        """申源湜国家安保室長: a name the parser cut from its title (申 and 源 hung
        elsewhere) is taken back in, over nouns written right before it with no particle."""
        start = speaker.start
        while True:
            k = g.ending_at(start)
            t = None if k is None else g.tokens[k]
            if (
                t is None
                or t.pos not in NOMINAL
                or t.pos == "NUM"
                or t.text[-1] in "日月年夜朝"  # 同日 and a time are no part of a name
                or t.text == "発"  # 【平壌…発朝鮮中央通信】: a dateline's place and time
                or g.marker(t.i)
            ):
                break
            start = t.start
        if start == speaker.start:
            return speaker
        # the text only: the span the coder reads parties from stays as parsed
        return replace(speaker, text=g.text[start : speaker.end])

    @staticmethod
    def _two_sides(g: Graph, trigger: int, args: list[Argument]) -> list[Argument]:
        """北朝鮮兵とウクライナ軍が交戦した, インドとパキスタンの衝突, XとYの間で戦闘: both
        sides of a fight written as one phrase; the first named attacks the other (spec §6)."""
        if any(a.role in ("recipient", "patient") for a in args):
            return args
        if not any(a.role in ("agent", "topic", "genitive") for a in args):
            for t in g.tokens:  # XとYの間で: the phrase before 間 names both sides
                if t.start < trigger and BETWEEN.match(t.text):
                    for c in g.children[t.i]:
                        if c < t.i and g.marker(c) == "の":
                            s, e = phrase_span(g, c)
                            args = [*args, Argument("genitive", g.text[s:e], s, e, "between")]
        for k, a in enumerate(args):
            m = BOTH_SIDES.match(a.text)
            if a.role not in ("agent", "topic", "genitive") or not a.participant or not m:
                continue
            cut = a.start + m.end(1)
            first = replace(a, text=m.group(1), end=cut)
            other = Argument("comitative", m.group(2), cut + 1, a.end, "と")
            rest = [b for b in args[k + 1 :] if not (a.start <= b.start and b.end <= a.end)]
            return [*args[:k], first, other, *rest]
        return args

    def _event_noun(self, text: str) -> bool:
        trig = self.lex.find_trigger(READING.sub("", text).rstrip("」』"))
        return trig is not None and trig.event != "NONE"

    def _participant(self, a: Argument) -> Argument:
        """相互援助条約, 攻撃能力: a name or a property (a `name` trigger ends it), not a
        participant, even when a state is named inside it."""
        head = READING.sub("", a.text).rstrip("」』")
        if any(head.endswith(k) for k in self.name_heads):
            return replace(a, participant=False)
        return a

    @staticmethod
    def _targets(g: Graph, trigger: int) -> list[Argument]:
        """The word right before each 〜に向けて ahead of the trigger: a state there is
        what a launch is aimed at (イスラエルに向けてミサイルを発射)."""
        out = []
        for m in AIMED_AT.finditer(g.text):
            p = m.start()
            if p > trigger:
                break
            k = g.ending_at(p)
            if k is not None:
                word = g.tokens[k]
                # 米軍の空軍基地に向けて: the phrase ending there, up to any relative clause
                # before it (カタールにある…: where the base is, not whose it is)
                s, _ = phrase_span(g, word.i)
                verbs = [v.end for v in g.tokens if s <= v.start < word.start and v.pos == "VERB"]
                s = max([s, *verbs])
                while s < word.start and not g.text[s].strip("、 　"):
                    s += 1
                out.append(Argument("target", g.text[s:p], s, p, m.group(0)))
        return out
