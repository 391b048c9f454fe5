"""Japanese: events said as nouns, and parties written as lists or groups.

An event noun takes parties the verb grammar does not hand it: a の-phrase hung on a short
relative clause before it (北朝鮮の相次ぐ発射), the subject of the verb whose scene it is
(両政府は首脳会談で…確認した), every member of a partner list (A、Bと会談), a group in
で (日米韓で連携); and a state inside what a talk is about is no party to it. The frame
builder (frames.py) derives from this class.
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang.ja import GROUP_WORDS  # built from the data files in __init__
from alliancewatch.lang.ja.clauses import JapaneseClauses
from alliancewatch.lang.ja.graph import (
    ADDRESSEE_MARKERS,
    LIST_MARKERS,
    NOMINAL,
    Graph,
    listed_before,
    phrase_span,
)
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.plover import SYMMETRIC
from alliancewatch.types import Argument

READING = pattern("reading")
JOINT_GROUP = pattern("joint_group")
SCENE = pattern("scene")
ABBREVIATION = pattern("abbreviation")
TIME_HEAD = pattern("time_head")
LAW_ABOUT = pattern("law_about")
LAW_NOUN = pattern("law_noun")
ENACTING = pattern("enacting_verb")
FIRST_PERSON = pattern("first_person")
TREATY_HEAD = pattern("treaty_head")
ISSUE = pattern("issue_noun")
POSTED = ("駐", "在", "訪")
LISTED = re.compile(r"[と、・]")
# joint acts whose object is what the parties talk about or share, not a party
TALK_TYPES = frozenset({"CONSULT", "COOPERATE"})


class JapaneseNominal(JapaneseClauses):
    @staticmethod
    def _names_one(g: Graph, a: Argument) -> bool:
        """True when a compound before an event noun holds a name (ウクライナ侵攻, 対ロ攻撃),
        not a common noun (報復攻撃, ミサイル攻撃)."""
        return any(
            "固有名詞" in t.tag or ABBREVIATION.search(t.text)
            for t in g.tokens
            if a.start <= t.start < a.end
        )

    @staticmethod
    def _unmarked_objects(g: Graph, i: int, first: int, key_start: int) -> tuple[str, ...]:
        """What a trigger acts on when no を says it: in a compound the nouns before the key
        (制裁解除 = 制裁を解除), a headline's bare subject (空母2隻、同時展開: a noun has no
        voice; not a の-phrase, most often the doer: 比軍の補給), and for a relative clause
        with its own subject the noun it modifies, its gapped object (北朝鮮とロシアが結んだ
        条約, 中国が停止している輸入; not 展開した部隊, where the head is the subject)."""
        t = g.tokens[i]
        if t.pos in NOMINAL:
            # only a verbal noun takes one (制裁解除); 北朝鮮兵捕虜 names the prisoners
            out = [g.text[g.tokens[first].start : key_start]] if "サ変" in t.tag else []
            for c in g.children[i]:
                if c < first and g.tokens[c].pos in NOMINAL and not g.marker(c):
                    s, e = phrase_span(g, c)
                    out.append(g.text[s:e])
            return tuple(o for o in out if o)
        h = g.head(i)
        if (
            t.dep != "acl"
            or h is None
            or h < i
            or g.tokens[h].pos not in NOMINAL
            or any(g.marker(c) == "を" for c in g.children[i])
            or not any(g.marker(c) in ("が", "は") for c in g.children[i])
        ):
            return ()
        out = [g.span_text(g.chain(h)[0], h)]
        o = g.head(h)  # 中国が停止している日本産水産物の輸入: the parser hangs it on the の-phrase
        if o is not None and o > h and g.marker(h) == "の" and g.tokens[o].pos in NOMINAL:
            out.append(g.span_text(g.chain(o)[0], o))
        return tuple(out)

    def _chain_cases(self, g: Graph, last: int, have: list[Argument]) -> list[Argument]:
        """英・カナダ・豪がパレスチナを国家承認: a case phrase (not の) the parser hung on a
        noun of the trigger's compound (国家) belongs to the whole chain (国家承認); `last` is
        the key's last character."""
        i = g.covering(last)
        # 立ち入り検査: a key inside a longer noun names no event of its own
        if i is None or not g.is_chain_head(i):
            return []
        first, _ = g.chain(i)
        taken = {(a.start, a.end) for a in have}
        return [
            a
            for k in range(first, i)
            for a in self._args_of(g, k, set(range(first, i + 1)))
            if a.role not in ("genitive", "compound") and (a.start, a.end) not in taken
        ]

    @staticmethod
    def _genitive_across_relative(g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """北朝鮮の相次ぐミサイル発射, ロシアの行った攻撃: a の-phrase the parser hung on a
        short relative clause before an event noun owns the noun (a verb takes no の)."""
        if any(a.role in ("genitive", "agent", "agent_phrase") for a in have):
            return []
        out = []
        for v in g.children[i]:
            if v > i or g.tokens[v].dep != "acl" or g.tokens[v].pos != "VERB":
                continue
            for c in g.children[v]:
                if c < v and g.tokens[c].pos in NOMINAL and g.marker(c) == "の":
                    s, e = phrase_span(g, c)
                    out.append(Argument("genitive", g.text[s:e], s, e, "の"))
        return out

    @staticmethod
    def _doer_elsewhere(g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """Parties of an event noun the parser hung on a neighbour: a による-phrase on the
        noun's の-object (北朝鮮による弾道ミサイルの発射: by North Korea, the launch), and a
        の-phrase on a time noun the event noun is compounded into (尹大統領の訪日以降)."""
        if any(a.role in ("agent", "agent_phrase") for a in have):
            return []
        out = []
        near = [c for c in g.children[i] if c < i]
        near += [  # 北朝鮮によるミサイルの相次ぐ発射: or on the short relative clause before it
            c for v in near if g.tokens[v].dep == "acl" for c in g.children[v] if c < v
        ]
        for c in near:
            if g.tokens[c].pos in NOMINAL and g.marker(c) == "の":
                for k in g.children[c]:
                    if k < c and g.tokens[k].pos in NOMINAL and g.marker(k) == "による":
                        s, e = phrase_span(g, k)
                        out.append(Argument("agent_phrase", g.text[s:e], s, e, "による"))
        h = g.head(i)
        if (
            not out
            and not any(a.role == "genitive" for a in have)
            and h is not None
            and h > i
            and g.tokens[i].dep == "compound"
            and TIME_HEAD.match(g.tokens[h].text)
        ):
            for c in g.children[h]:
                if c < i and g.tokens[c].pos in NOMINAL and g.marker(c) == "の":
                    s, e = phrase_span(g, c)
                    out.append(Argument("genitive", g.text[s:e], s, e, "の"))
        return out

    def _listed_doer(self, g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """北朝鮮によるロシアへの派兵やロシアとの軍事協力: a による doer written before a や/と
        list of event nouns is the doer of every event of the list that names none."""
        if any(a.role in ("agent", "agent_phrase", "genitive", "topic") for a in have):
            return []
        h = g.head(i)
        mine = set(g.descendants(i))
        near = [c for c in g.children[i] if c < i]
        for c in g.children[h] if h is not None else []:
            # …の派遣や…との協力に懸念: the parser may hang both members on the verb; the
            # member is then written right before the noun's own phrase
            last = max((k for k in g.children[c] if g.tokens[k].dep == "case"), default=i)
            if c < i and set(range(last + 1, i)) <= mine:
                near.append(c)
        out = []
        for c in near:
            if g.marker(c) not in LIST_MARKERS or self._trigger(g, c) is None:
                continue
            for k in g.children[c]:
                if k < c and g.tokens[k].pos in NOMINAL and g.marker(k) in ("による", "によって"):
                    s, e = phrase_span(g, k)
                    out.append(Argument("agent_phrase", g.text[s:e], s, e, "による"))
            # 北朝鮮によるロシアへの兵士の派遣: hung on the first noun's own の-object
            out += [a for a in self._doer_elsewhere(g, c, []) if a.role == "agent_phrase"]
        return out

    def _enacted_by(self, g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """プーチン大統領は協定の破棄に関する法律に署名した: the event a law or decree
        provides (〜に関する法律) is done by whoever signs or passes the law."""
        h = g.head(i)
        if (
            any(a.role in ("agent", "agent_phrase", "topic") for a in have)
            or not LAW_ABOUT.match(g.text[g.tokens[i].end :])
            or h is None
            or h < i
            or not LAW_NOUN.search(g.tokens[h].text)
        ):
            return []
        v = g.head(h)
        if v is None or g.tokens[v].pos != "VERB" or not ENACTING.match(g.tokens[v].lemma):
            return []
        return [
            Argument("agent", a.text, a.start, a.end, "enacted")
            for a in self._args_of(g, v, {h})
            if a.role in ("agent", "topic")
        ]

    def _scene_parties(self, g: Graph, i: int, have: list[Argument], joint: bool) -> list[Argument]:
        """日中両政府は首脳会談で…を確認した: a joint event named as the scene of what its
        parties did there (〜で, 〜において) has them, the subject of that verb, for parties.
        So has a directed act written with its other side and no doer (英国とドイツは
        ウクライナへの軍事支援で中心的な役割を担う: the two give the aid)."""
        v = g.head(i)
        if not joint and (
            not any(a.role == "recipient" for a in have)
            or any(a.role in ("agent", "topic", "genitive", "agent_phrase") for a in have)
        ):
            return []
        if (
            v is None
            or g.tokens[v].pos != "VERB"
            or g.tokens[i].dep != "obl"
            or not SCENE.match(g.marker(i))
            or any(
                a.role in ("agent", "topic", "genitive", "comitative")
                and (self._names_one(g, a) or a.text.startswith(("両", "双")))
                for a in have
            )  # 両国の首脳会談で, 日米首脳会談で: its parties are written; 定例の会談で: not
        ):
            return []
        found = [
            a
            for a in self._args_of(g, v, {i})
            if a.role in ("agent", "topic")
            and not self._event_noun(a.text)
            and not ISSUE.search(a.text)  # 会談でカンボジア問題が議題となった: what was discussed
        ]  # 条約の発効で両国の協力が加速する: the subject is an event, no party to the scene
        return [Argument("agent", a.text, a.start, a.end, "scene") for a in found]

    def _treaty_makers(self, g: Graph, pair: bool, have: list[Argument]) -> list[Argument]:
        """「日本と豪州の部隊が相互に訪問する際の…円滑化協定」が発効した, 3カ国が共同開発する
        戦闘機の…設立条約が発効した: a treaty that comes into force with no state written in its
        own name phrase has for parties the subjects of the relative clauses on that name."""
        out = []
        for a in have if pair else []:
            heads = [
                t.i
                for t in g.tokens
                if a.start <= t.start < a.end and t.pos in NOMINAL and TREATY_HEAD.search(t.text)
            ]
            if (
                a.role not in ("agent", "topic")
                or not heads
                or any("地名" in t.tag for t in g.tokens if a.start <= t.start < a.end)
            ):
                continue
            for v in g.descendants(heads[-1]):
                if v < heads[-1] and g.tokens[v].pos in ("VERB", *NOMINAL):
                    out += [
                        Argument("agent", b.text, b.start, b.end, "treaty")
                        for b in self._args_of(g, v, set())
                        if b.role == "agent" and b.marker == "が" and b.end <= a.start
                    ]
        return out

    def _owner_above(self, g: Graph, i: int, have: list[Argument]) -> list[Argument]:
        """プーチン氏は北朝鮮との協力を発展させると述べた: a joint act named with its partner
        alone (との) is the act of the nearest subject above it, speaker included; never
        across a demand, charge or concern, verb or noun (…との協力をやめるよう求めた,
        …との協力の進展に懸念を表明した): their subject is no party to it."""
        if not any(a.role == "comitative" for a in have) or any(
            a.role in ("agent", "topic", "genitive", "compound", "agent_phrase") for a in have
        ):
            return []
        for v in g.ancestors(i):
            found = self._trigger(g, v)
            if found is not None and found[0].event not in SYMMETRIC:
                return []  # …との軍事協力に懸念を表明し: a concern about it, not a share in it
            if g.tokens[v].pos != "VERB":
                continue
            if self._stance_object(g, v):
                return []  # …の進展に懸念を表明し: the light verb's object is the concern
            subjects = [
                a
                for a in self._args_of(g, v, set())
                if a.role in ("agent", "topic") and not (a.start <= g.tokens[i].start < a.end)
            ]
            if subjects:
                return [Argument("agent", a.text, a.start, a.end, "owner") for a in subjects]
        return []

    def _stance_about(self, g: Graph, v: int, anchor: int) -> bool:
        """…による協力に懸念を示した: a light verb whose を-object is a stance of no joint
        type (懸念, 反対, 非難) says the stance; an event noun in its に-phrase is what the
        stance is about, not an act the verb carries out."""
        if not g.marker(anchor).startswith(("に", "へ")):
            return False
        for c in g.children[v]:
            found = self._trigger(g, c) if c != anchor and g.marker(c) == "を" else None
            if found is not None and found[0].event not in SYMMETRIC:
                return True
        return False

    def _words_between(self, g: Graph, v: int, anchor: int) -> bool:
        """ロシアのウクライナ侵攻は…暴挙である旨述べました: a content noun (旨) hung on the
        light verb v between the event noun and v closes words v reports; the noun, which the
        parser may hang on v as well, is inside those words, not carried out by v."""
        return any(
            anchor < c < v and g.tokens[c].lemma in self.content_nouns for c in g.children[v]
        )

    def _stance_object(self, g: Graph, v: int) -> bool:
        """v is a light verb whose object is an event of no joint type (懸念を表明し, 反対を
        表明した, 非難を強めた): what hangs on v is what that stance is about."""
        if g.tokens[v].lemma not in self.lex.light_verbs:
            return False
        for c in g.children[v]:
            found = self._trigger(g, c) if g.marker(c) in ("を", "が") else None
            if found is not None and found[0].event not in SYMMETRIC:
                return True
        return False

    def _shared_partners(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """Xは Yと会談し、…で合意した: a joint act chained after a meeting shares its partner
        as it shares its subject (not across a contrast: …会談したが、)."""
        if any(a.role == "comitative" for a in have):
            return []
        chain = [
            c
            for h in [p, *self._agreed_verbs(g, p)]
            for c in g.children[h]
            if g.tokens[c].dep in ("advcl", "conj") and c < h and not self._contrast(g, c)
        ]
        for other in chain:
            if not self._partnering_clause(g, other):
                continue
            found = [a for a in self._args_of(g, other, set()) if a.role == "comitative"]
            if found:
                return found
            if g.tokens[other].pos == "VERB":  # ライス国務長官と電話で会談し: と hung on 電話
                found = self._partners_by_text(g, other, have)
                if found:
                    return found
        return []

    def _partnering_clause(self, g: Graph, v: int) -> bool:
        """台湾と関係を断絶し、…と約束した: a chained clause shares its と-phrase only when
        it is a joint act or no event (Yと電話で会談し); a directed act's と-phrase is the side
        it acts on (a break with Taiwan), never the other party of the joint act after it."""
        found = self._trigger(g, v)
        return found is None or found[0].event in SYMMETRIC

    def _agreed_partners(self, g: Graph, p: int, have: list[Argument]) -> list[Argument]:
        """モロッコはイスラエルと国交を正常化することで合意した: with no partner of its own
        nor of a meeting chained before it, an agreement's partner is the と-phrase of the
        clause agreed on."""
        if any(a.role == "comitative" for a in have):
            return []
        found = self._shared_partners(g, p, have)
        own = [a for a in have if a.role in ("agent", "topic")]
        one = (
            len(own) == 1 and not LISTED.search(own[0].text) and not GROUP_WORDS.search(own[0].text)
        )
        for v in self._agreed_verbs(g, p):  # (イスラエルと hung on 国交: by text)
            args = self._args_of(g, v, set())
            if one:  # (両首脳は…PIFと連携していくことを確認: the pair's third party)
                found = found or [a for a in args if a.role == "comitative"]
                found = found or self._partners_by_text(g, v, have)
            # ロシア側は、キルギスに…協力を行うことで合意した: one side agrees to act for the
            # other, named in what is agreed
            found += [
                replace(a, role="comitative")
                for a in args
                if one and a.role == "recipient" and a.marker in ADDRESSEE_MARKERS
            ]
        return found

    @staticmethod
    def _agreed_verbs(g: Graph, p: int) -> list[int]:
        """Xは Yと会談し、協力を強化することで合意した: the parser hangs the chained meeting
        inside the clause agreed on (…こと で/を/に), so its partner is looked for there too."""
        return [
            v
            for n in g.children[p]
            if n < p and g.tokens[n].lemma == "こと" and g.marker(n) in ("で", "を", "に")
            for v in g.children[n]
            if v < n and g.tokens[v].pos == "VERB"
        ]

    @staticmethod
    def _whose(g: Graph, a: Argument) -> Argument:
        """ASEANの議長国マレーシアのアンワル首相: of states chained by の before a person or
        organ, the nearest one is whose the person is; the ones before it only describe
        that state (a coordination, 日本とフィリピンの首脳, keeps both)."""
        toks = [t for t in g.tokens if a.start <= t.start < a.end]
        states = [  # 駐フィリピン大使, 在日: a place the person is posted to, not theirs
            t.i for t in toks if "地名-国" in t.tag and not g.tokens[t.i - 1].text.endswith(POSTED)
        ]
        if a.role not in ("agent", "topic", "comitative") or len(toks) < 3 or not states:
            return a
        k = states[-1]
        while k > toks[0].i and g.tokens[k - 1].pos in NOMINAL and not g.marker(k - 1):
            k -= 1
        if k <= toks[0].i or g.tokens[k - 1].text != "の":
            return a
        s = g.tokens[k].start
        return replace(a, text=g.text[s : a.end], start=s)

    @staticmethod
    def _speaker_self(a: Argument, speaker: Argument) -> Argument:
        """わが国, われわれ in what a named speaker says stand for the speaker's own side."""
        if not FIRST_PERSON.match(READING.sub("", a.text)):
            return a
        return replace(a, text=speaker.text, start=speaker.start, end=speaker.end)

    @staticmethod
    def _owner_only(g: Graph, a: Argument) -> Argument:
        """カタールの米軍基地を攻撃: when the head of a target names a state itself, a の-phrase
        before it says where the target is, not whose it is."""
        h = g.ending_at(a.end)
        if h is None or g.tokens[h].pos not in NOMINAL:
            return a
        first, _ = g.chain(h)
        own = [g.tokens[k] for k in range(first, h + 1)]
        if (
            first <= 0
            or g.tokens[first - 1].text != "の"
            or not any(
                ("固有名詞" in t.tag and "人名" not in t.tag) or ABBREVIATION.search(t.text)
                for t in own
            )
        ):
            return a
        s = g.tokens[first].start
        return replace(a, text=g.text[s : a.end], start=s) if s > a.start else a

    @staticmethod
    def _talked_about(g: Graph, a: Argument) -> Argument:
        """3カ国は北朝鮮の核開発への対応を協議した, 北朝鮮のミサイルの警戒データを共有: a
        state nested below the object's own modifiers, or owning an act the object names, is
        what is talked about or shared; the object itself (ロシアを訪問) or its direct owner
        (韓国の大統領) stays a party."""
        h = g.ending_at(a.end)
        if h is None or g.tokens[h].pos not in NOMINAL:
            return a
        if "サ変" in g.tokens[h].tag:  # 中国の海洋進出への対応: an act, whoever's, is a topic
            return replace(a, participant=False)
        kids = []
        for c in (c for c in g.children[h] if c < h and g.tokens[c].pos in NOMINAL):
            kids.append(g.chain(c)[0])
            # AとBの外相に電話し: a listed owner is owned whole (the list's first members hang
            # on its last, each with its と or や)
            kids += [
                g.chain(m)[0]
                for m in g.children[c]
                if m < c and g.tokens[m].pos in NOMINAL and g.marker(m) in LIST_MARKERS
            ]
        s = g.tokens[min(kids)].start if kids else a.start
        return replace(a, text=g.text[s : a.end], start=s) if s > a.start else a

    @staticmethod
    def _joint_group(g: Graph, heads: list[int], have: list[Argument]) -> list[Argument]:
        """日米韓で連携, 3カ国で即時共有: a で-phrase naming several states acting together
        holds the parties of a joint act (a place in で names none)."""
        taken = {(a.start, a.end) for a in have}
        out = []
        for h in dict.fromkeys(heads):
            for c in g.children[h]:
                if g.tokens[c].pos not in NOMINAL or g.marker(c) != "で":
                    continue
                s, e = phrase_span(g, c)
                if JOINT_GROUP.search(READING.sub("", g.text[s:e])) and (s, e) not in taken:
                    out.append(Argument("comitative", g.text[s:e], s, e, "で"))
        return out

    @staticmethod
    def _listed(g: Graph, a: Argument) -> Argument:
        """A partner written as a list (A、Bと会談した): every member is a partner. So too
        any side summed up by a group word (マリ、ブルキナファソ、ニジェールの3カ国は): the
        list before the word is all of it, however the parser hung its first members."""
        if a.role != "comitative" and not GROUP_WORDS.search(a.text):
            return a
        s = listed_before(g, a.start)
        return replace(a, text=g.text[s : a.end], start=s) if s < a.start else a
