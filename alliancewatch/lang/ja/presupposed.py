"""Japanese: event words the sentence presupposes or leaves open, not events it tells.

Round 19 (blind18 PRES). Gold codes no mention for an event noun that only names a public
mood (…との反発が強い, 懸念が広がっている; a mood inside a government, 米政府内には…との
懸念も強い, is the state's), an open aspect of a future event (撤収の時期, 交渉の行方), a
plan's content (駐留を柱とする和平案) or what a law makes possible (在外邦人の輸送は、…法改正
で可能になった); nor for an act asked about as an open question (対抗措置をとるかどうか)
unless its clause writes the state it is aimed at (ロシアが北朝鮮に技術を提供しているか
どうか, ウクライナに…提供できるかどうか検討する: gold codes these, possible). An event noun
that is the subject of an intransitive light verb in a clause of time (空爆が始まってから、
ユーゴ軍は…) names the time: the main clause's subject is not its doer, and with no
participant written it is no mention. An act a stance verb judges (米英の攻撃に反対して
きた, 艦艇派遣を歓迎) with no target written in its own phrase is told before (judged_unaimed).
A ballot cast against a resolution in a vote the sentence counts (採決では…反対し, 日本は
賛成、中国は反対) opposes a text, no state's act (r23pres: gold codes no ACCUSE there).
What an effort works toward (条約を締結するよう全力を尽くす) is a goal, not yet an event.
An activity taken over or shut out of (後方支援を引き継ぎ, 合同演習から締め出し) is named, not told;
so is an event years are counted from (ソ連軍撤退から27年: r28type, years_since).
Round 28 (r28pact): so is an event a first is counted from (断交後初), a condition a treaty
needs (発効には両国議会の批准が必要), and what two sides agree to go on doing (支援を継続して
いくことで一致, 連携していくことを確認: the AGREE is the event; gold none or optional).
A bid for membership or a seat that a stance judges (ロシアのAPEC加盟を支持, 常任理事国入り
への支持) is that stance's content, no joining told (r25pres).
The cue words are data patterns (data/patterns.tsv: mood_rise, mood_organ, open_aspect,
made_possible, open_question, time_clause, stance_verb, vote_key, vote_tally, bid_key,
bid_judged, activity_object, effort_goal, years_since, since_first, needed_for,
agreed_ongoing, setting_meeting, setting_after).
Round 31 (r31pres): so is talks or cooperation agreed to (交渉を加速させることで一致).
Round 32 (grppres): so is a treaty's entry into force told as a condition or counted from
one (新条約が発効すれば, 50カ国が批准した90日後に発効する: conditional_force, force_counted).
Round 30 (r30pres): a bare meeting noun that only sets the scene (両首脳は会談で…一致) is
restated talks (spec §6), no new consultation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alliancewatch.lang.ja.graph import NOMINAL, Graph, names_place
from alliancewatch.lang.ja.lexicon import Trigger, pattern
from alliancewatch.lang.ja.modality import verbs_above

if TYPE_CHECKING:  # predicate.py imports untold.py, which derives from this module's class
    from alliancewatch.lang.ja.predicate import Draft

MOOD_RISE = pattern("mood_rise")
MOOD_ORGAN = pattern("mood_organ")
OPEN_ASPECT = pattern("open_aspect")
MADE_POSSIBLE = pattern("made_possible")
OPEN_QUESTION = pattern("open_question")
TIME_CLAUSE = pattern("time_clause")
STANCE_VERB = pattern("stance_verb")
VOTE_KEY = pattern("vote_key")
VOTE_TALLY = pattern("vote_tally")
ACTIVITY_OBJECT = pattern("activity_object")
EFFORT_GOAL = pattern("effort_goal")
BID_KEY = pattern("bid_key")
BID_JUDGED = pattern("bid_judged")
YEARS_SINCE = pattern("years_since")
SINCE_FIRST = pattern("since_first")
NEEDED_FOR = pattern("needed_for")
AGREED_ONGOING = pattern("agreed_ongoing")
AGREED_CONTENT = pattern("agreed_content")
ENTRY_INTO_FORCE = pattern("entry_into_force")
CONDITIONAL_FORCE = pattern("conditional_force")  # 発効すれば: a condition, no act told
FORCE_COUNTED = pattern("force_counted")  # 批准した90日後に発効する: the treaty's future
SEVERAL_STATES = pattern("several_states")
SETTING_MEETING = pattern("setting_meeting")
SETTING_AFTER = pattern("setting_after")
LABELLED = pattern("labelled_act")  # 調印を「無効」とし: an act only judged (r30pres2)
CEREMONY = pattern("ceremony_setting")  # 大統領は調印式で述べた: the signing's scene
# what may hang on a bare setting noun: its particle, or the clause's topic the parser gives it
# (両首脳は会談で: 会談で read as a predicate); a date, partner or place is its own (nmod, obl)
SETTING_DEPS = frozenset({"case", "nsubj", "punct", "cop"})
# what may hang on a bare labelled act: its particle, or a compound naming no state (条約調印)
LABELLED_DEPS = SETTING_DEPS | {"compound"}
# what two sides agree to go on doing between themselves or for a third (blind33 014, 028);
# a request they will go on making stays required (求めていくことで一致: blind_ja)
ONGOING_TYPES = frozenset({"AID", "COOPERATE", "CONSULT"})
# talks or cooperation two sides agree to do (交渉を加速させることで一致: r31pres); an agreed
# dispatch or stationing (派遣することで合意) is AID, and gold requires it (blind6, 9, 20)
CONTENT_TYPES = frozenset({"COOPERATE", "CONSULT"})
# acts aimed at another state; statements about statements are left to untold.py, a
# launch or build-up needs no target (北朝鮮の発射を非難: gold codes it), symmetric
# types need both sides written anyway
AIMED_ACTS = frozenset({"ASSAULT", "AID", "SANCTION", "RETREAT", "THREATEN"})
# roles in which a phrase names whom an act is aimed at (lang.ROLES)
TARGET_ROLES = frozenset({"recipient", "patient", "compound", "comitative", "source", "target"})
# a case that writes whom an act is aimed at (北朝鮮に, ロシアへ, イランに対し)
AIMED = ("に", "へ", "に対し", "に対して", "への", "に対する", "から")
# the stances that a public holds as a mood (反発, 懸念): all are ACCUSE triggers
MOOD_TYPES = frozenset({"ACCUSE"})


def _names_place(g: Graph, c: int) -> bool:
    """The phrase headed by c holds a place or organisation name (北朝鮮に, not 年内に)."""
    first, _ = g.chain(c)
    return names_place(g, g.tokens[first].start, g.tokens[c].end)


class JapanesePresupposed:
    """Presupposed and open event words (a mixin of untold.JapaneseUntold)."""

    def _presupposed(self, g: Graph, i: int, p: int, trig: Trigger, nominal: bool) -> bool:
        """Trigger i (predicate p) is a mood, an open aspect, a plan's content or an open
        question: no frame."""
        t = g.tokens[i]
        after = g.text[t.end :]
        if t.pos in NOMINAL and g.is_chain_head(i):
            if (
                nominal
                and p == i
                and trig.event in MOOD_TYPES
                and MOOD_RISE.match(after)
                and not MOOD_ORGAN.search(g.text[: t.start])  # 米政府内には…懸念も強い
            ):
                return True  # インドネシア国内では…との反発が強く
            if OPEN_ASPECT.match(after) or MADE_POSSIBLE.match(after):
                return True  # 撤収の時期, 駐留を柱とする和平案, 輸送は…改正で可能になった
            if ACTIVITY_OBJECT.match(after):
                return True  # 後方支援の一部を引き継ぎ, 合同演習から締め出し
            if YEARS_SINCE.match(after):
                return True  # ソ連軍撤退から27年: an anniversary's reference, background
            if NEEDED_FOR.match(after):
                return True  # 発効には議会の承認が必要: a condition, not told
        k = g.text.rfind(trig.key, 0, t.end)  # the key inside its compound (断交後初)
        if t.pos in NOMINAL and k >= 0 and SINCE_FIRST.match(g.text[k + len(trig.key) :]):
            return True  # 断交後初の電話会談: a first counted from it, background
        agreed = (trig.event in ONGOING_TYPES and AGREED_ONGOING.match(after)) or (
            trig.event in CONTENT_TYPES and AGREED_CONTENT.match(after)
        )
        if agreed and not SEVERAL_STATES.search(g.text[: t.start]):  # 日米韓で連携していく
            return True  # 支援を継続していくことで一致: the accord's content, the AGREE told
        if ENTRY_INTO_FORCE.match(trig.key) and (
            CONDITIONAL_FORCE.match(after) or FORCE_COUNTED.search(g.text[: t.start])
        ):
            return True  # 新条約が発効すれば, 批准した90日後に発効する: not yet in force
        if nominal and p == i and self._judged_bid(g, i, trig):
            return True  # ロシアのAPEC加盟を支持, 日本の常任理事国入りへの支持
        if not nominal and EFFORT_GOAL.match(g.text[g.tokens[p].end :]):
            return True  # 平和条約を締結するよう全力を尽くす: a goal, not yet done
        if VOTE_KEY.match(trig.key) and VOTE_TALLY.search(g.text):
            return True  # 採決では…反対し, 賛成13、反対2で採択: a ballot, no accusation
        if nominal and p == i and self._bare_setting(g, i, trig):
            return True  # 両首脳は会談で…一致, 外相は会談後、…署名した: the talks restated
        if t.pos in NOMINAL and self._labelled_act(g, i):
            return True  # 調印を「無効」とし, 空爆を「露骨な侵略」と非難: an act only judged
        at = g.text.find(trig.key, t.start, t.end + len(trig.key))
        if at >= 0 and CEREMONY.match(g.text[at + len(trig.key) :]):
            return True  # 大統領は調印式で…述べた, 調印式には…参加した: the signing's scene
        return self._open_question(g, i, p)

    @staticmethod
    def _bare_setting(g: Graph, i: int, trig: Trigger) -> bool:
        """両首脳は会談で…一致した, 4カ国の外相は会談後、…署名した: a bare meeting noun with
        no date, partner or place of its own, only the setting of the act the clause tells,
        restates talks told before (spec §6; gold optional in all ja sets). One with its own
        modifier (9日の…との会談後, 署名に先立つ会談で) or in a compound (首脳会談で) stays."""
        t = g.tokens[i]
        if trig.event != "CONSULT" or not SETTING_MEETING.match(t.text):
            return False
        if g.chain(i)[0] != i or any(
            g.tokens[c].dep not in SETTING_DEPS for c in g.children[i] if c < i
        ):
            return False  # 同日の会談で, …との会談後: the meeting's own date or partner
        return bool(SETTING_AFTER.match(g.text[t.end :]))

    @staticmethod
    def _labelled_act(g: Graph, i: int) -> bool:
        """調印を「無効」とし, 空爆を「露骨な侵略」と非難した: a bare event noun that is the object
        of a quoted label is only what the label judges, an act told elsewhere (gold codes none
        of the bare ones). One with its own doer, date or owner (米国の攻撃を「侵略」と) stays."""
        before = [c for c in g.children[i] if c < i]
        if any(g.tokens[c].dep not in LABELLED_DEPS or _names_place(g, c) for c in before):
            return False  # 北朝鮮の発射を「挑発」と: the doer written, gold often requires it
        return bool(LABELLED.match(g.text[g.tokens[i].end :]))

    @staticmethod
    def _judged_bid(g: Graph, i: int, trig: Trigger) -> bool:
        """ロシアのAPEC加盟を支持, 日本の常任理事国入りへの支持, スウェーデンのNATO加盟を
        承認: a bid for membership or a seat that a state backs, approves or opposes is the
        content of that stance, no joining told (gold codes the stance only, its recipient the
        bidder: the organisation is dropped by not_actor.tsv)."""
        if not BID_KEY.match(trig.key):
            return False
        t = g.tokens[i]
        end = g.text.find(trig.key, t.start, t.end + len(trig.key))
        after = g.text[end + len(trig.key) :] if end >= 0 else g.text[t.end :]
        return bool(BID_JUDGED.match(after))

    @staticmethod
    def _open_question(g: Graph, i: int, p: int) -> bool:
        """対抗措置をとるかどうか慎重に検討している, 釈放を続けるかどうか明らかにしていない:
        an act asked about is not told. One aimed at a state written in its clause
        (北朝鮮に…提供しているかどうか) is told as possible, as gold codes it."""
        v = p
        if g.tokens[v].pos in NOMINAL:
            # 停戦協議が進むかどうか: the verb the noun is an argument of
            h = g.head(v)
            if h is None or h < v or g.tokens[h].pos != "VERB":
                return False
            v = h
        if not OPEN_QUESTION.match(g.text[g.tokens[v].end :]):
            return False
        return not any(
            g.marker(c) in AIMED and _names_place(g, c) for c in g.children[v] + g.children[i]
        )

    @staticmethod
    def _judged_unaimed(d: Draft) -> bool:
        """米英の攻撃に反対してきた, 「米国の武力行使を支持する」, 武力行使を全面的に支持
        するわけではない, 日本などの艦艇派遣を歓迎: an act named as a noun that a stance
        verb judges (data pattern `stance_verb`) is told before; with no
        state written as its target in its own phrase gold codes none (r19pres tally: of
        such nouns in all ja sets none is required), while the coder would fill its target
        from another clause. One with its target written (ロシアによるウクライナ侵略を非難,
        独軍旅団のリトアニア駐留を批判) stays."""
        g, i = d.g, d.i
        if not d.nominal or d.p != i or d.trig.event not in AIMED_ACTS:
            return False
        v = next(verbs_above(g, i), None)
        if v is None or not STANCE_VERB.match(g.tokens[v].lemma):
            return False
        return not any(
            a.participant and a.role in TARGET_ROLES and names_place(g, a.start, a.end)
            for a in d.args
        )

    @staticmethod
    def _doerless_time(d: Draft) -> bool:
        """空爆が始まってから、: an event noun that is the subject of an intransitive light
        verb in a clause of time, with no participant written, names the time only; the
        coder would guess its sides from the article (ロシアによるウクライナ侵攻が始まって
        以降: its doer written, gold codes it)."""
        return JapanesePresupposed._time_subject(d.g, d.p, d.voice) and not any(
            a.participant for a in d.args
        )

    @staticmethod
    def _time_subject(g: Graph, p: int, voice: str) -> bool:
        """空爆が始まってから、ユーゴ軍は…強めた: the event noun is the subject of an
        intransitive light verb in a clause of time; the clause has its subject, and the
        main clause's subject is not the event's doer."""
        return voice == "intransitive" and bool(TIME_CLAUSE.match(g.text[g.tokens[p].end :]))
