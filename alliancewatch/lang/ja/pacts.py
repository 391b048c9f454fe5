"""Japanese: a signing or a refusal of a pact that is the signer's act alone.

A pact open to many signers (条約に署名, 議定書を批准) has no one counterpart: with no
partner written, the signer acts alone (ruling 10). A treaty named as a multilateral one
(包括的核実験禁止条約, CTBT, NPT: data pattern multilateral_pact) signed or refused is so
even when the sentence writes no object for the act (…の署名式が国連本部で始まり、大統領
が最初に署名した) and the article's main pair is no party to it (ruling 58). Used by
finish.py; moved out of it (round 32) with the new rule.
"""

from __future__ import annotations

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame

PACT_SIGN = pattern("pact_sign")
OPEN_PACT = pattern("open_pact")
FACTION_PARTY = pattern("faction_party")
MULTILATERAL = pattern("multilateral_pact")
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
