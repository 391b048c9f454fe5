"""The glossary: what the codes on every page mean (/glossary and /api/glossary).

Everything comes from data the rest of the system uses: the types' explanations from
data/plover_types.tsv, their quad classes from plover.py, example words from the trigger
lexicons of each language, the factuality labels' meanings from look.py, and the actor
codes with their names from data/actors.tsv (names.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from alliancewatch import concepts, names
from alliancewatch.datafiles import Schema, read_rows
from alliancewatch.plover import EVENT_TYPES, FACTUALITY, QUAD, SYMMETRIC
from alliancewatch.web.look import COLORS, FACT_HELP, SYMBOLS
from alliancewatch.web.queries_web import node_kind

TYPES_FILE = Path(__file__).resolve().parent.parent / "data" / "plover_types.tsv"
QUADS = {
    "verbal_cooperation": "cooperation in words: meetings, promises, statements of support",
    "material_cooperation": "cooperation in deeds: joint action, aid, withdrawal",
    "verbal_conflict": "conflict in words: demands, accusations, refusals, threats",
    "material_conflict": "conflict in deeds: protests, sanctions, force shown or used",
}


@lru_cache(maxsize=1)
def _explanations() -> dict[str, dict[str, str]]:
    rows = read_rows(
        TYPES_FILE,
        Schema(
            columns=("type", "direction", "explanation"),
            labels={"type": frozenset(EVENT_TYPES)},
        ),
    )
    return {r["type"]: {"direction": r["direction"], "explanation": r["explanation"]} for r in rows}


def glossary() -> dict[str, Any]:
    """The whole glossary as JSON (the page renders the same)."""
    expl = _explanations()
    types = [
        {
            "type": t,
            "quad": QUAD[t],
            "symmetric": t in SYMMETRIC,
            "direction": expl.get(t, {}).get("direction", ""),
            "explanation": expl.get(t, {}).get("explanation", ""),
            "contexts": concepts.contexts(t),
            "examples": concepts.examples(t),
            "color": COLORS.get(t),
        }
        for t in EVENT_TYPES
    ]
    quads = [
        {"quad": q, "explanation": text, "types": [t for t in EVENT_TYPES if QUAD[t] == q]}
        for q, text in QUADS.items()
    ]
    facts = [
        {"label": f, "explanation": FACT_HELP.get(f, ""), "marker": SYMBOLS.get(f)}
        for f in reversed(FACTUALITY)
    ]
    actors = [
        {**n.as_dict(), "kind": node_kind(n.code)}
        for n in sorted(names.table().names.values(), key=lambda n: n.code)
    ]
    return {
        "types": types,
        "quads": quads,
        "factuality": facts,
        "actors": actors,
        "names_rule": (
            "An actor's name in a language is the first alias of that language for the code"
            " in data/actors.tsv that names the state itself (no organ, person, demonym or"
            " capital). Any alias, in any language, and the code itself are accepted wherever"
            " an actor is asked for."
        ),
    }
