"""Japanese: the arguments of a predicate or an event noun, from the dependency parse.

Roles come from case particles (data/case_roles.tsv). Subjects Japanese leaves unsaid are
looked for where the grammar puts them: the noun a relative clause modifies, the subject of a
relative clause that carries an event noun out; the rest (a 〜して chain, the sentence topic, a
reported clause's subject) in subjects.py, which derives from this class (used by frames.py)."""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang import ALLY
from alliancewatch.lang.ja.graph import (
    NOMINAL,
    Graph,
    aimed_at,
    extend_left,
    parties_listed,
    phrase_span,
    verbal,
)
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.lists import (
    conjunct,
    formed_by,
    listed_acts,
    listed_doers,
    listed_members,
    phrase_start,
)
from alliancewatch.lang.ja.modality import ACCORDING_TO, NOMINALISERS, quote_spans
from alliancewatch.lang.ja.speakers import JapaneseSpeakers
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument

ABBREVIATION = pattern("abbreviation")
CLAUSE_NOUN = pattern("clause_noun")  # 会談した後、: an adverbial clause's noun, no doer
PASSIVE_AUX = {"れる", "られる"}
NOT_PARTNER = pattern("not_partner")
TITLED = pattern("speaker_title")  # トランプ大統領 tagged ADV by the parser: still a name
INCLUDING = pattern("including")
COUNTED = pattern("launch_count")  # ミサイル2発: a count of things fired
TOPIC_LINK = pattern("topic_link")
TIME_HUNG = pattern("time_hung")
ABOUT_NOUN = pattern("about_noun")
TWO_DOERS = SYMMETRIC  # a joint act: each party listed before it does it (AとBの会談)
COUNTED_APPOSITION = pattern("counted_apposition")
# the nouns of "together with" (Xとともに, Xと共に, Xと一緒に, Xの一員として) and the marker
# of the ally phrase they give: a co-actor, never the other side of a directed act
ALLY_NOUNS = frozenset({"とも", "共", "一緒", "一員"})
# the nouns of "jointly with" (Xと合同で, Xと合同の, Xと共同で): the parser hangs the partner
# on the noun, not on the act, which then lost it (round 17, blind16 027 同国空軍と合同の哨戒飛行)
JOINT_NOUNS = frozenset({"合同", "共同"})


def _owners_joined(g: Graph, args: list[Argument]) -> list[Argument]:
    """A genitive written right before another argument of the event, a common noun
    (比側の補給船への放水), is that argument's owner, which the parser hung on the event: one
    argument. Before a proper noun it is the doer (北朝鮮のロシアへの派兵)."""
    out = list(args)
    for a in args:
        b = next((b for b in out if b.start == a.end + 1 and b is not a), None)
        if a.role != "genitive" or b is None or g.text[a.end] != "の" or a not in out:
            continue
        first = g.starting_at(b.start)
        if first is not None and g.tokens[first].pos == "NOUN":
            out[out.index(b)] = replace(b, text=g.text[a.start : b.end], start=a.start)
            out.remove(a)
    return out


