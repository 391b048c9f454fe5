"""Japanese: the participants of a frame, from its predicate and its event noun.

Arguments written on the predicate and on the event noun (args.py, nominal.py), a
headline's topic and compound, the subjects of quoted verbs (what a statement is about),
the victim named in an invasion compound, partners of joint acts, and arguments told as
background. A step of the frame builder (frames.py), after predicate.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang import ALLY
from alliancewatch.lang.ja.clauses import STATEMENT_TYPES
from alliancewatch.lang.ja.demands import BOTH
from alliancewatch.lang.ja.givers import reacting_compound, received_aid
from alliancewatch.lang.ja.graph import LIST_MARKERS, NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.headlines import (
    headline,
    headline_subject,
    headline_topic,
    next_pair,
)
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE, quote_spans
from alliancewatch.lang.ja.predicate import Draft
from alliancewatch.lang.ja.said_about import said_about as _said_about
from alliancewatch.lang.ja.stance_about import stray_act_doers
from alliancewatch.lang.ja.statements import clause_ends
from alliancewatch.lang.ja.untold import SHARED_STANCE
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument

WAR_SCENE = pattern("war_scene")
DEED = pattern("deed_support")
# the statements whose object is an act of another (not THREATEN: 報復を示唆 is one's own)
SAID_OF_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
SAID_OF = ("に", "を", "への", "に対する")
# the stances toward another's act that take it with に (支援に謝意, 侵攻に抗議)
STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
ABOUT = pattern("about")
FORCE_SENT = pattern("force_sent")
GOES_ON = pattern("goes_on")
MADE_IN = pattern("made_in")
FOUNDING = pattern("founding")
TRUCE = pattern("truce")
HEDGED_DOER = pattern("hedged_doer")
TIES = pattern("ties_owned")
# the markers of a flow noun's phrase that name whom the flow goes to (ケニアへの援助)
# verbs said only as an adverb of manner (相次いで, 次いで): their phrases are the main verb's
ADVERBIAL = pattern("adverbial_verb")
RESPONSE = pattern("received_in_response")  # …による殺害を受け、: not 受けた, 受けてきた
FLOW_TO = ("への", "に対する", "に対して")


class JapaneseParticipants:
    """The arguments step of the frame builder (a mixin of frames.JapaneseFrames)."""

    def _participants(self, d: Draft) -> None:
        g, sentence, i, trig, first, key_start = d.site()
        p, voice, nominal, reason = d.p, d.voice, d.nominal, d.reason
        t = g.tokens[i]
        args = self._complement_opened(g, p, self._args_of(g, p, {i}))
        for c in g.children[p]:  # ハタミ大統領らと相次いで会談: the parser hangs the partner
            if c < p and g.tokens[c].dep == "advcl" and ADVERBIAL.match(g.tokens[c].lemma):
                args += self._args_of(g, c, {i})  # on an adverb said as a verb: p's
        args = _topic_of_ended_clause(g, args, trig.event in STATEMENT_TYPES)
        args += self._shared_object(g, p, args)
        if trig.event == "REQUEST" and p == i:  # サモアに対し…協力を求めた: the parser hung
            args += _addressed_object(g, p, args)  # the addressee on the object asked for
        if p != i:
            args += self._args_of(g, i, set())
        if p != i or nominal:  # ロシアから核関連の技術移転を受ける: the giver, ウクライナへ
            # の戦闘機の供与を表明: the receiver, hung on the noun's genitive object
            args += self._object_phrases(g, i, args)
        if nominal:
            args += self._relative_doer(g, i)
            args += self._hedged_doer(g, i)
            args += self._genitive_across_relative(g, i, args)
            args += self._doer_elsewhere(g, i, args) or self._listed_doer(g, i, args)
            args += self._enacted_by(g, i, args)
            args += self._scene_parties(g, i, args, trig.event in SYMMETRIC)
            args += self._ongoing_between(g, i, args)
            if trig.event in SYMMETRIC:
                args += self._owner_above(g, i, args)
        if headline(sentence):
            # 韓国、GSOMIAの破棄を決定: with a light verb the topic is its subject
            judge = g.head(i)  # NATO、シリアのトルコ軍機撃墜を「強く非難」
            found = self._trigger(g, judge) if judge is not None and p == i else None
            args = headline_topic(
                g,
                args,
                key_start,
                bool(g.marker(i)) and p == i,
                lambda k: self._event_word(g, k),
                found is not None and found[0].event in STATEMENT_TYPES,
                trig.event == "AGREE",  # a meeting's outcome (日中外相会談、…再開で一致)
            )
            args = headline_subject(g, args, i, p, key_start)
            if nominal and self._said_of(g, g.covering(key_start)):  # コソボ独立承認に抗議
                args = [
                    replace(a, role="claim", participant=False)
                    if a.marker in ("、", "headline")
                    else a
                    for a in args
                ]
            # …1500人派遣　韓国国情院: a headline's next segment (a source, a second
            # headline) holds none of this event's parties
            args = [a for a in args if not re.match(r"\S*\s", g.text[t.end : a.start + 1])]
            # …で合意　バングラとミャンマー、: the parties the next segment opens with
            if trig.event in SYMMETRIC or TRUCE.match(trig.key):
                args = next_pair(g, args, i, p, trig.event in SYMMETRIC)
            args = self._headline_speaker(g, key_start, trig.event, args)
        if key_start > g.tokens[first].start:  # ロシア派兵, 朝ロ首脳会談
            s = g.tokens[first].start
            for a in args:  # 米、シリア制裁解除へ: the headline's topic opens no compound
                if a.role == "topic" and a.marker == "、" and s <= a.start < key_start:
                    s = max(s, a.end + 1)
            # 防空・黒海で協力、英軍派遣: a headline's comma ends the compound
            s = max(
                [s]
                + [
                    u.end
                    for u in g.tokens[first:i]
                    if u.text in ("、", "　", " ") and u.end <= key_start
                ]
            )
            # 英軍派遣: the forces sent are the sender's, not where they go (ロシア派兵)
            sent = trig.event == "AID" and FORCE_SENT.search(g.text[s:key_start])
            # ソマリア猛反発: the state reacts (givers.py)
            reacting = reacting_compound(trig.key, g.text[s:key_start])
            role = "agent" if sent or reacting else "compound"
            args.append(Argument(role, g.text[s:key_start], s, key_start, "compound"))
        for c in g.children[p]:
            if c != i and g.tokens[c].pos == "ADJ" and QUOTATIVE.match(g.connector(c)[1]):
                # 「ロシアは…つもりがない」と批判した: a quote ending in an adjective is about
                # its own subject written inside it (not a partner of an earlier clause)
                args += [
                    Argument("content_agent", a.text, a.start, a.end, a.marker)
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic")
                    and any(qs < a.start < qe for qs, qe in quote_spans(g.text))
                ]
            if c != i and g.tokens[c].pos == "VERB" and QUOTATIVE.match(g.connector(c)[1]):
                # Xは、Yは…を脅かすと非難した: what the speaker talks about (_said_about)
                args = _said_about(g, c, args, trig.event in STATEMENT_TYPES)
                args += [
                    Argument("content_agent", a.text, a.start, a.end, a.marker)
                    for a in self._args_of(g, c, set())
                    if a.role in ("agent", "topic")
                ]
                args += self._before_quote(g, c)
            if c != i and g.tokens[c].pos in NOMINAL and QUOTATIVE.match(g.connector(c)[1]):
                args += self._before_quote(g, c)  # 中国の決定を「前向きな結果だ」と歓迎した
                if headline(sentence):  # 比大統領、中国がミスチーフ礁に構造物と非難
                    args = _said_about(g, c, args, trig.event in STATEMENT_TYPES, topic=False)
        src = any(a.role == "source" for a in args)  # イランから…攻撃を受けた: the attacker
        answer = p != i and bool(RESPONSE.match(g.text[g.tokens[p].end :]))
        # …のレバノンへの侵攻を受けて: an act whose target is written on the noun is answered
        aimed = answer and voice == "receptive" and any(a.marker in FLOW_TO for a in args)
        if aimed or (
            (nominal or voice == "receptive")
            and trig.event == "ASSAULT"
            and any(
                (
                    a.role == "compound"
                    and (self._names_one(g, a) or voice == "receptive" and not src and answer)
                )
                or (a.role == "agent_phrase" and voice == "receptive" and answer)
                for a in args
            )
        ):
            # ウクライナ侵攻を続けるロシア, 日本はウクライナ侵略を受けて: the compound names
            # the victim; only a doer written for the invasion itself is its actor (so too
            # …ロシア軍による殺害を受け: "in response to", not the subject receiving it)
            args = [
                a
                for a in args
                if a.role in ("compound", "genitive", "agent_phrase")
                or a.marker in ("relative", *FLOW_TO)
            ]
            if p != i:  # 日本は…侵略を受けて: the one responding is no side of the invasion
                args += [
                    Argument("claim", a.text, a.start, a.end, a.marker, participant=False)
                    for a in self._args_of(g, p, {i}) + self._topic_before(g, p)
                    if a.role in ("agent", "topic")
                ]
            voice = "active"
            nominal = True  # no subject of the clause around it is the invasion's doer
        args += self._stray_args(g, p, args)
        if trig.event not in SYMMETRIC:
            args += self._founders(g, args)
        # the trigger is itself a receiving word (調達, 購入), not an event 受け received
        receiving = (
            p == i and t.lemma == trig.key and self.lex.light_verbs.get(t.lemma) == "receptive"
        )
        made = ("genitive", "patient", "compound")
        if (voice == "receptive" or self.lex.light_verbs.get(trig.key) == "receptive") and any(
            a.role in made and MADE_IN.search(a.text) for a in args
        ):
            # ロシア製S400の受領, 中国製の無人機を受け取った: the maker named on what is
            # received is its giver
            args = [
                replace(a, role="source") if a.role in made and MADE_IN.search(a.text) else a
                for a in args
            ]
            voice = "receptive"
        elif receiving and not any(
            a.role in ("agent", "topic", "agent_phrase") for a in args
        ):  # ポーランドの戦車調達: the genitive of a receiving noun is who receives (not so
            # with a doer written: ロシアによる北朝鮮の砲弾調達, the genitive is the source)
            args = [replace(a, role="agent") if a.role == "genitive" else a for a in args]
        if trig.event in ("CONSULT", "AGREE"):  # 北朝鮮情勢について協議した, スーダン情勢
            # について、両首脳は…一致した: what a talk or an accord is about is no party to
            # it, unless it is the talkers' own (両国の協力について協議)
            args = [a for a in args if not ABOUT.match(a.marker) or any(b in a.text for b in BOTH)]
        if trig.event in SYMMETRIC:
            args += self._joint_group(g, [p, i], args)
        if trig.event in SYMMETRIC and not any(a.role == "comitative" for a in args):
            args += self._partners_by_text(g, p, args)
            args += self._ties_owners(args)
        args = [self._listed(g, a) for a in args]
        # ロシア軍とともに戦闘に加わった: an ally, no target; of a joint act, a partner
        joint = trig.event in SYMMETRIC
        args = [
            (replace(a, marker="と") if joint else replace(a, participant=False))
            if a.marker == ALLY
            else a
            for a in args
        ]
        if trig.event == "ASSAULT":  # クルスク州の地上作戦に参戦: the war joined, not its enemy
            args = [
                replace(a, participant=False)
                if a.role == "recipient" and WAR_SCENE.search(a.text)
                else a
                for a in args
            ]
        stance = trig.event in STANCES and not DEED.search(trig.key)  # (議定書に署名: a deed)
        doers = self._content_doer(g, p, i, args, stance)
        doers += stray_act_doers(g, p, args, self._relative_doer) if stance else []
        if trig.event == "AGREE":  # 文在寅大統領の招請を受け入れた: who invited is the other side
            doers = [replace(a, role="comitative") if a.marker == "の" else a for a in doers]
        # ロシアによるウクライナ南部の編入を非難した: the object after its doer's による names
        # what the doer acted on, not the side p is aimed at
        acted_on = {a.end + len(a.marker) for a in doers if a.marker in ("による", "によって")}
        args = [
            replace(a, participant=False) if a.role == "patient" and a.start in acted_on else a
            for a in args
        ] + doers
        args += self._treaty_makers(g, trig.pair and not nominal, args)
        if trig.event == "SANCTION" and not nominal:
            args += self._flow_receivers(g, p, args)  # UNRWAへの拠出を止めていた
        if nominal and trig.event not in SYMMETRIC:
            talkers = self._governor_subjects(g, i)  # 韓米が発射を探知し: not the launchers
            args = [
                a
                for a in args
                if a.role not in ("agent", "topic")
                or not any(c.start <= a.start and a.end == c.end for c in talkers)
            ] + talkers
        if trig.event == "ASSAULT":
            args = [
                self._owner_only(g, a) if a.role in ("recipient", "patient") else a for a in args
            ]
        about = self._about_end(g, i, trig.event) if nominal and p == i else None
        args = self._background(g, i, reason or about, trig.event, args, about is not None)
        args += self._reasons_closed(g, key_start)
        if trig.event not in SYMMETRIC:
            args = [self._relation_partner(g, p, a) for a in args]
        args = self._after_contrast(g, p, args)
        voice = received_aid(g, i, trig.event, voice, nominal, args)  # 中国からの融資で
        d.args, d.voice, d.nominal = args, voice, nominal

    def _flow_receivers(self, g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """日本はUNRWAへの拠出を止めていた, ケニアへの援助を停止した: a measure halting a flow
        (an AID noun as p's object) is aimed at whom the flow goes to, written on the noun;
        the coder would fill an unsaid target from another clause."""
        if any(
            a.role in ("recipient", "patient") and a.participant and a.marker != "を" for a in args
        ):
            return []
        taken = {(a.start, a.end) for a in args}
        out = []
        for o in g.children[p]:
            found = self._trigger(g, o) if self._object_of(g, o, p) else None
            if found is not None and found[0].event == "AID":
                out += _flow_receivers_of(g, o, taken)
        return out

    def _event_word(self, g: Graph, k: int) -> bool:
        """Token k is an act's verbal noun of the lexicon (会談 of 20年ぶり首脳会談), not a
        thing (戦闘機) or a name."""
        t = g.tokens[k]
        found = self.lex.triggers.get(t.text)
        return found is not None and found.event != "NONE" and "サ変可能" in t.tag

    def _said_of(self, g: Graph, i: int | None) -> bool:
        """セルビア、駐米大使を召還　コソボ独立承認に抗議; 中国、米の台湾への武器売却に抗議: an
        event noun that is the object of a headline's word of protest, rejection, demand or
        praise is what its subject talks about: the headline's subject does not do it."""
        h = g.head(i) if i is not None else None
        if i is None or h is None or h <= i or g.marker(i) not in SAID_OF:
            return False
        found = self._trigger(g, h)
        return (
            found is not None and found[0].event in SAID_OF_TYPES and not DEED.search(found[0].key)
        )

    def _before_quote(self, g: Graph, c: int) -> list[Argument]:
        """中国の行動を「…を与える」と非難した, 中国の決定を「前向きな結果だ」と歓迎した: an
        object written before the quote (c its verb or noun) is what the statement is about,
        wherever the parser hung it."""
        opened = [qs for qs, _ in quote_spans(g.text) if qs < g.tokens[c].start]
        if not opened:
            return []
        return [
            a for a in self._args_of(g, c, set()) if a.role == "patient" and a.end <= opened[-1]
        ]

    @staticmethod
    def _hedged_doer(g: Graph, i: int) -> list[Argument]:
        """イスラエル軍によるとみられるミサイル攻撃: the parser reads よる as a verb under the
        relative clause みられる; the noun before it is the doer of event noun i, assessed."""
        out = []
        for v in g.children[i]:
            if v > i or g.tokens[v].dep != "acl":
                continue
            for u in g.children[v]:
                for n in g.children[u] if u < v else []:
                    s, e = phrase_span(g, n)
                    if n < u and HEDGED_DOER.match(g.text[e : g.tokens[i].start]):
                        out.append(Argument("agent_phrase", g.text[s:e], s, e, "による"))
        return out

    def _founders(self, g: Graph, args: list[Argument]) -> list[Argument]:
        """韓国政府が設立する財団に拠出する: a body that a relative clause says a state founds
        (data pattern `founding`) is that state's, so the founder is the side the act goes to
        (blind17 009 AID JPN→KOR, r18fp)."""
        out = []
        for a in args:
            k = g.ending_at(a.end)
            if a.role != "recipient" or k is None or g.tokens[k].pos not in NOMINAL:
                continue
            for v in g.descendants(k):  # (…が設立する元慰安婦支援のための財団: the parser
                # may hang the clause on a noun inside the phrase)
                if v < k and g.tokens[v].dep == "acl" and FOUNDING.match(g.tokens[v].lemma):
                    out += [
                        Argument("recipient", b.text, b.start, b.end, "founder")
                        for b in self._args_of(g, v, set())
                        if b.role == "agent"
                    ]
        return out

    def _shared_object(self, g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """「アメリカの武力行使を理解し、支持する」と表明: a stance verb chained after another
        (patterns.tsv shared_stance) with no object of its own shares the first one's; the
        parser hangs the object on the first verb only."""
        if any(a.marker == "を" for a in args) or not SHARED_STANCE.match(g.tokens[p].lemma):
            return []
        for c in g.children[p]:
            if (
                c < p
                and g.tokens[c].dep in ("advcl", "conj")
                and SHARED_STANCE.match(g.tokens[c].lemma)
                and g.text[g.tokens[g.tail(c)[0]].end : g.tokens[p].start] == "、"
            ):
                shared = [a for a in self._args_of(g, c, set()) if a.marker == "を"]
                if not self._event_object(g, c):
                    return shared
                # an act shared is what the stance is about, its doer the stance's side
                return [replace(a, participant=False) for a in shared] + self._content_doer(
                    g, c, -1, args
                )
        return []

    def _event_object(self, g: Graph, v: int) -> bool:
        """Whether v's を-object is an event noun (アメリカの武力行使を理解し)."""
        return any(g.marker(o) == "を" and self._trigger(g, o) is not None for o in g.children[v])

    @staticmethod
    def _ties_owners(args: list[Argument]) -> list[Argument]:
        """二国間関係を一層強化したい旨述べました, 日本とパキスタンの関係を…引き上げたい: the
        ties a joint act works on name its parties when no partner is written (patterns.tsv
        ties_owned); the speaker alone is no joint act."""
        if any(a.role == "comitative" for a in args):
            return []
        for a in args:
            m = TIES.match(a.text) if a.role == "patient" else None
            if m is not None:
                e = a.start + m.end("owners")
                return [Argument("comitative", a.text[: m.end("owners")], a.start, e, "の")]
        return []

    @staticmethod
    def _relation_partner(g: Graph, p: int, a: Argument) -> Argument:
        """イスラエルとの外交関係を断絶, エクアドルとの国交を停止: the と-phrase on the
        object of a directed act names the side it is done to, never left for a guess
        among the other states of the sentence (パレスチナ自治区ガザでの…)."""
        k = g.ending_at(a.end)
        h = g.head(k) if k is not None else None
        if a.role != "comitative" or a.marker != "との" or h is None:
            return a
        if g.tokens[h].dep != "obj" or g.head(h) != p:
            return a
        return replace(a, role="recipient")

    @staticmethod
    def _ongoing_between(g: Graph, i: int, args: list[Argument]) -> list[Argument]:
        """激しい衝突が続いていたアフガニスタンとパキスタンは: an event noun that is the subject
        of a relative clause saying it goes on (続く, 激化する), on a list of states, is between
        them: the first member is its doer, the others its other side."""
        if any(a.role in ("agent", "topic", "genitive", "agent_phrase") for a in args):
            return []
        v = g.head(i)
        if g.tokens[i].dep != "nsubj" or v is None or g.tokens[v].dep != "acl":
            return []
        h = g.head(v)
        if not GOES_ON.match(g.tokens[v].lemma) or h is None or g.tokens[h].pos not in NOMINAL:
            return []
        if g.marker(h) in LIST_MARKERS and g.head(h) is not None:  # 続いていたA(と)Bは: the
            h = g.head(h)  # clause hung on the first member; the list's head is the last
        members = [c for c in g.children[h] if v < c < h and g.marker(c) in LIST_MARKERS]
        if not members:
            return []  # 紛争が続く地域: no list of sides
        s, e = phrase_span(g, min(members))
        k = max(members) + 1
        while k < h and g.tokens[k].pos in ("ADP", "PUNCT"):
            k += 1
        ks, ke = g.tokens[k].start, g.tokens[h].end
        return [
            Argument("agent", g.text[s:e], s, e, "relative"),
            Argument("comitative", g.text[ks:ke], ks, ke, "と"),
        ]


def _flow_receivers_of(g: Graph, o: int, taken: set[tuple[int, int]]) -> list[Argument]:
    """The への/に対する phrases on flow noun o: whom the flow goes to."""
    out = []
    for c in g.children[o]:
        if c < o and g.tokens[c].pos in NOMINAL and g.marker(c) in FLOW_TO:
            s, e = phrase_span(g, c)
            if (s, e) not in taken:
                out.append(Argument("recipient", g.text[s:e], s, e, g.marker(c)))
    return out


def _topic_of_ended_clause(g: Graph, args: list[Argument], said: bool) -> list[Argument]:
    """中国は…輸入を制限し、豪州側は…「経済的威圧」だと反発した: a topic the parser hung on
    p though a later topic follows a clause that ends between them is that clause's own
    subject, not p's: what a statement is about (`said`), else no argument of p."""
    topics = [a for a in args if a.role == "topic" and a.marker in ("は", "も")]
    out = []
    for a in args:
        if a in topics and any(
            b.start > a.end and clause_ends(g, a.end, b.start, b.end) for b in topics
        ):
            if said:
                out.append(replace(a, role="content_agent"))
            continue
        out.append(a)
    return out


def _addressed_object(g: Graph, p: int, args: list[Argument]) -> list[Argument]:
    """サモアに対し…協力を求めた: a に対し/に対して phrase the parser hung on the object of
    a request verb is whom the request is made to, the verb's own addressee."""
    taken = {(a.start, a.end) for a in args}
    out = []
    for o in g.children[p]:
        if g.tokens[o].dep != "obj":
            continue
        for c in g.children[o]:
            if c < o and g.tokens[c].pos in NOMINAL and g.marker(c) in ("に対し", "に対して"):
                s, e = phrase_span(g, c)
                if (s, e) not in taken:
                    out.append(Argument("recipient", g.text[s:e], s, e, g.marker(c)))
    return out
