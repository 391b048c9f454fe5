"""Japanese: which token of a sentence is an event trigger, and whether its reading is met.

A key is looked up on the whole noun chain (拡声器放送), on a compound whose last noun
carries out the one before it (売却承認), and on a verb's lemma; a reading that asks for an
object or subject (責任を主張した, not 合法だと主張した) is checked against the parse.
Kept apart from the frame builder (frames.py), which derives from this class.
"""

from __future__ import annotations

import re

from alliancewatch.lang.ja.args import PASSIVE_AUX
from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.headlines import headline_text
from alliancewatch.lang.ja.lexicon import (
    READINGS,
    Reading,
    Trigger,
    object_class,
    pattern,
    readings,
)
from alliancewatch.lang.ja.untold import UNDOING
from alliancewatch.lang.ja.voice import passive
from alliancewatch.types import Argument

LIGHT_NOUN = pattern("light_noun")
ENDING_NOUN = pattern("ending_noun")
JOINT = pattern("joint_manner")
UNISON = pattern("unison_manner")
NOUN_KEY = pattern("noun_key")
JOINT_KEY = "共同で"  # the trigger row a joint act is read with (data/triggers.tsv)
# in an `object:` reading: a place or state name is an object too
STATE_OBJECT = "<state>"
ADJECTIVAL = pattern("adjectival")
# the words a misplaced を-phrase is hung on (パレスチナを国家として, 政権を正式承認)
HOLDERS = NOMINAL | {"ADJ"}


def _names_place(g: Graph, s: int, e: int) -> bool:
    """The phrase is a state's or place's proper name (パレスチナ, アフガニスタン)."""
    toks = [t for t in g.tokens if s <= t.start < e]
    return bool(toks) and "地名" in toks[-1].tag and "固有名詞" in toks[-1].tag


def _verbal(g: Graph, i: int) -> bool:
    """A verb, or a verbal noun the parser tags ADV before する (けん制した): a verb all the
    same."""
    t = g.tokens[i]
    return t.pos == "VERB" or (
        t.pos == "ADV" and i + 1 < len(g.tokens) and g.tokens[i + 1].lemma == "する"
    )


def _headline_lead(g: Graph, args: list[tuple[int, Argument]], heads: list[int]) -> list[str]:
    """英空母「…」横須賀に寄港, 米空母、釜山に入港, 米海兵隊　レバノンに上陸: a headline drops the
    subject's が; its bare noun phrase is the piece before the destination (cut off by a comma
    or a gap, or where the destination's place name begins, the parser having joined them)."""
    if not headline_text(g.text):
        return []
    end = min(g.tokens[h].start for h in heads)
    pieces = [p for p in re.split(r"[\s　】、]", g.text[:end]) if p]
    if len(pieces) >= 2:
        return pieces[-2:-1]
    cut = end
    for _, a in args:
        if a.marker in ("に", "へ") and a.end <= end:
            places = [
                k for k, t in enumerate(g.tokens) if a.start <= t.start < a.end and "地名" in t.tag
            ]
            while len(places) > 1 and places[-2] == places[-1] - 1:
                places.pop()
            cut = min(cut, g.tokens[places[-1]].start if places else a.start)
    lead = g.text[:cut].strip()
    return [lead] if lead else []


