"""Japanese: the predicate that carries a trigger, and the frame being built (Draft).

A trigger noun that is the object of a light verb (会談を行う, 支援を受ける) takes its roles
and voice from that verb (data/light_verbs.tsv); a noun told as background, cited or not
carried out here gives no frame. The frame builder (frames.py) starts every frame here and
passes the Draft through its later steps (participants.py, attribution.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from alliancewatch.lang.ja.graph import NOMINAL, Graph
from alliancewatch.lang.ja.headlines import headline
from alliancewatch.lang.ja.lexicon import READINGS, Trigger, pattern
from alliancewatch.lang.ja.modality import QUOTE_CLOSE, QUOTE_OPEN
from alliancewatch.lang.ja.untold import UNDOING
from alliancewatch.lang.ja.voice import passive
from alliancewatch.types import Argument, Cue, Sentence

LIGHT_LINKS = {"を", "が", "は", "も", "まで", "までも", "に", "には", "にも", "へ", "へは", ""}
ATTITUDE = pattern("attitude_noun")
RESTATED = pattern("restated")
MEANS_VERB = pattern("answered_by_means")
# goods that are fired at a place as often as sent to a state
FIRED = frozenset({"ミサイル", "無人機", "ロケット"})


@dataclass
class Draft:
    """One frame while it is built: each step of the builder reads what the steps before
    it found (the predicate, the arguments, the speaker) and adds its own."""

    g: Graph
    sentence: Sentence
    i: int  # the trigger token
    trig: Trigger
    first: int  # first token of the trigger's noun chain
    key_start: int  # where the trigger key starts (inside a compound: ロシア派兵)
    p: int  # the predicate that carries it (a light verb, or i itself)
    voice: str
    nominal: bool
    reason: int | None  # 加盟を受けて: where an "in response to" phrase ends
    args: list[Argument] = field(default_factory=list)
    quote: tuple[int, int] | None = None
    cues: list[Cue] = field(default_factory=list)
    speech_verb: int | None = None
    speech_cue: str | None = None
    path: list[int] = field(default_factory=list)
    conditional: bool = False
    speaker: Argument | None = None
    in_quote: bool = False

    def site(self) -> tuple[Graph, Sentence, int, Trigger, int, int]:
        """Where the trigger stands: what every step after the predicate starts from."""
        return self.g, self.sentence, self.i, self.trig, self.first, self.key_start


class JapanesePredicate:
    """The first step of the frame builder (a mixin of frames.JapaneseFrames)."""

    def _predicate(
        self, g: Graph, sentence: Sentence, i: int, trig: Trigger, first: int, key_start: int
    ) -> Draft | None:
        t = g.tokens[i]
        nominal = t.pos in NOMINAL
        p, voice = i, "active"
        anchor = i
        h = g.head(i)
        n = len(g.tokens)
        close = next((k for k in range(i + 2, n) if g.tokens[k].text in QUOTE_CLOSE), 0)
        if (
            nominal
            and h is not None
            and i + 1 < n
            and g.tokens[i + 1].text in QUOTE_OPEN
            and i + 1 < h < close
        ):
            anchor, h = h, g.head(h)  # 合同演習「フリーダム・シールド」を実施: the name stands in
        if nominal and h is not None and g.marker(i) == "の" and ATTITUDE.match(g.tokens[h].text):
            anchor, h = h, g.head(h)  # 遺憾の意を表明, 感謝の意を表した: 意 carries the noun
        at = g.tokens[anchor]
        if (
            nominal
            and h is not None
            and g.tokens[h].lemma in self.lex.light_verbs
            # 訓練を予定している, not 演習は24日まで続く予定だ: a plan noun (予定, 計画) is a
            # light verb only as a verb
            and (g.tokens[h].pos == "VERB" or g.tokens[h].lemma not in self.planning)
            and at.dep in ("obj", "nsubj", "obl")
            and g.marker(anchor) in LIGHT_LINKS
            and not self._stance_about(g, h, anchor)  # …による協力に懸念を示した
            and not self._words_between(g, h, anchor)  # 侵攻は…暴挙である旨述べました
        ):
            p, voice = h, self.lex.light_verbs[g.tokens[h].lemma]
            nominal = False
        elif (
            nominal
            and h is not None
            and at.dep == "obl"
            and g.marker(anchor) == "で"
            and g.tokens[h].pos == "VERB"
            and MEANS_VERB.match(g.tokens[h].lemma)
        ):  # 韓国軍は…海上射撃で応じた: the act a side answers with is its own act
            p, nominal = h, False
        reason = self._reason_end(g, i, trig.event) if t.pos in NOMINAL else None
        if reason is not None:  # 加盟を受けて: "in response to", nothing received
            p, voice, nominal = i, "active", True
        if t.pos in NOMINAL and RESTATED.match(g.text[t.end :]):
            return None  # 本合意に基づき, 懸念には当たらない: cited or dismissed, not told here
        treaty_noun = trig.pair and nominal and p == i and not headline(sentence)
        if treaty_noun and self._treaty_background(g, i, reason is not None):
            return None  # 条約の発効で, 協定締結の背景: the treaty told before
        if p == i and self.lex.light_verbs.get(t.lemma) == "receptive":
            voice = "receptive"  # 受け取る, ロシアによる砲弾調達: the doer receives
        if self._not_told(g, i, p, trig, nominal) or (
            trig.requires.startswith(READINGS)
            and not self._object_ok(
                g,
                trig.requires,
                [p, anchor],
                self._unmarked_objects(g, i, first, key_start),
                trig.event in UNDOING,
            )
        ):
            return None  # 条約を結ぶ, not 両国を結ぶケーブル; 兵器を送る, not 書簡を送る
        shipped = (  # 北朝鮮、ロシアにコンテナ1000個分の武器か: a headline's goods sent to
            nominal  # a destination, with no verb
            and headline(sentence)
            and p == i
            and trig.key not in FIRED  # イラン、米軍基地にミサイル: fired at, not sent
            and any(g.marker(c) in ("に", "へ") and c < i for c in g.children[i])
        )
        if (
            trig.requires == "receptive"
            and not shipped
            and (voice != "receptive" or g.marker(anchor) not in ("を", "も", "まで", ""))
        ):
            # 武器を受け取った is a transfer; 兵士が攻撃を受けた is not
            return None
        if voice == "active" and passive(g, p):  # not 撤退を余儀なくされた (voice.py)
            voice = "passive"
        return Draft(g, sentence, i, trig, first, key_start, p, voice, nominal, reason)
