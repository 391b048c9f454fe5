"""Japanese: how certain a sentence is about an event, and who it says claims it.

Factuality cues are collected on the way up from the event's predicate
(data/factuality.tsv): its own auxiliaries first, then the nouns (可能性, 予定) and
quotative verbs (とみられる, と判断した) that govern it. The climb stops where the event
becomes presupposed: a relative clause on an ordinary noun, a のは/ことは subject, a causal
clause (ため, から), or a speech verb (data/speech_verbs.tsv), whose subject is the
claimant. Used by the frame builder (frames.py) as a base class.
"""

from __future__ import annotations

import re
from functools import lru_cache

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import Lexicon, pattern, said_content, words
from alliancewatch.lang.ja.saying import JapaneseSaying
from alliancewatch.types import Argument, Cue

QUOTATIVE = pattern("quotative")
CAUSAL = pattern("causal")
ACCORDING_TO = pattern("according_to")
REPORTED_AT = pattern("reported_at")
READING = pattern("reading")
DOCUMENT = pattern("speaking_document")
OWN_ASPECT = pattern("own_aspect")
AMONG = pattern("among_holders")
# 国情院は、…/ 革命防衛隊は23日、…と発表した: a topic set off by a comma, a time between
TOPIC_COMMA = pattern("reporter_topic")
CHAINED = pattern("continuative")
EXTENT = pattern("extent_limit")
PASSIVE = re.compile(r"^さ?(られ|れ)")
NOMINALISERS = {"の", "こと", "点", "ところ"}
# How an event reaches a verb that governs it as its object (供与を否定, 撤収するよう求めた).
OBJECT_LINKS = {"を", "も", "まで", "は", "が"}
CLAUSE_LINKS = {"よう", "ように", "ことを", "のを", "を", "ことも", "ことは"}
TRANSPARENT = {"もの", "よう"}  # 〜するものとみられる, 〜するよう求めた
QUOTE_OPEN, QUOTE_CLOSE = "「『", "」』"