class JapaneseTriggers:
    def _trigger(self, g: Graph, i: int, reading: bool = True) -> tuple[Trigger, int, int] | None:
        """(trigger, first chain token, char offset of the key in the sentence). With
        `reading`, a verb whose reading is not met (`_verb_reads`) is none; the frame
        builder asks without, as a seen asset (sighted) may retype it first. Asked for
        every token and again for each frame's reasons, so kept on the graph."""
        key = (i, reading)
        if key in g.triggers:
            return g.triggers[key]
        if reading:  # the trigger found without the reading, kept where a verb's reading is met
            found = self._trigger(g, i, reading=False)
            if found is not None and _verbal(g, i) and not self._verb_reads(g, i, found[0]):
                found = None
        else:
            found = self._find_trigger(g, i)
        g.triggers[key] = found
        return found

    def _find_trigger(self, g: Graph, i: int) -> tuple[Trigger, int, int] | None:
        """The trigger at token i, whether or not a verb's reading is met (`_trigger`)."""
        t = g.tokens[i]
        verbal = _verbal(g, i)
        if (t.pos not in NOMINAL and not verbal) or not g.is_chain_head(i):
            return None
        if t.pos in NOMINAL and ADJECTIVAL.match(g.text, t.end):
            return None  # 侵略的な計画: "aggressive", a quality, no event told
        if verbal and self._in_unison(g, i):
            return None  # 一致して非難した: the manner of the condemnation
        first, _ = g.chain(i)
        word = g.span_text(first, i)
        carried = self._carried(g, first, i) if t.pos in NOMINAL else None
        if carried is not None:
            return carried
        trig = self.lex.find_trigger(word)
        if verbal and trig is not None and NOUN_KEY.match(trig.key):
            trig = None  # 段階に入り: the verb 入る, not the noun of 平壌入り
        apart = range(first - 1, max(first - 4, -1), -1) if trig is None and not verbal else ()
        for k in apart:
            # 拡声器放送 with 拡声器 parsed apart (as ADJ or acl), 好ましからざる人物 read
            # as a verb, an auxiliary and a noun: a key written in one piece
            whole = self.lex.triggers.get(g.text[g.tokens[k].start : t.end])
            if whole is not None:
                return (whole, k, g.tokens[k].start) if whole.event != "NONE" else None
        if trig is None and verbal:
            trig = self.lex.triggers.get(t.lemma) or self._joint_act(g, i)
            if trig:
                return (trig, i, t.start) if trig.event != "NONE" else None
        if trig is None or trig.event == "NONE":
            return None
        return trig, first, g.tokens[first].start + word.rfind(trig.key)

    def _carried(self, g: Graph, first: int, i: int) -> tuple[Trigger, int, int] | None:
        """売却承認, 派遣決定, 侵攻開始: a compound ending in a noun that carries out another
        (a light verb's noun) names the event compounded before it, as 売却を承認した does;
        so does one ending a drill (演習終了: the drill was held)."""
        ending = ENDING_NOUN.match(g.tokens[i].text) is not None
        if first >= i or not (ending or LIGHT_NOUN.match(g.tokens[i].text)):
            return None
        before = g.span_text(first, i - 1)
        for n in range(min(self.lex.longest, len(before)), 0, -1):
            trig = self.lex.triggers.get(before[-n:])
            if trig is not None:
                if trig.event == "NONE" or (ending and trig.event != "MOBILIZE"):
                    return None  # 演習終了: the drill held; 支援終了 is no aid
                return trig, first, g.tokens[i - 1].end - n
        return None

    def _verb_reads(self, g: Graph, i: int, trig: Trigger) -> bool:
        """A verb is its trigger's event only where the reading's object or subject is met
        (責任を主張した, not 合法だと主張した), or the manner written right before it
        (`before:`, 断固として対応する): one that is not reads as no event for the clauses
        above it either (whose subject owns a joint act, what a charge governs)."""
        if not trig.requires.startswith(READINGS):
            return True
        return self._object_ok(g, trig.requires, [i], undoing=trig.event in UNDOING)

    @staticmethod
    def _stray_topic(g: Graph, p: int) -> list[str]:
        """艦隊は駆逐艦「A」、…の3隻で、…航行を続けている: the sentence's topic that the parser
        hung on a noun after it (no predicate) is the subject of the sentence's root verb p."""
        if g.head(p) not in (None, p):
            return []
        for c in range(p):
            h = g.head(c)
            if g.marker(c) == "は" and h is not None and h != p and g.tokens[h].pos in NOMINAL:
                s, e = phrase_span(g, c)
                return [g.text[s:e]]
        return []

    @staticmethod
    def _in_unison(g: Graph, i: int) -> bool:
        """一致して非難した, 国際社会が一致して対応する: a verb of accord in its て-form
        before another act, with no で-phrase saying what was agreed, is an adverb of
        manner (data pattern `unison_manner`), not an agreement."""
        t = g.tokens[i]
        return bool(UNISON.match(g.text[t.start :])) and not any(
            g.marker(c) == "で" for c in g.children[i]
        )

    def _joint_act(self, g: Graph, i: int) -> Trigger | None:
        """両国が共同で立案する, 制裁に共同で対抗する: a verb of no event type of its own done
        jointly (data pattern `joint_manner`) is the parties' cooperation (the trigger row
        keyed 共同で). A light or speech verb (共同で発表した)
        tells its object's event."""
        t = g.tokens[i]
        if t.lemma in self.lex.light_verbs or t.lemma in self.lex.speech_verbs:
            return None
        for c in g.children[i]:
            if c < i and JOINT.match(g.tokens[c].text + g.marker(c)):
                return self.lex.triggers.get(JOINT_KEY)  # 共同で立案
        return None

    @staticmethod
    def _hung_objects(g: Graph, heads: list[int]) -> list[tuple[int, Argument]]:
        """関係を…パートナーシップに格上げ, パレスチナを国家として承認, 政権を正式承認: a
        を-phrase the parser hung on the word after it is the head's object all the same."""
        out = []
        for h in dict.fromkeys(heads):
            for c in g.children[h]:
                for k in g.children[c]:
                    if (
                        k < c < h
                        and g.tokens[c].pos in HOLDERS
                        and "サ変" not in g.tokens[c].tag  # パキスタン領内を攻撃: 攻撃's own
                        and g.tokens[k].dep == "obj"
                        and g.marker(k) == "を"
                    ):
                        s, e = phrase_span(g, k)
                        out.append((h, Argument("patient", g.text[s:e], s, e, "を")))
        return out

    def _object_ok(
        self,
        g: Graph,
        requires: str,
        heads: list[int],
        more: tuple[str, ...] = (),
        undoing: bool = False,
    ) -> bool:
        """The row's `requires` met (lexicon.readings): 部隊を駐留させる or 米軍が駐留している
        (either alternative); 米軍が駐留している, not 米軍が駐留する基地 (both readings)."""
        return any(
            all(self._reading_ok(g, r, heads, more, undoing) for r in alt)
            for alt in readings(requires)
        )

    def _reading_ok(
        self,
        g: Graph,
        reading: Reading,
        heads: list[int],
        more: tuple[str, ...],
        undoing: bool,
    ) -> bool:
        kind, pattern = reading.kind, reading.pattern
        if kind in ("before", "not_before"):  # 断固として対応する: the manner right before
            found = any(
                re.search(pattern, g.text[: g.tokens[h].start]) for h in dict.fromkeys(heads)
            )
            return found if kind == "before" else not found  # 自国で調達: no one gives
        if kind in ("after", "not_after"):  # 駐留している: the form right after the verb
            found = any(re.match(pattern, g.text[g.tokens[h].end :]) for h in dict.fromkeys(heads))
            return found if kind == "after" else not found  # 請求権を放棄: a claim given up
        if pattern == ".":  # 輸入, 補給 need goods named as such: not 一部輸入, 補給任務
            more = ()
        args = [(h, a) for h in dict.fromkeys(heads) for a in self._args_of(g, h, set())]
        args += self._hung_objects(g, heads)
        if kind == "doer":  # 撤退を迫られた: a passive with no doer written is a predicament
            passives = [h for h in dict.fromkeys(heads) if passive(g, h)]
            # イランから撤退を迫られる: a から-phrase right before a bare object noun is the noun's
            # own (withdrawn from), not the presser (米国から防衛費の増額を迫られた)
            objects = {
                a.start
                for h, a in args
                if h in passives and a.role == "patient" and re.fullmatch(r"[^\sのなたる]+", a.text)
            }
            return not passives or any(
                re.fullmatch(pattern, a.marker)
                and not (a.marker == "から" and a.end + len(a.marker) in objects)
                for h, a in args
                if h in passives
            )
        if kind == "partner":  # 中国への接近, ソマリアに接近: the other side is a state named
            return any(
                re.search(pattern, a.marker) and _names_place(g, a.start, a.end) for _, a in args
            )
        if STATE_OBJECT in pattern:  # パレスチナを（国家として）承認: a state named as the object
            # パレスチナの承認を表明: with a subject written, a state's の-phrase is the object
            doer = any(
                g.marker(k) in ("は", "が", "も")
                and self.lex.find_trigger(g.span_text(g.chain(k)[0], k)) is None  # 加盟は
                for k in range(min(heads))
            )
            nouns = {h for h in heads if g.tokens[h].pos in NOMINAL}
            named = [
                a
                for h, a in args
                if _names_place(g, a.start, a.end)
                and (a.role == "patient" or (a.role == "genitive" and doer and h in nouns))
            ]
            pattern = pattern.replace(STATE_OBJECT, "$^")
            if kind == "object" and named:
                return True
        starts = {k: g.tokens[k].start for k in heads}
        objects = list(more) + [
            a.text
            for h, a in args
            if a.role == "patient"
            # パレスチナを国家として承認: what the object is taken as says what it is
            or (kind == "object" and a.marker == "として")
            # 監視の仕組みに参加する: the light verb's に-object is the joint body itself
            or (
                kind == "object"
                and a.marker == "に"
                and any(a.start <= starts[k] < a.end for k in heads)
                and getattr(self.lex.find_trigger(a.text), "event", "") == "COOPERATE"
            )
            # 情報共有も停止した: も stands for を on an active verb's object
            or (
                kind == "object"
                and a.marker == "も"
                and a.role == "topic"
                and not any(g.tokens[c].lemma in PASSIVE_AUX for c in g.children[h])
            )
            # 制裁の解除: an event noun in the の-phrase of an act on measures is its object,
            # and so is a thing of a class the reading names, of any event noun (金剛山観光の
            # 一時中断: <services>; 予備役の招集: <forces>)
            or (
                a.role == "genitive"
                and g.tokens[h].pos in NOMINAL
                and (
                    undoing
                    and self.lex.find_trigger(a.text) is not None
                    or object_class(a.text) in reading.classes
                )
            )
            or (  # 兵士103人が解放された: a passive's subject is its object
                a.role == "agent" and any(g.tokens[c].lemma in PASSIVE_AUX for c in g.children[h])
            )
            # 大統領令に署名, 市場に進出: what a に-phrase names can rule a reading out too
            or (kind == "not_object" and a.role == "recipient" and a.marker in ("に", "には"))
            # 穀物の輸出: a noun's の-phrase that names goods rules a reading out as well
            or (kind == "not_object" and a.role == "genitive" and g.tokens[h].pos in NOMINAL)
        ]
        if kind == "object":  # 出国するよう命じた: the clause ordered is what is acted on
            objects += [o for h in dict.fromkeys(heads) for o in g.ordered_acts(h)]
        if pattern.startswith("^に"):  # 合意に達した: a reading of the verb's に-phrase
            objects = ["に" + a.text for _, a in args if a.marker in ("に", "には", "にも")]
        if kind in ("subject", "not_subject"):  # 空母が…通過した: said of a force only
            objects = [a.text for _, a in args if a.role in ("agent", "topic")]
            objects = objects or self._stray_topic(g, heads[0]) or _headline_lead(g, args, heads)
        hit = any(re.search(pattern, o) for o in objects)
        return hit if kind in ("object", "subject") else not hit
