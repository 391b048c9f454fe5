"""Japanese: what a statement answers, for the shared coder's unsaid other side (Frame.about).

こうした攻撃を非難した, この措置に反発した: a statement's object points back to an event
told before, whose doers are its other side; これを否定した points back to whatever was just
told (TOLD), as does a reaction after the connective これに対し、; a reaction with no object
or other side of its own (日本は…と抗議した, 「…決定だ」と批判した) answers the sentence right
before it (BEFORE: the coder takes the one other state that sentence named).
"""

from __future__ import annotations

from alliancewatch.lang import BEFORE, TOLD
from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import Lexicon, pattern
from alliancewatch.lang.ja.modality import quote_spans
from alliancewatch.types import Argument, Frame

READING = pattern("reading")
TOLD_BEFORE = pattern("told_before")
TOLD_PRONOUN = pattern("told_pronoun")
RESPONSE_OPENING = pattern("response_opening")
REACTION_KEY = pattern("reaction_key")
TOLD_ACT = pattern("told_act")
ANSWERING = pattern("answered_stance")
MEANS = ("を通じ", "を通し")  # 外交ルートを通じて: a means, not an object
POINTED = ("を", "に", "に対し", "に対して")  # the cases of a stance's object (これを, これに)
# statements whose object may name an event told before (こうした攻撃を非難した)
VERBAL_ACTS = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
# what a refusal or a compliance answers (要求を拒否, 抗議を受け入れない, 警告を一蹴)
ANSWERED_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def about_of(lex: Lexicon, g: Graph, f: Frame, event: str, args: list[Argument]) -> str:
    """こうした攻撃を非難した, この措置に反発した: the type of an event told before that a
    statement's object points back to; the shared coder takes that event's doers for the
    statement's unsaid side. A bare pronoun (これを否定した) points back to whatever was
    just told: TOLD."""
    if f.nominal or event not in VERBAL_ACTS:
        return ""
    for a in args:
        if a.role not in ("patient", "recipient"):
            continue
        # これを否定した: what was just told (not これまで, "until now", nor the
        # connective これに対し、, "in response")
        if (
            TOLD_PRONOUN.match(a.text)
            and a.marker in POINTED
            and not g.text[a.end :].startswith(a.marker + "、")
        ):
            return TOLD
        # カタールは要求を拒否した: a bare demand or charge that a refusal or a compliance
        # answers is the one told before (its makers are the other side)
        bare = lex.triggers.get(a.text) if ANSWERING.match(f.key) else None
        if bare is not None and bare.event in ANSWERED_ACTS and a.marker in POINTED:
            return bare.event
        m = TOLD_BEFORE.search(g.text[max(0, a.start - 6) : a.start] + a.text)
        trig = lex.find_trigger(READING.sub("", m.group(1))) if m else None
        if trig is not None and trig.event != "NONE":
            return trig.event
    # これに対し、ロシア外務省は…と反発し、…と警告した: the connective opening the sentence
    # makes each reaction in it an answer to what was just told (its doer or claimant)
    if RESPONSE_OPENING.match(g.text) and REACTION_KEY.match(f.key):
        return TOLD
    # 日本は同じ年、…と抗議し (after 中国が…開発を本格化させた。): a reaction with no other
    # side or object of its own (a means, 外交ルートを通じて, is none), or only a bare act
    # (決定を批判), answers the sentence right before it (欧州の兵器供与は…批判: a fronted
    # object, a second は-phrase, is one); not a quoted reaction (「…」と反発した), whose
    # words name or imply their own target (blind3/9/21/23 checks)
    quotes = quote_spans(g.text)
    sides = [
        a
        for a in args
        if a.role == "recipient" or a.role == "patient" and not a.marker.startswith(MEANS)
    ]
    if (
        REACTION_KEY.match(f.key)
        and not f.in_quote
        and not any(qe <= f.start for _, qe in quotes)
        and len({a.text for a in args if a.role in ("agent", "topic") and a.text}) <= 1
        and all(a.role == "patient" and TOLD_ACT.match(a.text) for a in sides)
    ):
        return BEFORE
    return ""