# A transcript's speaker label before a turn that fills the line: 記者「…」, アナウンサー「…」
SPEAKER_LABEL = re.compile(r"^[^「」『』。、\s]{1,12}$")


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
        self.quote_cues = lexicon.cues_of("quote")
        # connectives that make the clause before them conditional (…場合, …といっても)
        links = sorted((c.word for c in lexicon.cues_of("link")), key=len, reverse=True)
        self.conditional = re.compile("|".join(map(re.escape, links)))
        self.after_cues = lexicon.cues_of("after")
        self.noun_cue_words = {c.word for c in self.noun_cues}
        self.planning = {c.word for c in self.noun_cues if c.label == "planned"}
        # nouns a relative clause never has as its doer: 〜する予定, 〜する旨 (内容節)
        self.content_nouns = content = set(words("content_nouns"))
        self.not_doers = self.noun_cue_words | content | NOMINALISERS | TRANSPARENT
        self.report_nouns = set(words("report_nouns"))
        self.said = said_content()

    def _noun_cue(self, g: Graph, n: int) -> Cue | None:
        word = g.tokens[n].lemma
        after = g.text[g.tokens[n].end :]
        for c in self.noun_cues:
            if c.word == word and c.pattern.search(after):
                m = re.match(r"[^、。]{0,12}", after)
                return Cue(c.label, word + (m.group(0) if m else ""), "noun")
        return None

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
            h = g.head(cur)
            if h is None:
                return cues, None, None, path
            chained = not cur_nominal and self._chained_to(g, cur, h)
            if chained and self._new_subject(g, cur, h, path):
                # 閉鎖を求めており、フランスは…縮小する見通しだ: a clause with a subject of
                # its own after it lends the chained clause neither its modality nor its speaker
                return cues, None, None, path
            if chained and (v := self._past_adnominal(g, cur, h)) is not None:
                h = v  # 両首脳は会談し、…強化していくことを確認した (see _past_adnominal)
            ht = g.tokens[h]
            _, conn = g.connector(cur) if not cur_nominal else (0, g.marker(cur))
            # (支援を打ち切るよう要求: the verb governing an event noun counts as the event's)
            if (cur == p or nominal and path == [p, cur]) and not cur_nominal and not conn:
                # 解放するよう要求した: the parser may take よう into the event verb's own
                # auxiliaries (only there: a verb above the event is not its content)
                conn = next((e for e in ("ように", "よう") if g.tail(cur)[1].endswith(e)), "")
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
                pass  # 協力体系の水準 -> 水準
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
            elif QUOTATIVE.match(conn) and ht.pos in ("VERB", "NOUN", "AUX", "ADJ"):
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
                and self._verb_cue(g, h)
                and (conn in OBJECT_LINKS if cur_nominal else conn.rstrip("、") in CLAUSE_LINKS)
            ):
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

    def _speaker(self, g: Graph, v: int) -> Argument | None:
        """The subject of speech verb v; else the subject of a 〜し、/〜して clause chained
        to it (Xは会議を開き、「…」と述べた), else the sentence topic before it outside
        any quote (Xは18日、…と明らかにした: the parser hangs Xは elsewhere)."""
        quotes = quote_spans(g.text)
        outside = not any(qs <= g.tokens[v].start < qe for qs, qe in quotes)
        cognition = self.lex.speech_verbs.get(g.tokens[v].lemma) == "cognition"
        # …とみられる, …と推定されている: a passive after the stem (み, 推定); 一部は…投入されたと
        # みられている: the subject of a passive judgement is what is judged
        passive = bool(PASSIVE.match(g.tail(v)[1][len(g.tokens[v].text) :]))
        assessed = cognition and passive
        for a in [] if assessed else self._args_of(g, v, set()):
            # 「韓国は…」と警告した: a subject inside the quote is the quote's, not the speaker
            if outside and any(qs < a.start < qe for qs, qe in quotes):
                continue
            if (
                a.role in ("agent", "topic")
                # …を受けることは、…と見ることができる: a clause (こと), no one
                and not (a.text in NOMINALISERS or a.text.startswith(("こと", "ところ")))
                and not self._said_event(a.text)
            ):
                return a
        if cognition and (
            passive or "こと" in g.tail(v)[1] + g.text[g.tokens[g.tail(v)[0]].end :][:4]
        ):
            return None  # …とみられる, …と見ることができる: the writer's own assessment
        for a in self._minutes_speaker(g, v):  # 岩屋大臣から、…旨述べました
            return a
        for c in g.children[v]:
            if c < v and g.tokens[c].dep in ("advcl", "conj") and g.tokens[c].pos == "VERB":
                if QUOTATIVE.match(g.connector(c)[1]) or self._conditional_clause(g, c):
                    continue  # the quoted clause itself, or a condition: not a chained one
                for a in self._args_of(g, c, set()):
                    if a.role in ("agent", "topic"):
                        return a
        for c in range(v):
            t = g.tokens[c]
            if (
                t.pos in NOMINAL
                and t.lemma not in NOMINALISERS  # …を受けることは、…と見る
                and g.marker(c) in ("は", "も")
                and not any(qs <= t.start < qe for qs, qe in quotes)
                and (v in g.ancestors(c) or g.head(c) in g.ancestors(v))
                and not self._inside_quote_clause(g, c, v)
            ):
                s, e = phrase_span(g, c)
                return Argument("topic", g.text[s:e], s, e, g.marker(c))
        if g.head(v) is None:  # the parse broke the sentence in two (two roots): the
            for c in range(v):  # first topic set off by a comma still reports its end
                t = g.tokens[c]
                if g.marker(c) not in ("は", "も") or t.pos not in NOMINAL:
                    continue
                if TOPIC_COMMA.match(g.text[t.end :]) and not any(
                    qs <= t.start < qe for qs, qe in quotes
                ):
                    s, e = phrase_span(g, c)
                    return Argument("topic", g.text[s:e], s, e, g.marker(c))
                break
        return None

    def _said_event(self, text: str) -> bool:
        """発射は…違反だと非難した: an event noun is what is talked about, never who talks
        (a document that speaks, 共同声明 or 首脳宣言, is no event here)."""
        trig = self.lex.find_trigger(READING.sub("", text))
        return trig is not None and trig.event != "NONE" and not DOCUMENT.search(text)

    def _conditional_clause(self, g: Graph, c: int) -> bool:
        """…続けるなら, …踏み切れば, …した場合: a condition, whose subject is its own."""
        _, tail = g.tail(c)
        return bool(self.conditional.search(tail[-3:] + g.connector(c)[1])) or g.text[
            g.tokens[g.tail(c)[0]].end :
        ].startswith(("場合", "限り"))

    def _inside_quote_clause(self, g: Graph, c: int, v: int) -> bool:
        """Token c belongs to the clause v reports (中国の行動は…と非難し), not to v. A topic
        set off by a comma or followed by the clause's own が-subject is the reporter's
        (国情院は18日、北朝鮮が…と発表した), wherever the parser hung it."""
        k = c
        while (h := g.head(k)) is not None and h != v:
            k = h
        if not (h == v and g.tokens[k].pos == "VERB" and QUOTATIVE.match(g.connector(k)[1])):
            return False
        after = g.text[g.tokens[c].end : g.tokens[v].start]
        own_subject = any(
            g.marker(j) == "が" and g.tokens[j].pos in NOMINAL for j in range(c + 1, v)
        )
        return not (own_subject or TOPIC_COMMA.match(after))

    def _quote_speaker(self, g: Graph, start: int) -> tuple[Argument | None, str | None]:
        """For a trigger inside 「…」: the subject of the speech verb after the quote."""
        for qs, qe in quote_spans(g.text):
            if not qs <= start < qe or not QUOTATIVE.match(g.text[qe:]):
                continue
            for t in g.tokens:
                if t.start >= qe and t.lemma in self.lex.speech_verbs:
                    _, tail = g.tail(t.i)
                    return self._speaker(g, t.i), "と" + tail
        return None, None

    def _according_to(self, g: Graph) -> tuple[Argument | None, str | None]:
        """The sentence's source (Xによると) and its cue; the same for each of its frames,
        so found once."""
        if "according_to" not in g.memo:
            g.memo["according_to"] = self._find_according_to(g)
        return g.memo["according_to"]

    def _find_according_to(self, g: Graph) -> tuple[Argument | None, str | None]:
        for t in g.tokens:
            m = g.marker(t.i)
            polite = ACCORDING_TO.match(g.text[t.end :])  # によりますと: より parsed as a verb
            if t.pos in NOMINAL and (ACCORDING_TO.match(m) or polite):
                s, e = phrase_span(g, t.i)
                cue = polite.group(0) if polite else m
                if REPORTED_AT.match(t.text):
                    # 米紙が報じたところによると: the source is the subject of the verb
                    # that the nominaliser heads, not the nominaliser
                    who = [
                        a
                        for v in g.children[t.i]
                        if v < t.i and g.tokens[v].pos == "VERB"
                        for a in self._args_of(g, v, set())
                        if a.role in ("agent", "topic")
                    ]
                    if not who:
                        continue
                    s, e = who[0].start, who[0].end
                    cue = g.text[e : t.end] + cue
                return Argument("speaker", g.text[s:e], s, e, cue), cue
        among = AMONG.search(g.text)  # 専門家の間では、…可能性もささやかれている
        if among is not None and not any(
            qs <= among.start() < qe for qs, qe in quote_spans(g.text)
        ):
            s, e = among.span("who")
            cue = g.text[e : among.end()].rstrip("、")
            return Argument("speaker", g.text[s:e], s, e, cue), cue
        return None, None

    def _args_of(self, g: Graph, head: int, skip: set[int]) -> list[Argument]:
        """Case-marked arguments of a predicate: defined by the frame builder (frames.py),
        which derives from this class; the speaker is the subject among them."""
        raise NotImplementedError
