"""Korean: chunks -> predicate-argument frames (coord/INTERFACE.md).

Without a dependency parser the grammar does the work, as it does for a reader: case
particles give the roles (data/case_roles.tsv); a noun phrase belongs to the next predicate
on its right (head-final); a -ㄴ/-ㄹ clause on an ordinary noun is a relative clause, whose
missing subject is that noun (러시아에 파견된 북한군); -고/-며 chains share their subject;
the topic (은/는) at the head of the sentence covers every clause up to a contrast (-지만).
A trigger noun that is the object or subject of a light verb (회담을 가졌다, 지원을 받았다)
takes its roles and voice from that verb (data/light_verbs.tsv); otherwise it is a nominal
event with its genitive (북한의 파병) and adnominal phrases (러시아에 대한 지원). A bare trigger
noun closing a headline clause (북한, 러시아에 1500명 파병) is read as its predicate.
Factuality and attribution are in modality.py.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import cache
from pathlib import Path

from alliancewatch.lang.ko.chunks import Chunk, chunk
from alliancewatch.lang.ko.lexicon import DATA_DIR as DATA
from alliancewatch.lang.ko.lexicon import Lexicon, Trigger, load
from alliancewatch.lang.ko.modality import Modality, speech_spans
from alliancewatch.lang.ko.parse import tokens as parse_tokens
from alliancewatch.types import Argument, Frame, Sentence

SUBJECT = ("agent", "topic")
LIGHT_LINKS = {"을", "를", "이", "가", "은", "는", "도", "", "까지", "만"}
ADNOMINAL = re.compile(r"(의|한|인|적인)$")  # 에 대한, 와의, 에 의한: they modify a noun
# a wire dateline opening the lead: (서울=연합뉴스) 김민수 기자 =
DATELINE = re.compile(
    r"^\s*[(\[【〔][^)\]】〕=]{1,20}=[^)\]】〕]{1,20}[)\]】〕]\s*(?:[^=]{0,25}=\s*)?"
)
_FRAME_FIELDS = {f.name for f in fields(Frame)}
_ARG_FIELDS = {f.name for f in fields(Argument)}
HEADLINE_END = re.compile(r"[.?!。다요][\"'”’」』)\]]*\s*$")
CHARACTERISED = re.compile(r"\s*[\"”’']?\s*(이)?라(고|며|는|면서)")
QUOTE_CHARS = "'\"‘“「『《〈"
# -기로 하다/합의하다 (contracted -키로): a promise; joint acts promised are AGREE (spec §2)
PROMISE = re.compile(r"[기키]로")
PROMISED = frozenset({"COOPERATE", "CONSULT", "SUPPORT"})
PROMISE_VERB = re.compile(r"\s*로\s*(했|하|한|합의|약속|뜻을 모)")
# any act the parties promise together (이어가기로 했다) is an agreement (spec §2 AGREE)
PROMISE_TRIGGER = Trigger("기로 하다", "AGREE", (), (), "", "", "")
HEADLINE_BREAKS = ("…", "...", "‥")  # clauses of a headline


def lexicon(data_dir: Path = DATA) -> Lexicon:
    return load(data_dir)


class KoreanFrames(Modality):
    def __init__(self, data_dir: Path = DATA) -> None:
        super().__init__(lexicon(data_dir), data_dir)
        self.heads = self.lex.heads
        self.adverbial = frozenset(w for w, k in self.heads.items() if k == "adverbial")
        self.object_role = {k: t.object_role for k, t in self.lex.triggers.items() if t.object_role}
        self.name_heads = [k for k, t in self.lex.triggers.items() if t.requires == "name"]
        self.bound_nouns = {w for w, k in self.heads.items() if k in ("complement", "clause")}
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

    # -- arguments ---------------------------------------------------------------------

    def role(self, marker: str) -> str | None:
        roles = self.lex.case_roles
        for k in range(len(marker), 0, -1):
            if marker[:k] in roles:
                return roles[marker[:k]]
        return None

    def arg(
        self, text: str, c: Chunk, role: str, how: str | None = None, start: int | None = None
    ) -> Argument:
        s = c.start if start is None else start
        return Argument(role, text[s : c.end], s, c.end, how or c.marker)

    def _boundary(self, c: Chunk) -> str:
        """How a predicate's clause links to the right: end | relative | complement |
        coordinate | contrast | quote | condition | cause | purpose."""
        if c.ending_tag == "EF" or not c.ending_tag:
            return "quote" if c.quoted else "end"
        if c.ending_tag == "ETN":
            return "complement"
        if c.ending_tag == "ETM":
            return "relative"  # refined with the noun after it by the caller
        if c.quoted:
            return "quote"
        ending = c.ending
        return self.links.get(ending) or self.links.get(ending.lstrip("ᆫᆯᆷᄇ"), "coordinate")

    def boundary(self, chunks: list[Chunk], k: int, text: str) -> str:
        c = chunks[k]
        b = self._boundary(c)
        if b == "relative" and k + 1 < len(chunks) and chunks[k + 1].kind == "np":
            head = text[chunks[k + 1].start : chunks[k + 1].end]
            if self.heads.get(head) in ("complement", "cue", "clause"):
                return "complement"
        if b == "relative" and (k + 1 >= len(chunks) or chunks[k + 1].kind != "np"):
            return "coordinate"  # 심각한 (adjective before a quote): nothing to modify
        return b

    def local_args(self, text: str, chunks: list[Chunk], k: int) -> tuple[list[Argument], int]:
        """Case-marked phrases of the clause of predicate k, and where the clause starts.

        Left of a relative clause inside this clause (북한이 [전쟁에 투입할] 병력을 보냈다), a
        subject goes to this predicate when it has none of its own, unless it stands right
        before the relative verb (러시아가 지원한 무기: the relative clause's); topics always
        do, since a topic never sits inside a relative clause. The subject of a clause
        nominalised by 것/데 (한미일이 …확대하는 데 대해 비난했다) is what the verb is about."""
        args: list[Argument] = []
        crossing: list[Argument] = []
        mode, embedded_role, rel = "local", "", -1
        addressees: list[Argument] = []
        doers: list[Argument] = []
        start = chunks[k].start
        is_relative = chunks[k].kind == "pred" and self.boundary(chunks, k, text) == "relative"
        quotes = [q for q in speech_spans(text) if not q[0] <= chunks[k].start < q[1]]
        for j in range(k - 1, -1, -1):
            c = chunks[j]
            if any(qs <= c.start < qe for qs, qe in quotes):
                continue  # "…위협"이라고 비난했다: the quote is content, not arguments
            if c.kind == "pred":
                if c.adjective:
                    continue  # 심각한 우려: a modifier
                b = self.boundary(chunks, j, text)
                if b not in ("relative", "complement"):
                    break
                if mode == "local" and b == "relative":
                    mode = "relative"
                rel = j
                start = c.start
                continue
            start = c.start
            if j + 1 < k and ADNOMINAL.search(c.marker) and self._modifies_noun(chunks, j, k):
                continue  # 러시아에 대한 지원을: belongs to the noun, not the verb
            role = self.role(c.marker)
            if (
                mode == "local"
                and text[c.start : c.end] in self.bound_nouns
                and role in ("recipient", "patient")
                and j > 0
                and chunks[j - 1].kind == "pred"
                and chunks[j - 1].ending_tag == "ETM"
            ):
                mode, embedded_role = "embedded", role
                continue
            if role is None or role in ("claim", "location"):
                continue
            if is_relative and role == "topic":
                continue  # a topic never sits inside a relative clause
            a = self.arg(text, c, role, start=self._np_start(chunks, j))
            if mode == "local":
                args.append(a)
            elif mode == "embedded" and role == "agent":
                who = "recipient" if embedded_role == "recipient" else "content_agent"
                args.append(Argument(who, a.text, a.start, a.end, "embedded"))
                mode = "relative"
            elif mode == "embedded" and role == "recipient" and embedded_role == "patient":
                addressees.append(a)  # 북한에 [도발을 중단할] 것을 촉구했다: the addressee
            elif role == "topic" or (role == "agent" and j != rel - 1):
                crossing.append(a)
            elif role == "agent" and not doers and not is_relative:
                # [미국과 한국이 감행하는] 연습을 규탄했다: whose act the object is
                doers.append(Argument("content_agent", a.text, a.start, a.end, "relative"))
        args += addressees[-1:]  # the leftmost: 북한에 [러시아에 보낸 병력을 …] 것을
        args += doers
        if not any(a.role == "agent" for a in args):
            agents = [a for a in crossing if a.role == "agent"]
            topics = [a for a in crossing if a.role == "topic"]
            if agents:
                args.append(agents[-1])
            elif topics and not any(a.role == "topic" for a in args):
                args.append(topics[-1])
        return args, start

    @staticmethod
    def _modifies_noun(chunks: list[Chunk], j: int, k: int) -> bool:
        """The phrase j (X의, X에 대한) modifies a noun before k, across adjectives."""
        x = j + 1
        while x < k and chunks[x].kind == "pred" and chunks[x].adjective:
            x += 1
        return x < k and chunks[x].kind == "np"

    def _np_start(self, chunks: list[Chunk], j: int) -> int:
        """미국의 이번 조치를, 북한의 명백한 도발을, 이란과의 협정을: a possessor or partner
        before an argument (across adjectives) is part of it."""
        x = j - 1
        while x >= 0:
            if chunks[x].kind == "pred" and chunks[x].adjective:
                x -= 1
            elif chunks[x].kind == "np" and chunks[x].marker in ("의", "과의", "와의"):
                j = x
                x -= 1
            else:
                break
        return chunks[j].start

    def shared_subject(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """A subject left of predicate k across -고/-며 links and relative clauses; stops at
        a contrast, a condition, a quote or a sentence end."""
        topics_only = False
        quotes = [q for q in speech_spans(text) if not q[0] <= chunks[k].start < q[1]]
        j, rel = k - 1, -1
        while j >= 0:
            c = chunks[j]
            if any(qs <= c.start < qe for qs, qe in quotes):
                j -= 1
                continue
            if c.kind == "pred":
                b = self.boundary(chunks, j, text)
                if b == "quote":  # X은 "…"이라며 비난했다: the topic speaks and acts
                    topics_only = True
                elif b not in ("coordinate", "relative", "complement", "purpose"):
                    return []
                rel = j if b == "relative" else -1
            else:
                role = self.role(c.marker)
                if role == "agent" and j == rel - 1:
                    pass  # [미국과 한국이 감행하는] 연습을 규탄했다: the relative clause's own
                elif role == "topic" or (role == "agent" and not topics_only):
                    return [self.arg(text, c, "agent", "shared")]
            j -= 1
        return []

    def before_spans(self, text: str, chunks: list[Chunk], start: int) -> list[tuple[int, int]]:
        """Clauses chained before this one by -고/-며 (이날 회의를 열고 …규탄했다): their dates
        are the event's when its own clause has none."""
        out: list[tuple[int, int]] = []
        k = next((j for j, c in enumerate(chunks) if c.start >= start), len(chunks)) - 1
        while k >= 0 and chunks[k].kind == "pred":
            if self.boundary(chunks, k, text) != "coordinate":
                break
            _, s = self.local_args(text, chunks, k)
            out.append((s, chunks[k].end_all))
            k = next((j for j, c in enumerate(chunks) if c.start >= s), len(chunks)) - 1
        return out

    def relative_head(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """러시아에 파견된 [북한군]: the noun a relative clause modifies is its subject."""
        if self.boundary(chunks, k, text) != "relative" or k + 1 >= len(chunks):
            return []
        c = chunks[k + 1]
        if text[c.start : c.end] in self.heads:
            return []  # 만난 뒤, 공격할 경우: not who acts
        return [Argument("agent", text[c.start : c.end], c.start, c.end, "relative")]

    def noun_args(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """Genitive and adnominal phrases right before noun phrase k (북한의, 러시아에 대한)."""
        out = []
        j, bare = k - 1, 0
        while j >= 0 and chunks[j].kind == "np":
            c = chunks[j]
            if not c.marker and bare < 2:  # 한미일 3국의 두 번째 '프리덤 에지' 훈련
                bare += 1
                j -= 1
                continue
            if not ADNOMINAL.search(c.marker):
                break
            role = "genitive" if c.marker == "의" else self.role(c.marker)
            if role and role not in ("claim", "location"):
                out.append(self.arg(text, c, role))
            j -= 1
        return out

    def headline_topic(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """북한, 러시아에 …파병 / 한미일 "…규탄": a headline opens with a bare subject. A
        headline of several clauses (한미일 …훈련…北 "불장난" 반발) gives each its own: the
        search starts after the last ellipsis before the event."""
        bare = []
        cut = max(text.rfind(m, 0, chunks[k].start) for m in HEADLINE_BREAKS)
        for c in chunks[:k]:
            if c.start < cut:
                continue
            if c.kind == "np" and not c.marker and not re.match(r"\s*[\"“]", text[c.end :]):
                if text[c.end_all : c.end_all + 1] in (",", "，"):
                    return [self.arg(text, c, "topic", ",")]
                bare.append(c)
        return [self.arg(text, c, "topic", "headline") for c in bare[:1]]

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
        out = []
        for k, c in enumerate(chunks):
            f = self._frame(sentence, chunks, k) if c.kind == "pred" else None
            if f is not None:
                out.append(f)
            if c.kind == "np":
                out += self._noun_frames(sentence, chunks, k)
        return out

    def _frame(self, sentence: Sentence, chunks: list[Chunk], k: int) -> Frame | None:
        text = sentence.text
        c = chunks[k]
        found = self._pred_trigger(c)
        promise = found is None and self._promise(text, c)
        if promise:  # 양국은 셔틀외교를 이어가기로 했다: the parties promise a joint act
            found = (PROMISE_TRIGGER, c.start, c.stem_end)
        if found is None:
            return None
        trig, ks, ke = found
        if trig.requires == "receptive":
            return None
        voice = "passive" if c.passive else "receptive" if c.receptive else "active"
        args, start = self.local_args(text, chunks, k)
        if ks > c.noun_start and c.noun:  # 대러 파병, 북러정상회담 written as one word
            args.append(self._compound(text, c.noun_start, ks))
        if not self._object_ok(trig, args):
            return None
        if self.object_role.get(trig.key) and not any(a.role == "recipient" for a in args):
            role = self.object_role[trig.key]  # 러시아를 돕다: the helped state
            args = [
                Argument(role, a.text, a.start, a.end, a.marker) if a.role == "patient" else a
                for a in args
            ]
        if not any(a.role in ("patient", "recipient") for a in args):
            args += self.quoted_subject(text, chunks, k)
        if promise:  # who promises: the subject and a partner (과), not what the act is on
            args = [a for a in args if a.role in (*SUBJECT, "comitative")]
        return self._finish(sentence, chunks, k, k, trig, ks, ke, args, voice, False, start)

    @staticmethod
    def _promise(text: str, c: Chunk) -> bool:
        """A verb in -기로 하다/합의하다/약속하다 (not a trigger itself)."""
        return (
            c.ending == "기" and c.ending_tag == "ETN" and bool(PROMISE_VERB.match(text, c.end_all))
        )

    def quoted_subject(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """X은 [한미일의 결탁이 …몰아가고 있다고] 비난했다: what an accusation, warning or
        demand is about is the subject of the clause it reports."""
        j = k - 1
        while j >= 0 and chunks[j].kind == "np":
            j -= 1
        if j < 0 or self.boundary(chunks, j, text) != "quote":
            return []
        span = next(
            (
                (qs, qe)
                for qs, qe in speech_spans(text)
                if qs < chunks[j].start < qe or not text[qe : chunks[j].start].strip()
            ),
            None,
        )
        if span is not None:  # "한국이 …공급한다면 큰 실수가 될 것"이라고 경고했다
            found = [
                self.arg(text, c, "content_agent", "quote")
                for c in chunks
                if c.kind == "np"
                and span[0] < c.start < span[1]
                and self.role(c.marker) in ("agent", "topic")
            ]
        else:
            own, _ = self.local_args(text, chunks, j)
            found = [
                Argument("content_agent", a.text, a.start, a.end, "quote")
                for a in own
                if a.role == "agent"
            ]
        if not found:  # "북러 간 군사 협력을 중단해야 한다"고 촉구했다: whose act it is
            own, _ = self.local_args(text, chunks, j)
            found = [
                Argument("content_agent", a.text, a.start, a.end, "quote")
                for a in own
                if a.role == "patient"
            ]
        return found[:3]

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
        if (
            nxt is not None
            and nxt.kind == "pred"
            and c.marker in LIGHT_LINKS
            and nxt.lemma in self.lex.light_verbs
        ):
            p, nominal = k + 1, False
            voice = self.lex.light_verbs[nxt.lemma]
            if nxt.passive and voice == "active":
                voice = "passive"
            own, start = self.local_args(text, chunks, k + 1)
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
        """러시아 파병: the destination; 북한군 파병: the troops, whose state sends them."""
        words = text[s:e].split()
        troops = any(
            words and words[-1].endswith(w) for w, k in self.heads.items() if k == "troops"
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
    ) -> Frame:
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
        spans = [(start, chunks[p].end_all), *spans, *self.before_spans(text, chunks, start)]
        event = trig.event
        promise = [c for c in cues if c.label == "planned" and PROMISE.match(c.text)]
        if (event in PROMISED or trig is PROMISE_TRIGGER) and promise and not nominal:
            # 협력을 강화하기로 했다, 만나기로 합의했다: the parties promise (spec §2 AGREE);
            # the promise itself is told as fact, and its parties are the subject's
            event, cues = "AGREE", [c for c in cues if c not in promise]
            if any(a.role in SUBJECT for a in args):
                args = [a for a in args if a.role != "compound"]
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
