"""PLOVER v2.0 event types, their quad class, and which types are symmetric (spec §2)."""

from __future__ import annotations

QUAD: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}
EVENT_TYPES = tuple(QUAD)
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
FACTUALITY = ("negated", "hypothetical", "possible", "probable", "planned", "asserted")


def is_cooperation(event: str) -> bool:
    return QUAD.get(event, "").endswith("cooperation")
