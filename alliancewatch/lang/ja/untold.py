"""Japanese: whether a trigger names an event the sentence does not tell.

A trigger word may name an event only as a thing the sentence talks about: the content
of a consultation or an agreement (協力を拡大することで合意した), the setting of talks (訪れ
ている外相は…と会談した), what a treaty provides (相互援助を定めた条約), a request or an
agreement that another act answers or handles (要求を拒否した, 合意を停止した), a company's
deed (部品を供給した企業), a programme's name (…支援(OSA)), an event only made possible
(攻撃の道を開いた) or only worked toward (締結に向けた交渉), an act thanked for (支援に謝意を
表明した), a measure named as what is lifted or halted (制裁の解除, 支援を停止: the head
noun or verb wins), a capability (撃つことができ) or an act agreed not to be done (脅したり
しないことで一致). The frame builder asks
`_not_told` of each trigger (through clauses.py, which derives from this class) and builds
no frame for it.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.graph import ADDRESSEE_MARKERS, NOMINAL, Graph
from alliancewatch.lang.ja.lexicon import Trigger, object_types, pattern, readings
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.lang.ja.presupposed import JapanesePresupposed
from alliancewatch.lang.ja.subjects import JapaneseSubjects
from alliancewatch.lang.ja.voice import passive

AGREED_ON = pattern("agreed_on")
STAYING = pattern("staying")
VISIT_SETTING = pattern("visit_setting")  # 訪れている/訪問した外相と会談: the setting
TREATY_HEAD = pattern("treaty_head")
COMPLIED = pattern("complied")
HANDLED = pattern("agreement_handled")
ENTITY = pattern("entity_head")
ACRONYM = pattern("program_acronym")
ANSWERED = pattern("answered_stance")
PREVENTED = pattern("prevented")
FOUNDING = pattern("founding")
# 攻撃の道を開いた, 攻撃の口実を与えた: an event only made possible, by no one named
ENABLED = pattern("enabled_event")
NEEDED = pattern("needed_event")
# 宣伝放送を中止して, 戦闘を停止する: an act named as what is halted is background, not new
HALTED = pattern("halted_event")
MEANS = pattern("means_of_protest")  # 電話で抗議した: the channel, no talks
GOAL = pattern("goal_event")  # 締結に向けた交渉: the goal worked toward, no event yet
ARRANGED = pattern("aid_arranged")  # 貸与に向けた調整: an aid being arranged is planned
# 日米韓の連携が損なわれかねない: a standing tie named as what is harmed is background
DAMAGED = pattern("damaged_tie")
TIES = frozenset({"COOPERATE", "AGREE", "SUPPORT"})
SHARED_STANCE = pattern("shared_stance")  # 理解し、支持する: one object (participants.py)
THANKED = pattern("thanked_for")  # 日本の支援に謝意を表明した: what is thanked for, presupposed
# 撃つことができ: a capability; 脅したりしないことで一致: an agreement's terms
CAPABLE = pattern("capability")
AGREED_NOT = pattern("agreed_not")
# 撤退しない場合: a condition of the act not done; 撤退するあらゆる機会: an opportunity (s19fp)
UNMET = pattern("unmet_condition")
CHANCE = pattern("chance_of")
# 決議が求める無条件撤退: the act a relative clause of asking names, what is demanded (s19fp)
DEMANDED = pattern("demanded_noun")
# 【写真】…=10日、ポーランド国防省提供: who provided a photo, a credit, not an act (r17fp)
CREDIT_BEFORE = pattern("credit_before")
CREDIT_AFTER = pattern("credit_after")
ORDERED = pattern("ordered_clause")
CHAINED = pattern("continuative")
INVITE = pattern("invite_verb")  # G7サミットに招待: the meeting invited to is the occasion
# acts that lift, halt or cut a measure or a tie named as their object (制裁の解除, 支援を停止)
UNDOING = frozenset({"RETREAT", "SANCTION"})
# what is done to an agreement, talks or cooperation named as a thing (any other act; halting
# or refusing): the object, not an event of its own
ACTED_ON: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"SANCTION", "REJECT"}),
    "COOPERATE": frozenset({"SANCTION", "REJECT"}),
}


def stance_on(event: str, marker: str) -> bool:
    """日本政府はイランの攻撃を非難した, 米国の武力行使を支持する: a stance taken on an event
    noun (clauses.py); support only of its object (召還、サウジに同調: aligning, not a stance)."""
    return event == "ACCUSE" or event == "SUPPORT" and marker == "を"


class JapaneseUntold(JapanesePresupposed, JapaneseSubjects):
    def _talked_of(self, g: Graph, p: int, event: str) -> bool:
        """協力を拡大することで合意した, 両国の協力について協議した: cooperation that is what
        the parties agree on (〜ことで/ことに + an agreement) or talk about (the nearest event
        above it a consultation) is the content of their AGREE or CONSULT, not an event of
        its own (〜ことを確認した, an ongoing cooperation confirmed, stays one). So too a
        visit told as where a talker is staying (カンボジアを訪れている外相は、…と会談した):
        the setting of the talks the sentence reports, not a consultation of its own."""
        if event == "CONSULT":
            return self._staying(g, p)
        if event != "COOPERATE":
            return False
        h = g.head(p) if g.tokens[p].pos in NOMINAL and g.marker(p) == "で" else None
        found = self._trigger(g, h) if h is not None and h > p else None
        if found is not None and found[0].pair:
            return True  # 軍事協力で覚書, 防衛協力で協定に署名: what the treaty is on
        last, _ = g.tail(p)  # …拡大することで一致: the parser may hang こと elsewhere
        via = "で" if AGREED_ON.match(g.text[g.tokens[last].end :]) else None
        for v in g.ancestors(p):
            found = self._trigger(g, v)
            if found is None or found[0].event == event:  # 拡大、発展させるための問題
                if g.tokens[v].lemma == "こと":
                    via = g.marker(v)
                continue
            if found[0].event == "CONSULT":  # 協議した, 討議された; not a headline's next
                return g.tokens[v].pos == "VERB"  # phrase (共同飛行　首脳会合のさなか)
            return found[0].event == "AGREE" and via in ("で", "に")
        return False

    def _not_told(self, g: Graph, i: int, p: int, trig: Trigger, nominal: bool) -> bool:
        """Trigger i (predicate p) names an event the sentence does not tell: the content of
        a consultation or of a treaty, a request or agreement acted on, a company's deed, a
        programme's name."""
        return (
            self._talked_of(g, p, trig.event)
            or self._rejected_request(g, i, trig.event)
            or (p == i and self._agreement_acted_on(g, i, trig.event))
            or self._entity_deed(g, p)
            or (
                (nominal or FOUNDING.match(g.tokens[p].lemma) is not None)
                and self._program_name(g, i, trig.event)
            )
            or (nominal and self._prevented(g, i, trig))
            or self._treaty_content(g, i, p, trig.pair or "treaty" in trig.context)
            or self._undone(g, i, trig)
            or (nominal and p == i and self._background_noun(g, i, trig.event))
            or (g.tokens[i].pos in NOMINAL and THANKED.match(g.text[g.tokens[i].end :]) is not None)
            or self._unreal_act(g, p, trig.event, nominal)
            or (nominal and trig.event == "CONSULT" and self._invited_to(g, i))
            or self._credit(g, i)
            or self._demanded_thing(g, p)
            or self._presupposed(g, i, p, trig, nominal)  # 反発が強い, 撤収の時期, …かどうか
        )

    @staticmethod
    def _demanded_thing(g: Graph, p: int) -> bool:
        """ロシアに対し、拿捕した艦艇を直ちに解放するよう求めた: a relative clause with no
        subject of its own, describing what a demanded act is done to, tells what the
        addressee did before (presupposed, and its doer unsaid), not an event the demander
        does (r17fp; with its subject written, イランが拿捕したタンカー, it stays)."""
        t = g.tokens[p]
        if t.pos != "VERB" or t.dep != "acl":
            return False
        if any(g.tokens[c].dep in ("nsubj", "csubj") for c in g.children[p]):
            return False
        for v in g.ancestors(p):  # …を解放し、…回復するよう求めた: through a chained clause
            if g.tokens[v].pos != "VERB":
                continue
            if ORDERED.search(g.tail(v)[1]):
                return True
            h = g.head(v)  # 解放し、…回復するよう求めた: the chained act is demanded too
            # when the addressee is written before it (r16pres), else it is the demander's
            if not CHAINED.search(g.tail(v)[1]) or h is None or not g.ordered_acts(h):
                return False
            return any(
                c < p and g.marker(c) in ADDRESSEE_MARKERS for c in g.children[h] + g.children[v]
            )
        return False

    @staticmethod
    def _credit(g: Graph, i: int) -> bool:
        """写真…=10日、ポーランド国防省提供: a word that closes a caption after its = is
        the credit of the photo (who provided it), no event."""
        t = g.tokens[i]
        return bool(CREDIT_BEFORE.search(g.text[: t.start]) and CREDIT_AFTER.match(g.text[t.end :]))

    @staticmethod
    def _background_noun(g: Graph, i: int, event: str) -> bool:
        """What follows event noun i makes it background: only made possible (攻撃の道を
        開いた), only needed (中国の協力も欠かせない), only worked toward (協定の締結に向けた
        交渉), a tie only harmed (日米韓の連携が損なわれかねない) or halted (宣伝放送を中止
        して; a measure halted keeps its own reading, and cooperation called to stop goes on),
        or only demanded by a relative clause of asking (決議が求める無条件撤退).
        A meeting worked toward (首脳会談に向け) is a planned meeting, told, and so is an aid
        being arranged (練習機の貸与に向けた調整を進めている)."""
        after = g.text[g.tokens[i].end :]
        arranged = event == "AID" and ARRANGED.match(after)  # told as planned, not a goal
        return bool(
            ENABLED.match(after)
            or NEEDED.match(after)
            or (event != "CONSULT" and GOAL.match(after) and not arranged)
            or (event in TIES and DAMAGED.match(after))
            or (event == "CONSULT" and MEANS.match(g.text[g.tokens[i].start :]))
            or (event not in ("SANCTION", "COOPERATE") and HALTED.match(after))
            or DEMANDED.search(g.text[: g.tokens[i].start]) is not None
        )

    @staticmethod
    def _invited_to(g: Graph, i: int) -> bool:
        """5月のG7広島サミットに…を招待する: the meeting one is invited to is where, no
        meeting told here."""
        h = g.head(i)
        return (
            h is not None and g.marker(i) in ("に", "へ") and bool(INVITE.match(g.tokens[h].lemma))
        )

    @staticmethod
    def _unreal_act(g: Graph, p: int, event: str, nominal: bool) -> bool:
        """巡航ミサイルを撃つことができ: what the subject is able to do; 相手国を脅したり…
        しないことで一致: what the parties agree not to do; 撤退しない場合: a condition of
        the act left undone; 撤退するあらゆる機会: an opportunity. None tells the act."""
        if nominal:
            return False
        after = g.text[g.tokens[g.tail(p)[0]].end :]
        right = g.text[g.tokens[p].end :]
        return (
            CAPABLE.match(after) is not None
            or UNMET.match(right) is not None
            or CHANCE.match(right) is not None
            or (event != "AGREE" and AGREED_NOT.match(right) is not None)
        )

    def _undone(self, g: Graph, i: int, trig: Trigger) -> bool:
        """対シリア経済制裁の解除を決めた, 軍事支援を停止した: a measure named as the object
        of the act that lifts or halts it (a trigger of another type whose `object:` reading
        it fits) is what that act is done to; the head noun or verb is the event told."""
        h = g.head(i)
        if h is None or not g.is_chain_head(i):
            return False
        # 米国の援助が停止された: a passive's subject is what it is done to
        if g.marker(i) not in ("の", "を", "も") and not (
            g.marker(i) in ("が", "は") and passive(g, h)
        ):
            return False
        found = self._trigger(g, h)
        if found is None:
            return False
        head = found[0]
        measure = g.span_text(g.chain(i)[0], i)
        # 関税の発動を停止: a halting its object types (object_types.tsv) eases the tariff;
        # that object is one of the key's later readings
        eased = [t.event for t in object_types().get(head.key, ()) if t.object.search(measure)]
        event = eased[0] if eased and eased[0] != "-" else head.event
        alts = list(readings(head.requires))
        return (
            event in UNDOING
            and event != trig.event
            and any(
                r.kind == "object" and re.search(r.pattern, measure)
                for alt in (alts if eased else alts[:1])
                for r in alt
            )
        )

    def _treaty_content(self, g: Graph, i: int, p: int, treaty_act: bool) -> bool:
        """相互訪問を円滑にする協定, 相互援助を定めた条約: what a relative clause inside a
        treaty's name phrase says the treaty provides describes the treaty, and so does a
        treaty act told as its standing (日本と締結している協定を破棄する); neither is an
        event of the sentence. The act that made the treaty (両国が昨年締結した条約) is."""
        path = [i]
        for h in g.ancestors(i):
            k = path[-1]
            if g.tokens[k].pos == "VERB" and g.text[g.tokens[g.tail(k)[0]].end :][:1] == "、":
                return False  # 会談し、…協定に署名した: a chained main clause, hung there
            if g.tokens[h].pos in NOMINAL and TREATY_HEAD.search(g.span_text(g.chain(h)[0], h)):
                rel = [k for k in path if g.tokens[k].dep == "acl" and g.tokens[k].pos == "VERB"]
                if not rel:
                    return False
                if not treaty_act:
                    return True
                own = [k for k in rel if k in (i, p)]
                return any(STAYING.search(g.tail(k)[1] + g.connector(k)[1]) for k in own)
            path.append(h)
        return False

    def _prevented(self, g: Graph, i: int, trig: Trigger) -> bool:
        """衝突回避の協議, 武力紛争の防止, 戦争を避ける: an event noun named as what is averted
        or prevented did not happen; no event is told (a sanction evaded, 制裁回避, was
        imposed: it stays). The key may sit inside the compound (衝突回避)."""
        found = self._trigger(g, i)
        if trig.event == "SANCTION" or found is None:
            return False
        return PREVENTED.match(g.text[found[2] + len(trig.key) :]) is not None

    def _rejected_request(self, g: Graph, i: int, event: str) -> bool:
        """米国の要求を拒否した, 中国側が求める撤回には応じない: a request named as what is
        rejected or complied with is the object of that answer (coded REJECT), not a
        request the sentence tells. So too the other side's charge, protest or concern
        named as what is answered (日本側の懸念を退けた, 抗議を受け入れない, 批判に反論し
        た): told before, presupposed here. A quoted label (要求を「干渉だ」と退けた) or a
        manner phrase (断固として) the parser hangs it on is passed over."""
        if event not in ("REQUEST", "ACCUSE"):
            return False
        n = g.head(i) if g.tokens[i].dep == "acl" else i  # 求める撤回: the noun it modifies
        if n is None or g.tokens[n].pos not in NOMINAL:
            return False  # 賠償を求めたが、中国は応じていない: a request told, then its answer
        if event == "ACCUSE" and any(qs < g.tokens[n].start < qe for qs, qe in quote_spans(g.text)):
            return False  # 要求を「司法への干渉だ」と退けた: the label is the answerer's own charge
        for h in g.ancestors(n):
            t = g.tokens[h]
            if t.pos in NOMINAL and t.dep == "advcl" or t.lemma == "する":
                continue
            if t.pos != "VERB" or h < n:
                return False
            if event == "ACCUSE":
                return ANSWERED.match(t.lemma) is not None
            found = self._trigger(g, h)
            return bool(COMPLIED.match(t.lemma)) or (
                found is not None and found[0].event == "REJECT"
            )
        return False

    def _agreement_acted_on(self, g: Graph, i: int, event: str) -> bool:
        """南北軍事合意を全面停止, 米韓の合意を「…」と非難, 約束を空洞化させる: an agreement
        named as what another act handles (suspends, condemns, keeps, breaks) is the agreement
        as a thing, like 協定, not an agreeing told here; 合意の内容を確認した and 合意を受け
        入れた still take it as theirs. So too talks or cooperation named as what is halted or
        refused (平和条約交渉の継続を拒否, ビザ緩和協議を停止, 情報共有を停止): not held."""
        acted_on = ACTED_ON.get(event)
        if acted_on is None or g.tokens[i].pos not in NOMINAL:
            return False
        cur = i
        quoted = [(qs, qe) for qs, qe in quote_spans(g.text) if not qs < g.tokens[i].start < qe]
        for h in g.ancestors(i):
            t = g.tokens[h]
            found = self._trigger(g, h)
            other = found[0].event if found is not None else None
            hit = other is not None and other != event and (not acted_on or other in acted_on)
            if t.pos in NOMINAL and found is not None and g.marker(cur) in ("の", "を", "に"):
                return hit  # 合意の効力停止, 合意を全面停止 (a headline)
            if t.pos in NOMINAL and (t.dep == "advcl" or g.marker(cur) == "の"):
                cur = h  # 合意の一部条項の…, 合意を「…だ」と非難: a label the parser hung it on
                continue
            if t.lemma == "する" or any(qs < t.start < qe for qs, qe in quoted):
                continue  # 合意を「…を引き起こす企図」と非難: a verb inside the label
            if t.pos != "VERB" or h < cur:
                return False
            if acted_on and g.marker(cur) not in ("を", "も"):
                return False  # 軍事協力は中止されるべきだ: a call on its doers, it goes on
            return hit or (event == "AGREE" and bool(HANDLED.match(t.lemma)))
        return False

    @staticmethod
    def _program_name(g: Graph, i: int, event: str) -> bool:
        """政府安全保障能力強化支援(OSA)の案件: an aid noun followed by its acronym names a
        programme, a thing the sentence talks about, not a transfer it tells."""
        return event == "AID" and bool(ACRONYM.match(g.text[g.tokens[i].end :]))

    def _entity_deed(self, g: Graph, i: int) -> bool:
        """ロシア軍に部品を供給した疑いのある企業, イラン産原油を購入していた製油所, 武器取引に
        関与の団体: an act told in a relative clause (or a の-phrase) on a company, a group or
        a person is theirs, no state's; the states named in it are only where it went."""
        prev = i
        for h in g.ancestors(i):
            t, pt = g.tokens[h], g.tokens[prev]
            linked = (pt.dep == "acl" and pt.pos == "VERB") or g.marker(prev) == "の"
            if t.pos in NOMINAL and linked and ENTITY.search(g.span_text(g.chain(h)[0], h)):
                return True
            if t.pos == "VERB" and t.dep != "acl":
                return False  # the main clause: not inside a phrase on an entity
            prev = h
        return False

    def _staying(self, g: Graph, p: int) -> bool:
        """p is a relative clause in the progressive (訪れている) or the past (訪問した) on the
        subject or the partner of a later consultation verb of the same sentence (a listed
        subject too: 訪れた英国のA、フランスのB各外相は…会談し)."""
        h = g.head(p)
        told = g.tail(p)[1] + g.connector(p)[1]  # 訪れている, 訪問した
        if h is None or g.tokens[p].dep != "acl" or not VISIT_SETTING.search(told):
            return False
        while g.tokens[h].dep == "nmod" and (g.marker(h) != "の" or g.tokens[h].pos == "PROPN"):
            up = g.head(h)  # 訪れた英国のA、フランスのB各外相は: the listed visitors' head
            if up is None or up <= h:
                break
            h = up
        v = g.head(h)
        found = self._trigger(g, v) if v is not None and v > h else None
        if found is None or found[0].event != "CONSULT":
            return False
        if STAYING.search(told) or g.tokens[h].dep == "nsubj":
            return True
        # 同国を訪問した首相と会談し: talks with no subject of their own take their sides
        # from the visit, so it stays
        return any(g.tokens[c].dep == "nsubj" for c in g.children[v])
