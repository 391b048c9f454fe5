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
from dataclasses import fields
from functools import cache
from pathlib import Path

from alliancewatch.coding.lexicon import Lexicon, Trigger, load, read_tsv
from alliancewatch.lang.ko.chunks import Chunk, chunk
from alliancewatch.lang.ko.modality import Modality
from alliancewatch.lang.ko.parse import tokens as parse_tokens
from alliancewatch.types import Argument, Frame, Sentence

DATA = Path(__file__).resolve().parent / "data"
SUBJECT = ("agent", "topic")
LIGHT_LINKS = {"을", "를", "이", "가", "은", "는", "도", "", "까지", "만"}
ADNOMINAL = re.compile(r"(의|한|인|적인)$")  # 에 대한, 와의, 에 의한: they modify a noun
# a wire dateline opening the lead: (서울=연합뉴스) 김민수 기자 =
DATELINE = re.compile(
    r"^\s*[(\[【〔][^)\]】〕=]{1,20}=[^)\]】〕]{1,20}[)\]】〕]\s*(?:[^=]{0,25}=\s*)?"
)
_FRAME_FIELDS = {f.name for f in fields(Frame)}


@cache
def lexicon(data_dir: Path = DATA) -> Lexicon:
    return load(data_dir.parent, data_dir.name)


