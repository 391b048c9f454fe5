"""Japanese: the target of a measure that is written where the actor tables do not look.

Three constructions name the target of a SANCTION or an ACCUSE in a phrase that the frame
builder reads as something else (data/patterns.tsv rows `recall_key`, `posted_envoy`,
`suit_key`):

- a recall of one's own envoy names the target as the state the envoy is posted to
  (トルコは駐イスラエル大使を召還した, 駐エチオピア大使を呼び戻した): to the actor tables
  駐イスラエル is a place (訪米, 在日), so the argument is cut to the state's name and
  marked POSTED for the coder to resolve on its own;
- a suit names the accused with を and the court with に (エクアドルを国際司法裁判所に
  提訴した): the court is no side;
- a halted or restricted flow names its destination inside the object (レアアースの対日輸出
  を規制した, イスラエル向け輸出を制限): the object is the measure's target, not an event
  whose doer (レアアース) the sentence talks about.

A threat said as the response announced (断固として対応する, 圧倒的な力で対応するであろう,
対抗措置を取ると表明: `response_key`) is made by saying it: the plan its non-past tells is
the response's, not the threat's; ordered to one's own side (断固対処するよう軍に指示した,
`response_ordered`) or told as done (必要な措置をとり、追い払った, `response_done`) it
threatens no one.

A verb of complying (応じる, 従う: `refusal_key`) is a REJECT only where its own ending
negates it (撤回に応じない, 求めに応じなかった): that negation, and the stance noun that
states it (応じない考えを示した, 構え), make the refusal; they do not deny or plan it.
So is a verb of accepting (受け入れる, 認める: `acceptance_key`) so negated whose object is
another side's demand, claim, ruling or offered truce (`accepted_object`: 結果を受け入れない,
管轄権を認めない立場); accepted, 受け入れる keeps its own reading and 認める tells nothing,
save a grant (`granted_access`, `granted_exit`): a base's use given another's forces is a
military contact (COOPERATE), leave to go home given held foreigners a release (RETREAT).
"""

from __future__ import annotations

import re
from dataclasses import replace

from alliancewatch.lang import POSTED, ZERO
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Cue, Frame

RECALL = pattern("recall_key")
ENVOY = pattern("posted_envoy")
SUIT = pattern("suit_key")
REFUSAL = pattern("refusal_key")
ACCEPTANCE = pattern("acceptance_key")
ACCEPTED = pattern("accepted_object")
CLAIM_TOLD = pattern("claim_told")
# accepted, what is granted: a base for another's forces (COOPERATE), leave to go home (RETREAT)
GRANTED = ((pattern("granted_access"), "COOPERATE"), (pattern("granted_exit"), "RETREAT"))
YIELD = pattern("yield_key")
YIELDED = pattern("yielded_object")
RESPONSE = pattern("response_key")
ORDERED = pattern("response_ordered")
DONE = pattern("response_done")
ANSWERED = pattern("refusal_object")
OFFERED = pattern("agreed_offer")
NO_MORE = pattern("aid_no_more")
NO_LONGER = pattern("aid_no_longer")
CLAUSE_EDGE = re.compile(r"[、。「」『』]")
# envoys listed as a recall's object (駐米大使と駐オーストラリア大使を)
_ONE = ENVOY.pattern.replace("(?P<host>", "(?:")
ENVOY_LIST = re.compile(f"(?:{_ONE})(?:(?:と|や|、|及び|および)(?:{_ONE}))*(?:を|も)")
ANSWER_MARK = "answered"  # the maker of a demand told before in the sentence (stance.py)
STANCE = ("planned",)  # 応じない考えを示した: the stance is the refusal, told as done
# the negation that makes an acceptance a refusal: its own ending (受け入れない) or
# 〜ことはできない right after it (受け入れることはできない)
OWN_ENDING = ("tail", "after")


def refusal(f: Frame | None, text: str) -> Frame | None:
    """A verb of complying negated by its own ending is a refusal, told as done; not
    negated, it refuses nothing. text: the sentence, for a claim told before the verb."""
    if f is not None and ACCEPTANCE.match(f.key):
        return _not_accepted(f, bool(CLAIM_TOLD.search(text[: f.start])))
    if f is not None and YIELD.match(f.key):
        return _not_yielded(f)
    if f is None or not REFUSAL.match(f.key):
        return f
    if not f.cues or f.cues[0].label != "negated" or f.cues[0].kind != "tail":
        return _complied(f)
    rest = tuple(c for c in f.cues[1:] if c.label not in STANCE)
    if any(c.label == "hypothetical" for c in rest):
        return None  # 戦闘をやめなければ交渉には応じない: a condition set, a warning
    asked = [a for a in f.arguments if a.role == "recipient" and a.marker.startswith("に")]
    told = any(a.role == "recipient" and a.marker == ANSWER_MARK for a in f.arguments)
    if not told and not any(ANSWERED.search(a.text) for a in asked):
        return None  # 試合に応じなかった: no request, proposal or talks refused
    return replace(f, cues=rest)


