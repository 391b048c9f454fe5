"""Japanese: a bare signing told as one more signer's (日本も署名した, 池田外相も署名).

The additive も says others signed too, and with no pact, partner or other state written the
signing is one among many, a multilateral treaty's: ruling 58 codes it signer→[] and never
fills a counterpart from the article (blind39 017: the CTBT's signers given UNO). Signed with
something written (条約に, 米国と) the signing is left to finish._signs_pact and the pair; so
is one whose も echoes a signer earlier in its sentence (米国が署名し、ロシアも署名した: the
two sign with each other).
"""

from __future__ import annotations

from alliancewatch.lang.ja.lexicon import pattern
from alliancewatch.types import Argument, Frame

PACT_SIGN = pattern("pact_sign")
PACT_SIGNED = pattern("pact_signed")  # a signing written before (米国が署名し、)
ADDITIVE = "も"  # the particle of one more doer (日本も)
SIGNERS = ("agent", "topic")


def signs_too(text: str, f: Frame, args: list[Argument]) -> bool:
    """A pact_sign key whose signer is written with も and that has no other argument
    naming a party or a pact, nor a signing before it in its sentence `text`: one more
    signer of an open treaty, with no counterpart."""
    if not PACT_SIGN.search(f.key) or PACT_SIGNED.search(text[: f.start]):
        return False
    if not any(a.role in SIGNERS and a.marker == ADDITIVE and a.participant for a in args):
        return False
    return all(a.role in SIGNERS and a.participant for a in args)