class KoreanFrames(Modality):
    def __init__(self, data_dir: Path = DATA) -> None:
        super().__init__(lexicon(data_dir), data_dir)
        self.heads = {r["word"]: r["kind"] for r in read_tsv(data_dir / "heads.tsv")}
        self.cue_heads = sorted(
            (w for w, k in self.heads.items() if k == "cue"), key=len, reverse=True
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

    def arg(self, text: str, c: Chunk, role: str, how: str | None = None) -> Argument:
        return Argument(role, text[c.start : c.end], c.start, c.end, how or c.marker)

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
        return self.links.get(c.ending, "coordinate")

    def boundary(self, chunks: list[Chunk], k: int, text: str) -> str:
        c = chunks[k]
        b = self._boundary(c)
        if b == "relative" and k + 1 < len(chunks) and chunks[k + 1].kind == "np":
            head = text[chunks[k + 1].start : chunks[k + 1].end]
            if self.heads.get(head) == "complement" or head in self.heads:
                return "complement"
        if b == "relative" and (k + 1 >= len(chunks) or chunks[k + 1].kind != "np"):
            return "coordinate"  # 심각한 (adjective before a quote): nothing to modify
        return b

    def local_args(self, text: str, chunks: list[Chunk], k: int) -> tuple[list[Argument], int]:
        """Case-marked phrases of the clause of predicate k, and where the clause starts.

        Phrases left of a relative clause inside this clause: the subject goes to this
        predicate when it has none of its own, the rest to the relative clause."""
        args: list[Argument] = []
        crossing: list[Argument] = []
        in_relative = False
        start = chunks[k].start
        for j in range(k - 1, -1, -1):
            c = chunks[j]
            if c.kind == "pred":
                b = self.boundary(chunks, j, text)
                if b in ("relative", "complement"):
                    in_relative = in_relative or b == "relative"
                    start = c.start
                    continue
                break
            start = c.start
            if j + 1 < k and ADNOMINAL.search(c.marker) and chunks[j + 1].kind == "np":
                continue  # 러시아에 대한 지원을: belongs to the noun, not the verb
            role = self.role(c.marker)
            if role is None or role in ("claim", "location"):
                continue
            a = self.arg(text, c, role)
            if in_relative:
                if role in SUBJECT:
                    crossing.append(a)
            else:
                args.append(a)
        if not any(a.role in SUBJECT for a in args):
            args += crossing[-1:]  # the leftmost subject: 북한이 [전쟁에 투입할] 병력을 보냈다
        return args, start

    def shared_subject(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """A subject left of predicate k across -고/-며 links and relative clauses; stops at
        a contrast, a condition, a quote or a sentence end."""
        j = k - 1
        while j >= 0:
            c = chunks[j]
            if c.kind == "pred":
                b = self.boundary(chunks, j, text)
                if b not in ("coordinate", "relative", "complement", "purpose"):
                    return []
            else:
                role = self.role(c.marker)
                if role in SUBJECT:
                    return [self.arg(text, c, "agent", "shared")]
            j -= 1
        return []

    def relative_head(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """러시아에 파견된 [북한군]: the noun a relative clause modifies is its subject."""
        if self.boundary(chunks, k, text) != "relative" or k + 1 >= len(chunks):
            return []
        c = chunks[k + 1]
        return [Argument("agent", text[c.start : c.end], c.start, c.end, "relative")]

    def noun_args(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """Genitive and adnominal phrases right before noun phrase k (북한의, 러시아에 대한)."""
        out = []
        j = k - 1
        while j >= 0 and chunks[j].kind == "np" and ADNOMINAL.search(chunks[j].marker):
            c = chunks[j]
            role = "genitive" if c.marker == "의" else self.role(c.marker)
            if role and role not in ("claim", "location"):
                out.append(self.arg(text, c, role))
            j -= 1
        return out

    def headline_topic(self, text: str, chunks: list[Chunk], k: int) -> list[Argument]:
        """북한, 러시아에 …파병: a headline opens with a bare subject and a comma."""
        for c in chunks[:k]:
            if c.kind == "np" and not c.marker and text[c.end : c.end + 1] in (",", "，"):
                return [self.arg(text, c, "topic", ",")]
        return []

    # -- frames ------------------------------------------------------------------------

    def frames(self, sentence: Sentence) -> list[Frame]:
        text = sentence.text
        toks = sentence.tokens or parse_tokens(text)
        m = DATELINE.match(text)
        chunks = chunk(text, toks, m.end() if m else 0)
        out = []
        for k, c in enumerate(chunks):
            f = self._frame(sentence, chunks, k) if c.kind == "pred" else None
            f = f or (self._noun_frame(sentence, chunks, k) if c.kind == "np" else None)
            if f is not None:
                out.append(f)
        return out

    def _frame(self, sentence: Sentence, chunks: list[Chunk], k: int) -> Frame | None:
        text = sentence.text
        c = chunks[k]
        found = self._pred_trigger(c)
        if found is None:
            return None
        trig, ks, ke = found
        if trig.requires == "receptive":
            return None
        voice = "passive" if c.passive else "receptive" if c.receptive else "active"
        args, start = self.local_args(text, chunks, k)
        if ks > c.noun_start and c.noun:  # 대러 파병, 북러정상회담 written as one word
            args.append(Argument("compound", text[c.noun_start : ks], c.noun_start, ks, "compound"))
        if not self._object_ok(trig, args):
            return None
        return self._finish(sentence, chunks, k, k, trig, ks, ke, args, voice, False, start)

    def _noun_frame(self, sentence: Sentence, chunks: list[Chunk], k: int) -> Frame | None:
        text = sentence.text
        c = chunks[k]
        found = self.noun_trigger(text[c.start : c.end])
        if found is None:
            return None
        trig, off = found
        ks, ke = c.start + off, c.start + off + len(trig.key)
        args = self.noun_args(text, chunks, k)
        if ks > c.start:  # 한미 연합훈련, 북한군 파병: states written inside the phrase
            args.append(Argument("compound", text[c.start : ks].strip(), c.start, ks, "compound"))
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
            args += [a for a in own if (a.start, a.end) != (c.start, c.end)]
        elif not c.marker and (
            nxt is None or text[c.end_all : c.end_all + 1] in ("…", ",", "", '"', "'", "·")
        ):
            nominal = False  # headline: 북한, 러시아에 특수부대 1500명 파병…
            own, start = self.local_args(text, chunks, k)
            args += own
        else:
            start = c.start
        if trig.requires == "receptive" and voice != "receptive":
            return None  # 무기를 받았다 is a transfer; 무기를 개발했다 is not
        if sentence.is_title and not any(a.role in SUBJECT for a in args):
            args += self.headline_topic(text, chunks, k)
        if not self._object_ok(trig, args):
            return None
        return self._finish(sentence, chunks, k, p, trig, ks, ke, args, voice, nominal, start)

    def _object_ok(self, trig: Trigger, args: list[Argument]) -> bool:
        kind, _, pattern = trig.requires.partition(":")
        if kind not in ("object", "not_object"):
            return True
        hit = any(a.role == "patient" and re.search(pattern, a.text) for a in args)
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
        cues, speech, spans = self.climb(text, chunks, p, ke, nominal)
        speaker, speech_cue, in_quote = self.speaker(text, chunks, p, ks, speech)
        if speaker is not None and any(a.role == "agent" for a in args):
            # 국정원은 [북한이 …보냈다고] 밝혔다: the topic is the claimant, not a participant
            args = [a for a in args if (a.start, a.end) != (speaker.start, speaker.end)]
        if (
            speaker is not None
            and not nominal
            and not any(a.role in (*SUBJECT, "agent_phrase") for a in args)
            and speech is not None
        ):  # 북한은 위성을 발사했다고 밝혔다: the speaker's own act
            args.append(Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"))
        spans = [(start, chunks[p].end_all), *spans]
        extra = {}
        if "event" in _FRAME_FIELDS:  # the resolved trigger (INTERFACE.md, Frame fields)
            extra = {
                "event": trig.event,
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
