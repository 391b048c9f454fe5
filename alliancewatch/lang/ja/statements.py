"""Japanese: who claims a statement act (spec §6 as the adjudicated blind sets read it).

A statement act (非難, 要求, 拒否, 警告, 支持 said) is claimed by the subject of its verb
when the sentence reports the words it was made in: a quote or a と/として-complement of
its own or of a statement of the same subject chained before it, or a document that
speaks (共同声明は…, 談話を発表し、…). That subject is then its actor too. A bare act (大使を
呼んで抗議した) reports no words and claims nothing. The frame builder (frames.py) derives
from this class. What a statement chained after a quote is about (said_about) is here too.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.clauses import (
    CONTINUATIVE,
    QUOTED_BEFORE,
    STATEMENT_TYPES,
    JapaneseClauses,
)
from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.modality import DOCUMENT, QUOTATIVE, quote_spans
from alliancewatch.lang.ja.saying import opened_by, speaker_of, turn_before
from alliancewatch.types import Argument, Cue, Frame, Sentence

TOPIC_BREAK = pattern("topic_break")
NOT_QUOTATIVE = pattern("not_quotative")
# subjects inferred, not written for the predicate: no speaker of it
GUESSED = frozenset({"shared", "relative", "crossing", "reported"})


class JapaneseStatements(JapaneseClauses):
    def _statement_speaker(
        self, g: Graph, p: int, i: int, first: int, args: list[Argument]
    ) -> tuple[Argument | None, str | None]:
        """岩屋外相は…を「…」と非難した, 報道官は「…」と述べ、…よう求めた, 国務省は「懸念」
        を表明した: a statement act that reports words (a quote or a と-complement of its
        own or of a statement chained before it), or that a document makes (共同声明は…
        非難した, 談話を発表し、…糾弾した), is claimed by its subject, also when that
        subject is its actor, a state or a joint statement (spec §6 as the blind sets read
        it); a bare act (外務省は大使を呼んで抗議した) reports no words and claims nothing."""
        chain = [
            c
            for c in range(p - 1, -1, -1)
            if g.tokens[c].pos == "VERB"
            and g.tokens[c].dep in ("advcl", "conj", "acl")  # acl: 述べ、 misparsed
            and p in g.ancestors(c)
            and CONTINUATIVE.search("".join(g.connector(c)[1:]) or g.tail(c)[1])
            and not any(  # 中国は…と発表しており、フィリピンは…求めている: a new subject
                g.marker(k) in ("は", "が") and g.head(k) == p for k in range(c + 1, p)
            )
        ]
        content = self._words_of(g, p, i, first)
        said = next(
            (c for c in chain if not content and self._states(g, c) and self._words_of(g, c, c, c)),
            None,
        )
        if said is not None:
            content = self._words_of(g, said, said, said)
        inside = [*quote_spans(g.text), *content]
        found = [
            a
            for a in args
            if a.role in ("agent", "topic")
            and a.marker not in GUESSED
            and not self._said_event(a.text)
            and not any(s <= a.start < e for s, e in inside)
        ]
        speaker = min(found, key=lambda a: a.start) if found else self._speaker(g, p)
        for c in chain if speaker is None else ():  # Xは「…」と反発し、「…」と警告した
            speaker = next(
                (
                    a
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic") and a.marker not in GUESSED
                ),
                None,
            )
            if speaker is not None:
                break
        if speaker is not None and any(s <= speaker.start < e for s, e in quote_spans(g.text)):
            return None, None  # 「…中国側は断固として対応し…」と警告した: no speaker written
        written = speaker is not None and DOCUMENT.search(speaker.text)
        issued = any(self._issues_document(g, c) for c in chain) or self._in_document(g, p)
        if speaker is None or not (content or written or issued):
            return None, None
        for k in range(len(g.tokens)):  # 外務省は声明で、中国の行動は…と非難した: the
            t = g.tokens[k]  # first topic, outside what is said, speaks
            if t.start >= speaker.start:
                break
            if (
                g.marker(k) == "は"
                and t.pos in NOMINAL
                and not any(s <= t.start < e for s, e in inside)
                and not TOPIC_BREAK.search(g.text[t.end : g.tokens[p].start])
                and not clause_ends(g, t.end, speaker.start, speaker.end)  # Xは…行い、Yは「…」
            ):
                s, e = phrase_span(g, k)
                if not self._said_event(g.text[s:e]):
                    speaker = Argument("topic", g.text[s:e], s, e, "は")
                break
        return speaker, ("と" + g.tail(said)[1]) if said is not None else g.tail(p)[1]

    def _reported_clause(self, g: Graph, q: int) -> bool:
        """q heads a clause of reported words: …したと, …違反だと, 「寄生虫」と, not …と
        ともに (along with) nor a bare noun with として (見返りとして: "as")."""
        last, conn = g.connector(q)
        t = g.tokens[q]
        if not conn and g.tail(q)[1].endswith("と") and t.pos == "VERB":
            conn = "と"  # 接収すると警告: the parser takes と into the verb's tail
        if not QUOTATIVE.match(conn) or NOT_QUOTATIVE.match(conn):
            # …だとして非難した: the と hangs on して, which hangs on the verb
            return (
                t.lemma == "する"
                and t.pos == "VERB"
                and (conn or g.tail(q)[1]).endswith(("て", "て、", "し", "し、"))
                and any(self._reported_clause(g, r) for r in g.children[q] if r < q)
            )
        if t.pos in ("VERB", "ADJ", "AUX"):
            return True
        end = g.tokens[last].end
        return t.pos in NOMINAL and (last > q or g.text[end : end + 1] in "」』")

    @staticmethod
    def _after_verb(g: Graph, at: int) -> bool:
        """The word right before character `at` is a verb (対する, 示した), not a class noun."""
        k = g.ending_at(at)
        return k is not None and g.tokens[k].pos in ("VERB", "AUX")

    def _issues_document(self, g: Graph, v: int) -> bool:
        """声明を出し、談話を発表し、: v issues a statement, and the act chained after it is
        made in that statement's words."""
        return any(
            g.tokens[c].dep == "obj" and DOCUMENT.search(g.text[slice(*phrase_span(g, c))])
            for c in g.children[v]
            if c < v
        )

    def _in_document(self, g: Graph, p: int) -> bool:
        """非難する声明を出した, 「反対する」とする声明, 「強く非難する」とのコメント: the act
        is told as what a document says, so it reports words (its issuer claims it)."""
        cur = p
        for _ in range(4):
            h = g.head(cur)
            if h is None or h < cur:
                return False
            t = g.tokens[h]
            if t.pos in NOMINAL:
                return bool(DOCUMENT.search(t.text))
            chained = (  # 「称賛し、歓迎する」とする談話: the first act chained to the next
                g.tokens[cur].dep in ("advcl", "conj")
                and CONTINUATIVE.search(g.tail(cur)[1] + g.connector(cur)[1])
                and self._states(g, h)
            )
            if not chained and (t.lemma != "する" or not QUOTATIVE.match(g.connector(cur)[1])):
                return False
            cur = h  # 「…」とする声明
        return False

    def _states(self, g: Graph, v: int) -> bool:
        """v is a verb of saying or a statement act (抗議し, 求め, 非難し)."""
        if self._is_speech(g, v):
            return True
        trig = self.lex.triggers.get(g.tokens[v].lemma)
        return trig is not None and trig.event in STATEMENT_TYPES

    def _words_of(self, g: Graph, p: int, i: int, first: int) -> list[tuple[int, int]]:
        """The words a statement verb p (trigger i) reports, as character spans: the clause
        linked to it by と/として/との, a quote among its own dependents (中国に「最大限の
        自制」を求めた, 「懸念」を表明した), or the text right before it (「…」と強く非難した)."""
        spans = []
        for h in dict.fromkeys((p, i)):
            for q in g.children[h]:
                if q >= h or g.tokens[q].dep in ("nsubj", "punct"):
                    continue
                toks = g.descendants(q)
                s, e = g.tokens[toks[0]].start, g.tokens[toks[-1]].end
                said = self._reported_clause(g, q)
                # 「…」を求めた: a quote that opens its phrase (or follows の or a verb: …に
                # 対する「揺るぎない関与」); a name in quotes after its class noun (演習「…」)
                # is no words said
                quoted = g.tokens[q].dep not in ("advcl", "conj", "acl") and any(
                    s <= qs
                    and qe <= e + 1
                    and (qs == s or g.text[qs - 1] in "の、 " or self._after_verb(g, qs))
                    for qs, qe in quote_spans(g.text)
                )
                # 数を「同等にする」よう要求した: a quote inside a demand's よう-clause is the
                # demander's words too
                asked = (g.tail(q)[1] + g.connector(q)[1]).endswith(("よう", "ように"))
                quoted = quoted or (
                    asked and any(s <= qs and qe <= e + 1 for qs, qe in quote_spans(g.text))
                )
                for qs, qe in quote_spans(g.text) if said else ():
                    if s < qs and abs(qe - e) <= 1:  # Xは…を「…」と非難し: the parser may
                        s = qs  # hang the speaker inside the clause; the words are the quote's
                if said or quoted:
                    spans.append((s, e))
        before = g.text[: g.tokens[first].start]
        if not spans and QUOTED_BEFORE.search(before.rstrip("、 ")):
            spans.append((before.rstrip("、 ").rfind("、") + 1, len(before)))
        return spans

    def _closing_speaker(self, g: Graph, v: int) -> Argument | None:
        """Who says a quote closed by verb v: the parser may hang the speaker on a verb
        above (「…べきだ」と述べ、…を示した) or on a time word (Xは18日、「…」と: Xは on 日);
        a minutes' turn opened after it (両首脳は…を行い、X大臣から、…旨述べました) is X's."""
        found = next(
            (a for h in [v, *g.ancestors(v)] if (a := self._speaker(g, h)) is not None), None
        ) or next(iter(self._topic_before(g, v)), None)
        turn = turn_before(g, g.tokens[v].start)
        if (
            turn is not None
            and opened_by(g, turn, g.tokens[v].start)
            # (X大臣から、インドは…パートナーである旨述べました: a は-phrase in the turn's
            # words, which the parser hung on the speech verb, is what is said, not who says)
            and (found is None or found.end <= turn.start or turn.opens <= found.start)
        ):
            return speaker_of(g, turn) or found
        return found

    def _quoted_frame(
        self,
        g: Graph,
        sentence: Sentence,
        key: tuple[int, int],
        event: str,
        args: list[Argument],
        said: tuple[Argument, int, list[int], list[Cue]],
    ) -> Frame:
        """A frame a quote tells through its speaker (a demand, a blame), from the quote's
        closing verb v, the path climbed to it and the cues met on the way; a quote's own
        words are never a plan of the speaker's."""
        (start, end), (speaker, v, path, cues) = key, said
        frame = Frame(
            sentence=sentence.index,
            key=g.text[start:end],
            trigger=g.text[start:end],
            start=start,
            end=end,
            arguments=tuple(args),
            cues=tuple(c for c in cues if c.label != "planned"),
            speaker=speaker,
            speaker_cue="と" + g.tail(v)[1],
            in_quote=True,
            date_spans=self._date_spans(g, [v, *path, *g.ancestors(v)]),
        )
        return self._finish(g, frame, Trigger(g.text[start:end], event, (), ()))

    def _finish(self, g: Graph, f: Frame, trig: Trigger) -> Frame:
        """Defined by the frame finisher (finish.py), which the frame builder derives from."""
        raise NotImplementedError


