"""Japanese: who says an event where no quotative と and speech verb say it.

Three shapes (data/said_content.tsv; patterns.tsv not_holding, copula_end,
volitional_end): a clause on a content noun that a say verb takes as its object
(〜する考えを示した, 〜したことを明らかにした, 〜を歓迎する声明を出した; the minutes' 〜する
旨述べました drops the を, and 〜したい旨の発言がありました says it with a speech noun); an event
noun that a say verb takes as its object (無人機の供与を否定した); and a bare する after a
quotative と (Xは…としている, …報復だとした), which reports what its subject holds. The
subject of the verb found claims the event (spec §6); the foreign ministry's minutes write
that subject with から at the head of the sentence or of a later clause, a turn (岩屋大臣
から、…旨述べました: patterns.tsv minutes_speaker), which is also the subject of the turn's
own acts; older minutes write より (小泉総理より、), an item's subject may come first (拉致
問題について、…より、), and a side written right after the speaker (…より、北朝鮮側に対し、:
patterns.tsv minutes_addressee) is the other side of the turn's statements that name none.
A base class of the modality climb (modality.py), which asks here at each step up from
the event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from alliancewatch.lang.ja.graph import NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument

NOT_HOLDING = pattern("not_holding")
COPULA_END = pattern("copula_end")
VOLITIONAL = pattern("volitional_end")
QUOTED = pattern("quotative")
JOINED = pattern("not_quotative")
MINUTES = pattern("minutes_speaker")
# the stances a reply turn takes toward what the turn it answers said
ANSWERING = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
REPLY = pattern("minutes_reply")
ADDRESSED_TO = pattern("minutes_addressee")
# the statements a turn addresses to the side written after its speaker (…より、X側に対し、)
ADDRESSED = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})
REPLY_SPEAKER = pattern("minutes_reply_speaker")


# --- the minutes' turns: who speaks, written with から、 (岩屋大臣から、…旨述べました) ---
# They open the sentence, after a bullet or an item number, or a later clause after a
# continuative verb (両首脳は、…意見交換を行い、安倍総理から、…よう求めました); the speaker is the
# subject of the turn's predicates that write none of their own (its speech verb and its own
# acts: …に深刻な懸念を表明し、…控えるよう求めました), found by place, as the parser hangs
# it anywhere.
CLAUSE_VERB = ("VERB", "AUX")  # what ends a continuative clause before a later turn (行い、)


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the speaker's name (start, end) and where the turn's words begin."""

    start: int
    end: int
    opens: int
    reply: bool = False  # a reply to the turn before it (minutes_reply)


def turns(g: Graph) -> list[Turn]:
    """The turns a sentence of minutes opens: at its head, after each continuative clause
    ending in a verb and a comma (…を行い、安倍総理から、), and a reply after the first turn
    (patterns.tsv minutes_reply)."""
    starts = [0] + [
        t.end + 1
        for k, t in enumerate(g.tokens)
        if t.pos in CLAUSE_VERB
        and g.text[t.end : t.end + 1] == "、"
        and k + 1 < len(g.tokens)
        and g.tokens[k + 1].pos not in CLAUSE_VERB
    ]
    out: list[Turn] = []
    for at in starts:
        m = MINUTES.match(g.text[at:])
        if m is not None:
            out.append(Turn(at + m.start("who"), at + m.end("who"), at + m.end()))
    # a reply turn after the turn it answers (…旨述べたところ、X首相から、…; …旨述べたのに
    # 対し、X首相から歓迎の意が示されました): its speaker, not the first one, says the rest
    for j in REPLY.finditer(g.text):
        m = REPLY_SPEAKER.match(g.text[j.end() :])
        if m is not None and out and out[0].end <= j.start():
            at = j.end()
            out.append(Turn(at + m.start("who"), at + m.end("who"), at + m.end(), True))
    return sorted(set(out), key=lambda t: t.start)


def turn_before(g: Graph, at: int) -> Turn | None:
    """The last turn whose speaker is written before character offset at."""
    found = [t for t in turns(g) if t.end <= at]
    return found[-1] if found else None


def answered(g: Graph, at: int) -> Turn | None:
    """The turn that the reply turn holding character offset at answers (…旨述べたのに対し、
    X首相から歓迎の意が示されました: what the first speaker said is what X welcomes)."""
    found = [t for t in turns(g) if t.end <= at]
    if len(found) < 2 or not found[-1].reply or not opened_by(g, found[-1], at):
        return None
    return found[-2]


def speaker_of(g: Graph, turn: Turn, role: str = "agent") -> Argument | None:
    """The turn's speaker as an argument with marker から (a name ending in a noun)."""
    k = g.ending_at(turn.end)
    if k is None or g.tokens[k].pos not in NOMINAL:
        return None
    s, e = phrase_span(g, k)
    # (the parser may hang the turn's first words on the speaker's name: the name ends
    # at から all the same)
    s, e = max(s, turn.start), min(e, turn.end)
    return Argument(role, g.text[s:e], s, e, "から")


