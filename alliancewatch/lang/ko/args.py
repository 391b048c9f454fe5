"""Korean: the arguments of a predicate or an event noun, found the way a reader finds them.

Without a dependency parser the grammar does the work: case particles give the roles
(data/case_roles.tsv); a noun phrase belongs to the next predicate on its right (head-final);
a -ㄴ/-ㄹ clause on an ordinary noun is a relative clause, whose missing subject is that noun
(러시아에 파견된 북한군) and whose own subject is not the main verb's; -고/-며 chains share
their subject; the topic (은/는) at the head of the sentence covers every clause up to a
contrast (-지만); a headline opens with a bare subject (북한, …). The frame builder
(frames.py) builds on this class; factuality and attribution are in modality.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from alliancewatch.lang.ko.chunks import Chunk
from alliancewatch.lang.ko.lexicon import Lexicon
from alliancewatch.lang.ko.modality import Modality, speech_spans
from alliancewatch.types import Argument

SUBJECT = ("agent", "topic")
ADNOMINAL = re.compile(r"(의|한|인|적인)$")  # 에 대한, 와의, 에 의한: they modify a noun
STANCE = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"})
HEADLINE_BREAKS = ("…", "...", "‥")  # clauses of a headline


class Arguments(Modality):
    """Roles of the phrases around predicate and noun chunks (lang.ROLES)."""

    def __init__(self, lexicon: Lexicon, data_dir: Path) -> None:
        super().__init__(lexicon, data_dir)
        self.heads = self.lex.heads
        self.adverbial = frozenset(w for w, k in self.heads.items() if k == "adverbial")
        self.bound_nouns = {w for w, k in self.heads.items() if k in ("complement", "clause")}

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
        stance = self._stance(chunks[k])
        in_rel = False  # only noun phrases since a relative verb: they may be its own
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
                if mode == "embedded" and b == "coordinate":
                    continue  # X이 [A하고 B할] 것을 요구했다: the chain is the demanded content
                if b not in ("relative", "complement"):
                    break
                if mode == "local" and b == "relative":
                    mode = "relative"
                in_rel = b == "relative"
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
                mode, in_rel = "relative", False
            elif mode == "embedded" and role == "recipient" and embedded_role == "patient":
                addressees.append(a)  # 북한에 [도발을 중단할] 것을 촉구했다: the addressee
            elif role == "agent" and (j == rel - 1 or (stance and in_rel)):
                # [미국과 한국이 감행하는] 연습을 규탄했다: whose act the object is; to a
                # stance (규탄, 지지) that doer is the side it is taken towards
                if not doers and not is_relative:
                    who = "recipient" if stance else "content_agent"
                    doers.append(Argument(who, a.text, a.start, a.end, "relative"))
                in_rel = False  # a clause has one subject: the next one left is ours
            elif role in ("topic", "agent"):
                crossing.append(a)
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

    def _event_noun(self, phrase: str) -> bool:
        words = phrase.split()
        trig = self.lex.triggers.get(words[-1]) if words else None
        return trig is not None and trig.event != "NONE"

    def _stance(self, c: Chunk) -> bool:
        """A predicate that takes a stance towards another's act (규탄하다, 지지하다)."""
        trig = self.lex.triggers.get(c.noun or c.lemma) if c.kind == "pred" else None
        return trig is not None and trig.event in STANCE

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
                if b in ("quote", "contrast"):  # X은 "…"이라며 비난했다: the topic speaks and
                    topics_only = True  # acts; 우리 군은 A하지 않았지만 B했다: and does B
                elif b not in ("coordinate", "relative", "complement", "purpose"):
                    return []
                rel = j if b == "relative" else -1
            else:
                role = self.role(c.marker)
                if role == "agent" and j == rel - 1:
                    pass  # [미국과 한국이 감행하는] 연습을 규탄했다: the relative clause's own
                elif role == "topic" and self._event_noun(text[c.start : c.end]):
                    pass  # 대응 사격은 하지 않았지만: a contrasted act, not who acts
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
        quoted = [q for q in speech_spans(text) if q[0] <= chunks[k].start < q[1]]
        for c in chunks[:k]:
            if c.start < cut:
                continue
            # 北 "불장난" 반발: a name before a quote speaks it, and acts after it
            before_quote = re.match(r"\s*[\"“]", text[c.end :])
            if before_quote and quoted and quoted[0][0] == c.end + before_quote.end() - 1:
                continue  # 국정원 "…파병 가능성": the name speaks; the quoted event is not its
            if c.kind == "np" and not c.marker:
                if text[c.end_all : c.end_all + 1] in (",", "，"):
                    return [self.arg(text, c, "topic", ",")]
                bare.append(c)
        if not bare:  # 이재명 대통령-이시바 총리 도쿄서 …: the subject's particle dropped
            first = next((c for c in chunks[:k] if c.kind == "np" and c.start >= cut), None)
            cut_at = text.rfind(" ", first.start, first.end) if first is not None else -1
            if first is not None and self.role(first.marker) == "location" and cut_at > 0:
                s, e = first.start, cut_at
                return [Argument("topic", text[s:e], s, e, "headline")]
        return [self.arg(text, c, "topic", "headline") for c in bare[:1]]

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
                self.arg(text, c, "content_agent", "quote", self._np_start(chunks, chunks.index(c)))
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
            # 이란에 "심각한 결과"가 있을 것이라고 경고했다: whom it befalls is addressed
            found += [
                Argument("recipient", a.text, a.start, a.end, "quote")
                for a in own
                if a.role == "recipient"
            ][:1]
        return found[:3]
