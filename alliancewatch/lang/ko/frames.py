"""Korean: chunks -> predicate-argument frames (coord/INTERFACE.md).

A predicate chunk whose stem is a trigger (파병하다, 보내다) is an event with the arguments
args.py finds. A trigger noun that is the object or subject of a light verb (회담을 가졌다,
지원을 받았다) takes its roles and voice from that verb (data/light_verbs.tsv); otherwise it
is a nominal event with its genitive (북한의 파병) and adnominal phrases (러시아에 대한 지원).
A bare trigger noun closing a headline clause (북한, 러시아에 1500명 파병) is read as its
predicate. Joint acts promised (-기로 했다) are agreements. Factuality and attribution are in
modality.py.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import cache
from pathlib import Path

from alliancewatch.lang.ko.args import ADNOMINAL, STANCE, SUBJECT, Arguments
from alliancewatch.lang.ko.chunks import Chunk, chunk
from alliancewatch.lang.ko.lexicon import DATA_DIR as DATA
from alliancewatch.lang.ko.lexicon import Lexicon, Trigger, load
from alliancewatch.lang.ko.modality import NONPAST
from alliancewatch.lang.ko.parse import tokens as parse_tokens
from alliancewatch.types import Argument, Cue, Frame, Sentence

LIGHT_LINKS = {"을", "를", "이", "가", "은", "는", "도", "", "까지", "만", "에"}
# a wire dateline opening the lead: (서울=연합뉴스) 김민수 기자 =
DATELINE = re.compile(
    r"^\s*[(\[【〔][^)\]】〕=]{1,20}=[^)\]】〕]{1,20}[)\]】〕]\s*(?:[^=]{0,25}=\s*)?"
)
_FRAME_FIELDS = {f.name for f in fields(Frame)}
_ARG_FIELDS = {f.name for f in fields(Argument)}
# "…해야 한다", "…해서는 안 된다" in a quote: the speaker demands it (spec §2 REQUEST)
MUST = re.compile(r"(야|여야)\s*(한|하|합|할|했)|서는\s*안\s*(된|되|됩)")
PRONOUNS = frozenset({"그", "그녀", "그들", "이들"})  # speakers that name nobody (§6)
OBLIGATION_TRIGGER = Trigger("해야 한다", "REQUEST", (), (), "", "", "")
VOLITIONAL = re.compile(r"\s*겠\s*")  # -겠다: what the speaker will do, declared now
ADVERBIAL = re.compile(r"적으로$")  # 성공적으로, 전격적으로: manner, not an argument
HEADLINE_END = re.compile(r"[.?!。다요][\"'”’」』)\]]*\s*$")
CHARACTERISED = re.compile(r"\s*[\"”’']?\s*(이)?라(고|며|는|면서)")
QUOTE_CHARS = "'\"‘“「『《〈"
# -기로 하다/합의하다 (contracted -키로): a promise; joint acts promised are AGREE (spec §2)
PROMISE = re.compile(r"[기키]로")
PROMISED = frozenset({"COOPERATE", "CONSULT", "SUPPORT"})
PROMISE_VERB = re.compile(r"\s*로\s*(했|하|한|합의|약속|뜻을 모)")
# any act the parties promise together (이어가기로 했다) is an agreement (spec §2 AGREE)
PROMISE_TRIGGER = Trigger("기로 하다", "AGREE", (), (), "", "", "")


def lexicon(data_dir: Path = DATA) -> Lexicon:
    return load(data_dir)


class KoreanFrames(Arguments):
    def __init__(self, data_dir: Path = DATA) -> None:
        super().__init__(lexicon(data_dir), data_dir)
        self.object_role = {k: t.object_role for k, t in self.lex.triggers.items() if t.object_role}
        self.name_heads = [k for k, t in self.lex.triggers.items() if t.requires == "name"]
        self.cue_heads = sorted(
            (w for w, k in self.heads.items() if k in ("cue", "light")), key=len, reverse=True
        )

    # -- triggers ----------------------------------------------------------------------

    def noun_trigger(self, phrase: str) -> tuple[Trigger, int] | None:
        """(trigger, offset of its key in the phrase): the longest key ending the phrase,
        after cue nouns that frame it are set aside (파병 가능성, 지원 의혹)."""
        p = phrase
        while True:
            for n in range(min(self.lex.longest, len(p)), 0, -1):
                trig = self.lex.triggers.get(p[-n:])
                if trig is not None:
                    return (trig, len(p) - n) if trig.event != "NONE" else None
            cut = next((w for w in self.cue_heads if p.endswith(w) and len(p) > len(w)), None)
            if cut is None:
                return None
            p = p[: -len(cut)].rstrip()

    def _pred_trigger(self, c: Chunk) -> tuple[Trigger, int, int] | None:
        """(trigger, key start, key end) of a predicate chunk (sentence offsets)."""
        if c.noun:
            found = self.noun_trigger(c.noun)
            if found:
                trig, off = found
                return trig, c.noun_start + off, c.noun_start + off + len(trig.key)
            return None
        trig = self.lex.triggers.get(c.lemma)
        if trig is None or trig.event == "NONE":
            return None
        return trig, c.start, c.stem_end

    # -- frames ------------------------------------------------------------------------

    @staticmethod
    def headline(sentence: Sentence) -> bool:
        """A title, or a line that ends without a sentence ending (…파병, …규탄")."""
        return sentence.is_title or not HEADLINE_END.search(sentence.text)

    def frames(self, sentence: Sentence) -> list[Frame]:
        text = sentence.text
        toks = sentence.tokens or parse_tokens(text)
        m = DATELINE.match(text)
        chunks = chunk(text, toks, m.end() if m else 0, self.adverbial)
        out, told_before = [], []
        for k, c in enumerate(chunks):
            f = self._frame(sentence, chunks, k) if c.kind == "pred" else None
            if (
                f is not None
                and f.key != OBLIGATION_TRIGGER.key
                and self._obligation(text, chunks, k)
            ):  # "협력을 중단해야 한다"고 촉구했다: demanded, not done; and the demand itself
                f = replace(f, cues=(*f.cues, Cue("unreal", text[c.start : c.end_all], "govern")))
                demand = self._demand(sentence, chunks, k, OBLIGATION_TRIGGER, f.start, f.end)
                out += [demand] if demand else []
            if f is not None:  # [지난 6월 서명한] 조약이 4일 발효됐다: the main clause first
                relative = self.boundary(chunks, k, text) == "relative"
                (told_before if relative else out).append(f)
            if c.kind == "np":
                out += self._noun_frames(sentence, chunks, k)
        # 대응 사격은 하지 않았지만 경계 태세를 격상했다: of two frames of one type and pair,
        # the coder keeps the first; what happened goes before what did not
        return sorted(out + told_before, key=lambda f: any(c.label == "negated" for c in f.cues))

    def _frame(self, sentence: Sentence, chunks: list[Chunk], k: int) -> Frame | None:
        text = sentence.text
        c = chunks[k]
        found = self._pred_trigger(c)
        promise = found is None and self._promise(text, c)
        if promise:  # 양국은 셔틀외교를 이어가기로 했다: the parties promise a joint act
            found = (PROMISE_TRIGGER, c.start, c.stem_end)
        must = found is None and not promise and self._obligation(text, chunks, k)
        if must:  # "북한은 도발을 멈춰야 한다"고 말했다: the speaker demands it of 북한
            found = (OBLIGATION_TRIGGER, c.start, c.stem_end)
        if found is None:
            return None
        trig, ks, ke = found
        if must:
            return self._demand(sentence, chunks, k, trig, ks, ke)
        if trig.requires == "receptive" and not c.noun:
            return None
        voice = "passive" if c.passive else "receptive" if c.receptive else "active"
        if trig.requires == "receptive":  # 한국으로부터 전차를 도입하다: the subject receives
            voice = "receptive"
        args, start = self.local_args(text, chunks, k)
        if ks > c.noun_start and c.noun:  # 대러 파병, 북러정상회담 written as one word
            args.append(self._compound(text, c.noun_start, ks))
        if not self._object_ok(trig, args):
            return None
        role = self.object_role.get(trig.key, "")
        if role == "content_agent" or (role and not any(a.role == "recipient" for a in args)):
            # 러시아를 돕다: the helped state; 정보를 공유하다: what is shared, no party
            args = [
                Argument(role, a.text, a.start, a.end, a.marker) if a.role == "patient" else a
                for a in args
            ]
            if role == "content_agent":
                args += self._partners(text, chunks, args)
        if not any(a.role in ("patient", "recipient") for a in args):
            args += self.quoted_subject(text, chunks, k)
        if promise:  # who promises: the subject and a partner (과), not what the act is on
            args = [a for a in args if a.role in (*SUBJECT, "comitative")]
        return self._finish(sentence, chunks, k, k, trig, ks, ke, args, voice, False, start)

    @staticmethod
    def _partners(text: str, chunks: list[Chunk], args: list[Argument]) -> list[Argument]:
        """미국·일본과 [북한 미사일 정보]를 공유했다: the tagger joins A과 B as one phrase; with
        a verb of sharing, the conjuncts before the last are the partners (comitative)."""
        out = []
        for a in args:
            c = next((c for c in chunks if c.kind == "np" and c.start == a.start), None)
            if a.role == "content_agent" and c is not None and len(c.conjuncts) > 1:
                s, e = c.conjuncts[0][0], c.conjuncts[-2][1]
                out.append(Argument("comitative", text[s:e], s, e, "과"))
        return out

    def _obligation(self, text: str, chunks: list[Chunk], k: int) -> bool:
        """A quoted clause in -아야 한다 / -아서는 안 된다, reported by a speech verb."""
        c, nxt = chunks[k], chunks[k + 1] if k + 1 < len(chunks) else None
        end = nxt.end_all if nxt is not None and nxt.kind == "pred" else c.end_all
        span = text[c.start : end]
        if not MUST.search(span):
            return False
        quoted = [g for g in (k, k + 1, k + 2) if g < len(chunks) and chunks[g].quoted]
        return bool(quoted) and self._speech_verb(chunks, quoted[0]) is not None

    def _demand(
        self, sentence: Sentence, chunks: list[Chunk], k: int, trig: Trigger, ks: int, ke: int
    ) -> Frame | None:
        """The speaker demands the act of the quoted clause's subject (REQUEST)."""
        text = sentence.text
        own, start = self.local_args(text, chunks, k)
        subject = [a for a in own if a.role in SUBJECT] or self.shared_subject(text, chunks, k)
        cues, speech, _ = self.climb(text, chunks, k, ke, False)
        speaker, _, _ = self.speaker(text, chunks, k, ks, speech, self.headline(sentence))
        if not subject or speaker is None or speaker.text in PRONOUNS:
            return None  # 그는 …해야 한다고 말했다: whose demand is unknown here
        if any(c.label == "hypothetical" for c in cues):
            return None  # 미국이 먼저 할 경우 러시아도 …해야 한다: a condition, no demand
        args = [Argument("recipient", a.text, a.start, a.end, "obligation") for a in subject[:1]]
        args.append(Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"))
        return self._finish(sentence, chunks, k, k, trig, ks, ke, args, "active", False, start)

    @staticmethod
    def _promise(text: str, c: Chunk) -> bool:
        """A verb in -기로 하다/합의하다/약속하다 (not a trigger itself)."""
        return (
            c.ending == "기" and c.ending_tag == "ETN" and bool(PROMISE_VERB.match(text, c.end_all))
        )

    def _noun_frames(self, sentence: Sentence, chunks: list[Chunk], k: int) -> list[Frame]:
        """The frame of a noun phrase, or one per conjunct (북한군의 러시아 파병과 북러 간
        군사 협력): the last conjunct carries the phrase's particle, the first its genitive."""
        c = chunks[k]
        if not c.conjuncts:
            f = self._noun_frame(sentence, chunks, k)
            return [f] if f else []
        out = []
        for n, (s, e) in enumerate(c.conjuncts):
            if not self.noun_trigger(sentence.text[s:e]):
                continue
            f = self._noun_frame(sentence, chunks, k, (s, e), first=n == 0)
            if f:
                out.append(f)
        return out

    def _noun_frame(
        self,
        sentence: Sentence,
        chunks: list[Chunk],
        k: int,
        span: tuple[int, int] | None = None,
        first: bool = True,
    ) -> Frame | None:
        text = sentence.text
        c = chunks[k]
        cs, ce = span or (c.start, c.end)
        found = self.noun_trigger(text[cs:ce])
        if found is None:
            return None
        last = ce == c.end
        trig, off = found
        if CHARACTERISED.match(text, c.end):
            return None  # "…안보 위협"이라고 규정했다: what the speaker calls it, not an event
        ks, ke = cs + off, cs + off + len(trig.key)
        args = self.noun_args(text, chunks, k) if first else []
        if first:
            args += self.light_relative(text, chunks, k)
        if ks > cs:  # 한미 연합훈련, 북한군 파병: states written inside the phrase
            args.append(self._compound(text, cs, ks))
        if not last:  # 러시아 파병과 [북러 간 협력에 대해]: the particle is the last one's
            return self._finish(sentence, chunks, k, k, trig, ks, ke, args, "active", True, cs)
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        if (
            not c.marker
            and nxt is not None
            and nxt.kind == "np"
            and text[nxt.start - 1] in QUOTE_CHARS
            and len(text[c.end_all : nxt.start].strip()) == 1  # not across …"3국 협력"
        ):
            c, k = nxt, k + 1  # 다영역 훈련 '프리덤 에지'를 실시: the name stands in for the noun
            nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        voice, p, nominal = "active", k, True
        q = self._past_adjuncts(text, chunks, k) if c.marker in LIGHT_LINKS else k + 1
        if q > k + 1:  # 시험발사를 (현지에서) (성공적으로) 단행했다: the verb is past them
            nxt = chunks[q] if q < len(chunks) else None
        if (
            nxt is not None
            and nxt.kind == "pred"
            and c.marker in LIGHT_LINKS
            and nxt.lemma in self.lex.light_verbs
        ):
            p, nominal = q, False
            voice = self.lex.light_verbs[nxt.lemma]
            if nxt.passive and voice == "active":
                voice = "passive"
            own, start = self.local_args(text, chunks, q)
            args += [a for a in own if a.end != c.end]
        elif not c.marker and (
            nxt is None or text[c.end_all : c.end_all + 1] in ("…", ",", "", '"', "'", "·")
        ):
            nominal = False  # headline: 북한, 러시아에 특수부대 1500명 파병…
            own, start = self.local_args(text, chunks, k)
            args += own
        else:
            start = c.start
        if (
            nominal
            and trig.event == "AID"
            and not any(a.role in ("recipient", "compound") for a in args)
            and not self.headline(sentence)
            and (ADNOMINAL.search(c.marker) or self.role(c.marker) == "recipient")
        ):
            return None  # 북한군 파병과 관련한 제재: a deployment named, not told; no receiver
        if trig.requires == "light" and nominal:
            return None  # 인사: an event only as 인사를 나누다
        if trig.requires == "receptive" and voice != "receptive":
            return None  # 무기를 받았다 is a transfer; 무기를 개발했다 is not
        if self.headline(sentence) and not nominal and not any(a.role in SUBJECT for a in args):
            args += self.headline_topic(text, chunks, k)
        if not self._object_ok(trig, args):
            return None
        return self._finish(sentence, chunks, k, p, trig, ks, ke, args, voice, nominal, start)

    def _past_adjuncts(self, text: str, chunks: list[Chunk], k: int) -> int:
        """The chunk after k past places (현지에서) and manner adverbs (성공적으로)."""
        q = k + 1
        while q < len(chunks) and chunks[q].kind == "np" and q - k <= 2:
            c = chunks[q]
            place = self.role(c.marker) == "location"
            if not (place or ADVERBIAL.search(text[c.start : c.end_all])):
                break
            q += 1
        return q

    def light_relative(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """동부전구가 [대만 주변에서 벌인] 훈련, 미국과 [진행한] 회담: a relative clause of a
        light verb on an event noun tells who did it and with whom."""
        j = k - 1
        if j < 0 or chunks[j].kind != "pred" or self.boundary(chunks, j, text) != "relative":
            return []
        if self.lex.light_verbs.get(chunks[j].lemma) != "active" or chunks[j].passive:
            return []
        own, _ = self.local_args(text, chunks, j)
        return [a for a in own if a.role in (*SUBJECT, "comitative", "recipient")]

    def _participant(self, a: Argument) -> Argument:
        """우크라이나 전쟁, 상호원조조약: a place, a name or a property (a `name` head ends
        it), not a participant, even when a state is named inside it."""
        if (
            "participant" in _ARG_FIELDS
            and a.role != "compound"  # 北·러 조약 발효: the treaty's parties
            and any(a.text.endswith(k) for k in self.name_heads)
        ):
            return replace(a, participant=False)
        return a

    def _compound(self, text: str, s: int, e: int) -> Argument:
        """러시아 파병: the destination; 북한군 파병: the troops, whose state sends them;
        러시아 원자로 기술 이전: the goods, whose state gives them."""
        words = text[s:e].split()
        troops = any(
            words and words[-1].endswith(w)
            for w, k in self.heads.items()
            if k in ("troops", "goods")
        )
        while e > s and text[e - 1] == " ":
            e -= 1
        return Argument("genitive" if troops else "compound", text[s:e], s, e, "compound")

    def _object_ok(self, trig: Trigger, args: list[Argument]) -> bool:
        kind, _, pattern = trig.requires.partition(":")
        if kind not in ("object", "not_object"):
            return True
        hit = any(
            a.role in ("patient", "genitive") and re.search(pattern, a.text) for a in args
        )  # 기술을 이전, 포탄의 이전
        return hit if kind == "object" else not hit

    def _finish(
        self,
        sentence: Sentence,
        chunks: list[Chunk],
        k: int,
        p: int,
        trig: Trigger,
        ks: int,
        ke: int,
        args: list[Argument],
        voice: str,
        nominal: bool,
        start: int,
    ) -> Frame | None:
        text = sentence.text
        if not nominal and not any(a.role in (*SUBJECT, "agent_phrase") for a in args):
            args += self.relative_head(text, chunks, p) or self.shared_subject(text, chunks, p)
        if (
            self.headline(sentence)
            and not nominal
            and not any(a.role in (*SUBJECT, "agent_phrase") for a in args)
        ):
            args += self.headline_topic(text, chunks, k)
        cues, speech, spans = self.climb(text, chunks, p, ke, nominal)
        speaker, speech_cue, in_quote = self.speaker(
            text, chunks, p, ks, speech, self.headline(sentence)
        )
        if speaker is None and (credit := self.credited(text, chunks, wire=False)):
            speaker, speech_cue = credit  # 국방성 대변인 담화에서 …라고 비난한 바 있다
        own_verb, own_claim = chunks[p], False
        if (
            speaker is None
            and not nominal
            and own_verb.kind == "pred"
            and own_verb.lemma in self.lex.speech_verbs
        ):  # 페스코프 대변인은 …을 일축했다: who condemns, warns or demands claims it
            subj = [a for a in args if a.role == "agent"] or [a for a in args if a.role == "topic"]
            if subj:
                speaker = Argument("speaker", subj[0].text, subj[0].start, subj[0].end, "")
                speech_cue = text[own_verb.start : own_verb.end_all]
                own_claim = True
        if speaker is None and (credit := self.credited(text, chunks, wire=True)):
            speaker, speech_cue = credit  # (평양 11월 1일발 조선중앙통신): a speaker wins over it
        if not own_claim and speaker is not None and any(a.role == "agent" for a in args):
            # 국정원은 [북한이 …보냈다고] 밝혔다: the topic is the claimant, not a participant
            args = [a for a in args if (a.start, a.end) != (speaker.start, speaker.end)]
        if (
            speaker is not None
            and not nominal
            and not any(a.role in (*SUBJECT, "agent_phrase") for a in args)
            and (speech is not None or in_quote)
        ):  # 북한은 위성을 발사했다고 밝혔다: the speaker's own act
            args.append(Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"))
        if (
            nominal
            and any(a.role == "comitative" for a in args)
            and not any(a.role in (*SUBJECT, "genitive", "agent_phrase") for a in args)
        ):  # 북한과의 군사기술 협력을 배제하지 않는다: the other side is the clause's subject
            g = next((j for j in range(p + 1, len(chunks)) if chunks[j].kind == "pred"), None)
            subj = []
            if g is not None:
                own, _ = self.local_args(text, chunks, g)
                subj = [a for a in own if a.role in SUBJECT] or self.shared_subject(text, chunks, g)
            subj = [a for a in subj if not a.start <= ks < a.end]  # not the trigger itself
            if not subj and speaker is not None:
                subj = [speaker]
            args += [Argument("agent", a.text, a.start, a.end, "clause") for a in subj[:1]]
        # the trigger's own phrase, reached again through a shared subject, is no argument
        args = [
            self._participant(a) for a in args if a.role == "compound" or not a.start <= ks < a.end
        ]
        own = [(start, chunks[p].end_all)]
        if trig.event in STANCE and not nominal:  # 1일 … 북한의 전날 발사를 규탄했다: a
            for a in args:  # date inside the act condemned is that act's, not the statement's
                if a.role == "patient":
                    own = [x for s, e in own for x in ((s, a.start), (a.end, e)) if x[0] < x[1]]
        spans = [*own, *spans, *self.before_spans(text, chunks, start)]
        event = trig.event
        if trig is OBLIGATION_TRIGGER:  # the demand is told as fact, not its content
            cues = []
        if trig.requires == "negated":  # 항의를 받아들이지 않았다: not accepting is rejecting
            if not any(c.label == "negated" for c in cues):
                return None
            cues = [c for c in cues if c.label != "negated"]
        if event in STANCE:  # "…을 지지한다"고 말했다, 받아들이지 않겠다: a stance held now
            cues = [c for c in cues if c.kind != NONPAST and not VOLITIONAL.fullmatch(c.text)]
        promise = [c for c in cues if c.label == "planned" and PROMISE.match(c.text)]
        if (event in PROMISED or trig is PROMISE_TRIGGER) and promise and not nominal:
            # 협력을 강화하기로 했다, 만나기로 합의했다: the parties promise (spec §2 AGREE);
            # the promise itself is told as fact, and its parties are the subject's
            event, cues = "AGREE", [c for c in cues if c not in promise]
            if any(a.role in SUBJECT for a in args):  # 두 장관은 한중일 … 협력하기로 했다
                args = [a for a in args if a.role in (*SUBJECT, "comitative")]
        extra = {}
        if "event" in _FRAME_FIELDS:  # the resolved trigger (INTERFACE.md, Frame fields)
            extra = {
                "event": event,
                "mode": trig.mode,
                "context": trig.context,
                "partner": trig.partner,
                "place_event": trig.place_event,
            }
        return Frame(
            sentence=sentence.index,
            key=trig.key,
            trigger=text[ks:ke],
            start=ks,
            end=ke,
            arguments=tuple(args),
            voice=voice,
            nominal=nominal,
            cues=tuple(cues),
            speaker=speaker,
            speaker_cue=speech_cue,
            in_quote=in_quote,
            date_spans=tuple(dict.fromkeys(spans)),
            **extra,
        )


@cache
def _builder() -> KoreanFrames:
    return KoreanFrames()


def frames(sentence: Sentence, settings: object = None) -> list[Frame]:
    """The Language.frames hook: one parsed sentence -> its frames."""
    return _builder().frames(sentence)