class JapaneseArguments(JapaneseSpeakers):
    def _role(self, marker: str) -> str | None:
        roles = self.lex.case_roles
        if marker in roles:
            return roles[marker]
        for k in range(len(marker) - 1, 0, -1):
            if marker[:k] in roles:
                return roles[marker[:k]]
        return None

    def _args_of(self, g: Graph, head: int, skip: set[int]) -> list[Argument]:
        args = []
        for c in g.children[head]:
            t = g.tokens[c]
            if c in skip or t.pos not in NOMINAL:
                continue
            m = g.marker(c)
            if t.lemma in ALLY_NOUNS and m in ("に", "として"):
                args += _allies(g, c)
                continue
            if t.lemma in JOINT_NOUNS and m in ("で", "の"):
                args += _partners(g, c)  # ラオス軍と合同の演習: done with Laos's forces
                continue
            if g.so_far(c):  # 日本のこれまでの支援: the owner hung on これ, a time word
                args += self._args_of(g, c, skip)
                continue
            if t.pos == "PRON" and m == "まで":
                continue  # これまで, "until now": a time, no patient (r18ref)
            role = "genitive" if t.dep == "nmod" and m == "の" else self._role(m)
            if role is None or ACCORDING_TO.match(g.text[t.end :]):
                continue  # 防衛省によりますと: a source, not a doer
            s, e = phrase_span(g, c)
            s = phrase_start(g, c, s, m)  # AとBは (a list cut off), 米ロを含む関係国に
            args.append(Argument(role, g.text[s:e], s, e, m))
        args += self._stray_topics(g, head, skip)

        def event(k: int) -> bool:  # the key itself, not a chain it heads (金正恩氏)
            found = self._trigger(g, k)
            return found is not None and g.tokens[k].end > found[2] >= g.tokens[k].start

        listed = listed_acts(g, head, listed_members(g, head, args, event), event)
        listed = [formed_by(g, a) if a.role in ("agent", "topic") else a for a in listed]
        return _owners_joined(g, listed_doers(g, listed))

    @staticmethod
    def _stray_topics(g: Graph, head: int, skip: set[int]) -> list[Argument]:
        """参謀次長は15日、MD施設を受け入れたポーランドは「…」と警告した: a は-phrase is never
        inside a relative clause, so one the parser hung on a relative clause that modifies
        one of head's verb's arguments is that verb's own topic (a content clause, …という
        決意, and a clause made a noun, …違反するもので, hold their own)."""
        if g.tokens[head].pos != "VERB":
            return []
        out = []
        for c in g.children[head]:
            if c > head or g.tokens[c].pos not in NOMINAL or g.tokens[c].lemma in NOMINALISERS:
                continue  # (北朝鮮の行為は…違反するもので: a clause made a noun, no relative)
            if g.marker(c) not in ("は", "が", "を", "に", "も"):
                continue
            for v in g.children[c]:
                if v > c or g.tokens[v].dep != "acl" or g.tokens[v].pos != "VERB":
                    continue
                if g.connector(v)[1].startswith("と"):
                    continue  # …は絶対に許さないという決意: a content clause holds its own は
                for d in g.children[v]:
                    quoted = any(qs < g.tokens[d].start < qe for qs, qe in quote_spans(g.text))
                    if (  # (a quote holds its own は)
                        d < v
                        and not quoted
                        and d not in skip
                        and g.tokens[d].pos in NOMINAL
                        and g.marker(d) == "は"
                    ):
                        s, e = phrase_span(g, d)
                        out.append(Argument("topic", g.text[s:e], s, e, "は"))
        return out

    def _relative_head(self, g: Graph, p: int) -> list[Argument]:
        """The noun a relative clause modifies is its subject: 来日した韓国の大統領."""
        h = g.head(p)
        if h is None or g.tokens[p].dep != "acl" or g.tokens[h].pos not in NOMINAL:
            return []
        if pattern("modal_head").match(g.tokens[h].lemma):  # 軍も…移動させているもようだ
            return [a for a in self._args_of(g, h, {p}) if a.role in ("agent", "topic")]
        if g.tokens[h].lemma in self.not_doers or CLAUSE_NOUN.match(g.tokens[h].lemma):
            return []  # 会談に臨む予定, 支持する旨: the noun frames the event, it does not do it
        if g.text[g.tokens[g.tail(p)[0]].end :].startswith("、"):
            return []  # 会談を行ったところ、概要は: a clause ending in a comma modifies no noun
        nxt = g.tail(p)[0] + 1
        if (
            nxt < h
            and g.tokens[nxt].pos in NOMINAL
            and g.marker(nxt) not in ("", "の")
            and g.tokens[nxt].lemma not in NOMINALISERS
        ):
            # 侵略を続けるロシアに対する制裁: the clause modifies the noun right after it
            s, e = phrase_span(g, nxt)
            return [Argument("agent", g.text[s:e], s, e, "relative")]
        toks = g.np_tokens(h)
        s, e = g.span(extend_left(g, min(t for t in toks if t > p)), max(toks))
        rest = COUNTED_APPOSITION.match(g.text, e)  # …したA、B、Cの3カ国: all of the list
        e = rest.end() if rest else e
        out = [Argument("agent", g.text[s:e], s, e, "relative")]
        v = g.head(h)  # 非難する共同声明を発表した: the statement's author is the accuser
        if v is not None and g.tokens[h].dep == "obj" and g.tokens[v].pos == "VERB":
            out += [
                Argument("agent", a.text, a.start, a.end, "relative")
                for a in self._args_of(g, v, {h})
                if a.role in ("agent", "topic")
            ]
        return out

    def _relative_doer(self, g: Graph, i: int) -> list[Argument]:
        """米韓両軍が19日に始めた合同演習: the subject of a relative clause whose verb carries
        out the event noun (始める, 実施する, 行う) is the event's doer."""
        out = []
        for c in g.children[i]:
            if (
                c < i
                and g.tokens[c].dep == "acl"
                and g.tokens[c].lemma in self.lex.light_verbs
                and self.lex.light_verbs[g.tokens[c].lemma] == "active"
            ):
                out += [
                    Argument("agent", a.text, a.start, a.end, "relative")
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic")
                ] or _subject_hung_above(g, c, i)
        return out

    def _stray_args(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """Case-marked nouns hung on a noun (大統領と首相官邸で会談した, Xを国家として承認) or on a
        later verb across p (…に制裁を科すと表明した) belong to p if no verb stands between."""
        out = []
        taken = {(a.start, a.end) for a in have}
        # an event noun that only modifies another noun (制裁の監視活動) or is named as what a
        # later predicate is about (侵攻を巡って) is no predicate a が-subject before it has
        inner = g.tokens[p].pos in NOMINAL and (
            g.marker(p) == "の" or TOPIC_LINK.match(g.text[g.tokens[p].end :]) is not None
        )
        # 哨戒艦が北朝鮮の魚雷攻撃で沈没した: an event noun with its own named doer that is the
        # cause or means of a later verb (で) did not do it to that verb's subject's side
        means = (
            g.tokens[p].pos in NOMINAL
            and g.marker(p) == "で"
            and any(
                k < p
                and g.marker(k) in ("の", "による")
                and any(_named(g, j) for j in g.descendants(k))
                for k in g.children[p]
            )
        )
        for c in range(p - 1, -1, -1):
            t = g.tokens[c]
            if t.pos == "VERB" and t.dep == "acl" and INCLUDING.match(t.lemma):
                continue  # …を含むミサイルを供与: a list's 'including', no clause of its own
            if verbal(t) and t.dep not in ("compound", "fixed"):
                break
            m = g.marker(c)
            if conjunct(g, c):
                continue  # 英国とドイツは: one phrase with the noun it is listed before
            as_object = t.dep == "obj" and g.marker(t.head) == "として"  # Xを国家として
            # 北朝鮮が見返りとしてロシアから…を受ける: an "as" phrase has no subject of its own
            as_subject = (
                m == "が" and t.head < p and g.text[g.tokens[t.head].end :].startswith("として")
            )
            # 委員長が9月25日から10月9日まで、…を指導した: a subject hung on a time phrase
            on_time = (  # a verb's, not a noun's in between (…が19日、地上配備型の…を載せて)
                m == "が"
                and t.head < p
                and g.tokens[p].pos == "VERB"
                and TIME_HUNG.search(g.tokens[t.head].text)
            )
            # 双方に冷静さと自制を求めた: a に-phrase the parser hung on a noun of the object
            # (a noun takes no case phrase but through の) is the verb's
            on_noun = t.dep == "obl" and m == "に" and g.tokens[t.head].pos in NOMINAL
            hung_on_noun = (
                (t.dep == "nmod" or as_object or as_subject or on_noun)
                and g.marker(t.head) not in ("", "の")
            ) or bool(on_time)
            crossing = t.head > p and m not in ("は", "も")  # topics may scope over the sentence
            if crossing and m == "が" and (inner or means):
                continue  # 艦艇が、国連の対北朝鮮制裁の監視活動中に: the subject of the whole
            h = g.tokens[t.head]
            if h.lemma in ALLY_NOUNS:
                continue  # ロシア軍と(ともに): taken with its ally noun (_args_of)
            # 北朝鮮がロシアに新型を含むミサイルを供与: cases hung on 'including' (not a content's)
            included = h.dep == "acl" and INCLUDING.match(h.lemma) and m in ("が", "に", "へ")
            included = included and not g.in_content(t.head, p)
            if t.lemma in ALLY_NOUNS and m in ("に", "として") and crossing:
                out += [a for a in _allies(g, c) if (a.start, a.end) not in taken]
                continue
            if t.pos in NOMINAL and m not in ("", "の") and (hung_on_noun or crossing or included):
                if t.dep == "nmod" and ABOUT_NOUN.match(m) and self._topic_only(g, t.head, c):
                    continue  # 北朝鮮問題に関する日本の立場を支持: the position's topic
                role = self._role(m)
                if hung_on_noun and self._trigger(g, t.head) is not None:
                    # 北朝鮮によるロシアへの派兵を非難した: the phrases belong to the event
                    # noun; its doer is what p is about, the rest is not p's
                    if role not in ("agent_phrase", "agent"):
                        continue
                    role = "content_agent"
                elif role == "agent_phrase" and t.dep == "nmod" and self._object_of(g, t.head, p):
                    # ベラルーシによる強制着陸を非難した: a による-phrase on p's object noun
                    # is that noun's doer, what p is about, even where the noun is no trigger
                    role = "content_agent"
                s, e = phrase_span(g, c)
                if role and (s, e) not in taken:
                    out.append(Argument(role, g.text[s:e], s, e, m))
        return out

    @staticmethod
    def _object_of(g: Graph, n: int, p: int) -> bool:
        """Noun n is the を-object of predicate p (強制着陸を非難した)."""
        return g.tokens[n].dep == "obj" and g.head(n) == p and g.marker(n) == "を"

    def _object_phrases(self, g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """北朝鮮からロシアへの武器の移転: the から/への phrases the parser hung on the event
        noun's genitive object belong to the event."""
        out = []
        taken = {(a.start, a.end) for a in have}
        for c in g.children[i]:
            if g.tokens[c].dep != "nmod" or g.marker(c) != "の" or c > i:
                continue
            for a in self._args_of(g, c, set()):
                if a.role in ("source", "recipient") and (a.start, a.end) not in taken:
                    out.append(a)
        return out

    def _content_doer(
        self, g: Graph, p: int, i: int, have: list[Argument], stance: bool = False
    ) -> list[Argument]:
        """The doer of an event noun that is p's object: 北朝鮮の派兵を非難した accuses
        北朝鮮 (content_agent), whoever received the troops. A stance (stance: thanks,
        protest) takes the act it is about with に as well: 日本のアフガニスタン支援に謝意を
        表明した thanks 日本, not Afghanistan; so a clause: 協力したことに対し謝意を表した."""
        out = []
        taken = {(a.start, a.end) for a in have}
        for o in g.children[p]:
            linked = g.tokens[o].dep == "obj" or stance and aimed_at(g, o, p)  # …したことに
            if o != i and linked and g.tokens[o].lemma in NOMINALISERS:
                out += self._complement_subject(g, o, taken)
                continue
            if o == i or g.tokens[o].dep != "obj" and not (stance and aimed_at(g, o, p)):
                continue
            found = self._trigger(g, o)
            event = found[0].event if found is not None else "NONE"
            if g.tokens[o].dep != "obj" and (
                event in TWO_DOERS and parties_listed(g, o) or event == "NONE"
            ):
                continue  # 蔡総統と米下院議長の会談に反発: both sides of a talk are its doers
            # イスラエルのミサイルを撃墜: goods an event only when received name a thing
            thing = (  # (労働者を受け入れ: an event, received)
                found is not None
                and found[0].requires == "receptive"
                and self.lex.light_verbs.get(g.tokens[p].lemma) != "receptive"
            )
            word = g.span_text(g.chain(o)[0], o)  # ミサイル, ミサイル2発; not ミサイル警戒データ
            if found is None or (thing and (word.endswith(found[0].key) or COUNTED.search(word))):
                # ロシアによるクリミアの編入を非難した: the doer
                out += [  # による names of an act the lexicon lacks is what p is about
                    Argument("content_agent", g.text[s:e], s, e, m)
                    for c in self._nouns_under(g, o)
                    if (m := g.marker(c)) in ("による", "によって")
                    and (s := phrase_span(g, c)[0], e := phrase_span(g, c)[1]) not in taken
                ]
                continue
            out += [  # 米国と韓国が始めた合同演習を非難した
                Argument("content_agent", a.text, a.start, a.end, a.marker)
                for a in self._relative_doer(g, o)
                if (a.start, a.end) not in taken
            ]
            for c in g.children[o]:
                m = g.marker(c)
                if g.tokens[c].pos not in NOMINAL or m not in ("の", "による", "によって"):
                    continue
                s, e = phrase_span(g, c)
                if (s, e) not in taken:
                    out.append(Argument("content_agent", g.text[s:e], s, e, m))
        return out

    def _topic_only(self, g: Graph, n: int, c: int) -> bool:
        """Phrase c only says what noun n, no event word, is about (北朝鮮問題に関する日本の
        立場); not a partner the parser listed into it (中国と軍事援助に関する協定を締結)."""
        return self._trigger(g, n) is None and not any(g.marker(k) == "と" for k in g.children[c])

    def _nouns_under(self, g: Graph, o: int) -> list[int]:
        """The nouns hung on noun o through nouns alone (ロシアによるウクライナ南部クリミア半島
        の編入: the parser may hang the による-phrase on 半島), stopping at a verb or a trigger,
        whose phrases are their own event's."""
        out, todo = [], [o]
        while todo:
            for c in g.children[todo.pop()]:
                if g.tokens[c].pos in NOMINAL and self._trigger(g, c) is None:
                    out.append(c)
                    todo.append(c)
        return out

    def _complement_subject(self, g: Graph, o: int, taken: set[tuple[int, int]]) -> list[Argument]:
        """中国が演習の口実にしたことを批判した: the subject of a complement clause (こと, の)
        that is p's object is what p is about (content_agent), never p's own subject."""
        return [
            Argument("content_agent", a.text, a.start, a.end, a.marker)
            for v in g.children[o]
            if v < o and g.tokens[v].dep == "acl"
            for a in self._args_of(g, v, set())
            if a.role == "agent" and (a.start, a.end) not in taken
        ]

    @staticmethod
    def _complement_opened(g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """中国は、パレスチナが国連の加盟国となることを支持した: a が-phrase after the
        sentence's topic that opens a complement clause (…こと/の) which is p's object is the
        clause's own subject, though the parser hung it on p: what p is about (content_agent),
        not its doer."""
        clauses = [
            v
            for o in g.children[p]
            if g.tokens[o].dep == "obj" and g.tokens[o].lemma in NOMINALISERS
            for v in g.children[o]
            if v < o and g.tokens[v].dep == "acl" and g.tokens[v].pos == "VERB"
        ]
        topics = [k for k in range(p) if g.marker(k) in ("は", "も") and g.tokens[k].pos in NOMINAL]
        if not clauses or not topics:
            return args
        out = []
        for a in args:
            k = g.ending_at(a.end)
            opens = any(
                g.tokens[topics[0]].end <= a.start
                and a.end <= g.tokens[min(g.descendants(v))].start
                and not any(g.marker(c) == "が" for c in g.children[v])
                for v in clauses
            )
            if a.role == "agent" and a.marker == "が" and k is not None and opens:
                a = replace(a, role="content_agent")
            out.append(a)
        return out

    @staticmethod
    def _partners_by_text(g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """Xと会談した where the parser lost the と-phrase (トランプ大統領 read as a verb or
        an adverb, オースティン米国防長官、韓国の申源湜国防相と split): every noun run before
        p, in p's clause, that ends in と is a party, with a list joined by 、 or の taken in."""
        out = []
        taken = [(a.start, a.end) for a in have]
        for k in range(p - 1, 0, -1):
            t = g.tokens[k]
            if verbal(t) and t.dep not in ("compound",) and g.tokens[k + 1].text != "と":
                break  # another predicate: its own clause
            if t.text.isspace():
                break  # a headline's phrase gap: another phrase's parties
            if (
                t.text != "と"
                or (
                    g.tokens[k - 1].pos not in NOMINAL | {"VERB", "PART"}
                    and not (g.tokens[k - 1].pos == "ADV" and TITLED.search(g.tokens[k - 1].text))
                )
                or NOT_PARTNER.match(g.text[t.start :])
                # フィンランドの加盟と、スウェーデンの加盟申請: an act listed before another,
                # no partner of it
                or (g.tokens[k - 1].pos == "NOUN" and "サ変可能" in g.tokens[k - 1].tag)
            ):
                continue
            first = k - 1
            while first > 0 and (
                g.tokens[first - 1].pos in NOMINAL | {"PART"}
                or g.tokens[first - 1].text in ("の", "、", "・")
                and first > 1
                and g.tokens[first - 2].pos in NOMINAL
            ):
                first -= 1
            s, e = g.tokens[first].start, g.tokens[k - 1].end
            if not any(ts <= s < te or ts < e <= te for ts, te in taken):
                out.append(Argument("comitative", g.text[s:e], s, e, "と"))
        return out


def _subject_hung_above(g: Graph, v: int, i: int) -> list[Argument]:
    """AとBが…をめぐって続けていた戦闘は、…停戦に至った: a が-subject written before a
    relative clause (v) on a topic (i, marked は) belongs to that clause, however the parser
    hung it: on the main verb (the topic is the main clause's subject, and nothing but the
    clause and the topic's own modifiers stands between them) or on a verb the clause's
    own verb governs (めぐって)."""
    if g.marker(i) != "は":
        return []
    inside, clause = set(g.descendants(i)), set(g.descendants(v))
    for c in range(v - 1, -1, -1):
        h = g.head(c)
        if g.marker(c) == "が" and g.tokens[c].pos in NOMINAL and h in clause - {v}:
            break  # on a verb of the clause: its subject
        if c in inside or g.tokens[c].dep == "case":
            continue
        if g.marker(c) != "が" or g.tokens[c].pos not in NOMINAL or h is None or h <= i:
            return []
        if any(k not in inside and g.tokens[k].dep != "case" for k in range(c + 1, i)):
            return []
        break
    else:
        return []
    s, e = phrase_span(g, c)
    return [Argument("agent", g.text[s:e], s, e, "relative")]


def _allies(g: Graph, c: int) -> list[Argument]:
    """ロシア軍とともに戦闘に加わった, ロシア軍の一員として: the phrase hung on the noun of
    "together with" (token c) is who the subject acts with (marker ALLY)."""
    return [
        Argument("comitative", g.text[s:e], s, e, ALLY)
        for k in g.children[c]
        if k < c and g.marker(k) in ("と", "の")
        for s, e in [phrase_span(g, k)]
    ]


def _partners(g: Graph, c: int) -> list[Argument]:
    """ラオス軍と合同の演習, 米軍と共同で訓練した: the と-phrase hung on the noun of "jointly"
    (token c) is the partner of the act it modifies (a comitative)."""
    return [
        Argument("comitative", g.text[s:e], s, e, "と")
        for k in g.children[c]
        if k < c and g.marker(k) == "と"
        for s, e in [phrase_span(g, k)]
    ]


def _named(g: Graph, k: int) -> bool:
    """Token k is a proper name or a one-character state (北朝鮮, 米)."""
    t = g.tokens[k]
    return "固有名詞" in t.tag or bool(ABBREVIATION.search(t.text))
