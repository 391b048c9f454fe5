"""Japanese: a state's pledge to cooperate, aid or meet, said one-sidedly, as an AGREE.

Spec §2 codes a promise or plan to cooperate, aid or meet as AGREE, and the round-24 lead
ruling reads a one-sided pledge so: 協力していく旨述べた, 支援を継続していく, 協力する用意が
あると伝えた, 関係を発展させていく考えを示した, 近く…と会談する意向を示した, 2件の供与を
表明する. The planned act is built as before (its frame, planned); the pledge is the same
frame again as an asserted AGREE, between the pledging state and its partner (symmetric, so
the coder takes the partner the act names, else the pair the passage is about).

Only the doer's own word is a pledge (data patterns `pledge_cue`, `pledge_said`,
`pledge_shown`): 〜ていく, 〜たい, 用意, 考え, 意向, a non-past act 〜する旨述べた or
〜すると表明した, a course 〜する方針を表明した; a schedule or a decision (予定, 方針を固めた)
is a plan, not a promise to anyone; a plan told by another speaker (官房長官は米国が…支援
していくとの見方を示した) is that speaker's view; a negated, conditional, forecast or needed
one (協力していく見通し, 〜していく必要がある: `pledge_hedge`) is no pledge made. The state
pledged to is the に-phrase of the verb that tells it (日本側に伝えた: `pledge_told`).

A promise verb with its content as a と-clause (…を行うと約束した, 首相に「…する」と約束
した: `promise_key`) is itself the AGREE, whatever the act promised: its partner is the
addressee set off before the content (日本側に対し、…; 首相に「…), which the parser often
hangs on a verb inside the content, and the clause is its content, no comitative party.
Told as a verb with no partner written (ロシアは…への協力を約束した), the promise is made to
the article's other state (the frame's pair); a promise noun (…廃棄する約束だ) is none.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.graph import ADDRESSEE_MARKERS, NOMINAL, Graph, phrase_span
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame

PLEDGE_CUE = pattern("pledge_cue")
PLEDGE_ACT = pattern("pledge_act")
PLEDGE_SHOWN = pattern("pledge_shown")
PLEDGE_TOLD = pattern("pledge_told")
ACCORDING_TO = pattern("according_to")
WISH = pattern("pledge_wish")
PLEDGE_FORM = pattern("pledge_form")
PLEDGE_HEDGE = pattern("pledge_hedge")
PLEDGE_SAID = pattern("pledge_said")
PLEDGE_QUOTED = pattern("pledge_quoted")
COURSE_ONLY = pattern("pledge_course_only")
PROMISE_KEY = pattern("promise_key")
SET_OFF = pattern("promise_addressee_end")
ADDRESSED = (*ADDRESSEE_MARKERS, "へ")  # (日本側へ伝えた)
DOER_ROLES = frozenset({"agent", "topic", "source"})
UNSURE = frozenset({"negated", "hypothetical", "possible", "probable"})


class JapanesePledges:
    """The AGREE a pledge to act is (spec §2), told beside the planned act."""

    def _pledges(self, g: Graph, frames: list[Frame]) -> list[Frame]:
        """An asserted AGREE for each planned act its own doer pledges."""
        return [
            replace(
                f,
                event="AGREE",
                arguments=(*f.arguments, *self._pledged_to(g, f)),
                nominal=False,
                pair=True,
                mode=(),
                context=(),
                cues=tuple(c for c in f.cues if c.label != "planned"),
                clause_dated=False,
                date_spans=(),  # 習主席は26日、…考えを示した: the day of the telling
                joint_event="",
            )
            for f in frames
            if self._promised(f) and self._pledged(g, f)
        ]

    @staticmethod
    def _promises(g: Graph, frames: list[Frame]) -> list[Frame]:
        """Each promise verb's frame with its addressee as the partner and its と-clause
        content taken out of its parties (module docstring)."""
        out = []
        for f in frames:
            i = g.covering(f.start)
            promised = (
                i is not None
                and f.event == "AGREE"
                and bool(PROMISE_KEY.match(f.key))
                and g.tokens[i].pos == "VERB"
            )
            if promised:  # …協力を約束した: with no partner written, the article's other state
                f = replace(f, pair=True)
            clause = [v for v in g.children[i] if v < i and g.marker(v) == "と"] if promised else []
            if i is None or not clause:
                out.append(f)
                continue
            content = [(g.tokens[v].start, g.tokens[v].end) for v in clause]
            args = [
                a
                for a in f.arguments
                if not (a.role == "comitative" and any(a.start <= s < a.end for s, _ in content))
            ]
            taken = {(a.start, a.end) for a in args}
            for k in range(i):
                if g.tokens[k].pos not in NOMINAL or g.marker(k) not in ADDRESSEE_MARKERS:
                    continue
                s, e = phrase_span(g, k)
                quoted = g.text.count("「", 0, s) > g.text.count("」", 0, s)
                if quoted or (s, e) in taken or not SET_OFF.match(g.text[e:]):
                    continue
                args.append(Argument("recipient", g.text[s:e], s, e, g.marker(k)))
            out.append(replace(f, arguments=tuple(args)))
        return out

    @staticmethod
    def _promised(f: Frame) -> bool:
        """An act a pledge can promise: its type, or its type and key (SUPPORT:後押し)."""
        return bool(PLEDGE_ACT.match(f.event) or PLEDGE_ACT.match(f"{f.event}:{f.key}"))

    @staticmethod
    def _sourced(f: Frame) -> bool:
        """米国務省筋によると、米政府は…用意があると伝えてきている: a source credited with
        the report, not a speaker who tells another state's plan; the pledge is its claim."""
        return f.speaker_cue is not None and bool(ACCORDING_TO.search(f.speaker_cue))

    @staticmethod
    def _pledged_to(g: Graph, f: Frame) -> list[Argument]:
        """The state a pledge is told to: the に-phrase of the verb that tells it
        (協力する用意があると日本側に伝えてきている), the AGREE's other side."""
        i = g.covering(f.start)
        if i is None:
            return []
        out = []
        for k in g.ancestors(i):
            if not PLEDGE_TOLD.match(g.tokens[k].lemma):
                continue
            for c in g.children[k]:
                if c < k and not f.start <= g.tokens[c].start < f.end and g.marker(c) in ADDRESSED:
                    s, e = phrase_span(g, c)
                    out.append(Argument("recipient", g.text[s:e], s, e, g.marker(c)))
        return out

    @staticmethod
    def _pledged(g: Graph, f: Frame) -> bool:
        """Whether the frame is its doer's pledge: a pledge cue, nothing unsure, and the
        speaker (if any) its own doer."""
        if any(c.label in UNSURE for c in f.cues):
            return False
        doers = [a for a in f.arguments if a.role in DOER_ROLES]
        if (
            f.speaker is not None
            and not JapanesePledges._sourced(f)
            and not any(a.start == f.speaker.start for a in doers)
            and not any(c.label == "planned" and WISH.search(c.text) for c in f.cues)
        ):  # 〜したい旨述べた: a wish is the speaker's own, whoever the clause's topic
            return False  # 官房長官は、米国が…支援していくとの見方を示した
        said = f.speaker_cue is not None and bool(
            PLEDGE_SAID.match(f.speaker_cue) or f.in_quote and PLEDGE_QUOTED.match(f.speaker_cue)
        )
        if any(
            c.label == "planned"
            and (PLEDGE_CUE.search(c.text) or said and c.kind == "tail")
            and not (c.text.startswith("方針") and COURSE_ONLY.match(f.key))  # 派遣する方針
            for c in f.cues
        ):
            form = PLEDGE_FORM.search(g.text, f.end)  # 拡大していく見通し: a forecast
            return form is None or not PLEDGE_HEDGE.match(g.text[form.end() :])
        return f.event == "AID" and not f.cues and bool(PLEDGE_SHOWN.match(g.text[f.end :]))
