"""Japanese: how certain a sentence is about an event, and which speech verb claims it.

Factuality cues are collected on the way up from the event's predicate
(data/factuality.tsv): its own auxiliaries first, then the nouns (可能性, 予定) and
quotative verbs (とみられる, と判断した) that govern it. The climb stops where the event
becomes presupposed: a relative clause on an ordinary noun, a のは/ことは subject, a causal
clause (ため, から), or a speech verb (data/speech_verbs.tsv), whose subject is the
claimant. Used by the frame builder (frames.py) as a base class.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from alliancewatch.lang.ja.graph import NOMINAL, Graph
from alliancewatch.lang.ja.lexicon import Lexicon, pattern, said_content, words
from alliancewatch.lang.ja.saying import JapaneseSaying
from alliancewatch.types import Argument, Cue

QUOTATIVE = pattern("quotative")
# と that joins an act to the next, not reported words (抗議するとともに…求めた)
JOINED = pattern("not_quotative")
CAUSAL = pattern("causal")
ACCORDING_TO = pattern("according_to")
CONDITION_NOUN = pattern("condition_noun")
DOCUMENT = pattern("speaking_document")
OWN_ASPECT = pattern("own_aspect")
CHAINED = pattern("continuative")
CONTENT_LINK = pattern("content_link")  # …するよう(に): the link of an asked-for clause
EXTENT = pattern("extent_limit")
NOMINALISERS = {"の", "こと", "点", "ところ"}
# How an event reaches a verb that governs it as its object (供与を否定, 撤収するよう求めた).
OBJECT_LINKS = {"を", "も", "まで", "は", "が"}
CLAUSE_LINKS = {"よう", "ように", "ことを", "のを", "を", "ことも", "ことは"}
TRANSPARENT = {"もの", "よう"}  # 〜するものとみられる, 〜するよう求めた
QUOTE_OPEN, QUOTE_CLOSE = "「『", "」』"
# The addressee of a demand (ロシアに対し、…するよう求めた), and the acts a demand asks of
# it: yielding (解放, 撤退, 返還), which the demander does not do itself on the way (制裁を科し、
# 懸念を伝え、…するよう求めた: its own acts).
ADDRESSEE = re.compile(r"^に(?:対し(?:て)?)?$")
YIELDING = {"RETREAT"}


# A transcript's speaker label before a turn that fills the line: 記者「…」, アナウンサー「…」
SPEAKER_LABEL = re.compile(r"^[^「」『』。、\s]{1,12}$")


def verbs_above(g: Graph, i: int) -> Iterator[int]:
    """The verbs token i hangs under, nearest first, but none inside a quote that opens
    after i (攻撃を「許し難い行為だ」と批判した: 批判, not the quote's verb): the verbs that may
    take a stance on the event noun i."""
    after = [(qs, qe) for qs, qe in quote_spans(g.text) if qs >= g.tokens[i].end]
    for v in g.ancestors(i):
        if g.tokens[v].pos == "VERB" and not any(qs <= g.tokens[v].start < qe for qs, qe in after):
            yield v


@lru_cache(maxsize=64)
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Outermost 「…」/『…』 spans. A transcript turn (記者「…。」, a label and one whole
    utterance ending in 。) is the line itself, not a quotation: the spans inside it are
    given instead. Kept for the last sentences: every frame of a sentence asks (a tuple,
    so that no caller changes what the next one gets)."""
    spans, stack = [], []
    for k, ch in enumerate(text):
        if ch in QUOTE_OPEN:
            stack.append(k)
        elif ch in QUOTE_CLOSE and stack:
            start = stack.pop()
            if not stack:
                spans.append((start, k + 1))
    if (
        len(spans) == 1
        and text[spans[0][1] - 2] == "。"  # a whole turn, not a headline's quote (国情院「…」)
        and SPEAKER_LABEL.match(text[: spans[0][0]])
        and not text[spans[0][1] :].strip(" 。")
    ):
        s, e = spans[0]
        return tuple((s + 1 + a, s + 1 + b) for a, b in quote_spans(text[s + 1 : e - 1]))
    return tuple(spans)


class JapaneseModality(JapaneseSaying):
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.tail_cues = lexicon.cues_of("tail")
        self.noun_cues = lexicon.cues_of("noun")
        self.of_cues = lexicon.cues_of("of")  # 制裁の検討に入った: the event as the の-phrase
        self.quote_cues = lexicon.cues_of("quote")
        self.bid_cues = lexicon.cues_of("bid")  # 撤収するよう通告した: a demand's content
        # connectives that make the clause before them conditional (…場合, …といっても)
        links = sorted((c.word for c in lexicon.cues_of("link")), key=len, reverse=True)
        self.conditional = re.compile("|".join(map(re.escape, links)))
        self.after_cues = lexicon.cues_of("after")
        self.stance_cues = lexicon.cues_of("stance")  # 制裁に慎重な姿勢: after an event noun
        self.noun_cue_words = {c.word for c in self.noun_cues}
        self.planning = {c.word for c in self.noun_cues if c.label == "planned"}
        # nouns a relative clause never has as its doer: 〜する予定, 〜する旨 (内容節)
        self.content_nouns = content = set(words("content_nouns"))
        self.not_doers = self.noun_cue_words | content | NOMINALISERS | TRANSPARENT
        self.report_nouns = set(words("report_nouns"))
        self.said = said_content()

    def _noun_cue(self, g: Graph, n: int, of: bool = False) -> Cue | None:
        """The cue of a noun the event clause modifies, or (`of`) has as its の-phrase."""
        word = g.tokens[n].lemma
        after = g.text[g.tokens[n].end :]
        for c in self.of_cues if of else self.noun_cues:
            if c.word == word and c.pattern.search(after):
                m = re.match(r"[^、。]{0,12}", after)
                return Cue(c.label, word + (m.group(0) if m else ""), "noun")
        return None

    def _stance_cues(self, g: Graph, i: int) -> list[Cue]:
        """制裁に慎重な姿勢を示した, 支援には消極的だ: an event noun i regarded with reluctance
        (factuality.tsv `stance`) is told as not done."""
        if g.tokens[i].pos not in NOMINAL:
            return []
        after = g.text[g.tokens[i].end :]
        return [
            Cue(c.label, m.group(0), "after")
            for c in self.stance_cues
            if (m := c.pattern.search(after))
        ]

    def _tail_cues(self, tail: str, allow_negation: bool) -> list[Cue]:
        out = []
        for c in self.tail_cues:
            if c.label == "negated" and not allow_negation:
                continue
            m = c.pattern.search(tail)
            if m:
                out.append(Cue(c.label, m.group(0), "tail"))
        return out

    def _climb(
        self, g: Graph, p: int, nominal: bool
    ) -> tuple[list[Cue], int | None, str | None, list[int]]:
        """Cues governing predicate p, the speech verb claiming it, and the path walked."""
        last, tail = g.tail(p)
        cues = [] if nominal else self._tail_cues(tail, allow_negation=True)
        if not nominal:  # 送ることはない: the negation follows a nominalised predicate
            after = g.text[g.tokens[last].end :]
            cues += [
                Cue(c.label, m.group(0), "after")
                for c in self.after_cues
                if (m := c.pattern.search(after))
            ]
        if nominal and any(  # 8月に予定される首脳会談, 来月計画している演習: a planned event
            c < p and g.tokens[c].dep == "acl" and g.tokens[c].lemma in self.planning
            for c in g.children[p]
        ):
            cues.append(Cue("planned", g.tokens[p].text, "noun"))
        path, cur, cur_nominal = [p], p, nominal
        if any(c.label == "hypothetical" for c in cues) and (v := self._speech_over(g, p)):
            return cues, v, self._speech_cue(g, v), path  # 進めれば「…」と警告した
        while True:
            h = self._stray_content(g, cur) if cur == p and not nominal else None
            h = g.head(cur) if h is None else h
            if h is None:
                return cues, None, None, path
            chained = not cur_nominal and self._chained_to(g, cur, h)
            if chained and self._new_subject(g, cur, h, path):
                # 閉鎖を求めており、フランスは…縮小する見通しだ: a clause with a subject of
                # its own after it lends the chained clause neither its modality nor its speaker
                return cues, None, None, path
            if chained and self._demanded_with(g, cur, h):
                # ロシアに対し、船員を解放し、…解除するよう求めた: the first act is demanded too
                return [*cues, Cue("unreal", g.tail(h)[1], "quote")], None, None, path
            if chained and (v := self._past_adnominal(g, cur, h)) is not None:
                h = v  # 両首脳は会談し、…強化していくことを確認した (see _past_adnominal)
            ht = g.tokens[h]
            _, conn = g.connector(cur) if not cur_nominal else (0, g.marker(cur))
            # (支援を打ち切るよう要求: the verb governing an event noun counts as the event's)
            if (cur == p or nominal and path == [p, cur]) and not cur_nominal and not conn:
                # 解放するよう要求した: the parser may take よう into the event verb's own
                # auxiliaries (only there: a verb above the event is not its content)
                conn = next((e for e in ("ように", "よう") if g.tail(cur)[1].endswith(e)), "")
            if not cur_nominal and CONTENT_LINK.search(conn) and (bid := self._bid_cue(g, h)):
                return [*cues, *bid], None, None, path  # 撤収するよう通告した: asked, not done
            # (制裁に対抗する考え, 演習に備え…方針: a background event noun, no one's claim)
            # (演習の開始を発表した: an event noun owned by a phase noun is said with it)
            owned = nominal and all(self._owned_by_noun(g, k) for k in path[:-1])
            adjunct = any(
                g.tokens[k].pos in NOMINAL and g.marker(k) not in OBJECT_LINKS
                for k in (path[-1:] if owned else path)
            )
            first = cur == p or owned
            said = None if adjunct else self._said_by(g, cur, h, cur_nominal, first, conn)
            if said is not None:  # 〜する考えを示した, 〜したことを明らかにした, 供与を否定した
                if ht.pos in NOMINAL and (cue := self._noun_cue(g, h)):
                    cues.append(cue)
                cues += [c for c in self._quote_cue(g, said) if c.label != "unreal"]
                said_cue = g.text[g.tokens[h].start : g.tokens[said].start] + g.tail(said)[1]
                return cues, said, said_cue if h != said else "を" + said_cue, path
            if (
                cur_nominal
                and g.tokens[cur].dep == "nmod"
                and ht.pos in NOMINAL
                and not QUOTATIVE.match(g.marker(cur))  # 引き渡すとの観測: a verb read as noun
            ):
                if cue := self._noun_cue(g, h, of=True):  # 制裁の検討に入った
                    cues.append(cue)  # 協力体系の水準 -> 水準: no cue, the noun above governs
            elif ht.pos in NOMINAL and ht.lemma in self.noun_cue_words:
                cue = self._noun_cue(g, h)
                if cue:
                    cues.append(cue)
                elif ht.lemma in NOMINALISERS:
                    return cues, None, None, path  # 派兵したことは…: presupposed
            elif ht.lemma in TRANSPARENT or self._extent(g, h):
                pass  # …を「必要な限り」続ける: an extent, the verb after it governs
            elif not cur_nominal and (
                self.conditional.search(conn) or self.conditional.fullmatch(ht.lemma)
            ):  # …した場合, …しない限り
                cues.append(Cue("hypothetical", conn or ht.text, "link"))
                v = self._speech_over(g, h)
                return cues, v, self._speech_cue(g, v) if v is not None else None, path
            elif ht.pos in NOMINAL and ht.lemma in self.report_nouns:
                pass  # 派遣に関する報道を否定した: a report's content, judged by the verb above
            elif (
                QUOTATIVE.match(conn)
                and not JOINED.match(conn)  # 非難するとともに…求めた: an act joined, no content
                and ht.pos in ("VERB", "NOUN", "AUX", "ADJ")
            ):
                cues += self._quote_cue(g, h)
                above = g.head(h)
                if (
                    not cur_nominal
                    and conn == "と"
                    and ht.lemma == "する"
                    and above is not None
                    and g.tokens[above].pos == "VERB"
                    and self._is_speech(g, above)
                ):
                    h = above  # …を提供しているとして非難した: the claim of the verb above
                if self._is_speech(g, h) or self._holds(g, cur, h, conn, cur_nominal):
                    return cues, h, self._speech_cue(g, h), path
            elif (
                ht.pos == "VERB"
                and (
                    (conn in OBJECT_LINKS or self._bare_object(g, cur, h, conn))
                    if cur_nominal
                    else conn.rstrip("、") in CLAUSE_LINKS
                )
                or self._noun_predicate(g, h)
                and cur_nominal
                and (conn == "を" or self._bare_object(g, cur, h, conn))
            ) and self._verb_cue(g, h):
                cues += self._verb_cue(g, h)  # 供与を否定した, 撤収を求めた, 解放するよう求めた
            elif (
                CAUSAL.search(conn)
                or ht.lemma in NOMINALISERS
                or (ht.pos in NOMINAL and not cur_nominal)
                or (cur_nominal and ht.pos in NOMINAL)
            ):
                return cues, None, None, path  # presupposed: ...したのは / ...した後 / ため
            else:
                _, htail = g.tail(h)
                found = self._tail_cues(htail[len(ht.text) :], allow_negation=False)
                if chained:  # 武器供与を続け、…妨害しようとしている: the volition is 妨害's
                    found = [c for c in found if not OWN_ASPECT.search(c.text)]
                cues += found
            cur, cur_nominal = h, ht.pos in NOMINAL
            path.append(cur)

    def _stray_content(self, g: Graph, p: int) -> int | None:
        """訪問を歓迎する旨述べました: the parser may hang a verb before 旨 on an earlier noun
        (dep) instead of on 旨, which the speech verb governs; a content noun right after
        the verb's tail is what the verb's clause fills (data content_nouns.tsv)."""
        last, _ = g.tail(p)
        n = last + 1
        if (
            g.tokens[p].dep != "dep"
            or n >= len(g.tokens)
            or g.tokens[n].start != g.tokens[last].end
            or g.tokens[n].lemma not in self.content_nouns
            or g.head(p) == n
            or (v := g.head(n)) is None
            or not self._is_speech(g, v)
        ):
            return None
        return n

    def _demanded_with(self, g: Graph, cur: int, h: int) -> bool:
        """ロシアに対し、船員を直ちに解放し、封鎖を解除するよう求めた: a 〜し、 clause chained
        to a 〜よう clause of a verb of demand (or hung beside it on that verb) is the demand's
        first content, not an act the demander did, when the addressee (に, に対し) or the
        clause's own が-subject comes before it, and it is an act of yielding (YIELDING),
        which demands ask for."""
        trig = self.lex.find_trigger(g.tokens[cur].lemma)
        if trig is None or trig.event not in YIELDING:
            return False

        def asked(k: int) -> bool:
            return (g.tail(k)[1] + g.connector(k)[1]).endswith(("よう", "ように"))

        def demand(v: int | None) -> bool:
            return v is not None and any(c.label == "unreal" for c in self._verb_cue(g, v))

        if asked(h) and demand(g.head(h)):
            d = g.head(h)  # 解放し、撤退するよう求めた: chained to the よう-clause
        elif demand(h) and any(
            cur < k < h and g.tokens[k].pos == "VERB" and asked(k) for k in g.children[h]
        ):
            d = h  # both hung on the verb of demand
        else:
            return False
        before = [k for k in range(cur) if g.head(k) in (cur, h, d) and g.tokens[k].pos in NOMINAL]
        return any(
            ADDRESSEE.match(g.marker(k)) or g.head(k) == cur and g.marker(k) == "が" for k in before
        )

    @staticmethod
    def _owned_by_noun(g: Graph, k: int) -> bool:
        """k is a noun that the noun after it owns with の (演習の開始, 制裁の延長) or names
        (演習「ボストーク」の開始: the name in quotes heads the phrase)."""
        h = g.head(k)
        return (
            h is not None
            and h > k
            and g.tokens[k].pos in NOMINAL
            and g.tokens[h].pos in NOMINAL
            and g.tokens[k].dep == "nmod"
            and g.marker(k) in ("の", "")
        )

    def _consequent(self, g: Graph, path: list[int]) -> list[Cue]:
        """…を売却すれば、米国は追加制裁をためらわない, 約束を守らなければ、制裁を再び科す
        可能性もある: a clause that a condition (〜ば, 〜なら, 〜場合) governs tells what would
        follow, not what is (spec §3 hypothetical, above possible). The path is the climb
        from the event up to, not including, the speech verb that claims it."""
        for v in path:
            if g.tokens[v].pos != "VERB":
                continue
            for c in g.children[v]:
                if (
                    c < path[0]  # a condition precedes what it governs (…要求し、…すれば: no)
                    and c not in path
                    and (
                        g.tokens[c].pos == "VERB"
                        and g.tokens[c].dep == "advcl"
                        and self._conditional_clause(g, c)
                        # 交渉が失敗した場合には…攻撃する: the condition's noun hangs on it
                        or g.tokens[c].pos in NOMINAL
                        and bool(self.conditional.fullmatch(g.tokens[c].lemma))
                        and any(g.tokens[k].dep == "acl" for k in g.children[c])
                        and not self._extent(g, c)
                    )
                ):
                    return [Cue("hypothetical", g.tail(c)[1][-3:], "link")]
        return []

    @staticmethod
    def _extent(g: Graph, n: int) -> bool:
        """力の及ぶ限り, 可能な限り: 限り after a word of capacity or need is an extent (as far
        as), no condition (data pattern extent_limit)."""
        return g.tokens[n].lemma in ("限り", "かぎり") and any(
            g.tokens[k].dep == "acl" and EXTENT.match(g.tokens[k].lemma) for k in g.children[n]
        )

    def _chained_to(self, g: Graph, cur: int, h: int) -> bool:
        """cur is a 〜し、/〜て clause chained to the verb h after it (no quotative between)."""
        t = g.tokens[cur]
        last, tail = g.tail(cur)
        # 閉鎖を求めており、フランスは…見通しだ: a comma after the continuative chains it, even
        # where the parser took it for a noun modifier (acl)
        comma = g.text[g.tokens[last].end : g.tokens[last].end + 1] == "、"
        if t.pos != "VERB" or t.dep not in ("advcl", "conj", "acl" if comma else "") or h < cur:
            return False
        _, conn = g.connector(cur)
        return (
            g.tokens[h].pos in ("VERB", "NOUN")
            and not QUOTATIVE.match(conn)
            and bool(CHAINED.search(tail + conn))
            and not tail.endswith("と")
        )

    @staticmethod
    def _new_subject(g: Graph, cur: int, h: int, path: list[int]) -> bool:
        """The chained clause cur has a subject of its own and h another one written between
        them (セネガルも…求めており、フランスは…): two clauses, two subjects. A subject only
        after cur (体系を設けて両側が…立てて) may be both clauses' own. The subject of a
        clause below cur on the path counts as cur's (中国が協定を結ぶなど影響力を広げており、
        豪州は…とみられる: 広げ is 中国's)."""

        def subject(k: int, v: int) -> bool:
            return (
                g.marker(k) in ("は", "が", "も") and g.head(k) == v and g.tokens[k].pos in NOMINAL
            )

        own = any(subject(k, v) for v in dict.fromkeys([*path, cur]) for k in range(v))
        return own and any(subject(k, h) for k in range(cur + 1, h))

    @staticmethod
    def _past_adnominal(g: Graph, cur: int, h: int) -> int | None:
        """両首脳は会談し、…強化していくことを確認した, 政府は要求を拒絶し、…続ける方針を示した:
        a chained clause with a topic (は) of its own belongs to the main clause, since no は
        is written inside a noun-modifying clause; when the parser hung it on such a clause
        (h, an acl of a noun), the verb that governs that noun is what it is chained to."""
        n = g.head(h)
        v = g.head(n) if n is not None else None
        if (
            g.tokens[h].dep != "acl"
            or v is None
            or g.tokens[n].pos not in NOMINAL
            or g.tokens[v].pos != "VERB"
            or v < h
        ):
            return None
        topic = any(g.marker(k) == "は" and g.head(k) in (cur, v) for k in range(cur))
        return v if topic else None

    def _speech_over(self, g: Graph, h: int) -> int | None:
        """…に提供すれば…と警告した: the speech verb over a condition, whose speaker claims
        it; none when a nominaliser on the way presupposes it."""
        for a in [h, *g.ancestors(h)]:
            if self._is_speech(g, a):
                return a
            if g.tokens[a].lemma in NOMINALISERS:
                return None
        return None

    def _speech_cue(self, g: Graph, v: int) -> str:
        """と明らかにした: the quotative and speech verb v with its light part."""
        first = min([v, *(c for c in g.children[v] if c < v and self._light_part(g, c))])
        return "と" + g.text[g.tokens[first].start : g.tokens[v].start] + g.tail(v)[1]

    def _quote_cue(self, g: Graph, v: int) -> list[Cue]:
        t = g.tokens[v]
        _, tail = g.tail(v)
        for c in self.quote_cues:
            if c.word == t.lemma and c.pattern.search(tail[len(t.text) :] or tail):
                return [Cue(c.label, "と" + tail, "quote")]
        return []

    @staticmethod
    def _bare_object(g: Graph, n: int, v: int, conn: str) -> bool:
        """A headline's object without its particle, right before the verb (基地からの撤収
        求める): the noun is the verb's object as with を."""
        return not conn and g.tokens[n].end == g.tokens[v].start

    @staticmethod
    def _noun_predicate(g: Graph, n: int) -> bool:
        """A verbal noun that ends the sentence as its predicate (仏軍の「撤退」を正式要求):
        a headline's verb without its する."""
        return g.tokens[n].pos in NOMINAL and not g.text[g.tokens[n].end :].strip("。 　")

    def _bid_cue(self, g: Graph, v: int) -> list[Cue]:
        """A verb of notice or advice that, with a よう-clause as its content, asks the
        addressee to do it (撤収するよう通告した, 撤退するよう勧告した): the act is not told."""
        t = g.tokens[v]
        _, tail = g.tail(v)
        for c in self.bid_cues:
            if c.word == t.lemma and c.pattern.search(tail[len(t.text) :] or tail):
                return [Cue(c.label, "よう" + tail, "quote")]
        return []

    def _light_part(self, g: Graph, c: int) -> bool:
        """明らか in 明らかにした: the word that makes a bare する a speech verb."""
        t = g.tokens[c]
        return t.lemma in self.lex.speech_verbs and t.dep in ("advcl", "obl", "compound", "obj")

    def _is_speech(self, g: Graph, v: int) -> bool:
        if g.tokens[v].lemma in self.lex.speech_verbs:
            return True
        return g.tokens[v].lemma == "する" and any(
            self._light_part(g, c) for c in g.children[v] if c < v
        )

    def _verb_cue(self, g: Graph, v: int) -> list[Cue]:
        """Verbs that take an event as their object and say it did not or will not happen."""
        return [c for c in self._quote_cue(g, v) if c.label in ("negated", "unreal", "planned")]

    def _conditional_clause(self, g: Graph, c: int) -> bool:
        """…続けるなら, …踏み切れば, …した場合: a condition, whose subject is its own."""
        last, tail = g.tail(c)
        after = g.text[g.tokens[last].end :]
        return (
            bool(self.conditional.search(tail[-3:] + g.connector(c)[1]))
            or after.startswith(("場合", "限り"))
            or CONDITION_NOUN.match(after) is not None  # …ようなことがあれば
        )

    def _args_of(self, g: Graph, head: int, skip: set[int]) -> list[Argument]:
        """Case-marked arguments of a predicate: defined by the frame builder (frames.py),
        which derives from this class; the speaker is the subject among them."""
        raise NotImplementedError