def proper(g: Graph, a: Argument) -> bool:
    """Whether argument a holds a proper noun (a state, an organ or a person, by name)."""
    return any(
        "固有名詞" in t.tag or t.pos == "PROPN" for t in g.tokens if a.start <= t.start < a.end
    )


def opened_by(g: Graph, turn: Turn, at: int) -> bool:
    """Whether character offset at lies in the turn: no sentence end or second turn
    between, and not inside a quote (whose own words have their own subjects)."""
    between = g.text[turn.opens : at]
    return "。" not in between and between.count("「") <= between.count("」")


class JapaneseSaying:
    said: dict[str, dict[str, str]]  # said_content.tsv by kind (set by JapaneseModality)
    content_nouns: set[str]  # content_nouns.tsv: 旨, 趣旨 (set by JapaneseModality)

    def _holds(self, g: Graph, cur: int, h: int, conn: str, cur_nominal: bool) -> bool:
        """Xは…としている, 「…」とした, …報復だとしています: a bare する after a quotative と
        reports what its subject holds, a speech verb of its own (not とされる, a judgement
        with no one named, nor …として, a reason given for the verb after it, nor the
        volitional 〜ようとしている, an attempt)."""
        if g.tokens[h].lemma != "する" or conn != "と" or NOT_HOLDING.match(g.tail(h)[1]):
            return False
        if g.tokens[h].dep == "acl" or VOLITIONAL.search(g.tail(cur)[1]):
            return False  # 「感謝する」とする一方 (a modifier), 受けようとする (an attempt)
        if cur_nominal and not COPULA_END.search(g.tail(cur)[1]):
            return False  # …を対象とした: a noun made into another, nothing said
        return self._speaker(g, h) is not None

    def _said_by(
        self, g: Graph, cur: int, h: int, cur_nominal: bool, first: bool, conn: str
    ) -> int | None:
        """The verb that says what cur tells, without a quotative と (data/said_content.tsv):
        a clause on a content noun that is the verb's object (〜する考えを示した, 〜したことを
        明らかにした, 〜を歓迎する声明を出した), or the event noun itself as the object of a
        say verb (無人機の供与を否定した, 制裁を発表した). Its subject claims it (spec §6)."""
        noun = g.tokens[h]
        if first and cur_nominal:  # the event noun is the object itself
            return self._saying(g, h, "say") if conn in ("を", "は") else None
        # (「…支持する」との立場を示した: the parser may hang the quoted clause as nmod)
        clause = g.tokens[cur].dep == "acl" or g.tokens[cur].dep == "nmod" and conn == "との"
        # (訪問を歓迎する旨述べました: a clause the parser hung elsewhere, given its noun by
        # modality._stray_content)
        clause = clause or g.tokens[cur].dep == "dep" and g.head(cur) != h
        if cur_nominal or noun.pos not in NOMINAL or not clause:
            return None
        kinds = self.said["noun"].get(noun.lemma)
        v = g.head(h)
        if kinds is None or v is None:
            return None
        marker = g.marker(h)
        if marker == "の" and g.tokens[v].pos in NOMINAL:  # 〜したい旨の発言があった
            return v if g.tokens[v].lemma in self.said["say"] else None
        if marker not in ("を", "は", "も") and not (
            marker == "" and noun.lemma in self.content_nouns
        ):
            return None  # (〜する旨述べた: the minutes drop the を)
        return self._saying(g, v, kinds)

    def _saying(self, g: Graph, v: int, kinds: str) -> int | None:
        """v when it is a say verb (or a show verb, where kinds allow): 明らかにした counts
        through its light part, whichever of the two the parser made the head."""
        t = g.tokens[v]
        verbs = {**self.said["say"], **(self.said["show"] if "show" in kinds else {})}
        if t.lemma in verbs:
            return v
        if t.lemma == "する" and any(g.tokens[c].lemma in verbs and c < v for c in g.children[v]):
            return v
        return None

    def _minutes_speaker(self, g: Graph, v: int) -> list[Argument]:
        """岩屋大臣から、…旨述べました, 日本側から、…したい旨の発言がありました: the foreign
        ministry's minutes write who speaks as a から-phrase set off by a comma at the head of
        the sentence (patterns.tsv minutes_speaker), which the parser hangs anywhere; it is
        the subject of the speech verb or noun v after it that has no subject of its own,
        when v reports words (a 旨-clause, a と-clause): 石破総理から、…懸念を表明しました is
        the speaker's own act, which reports no words and claims nothing (statements.py)."""
        turn = turn_before(g, g.tokens[v].start)
        if turn is None:
            return []
        if not any(
            g.tokens[c].lemma in self.content_nouns
            or QUOTED.match(g.connector(c)[1])
            and not JOINED.match(g.connector(c)[1])  # 伝えるとともに: an act joined
            for c in g.children[v]
            if c < v
        ):
            return []
        speaker = speaker_of(g, turn)
        return [speaker] if speaker is not None else []

    def _minutes_addressee(
        self, g: Graph, p: int, event: str, args: list[Argument]
    ) -> list[Argument]:
        """…旨述べたのに対し、ラタス首相から歓迎の意が示されました: a reply's stance with no
        other side written is toward the speaker of the turn it answers (a patient)."""
        if event not in ANSWERING or any(a.role in ("recipient", "patient") for a in args):
            return []
        turn = answered(g, g.tokens[p].start)
        found = speaker_of(g, turn, "patient") if turn is not None else None
        return [replace(found, marker="answered")] if found is not None else []

    def _turn_addressee(self, g: Graph, p: int, event: str, args: list[Argument]) -> list[Argument]:
        """小泉総理より、北朝鮮側に対し、…遵守するよう求めるとともに、ミサイル問題についての懸念
        を表明しました: the minutes write whom a turn is addressed to right after its speaker
        (patterns.tsv minutes_addressee); a statement of the turn that names no one of its
        own (ミサイル問題について) is addressed to that side, as each of its acts is."""
        if event not in ADDRESSED or any(
            a.role in ("recipient", "patient") and proper(g, a) for a in args
        ):
            return []
        turn = turn_before(g, g.tokens[p].start)
        if turn is None or not opened_by(g, turn, g.tokens[p].start):
            return []
        m = ADDRESSED_TO.match(g.text[turn.opens :])
        k = g.ending_at(turn.opens + m.end("to")) if m is not None else None
        if k is None or g.tokens[k].pos not in NOMINAL:
            return []
        s, e = phrase_span(g, k)
        s = max(s, turn.opens)
        return [Argument("recipient", g.text[s:e], s, e, "addressed")]

    def _minutes_agent(self, g: Graph, p: int, givers: tuple[Argument, ...] = ()) -> list[Argument]:
        """安倍総理から、イランが…講じていることに深刻な懸念を表明し、…控えるよう求めました:
        a predicate of a minutes' turn with no subject of its own is the speaker's. What is
        received (林大臣から、…求め、A長官及びB長官から、支持を得ました) is given by the
        turn's から-phrase (one of `givers`, the act's sources) and received by the speaker
        of the turn before it."""
        turn = turn_before(g, g.tokens[p].start)
        if turn is None or not opened_by(g, turn, g.tokens[p].start):
            return []
        if any(a.start <= turn.start < a.end for a in givers):
            turn = turn_before(g, turn.start)
            if turn is None:
                return []
        speaker = speaker_of(g, turn)
        return [speaker] if speaker is not None else []

    def _minutes_words(self, g: Graph) -> tuple[int, int] | None:
        """冒頭、岸田総理大臣から、ロシアの侵略は…暴挙であり、…旨述べました: the words the
        minutes report run from the speaker's から、 (patterns.tsv minutes_speaker) to the
        first content noun (旨) that a say verb or noun right after it reports; a span with
        one character of margin either side, as a quote's brackets are (blame.py reads a
        judgement in it as in a quote). The same for each predicate, so found once."""
        return g.once("minutes_words", lambda: self._find_minutes_words(g))

    def _find_minutes_words(self, g: Graph) -> tuple[int, int] | None:
        first = next(iter(turns(g)), None)
        if first is None:
            return None
        for t in g.tokens:
            if t.start < first.opens or t.lemma not in self.content_nouns:
                continue
            if t.lemma not in self.said["noun"]:
                continue  # 手続き, 作業: no words said
            v = next((u.i for u in g.tokens[t.i + 1 :] if u.pos in ("VERB", "NOUN")), None)
            if v is None or g.tokens[v].start - t.end > 2:  # 旨述べ, 旨の発言
                return None
            said = self._is_speech(g, v) or g.tokens[v].lemma in self.said["say"]
            return (first.opens - 1, t.start + 1) if said else None
        return None

    def _outside_turn_words(self, g: Graph, p: int, args: list[Argument]) -> list[Argument]:
        """X大統領から、日本は…パートナーである旨述べ、…招待に謝意を表明しました: a subject
        inside the words a turn reports (to 旨) is theirs, not a predicate's after them,
        however the parser hangs it; that predicate is the speaker's (_minutes_agent)."""
        words = self._minutes_words(g)
        if words is None or words[0] < g.tokens[p].start < words[1]:
            return args
        return [
            a
            for a in args
            if not (a.role in ("agent", "topic") and words[0] < a.start and a.end < words[1])
        ]

    def _speaker(self, g: Graph, v: int) -> Argument | None:
        """The subject of speech verb v: defined by JapaneseSpeakers (speakers.py)."""
        raise NotImplementedError

    def _is_speech(self, g: Graph, v: int) -> bool:
        """v is a speech verb: defined by JapaneseModality (modality.py)."""
        raise NotImplementedError
