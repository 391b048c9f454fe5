"""Semantic roles -> PLOVER actor and recipient, by event type and voice (language-neutral).

Each entry lists, in order of preference, the roles that fill the actor and the recipient.
A receptive predicate (受ける, receive) turns the giver into the source (から) and the
receiver into the subject; a passive one turns the doer into an agent phrase (による, に).
"""

from __future__ import annotations

from alliancewatch.plover import SYMMETRIC

# (actor roles, recipient roles) for the active voice.
ACTIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AID": (("agent", "agent_phrase", "topic", "genitive", "source"), ("recipient", "compound")),
    # a launch or build-up is coded on its actor alone (spec §2): 日本海に, 選挙の前後に
    "MOBILIZE": (("agent", "agent_phrase", "topic", "genitive", "compound"), ()),
    "RETREAT": (
        ("agent", "agent_phrase", "topic", "genitive"),
        ("source", "recipient", "compound"),
    ),
    # 〜と交戦した, 〜との戦闘: the other side of a fight is its target
    "ASSAULT": (
        ("agent", "agent_phrase", "topic", "genitive"),
        ("recipient", "patient", "compound", "comitative"),
    ),
    "DEFAULT": (
        ("agent", "agent_phrase", "topic", "genitive"),
        ("recipient", "patient", "compound", "content_agent"),
    ),
}
RECEPTIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # ロシアによる北朝鮮からの砲弾調達: the doer of a receiving noun is the receiver
    "AID": (("source", "genitive"), ("agent", "topic", "agent_phrase")),
    "DEFAULT": (("source", "genitive", "agent_phrase"), ("agent", "topic")),
}
PASSIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # 北朝鮮の兵士がロシアに派遣された: the subject is what is sent, its owner the giver.
    # Xが北朝鮮から提供された(ミサイル): with the giver in a から-phrase, the subject is the
    # receiver.
    "AID": (
        ("agent_phrase", "source", "agent", "topic", "genitive"),
        ("recipient", "compound", "agent"),
    ),
    "DEFAULT": (("agent_phrase", "recipient", "source"), ("agent", "topic", "patient")),
}
# For symmetric types every coded participant counts; order only decides the printout.
SYMMETRIC_ROLES = (
    "agent",
    "agent_phrase",
    "topic",
    "genitive",
    "compound",
    "comitative",
    "patient",
    "recipient",
    "source",
)


def roles_for(event: str, voice: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if event in SYMMETRIC:
        return SYMMETRIC_ROLES, ()
    table = {"receptive": RECEPTIVE, "passive": PASSIVE}.get(voice, ACTIVE)
    return table.get(event, table["DEFAULT"])


def needs_recipient(event: str) -> bool:
    """MOBILIZE is coded with an actor only; every other directed type needs a target."""
    return event not in ("MOBILIZE",) and event not in SYMMETRIC
