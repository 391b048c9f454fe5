"""Japanese: phrases of a frame's sentence that name no party to its event.

Set by the frame of the sentence rather than by any one word: the court or body a suit
goes to (エクアドルを国際司法裁判所に提訴: the target is the を-object), the meeting another
act is done on the occasion of (G20外相会合に合わせて会談し、懸念を伝えた: the talker's
counterpart, not the G20), and what a request asks for (…の資格を停止するよう求めた,
北朝鮮による拉致問題の解決への協力を求めた: the states named inside it are not who is
asked). Such phrases stay among the frame's arguments, marked no participant, so the
shared coder neither codes them nor fills an unsaid side from them. A step of the frame
builder (frames.py), after attribution.py; data: patterns suit_verb, forum_marker,
occasion, content_link, volitional_end, invite_verb (where one is invited to, 金氏をロシアに
招待: the invitee is the を-object). The addressee of an order to one's own organs
(…よう軍に指示した) is closed here too, when a frame is finished (finish.py).
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import (
    NOMINAL,
    Graph,
    names_place,
    noun_phrase_start,
    phrase_span,
)
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.hosts import other_names, stationed_hosts, stay_places
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.lang.ja.modality import QUOTATIVE
from alliancewatch.lang.ja.modifiers import asked_about, attacked, described_states
from alliancewatch.lang.ja.predicate import Draft
from alliancewatch.lang.ja.venues import (
    body_venues,
    clause_places,
    happening_places,
    memberships,
    off_seats,
    opening_scene,
    place_goals,
    seats,
)
from alliancewatch.plover import QUAD, SYMMETRIC
from alliancewatch.types import Argument

SUIT_VERB = pattern("suit_verb")
CONTINUATIVE = pattern("continuative")
CONFLICT = frozenset({"verbal_conflict", "material_conflict"})
FRIENDLY = frozenset({"verbal_cooperation", "material_cooperation"})
# markers of a clause's doers, a shared group (日韓、日米韓で連携) or a modifier: not the side
# a later clause's act is directed to
UNDIRECTED = ("", "の", "で", "は", "が", "も", "として")
FORUM_MARKER = pattern("forum_marker")
OCCASION = pattern("occasion")
CONTENT_LINK = pattern("content_link")
VOLITIONAL = pattern("volitional_end")
INVITE = pattern("invite_verb")
VENUE = pattern("venue_noun")
TRANSIT = pattern("transit_verb")
AT = ("で", "での", "において", "にて")
DESTINATION = ("に", "へ")
# how a state named inside what is asked for is only what the request is about: an owner
# or a doer of the thing asked for (the object and bare compounds are spans, not parties)
TOPICAL = ("", "の", "による", "によって", "を")
# a doer that names no state (野党, 群衆, デモ隊, 民間団体): written with its state's name, it
# is that state's people, not the state (r23pres); the roles a subject is written in (not
# による or の: 3カ国の企業による共同事業体 names the states whose firms join it)
NO_STATE_DOER = pattern("no_state_doer")
SUBJECT_ROLES = ("agent", "topic")
# a third state's good offices an act is done through (…の仲介により, …の仲介で): no party
MEDIATION = pattern("mediation")
THROUGH = ("により", "によって", "による", "で", "の下で", "のもとで", "の下", "のもと")


def _closed(g: Graph, s: int, e: int, marker: str) -> Argument:
    return Argument("patient", g.text[s:e], s, e, marker, participant=False)


def _unnamed_doer(a: Argument) -> Argument:
    """イランの群衆が, 中国の民間団体メンバーらが, インドの野党は: a doer that names no state,
    written with the state it belongs to, is that state's people, not the state (spec §1):
    the state's name is cut from it, so the coder takes no actor from it and, filling none
    for such a doer either (sides._doer_unnamed), codes no act; the state stays named in the
    sentence for the other acts told there (…に抗議するイラン群衆が…襲撃したことを受け、
    サウジが国交断絶を通告: blind12 021)."""
    m = NO_STATE_DOER.search(a.text) if a.role in SUBJECT_ROLES else None
    cut = 0 if m is None else m.start() + (a.text[m.start()] in "のと、")
    return replace(a, text=a.text[cut:], start=a.start + cut) if cut else a


def _mediator(a: Argument) -> Argument:
    """ロシア国防相の仲介により、両国が署名した: the mediator is no party of the act it
    brokers (spec §3); the phrase stays, closed, so no side is filled from it."""
    if a.marker in THROUGH and MEDIATION.search(a.text):
        return replace(a, participant=False)
    return a


def _inside(a: Argument, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a.start and a.end <= e for s, e in spans)


def _after_occasion(g: Graph, a: Argument, spans: list[tuple[int, int]]) -> Argument:
    """An argument inside an occasion phrase is no participant; one the parser ran on
    from it (会合の傍ら、ウクライナの外相と) starts after it."""
    if _inside(a, spans):
        return replace(a, participant=False)
    for s, e in spans:
        if s <= a.start < e < a.end:
            start = e + len(g.text[e : a.end]) - len(g.text[e : a.end].lstrip("、 "))
            return replace(a, text=g.text[start : a.end], start=start)
    return a


def occasions(g: Graph) -> list[tuple[int, int]]:
    """Character spans of the meeting phrases an act is done on the occasion of, each with
    its link (G20外相会合に合わせて)."""
    found = g.memo.get("occasions")
    if found is None:
        found = []
        for t in g.tokens:
            m = OCCASION.match(g.text[t.end :])
            if t.pos in NOMINAL and g.is_chain_head(t.i) and m:
                first = g.starting_at(phrase_span(g, t.i)[0])  # 20カ国・地域（G20）外相会合
                first = t.i if first is None else noun_phrase_start(g, first)
                while (
                    first > 0
                    and g.tokens[first - 1].dep == "amod"
                    and g.tokens[first - 1].head >= first
                ):
                    first -= 1  # 主要20カ国・地域
                found.append((g.tokens[first].start, t.end + m.end()))
        g.memo["occasions"] = found
    return found


class JapaneseNonParties:
    """The non-party step of the frame builder (a mixin of frames.JapaneseFrames)."""

    def _non_parties(self, d: Draft) -> None:
        g = d.g
        d.args = [_mediator(_unnamed_doer(a)) for a in d.args]  # イランの群衆が: no state acts
        if d.trig.event == "ACCUSE" and self._suit(d):
            d.args = [
                replace(a, participant=False)
                if a.role == "recipient" and FORUM_MARKER.match(a.marker)
                else a
                for a in d.args
            ]
        spans = [
            (s, e)
            for s, e in occasions(g)
            if not s <= d.key_start < e and names_place(g, e, len(g.text))
        ]
        if spans:  # G20外相会合に合わせて…会談し、懸念を伝えた: the G20 is no side
            d.args = [_after_occasion(g, a, spans) for a in d.args]
            d.args += [_closed(g, s, e, "occasion") for s, e in spans]
        places = happening_places(g, d.p, d.i) + memberships(g, d.args)
        places += body_venues(g, d.p, d.i, d.args)  # 国連本部で署名した: where, no side
        # イラクに滞在する米国民, イラク駐留米軍, 旧ソ連の…, 国連承認の: hosts and others
        # (hosts.py), closed, and an argument opening with one cut after it
        described = other_names(g) + stationed_hosts(g, d.i, d.trig.event)
        if d.trig.event not in SYMMETRIC:
            described += stay_places(g, d.p, d.i, d.trig.event)
        d.args = off_seats(g, d.args, described)
        places += described
        seated = seats(g)
        d.args = off_seats(g, d.args, seated)  # オランダ・ハーグの仲裁裁判所: the court
        if not headline(d.sentence):  # (a headline's segments, 北京で対話　…に署名, read
            places += clause_places(g, d.p, d.i)  # as one chain, are left as they were)
        places += seated
        if d.trig.event not in SYMMETRIC:
            places += opening_scene(g, d.args)
        if places:  # パリで始まる会議にあわせて, EUでは、…, NATOの同盟国に: no side
            d.args = [replace(a, participant=False) if _inside(a, places) else a for a in d.args]
            # as a setting, not a closed patient: a written patient would stop a two-sided
            # act (インドとパキスタンは、…で起きたテロをきっかけに攻撃し合う) splitting its doers
            d.args += [
                Argument("setting", g.text[s:e], s, e, "", participant=False) for s, e in places
            ]
        if d.trig.place_event:  # 中国の島礁の12カイリ以内に派遣: a place, not China
            d.args = place_goals(d.args)
        told = lambda k: self._trigger(g, k) is not None  # noqa: E731
        if d.trig.event == "ACCUSE":  # キューバへの武装侵攻を糾弾: the victim is not accused
            act = lambda k: (f := self._trigger(g, k)) and f[0].event  # noqa: E731
            d.args += [_closed(g, s, e, "victim") for s, e in attacked(g, d.p, d.i, act)]
        d.args += described_states(g, d.i, d.p, d.args, told)  # …を結ぶケーブル: no side
        if d.trig.event == "REQUEST" and not d.nominal:
            d.args += self._request_content(g, d.p, d.args)
            d.args = asked_about(g, d.p, d.args)  # …について説明し、協力を求めた
        if d.trig.event not in SYMMETRIC:  # トルコのサウジ総領事館で, ブラジル領を通過して
            d.args += [_closed(g, s, e, "setting") for s, e in self._settings(g, d.p, d.i)]
            d.args += [_closed(g, s, e, "friend") for s, e in self._befriended(d)]
        if described:  # イラクに滞在する米国民に…呼びかけた: an addressee read after the
            # places were closed is closed too
            d.args = [
                replace(a, participant=False)
                if a.role != "setting" and _inside(a, described)
                else a
                for a in d.args
            ]
        if self._invitation(d) and any(a.role == "patient" for a in d.args):
            # 金氏をロシアに招待, G7サミットに…を招待: who is invited, not where to
            d.args = [
                replace(a, participant=False)
                if a.role == "recipient" and a.marker in DESTINATION
                else a
                for a in d.args
            ]

    def _befriended(self, d: Draft) -> list[tuple[int, int]]:
        """懸念を表明し、フィリピンへの支持を示した: a hostile act (ACCUSE, THREATEN, SANCTION,
        ASSAULT, REJECT) chained by 〜し、/〜て to a clause of support or cooperation alone is
        not done to the state that clause backs: the phrases that clause directs its act to
        (への, に, と, を) are closed; its doers (日韓、日米韓で連携していく) are not. Chained
        to a clause with a hostile act they stay, the same foe (…と非難し、ロシアに対する
        追加の制裁を急ぐ考えを示した)."""
        g = d.g
        if QUAD.get(d.trig.event) not in CONFLICT or d.trig.event == "REQUEST":
            return []
        taken = {(a.start, a.end) for a in d.args}
        out: list[tuple[int, int]] = []
        cur = d.p
        while (h := g.head(cur)) is not None and h > cur:
            _, tail = g.tail(cur)
            _, conn = g.connector(cur)
            if g.tokens[cur].dep in ("advcl", "conj") and QUOTATIVE.match(conn):
                cur = h  # 「…」と非難し、: a quote is inside its speech verb's clause
                continue
            if (
                g.tokens[cur].dep not in ("advcl", "conj")
                or g.tokens[h].pos != "VERB"
                or not CONTINUATIVE.search(tail + conn)
            ):
                break
            end = g.tokens[max(g.descendants(cur))].end
            acts = [h] + [k for k in g.descendants(h) if g.tokens[k].start >= end]
            found = [f[0].event for k in acts if (f := self._trigger(g, k)) is not None]
            if any(QUAD[e] in FRIENDLY and e != "RETREAT" for e in found) and not any(
                QUAD[e] in CONFLICT for e in found
            ):
                out += [
                    span
                    for k in acts
                    if g.tokens[k].pos in NOMINAL
                    and g.marker(k) not in UNDIRECTED
                    and (span := phrase_span(g, k)) not in taken
                ]
            cur = h
        return out

    @staticmethod
    def _settings(g: Graph, p: int, i: int) -> list[tuple[int, int]]:
        """Spans of the place an act is done at (a venue noun with で) and of the route it
        passes through (the を-object of a verb of passing), under p or the trigger i (国連
        総会の演説で、…を演じていると批判: the parser may hang it on the reported verb)."""
        out = []
        for k in sorted({*g.descendants(p), *g.descendants(i)} - {p, i}):
            t = g.tokens[k]
            if t.pos in NOMINAL and g.marker(k) in AT and VENUE.search(t.text):
                out.append(phrase_span(g, k))
            elif t.pos == "VERB" and TRANSIT.match(t.lemma):
                out += [phrase_span(g, c) for c in g.children[k] if g.marker(c) == "を"]
        return out

    @staticmethod
    def _invitation(d: Draft) -> bool:
        """An invitation verb, or an invitation noun carried by a light verb."""
        return not d.nominal and bool(
            INVITE.match(d.trig.key) or INVITE.match(d.g.tokens[d.p].lemma)
        )

    @staticmethod
    def _suit(d: Draft) -> bool:
        """A suit or referral: the trigger or the verb that carries it."""
        return bool(SUIT_VERB.match(d.trig.key) or SUIT_VERB.match(d.g.tokens[d.p].lemma))

    def _request_content(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """What request verb p asks for, its を-object or its よう/volitional clause: a state
        named there only as an owner or a doer of what it is about is not who is asked
        (北朝鮮による拉致問題の解決への協力を求めた, …の安全を保証する枠組みを作ろうと呼びかけた);
        the object's own owner (ロシア軍の撤退を求めた) and the parties of the act asked for
        (米国が…停止するよう, ロシアから…の提供を求めた, 中国で拘束されている邦人の解放を)
        may be. A に-phrase opening a よう-clause whose verb takes no recipient (関係国に臆測を
        やめるよう促した) is who is asked."""
        out = []
        taken = [(a.start, a.end) for a in have if a.participant]
        for c in g.children[p]:
            t = g.tokens[c]
            if t.pos in NOMINAL and t.dep == "obj" and g.marker(c) == "を":
                owners = [k for k in g.children[c] if k < c and g.marker(k) == "の"]
                keep = [phrase_span(g, k) for k in owners[-1:]]
            elif t.pos == "VERB" and self._proposed(g, c):
                keep = []
                if not any(a.role == "recipient" for a in have) and self._trigger(g, c) is None:
                    out += self._addressee(g, c)
                    keep += [(a.start, a.end) for a in out]
            else:
                continue
            # the parties of the act asked for (its subject, its giver から, its partner と,
            # where it is done で, whom it is addressed to) may be who is asked; a state
            # named only as an owner (の) or a doer (による) of what it is about is not
            keep += [
                phrase_span(g, k)
                for k in self._content_tokens(g, c)
                if g.tokens[k].pos in NOMINAL and g.marker(k) not in TOPICAL
            ]
            s = g.tokens[self._content_start(g, p, c)].start
            pieces = [(s, g.tokens[c].end)]
            for ks, ke in sorted(keep + taken):
                pieces = [
                    piece
                    for ps, pe in pieces
                    for piece in ([(ps, pe)] if ke <= ps or ks >= pe else [(ps, ks), (ke, pe)])
                    if piece[0] < piece[1]
                ]
            out += [_closed(g, ps, pe, "content") for ps, pe in pieces if names_place(g, ps, pe)]
        return out

    @staticmethod
    def _proposed(g: Graph, c: int) -> bool:
        """Clause c is what is asked for: …停止するよう(に), …作ろうと."""
        said = g.tail(c)[1] + g.connector(c)[1]
        return bool(CONTENT_LINK.search(said)) or (
            said.endswith("と") and bool(VOLITIONAL.search(said[:-1]))
        )

    @staticmethod
    def _content_tokens(g: Graph, c: int) -> list[int]:
        """Clause c without a dependent set off by a comma (大使を呼び、…抗議するとともに、
        …やめるよう求めた: a clause of its own the parser hung on the content's verb)."""
        own = set(g.descendants(c))
        for k in g.children[c]:
            last = g.tokens[max(g.descendants(k))]
            if k < c and (last.text == "、" or g.text[last.end :].startswith("、")):
                own -= set(g.descendants(k))
        return sorted(own)

    def _content_start(self, g: Graph, p: int, c: int) -> int:
        """The first token of content c, with the bare nouns before it the parser hung on p
        (北朝鮮による拉致問題の即時|解決に向けた協力を: 即時 hung on 求める)."""
        own = self._content_tokens(g, c)
        start = min(own)
        while True:
            before = [
                k
                for k in g.children[p]
                if k < c
                and max(g.descendants(k)) == start - 1
                and g.tokens[k].pos in NOMINAL
                and g.marker(k) in ("", "の")
            ]
            if not before:
                return start
            start = min(g.descendants(before[0]))

    def _addressee(self, g: Graph, c: int) -> list[Argument]:
        """The に-phrase that opens clause c, before its を-object, wherever the parser hung
        it (関係国に根拠のない臆測を: on ない); a に対し-phrase set off by a comma too, which
        the parser hangs on the clause's verb (両国の指導者に対し、…措置をとるよう呼びかけた:
        r18ref, blind17 019)."""
        own = set(self._content_tokens(g, c))
        objects = [k for k in g.children[c] if g.marker(k) == "を"]
        for k in sorted(own | {k for k in g.children[c] if k < c}):
            m = g.marker(k)
            if (
                g.tokens[k].pos in NOMINAL
                and (m == "に" and k in own or m in ("に対し", "に対して"))
                and (not objects or k < objects[0])
            ):
                s, e = phrase_span(g, k)
                return [Argument("recipient", g.text[s:e], s, e, m)]
        return []


# Orders to one's own organs (軍に攻撃を命じた, 停止するよう政府に対して指示した): the に-phrase
# of an ordering verb names who carries the order out (its own government, forces or
# ministers); the parser often hangs it on the ordered verb, where it reads as the act's
# recipient. It is no party to the act (data patterns directive_verb, directive_addressee).
DIRECTIVE = pattern("directive_verb")
ADDRESSEE = pattern("directive_addressee")
ADDRESSING = ("に", "に対して", "に対し", "には")


def _ordered(g: Graph, start: int) -> bool:
    """The trigger at `start` is what an ordering verb orders: the verb is the trigger's head,
    its light verb's head or the head of the clause it ends (…停止するよう指示した)."""
    at = k = g.covering(start)
    for _ in range(3):
        if k is None:
            return False
        if k != at and DIRECTIVE.match(g.tokens[k].lemma):
            return True
        k = g.head(k)
    return False


def addressees_closed(g: Graph, start: int, args: list[Argument]) -> list[Argument]:
    """Close the addressee of the order that governs the trigger at `start`."""
    if not any(a.role == "recipient" and a.marker in ADDRESSING for a in args):
        return args
    if not _ordered(g, start):
        return args
    return [
        replace(a, participant=False)
        if a.role == "recipient" and a.marker in ADDRESSING and ADDRESSEE.match(a.text)
        else a
        for a in args
    ]


KIND = pattern("described_kind")
DOER_ROLES = ("agent", "topic")
SIDE_ROLES = ("recipient", "patient")


def kind_closed(g: Graph, args: list[Argument]) -> list[Argument]:
    """A side written as a kind of state that a relative clause describes (BRICSの政策に
    同調する国には…と警告: data pattern described_kind) names no state: the states inside the
    clause, or elsewhere in the sentence, are none of the frame's sides, so everything but
    the other side's phrases is closed and no side is filled in for it. In the clause itself
    (ロシアの侵攻を支持する国を非難した: 支持) the kind is the doer, not the main clause's topic."""
    for a in args:
        if not a.participant or not KIND.match(a.text) or not _described(g, a):
            continue
        if a.role in SIDE_ROLES:
            kept, roles = args, DOER_ROLES
        elif a.role == "agent" and a.marker == "relative":
            kept = [b for b in args if b is a or b.role not in DOER_ROLES]
            roles = SIDE_ROLES
        else:
            continue
        own = sorted((b.start, b.end) for b in kept if b.role in roles and b.participant)
        spans, at = [], 0
        for s, e in own:
            if s > at:
                spans.append((at, s))
            at = max(at, e)
        spans.append((at, len(g.text)))
        return kept + [
            Argument("setting", g.text[s:e], s, e, "kind", participant=False) for s, e in spans
        ]
    return args


def _described(g: Graph, a: Argument) -> bool:
    """The phrase's head noun has a relative clause before it (…に同調する国)."""
    k = g.ending_at(a.end)
    if k is None or g.marker(k) in ("は", "が", "も"):
        return False  # 台湾と断交した国はナウルで…: a copula names the kind's state
    return any(g.tokens[c].dep == "acl" and c < k for c in g.children[k])