def _complied(f: Frame) -> Frame | None:
    """提案に応じた, 交渉に応じる考え: an offer, talks or a settlement complied with is
    agreed to (AGREE); a request met (要請に応じ) or a reply (…と応じた) is none here."""
    if any(c.label == "negated" for c in f.cues):
        return None  # 応じなければ: a condition, no agreement
    asked = [a for a in f.arguments if a.role == "recipient" and a.marker.startswith("に")]
    if not any(OFFERED.search(a.text) for a in asked):
        return None
    # 韓国の提案に応じた: who made the offer is the other side of the agreement
    args = tuple(
        replace(a, role="comitative") if a.role == "content_agent" else a for a in f.arguments
    )
    return replace(f, event="AGREE", arguments=args)


def _not_accepted(f: Frame, claim: bool) -> Frame | None:
    """停戦を受け入れておらず, 主張を認めない: a demand, claim or ruling not accepted is
    turned down (REJECT), told as done; accepted, only 受け入れる's own reading stays."""
    negated = bool(f.cues) and f.cues[0].label == "negated" and f.cues[0].kind in OWN_ENDING
    rest = tuple(c for c in f.cues[1:] if c.label not in STANCE)
    objects = [a for a in f.arguments if a.role == "patient" or a.marker in ("も", "は")]
    refused = [a for a in objects if ACCEPTED.search(a.text)]
    # …を打診したが、…は認めなかった: nothing written to accept, the request told before
    answered = not any(a.role == "patient" for a in f.arguments) and any(
        a.role == "recipient" and a.marker == ANSWER_MARK for a in f.arguments
    )
    # 撤退したとは認めない: a claim told as a と-clause, with no object, is refused; its
    # doer, whose claim it is, is the side refused (content_agent, the recipient)
    claimed = (
        claim
        and not any(a.role == "patient" for a in f.arguments)
        and any(a.role == "content_agent" and a.participant for a in f.arguments)
    )
    if (
        negated
        and (refused or answered or claimed)
        and not any(c.label == "hypothetical" for c in rest)
    ):
        # 受け入れる receives (労働者を受け入れる); refusing, the refuser is the doer, and
        # 結果も受け入れない's も-phrase is what is refused, not who refuses
        args = tuple(replace(a, role="patient") if a in refused else a for a in f.arguments)
        if not any(a.role in ("agent", "topic") for a in args):
            args = (*args, Argument("agent", "", 0, 0, ZERO))  # who refuses: unsaid
        return replace(f, event="REJECT", cues=rest, voice="active", arguments=args)
    if not negated and f.event == "REJECT":
        granted = [
            e for rx, e in GRANTED for a in objects if a.role == "patient" and rx.search(a.text)
        ]
        if granted:  # 基地の使用を認め, 出国を認める: a grant, not a refusal
            return replace(f, event=granted[0])
    return None if f.event == "REJECT" or negated else f


def _not_yielded(f: Frame) -> Frame:
    """「…」と譲らず, 主権は譲らない構え: not giving way, with nothing handed over or only the
    point held (主権, 立場: `yielded_object`), refuses the other side (REJECT), told as done;
    the point held, and the subject of a position quoted, are no party. Anything else keeps
    譲る's own reading (AID)."""
    negated = bool(f.cues) and f.cues[0].label == "negated" and f.cues[0].kind == "tail"
    rest = tuple(c for c in f.cues[1:] if c.label not in STANCE)
    held = [
        a
        for a in f.arguments
        if a.role == "patient" or (a.marker in ("も", "は") and YIELDED.search(a.text))
    ]
    if not negated or any(c.label == "hypothetical" for c in rest):
        return f
    if not all(YIELDED.search(a.text) for a in held):
        return f  # 武器を譲らない: a handing over denied
    args = tuple(  # 「外国軍の駐留は…」と譲らず: the position held names no side either
        replace(a, participant=False) if a in held or a.role == "content_agent" else a
        for a in f.arguments
    )
    if not any(a.role in ("agent", "topic") and a.participant for a in args):
        args = (*args, Argument("agent", "", 0, 0, ZERO))  # who holds out: unsaid
    return replace(f, event="REJECT", cues=rest, voice="active", arguments=args)


