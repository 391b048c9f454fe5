"""Japanese: the subjects Japanese leaves unsaid, looked for where the grammar puts them.

A 〜して/〜し、 chain shares its subject, the sentence topic (Xは) covers later predicates,
a が-phrase the parser hung on a later verb or inside a passive relative clause is still
this predicate's, and a reported clause keeps its own が-subject apart from its reporter.
Kept apart from the written arguments (args.py, the class this one derives from).
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja.args import PASSIVE_AUX, JapaneseArguments
from alliancewatch.lang.ja.graph import NOMINAL, ORDERED, Graph, noun_phrase_start, phrase_span
from alliancewatch.lang.ja.lexicon import pattern, readings
from alliancewatch.lang.ja.modality import NOMINALISERS, QUOTATIVE, quote_spans
from alliancewatch.lang.ja.voice import passive
from alliancewatch.types import Argument

CONTRAST = pattern("contrast")  # clause links that change the subject
TOPIC_BREAK = pattern("topic_break")
CLAUSE_NOUN = pattern("clause_noun")
INCIDENT = pattern("incident_noun")
BOUND_CLAUSE = pattern("bound_clause")
CONTRAST_BREAK = pattern("contrast_break")  # …呼びかけたが、: the end of a contrasted clause


class JapaneseSubjects(JapaneseArguments):
    def _topic_before(self, g: Graph, p: int) -> list[Argument]:
        """The sentence topic (Xは…、…した) outside any quote covers later predicates; the
        words a minutes' turn reports (X大統領から、日本は…である旨述べ、…謝意を表明しました)
        are a quote to the predicates after them, which are the speaker's. A topic of the
        clause p is in (戦闘は続いていて、ソ連は…供与を続ける方針だ: ソ連, whose predicate 方針だ
        holds 供与) outranks one of a clause before it."""
        quotes = quote_spans(g.text)
        words = self._minutes_words(g)
        if words is not None and not words[0] <= g.tokens[p].start < words[1]:
            quotes = [*quotes, words]
        above = set(g.ancestors(p))
        order = list(range(p))
        ruling = [c for c in order if g.head(c) in above and g.marker(c) == "は"]
        if ruling:  # the first topic of p's own clause first (日本政府は、…支援は続ける方針
            # だ: the contrasted object after it is no topic), then the rest as before
            order = [ruling[0], *(c for c in order if c != ruling[0])]
        for c in order:
            t = g.tokens[c]
            h = g.head(c)
            if (
                h is None
                or (t.pos not in NOMINAL and t.dep != "nsubj")  # 内閣総理大臣 read as ADJ
                or g.marker(c) not in ("は", "も")
                or any(qs <= t.start < qe for qs, qe in quotes)
            ):
                continue
            # no contrast between the topic and p (…と判断していたが、…受けて: the topic
            # stays behind in the first clause)
            between = g.text[t.end : g.tokens[p].start]
            if not TOPIC_BREAK.search(between):
                s, e = phrase_span(g, c)
                return [Argument("topic", g.text[s:e], s, e, "topic")]
        return []

    def _also_object(self, g: Graph, p: int, requires: str, args: list[Argument]) -> list[Argument]:
        """北朝鮮は、南北を結ぶ軍の通信線も遮断すると明らかにした: after a は-topic, a
        も-phrase on p that meets the object its trigger's reading asks for (triggers.tsv
        `object:`, here 通信線) is what p acts on as well, not its subject; the subject is
        then the topic's, looked for as for any unsaid subject."""
        objects = [r.pattern for alt in readings(requires) for r in alt if r.kind == "object"]
        if not objects or any(a.role == "agent" for a in args):
            return args
        also = [
            a
            for a in args
            if a.role == "topic"
            and a.marker == "も"
            and any(re.search(o, a.text) for o in objects)
            and any(t.start < a.start for t in (*self._topic_before(g, p),))
        ]
        if len(also) != 1 or any(a.role == "topic" and a not in also for a in args):
            return args
        return [replace(a, role="patient") if a in also else a for a in args]

    def _after_contrast(self, g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """Xは…を呼びかけたが、Yは…と一蹴した: a new は-phrase opening the clause after a
        contrastive link (data pattern `contrast_break`) is the subject of p there; a subject
        written before the link stays in the contrasted clause, however the parser hung it."""
        here = g.tokens[p].start
        quotes = quote_spans(g.text)
        breaks = [
            m.end()
            for m in CONTRAST_BREAK.finditer(g.text, 0, here)
            if not any(qs <= m.start() < qe for qs, qe in quotes)
        ]
        old = [a for a in args if a.role in ("agent", "topic") and breaks and a.end <= breaks[-1]]
        if not old:
            return args
        b = breaks[-1]
        for k, t in enumerate(g.tokens):
            if t.start < b or t.end > here:
                continue
            if t.pos in NOMINAL and g.marker(k) == "は":
                s = g.tokens[noun_phrase_start(g, k)].start
                _, e = phrase_span(g, k)
                if s != b or "、" in g.text[s:e]:
                    return args  # not the phrase opening the clause
                new = Argument("topic", g.text[s:e], s, e, "は")
                return [a for a in args if a not in old] + [new]
            if t.pos == "VERB" or t.text in ("、", "「"):
                return args  # the clause opens with no subject of its own
        return args

    def _crossing_subject(self, g: Graph, p: int) -> list[Argument]:
        """A が/は-phrase before p that the parser hung on a later verb (両国が…を結んだ後…)."""
        for c in range(p - 1, -1, -1):
            t = g.tokens[c]
            if t.pos == "VERB" and c != p and g.tokens[c].dep != "compound":
                return []  # another predicate in between claims it
            if t.pos in NOMINAL and t.head > p and g.marker(c) == "が":
                s, e = phrase_span(g, c)
                return [Argument("agent", g.text[s:e], s, e, "crossing")]
        return []

    def _passive_relative_subject(self, g: Graph, p: int) -> list[Argument]:
        """Xが[Yから提供された]ミサイルを使って攻撃した: a passive relative clause has its
        head noun for subject, so a が-phrase the parser put inside it is p's subject."""
        below = set(g.descendants(p))
        for c in range(p):
            t = g.tokens[c]
            h = g.head(c)
            if t.pos not in NOMINAL or g.marker(c) != "が" or h is None:
                continue
            ht = g.tokens[h]
            if (
                ht.dep == "acl"
                and h in below
                and any(g.tokens[k].lemma in PASSIVE_AUX for k in g.children[h])
                # the passive's own phrase between them (Yから): the が-phrase is outside it;
                # right before the verb it is the passive's own subject (会議が開かれている都市)
                and any(c < k < h and g.marker(k) not in ("", "の") for k in g.children[h])
                # …氏が神経剤で襲われた事件をめぐり: a clause on an incident noun has no gap;
                # its が-phrase is its own subject
                and not INCIDENT.match(g.tokens[ht.head].text)
                # TICADが…開催されることを歓迎し: a complement clause (こと, の) has no gap
                and g.tokens[ht.head].lemma not in NOMINALISERS
            ):
                s, e = phrase_span(g, c)
                return [Argument("agent", g.text[s:e], s, e, "crossing")]
        return []

    def _reported_subject(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """The first が-phrase before p outside quotes and outside the noun phrases of p's
        own arguments: the subject of a reported clause, not its reporter (Xは).
        """
        quotes = quote_spans(g.text)
        inside = [(a.start, a.end) for a in have]
        above = set(g.ancestors(p))
        for c in range(p):
            t = g.tokens[c]
            h = g.head(c)
            if (
                t.pos not in NOMINAL
                or g.marker(c) != "が"
                or h is None
                or any(qs <= t.start < qe for qs, qe in quotes)
                or any(s <= t.start < e for s, e in inside)
            ):
                continue
            if h != p and g.tokens[h].pos == "VERB" and self._conditional_clause(g, h):
                continue  # 米国が…売却することになれば、…取ると表明: the condition's own
            noun = g.tokens[h].head
            # 両国の首脳が…時代を開くことで一致したと伝えた: the subject of what is agreed on
            # (…ことで, on p itself) is who agrees (r18ref, blind17 027)
            agreed_on = (
                g.tokens[h].dep == "acl"
                and g.tokens[noun].lemma in NOMINALISERS
                and g.marker(noun) == "で"
                and g.head(noun) == p
            )
            if agreed_on:
                s, e = phrase_span(g, c)
                return [Argument("agent", g.text[s:e], s, e, "reported")]
            if (
                g.tokens[h].dep == "acl"
                and g.tokens[noun].lemma in NOMINALISERS
                and p not in g.descendants(h)
            ):
                continue  # 米国が…売却していることを批判し: a complement clause's subject is
                # its own, never the subject of the verb that takes the clause
            if (
                g.tokens[h].dep == "acl"
                and not CLAUSE_NOUN.match(g.tokens[noun].text)
                and not (g.tokens[noun].dep == "obj" and g.head(noun) == p)
            ):
                continue  # ロシア軍の包囲が迫る要衝: inside a relative clause on a noun (not
                # p's own object, on which the parser hangs p's subject: 北朝鮮が…積んだ
                # コンテナを送った)
            if h != p and self._modifies_noun(g, h, p):
                continue  # ブラジルが議長国を務めるCOP30の成功に向け、…協力していく旨: a
                # relative clause by its form (a verb right before a noun), however parsed
            if any(
                g.tokens[k].pos == "VERB" and k not in above and QUOTATIVE.match(g.connector(k)[1])
                for k in range(c + 1, p)
            ):
                continue  # …が受け取ったと述べ、…科すと表明した: another reported clause
            s, e = phrase_span(g, c)
            return [Argument("agent", g.text[s:e], s, e, "reported")]
        return []

    @staticmethod
    def _modifies_noun(g: Graph, h: int, p: int) -> bool:
        """Verb h is written right before a noun, so it ends a relative clause on that noun:
        a noun that is not a clause noun (後, ため) or a nominaliser (こと), nor p's own
        object (北朝鮮が…積んだコンテナを送った: the parser hangs p's subject there)."""
        n = h + 1
        if (
            g.tokens[h].pos != "VERB"
            or n >= len(g.tokens)
            or g.tokens[n].pos not in NOMINAL
            or g.tokens[n].start != g.tokens[h].end
            or CLAUSE_NOUN.match(g.tokens[n].text)
            or g.tokens[n].lemma in NOMINALISERS
        ):
            return False
        while (
            g.tokens[n].dep in ("compound", "nmod", "nummod")
            and (up := g.head(n)) is not None
            and up > n
            and g.tokens[up].pos in NOMINAL
        ):
            n = up  # ジブチに続く2番目の海外基地を確保: the whole noun phrase
        return not (g.head(n) == p and g.marker(n) in ("を", "に"))

    def _shared_agent(self, g: Graph, p: int) -> list[Argument]:
        """Subjects shared along 〜して/〜し、 chains, and the topic of the clause above."""
        chain = [
            c
            for c in g.children[p]
            if g.tokens[c].dep in ("advcl", "conj")
            and c < p
            and not self._contrast(g, c)
            and not self._conditional_clause(g, c)
            and not BOUND_CLAUSE.match(g.text[g.tokens[c].end :])
        ]  # …応じなかったが、, …続けるなら, …改めるまで: a new subject
        h = g.head(p)
        while h is not None and g.tokens[p].dep == "advcl" and self._own_later(g, h, p):
            # 大使を呼び出し、[日本側が拘束している]問題について…求めた: a 〜し clause hung
            # on a relative clause's verb whose own subject comes after it shares the
            # subject of the verb above that clause (連携して対応する方針: its own), when
            # the parser gave that verb one
            up = [a for a in g.ancestors(h) if g.tokens[a].pos == "VERB" and self._subjects(g, a)]
            if not up:
                break
            h = up[0]
        if (
            h is not None
            and g.tokens[p].dep in ("advcl", "conj")
            and not self._quoted(g, p)
            and not self._contrast(g, p)
            and not self._conditional_clause(g, p)
        ):
            chain.append(h)
        here = g.tokens[p].start
        quotes = [(qs, qe) for qs, qe in quote_spans(g.text) if not qs < here < qe]
        # (X大統領から、日本は…である旨述べ、…謝意を表明しました: the turn's words as a quote)
        words = self._minutes_words(g)
        if words is not None and not words[0] < here < words[1]:
            quotes.append(words)
        for other in chain:
            found = [
                a
                for a in self._args_of(g, other, set())
                if a.role in ("agent", "topic")
                # 「…」と非難した: a quoted clause's own subject is not the speaker's
                and not any(qs < a.start < qe for qs, qe in quotes)
                # …攻撃は「対象外」とするようロシア側に求めた: a topic inside what is asked
                # (a よう-clause) is the request's content, not the one asking
                and not (other < p and a.marker == "は" and ORDERED.search(g.tail(other)[1]))
            ]
            if passive(g, other) and (own := self._minutes_agent(g, p)):
                # X首相からは、…謝意が示され、…評価する旨の発言がありました: a passive clause
                # of a minutes' turn has what is said as its subject; the turn's speaker, its
                # doer, is the subject of the clauses after it
                return own
            before = [a for a in found if a.end <= here]
            if found and not before and other == h and (own := self._minutes_agent(g, p)):
                # 安倍総理より、事務総長の訪日を招請し、事務総長はこれを受け入れた: a clause
                # of a minutes' turn is its speaker's; a topic after it opens the next clause
                return own
            if before and other == h:
                # イランは…攻撃を受け、22日には米軍が…空爆した: the later clause's own subject,
                # written after p, is not p's; the topic before both clauses is
                found = before
            elif other == h and self._left_open(g, p) and self._topic_before(g, p):
                # 両国は…戦い、約8万人が死亡した: after a clause suspended with a comma, a
                # が-subject is the next clause's own; p's is the topic before both (r18ref,
                # blind17 027). Not after 〜て, which shares the next clause's subject (…を
                # 受けて北朝鮮が), nor with no topic before (…撃墜され、…パイロットが)
                found = [a for a in found if a.marker != "が"]
            if (
                found
                and other < p
                and self._quoted(g, other)
                and self._subject_before(g, found[0].start)
            ):
                continue  # Xが…を訪れ、デンマークが…「担っていない」と批判: X speaks
            # 軍事政権は…フランスの部隊も撤退させ、…を強めている: after the clause's は-topic,
            # a も-phrase is what it acts on as well, not a second subject to share
            found = [
                a
                for a in found
                if a.marker != "も" or not any(b.marker == "は" and b.end <= a.start for b in found)
            ]
            if found:
                return [Argument("agent", a.text, a.start, a.end, "shared") for a in found]
        return self._chain_over(g, p, quotes)

    @staticmethod
    def _left_open(g: Graph, p: int) -> bool:
        """Whether p's clause ends in the bare continuative and a comma (戦い、, 発射し、),
        not in 〜て (受けて): a new subject may follow it."""
        last, tail = g.tail(p)
        return not tail.endswith(("て", "で")) and g.text[g.tokens[last].end :].startswith("、")

    def _issuer(self, g: Graph, v: int) -> list[Argument]:
        """安保理が発射を非難する議長声明を採択した: an accusing relative clause on a document
        has for subject its issuer, the subject of the verb above it (r18fp)."""
        h = g.head(v)
        if h is None or h <= v or g.tokens[v].dep != "acl" or g.tokens[h].pos not in NOMINAL:
            return []
        u = next((u for u in g.ancestors(h) if g.tokens[u].pos == "VERB"), None)
        return [] if u is None else [a for a in self._args_of(g, u, {v}) if a.role == "agent"]

    @staticmethod
    def _held_by(g: Graph, v: int) -> list[Argument]:
        """米英の攻撃に反対してきたフランスのシラク大統領: a stance told in a relative clause
        is held by the noun the clause describes (r19quo)."""
        h = g.head(v)
        if h is None or h <= v or g.tokens[v].dep != "acl" or g.tokens[h].pos not in NOMINAL:
            return []
        _, e = phrase_span(g, h)
        start = g.tokens[g.tail(v)[0]].end
        return [Argument("agent", g.text[start:e], start, e, "relative")] if start < e else []

    def _own_later(self, g: Graph, h: int, p: int) -> bool:
        """Whether h is a relative clause's verb whose subjects are all written after p."""
        if g.tokens[h].dep != "acl":
            return False
        own = self._subjects(g, h)
        return bool(own) and all(a.start >= g.tokens[p].end for a in own)

    def _subjects(self, g: Graph, h: int) -> list[Argument]:
        return [a for a in self._args_of(g, h, set()) if a.role in ("agent", "topic")]

    @staticmethod
    def _subject_before(g: Graph, start: int) -> bool:
        """Whether a が/は-phrase comes before `start`: then the subject of a quoted
        complement (…と批判した) is what is said, and the speaker is that earlier one."""
        return any(
            t.end <= start and t.pos in NOMINAL and g.marker(k) in ("が", "は")
            for k, t in enumerate(g.tokens)
        )

    def _chain_over(self, g: Graph, p: int, quotes: list[tuple[int, int]]) -> list[Argument]:
        """北朝鮮がロシアに砲弾を供与し、見返りに技術を得ることを警戒: a 〜し、clause before p
        that the parser hung on a verb above p is p's coordinate, and its が-subject is p's
        (not the topic of the verb above)."""
        above = set(g.ancestors(p))
        for c in range(p - 1, -1, -1):
            h = g.head(c)
            if (
                g.tokens[c].pos != "VERB"
                or g.tokens[c].dep not in ("advcl", "conj")
                or h is None
                or h not in above
                or not g.text[g.tokens[g.tail(c)[0]].end :].startswith("、")
                or self._contrast(g, c)
                or self._conditional_clause(g, c)
            ):
                continue
            if passive(g, c) and (own := self._minutes_agent(g, p)):
                return own  # X首相からは、…謝意が示され、…評価する旨の発言: the speaker's
            found = [
                a
                for a in self._args_of(g, c, set())
                if a.role == "agent"
                and a.marker == "が"
                and not any(qs < a.start < qe for qs, qe in quotes)
            ]
            return [Argument("agent", a.text, a.start, a.end, "shared") for a in found]
        return []

    def _contrast(self, g: Graph, p: int) -> bool:
        """…応じなかったが、: a contrastive link, after which a new subject is expected."""
        _, tail = g.tail(p)
        return bool(CONTRAST.search(tail + g.connector(p)[1]))

    def _quoted(self, g: Graph, p: int) -> bool:
        last, _ = g.tail(p)
        after = g.text[g.tokens[last].end :].lstrip("」』")  # 「…受ける」と反発し
        return bool(QUOTATIVE.match(after))