# What a statement chained after a quote is about: in 「アメリカの決定について「…」と述べ、
# 歓迎した」 the について-phrase names what both verbs are about, but the parser hangs it
# inside the quoted clause, so the statement verb would get no object and, for a two-sided
# type (SUPPORT), no other side.
ABOUT = pattern("about")


def said_about(g: Graph, v: int, speech: set[str] | dict[str, object]) -> list[Argument]:
    """The について-phrase right before the quote of a speech verb chained to statement
    verb v (Xについて「…」と述べ、V): the object of V as well."""
    out = []
    for c in g.children[v]:
        t = g.tokens[c]
        if c > v or t.pos != "VERB" or t.dep not in ("advcl", "conj") or t.lemma not in speech:
            continue
        quotes = [qs for qs, qe in quote_spans(g.text) if qe <= t.start]
        if not quotes:
            continue
        qs = quotes[-1]
        k = next((u.i for u in reversed(g.tokens) if u.end <= qs and u.pos in NOMINAL), None)
        m = ABOUT.match(g.text[g.tokens[k].end : qs]) if k is not None else None
        if m:
            s, e = phrase_span(g, k)
            out.append(Argument("patient", g.text[s:e], s, e, m.group(0)))
    return out


def fronted_about(g: Graph, before: int) -> list[Argument]:
    """Xの条約調印について、河野外務大臣は…談話を出し、「…」として歓迎した: a について-phrase
    that opens the sentence, set off by a comma, is what the statements after it are about,
    whichever verb the parser hung it on (a statement with no object of its own takes it)."""
    for t in g.tokens:
        if t.start >= before:
            break
        m = ABOUT.match(g.text[t.end :]) if t.pos in NOMINAL else None
        if m is None or not g.text[t.end + m.end() :].startswith("、"):
            continue
        s, e = phrase_span(g, t.i)
        if g.text[:s].strip(" \u3000") or e != t.end:
            return []  # 一方、…について: not the sentence's opening phrase
        return [Argument("patient", g.text[s:e], s, e, m.group(0))]
    return []


