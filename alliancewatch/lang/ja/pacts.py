"""Japanese: a signing or a refusal of a pact that is the signer's act alone.

A pact open to many signers (条約に署名, 議定書を批准) has no one counterpart: with no
partner written, the signer acts alone (ruling 10). A treaty named as a multilateral one
(包括的核実験禁止条約, CTBT, NPT: data pattern multilateral_pact) signed or refused is so
even when the sentence writes no object for the act (…の署名式が国連本部で始まり、大統領
が最初に署名した) and the article's main pair is no party to it (ruling 58). Used by
finish.py; moved out of it (round 32) with the new rule. Round 32 (role2): an accord made
with several partners in one と-phrase is one signing each (ruling 61), and leaving an
alliance's body (NATO統合軍事機構からの脱退) is aimed at that body.
"""

from __future__ import annotations

from dataclasses import replace

from alliancewatch.lang.ja.apart import members_of, split_each
from alliancewatch.lang.ja.graph import Graph
from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame, Sentence

PACT_SIGN = pattern("pact_sign")
OPEN_PACT = pattern("open_pact")
FACTION_PARTY = pattern("faction_party")
MULTILATERAL = pattern("multilateral_pact")
PACT_MAKE = pattern("pact_make")
PACT_EXIT = pattern("pact_exit")
PACT_NOUN = pattern("pact_noun")
FORMAL = pattern("described_formal_head")  # こと, の: no doer, a nominalised clause
TREATY = pattern("treaty_head")
PARTNERED = ("agent", "topic", "comitative")  # where a signing's other party is written
SIGNER = ("は", "が", "も")  # a signer written as the subject, not a zero one
DOERS = ("agent", "topic")


def signs_pact(f: Frame, args: list[Argument]) -> bool:
    """Signing or ratifying an open pact (条約に署名, 議定書を批准, 批准書を寄託): the
    signer's act alone when the sentence writes no other party, as a multilateral pact
    has no one counterpart (ruling 10: ソ連は議定書に署名 is SUN->[]). Told with its
    signer written as its subject (は, が, も: a headline's ソ連は議定書に署名 too, not a
    noun's 署名式) and no partner (と: 西独と…条約に調印 is two-sided); also any accord
    whose other party written is a non-state faction (data pattern faction_party)."""
    signer = any(a.role in DOERS and a.marker in SIGNER for a in args)
    if not PACT_SIGN.search(f.key) or not signer:
        return False
    # 政府は反政府勢力と和平合意に署名: an accord whose other party is a faction
    if any(FACTION_PARTY.search(a.text) for a in args if a.role in PARTNERED):
        return True
    return any(
        OPEN_PACT.search(a.text) for a in args if a.role in ("patient", "recipient")
    ) and not any(a.role == "comitative" for a in args)


def multilateral(text: str, key: str, event: str, args: list[Argument]) -> bool:
    """CTBTの署名式が始まり、大統領が最初に署名した; …インドは拒否: a signing (pact_sign key)
    or a refusal in a sentence that names a multilateral treaty, with its doer written
    (or shared from the next clause) and no partner (と), is the doer's act alone: no
    other side is filled from the article's main pair (ruling 58: signer→[])."""
    if not MULTILATERAL.search(text) or any(a.role == "comitative" for a in args):
        return False
    if not (event == "REJECT" or event == "SUPPORT" and PACT_SIGN.search(key)):
        return False
    return any(a.role in DOERS and a.participant for a in args)


def pact_apart(sentence: Sentence, frames: list[Frame]) -> list[Frame]:
    """A treaty or accord made (data pattern pact_make) with a と-phrase listing several
    states (A、B両国と協定を結んだ, ミクロネシア連邦、パラオとの協定に署名) is one signing with
    each partner (ruling 61), as a tour is one visit per state; the signers' side is never
    split (日米が協定に署名), and a pact whose name holds the partners (英国、フランスと情報保護
    協定を: the parser's span) keeps only its own name."""
    if not any(PACT_MAKE.match(f.key) for f in frames):
        return frames
    return split_each(sentence, frames, _pact_each)


def _pact_each(g: Graph, f: Frame) -> list[Frame]:
    if f.nominal or f.event not in ("SUPPORT", "AGREE") or not PACT_MAKE.match(f.key):
        return []
    pacts = [a for a in f.arguments if a.role in ("patient", "recipient") and TREATY.search(a.text)]
    partners = [a for a in f.arguments if a.role == "comitative" and a.participant]
    if not pacts or len(partners) != 1 or "や" in partners[0].text:
        return []  # フィジーやバヌアツとも: a list of examples, told as one
    with_ = partners[0]
    if not any(a.role in ("agent", "topic") and a.end <= with_.start for a in f.arguments):
        return []  # 4カ国と、…の外相は調印した: a list of the signers, not partners
    each = members_of(g, partners[0])
    if len(each) < 2:
        return []
    rest = []
    for a in f.arguments:
        if a is with_:
            continue
        if a in pacts and a.start <= with_.start < a.end:  # 英国、フランスと情報保護協定
            cut = with_.end + len(with_.marker or "")
            a = replace(a, text=g.text[cut : a.end], start=cut)
        rest.append(a)
    return [replace(f, arguments=(*rest, m)) for m in each]


def leaver_apart(g: Graph, key: str, args: list[Argument]) -> list[Argument]:
    """ギリシャ軍のNATO統合軍事機構からの脱退: the body a pact_exit key's から-phrase names
    (an alliance or its organ, not a treaty: pact_noun) is the one left, its recipient, not a
    side to fill from elsewhere (the 抗議 before it: not Turkey). The parser hangs the
    leaver's の-phrase on that body; when the rest names a party of its own, the の-phrase
    is the leaver (a genitive), not the body left. Only with a doer written (not a bare
    こと the parser took as one: …ならOASから脱退することもあり得る keeps its から-phrase)."""
    doer = any(
        a.role in ("agent", "topic", "genitive") and a.participant and not FORMAL.match(a.text)
        for a in args
    )
    if not PACT_EXIT.search(key) or not doer:
        return args
    out = []
    for a in args:
        if a.role != "source" or not a.participant or PACT_NOUN.search(a.text):
            out.append(a)
            continue
        k = a.start + a.text.find("の")
        body = [t for t in g.tokens if k < t.start and t.end <= a.end]
        own = [t for t in g.tokens if a.start <= t.start and t.end <= k]
        named = any(t.pos == "PROPN" for t in body) and any(t.pos == "PROPN" for t in own)
        if "の" in a.text and named:
            out.append(Argument("genitive", g.text[a.start : k], a.start, k, "の"))
            a = replace(a, text=g.text[k + 1 : a.end], start=k + 1)
        if any(t.pos == "PROPN" for t in g.tokens if a.start <= t.start and t.end <= a.end):
            a = replace(a, role="recipient")
        out.append(a)
    return out