def _hosts(text: str, at: int) -> list[Argument]:
    """The state each envoy in text (starting at offset at) is posted to, as a recipient to
    be resolved as a recall's target (駐イスラエル大使 -> イスラエル)."""
    return [
        Argument("recipient", m.group("host"), at + m.start("host"), at + m.end("host"), POSTED)
        for m in ENVOY.finditer(text)
    ]


# 駐カナダ大使も召還し; 駐韓大使を一時帰国させる: the envoy made to go home (the causee)
TAKEN = (("topic", "も"), ("agent", "causee"))


def _posted(a: Argument) -> list[Argument]:
    """駐イスラエル大使 -> イスラエル, to be resolved as the recall's target; each envoy of a
    list (駐米大使と駐オーストラリア大使を), and a も-phrase (駐カナダ大使も召還し)."""
    taken = a.role in ("patient", "genitive", "recipient") or (a.role, a.marker) in TAKEN
    found = _hosts(a.text, a.start) if taken else []
    return found or [a]


def _envoys_before(f: Frame, text: str) -> list[Argument]:
    """The envoys a recall's clause lists with を or も before its verb when the parser hung
    them on another word (駐米大使と駐豪大使を協議のため本国に召還する: on 協議)."""
    hits = list(ENVOY_LIST.finditer(text, 0, f.start))
    hit = hits[-1] if hits else None
    if hit is None or CLAUSE_EDGE.search(text, hit.end(), f.start):
        return []
    return _hosts(hit.group(0), hit.start())


def targets(f: Frame, text: str) -> Frame | None:
    """The frame with the target of a recall, a suit or a halted flow set right; a threat
    said as a response announced, made (or none: ordered to one's own side)."""
    args = list(f.arguments)
    if f.event == "SANCTION" and RECALL.match(f.key):
        args = [p for a in args for p in _posted(a)]
        if not any(a.marker == POSTED for a in args):
            args += _envoys_before(f, text)
    elif f.event == "ACCUSE" and SUIT.match(f.key) and any(a.role == "patient" for a in args):
        args = [
            replace(a, participant=False)
            if a.role == "recipient" and a.marker in ("に", "へ")
            else a
            for a in args
        ]
    elif f.event == "SANCTION" and not f.nominal and any(a.role == "content_agent" for a in args):
        args = [
            replace(a, participant=True) if a.role == "patient" else a
            for a in args
            if a.role != "content_agent"
        ]
    if f.event == "THREATEN" and RESPONSE.match(f.key):
        if ORDERED.match(text[f.end :]) or DONE.match(text[f.end :]):
            return None  # 断固対処するよう軍に指示した, 必要な措置をとり、追い払った
        return replace(
            f, arguments=tuple(args), cues=tuple(c for c in f.cues if c.label != "planned")
        )
    return replace(f, arguments=tuple(args)) if args != list(f.arguments) else f


def stopped_aid(f: Frame | None, text: str) -> Frame | None:
    """A negated AID whose clause says 'no more' (武器の供与をこれ以上行わない) or 'no longer'
    (もはや武器を送っておらず) is a supplier stopping its aid: a SANCTION on the recipient,
    planned or told as the state now, not aid denied. A denial or a standing policy with
    neither adverb (供与した事実はない, 殺傷兵器を供与しない方針) stays a negated AID."""
    if f is None or f.event != "AID" or not f.cues or f.cues[0].label != "negated":
        return f
    if f.cues[0].kind not in ("tail", "after"):
        return f  # 供与を否定した: the speaker denies, no one stops
    edges = [m.start() for m in CLAUSE_EDGE.finditer(text)]
    start = max((e + 1 for e in edges if e < f.start), default=0)
    end = min((e for e in edges if e >= f.end), default=len(text))
    clause = text[start:end]
    rest = tuple(c for c in f.cues[1:] if c.label != "negated")
    if NO_MORE.search(clause):
        if not any(c.label == "planned" for c in rest):
            rest = (Cue("planned", NO_MORE.search(clause).group(0), "tail"), *rest)
    elif NO_LONGER.search(clause):
        rest = tuple(c for c in rest if c.label != "planned")
    else:
        return f
    if any(c.label == "hypothetical" for c in rest):
        return f  # これ以上送らなければ: a condition, not a measure
    return replace(f, event="SANCTION", cues=rest)
