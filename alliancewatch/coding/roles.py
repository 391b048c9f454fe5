"""Semantic roles -> PLOVER actor and recipient, by event type and voice (language-neutral).

Each entry lists, in order of preference, the roles that fill the actor and the recipient.
A receptive predicate (受ける, receive) turns the giver into the source (から) and the
receiver into the subject; a passive one turns the doer into an agent phrase (による, に).
A causative one (made the troops withdraw) makes the causee the agent and keeps the causer
last: the actor when the causee names no state, and a withdrawal's side it is made from.
"""

from __future__ import annotations

from alliancewatch.plover import SYMMETRIC

# (actor roles, recipient roles) for the active voice.
ACTIVE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "AID": (
        ("agent", "agent_phrase", "topic", "genitive", "source", "causer"),
        ("recipient", "compound"),
    ),
    # a launch or build-up is coded on its actor alone (spec §2): 日本海に, 選挙の前後に
    "MOBILIZE": (("agent", "agent_phrase", "topic", "genitive", "compound", "causer"), ()),
    # 3カ国はフランス軍を撤退させた: France withdraws from the three
    "RETREAT": (
        ("agent", "agent_phrase", "topic", "genitive", "causer"),
        ("source", "recipient", "compound", "causer"),
    ),
    # 〜と交戦した, 〜との戦闘: the other side of a fight is its target
    "ASSAULT": (
        ("agent", "agent_phrase", "topic", "genitive", "causer"),
        ("recipient", "patient", "compound", "comitative"),
    ),
    "DEFAULT": (
        ("agent", "agent_phrase", "topic", "genitive", "causer"),
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
    # 北朝鮮の弾道ミサイルが発射された, ロシアの核兵器がベラルーシに配備された: what is
    # launched or deployed is the subject, its owner the doer; に names a place, not a doer
    "MOBILIZE": (("agent_phrase", "source", "agent", "topic", "genitive"), ()),
    # EUの対ロ制裁が発動された: an event noun that is the subject of a passive light verb
    # keeps its genitive doer
    "DEFAULT": (
        ("agent_phrase", "recipient", "source", "genitive"),
        ("agent", "topic", "patient"),
    ),
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
