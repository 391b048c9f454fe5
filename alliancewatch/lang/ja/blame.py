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
word (「…」と非難した) is coded by that word's own frame.
"""

from __future__ import annotations

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.lang.ja.nominal import ABBREVIATION, FIRST_PERSON
from alliancewatch.lang.ja.statements import JapaneseStatements
from alliancewatch.types import Argument, Frame, Sentence

BLAMES = (pattern("quoted_blame"), pattern("quoted_intolerable"))
FRAMING = pattern("framing_verb")
ABOUT = pattern("about")
CONDITION = pattern("quote_condition")  # …なら「…誤りになる」: a warning, no blame
SUBJECT = ("は", "が", "も")
EVENT = "ACCUSE"
STATE_TAG = "地名-国"  # UniDic: the name of a country


class JapaneseBlame(JapaneseStatements):
    def _quoted_blames(self, g: Graph, sentence: Sentence, built: list[Frame]) -> list[Frame]:
        """ACCUSE frames for quotes that judge a state's act (see the module doc)."""
        out = []
        for qs, qe in quote_spans(g.text):
            if not QUOTATIVE.match(g.text[qe:]):
                continue
            inner = g.text[qs + 1 : qe - 1]
            m = next((m for rx in BLAMES if (m := rx.search(inner))), None)
            if m is None or CONDITION.search(g.text[: qs + 1 + m.start()]):
                continue
            if any(f.event == EVENT and f.start > qs for f in built):
                continue  # 「…」と非難した: the censure word has its own frame
            n = next(n for n in range(1, m.re.groups + 1) if m.group(n))  # the word judged
            frame = self._blame(g, sentence, (qs, qe), (qs + 1 + m.start(n), qs + 1 + m.end(n)))
            if frame is not None:
                out.append(frame)
        return out

    def _blame(
        self, g: Graph, sentence: Sentence, quote: tuple[int, int], key: tuple[int, int]
    ) -> Frame | None:
        (qs, qe), (start, end) = quote, key
        v = next((t.i for t in g.tokens if t.start >= qe and t.pos in ("VERB", "NOUN")), None)
        if v is None or g.tokens[v].start - qe > 8:
            return None
        lemma = g.tokens[v].lemma
        if not (self._is_speech(g, v) or FRAMING.match(lemma)):
            return None
        speaker = self._closing_speaker(g, v)
        if speaker is None or qs <= speaker.start < qe:
            return None
        target = self._blamed(g, (qs, qe), v, speaker)
        if target is None:
            return None
        cues, _, _, path = self._climb(g, v, False)
        if any(c.label in ("negated", "hypothetical") for c in cues):
            return None
        args = [
            Argument("agent", speaker.text, speaker.start, speaker.end, "speaker"),
            Argument("recipient", target.text, target.start, target.end, "quoted"),
            Argument("claim", g.text[qs:qe], qs, qe, "quoted", participant=False),
        ]
        said = (speaker, v, path, list(cues))
        return self._quoted_frame(g, sentence, (start, end), EVENT, args, said)

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
        for k in inside:
            found = self._doer(g, k)
            if found is not None:
                return found
        for a in self._args_of(g, v, set()):
            if a.role == "patient" and a.end <= qs and self._names_state(g, a.start, a.end):
                return a
        k = next((t.i for t in reversed(g.tokens) if t.end <= qs and t.pos in NOMINAL), None)
        if k is not None and not (
            ABOUT.match(g.text[g.tokens[k].end : qs]) or g.marker(k) in SUBJECT
        ):
            k = None
        found = self._doer(g, k) if k is not None else None
        if found is not None and found.start != speaker.start:
            return found  # not Xは「…」と述べた: the speaker, not what it judges
        # 「ロシアの意図にかかわらず、領空侵犯は…容認できない」: the one state named inside
        named = [t.i for t in g.tokens if qs < t.start < qe and STATE_TAG in t.tag]
        return self._doer(g, named[0]) if len(named) == 1 else None

    def _doer(self, g: Graph, k: int) -> Argument | None:
        """The phrase headed by k when it names a state (日本の決定, ロシア側の対応); for a
        clause ending in こと (米国が…集結させていること), that clause's own subject."""
        if g.tokens[k].lemma in ("こと", "の"):
            toks = g.descendants(k)
            for c in toks:
                if c < k and g.tokens[c].pos in NOMINAL and g.marker(c) in ("が", "は"):
                    return self._doer(g, c)
            return None
        s, e = phrase_span(g, k)
        if FIRST_PERSON.match(g.text[s:e]) or not self._names_state(g, s, e):
            return None
        return Argument("recipient", g.text[s:e], s, e, g.marker(k))

    @staticmethod
    def _names_state(g: Graph, s: int, e: int) -> bool:
        """A phrase that holds a place or organisation name (日本, ロシア側, 米国務省), not
        only a common noun or a person's name."""
        return any(
            ("固有名詞" in t.tag and "人名" not in t.tag) or ABBREVIATION.search(t.text)
            for t in g.tokens
            if s <= t.start < e
        )
