"""Japanese: whom a judgement blames (blame.py finds the judgement, this module its target).

The target of a judged quote is the state the quote names as the doer (the quoted clause's
subject: 日本の決定は誤りだ, the の-phrase before 責任, the one liable with に, a hostile act's
written doer with による), else what the statement is about: the framing verb's object
(ロシアを「…脅威」と位置づけた), a について-phrase or a clause ending in こと before the quote,
else the one state named inside, else a state the next clause addresses (「容認できない」と
述べ、イランに対して…求めた). A pejorative phrase (NATOの侵略的な計画) blames its owner, and
a judgement given as the ground of an act (「…侵害だ」として、…外交関係を停止した) the state
that act is aimed at. The speaker itself (first person, the speaker's own phrase) is never
the one blamed.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.graph import NOMINAL, Graph, noun_phrase_start, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.nominal import ABBREVIATION, FIRST_PERSON
from alliancewatch.lang.ja.statements import JapaneseStatements
from alliancewatch.types import Argument

LIABLE = pattern("quoted_liable")
REGRETTED = pattern("regretted_at")  # 「…の対応に遺憾」: what is regretted, with に
REGRET_ONLY = pattern("regret_only")  # Xの実験に「深く失望した」: what is regretted, before it
BLAMES = (pattern("quoted_blame"), pattern("quoted_intolerable"), pattern("quoted_failing"), LIABLE)
PEJORATIVE = pattern("pejorative_act")
ABOUT = pattern("about")
CHAINED = pattern("continuative")
ADDRESSEE = pattern("addressee")
AIMED_MARK = pattern("aimed_marker")
READING_END = re.compile(pattern("reading").pattern + "$")
SUBJECT = ("は", "が", "も", "こそ", "こそが", "こそは")
EVENT = "ACCUSE"
REQUEST = "REQUEST"  # a verb that asks: its plain に-phrase is the one asked
OPENING = "「『"  # a quote's opening bracket
DOER = ("による", "によって", "の")  # the doer of an act named as a noun
STATE_TAG = "地名-国"  # UniDic: the name of a country
SIDE = "側"  # 米側, 中国側: one token, a state's side


class JapaneseBlamed(JapaneseStatements):
    def _owner(self, g: Graph, at: int) -> Argument | None:
        """The state whose act a pejorative phrase at `at` names: Xの before it (NATOの侵略的な
        計画, 事務局長の「悪意ある行動」)."""
        before = g.text[:at].rstrip("「『")
        if not before.endswith("の"):
            return None
        name = READING_END.sub("", before[:-1])  # 北大西洋条約機構（NATO）の
        k = g.ending_at(len(name))
        if k is None or g.tokens[k].pos not in NOMINAL:
            return None
        s, e = g.tokens[noun_phrase_start(g, k)].start, g.tokens[k].end  # IAEAの…事務局長
        if FIRST_PERSON.match(g.text[s:e]) or not self._names_state(g, s, e):
            return None
        return Argument("recipient", g.text[s:e], s, e, "の")

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
        if REGRETTED.search(g.text[qs + 1 : qe - 1]):  # 「中国の対応に遺憾だ」: what is regretted
            inside = [
                k
                for k in range(len(g.tokens))
                if qs < g.tokens[k].start < qe and g.marker(k) == "に"
            ] + inside
        if LIABLE.search(g.text[qs + 1 : qe - 1]):  # アメリカにも責任がある: the one liable
            inside = (
                [  # 韓国側の責任だ: the one whose liability it is
                    k
                    for k in range(len(g.tokens))
                    if qs < g.tokens[k].start < qe
                    and (
                        g.marker(k) in ("に", "にも")
                        or (
                            g.marker(k) == "の" and g.text[g.tokens[k].end + 1 :].startswith("責任")
                        )
                    )
                ]
                + inside
            )
        for k in inside:
            found = self._doer(g, k)
            if found is not None:
                return found
        for k in range(len(g.tokens)):  # イスラエルによる攻撃だとして: the act's written doer
            if qs < g.tokens[k].start < qe and g.marker(k) in DOER[:2]:
                s, e = phrase_span(g, k)
                if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                    return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        for a in self._args_of(g, v, set()):
            if a.role == "patient" and a.end <= qs and self._names_state(g, a.start, a.end):
                return a
        k = next((t.i for t in reversed(g.tokens) if t.end <= qs and t.pos in NOMINAL), None)
        if (
            k is not None
            and not (
                ABOUT.match(g.text[g.tokens[k].end : qs])
                or g.marker(k) in SUBJECT
                or g.text[g.tokens[k].end : qs] == "を"  # Xを「…侵略だ」とみなす, how hung
                or g.marker(k) == "に"  # インドの実験に「深く失望した」: what is regretted
                and g.text[g.tokens[k].end : qs] == "に"
                and REGRET_ONLY.match(g.text[qs + 1 : qe - 1]) is not None
            )
        ):
            k = None
        found = self._doer(g, k) if k is not None else None
        if found is not None and found.start != speaker.start:
            return found  # not Xは「…」と述べた: the speaker, not what it judges
        # 「ロシアの意図にかかわらず、領空侵犯は…容認できない」: the one state named inside
        named = [t.i for t in g.tokens if qs < t.start < qe and STATE_TAG in t.tag]
        if len(named) == 1 and g.text[qs] in OPENING:  # (unquoted: 輸送路はイランにとって
            return self._doer(g, named[0])  # …脅威になると指摘し names the victim)
        # (「外国軍の駐留は認めない」と主張し、インド政府に…要請: a refusal is the ground of
        # the request, no charge against the one asked)
        refusal = bool(BLAMES[1].search(g.text[qs + 1 : qe - 1]))
        return self._addressed_before(g, v, qe) or self._addressed_after(g, v, not refusal)

    def _addressed_before(self, g: Graph, v: int, qe: int) -> Argument | None:
        """英国首相はアルジェリア側に対し、…連絡すべきだったとの考えを伝えた: a judgement with
        no doer named, said to a state (an addressee phrase of the same verb, which the parser
        may hang inside the judged clause), judges the state it is said to."""
        for k in range(len(g.tokens)):
            if g.tokens[k].end > qe or g.tokens[k].pos not in NOMINAL:
                continue
            if not ADDRESSEE.match(g.marker(k)) or v not in g.ancestors(k):
                continue
            s, e = phrase_span(g, k)
            if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        return None

    def _justified_against(self, g: Graph, qe: int, v: int) -> Argument | None:
        """「…侵害だ」として、エクアドルとの外交関係を停止した: a judgement given as the
        ground of an act judges the state that act is aimed at, the first one named
        between the judgement and the act's verb."""
        for k in range(len(g.tokens)):
            t = g.tokens[k]
            if t.start < qe or k > v or t.pos not in NOMINAL or not AIMED_MARK.match(g.marker(k)):
                continue
            s, e = phrase_span(g, k)
            if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        return None

    def _addressed_after(self, g: Graph, v: int, asked: bool = True) -> Argument | None:
        """「容認できない」と述べ、イランに対して…よう求めた: a judgement with no state named,
        chained to a statement its speaker addresses to a state, judges that state."""
        h = g.head(v)
        if h is None or h < v or g.tokens[v].dep not in ("advcl", "conj"):
            return None
        if not CHAINED.search(g.tail(v)[1] + g.connector(v)[1]):
            return None
        for k in range(v + 1, len(g.tokens)):  # the parser may hang the addressee lower
            if g.tokens[k].pos not in NOMINAL or not (
                ADDRESSEE.match(g.marker(k))
                or asked
                and g.marker(k) == "に"
                and self._asked_of(g, k, v)
            ):
                continue
            s, e = phrase_span(g, k)
            if self._names_state(g, s, e) and any(
                self._states(g, a) for a in g.ancestors(k) if a > v
            ):
                return Argument("recipient", g.text[s:e], s, e, g.marker(k))
        return None

    def _asked_of(self, g: Graph, k: int, v: int) -> bool:
        """「誠に遺憾だ」と述べ、北朝鮮に…明らかにするよう要求した: a plain に-phrase is the
        addressee when the verb above it, after the judgement, asks something (a REQUEST
        trigger), as 北朝鮮に in a place or a time never is."""
        return any(
            a > v and (found := self._trigger(g, a)) is not None and found[0].event == REQUEST
            for a in g.ancestors(k)
        )

    def _doer(self, g: Graph, k: int) -> Argument | None:
        """The phrase headed by k when it names a state (日本の決定, ロシア側の対応); for a
        clause ending in こと (米国が…集結させていること), that clause's own subject."""
        if g.tokens[k].lemma in ("こと", "の"):
            toks = g.descendants(k)
            for c in toks:
                if c < k and g.tokens[c].pos in NOMINAL and g.marker(c) in ("が", "は"):
                    return self._doer(g, c)
            return None
        act = self.lex.find_trigger(g.tokens[k].text) is not None
        by = [c for c in g.descendants(k) if g.marker(c) in DOER[:2]]
        owners = [c for c in g.children[k] if g.marker(c) == "の"] if act else []
        # 米国による中距離ミサイルの配備: the act's written doer, however the parser hung it
        # (メキシコによる亡命の付与: による names a doer whatever the noun)
        for c in by + owners if act else by:
            if c < k and g.tokens[c].pos in NOMINAL:
                s, e = phrase_span(g, c)
                if self._names_state(g, s, e) and not FIRST_PERSON.match(g.text[s:e]):
                    return Argument("recipient", g.text[s:e], s, e, g.marker(c))
        s, e = phrase_span(g, k)
        if FIRST_PERSON.match(g.text[s:e]) or not self._names_state(g, s, e):
            return None
        j = g.ending_at(s)
        if j and act and g.tokens[j].text == "の":  # an act's doer: its
            s0 = g.tokens[noun_phrase_start(g, j - 1)].start  # first の-phrase (フィンランド
            first = g.text[s0:e].find("の")  # のNATO加盟, not NATO)
            if first > 0 and self._names_state(g, s0, s0 + first):
                s, e = s0, s0 + first
        return Argument("recipient", g.text[s:e], s, e, g.marker(k))

    @staticmethod
    def _names_state(g: Graph, s: int, e: int) -> bool:
        """A phrase that holds a place or organisation name (日本, ロシア側, 米国務省), not
        only a common noun or a person's name."""
        return any(  # (GiNZA tags a Latin acronym PROPN over a common noun's tag: CSTO)
            ("固有名詞" in t.tag or t.pos == "PROPN" and t.text.isascii())
            and "人名" not in t.tag
            or ABBREVIATION.search(t.text.removesuffix(SIDE))  # 米側: the U.S. side
            for t in g.tokens
            if s <= t.start < e
        )