def clause_ends(g: Graph, start: int, s: int, e: int) -> list[int]:
    """Xは…演習を行い、Yは「…」と批判した: the verbs or adjectives between character start and
    the topic Y at s:e that end a clause chained by its 連用形 or て (行い、, 発表して、), so
    that Y opens a clause of its own. Only a Y headed by a name (中国外務省, 豪州側) speaks
    for itself (…演説し、関与政策は失敗したと断じた: the policy is what is judged); a clause
    of a relative (…受け入れたポーランドは), of a quote, or one that reports words itself
    (「…」と強調し、Yが…: the same speaker goes on) ends no speaker's turn."""
    k = g.ending_at(e)
    if k is None or not any(
        g.tokens[j].pos == "PROPN" or "固有名詞" in g.tokens[j].tag or g.tokens[j].text == "側"
        for j in range(g.chain(k)[0], k + 1)
    ):
        return []
    quoted = quote_spans(g.text)
    return [
        t.i
        for t in g.tokens
        if t.pos in ("VERB", "ADJ")
        and t.dep in ("advcl", "conj")
        and start <= t.start < s
        and re.match(r"[てで]?、", g.text[g.tokens[g.tail(t.i)[0]].end :]) is not None
        and not any(c < t.i and QUOTATIVE.match(g.connector(c)[1]) for c in g.children[t.i])
        and not any(qs < t.start < qe for qs, qe in quoted)
    ]
